"""Tests of the built course site: build it once, then check what readers get.

The site is built with the same options as the published one (``-n -W --keep-going``)
into a temporary folder, in a separate process so that Sphinx and its extensions
cannot change this interpreter's state. Every test reads the HTML output.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest
from bs4 import BeautifulSoup, Tag

from pmcourse._tasks import all_tasks

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHAPTERS = sorted(p.stem for p in (DOCS / "chapters").glob("*.md"))
ARTICLE_URL = "https://www.mindtheproduct.com/what-is-a-technical-product-manager-anyway/"
COMMENTER_NAMES = re.compile(r"\b(?:Timon|Alex|Tim|Bruce)\b")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
TASK_CALL = re.compile(r"""\bcheck\(\s*(["'])(\d+)\.(\d+)\1""")


@dataclass(frozen=True)
class Site:
    out: Path
    returncode: int
    log: str

    def page(self, rel: str) -> Path:
        return self.out / rel

    def pages(self) -> list[Path]:
        return sorted(self.out.rglob("*.html"))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """Build the real site once per session, exactly as the published build does."""
    base = tmp_path_factory.mktemp("site")
    out = base / "html"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-n",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            "-d",
            str(base / "doctrees"),
            str(DOCS),
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if not (out / "index.html").exists():
        pytest.fail(f"the site did not build at all:\n{proc.stdout}\n{proc.stderr}")
    return Site(out=out, returncode=proc.returncode, log=(proc.stdout + proc.stderr).strip())


@cache
def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@cache
def _ids(path: Path) -> frozenset[str]:
    soup = _soup(path)
    ids = {str(t["id"]) for t in soup.find_all(id=True)}
    ids |= {str(t["name"]) for t in soup.find_all("a", attrs={"name": True})}
    return frozenset(ids)


def _main(path: Path) -> Tag:
    """The page's own content, without the theme's navigation."""
    soup = _soup(path)
    main = soup.find("article", attrs={"role": "main"}) or soup.body
    assert isinstance(main, Tag), f"{path.name} has no body"
    return main


def _internal_links(page: Path) -> Iterator[tuple[str, Path, str]]:
    """Every link to something inside the site: (href, target file, unquoted fragment)."""
    for a in _soup(page).find_all("a", href=True):
        href = str(a["href"]).strip()
        if not href or SCHEME.match(href) or href.startswith("//"):
            continue
        parts = urlsplit(href)
        if parts.path:
            target = (page.parent / unquote(parts.path)).resolve()
            if parts.path.endswith("/"):
                target /= "index.html"
        else:
            target = page
        yield href, target, unquote(parts.fragment)


def _chapter_number(slug: str) -> int:
    return int(slug.split("-", 1)[0])


# --------------------------------------------------------------------------- build


def test_build_has_no_warnings(site: Site) -> None:
    assert site.log == "", f"the build printed warnings or errors:\n{site.log}"
    assert site.returncode == 0


def _course_toctree() -> list[str]:
    """The documents of the home page's "Course" toctree, in reading order."""
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\{toctree\}\n(.*?)```", text, re.DOTALL)
    course = [b for b in blocks if re.search(r"^:caption:\s*Course\s*$", b, re.MULTILINE)]
    assert len(course) == 1, "index.md has no single toctree captioned 'Course'"
    return [
        line.strip()
        for line in course[0].splitlines()
        if line.strip() and not line.strip().startswith(":")
    ]


def test_every_chapter_is_in_the_output(site: Site) -> None:
    assert CHAPTERS, "docs/chapters holds no chapter"
    numbers = [_chapter_number(s) for s in CHAPTERS]
    assert numbers == list(range(1, len(CHAPTERS) + 1)), (
        f"chapters are not numbered 1..N: {CHAPTERS}"
    )
    missing = [s for s in CHAPTERS if not site.page(f"chapters/{s}.html").exists()]
    assert not missing


def test_the_course_toctree_lists_every_chapter_then_its_exercise() -> None:
    expected = [doc for s in CHAPTERS for doc in (f"chapters/{s}", f"exercises/{s}")]
    assert _course_toctree() == expected


def test_the_home_page_maps_every_chapter_and_exercise(site: Site) -> None:
    home = site.page("index.html")
    targets = {target for _, target, _ in _internal_links(home)}
    for slug in CHAPTERS:
        assert site.page(f"chapters/{slug}.html").resolve() in targets, slug
        assert site.page(f"exercises/{slug}.html").resolve() in targets, slug
    text = " ".join(_main(home).get_text(" ").split())
    numbers = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
    stated = re.findall(rf"\b({'|'.join(numbers)}) chapters\b", text, re.IGNORECASE)
    assert stated, "the home page does not say how many chapters there are"
    assert {numbers.index(n.lower()) + 1 for n in stated} == {len(CHAPTERS)}, stated


# --------------------------------------------------------------------------- chapters


@pytest.mark.parametrize("slug", CHAPTERS)
def test_chapter_has_the_required_parts(site: Site, slug: str) -> None:
    nn = f"{_chapter_number(slug):02d}"
    page = site.page(f"chapters/{slug}.html")
    assert page.exists(), f"chapters/{slug}.html was not built"
    main = _main(page)

    objectives = main.find(id=f"ch{nn}-objectives")
    assert objectives is not None, f"no learning objectives (ch{nn}-objectives)"
    assert objectives.find("li") is not None, "the learning objectives have no bullet list"
    time_text = objectives.get_text(" ", strip=True)
    assert re.search(r"Estimated time:?\s*(?:about\s*)?\d+\s*(?:minutes|min|hours?)", time_text), (
        "the learning objectives do not state an estimated time"
    )

    takeaways = main.find(id=f"ch{nn}-takeaways")
    assert takeaways is not None, f"no key takeaways (ch{nn}-takeaways)"

    quiz = main.find(id=f"ch{nn}-quiz")
    assert quiz is not None, f"no quiz (ch{nn}-quiz)"
    dropdowns = quiz.select("details.sd-dropdown")
    assert dropdowns, "the quiz has no model answer in a sphinx-design dropdown"


@pytest.mark.parametrize("slug", CHAPTERS)
def test_chapter_links_to_its_exercise(site: Site, slug: str) -> None:
    page = site.page(f"chapters/{slug}.html")
    assert page.exists(), f"chapters/{slug}.html was not built"
    exercise = site.page(f"exercises/{slug}.html").resolve()
    linked = [target for _, target, _ in _internal_links(page) if target == exercise]
    assert linked, f"chapters/{slug}.html has no link to exercises/{slug}.html"
    assert exercise.exists(), f"the exercise page exercises/{slug}.html was not built"


# --------------------------------------------------------------------------- glossary


def _glossary_entries(site: Site) -> list[list[str]]:
    """Each glossary entry as the ids of its term lines (an entry may have abbreviations)."""
    entries: list[list[str]] = []
    dl = _main(site.page("glossary.html")).find("dl", class_="glossary")
    assert isinstance(dl, Tag), "the glossary page has no glossary"
    current: list[str] = []
    for child in dl.find_all(["dt", "dd"], recursive=False):
        if child.name == "dt":
            current.append(str(child["id"]))
        elif current:
            entries.append(current)
            current = []
    return entries


def _term_links(site: Site) -> Iterator[tuple[Path, Tag]]:
    for page in site.pages():
        for term in _soup(page).find_all(class_="std-term"):
            yield page, term


def _glossary_source_entries() -> list[list[str]]:
    """Each entry of docs/glossary.md's glossary directive as its term lines."""
    text = (DOCS / "glossary.md").read_text(encoding="utf-8")
    match = re.search(r"```\{glossary\}\n(.*?)```", text, re.DOTALL)
    assert match, "docs/glossary.md has no glossary directive"
    entries: list[list[str]] = []
    current: list[str] = []
    for line in match.group(1).splitlines():
        if not line.strip() or line.startswith(":"):
            continue
        if line[0].isspace():  # a definition line closes the entry's terms
            if current:
                entries.append(current)
                current = []
        else:
            current.append(line.strip())
    return entries


def _glossary_built_terms(site: Site) -> list[list[str]]:
    """Each built glossary entry as the texts of its term lines."""
    dl = _main(site.page("glossary.html")).find("dl", class_="glossary")
    assert isinstance(dl, Tag), "the glossary page has no glossary"
    entries: list[list[str]] = []
    current: list[str] = []
    for child in dl.find_all(["dt", "dd"], recursive=False):
        if child.name == "dt":
            for link in child.find_all("a", class_="headerlink"):
                link.extract()
            current.append(" ".join(child.get_text(" ").split()))
        elif current:
            entries.append(current)
            current = []
    return entries


def test_glossary_defines_every_term_of_its_source(site: Site) -> None:
    source = sorted(_glossary_source_entries())
    assert source, "the glossary source defines no term"
    assert sorted(_glossary_built_terms(site)) == source


def test_glossary_source_is_alphabetical() -> None:
    firsts = [entry[0] for entry in _glossary_source_entries()]
    assert firsts == sorted(firsts, key=str.lower)


def test_glossary_has_the_course_terms(site: Site) -> None:
    """The terms the chapters rely on stay defined (more may be added)."""
    names = {
        "Product manager",
        "Technical product manager",
        "Product owner",
        "Product development manager",
        "Tech lead",
        "Development manager",
        "Technical debt",
        "Persona",
        "User story",
        "Acceptance criteria",
        "Roadmap",
        "Product vision",
        "Backlog",
        "Stakeholder",
        "Agile",
        "Scrum",
        "Component team",
        "Cross-functional team",
        "Capacity planning",
        "Trade-off",
        "Go-to-market",
        "Technical audience",
        "Sprint",
        "Ceremony",
        "Velocity",
        "Epic",
        "Software development kit",
        "Webhook",
        "Service level objective",
        "Technical program manager",
        "Product manager \u2013 technical",
        "Product trio",
        "Objectives and key results",
        "Product operations",
        "Evaluation",
    }
    defined = {entry[0] for entry in _glossary_built_terms(site)}
    assert names <= defined, sorted(names - defined)
    assert len(_glossary_entries(site)) == len(_glossary_source_entries())


def test_every_term_reference_resolves(site: Site) -> None:
    glossary = site.page("glossary.html").resolve()
    known = _ids(glossary)
    broken = []
    for page, term in _term_links(site):
        a = term if term.name == "a" else term.find_parent("a")
        where = f"{page.relative_to(site.out)}: {term.get_text()!r}"
        if a is None or not a.get("href"):
            broken.append(f"{where} is not a link")
            continue
        parts = urlsplit(str(a["href"]))
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        if target != glossary or unquote(parts.fragment) not in known:
            broken.append(f"{where} points to {a['href']}")
    assert not broken


def test_chapters_use_glossary_terms(site: Site) -> None:
    used = [page for page, _ in _term_links(site) if page.parent.name == "chapters"]
    assert used, "no chapter links a single glossary term"


def test_every_glossary_entry_is_used(site: Site) -> None:
    """Only {term} references count: the general index links every term by itself."""
    glossary = site.page("glossary.html").resolve()
    used: set[str] = set()
    for page, term in _term_links(site):
        a = term if term.name == "a" else term.find_parent("a")
        if page.resolve() == glossary or a is None:
            continue
        parts = urlsplit(str(a.get("href", "")))
        if parts.path and (page.parent / unquote(parts.path)).resolve() == glossary:
            used.add(unquote(parts.fragment))
    unused = [e[0] for e in _glossary_entries(site) if not used.intersection(e)]
    assert not unused, f"glossary entries never used in the course: {unused}"


# --------------------------------------------------------------------------- exercises


@pytest.mark.parametrize("slug", CHAPTERS)
def test_exercise_page_offers_a_valid_notebook(site: Site, slug: str) -> None:
    number = _chapter_number(slug)
    page = site.page(f"exercises/{slug}.html")
    assert page.exists(), f"exercises/{slug}.html was not built"
    links = _main(page).select("div.pmcourse-download a[download]")
    assert links, "the exercise page has no download link"
    hrefs = {str(a["href"]) for a in links}
    assert hrefs == {f"{slug}.ipynb"}

    notebook_path = page.parent / f"{slug}.ipynb"
    assert notebook_path.exists(), f"{slug}.ipynb is linked but not in the output"
    nb = nbformat.read(notebook_path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("pmcourse", {}).get("exercise") == number

    in_notebook = {
        f"{m[2]}.{m[3]}"
        for cell in nb.cells
        if cell.cell_type == "code"
        for m in TASK_CALL.finditer(cell.source)
    }
    registered = {t.id for t in all_tasks() if t.id.split(".")[0] == str(number)}
    assert registered, f"chapter {number} has no tasks in pmcourse"
    assert in_notebook == registered


# --------------------------------------------------------------------------- links


def test_every_internal_link_resolves(site: Site) -> None:
    broken = []
    for page in site.pages():
        for href, target, fragment in _internal_links(page):
            where = f"{page.relative_to(site.out)} -> {href}"
            if not target.is_file():
                broken.append(f"{where}: no such file")
            elif fragment and target.suffix == ".html" and fragment not in _ids(target):
                broken.append(f"{where}: no id {fragment!r}")
    assert not broken


@pytest.mark.parametrize("task", all_tasks(), ids=lambda t: t.id)
def test_task_section_link_resolves(site: Site, task: object) -> None:
    section = str(getattr(task, "section", ""))
    path, _, fragment = section.partition("#")
    assert path.endswith(".html"), f"malformed section link {section!r}"
    assert fragment, f"section link {section!r} has no #fragment"
    target = site.page(path)
    assert target.exists(), f"{section}: no page {path}"
    assert fragment in _ids(target), f"{section}: no id {fragment!r} on that page"


# --------------------------------------------------------------------------- about page


def test_about_page_credits_the_source(site: Site) -> None:
    main = _main(site.page("about.html"))
    text = " ".join(main.get_text(" ").split())
    for needed in ("Daniel Elizalde", "Mind the Product", "28 May 2014"):
        assert needed in text
    assert main.find("a", href=ARTICLE_URL) is not None, "the original article is not linked"
    assert "CC BY 4.0" in text
    assert "MIT" in text


# --------------------------------------------------------------------------- privacy


def _site_texts(site: Site) -> Iterator[tuple[str, str]]:
    """What readers can see: the text of every page, its titles and alt texts, and the
    notebooks and search index offered for download."""
    for page in site.pages():
        soup = _soup(page)
        name = str(page.relative_to(site.out))
        yield name, soup.get_text(" ")
        for tag in soup.find_all(attrs={"title": True}):
            yield name, str(tag["title"])
        for tag in soup.find_all(attrs={"alt": True}):
            yield name, str(tag["alt"])
        for tag in soup.find_all("meta", attrs={"content": True}):
            yield name, str(tag["content"])
    for path in [*site.out.rglob("*.ipynb"), site.out / "searchindex.js"]:
        if path.exists():
            yield str(path.relative_to(site.out)), path.read_text(encoding="utf-8")


def test_no_commenter_is_named(site: Site) -> None:
    found = sorted(
        {
            f"{name}: {m.group(0)}"
            for name, text in _site_texts(site)
            for m in COMMENTER_NAMES.finditer(text)
        }
    )
    assert not found


def test_no_email_address_is_published(site: Site) -> None:
    found = sorted(
        {f"{name}: {m.group(0)}" for name, text in _site_texts(site) for m in EMAIL.finditer(text)}
    )
    assert not found
