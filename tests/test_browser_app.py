"""Every exercise in the in-browser app (JupyterLite + Pyodide), in real Chromium.

The app is built once per test session from this checkout (pinned downloads,
cached in ~/.cache/pmcourse-lite), served from 127.0.0.1, and each notebook is
run cell by cell in a fresh browser profile. A test fails when any request
leaves the local server, when a cell raises in the browser but not in a local
kernel (or the other way round), or when ``check`` gives a different verdict
than it gives in a local kernel for the same notebook.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browserkit import CHROMIUM_ARGS, missing, require_chromium, serve
from nbfactory import ROOT, TASK_CALL, Notebook, chapter_of, exercise_paths, solved, task_cell_index

pytestmark = [pytest.mark.slow, pytest.mark.browser]

KERNEL_READY_S = 180  # a loaded 2-core machine needs 17-25 s; CI can be slower
RUN_ALL_S = 240


def _answers_1() -> Notebook:
    """Exercise 1 solved, but for a wrong answer to task 1.1."""
    nb = solved(1)
    nb["cells"][task_cell_index(nb, "1.1")]["source"] = 'answer_1_1 = "b"\ncheck("1.1", answer_1_1)'
    return nb


def _solved_name(path: Path) -> str:
    return f"{path.stem}-solved.ipynb"


#: notebooks shipped with the test's app beside the blank exercises: every exercise solved
#: (so every task, 10.x's SQLite one included, runs in Pyodide), and 1 with a wrong answer
ANSWERS = {
    "01-answers.ipynb": _answers_1,
    **{
        _solved_name(path): functools.partial(solved, chapter_of(path)) for path in exercise_paths()
    },
}


@pytest.fixture(scope="session")
def lite_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app, built from this checkout once per test session (as CI does from a fresh clone)."""
    require_chromium()
    pytest.importorskip("jupyterlite_core", reason="the test group installs jupyterlite-core")
    from pmcourse._authoring import lite

    work = tmp_path_factory.mktemp("lite")
    extra = []
    for name, make in ANSWERS.items():
        path = work / name
        path.write_text(json.dumps(make(), indent=1), encoding="utf-8")
        extra.append(path)
    out = work / "site" / "lite"
    try:
        lite.build(ROOT, out, work, extra)
    except lite.LiteUnavailable as exc:
        missing(f"the browser app could not be built: {exc}")
    return out


def test_the_app_never_falls_back_to_pypi_and_ships_pmcourse(lite_app: Path) -> None:
    config = json.loads((lite_app / "jupyter-lite.json").read_text(encoding="utf-8"))
    kernel = config["jupyter-config-data"]["litePluginSettings"][
        "@jupyterlite/pyodide-kernel-extension:kernel"
    ]
    assert kernel["disablePyPIFallback"] is True
    lock = json.loads((lite_app / "static/pyodide/pyodide-lock.json").read_text(encoding="utf-8"))
    for entry in lock["packages"].values():  # every file the lock names is on the site
        assert (lite_app / "static/pyodide" / entry["file_name"]).is_file(), entry["file_name"]
    assert lock["packages"]["pmcourse"]["imports"] == ["pmcourse"]
    for entry in lock["packages"].values():  # Pyodide refuses a file whose hash differs
        data = (lite_app / "static/pyodide" / entry["file_name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["file_name"]
    if shutil.which("node"):  # built with Node: IPython is not compiled in the browser
        (ipython,) = (lite_app / "static/pyodide").glob("ipython-9*.whl")
        with zipfile.ZipFile(ipython) as zf:
            assert "IPython/__pycache__/__init__.cpython-314.pyc" in zf.namelist()
        with zipfile.ZipFile(lite_app / "static/pyodide/python_stdlib.zip") as zf:
            assert "inspect.pyc" in zf.namelist()
        (own,) = (lite_app / "static/pyodide").glob("pmcourse-*.whl")
        with zipfile.ZipFile(own) as zf:  # bytecode beside the source, which tracebacks show
            assert {"pmcourse/_check.py", "pmcourse/__pycache__/_check.cpython-314.pyc"} <= set(
                zf.namelist()
            )


@pytest.fixture(scope="module")
def app(lite_app: Path) -> Iterator[tuple[str, Any]]:
    """(the app's base URL, a Chromium browser)."""
    from playwright.sync_api import sync_playwright

    with serve(lite_app) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(require_chromium()), args=CHROMIUM_ARGS)
        try:
            yield url, browser
        finally:
            browser.close()


def _expose_app(route: Any) -> None:
    """Let the test reach JupyterLite's app object (``exposeAppInBrowser``), as a learner cannot."""
    response = route.fetch()
    config = response.json()
    config.setdefault("jupyter-config-data", {})["exposeAppInBrowser"] = "true"
    route.fulfill(response=response, json=config)


_KERNEL_IDLE = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.status === "idle";
}"""
_CELL_TEXTS = """() => [...document.querySelectorAll(".jp-Notebook .jp-Cell")].map(
  c => { const o = c.querySelector(".jp-OutputArea"); return o ? o.innerText : ""; })"""


def run_in_browser(app: tuple[str, Any], name: str) -> dict[str, Any]:
    """Run every cell of the app's notebook ``name``: its cells after the run, what left the site."""
    url, browser = app
    context = browser.new_context()  # a fresh profile: no storage from another test
    page = context.new_page()
    outside: list[str] = []
    local = re.compile(r"^(?:data:|blob:|about:)")

    def record(request: Any) -> None:
        if not request.url.startswith(url) and not local.match(request.url):
            outside.append(request.url)

    page.on("request", record)
    page.route("**/jupyter-lite.json", _expose_app)
    try:
        page.goto(url + f"notebooks/index.html?path={name}")
        notice = page.locator("#pmcourse-starting")
        notice.wait_for(timeout=60_000)
        starting = notice.inner_text()
        page.wait_for_function(_KERNEL_IDLE, timeout=KERNEL_READY_S * 1000, polling=250)
        notice.wait_for(state="detached", timeout=30_000)  # it goes once Python is ready
        page.evaluate(
            "async () => await window.jupyterapp.commands.execute('notebook:run-all-cells')"
        )
        page.wait_for_function(_KERNEL_IDLE, timeout=RUN_ALL_S * 1000, polling=250)
        model = page.evaluate("() => window.jupyterapp.shell.currentWidget.content.model.toJSON()")
        texts = page.evaluate(_CELL_TEXTS)
        kernels = page.evaluate(
            "() => [...window.jupyterapp.serviceManager.kernels.running()].length"
        )
    finally:
        context.close()
    return {
        "cells": model["cells"],
        "texts": texts,
        "outside": outside,
        "starting": starting,
        "kernels": kernels,
    }


