"""The course site as a reader gets it: a real Chromium drives the built pages.

The site is built once per session into a temporary folder, served from 127.0.0.1
by a stdlib HTTP server, and opened in Debian's headless Chromium through Playwright
(never ``playwright install``). Without ``/usr/bin/chromium`` the tests skip and say
``apt-get install chromium``; on CI (``CI=true``) a missing browser is a failure.

axe-core comes from ``tests/browser_deps`` (``npm ci`` runs there on first use).
A failing test leaves a screenshot in ``test-artifacts/`` (see ``conftest.py``).

``PMCOURSE_SITE_DIR=/path/to/html`` tests an already built site instead of building.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import nbformat
import pytest
import snowballstemmer  # Sphinx's own dependency: the stemmer of its English index
from browserkit import (
    AXE_TAGS,
    CHROMIUM,
    CHROMIUM_ARGS,
    NO_TRANSITIONS,
    axe_js,
    missing,
    serve,
)
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
CHAPTERS = sorted(p.stem for p in (DOCS / "chapters").glob("*.md"))
EXERCISES = sorted(p.stem for p in (ROOT / "exercises").glob("*.ipynb"))


def _bench_site() -> Any:
    """tests/bench/site.py, loaded by path: its name would shadow the stdlib's site module."""
    spec = importlib.util.spec_from_file_location(
        "pmcourse_bench_site", Path(__file__).resolve().parent / "bench" / "site.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench_site()


_missing = missing


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The course site, built once per session exactly like the published one."""
    prebuilt = os.environ.get("PMCOURSE_SITE_DIR")
    if prebuilt:
        return Path(prebuilt).resolve()
    base = tmp_path_factory.mktemp("browser-site")
    out = base / "html"
    cmd = [sys.executable, "-m", "sphinx", "-n", "-W", "--keep-going", "-q", "-b", "html"]
    proc = subprocess.run(
        [*cmd, "-d", str(base / "doctrees"), str(DOCS), str(out)],
        cwd=ROOT,
        # as published: with the Open-in-your-browser buttons (the app itself is not needed)
        env={**os.environ, "PMCOURSE_LITE_APP": "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    # Warnings are test_site.py's business; here the site only has to exist.
    if not (out / "index.html").is_file():
        pytest.fail(f"the site did not build:\n{proc.stdout}\n{proc.stderr}")
    return out


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL (ending in /) of the built site, served on a free port of 127.0.0.1."""
    with serve(built_site) as url:
        yield url


# Module scope: Playwright's sync API keeps an event loop running in this thread,
# which must be gone before other test modules run their own.
@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.is_file():
        _missing(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    """A fresh desktop page; parametrize indirectly with new_context() options to change it."""
    options: dict[str, Any] = {"viewport": DESKTOP, "color_scheme": "light"}
    options.update(getattr(request, "param", {}))
    context = browser.new_context(**options)
    context.set_default_timeout(20_000)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return axe_js()


# ---------------------------------------------------------------------------- helpers


@dataclass
class Traffic:
    """What a page did on the network and in its console."""

    base: str
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on(
            "console",
            lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        page.on("pageerror", lambda exc: self.console_errors.append(f"uncaught: {exc}"))
        page.on("requestfailed", self._check_failure)
        page.on(
            "response",
            lambda resp: (
                self.failed.append(f"{resp.url} (HTTP {resp.status})")
                if resp.status >= 400
                else None
            ),
        )
        page.on("request", self._check_host)

    def _check_failure(self, request: Any) -> None:
        # ERR_ABORTED is the browser cancelling a request because the test moved on to the
        # next page (the favicon often loads late); a missing file shows up as HTTP 404.
        if request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.url} ({request.failure})")

    def _check_host(self, request: Any) -> None:
        url: str = request.url
        if urlsplit(url).scheme in {"http", "https", "ws", "wss"} and not url.startswith(self.base):
            self.foreign.append(url)


def site_pages(built_site: Path) -> list[str]:
    """Every HTML page of the build, as URL paths relative to the site root."""
    return sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))


