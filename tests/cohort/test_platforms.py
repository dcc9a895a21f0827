"""Grades into Canvas and Moodle, checked against the platforms' own import rules.

The cohort is laid out as the platforms' downloads name it, and each file the
gradebook writes is read back by a small model of the platform's importer, as
its source and documentation describe it:

* Canvas (``app/models/gradebook_importer.rb``): the header starts ``Student``,
  ``ID`` and ends its student columns with ``Section``; a column ``Title (id)``
  updates assignment *id*, any other title that is not an existing assignment's
  creates a new assignment; a row starting ``Points Possible`` describes the
  columns; a student is found by ``ID``, then SIS User ID, then SIS Login ID, then
  name, else is a new (unknown) student; a blank cell is no grade.
* Moodle's worksheet upload (``mod/assign/feedback/offline/importgradeslib.php``):
  needs the columns ``Identifier``, ``Grade`` and ``Last modified (grade)``; finds
  the participant by the number at the end of ``Participant 12345``.
* Moodle's gradebook import (``grade/import/csv/classes/load_data.php``): maps
  users by id, ID number, email or username; a user it cannot find stops the
  whole import; an empty cell or ``-`` is no grade, anything else must be a number.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from conftest import write_results

from pmcourse._cli import main
from pmcourse._schema import BatchResult, NotebookResult, TaskResult
from pmcourse._tasks import all_exercises, all_tasks

TITLE = {e.number: e.title for e in all_exercises()}
POINTS = {
    e.number: sum(t.points for t in all_tasks() if t.chapter == e.number) for e in all_exercises()
}
EX4, EX6 = "04-dont-design-the-solution.ipynb", "06-pm-and-product-owner.ipynb"


def _tasks(chapter: int, earned: int) -> list[TaskResult]:
    """The chapter's tasks, the first ``earned`` passed (a point each), the rest failed."""
    ids = [t.id for t in all_tasks() if t.chapter == chapter]
    return [
        TaskResult(tid, tid, "pass" if i < earned else "fail", float(i < earned), 1.0, "")
        for i, tid in enumerate(ids)
    ]


def _graded(path: str, chapter: int, earned: int) -> NotebookResult:
    return NotebookResult(path=path, status="graded", tasks=_tasks(chapter, earned))


def _results(tmp_path: Path, notebooks: list[tuple[str, NotebookResult]]) -> Path:
    for learner, nb in notebooks:
        nb.learner = learner
    return write_results(
        tmp_path / "results.json",
        BatchResult(notebooks=[nb for _, nb in notebooks], exercises=[4, 6]),
    )


# --- Canvas --------------------------------------------------------------------------------


def canvas_cohort(tmp_path: Path) -> Path:
    """Results of a Canvas "Download Submissions" of two assignments, as the grader names them."""
    d4, d6 = "Exercise 4 submissions/", "Week 6 submissions/"
    return _results(
        tmp_path,
        [
            ("smithjane_101", _graded(f"{d4}smithjane_101_9001_{EX4}", 4, 5)),
            ("smithjane_101", _graded(f"{d6}smithjane_101_9002_{EX6}", 6, 3)),
            ("haddadomar_102", _graded(f"{d4}haddadomar_LATE_102_9003_{EX4}", 4, 0)),  # scored 0
            (  # could not be graded
                "weili_103",
                NotebookResult(
                    path=f"{d4}weili_103_9004_{EX4}", status="error", error="The file is empty."
                ),
            ),
            ("weili_103", _graded(f"{d6}weili_103_9005_{EX6}", 6, 6)),
            ("ajbrown", _graded(f"ajbrown/{EX6}", 6, 2)),  # a folder named by SIS login
            ("anon_xK3p9", _graded(f"{d6}anon_xK3p9_9006_{EX6}", 6, 1)),  # anonymous grading
        ],
    )


