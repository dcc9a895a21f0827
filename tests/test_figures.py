"""The course's figures: hand-written SVG in docs/figures, inlined by the pmfigure directive.

* Sources: each SVG parses, has a viewBox and a ``<title>``, and is at most 30 KiB gzipped.
* Build: a broken source stops the build (a tiny site built in a temporary folder); other
  builders than HTML get the alt text.
* Built site: every chapter page has a ``<figure>`` whose inline SVG has an accessible name
  and a ``<figcaption>``.
* Browser (marked ``browser``): in light and dark mode every piece of figure text reaches
  4.5:1 against what is drawn behind it, and axe-core finds no violation on pages with figures.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browserkit import AXE_TAGS, CHROMIUM, CHROMIUM_ARGS, NO_TRANSITIONS, axe_js, missing, serve
from bs4 import BeautifulSoup, Tag

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FIGURES = DOCS / "figures"
EXT = DOCS / "_ext"
CHAPTERS = sorted(p.stem for p in (DOCS / "chapters").glob("*.md"))
SVGS = sorted(FIGURES.glob("*.svg"))
SVG_NS = "{http://www.w3.org/2000/svg}"
MAX_GZIP = 30 * 1024


def _sphinx(
    src: Path, out: Path, *args: str, builder: str = "html"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", *args, "-b", builder, str(src), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


# ------------------------------------------------------------------------------ sources


def test_there_are_figures() -> None:
    assert len(SVGS) >= len(CHAPTERS), [p.name for p in SVGS]


@pytest.mark.parametrize("svg", SVGS, ids=[p.name for p in SVGS])
def test_figure_source_is_small_titled_svg(svg: Path) -> None:
    raw = svg.read_bytes()
    size = len(gzip.compress(raw, 9))
    assert size <= MAX_GZIP, f"{svg.name}: {size / 1024:.1f} KiB gzipped, over 30 KiB"
    root = ET.fromstring(raw)  # raises on malformed XML
    assert root.tag == f"{SVG_NS}svg"
    assert len(re.split(r"[\s,]+", root.get("viewBox", "").strip())) == 4, "no viewBox"
    title = root.find(f"{SVG_NS}title")
    assert title is not None, f"{svg.name} has no <title>"
    assert (title.text or "").strip(), f"{svg.name} has an empty <title>"
    texts = [t for t in root.iter(f"{SVG_NS}text") if "".join(t.itertext()).strip()]
    assert texts, f"{svg.name}: labels must be real <text>, and there is none"


# ---------------------------------------------------------------------------- tiny site

GOOD_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40">
  <title>A box</title>
  <style>.k{fill:var(--pm-fig-accent,#1a5fb4)}</style>
  <rect id="r" class="k" width="100" height="40"/><text x="10" y="25">Zebrafinch</text>
</svg>
"""
BROKEN = {
    "malformed": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>x</svg>',
    "no-viewbox": '<svg xmlns="http://www.w3.org/2000/svg"><title>t</title></svg>',
    "not-svg": '<html xmlns="http://www.w3.org/1999/xhtml"><title>t</title></html>',
    "script": (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        "<script>alert(1)</script></svg>"
    ),
}


def _tiny_site(base: Path, svg_text: str) -> Path:
    src = base / "src"
    (src / "figures").mkdir(parents=True)
    (src / "figures" / "fig.svg").write_text(svg_text, encoding="utf-8")
    (src / "conf.py").write_text(
        textwrap.dedent(
            f"""
            import sys
            sys.path.insert(0, {str(EXT)!r})
            project = "tiny"
            extensions = ["pmcourse_figures"]
            """
        ),
        encoding="utf-8",
    )
    (src / "index.rst").write_text(
        textwrap.dedent(
            """
            Tiny
            ====

            .. pmfigure:: figures/fig.svg
               :alt: A box that says Boxed.

               The *caption* of the box.
            """
        ),
        encoding="utf-8",
    )
    return src


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_figure_fails_the_build(tmp_path: Path, case: str) -> None:
    src = _tiny_site(tmp_path, BROKEN[case])
    proc = _sphinx(src, tmp_path / "out")  # no -W: the failure must not depend on it
    log = proc.stdout + proc.stderr
    assert proc.returncode != 0, f"{case}: the build passed\n{log}"
    assert re.search(r"index\.rst:\d+: ERROR: .*fig\.svg", log), log
    assert "figure not published on index" in log, log
    assert "Traceback" not in log, log


@pytest.mark.slow
def test_a_malformed_figure_is_reported_with_its_position(tmp_path: Path) -> None:
    src = _tiny_site(tmp_path, BROKEN["malformed"])
    log = _sphinx(src, tmp_path / "out", "--keep-going", "-W").stderr
    assert re.search(r"fig\.svg:1:\d+: the SVG is not well-formed XML", log), log


