"""Manual marking: the export, and overrides that change exactly the named cells or nothing."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from conftest import synthetic, write_results

from pmcourse._batch import BatchResult
from pmcourse._cli import main
from pmcourse._cohort.report import render_report
from pmcourse._cohort.review import REVIEW_COLUMNS


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_export_lists_every_free_text_answer(tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.json", synthetic(4))
    out = tmp_path / "review.csv"
    assert main(["review", "export", str(results), "-o", str(out)]) == 0
    rows = rows_of(out)
    assert list(rows[0]) == REVIEW_COLUMNS
    assert [(r["learner"], r["task"]) for r in rows] == [(f"l{i}", "4.3") for i in range(4)]
    assert rows[0]["auto_score"] == "0.5" and rows[0]["max_score"] == "1"
    assert "no 'so that' part" in rows[0]["evidence"]
    assert rows[0]["score"] == rows[0]["comment"] == ""


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


def _with_one_review(learners: int = 4) -> BatchResult:
    batch = synthetic(learners)
    nb = next(n for n in batch.notebooks if n.learner == "l2" and n.tasks)
    nb.tasks[1] = nb.tasks[1].replace(status="review", feedback="? Persona: not sure")
    return batch


def test_export_lists_the_answers_that_need_a_human_look_first(tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.json", _with_one_review())
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