def run_locally(nb: Notebook, tmp_path: Path) -> list[dict[str, Any]]:
    """The same notebook in a local Jupyter kernel, errors allowed: its cells with outputs."""
    import nbformat
    from nbclient import NotebookClient

    node = nbformat.reads(json.dumps(nb), as_version=4)  # sources as strings, as Jupyter keeps them
    client = NotebookClient(
        node,
        kernel_name="python3",
        allow_errors=True,
        timeout=120,
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    return [dict(cell) for cell in node.cells]


def _text(value: object) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def outcome(cell: dict[str, Any]) -> dict[str, Any]:
    """What a learner reads from a code cell: the error it raised, and check()'s verdicts.

    Figures are left out: matplotlib draws a PNG locally, pmcourse.chart an SVG in the browser.
    """
    errors = [o["ename"] for o in cell.get("outputs", []) if o["output_type"] == "error"]
    results = [
        _text(o["data"]["text/plain"])
        for o in cell.get("outputs", [])
        if o["output_type"] == "execute_result" and "text/plain" in o.get("data", {})
    ]
    return {"errors": errors, "results": results}


def compare(browser_run: dict[str, Any], local: list[dict[str, Any]]) -> None:
    assert browser_run["outside"] == [], "the app sent requests off the local server"
    assert "Starting Python in your browser" in browser_run["starting"]
    # the page starts the kernel early; the notebook must connect to it, not start a second one
    assert browser_run["kernels"] == 1
    cells = browser_run["cells"]
    assert len(cells) == len(local)
    for i, (ours, theirs) in enumerate(zip(cells, local, strict=True)):
        if theirs["cell_type"] != "code":
            continue
        assert ours["execution_count"] is not None, f"cell {i} never ran in the browser"
        assert outcome(ours) == outcome(theirs), f"cell {i} differs from a local kernel"


@pytest.mark.parametrize("path", exercise_paths(), ids=lambda p: p.stem)
def test_every_blank_exercise_runs_in_the_browser_as_in_a_local_kernel(
    app: tuple[str, Any], path: Path, tmp_path: Path
) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    local = run_locally(nb, tmp_path)
    assert not any(outcome(c)["errors"] for c in local if c["cell_type"] == "code")
    compare(run_in_browser(app, path.name), local)


_SOLVED_RUNS: dict[int, dict[str, Any]] = {}


def solved_run(app: tuple[str, Any], path: Path, tmp_path: Path) -> dict[str, Any]:
    """Exercise ``path`` solved, run in the browser and compared with a local kernel (once)."""
    number = chapter_of(path)
    if number not in _SOLVED_RUNS:
        nb = solved(number)
        local = run_locally(nb, tmp_path)
        assert not any(outcome(c)["errors"] for c in local if c["cell_type"] == "code")
        run = run_in_browser(app, _solved_name(path))
        compare(run, local)
        _SOLVED_RUNS[number] = run
    return _SOLVED_RUNS[number]


@pytest.mark.parametrize("path", exercise_paths(), ids=lambda p: p.stem)
def test_every_solved_exercise_gets_the_local_kernels_verdicts_in_the_browser(
    app: tuple[str, Any], path: Path, tmp_path: Path
) -> None:
    run = solved_run(app, path, tmp_path)
    nb = solved(chapter_of(path))
    verdicts = [_feedback(run, nb, task) for task in _task_ids(nb)]
    assert verdicts and all("PASS" in v for v in verdicts), verdicts


def _task_ids(nb: Notebook) -> list[str]:
    ids = []
    for cell in nb["cells"]:
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "code":
            ids += [m[2] for m in TASK_CALL.finditer(src)]
    return ids


def _feedback(run: dict[str, Any], nb: Notebook, task_id: str) -> str:
    return str(run["texts"][task_cell_index(nb, task_id)])


def test_exercise_1_right_and_wrong_answers_read_on_the_page(
    app: tuple[str, Any], tmp_path: Path
) -> None:
    nb = _answers_1()
    run = run_in_browser(app, "01-answers.ipynb")
    compare(run, run_locally(nb, tmp_path))
    assert "FAIL" in _feedback(run, nb, "1.1")
    assert "Architecture belongs to the engineers" in _feedback(run, nb, "1.1")
    assert "PASS" in _feedback(run, nb, "1.2")


def test_exercise_3_chart_is_drawn_and_checked_in_the_browser(
    app: tuple[str, Any], tmp_path: Path
) -> None:
    (path,) = [p for p in exercise_paths() if chapter_of(p) == 3]
    nb = solved(3)
    run = solved_run(app, path, tmp_path)
    chart_cell = run["cells"][task_cell_index(nb, "3.3")]
    assert any("image/svg+xml" in o.get("data", {}) for o in chart_cell["outputs"])
    assert "PASS" in _feedback(run, nb, "3.3")


def test_exercise_4_story_gets_its_criteria_on_the_page(
    app: tuple[str, Any], tmp_path: Path
) -> None:
    (path,) = [p for p in exercise_paths() if chapter_of(p) == 4]
    nb = solved(4)
    run = solved_run(app, path, tmp_path)
    story = _feedback(run, nb, "4.3")
    assert "PASS" in story
    assert story.count("\u2714") >= 3  # one line per criterion met, each with its evidence


@pytest.fixture(scope="module")
def site_with_app(lite_app: Path) -> Path:
    """The site built as published, beside the app (``lite_app`` lives in ``<site>/lite``)."""
    import os
    import subprocess
    import sys

    site = lite_app.parent
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-n",
            "-W",
            "-q",
            "-b",
            "html",
            "-d",
            str(site.parent / "doctrees"),
            str(ROOT / "docs"),
            str(site),
        ],
        cwd=ROOT,
        env={**os.environ, "PMCOURSE_LITE_APP": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return site


def test_every_chapter_and_exercise_page_opens_its_notebook_in_the_app(
    site_with_app: Path, app: tuple[str, Any]
) -> None:
    from urllib.parse import parse_qs, urljoin, urlsplit

    _app_url, browser = app  # the app alone is served there; here the whole site is
    names = [p.name for p in exercise_paths()]
    for folder in ("chapters", "exercises"):
        pages = sorted((site_with_app / folder).glob("[0-9][0-9]-*.html"))
        assert len(pages) == len(names)
        for page in pages:
            html = page.read_text(encoding="utf-8")
            hrefs = re.findall(r'class="pmcourse-launch-button"\s+href="([^"]+)"', html)
            assert len(hrefs) == 1, f"{folder}/{page.name} has {len(hrefs)} launch buttons"
            target = urlsplit(
                urljoin(f"http://site/{folder}/{page.name}", hrefs[0].replace("&amp;", "&"))
            )
            assert target.path == "/lite/notebooks/index.html"
            (notebook,) = parse_qs(target.query)["path"]
            assert notebook == page.stem + ".ipynb" and notebook in names
            assert (site_with_app / "lite" / "files" / notebook).is_file()
    with serve(site_with_app) as site_url:
        context = browser.new_context()
        page = context.new_page()
        try:
            page.goto(site_url + "chapters/04-dont-design-the-solution.html")
            page.get_by_role("link", name="Open in your browser").click()
            page.wait_for_url(re.compile(r"lite/notebooks/index\.html\?path=04-"))
            heading = page.locator(".jp-Notebook h2", has_text="Task 4.1").first
            heading.wait_for(timeout=60_000)
        finally:
            context.close()
