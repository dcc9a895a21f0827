"""Rendering batch results: table, JSON shape, JUnit XML."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from pmcourse._cohort.render import ProgressBar, render_json, render_junit, render_text
from pmcourse._schema import BatchResult, NotebookResult, TaskResult


def _batch() -> BatchResult:
    t = [
        TaskResult("1.1", "First", "pass", 1, 1, "Right."),
        TaskResult(
            "1.2",
            "Second",
            "fail",
            0.5,
            1,
            '✔ Persona: "As a finance clerk"\n✘ Outcome: no "so that" part\n✘ Criteria: one found',
        ),
        TaskResult("1.3", "Third", "not attempted", 0, 1, "Not answered yet."),
        TaskResult("1.4", "Fourth", "error", 0, 2, "Task 1.4 expects a number; got None."),
    ]
    return BatchResult(
        notebooks=[
            NotebookResult(
                path="a.ipynb",
                status="graded",
                tasks=t,
                notes=["Cell 3: it raised NameError: x."],
                seconds=1.23,
            ),
            NotebookResult(
                path="b.ipynb", status="error", error="The file is empty: save it again."
            ),
        ]
    )


def test_text_table_has_rows_per_task_and_a_total() -> None:
    text = render_text(_batch())
    assert "a.ipynb  1.5/5 points" in text
    assert "note: Cell 3" in text
    # Every missed criterion of a failed task is listed, and none of the met ones.
    assert "1.2  FAIL" in text
    assert '✘ Outcome: no "so that" part' in text and "✘ Criteria: one found" in text
    assert "✔ Persona" not in text
    assert "Not answered yet." not in text  # not attempted: the status says it all
    assert "ERROR  The file is empty" in text
    assert (
        text.splitlines()[-1]
        == "Total: 1.5/5 points in 1 graded notebook(s), 1 could not be graded"
    )


def test_json_shape() -> None:
    data = json.loads(render_json(_batch()))
    assert set(data) >= {"score", "max_score", "notebooks"}
    assert data["score"] == 1.5 and data["max_score"] == 5
    nb = data["notebooks"][0]
    assert set(nb) >= {"path", "status", "error", "score", "max_score", "tasks"}
    assert {t["status"] for t in nb["tasks"]} == {"pass", "fail", "error", "not attempted"}
    for task in nb["tasks"]:
        assert set(task) >= {"id", "status", "score", "max_score", "feedback"}
    assert data["notebooks"][1] == {**data["notebooks"][1], "status": "error", "tasks": []}


def test_junit_counts() -> None:
    root = ET.fromstring(render_junit(_batch()).split("\n", 1)[1])
    assert root.get("tests") == "5" and root.get("failures") == "1" and root.get("errors") == "2"
    assert len(root.findall(".//skipped")) == 1


def test_progress_bar_is_silent_off_a_terminal() -> None:
    stream = io.StringIO()
    ProgressBar(stream)(1, 2, "a.ipynb")
    assert stream.getvalue() == ""


def test_junit_validates_with_hostile_learner_text() -> None:
    """Control characters from a learner's exception must not make the report unparsable."""
    import xmlschema

    hostile = "boom \x1b[31mred\x1b[0m \x00nul \x07bell \ud800 \ufffe end"
    batch = BatchResult(
        notebooks=[
            NotebookResult(
                path="learner\x1b.ipynb",
                status="graded",
                tasks=[
                    TaskResult("1.1", "First\x00", "fail", 0, 1, hostile),
                    TaskResult("1.2", "Second", "error", 0, 1, hostile),
                    TaskResult("1.3", "Third", "not attempted", 0, 1, "Not answered."),
                ],
            ),
            NotebookResult(path="broken.ipynb", status="error", error=f"It raised {hostile}"),
        ]
    )
    text = render_junit(batch)
    schema = xmlschema.XMLSchema(str(Path(__file__).resolve().parents[1] / "data" / "junit.xsd"))
    schema.validate(text)
    root = ET.fromstring(text)
    assert root.get("skipped") == "1" and root.get("failures") == "1"
    assert "\ufffd" in text and "\x1b" not in text and "\x00" not in text