@pytest.mark.slow
def test_a_broken_figure_still_fails_a_rebuild(tmp_path: Path) -> None:
    """The page is not read again when nothing changed: the failure must persist."""
    src = _tiny_site(tmp_path, BROKEN["malformed"])
    assert _sphinx(src, tmp_path / "out").returncode != 0
    again = _sphinx(src, tmp_path / "out")
    assert again.returncode != 0, again.stdout + again.stderr
    (src / "figures" / "fig.svg").write_text(GOOD_SVG, encoding="utf-8")
    fixed = _sphinx(src, tmp_path / "out")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr


@pytest.mark.slow
def test_a_good_figure_builds_without_warnings(tmp_path: Path) -> None:
    src = _tiny_site(tmp_path, GOOD_SVG)
    proc = _sphinx(src, tmp_path / "out", "-n", "-W")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr.strip() == ""
    soup = BeautifulSoup((tmp_path / "out" / "index.html").read_text("utf-8"), "html.parser")
    figure = soup.find("figure", class_="pmfigure")
    assert isinstance(figure, Tag)
    svg = figure.find("svg")
    assert isinstance(svg, Tag)
    assert svg["role"] == "img"
    title = soup.find(id=svg["aria-labelledby"])
    assert isinstance(title, Tag)
    assert title.name == "title"
    assert title.get_text() == "A box that says Boxed."
    # Ids and style rules are scoped to the figure, so that two figures never clash.
    assert soup.find(id=f"{figure['id']}-r") is not None
    style = svg.find("style")
    assert isinstance(style, Tag)
    assert style.get_text().startswith(f"#{figure['id']} .k")
    caption = figure.find("figcaption")
    assert isinstance(caption, Tag)
    assert caption.find("em") is not None
    assert caption.get_text(" ", strip=True) == "The caption of the box."
    assert not (tmp_path / "out" / "_images").exists(), "the SVG was copied as an image too"
    # The SVG's own text is searchable: Sphinx indexes raw HTML with its tags stripped.
    assert '"zebrafinch"' in (tmp_path / "out" / "searchindex.js").read_text("utf-8")


@pytest.mark.slow
def test_other_builders_get_the_alt_text(tmp_path: Path) -> None:
    src = _tiny_site(tmp_path, GOOD_SVG)
    proc = _sphinx(src, tmp_path / "out", "-n", "-W", builder="text")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = (tmp_path / "out" / "index.txt").read_text("utf-8")
    assert "Figure: A box that says Boxed." in text
    assert "The caption of the box." in text.replace("*", "")
    assert "<svg" not in text


# --------------------------------------------------------------------------- built site