def open_all_dropdowns(page: Page) -> None:
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


def show_all_tab_panels(page: Page) -> None:
    """Unhide every sphinx-design tab panel, so that axe checks the text of all of them."""
    page.add_style_tag(content=".sd-tab-set > .sd-tab-content { display: block !important; }")


AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
  });
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary})),
  }));
}"""


def axe_violations(page: Page, axe_source: str) -> list[dict[str, Any]]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    violations: list[dict[str, Any]] = page.evaluate(AXE_RUN, AXE_TAGS)
    return violations


def describe_violations(found: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for where, violations in found.items():
        for v in violations:
            lines.append(f"{where}: {v['id']} ({v['impact']}): {v['help']}")
            lines.extend(
                f"    {n['target']}: {' '.join(str(n['summary']).split())}" for n in v["nodes"][:5]
            )
    return "\n".join(lines)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple[float, float, float], bg: tuple[float, float, float]) -> float:
    light, dark = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The text color of an element and the first opaque background behind it, as [r, g, b].
COLORS_OF = """(selector) => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const parse = (css) => {
    const m = css.match(/^rgba?\\(([^)]*)\\)$/);
    if (!m) throw new Error("unexpected color syntax: " + css);
    const parts = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return {rgb: parts.slice(0, 3), alpha: parts.length > 3 ? parts[3] : 1};
  };
  const fg = parse(getComputedStyle(el).color);
  let node = el, bg = null;
  while (node && !bg) {
    const c = parse(getComputedStyle(node).backgroundColor);
    if (c.alpha >= 0.99) bg = c.rgb;
    node = node.parentElement;
  }
  return {fg: fg.rgb, bg: bg || [255, 255, 255], text: el.textContent.trim().slice(0, 40)};
}"""


# ------------------------------------------------------------------------------ tests


def test_every_page_loads_offline_without_errors(
    page: Page, site_url: str, built_site: Path
) -> None:
    """No console error, no failed request, nothing fetched from another host (no CDN)."""
    traffic = Traffic(base=site_url)
    traffic.watch(page)
    problems: dict[str, list[str]] = {}
    for rel in site_pages(built_site):
        before = (len(traffic.console_errors), len(traffic.failed), len(traffic.foreign))
        page.goto(site_url + rel, wait_until="load")
        page.wait_for_load_state("networkidle")
        open_all_dropdowns(page)
        found = [
            *(f"console: {m}" for m in traffic.console_errors[before[0] :]),
            *(f"failed: {m}" for m in traffic.failed[before[1] :]),
            *(f"external: {m}" for m in traffic.foreign[before[2] :]),
        ]
        if found:
            problems[rel] = found
    assert not problems, json.dumps(problems, indent=2)


def test_every_page_has_title_language_description_and_icon(
    page: Page, site_url: str, built_site: Path
) -> None:
    problems: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    for rel in site_pages(built_site):
        page.goto(site_url + rel, wait_until="domcontentloaded")
        meta = page.evaluate(
            """() => ({
              title: document.title.trim(),
              lang: document.documentElement.lang,
              description: document.querySelector('meta[name="description"]')?.content ?? "",
              descriptions: document.querySelectorAll('meta[name="description"]').length,
              icon: document.querySelector('link[rel~="icon"]')?.href ?? "",
            })"""
        )
        found = []
        if not meta["title"]:
            found.append("no <title>")
        if meta["lang"] != "en":
            found.append(f"<html lang> is {meta['lang']!r}, not 'en'")
        if meta["descriptions"] != 1 or len(meta["description"]) < 20:
            found.append(f"meta description missing, doubled or too short: {meta['description']!r}")
        if len(meta["description"]) > 160:
            found.append(f"meta description longer than 160 characters: {meta['description']!r}")
        if not meta["icon"]:
            found.append("no <link rel=icon>")
        else:
            icon = page.request.get(meta["icon"])
            if not icon.ok or not icon.headers.get("content-type", "").startswith("image/"):
                found.append(f"icon {meta['icon']} gives HTTP {icon.status}")
        if found:
            problems[rel] = found
        descriptions[rel] = meta["description"]
    favicon = page.request.get(urljoin(site_url, "/favicon.ico"))
    if not favicon.ok:
        problems["/favicon.ico"] = [f"HTTP {favicon.status}"]
    content = {rel: d for rel, d in descriptions.items() if rel.startswith(("chapters/", "exer"))}
    if len(set(content.values())) != len(content):
        problems["descriptions"] = ["two chapter or exercise pages share a description"]
    assert not problems, json.dumps(problems, indent=2)


def _unique_search_word(built_site: Path, slug: str) -> str:
    """A word of the chapter whose search-index stem points at that chapter only."""
    raw = (built_site / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(raw[raw.index("(") + 1 : raw.rindex(")")])
    doc = index["docnames"].index(f"chapters/{slug}")
    terms: dict[str, int | list[int]] = index["terms"]
    titles: dict[str, int | list[int]] = index["titleterms"]
    stemmer = snowballstemmer.stemmer("english")
    html = (built_site / "chapters" / f"{slug}.html").read_text(encoding="utf-8")
    article = html[html.index('id="furo-main-content"') :]
    text = re.sub(r"<[^>]+>", " ", article)
    for word in re.findall(r"\b[a-z]{8,}\b", text):
        stem = stemmer.stemWord(word)
        hits = terms.get(stem)
        other_titles = titles.get(stem, doc)
        if hits in (doc, [doc]) and other_titles in (doc, [doc]):
            return word
    pytest.fail(f"no word in chapters/{slug} is unique to it in the search index")


@pytest.mark.parametrize("slug", CHAPTERS)
def test_search_finds_the_chapter(page: Page, site_url: str, built_site: Path, slug: str) -> None:
    word = _unique_search_word(built_site, slug)
    page.goto(f"{site_url}search.html?q={word}")
    summary = page.locator("#search-results .search-summary")
    summary.filter(has_text=re.compile("Search finished|did not match")).wait_for()
    hrefs = page.locator("#search-results ul.search li a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert hrefs, f"searching for {word!r} found nothing: {summary.inner_text()}"
    assert hrefs[0].split("#")[0].endswith(f"chapters/{slug}.html"), (word, hrefs)


def test_search_results_are_accessible(page: Page, site_url: str, axe_source: str) -> None:
    page.goto(f"{site_url}search.html?q=product+owner")
    page.locator("#search-results .search-summary").filter(has_text="Search finished").wait_for()
    violations = axe_violations(page, axe_source)
    assert not violations, describe_violations({"search.html?q=product+owner": violations})


def test_quiz_model_answer_opens_and_closes(page: Page, site_url: str) -> None:
    opened = []
    for slug in CHAPTERS:
        page.goto(f"{site_url}chapters/{slug}.html")
        dropdowns = page.locator("article details.sd-dropdown")
        if dropdowns.count() == 0:
            continue
        dropdown = dropdowns.first
        summary = dropdown.locator("summary")
        body = dropdown.locator(".sd-summary-content")
        summary.scroll_into_view_if_needed()
        assert not dropdown.evaluate("d => d.open"), f"{slug}: a model answer starts open"
        assert body.is_hidden()
        summary.click()
        assert dropdown.evaluate("d => d.open")
        body.wait_for(state="visible")
        assert body.inner_text().strip(), f"{slug}: the model answer is empty"
        summary.click()
        assert not dropdown.evaluate("d => d.open")
        body.wait_for(state="hidden")
        opened.append(slug)
    assert opened, "no chapter has a model-answer dropdown (details.sd-dropdown)"


def test_tabs_switch(page: Page, site_url: str) -> None:
    switched = []
    for slug in CHAPTERS:
        page.goto(f"{site_url}chapters/{slug}.html")
        tab_sets = page.locator("article .sd-tab-set")
        if tab_sets.count() == 0:
            continue
        tabs = tab_sets.first
        labels = tabs.locator(":scope > label")
        panels = tabs.locator(":scope > .sd-tab-content")
        assert labels.count() >= 2, f"{slug}: a tab-set with fewer than two tabs"
        assert panels.nth(0).is_visible()
        assert panels.nth(1).is_hidden()
        labels.nth(1).click()
        panels.nth(1).wait_for(state="visible")
        assert panels.nth(0).is_hidden()
        labels.nth(0).click()
        panels.nth(0).wait_for(state="visible")
        assert panels.nth(1).is_hidden()
        switched.append(slug)
    assert switched, "no chapter has a sphinx-design tab-set; the course expects at least one"


@pytest.mark.parametrize("slug", EXERCISES)
def test_notebook_download_delivers_a_valid_notebook(page: Page, site_url: str, slug: str) -> None:
    page.goto(f"{site_url}exercises/{slug}.html")
    link = page.locator(f'article a.download[href$="{slug}.ipynb"]')
    assert link.count() >= 1, f"exercises/{slug}.html has no download link to {slug}.ipynb"
    with page.expect_download() as info:
        link.first.click()
    download = info.value
    assert download.suggested_filename == f"{slug}.ipynb"
    path = download.path()
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("pmcourse", {}).get("exercise") == int(slug[:2])
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


def _toctree_order() -> list[str]:
    """The pages of docs/index.md's toctrees, in order, as Sphinx walks them."""
    source = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = []
    blocks = re.findall(
        r"^(`{3,}|:{3,})\{toctree\}[^\n]*\n(.*?)^\1", source, re.MULTILINE | re.DOTALL
    )
    for block in blocks:
        for line in block[1].splitlines():
            entry = line.strip()
            if not entry or entry.startswith(":"):
                continue
            target = re.search(r"<([^>]+)>$", entry)
            pages.append((target.group(1) if target else entry) + ".html")
    return pages


