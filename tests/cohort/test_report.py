"""The cohort report and the feedback pages: contents, self-containment, and in a real browser."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browserkit import AXE_TAGS, CHROMIUM_ARGS, axe_js, require_chromium
from conftest import synthetic, write_results

from pmcourse._cli import main
from pmcourse._cohort.report import render_report


def test_import_pmcourse_loads_no_chart_library() -> None:
    code = "import sys, pmcourse, pmcourse._cli; print(any(m.split('.')[0] in {'matplotlib', 'jinja2'} for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_summary_at_the_top_links_to_what_needs_the_instructor() -> None:
    from pmcourse._schema import NotebookResult

    batch = synthetic(4)  # l0-l3 hand in exercises 4 and 6; zed's notebook could not be graded
    batch.exercises = [4, 6]
    batch.notebooks = [
        nb for nb in batch.notebooks if (nb.learner, nb.path) != ("l3", "s/l3/06.ipynb")
    ]
    batch.notebooks.append(
        NotebookResult(
            path="06-pm-and-product-owner.ipynb", learner="l3", status="missing", exercise=6
        )
    )
    l2 = next(nb for nb in batch.notebooks if nb.path == "s/l2/06.ipynb")
    l2.exercise, l2.filed_as = 6, 4  # saved under exercise 4's name
    html = render_report(batch, at_risk=10)
    nav = html.index('<nav aria-label="What needs you">')
    assert nav < html.index("<h2")  # before every section
    links = re.findall(r'<li><a href="#([^"]+)"><strong>(\d+)</strong> ([^<]+)</a>', html[nav:])
    assert [(a, label) for a, _, label in links] == [
        ("at-risk", "At risk"),
        ("criteria", "What to reteach"),
        ("needs-review", "Needs review"),
        ("ungraded", "Could not grade"),
    ]
    counts = {a: int(n) for a, n, _ in links}
    assert all(f"<h2 id={a}>" in html for a in counts)
    at_risk = html[html.index("<h2 id=at-risk>") : html.index("<h2 id=criteria>")]
    assert "l3" in at_risk and counts["at-risk"] >= 1  # partial work, though above 10%
    review = html[html.index("<h2 id=needs-review>") : html.index("<h2 id=ungraded>")]
    assert "l2" in review and "Named as exercise 4, holds exercise 6" in review
    assert counts["needs-review"] == 1
    ungraded = html[html.index("<h2 id=ungraded>") :]
    assert (
        counts["ungraded"] == 1 and "06-pm-and-product-owner.ipynb" not in ungraded.split("<h2")[1]
    )


def test_report_sections_and_self_containment() -> None:
    html = render_report(synthetic(6), at_risk=50)
    for heading in (
        "Score distribution per exercise",
        "Pass rate per task",
        "the most frequent failed criteria",
        "learners below 50%",
        "notebooks that could not be graded",
        "Time per notebook",
        "Solutions viewed before an answer",
    ):
        assert heading in html
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "States the outcome: no &#x27;so that&#x27; part" in html  # the ✘ criterion, counted
    assert "The file is empty." in html
    # Charts keep their text as text, each has a label and the table that holds its numbers.
    charts = re.findall(
        r'<figure aria-describedby="([^"]+)"><svg role="img" aria-label="[^"]+"', html
    )
    assert len(charts) == html.count("<svg") == 3
    assert all(f'id="{table}"' in html for table in charts)
    assert "<text" in html and "<image" not in html


def test_report_does_not_list_every_learner() -> None:
    from pmcourse._cohort.report import LIST_CAP

    html = render_report(synthetic(LIST_CAP + 30), at_risk=100)
    assert "… and 31 more learners" in html


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("report")
    batch = synthetic(8)
    batch.exercises = [4, 6]  # the cohort's exercises, as 'pmcourse grade' records them
    results = write_results(folder / "r.json", batch)
    review = folder / "review.csv"
    review.write_text("learner,task,score,comment\nl1,4.3,1,Clear outcome.\n", encoding="utf-8")
    report = folder / "cohort.html"
    argv = ["report", str(results), "-o", str(report), "--feedback-dir", str(folder / "feedback")]
    assert main([*argv, "--overrides", str(review)]) == 0
    return {"report": report, "feedback": folder / "feedback" / "l1.html"}


def test_feedback_page_shows_the_instructors_mark(pages: dict[str, Path]) -> None:
    html = pages["feedback"].read_text(encoding="utf-8")
    assert "Feedback for l1" in html and "Clear outcome." in html
    assert "(automatic: 0.5)" in html and "<script" not in html


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(chromium), args=["--headless", *CHROMIUM_ARGS]
        )
        yield browser
        browser.close()


AXE_RUN = """async (tags) => (await axe.run(document, {runOnly: {type: "tag", values: tags},
  resultTypes: ["violations"]})).violations.map(v => v.id + ": " + v.help + " @ " +
  v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))"""


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("which", ["report", "feedback"])
@pytest.mark.parametrize("width", [1280, 375])
def test_in_a_real_browser(browser: Any, pages: dict[str, Path], which: str, width: int) -> None:
    url = pages[which].as_uri()
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url, wait_until="load")
    assert errors == []
    assert requests == [url]
    # Nothing wider than the screen but the tables that scroll in their own region.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if which == "report":
        for fig in page.query_selector_all("figure"):
            table = fig.get_attribute("aria-describedby")
            assert page.query_selector(f"table#{table} tbody tr") is not None
            assert fig.query_selector("svg[role=img]").get_attribute("aria-label")
    page.add_script_tag(content=axe_js())
    violations = page.evaluate(AXE_RUN, AXE_TAGS)
    context.close()
    assert violations == []


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("width", [1280, 375])
def test_the_summary_links_work(browser: Any, pages: dict[str, Path], width: int) -> None:
    """Each summary link brings its section's heading into view (screenshots kept)."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(pages["report"].as_uri(), wait_until="load")
    shots = Path(__file__).resolve().parents[2] / "test-artifacts"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / f"cohort-report-top-{width}.png"))
    nav = 'nav[aria-label="What needs you"] a'
    targets = [a.get_attribute("href") for a in page.query_selector_all(nav)]
    assert targets == ["#at-risk", "#criteria", "#needs-review", "#ungraded"]
    for i, target in enumerate(targets):
        page.evaluate("window.scrollTo(0, 0)")
        page.query_selector_all(nav)[i].click()
        page.wait_for_function(f"location.hash === {target!r}")
        top = page.evaluate(f"document.getElementById({target[1:]!r}).getBoundingClientRect().top")
        assert -2 <= top < 800, (target, top)  # in view (sub-pixel scrolling aside)
    context.close()


def _tied_results() -> Any:
    """Results whose failed criteria tie: two lines each failed by every learner."""
    from pmcourse._schema import TaskResult

    batch = synthetic(4)
    for nb in batch.notebooks:
        for t in nb.tasks:
            if t.task_id == "4.3":
                t.feedback = "✘ Names a persona\n✘ States the outcome\n✘ Gives a reason"
    assert all(isinstance(t, TaskResult) for nb in batch.notebooks for t in nb.tasks)
    return batch


@pytest.mark.slow
def test_the_report_is_the_same_bytes_for_the_same_results(tmp_path: Path) -> None:
    """Ties (criteria failed as often, reasons as frequent) in one order, whatever the hash seed."""
    results = write_results(tmp_path / "r.json", _tied_results())
    pages = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"report-{seed}.html"
        code = "import sys; from pmcourse._cli import main; sys.exit(main(sys.argv[1:]))"
        subprocess.run(
            [sys.executable, "-c", code, "report", str(results), "-o", str(out)],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        pages.append(out.read_bytes())
    assert pages[0] == pages[1] == pages[2]
    html = pages[0].decode()
    at = [html.index(line) for line in ("Gives a reason", "Names a persona", "States the outcome")]
    assert at == sorted(at)  # tied counts: alphabetical