@pytest.fixture(scope="session")
def figure_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The course site, built like the published one; PMCOURSE_SITE_DIR reuses a build."""
    prebuilt = os.environ.get("PMCOURSE_SITE_DIR")
    if prebuilt:
        return Path(prebuilt).resolve()
    base = tmp_path_factory.mktemp("figure-site")
    proc = _sphinx(DOCS, base / "html", "-n", "-W", "--keep-going", "-d", str(base / "doctrees"))
    assert proc.returncode == 0, f"the site did not build cleanly:\n{proc.stdout}\n{proc.stderr}"
    return base / "html"


@pytest.mark.slow
@pytest.mark.parametrize("slug", CHAPTERS)
def test_chapter_has_a_named_captioned_figure(figure_site: Path, slug: str) -> None:
    soup = BeautifulSoup(
        (figure_site / "chapters" / f"{slug}.html").read_text("utf-8"), "html.parser"
    )
    article = soup.find("article", attrs={"role": "main"})
    assert isinstance(article, Tag)
    figures = article.find_all("figure")
    assert figures, f"chapters/{slug} has no <figure>"
    for figure in figures:
        svg = figure.find("svg")
        assert isinstance(svg, Tag), f"chapters/{slug}: a figure without an inline SVG"
        assert svg.get("role") == "img"
        labelled_by = str(svg.get("aria-labelledby", ""))
        name = " ".join(
            (soup.find(id=i).get_text() if soup.find(id=i) else "") for i in labelled_by.split()
        ).strip()
        assert len(name.split()) >= 5, f"chapters/{slug}: the figure's accessible name is {name!r}"
        caption = figure.find("figcaption")
        assert isinstance(caption, Tag), f"chapters/{slug}: a figure without <figcaption>"
        assert len(caption.get_text(strip=True)) >= 20, f"chapters/{slug}: the caption is empty"
        assert svg.find("text") is not None, f"chapters/{slug}: the figure has no <text>"


# ------------------------------------------------------------------------------ browser

MODES = [("light", "light", False), ("dark", "dark", False), ("light", "dark", True)]
MODE_IDS = ["light", "dark-system", "dark-furo-toggle"]


_missing = missing


@pytest.fixture(scope="module")
def figure_url(figure_site: Path) -> Iterator[str]:
    with serve(figure_site) as url:
        yield url


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        _missing(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(chromium: Any, url: str, scheme: str, *, toggle: bool) -> Any:
    context = chromium.new_context(viewport={"width": 1280, "height": 1000}, color_scheme=scheme)
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.goto(url)
    page.add_style_tag(content=NO_TRANSITIONS)
    if toggle:
        page.evaluate("document.body.dataset.theme = 'dark'")
    return page


# For every <text> of every figure: its fill, and the colour drawn behind its centre (the
# topmost filled shape of the same SVG there, composited over the page background).
FIGURE_CONTRAST = """() => {
  const parse = (css) => {
    const m = css.match(/^rgba?\\(([^)]*)\\)$/);
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return {rgb: p.slice(0, 3), a: p.length > 3 ? p[3] : 1};
  };
  const lum = ([r, g, b]) => {
    const c = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const ratio = (x, y) => {
    const [hi, lo] = [lum(x), lum(y)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  };
  const over = (top, a, bottom) => top.map((v, i) => v * a + bottom[i] * (1 - a));
  const pageBackground = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a >= 0.99) return c.rgb;
    }
    return [255, 255, 255];
  };
  const SHAPES = new Set(["rect", "circle", "ellipse", "polygon", "path"]);
  const results = [];
  for (const figure of document.querySelectorAll("figure.pmfigure")) {
    figure.scrollIntoView({block: "center", behavior: "instant"});
    const svg = figure.querySelector("svg");
    const page = pageBackground(figure);
    for (const text of svg.querySelectorAll("text")) {
      const label = text.textContent.trim();
      if (!label) continue;
      const style = getComputedStyle(text);
      const fg = parse(style.fill);
      const box = text.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      const layers = [];
      let unknown = null;
      if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) unknown = "off-screen";
      for (const el of unknown ? [] : document.elementsFromPoint(x, y)) {
        if (!svg.contains(el) || el === svg) continue;
        if (!SHAPES.has(el.tagName)) continue;
        const s = getComputedStyle(el);
        if (s.fill === "none" || s.visibility === "hidden") continue;
        const fill = parse(s.fill);
        if (!fill) { unknown = s.fill; break; }
        const a = fill.a * Number(s.fillOpacity) * Number(s.opacity);
        if (a <= 0.01) continue;
        layers.push({rgb: fill.rgb, a});
        if (a >= 0.99) break;
      }
      let bg = page;
      for (const layer of layers.reverse()) bg = over(layer.rgb, layer.a, bg);
      results.push({
        figure: figure.id, text: label.slice(0, 40), fill: style.fill, unknown,
        fg: fg && fg.rgb, bg, page, ratio: fg && !unknown ? ratio(fg.rgb, bg) : 0,
      });
    }
  }
  return results;
}"""


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(("scheme", "mode", "toggle"), MODES, ids=MODE_IDS)
def test_figure_text_contrast(
    chromium: Any, figure_url: str, scheme: str, mode: str, toggle: bool
) -> None:
    """Each figure's text against what is drawn behind it: at least 4.5:1 in every mode."""
    checked = 0
    problems = []
    for slug in CHAPTERS:
        page = _open(chromium, f"{figure_url}chapters/{slug}.html", scheme, toggle=toggle)
        try:
            results = page.evaluate(FIGURE_CONTRAST)
        finally:
            page.context.close()
        assert results, f"chapters/{slug}: no figure text to check"
        for r in results:
            if mode == "dark":
                lum = sum(r["page"]) / 3
                assert lum < 60, f"{slug}: the page behind the figure is not dark: {r['page']}"
            if r["unknown"] or r["fg"] is None:
                problems.append(
                    f"{slug} {r['text']!r}: cannot read colours ({r['fill']}, {r['unknown']})"
                )
            elif r["ratio"] < 4.5:
                problems.append(
                    f"{slug} {r['text']!r}: {r['fg']} on {[round(v) for v in r['bg']]} "
                    f"is {r['ratio']:.2f}:1"
                )
            checked += 1
    assert checked > 50
    assert not problems, "\n".join(problems)


AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations", "passes"],
  });
  const svgAlt = result.passes.find(p => p.id === "svg-img-alt");
  return {
    violations: result.violations.map(v => ({
      id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5),
    })),
    namedSvgs: svgAlt ? svgAlt.nodes.length : 0,
  };
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    return axe_js()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(("scheme", "mode", "toggle"), MODES, ids=MODE_IDS)
def test_axe_passes_on_pages_with_figures(
    chromium: Any, figure_url: str, axe_source: str, scheme: str, mode: str, toggle: bool
) -> None:
    del mode
    found = {}
    for slug in CHAPTERS:
        page = _open(chromium, f"{figure_url}chapters/{slug}.html", scheme, toggle=toggle)
        try:
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
            page.add_script_tag(content=axe_source)
            result = page.evaluate(AXE_RUN, AXE_TAGS)
            figures = page.locator("figure.pmfigure svg[role=img]").count()
        finally:
            page.context.close()
        assert figures >= 1
        # The figures were checked, and passed, as images with an accessible name.
        assert result["namedSvgs"] >= figures, f"{slug}: axe did not check the figures"
        if result["violations"]:
            found[slug] = result["violations"]
    assert not found, found