def test_next_links_walk_the_whole_course(page: Page, site_url: str) -> None:
    expected = ["index.html", *_toctree_order()]
    assert len(expected) > 1
    visited: list[str] = []
    url = site_url + "index.html"
    while True:
        page.goto(url)
        rel = page.url.removeprefix(site_url).split("#")[0]
        assert rel not in visited, f"the next links loop back to {rel}: {visited}"
        visited.append(rel)
        if len(visited) > 1:
            prev = page.locator(".related-pages a.prev-page")
            assert prev.count() == 1, f"{rel} has no previous link"
            back = urljoin(page.url, prev.get_attribute("href") or "")
            assert back.removeprefix(site_url) == visited[-2], f"{rel}: previous link is wrong"
        nxt = page.locator(".related-pages a.next-page")
        if nxt.count() == 0:
            break
        url = urljoin(page.url, nxt.get_attribute("href") or "")
    assert visited == expected


@pytest.mark.parametrize("page", [{"viewport": PHONE}], indirect=True, ids=["375px"])
def test_no_page_scrolls_sideways_on_a_phone(page: Page, site_url: str, built_site: Path) -> None:
    too_wide = {}
    for rel in site_pages(built_site):
        page.goto(site_url + rel)
        open_all_dropdowns(page)
        show_all_tab_panels(page)
        width = page.evaluate(
            """() => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth) return null;
              const culprits = [...document.querySelectorAll("body *")]
                .filter(el => el.getBoundingClientRect().right > root.clientWidth + 1)
                .filter(el => getComputedStyle(el).position !== "fixed")
                .slice(0, 5)
                .map(el => el.tagName.toLowerCase() + "." + [...el.classList].join("."));
              return {scroll: root.scrollWidth, client: root.clientWidth, culprits};
            }"""
        )
        if width is not None:
            too_wide[rel] = width
    assert not too_wide, json.dumps(too_wide, indent=2)