def canvas_export(tmp_path: Path) -> Path:
    """An instructor's export (Grades, Export, Export Entire Gradebook), in Canvas's layout."""
    rows = [
        [
            "Student",
            "ID",
            "SIS User ID",
            "SIS Login ID",
            "Section",
            f"Exercise 4: {TITLE[4]} (5001)",
            "Week 6 notebook (5002)",
            "Quiz 1 (5003)",
            "Current Score",
            "Unposted Current Score",
            "Final Score",
        ],
        ["    Manual Posting", "", "", "", "", "", "Manual Posting", "", "", "", ""],
        [
            "    Points Possible",
            "",
            "",
            "",
            "",
            f"{POINTS[4]:g}",
            "10",
            "5",
            "(read only)",
            "(read only)",
            "(read only)",
        ],
        ["Smith, Jane", "101", "S1", "jsmith", "Section A", "", "", "4", "80", "80", "80"],
        ["Haddad, Omar", "102", "S2", "ohaddad", "Section A", "", "", "5", "100", "100", "100"],
        ["Wei, Li", "103", "S3", "lwei", "Section B", "6", "", "", "", "", ""],
        ["Brown, Ann", "104", "S4", "ajbrown", "Section B", "", "", "3", "60", "60", "60"],
        ["Student, Test", "999", "", "", "", "", "", "", "", "", ""],
    ]
    path = tmp_path / "export.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_text("\ufeff" + buf.getvalue(), encoding="utf-8")
    return path


def canvas_import(uploaded: list[list[str]], course: list[list[str]]) -> dict[str, object]:
    """A model of Canvas's gradebook importer: what an upload would change in the course."""
    head = uploaded[0]
    assert "Student" in head[0] and "ID" in head[1], "Canvas: invalid header row"
    section = head.index("Section")
    assert all(
        h in {"Student", "ID", "SIS User ID", "SIS Login ID", "Section"}
        for h in head[: section + 1]
    )
    existing = {}
    for title in course[0][section + 1 :]:
        m = re.match(r"^(.*?)\s*\((\d+)\)$", title)
        if m:
            existing[m.group(2)] = m.group(1)
    totals = re.compile(
        "Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override"
    )
    new_assignments, updates = [], {}
    for i, title in enumerate(head[section + 1 :], start=section + 1):
        if totals.search(title):
            continue
        m = re.match(r"^(.*?)\s*\((\d+)\)$", title)
        if not ((m and m.group(2) in existing) or title in existing.values()):
            new_assignments.append(title)
        updates[i] = title
    students = {r[1]: r for r in course[1:] if r[1]}
    new_students, grades = [], {}
    for row in uploaded[1:]:
        if "Points Possible" in row[0] or all(
            re.fullmatch(r"\s*(Muted|Manual Posting.*)?\s*", c) for c in row
        ):
            continue
        if row[1] not in students:
            new_students.append(row[0])
            continue
        for i in updates:
            grades[(row[0], head[i])] = row[i]
    return {"new_assignments": new_assignments, "new_students": new_students, "grades": grades}


