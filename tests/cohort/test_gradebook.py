"""The gradebook against the JSON it comes from, in its three CSV layouts."""

from __future__ import annotations

import csv
import io
import shutil
import sys
from pathlib import Path

import pytest
from conftest import EX6, LEARNERS, load

from pmcourse._cli import main
from pmcourse._grading.learners import discover
from pmcourse._tasks import all_exercises, all_tasks

pytestmark = pytest.mark.slow

PLAIN_TAIL = ["total", "max", "percent", "ungraded", "missing"]
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
    scores = {r[0]: float(r[-5]) for r in body}
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


def test_a_cohort_counted_right(tmp_path: Path) -> None:
    """Exercises are the cohort's, never what someone handed in; missing, could not be graded
    and scored 0 stay three things; a misfiled notebook is graded as what it is, and flagged;
    a task a notebook predates is not in that learner's version, not a 0."""
    import json

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import nbfactory as nbf

    subs = tmp_path / "submissions"
    for learner in ("ann", "bob", "cy", "dee"):
        (subs / learner).mkdir(parents=True)
    nbf.write(subs / "ann" / EX6, nbf.blank(6))  # scored 0 on exercise 6, no exercise 4
    nbf.write(subs / "ann" / "09-the-role-since-2014.ipynb", nbf.blank(9))  # not the cohort's
    nbf.write(subs / "bob" / "04-dont-design-the-solution.ipynb", nbf.solved(6))  # misfiled
    (subs / "cy" / EX6).write_text("not a notebook", encoding="utf-8")  # could not be graded
    older = nbf.solved(6)  # a copy from before task 6.6 was added: its cell is not there
    older["cells"] = [c for c in older["cells"] if 'check("6.6"' not in "".join(c["source"])]
    nbf.write(subs / "dee" / EX6, older)
    out = tmp_path / "r.json"
    argv = ["grade", str(subs), "--exercises", "4,6", "--format", "json", "-o", str(out)]
    assert main([*argv, "-j", "2"]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["exercises"] == [4, 6]
    status = {(nb["learner"], nb.get("exercise")): nb["status"] for nb in data["notebooks"]}
    assert status[("ann", 4)] == "missing" and status[("ann", 6)] == "graded"
    assert status[("bob", 6)] == "graded" and status[("bob", 4)] == "missing"
    bob = next(
        nb for nb in data["notebooks"] if nb["learner"] == "bob" and nb["status"] == "graded"
    )
    assert bob["filed_as"] == 4 and "named as exercise 4 but holds exercise 6" in bob["notes"][0]
    assert status[("cy", None)] == "error" and status[("cy", 4)] == "missing"
    dee = next(
        nb for nb in data["notebooks"] if nb["learner"] == "dee" and nb["status"] == "graded"
    )
    predated = [t for t in dee["tasks"] if t["status"] == "not in version"]
    assert [t["id"] for t in predated] == ["6.6"] and dee["max_score"] == POINTS[6] - 1

    rows = gradebook(out, tmp_path)
    head = rows[0]
    assert "exercise 9" not in head and [h for h in head if h.startswith("exercise")] == [
        "exercise 4",
        "exercise 6",
    ]
    line = {r[0]: dict(zip(head, r, strict=True)) for r in rows[1:]}
    assert line["ann"]["exercise 4"] == "" and line["ann"]["exercise 6"] == "0"  # missing vs 0
    assert line["ann"]["missing"] == "1" and line["ann"]["max"] == f"{POINTS[4] + POINTS[6]:g}"
    assert line["bob"]["exercise 6"] == f"{POINTS[6]:g}" and line["bob"]["exercise 4"] == ""
    assert line["cy"]["ungraded"] == "1" and line["cy"]["exercise 6"] == ""
    assert line["dee"]["max"] == f"{POINTS[4] + POINTS[6] - 1:g}"  # 6.6 is not in dee's version
    assert line["dee"]["6.6"] == ""