@pytest.mark.parametrize(
    ("page", "how"),
    [({"color_scheme": "light"}, "toggle"), ({"color_scheme": "dark"}, "system")],
    indirect=["page"],
    ids=["furo-toggle", "prefers-color-scheme"],
)
@pytest.mark.parametrize("rel", ["index.html", "chapters/01-title-vs-role.html"])
def test_dark_mode_text_is_readable(page: Page, site_url: str, how: str, rel: str) -> None:
    page.goto(site_url + rel)
    page.add_style_tag(content=NO_TRANSITIONS)
    if how == "toggle":
        page.evaluate("document.body.dataset.theme = 'dark'")
    checked = 0
    for selector in ["article p", "article li", "article h1", "article a.reference", "footer"]:
        colors = page.evaluate(COLORS_OF, selector)
        if colors is None:
            continue
        fg, bg = tuple(colors["fg"]), tuple(colors["bg"])
        assert _luminance(bg) < 0.2, f"{selector}: background {bg} is not dark ({how})"
        ratio = contrast(fg, bg)
        assert ratio >= 4.5, f"{selector} {colors['text']!r}: {fg} on {bg} is {ratio:.2f}:1"
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize(
    "page",
    [{"color_scheme": "light"}, {"color_scheme": "dark"}],
    indirect=True,
    ids=["light", "dark"],
)
def test_axe_finds_no_violations(
    page: Page, site_url: str, built_site: Path, axe_source: str
) -> None:
    """axe-core on every page with its dropdowns open: WCAG 2.2 AA and best practices."""
    found = {}
    for rel in site_pages(built_site):
        page.goto(site_url + rel)
        open_all_dropdowns(page)
        show_all_tab_panels(page)
        violations = axe_violations(page, axe_source)
        if violations:
            found[rel] = violations
    assert not found, describe_violations(found)