def _run_gradebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[str, str]:
    out = tmp_path / "upload.csv"
    code = main(["gradebook", *argv, "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    return out.read_bytes().decode("utf-8"), err


def test_canvas_export_comes_back_filled_and_imports_without_new_assignments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results, export = canvas_cohort(tmp_path), canvas_export(tmp_path)
    text, err = _run_gradebook(
        tmp_path,
        capsys,
        str(results),
        "--layout",
        "canvas",
        "--template",
        str(export),
        "--map",
        "Exercise 6=Week 6 notebook",
    )
    before = list(csv.reader(io.StringIO(export.read_text(encoding="utf-8-sig"))))
    after = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert text.startswith("\ufeff") and "\r\n" in text  # written back as Canvas wrote it
    assert after[0] == before[0] and after[1] == before[1] and after[2] == before[2]
    model = canvas_import(after, before)
    assert model["new_assignments"] == [] and model["new_students"] == []
    grades = model["grades"]
    assert isinstance(grades, dict)
    ex4, wk6 = before[0][5], before[0][6]
    assert grades[("Smith, Jane", ex4)] == "5"  # matched by the Canvas id of her download
    assert grades[("Smith, Jane", wk6)] == f"{round(3 * 10 / POINTS[6], 2):g}"  # scaled to 10
    assert grades[("Haddad, Omar", ex4)] == "0"  # handed in, scored 0: a real zero
    assert grades[("Haddad, Omar", wk6)] == ""  # not handed in: no grade, not 0
    assert grades[("Wei, Li", ex4)] == "6"  # could not be graded: the grade Canvas had stays
    assert grades[("Wei, Li", wk6)] == "10"
    assert grades[("Brown, Ann", wk6)] == f"{round(2 * 10 / POINTS[6], 2):g}"  # by SIS login
    # Columns it does not own are kept: the quiz, the read-only totals, the test student.
    for a, b in zip(after[3:], before[3:], strict=True):
        assert a[:5] == b[:5] and a[7:] == b[7:]
    assert "anon_xK3p9" in err and "match no student" in err
    assert "1 student(s)" in err  # the test student has no results


def test_canvas_missing_zero_and_columns_found_by_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results, export = canvas_cohort(tmp_path), canvas_export(tmp_path)
    text, err = _run_gradebook(
        tmp_path,
        capsys,
        str(results),
        "--layout",
        "canvas",
        "--template",
        str(export),
        "--missing",
        "zero",
    )
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    omar = next(r for r in rows if r[0] == "Haddad, Omar")
    li = next(r for r in rows if r[0] == "Wei, Li")
    assert omar[5] == "0" and li[5] == "0"  # --missing zero: not handed in, not gradable
    assert omar[6] == ""  # exercise 6 has no column: Week 6 is not its title
    assert "No column for exercise(s) 6" in err and "--map" in err
    before = list(csv.reader(io.StringIO(export.read_text(encoding="utf-8-sig"))))
    assert rows[0] == before[0]


def test_canvas_creates_a_column_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results, export = canvas_cohort(tmp_path), canvas_export(tmp_path)
    text, err = _run_gradebook(
        tmp_path,
        capsys,
        str(results),
        "--layout",
        "canvas",
        "--template",
        str(export),
        "--create-columns",
    )
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    before = list(csv.reader(io.StringIO(export.read_text(encoding="utf-8-sig"))))
    assert rows[0][-1] == f"Exercise 6: {TITLE[6]}" and rows[2][-1] == f"{POINTS[6]:g}"
    assert canvas_import(rows, before)["new_assignments"] == [f"Exercise 6: {TITLE[6]}"]
    assert "--create-columns" in err


def test_canvas_refuses_without_an_export_and_a_bad_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = canvas_cohort(tmp_path)
    assert main(["gradebook", str(results), "--layout", "canvas"]) == 2
    assert "needs --template" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("name,score\nx,1\n", encoding="utf-8")
    assert main(["gradebook", str(results), "--layout", "canvas", "--template", str(bad)]) == 2
    assert "not a Canvas gradebook export" in capsys.readouterr().err
    assert (
        main(
            [
                "gradebook",
                str(results),
                "--layout",
                "canvas",
                "--template",
                str(canvas_export(tmp_path)),
                "--map",
                "Week 6",
            ]
        )
        == 2
    )
    assert "--map 'Week 6'" in capsys.readouterr().err


# --- Moodle ----------------------------------------------------------------------------------


def moodle_cohort(tmp_path: Path) -> Path:
    """One Moodle assignment per chapter (4.1+ folders): participant ids differ per assignment."""
    a4, a6 = "Exercise 4/", "Exercise 6/"
    return _results(
        tmp_path,
        [
            ("Jane Smith", _graded(f"{a4}Jane Smith_11_assignsubmission_file/{EX4}", 4, 7)),
            ("Jane Smith", _graded(f"{a6}Jane Smith_21_assignsubmission_file/{EX6}", 6, 3)),
            ("Omar Haddad", _graded(f"{a4}Omar Haddad_12_assignsubmission_file/{EX4}", 4, 0)),
            (
                "Li Wei",
                NotebookResult(
                    path=f"{a4}Li Wei_13_assignsubmission_file/{EX4}",
                    status="error",
                    error="Empty.",
                ),
            ),
            ("Li Wei", _graded(f"{a6}Li Wei_23_assignsubmission_file/{EX6}", 6, 6)),
            ("Dana Ortiz", _graded(f"{a6}Dana Ortiz_24_assignsubmission_file/{EX6}", 6, 1)),
        ],
    )


WORKSHEET_HEAD = [
    "Identifier",
    "Full name",
    "Email address",
    "Status",
    "Grade",
    "Maximum Grade",
    "Grade can be changed",
    "Last modified (submission)",
    "Last modified (grade)",
    "Feedback comments",
]


def worksheet(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    path = tmp_path / name
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([WORKSHEET_HEAD, *rows])
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def moodle_worksheet_upload(sheet: list[list[str]], participants: set[str]) -> dict[str, str]:
    """A model of Moodle's worksheet upload: Participant N -> the grade it would set."""
    head = sheet[0]
    for column in ("Identifier", "Grade", "Last modified (grade)"):
        assert column in head, f"Moodle: the worksheet has no {column} column"
    ident, grade = head.index("Identifier"), head.index("Grade")
    out = {}
    for row in sheet[1:]:
        pid = row[ident].removeprefix("Participant ")
        if pid in participants and row[grade] != "":
            out[pid] = row[grade]
    return out


def test_moodle_worksheet_per_assignment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = moodle_cohort(tmp_path)
    rows4 = [
        [
            "Participant 11",
            "Jane Smith",
            "jane@uni.example",
            "Submitted",
            "",
            "100",
            "Yes",
            "Monday, 1 December 2026, 10:00 AM",
            "-",
            "",
        ],
        [
            "Participant 12",
            "Omar Haddad",
            "omar@uni.example",
            "Submitted",
            "",
            "100",
            "Yes",
            "Monday, 1 December 2026, 11:00 AM",
            "-",
            "",
        ],
        [
            "Participant 13",
            "Li Wei",
            "li@uni.example",
            "Submitted",
            "55",
            "100",
            "Yes",
            "Monday, 1 December 2026, 9:00 AM",
            "Tuesday, 2 December 2026, 9:00 AM",
            "Good",
        ],
        [
            "Participant 14",
            "Kim Park",
            "kim@uni.example",
            "No submission",
            "",
            "100",
            "Yes",
            "-",
            "-",
            "",
        ],
    ]
    sheet4 = worksheet(tmp_path, "ws4.csv", rows4)
    text, err = _run_gradebook(
        tmp_path, capsys, str(results), "--layout", "moodle", "--template", str(sheet4)
    )
    after = list(csv.reader(io.StringIO(text)))
    assert after[0] == WORKSHEET_HEAD
    grades = moodle_worksheet_upload(after, {"11", "12", "13", "14"})
    assert grades == {"11": "100", "12": "0", "13": "55"}  # out of 100, as the assignment is
    for a, b in zip(after[1:], rows4, strict=True):  # only Grade changes
        assert a[:4] == b[:4] and a[5:] == b[5:]
    assert "exercise 4 for 3 participant(s)" in err
    rows6 = [
        [
            "Participant 21",
            "Jane Smith",
            "jane@uni.example",
            "Submitted",
            "",
            f"{POINTS[6]:g}",
            "Yes",
            "-",
            "-",
            "",
        ],
        [
            "Participant 23",
            "Li Wei",
            "li@uni.example",
            "Submitted",
            "",
            f"{POINTS[6]:g}",
            "Yes",
            "-",
            "-",
            "",
        ],
    ]
    sheet6 = worksheet(tmp_path, "ws6.csv", rows6)
    text, err = _run_gradebook(
        tmp_path, capsys, str(results), "--layout", "moodle", "--template", str(sheet6)
    )
    grades = moodle_worksheet_upload(list(csv.reader(io.StringIO(text))), {"21", "23"})
    assert grades == {"21": "3", "23": "6"}
    assert "Dana Ortiz" in err and "match no participant" in err


def test_moodle_worksheet_needs_its_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = moodle_cohort(tmp_path)
    bad = tmp_path / "old.csv"
    bad.write_text("Identifier,Full name,Grade\nParticipant 11,Jane Smith,\n", encoding="utf-8")
    assert main(["gradebook", str(results), "--layout", "moodle", "--template", str(bad)]) == 2
    assert "no Last modified (grade) column" in capsys.readouterr().err


def test_moodle_gradebook_import_keyed_by_the_roster(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = moodle_cohort(tmp_path)
    roster = tmp_path / "participants.csv"
    roster.write_text(
        "First name,Last name,ID number,Email address\n"
        "Jane,Smith,1001,jane@uni.example\nOmar,Haddad,1002,omar@uni.example\n"
        "Li,Wei,1003,li@uni.example\nKim,Park,1004,kim@uni.example\n",
        encoding="utf-8",
    )
    text, err = _run_gradebook(
        tmp_path, capsys, str(results), "--layout", "moodle", "--roster", str(roster)
    )
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "Email address",
        "Full name",
        f"Exercise 4: {TITLE[4]}",
        f"Exercise 6: {TITLE[6]}",
    ]
    # Moodle stops the whole import at a user it cannot find: every row must be a roster user.
    emails = {"jane@uni.example", "omar@uni.example", "li@uni.example", "kim@uni.example"}
    assert {r[0] for r in rows[1:]} <= emails
    for r in rows[1:]:
        assert all(c == "" or re.fullmatch(r"\d+(\.\d+)?", c) for c in r[2:])
    got = {r[0]: r[2:] for r in rows[1:]}
    assert got == {
        "jane@uni.example": ["7", "3"],
        "omar@uni.example": ["0", ""],  # scored 0; exercise 6 not handed in: no grade
        "li@uni.example": ["", "6"],  # exercise 4 could not be graded: no grade
    }
    assert "Dana Ortiz" in err and "not in the roster" in err
