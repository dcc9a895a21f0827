"""The gradebook against the JSON it comes from, in its three CSV layouts."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from conftest import EX6, LEARNERS, load

from pmcourse._cli import main
from pmcourse._grading.learners import discover
from pmcourse._tasks import all_exercises, all_tasks

pytestmark = pytest.mark.slow

PLAIN_TAIL = ["total", "max", "percent", "ungraded"]
CANVAS_HEAD = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
TITLES = {e.number: e.title for e in all_exercises()}

# Course facts, read from the course: exercise 6's tasks and each exercise's points.
TASKS_6 = [t.id for t in all_tasks() if t.chapter == 6]
POINTS = {
    e.number: sum(t.points for t in all_tasks() if t.chapter == e.number) for e in all_exercises()
}


def gradebook(results: Path, tmp_path: Path, *extra: str) -> list[list[str]]:
    out = tmp_path / "grades.csv"
    assert main(["gradebook", str(results), "-o", str(out), *extra]) == 0
    return list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))


def test_every_notebook_carries_its_learner_version_and_task_set(graded: Path) -> None:
    from pmcourse import __version__
    from pmcourse._tasks import fingerprint

    data = load(graded)
    assert data["pmcourse"] == __version__ and data["tasks_fingerprint"] == fingerprint()
    assert [nb["learner"] for nb in data["notebooks"]] == LEARNERS


def test_plain_gradebook_matches_the_json(graded: Path, tmp_path: Path) -> None:
    rows = gradebook(graded, tmp_path)
    head, body = rows[0], rows[1:]
    assert head == ["learner", *TASKS_6, "exercise 6", *PLAIN_TAIL]
    assert [r[0] for r in body] == LEARNERS
    by_learner = {nb["learner"]: nb for nb in load(graded)["notebooks"]}
    for row in body:
        nb = by_learner[row[0]]
        cells = dict(zip(head, row, strict=True))
        for task in nb["tasks"]:
            assert float(cells[task["id"]]) == task["score"]
        assert float(cells["exercise 6"]) == nb["score"] == float(cells["total"])
        assert float(cells["max"]) == nb["max_score"] == POINTS[6]
        assert float(cells["percent"]) == round(100 * nb["score"] / POINTS[6], 1)
    scores = {r[0]: float(r[-4]) for r in body}
    assert scores["learner00"] == POINTS[6] and scores["learner01"] == 0
    assert scores["learner02"] == 2


def test_canvas_bulk_download_cohort(folder_cohort: Path, tmp_path: Path) -> None:
    """The 30 learners as a flat Canvas download, plus a duplicate copy: same learners, same grades.

    All 30 are discovered; six are graded again (grading is the folder cohort's business).
    """
    flat = tmp_path / "canvas"
    flat.mkdir()
    for i, learner in enumerate(LEARNERS):
        shutil.copy(folder_cohort / learner / EX6, flat / f"{learner}_{1000 + i}_{5000 + i}_{EX6}")
    shutil.copy(
        flat / f"learner00_1000_5000_{EX6}",
        flat / "learner00_1000_5009_06-pm-and-product-owner (1).ipynb",
    )
    found = discover([flat], pattern="canvas")
    assert found.learner_names == [f"{learner}_{1000 + i}" for i, learner in enumerate(LEARNERS)]
    assert len(found.paths) == 30 and len(found.duplicates) == 1
    for path in sorted(flat.iterdir())[7:]:
        path.unlink()  # keep learners 00-05 (and the duplicate copy)
    results = tmp_path / "results.json"
    argv = ["grade", str(flat), "--learner-pattern", "canvas", "--format", "json"]
    assert main([*argv, "-o", str(results), "-j", "2"]) == 1
    # The instructor's own export: grades go back into its existing assignment, by user id.
    export = tmp_path / "export.csv"
    lines = [",".join([*CANVAS_HEAD, f"Exercise 6: {TITLES[6]} (777)"])]
    lines.append(",".join(["    Points Possible", "", "", "", "", f"{POINTS[6]:g}"]))
    lines += [f'"{learner}, x",{1000 + i},,,A,' for i, learner in enumerate(LEARNERS[:6])]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "upload.csv"
    book = ["gradebook", str(results), "--layout", "canvas", "--template", str(export)]
    assert main([*book, "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0][:5] == CANVAS_HEAD and rows[1][0].strip() == "Points Possible"
    got = {r[1]: float(r[5]) for r in rows[2:]}
    assert got == {str(1000 + i): [POINTS[6], 0.0, 2.0][i % 3] for i in range(6)}