@pytest.mark.parametrize("page", [{"viewport": PHONE}], indirect=True, ids=["375px"])
def test_axe_finds_no_violations_on_a_phone(page: Page, site_url: str, axe_source: str) -> None:
    rels = ["index.html", f"chapters/{CHAPTERS[0]}.html"]
    rels += [f"exercises/{EXERCISES[0]}.html"] if EXERCISES else []
    found = {}
    for rel in rels:
        page.goto(site_url + rel)
        violations = axe_violations(page, axe_source)
        if violations:
            found[rel] = violations
    assert not found, describe_violations(found)


FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), cls: el.className || "", href: el.getAttribute("href"),
    name: el.getAttribute("name"), text: (el.innerText || "").trim().slice(0, 40),
    visible: box.width > 0 && box.height > 0,
  };
}"""


def test_keyboard_reaches_content_search_and_next_link(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}chapters/{CHAPTERS[0]}.html")
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert first is not None, "Tab focuses nothing"
    assert "skip-to-content" in first["cls"], f"the first Tab stop is not the skip link: {first}"
    assert first["visible"], "the skip link stays invisible when focused"
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#furo-main-content'")
    assert page.locator("#furo-main-content").is_visible()

    page.goto(f"{site_url}chapters/{CHAPTERS[0]}.html")
    stops: list[dict[str, Any]] = []
    reached_search = reached_next = False
    for _ in range(600):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            break
        stops.append(focused)
        reached_search = reached_search or "sidebar-search" in str(focused["cls"])
        if "next-page" in str(focused["cls"]):
            reached_next = True
            assert focused["visible"]
            break
    summary = [f"{s['tag']}.{s['cls']} {s['text'] or s['href']}" for s in stops[-10:]]
    assert reached_search, f"Tab never reaches the search box; last stops: {summary}"
    assert reached_next, f"Tab never reaches the next-page link; last stops: {summary}"
    target = urljoin(page.url, stops[-1]["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(target)


@pytest.mark.parametrize("rel", list(BENCH.PAGES.values()), ids=list(BENCH.PAGES))
def test_first_visit_weighs_at_most_150_kib(page: Page, site_url: str, rel: str) -> None:
    """HTML and everything it loads, each gzip-compressed as a static host serves it."""
    weight = BENCH.weigh(page, site_url, rel)
    kib = weight["bytes"] / 1024
    assert kib <= BENCH.WEIGHT_TARGET_KIB, f"{rel}: {kib:.1f} KiB, by type {weight['by_type']}"
