"""The results model: one description, read back as written, schema 2 upgraded, damage named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest

from pmcourse._errors import ResultsError
from pmcourse._schema import (
    NOTEBOOK_STATUSES,
    SCHEMA,
    STATUSES,
    BatchResult,
    BatchSummary,
    NotebookResult,
    NotebookStatus,
    TaskResult,
    TaskStatus,
    decode,
    encode,
    upgrade,
)

SCHEMA2 = Path(__file__).parent / "data" / "results-schema2.json"


def _batch() -> BatchResult:
    tasks = [
        TaskResult("6.1", "One", "pass", 1, 1, "Right.", hint="Count hours.", link="https://x/"),
        TaskResult("6.2", "Two", "fail", 0.5, 2, "✔ Names a persona\n✘ States the outcome"),
        TaskResult("6.3", "Three", "not in version", 0, 3, "Your notebook predates this task."),
        TaskResult("6.4", "Four", "review", 0, 1, "A person will read this answer."),
    ]
    return BatchResult(
        notebooks=[
            NotebookResult(path="a/06.ipynb", status="graded", tasks=tasks, learner="a"),
            NotebookResult(
                path="a/01.ipynb", status="graded", tasks=[], learner="a", exercise=6, filed_as=1
            ),
            NotebookResult(path="b/06.ipynb", status="error", error="Cut off.", learner="b"),
            NotebookResult(path="b/01.ipynb", status="missing", learner="b", exercise=1),
        ],
        pmcourse="0.1.0",
        tasks_fingerprint="abc",
        exercises=[1, 6],
    )


def test_the_status_types_are_the_status_tables() -> None:
    assert get_args(TaskStatus) == tuple(STATUSES)
    assert get_args(NotebookStatus) == NOTEBOOK_STATUSES


def test_a_batch_reads_back_as_written() -> None:
    batch = _batch()
    again = decode(encode(batch), "r.json", BatchResult)
    assert again == batch
    assert again.schema == SCHEMA


def test_missing_ungradable_and_zero_are_three_things() -> None:
    batch = decode(encode(_batch()), "r.json", BatchResult)
    graded_zero, error, missing = batch.notebooks[1], batch.notebooks[2], batch.notebooks[3]
    assert (graded_zero.status, graded_zero.score) == ("graded", 0)
    assert (error.status, error.error) == ("error", "Cut off.")
    assert (missing.status, missing.exercise) == ("missing", 1)


def test_a_task_not_in_the_version_counts_towards_no_total() -> None:
    nb = _batch().notebooks[0]
    assert [t.counted for t in nb.tasks] == [True, True, False, True]
    assert (nb.score, nb.max_score) == (1.5, 4)  # 6.3's 3 points are in no total
    assert not nb.ok  # a fail; the task not in the version is not held against it


def test_a_misfiled_notebook_is_flagged() -> None:
    notebooks = _batch().notebooks
    assert [nb.misfiled for nb in notebooks] == [False, True, False, False]
    data = json.loads(encode(_batch()))
    assert data["notebooks"][1]["filed_as"] == 1 and data["notebooks"][1]["exercise"] == 6


def test_criteria_are_the_verdict_lines() -> None:
    task = _batch().notebooks[0].tasks[1]
    assert task.criteria == [(True, "Names a persona"), (False, "States the outcome")]
    assert task.failed_lines == ["✘ States the outcome"]


def test_scores_are_the_sum_of_the_tasks_whatever_the_file_says() -> None:
    data = json.loads(encode(_batch()))
    data["notebooks"][0]["score"] = 99
    batch = decode(json.dumps(data).encode(), "r.json", BatchResult)
    assert batch.notebooks[0].score == 1.5
    assert batch.score == 1.5


def test_the_layout_is_the_one_merge_relies_on() -> None:
    text = encode(_batch()).decode()
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    assert text.index('"notebooks"') > text.index('"interrupted"')  # the notebooks come last
    first = json.loads(text)["notebooks"][0]
    assert next(iter(first)) == "path"


def test_the_solution_a_learner_asked_for_is_not_a_field_the_grader_writes() -> None:
    data = json.loads(encode(_batch()))
    assert not {"solution", "answer", "checklist"} & set(data["notebooks"][0]["tasks"][0])


def test_a_schema_2_file_of_the_first_release_reads() -> None:
    # tests/data/results-schema2.json: 'pmcourse grade' of pmcourse 0.1 (schema 2) on two
    # learners, one notebook of which is cut off.
    raw = SCHEMA2.read_bytes()
    assert json.loads(raw)["schema"] == 2
    batch = decode(raw, str(SCHEMA2), BatchResult)
    assert batch.schema == SCHEMA
    assert [(nb.learner, nb.status) for nb in batch.notebooks] == [
        ("ana", "graded"),
        ("ben", "error"),
        ("ben", "graded"),
    ]
    assert batch.notebooks[0].score == 6 and batch.notebooks[2].tasks[0].status == "pass"
    assert batch.score == json.loads(raw)["score"]
    assert decode(raw, "x", BatchSummary).notebooks[1].error == batch.notebooks[1].error


def test_upgrade_reads_only_schema_2() -> None:
    with pytest.raises(ValueError, match="schema 2"):
        upgrade(_batch())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["notebooks"][1].update(score="4"),
            "notebook 2 is damaged: score is not a number.",
        ),
        (lambda d: d["notebooks"][0].update(path=3), "notebook 1 is damaged: path is not text."),
        (lambda d: d["notebooks"][0].pop("path"), "notebook 1 is damaged: no path."),
        (
            lambda d: d["notebooks"][0].update(status="done"),
            "notebook 1 is damaged: unknown status",
        ),
        (
            lambda d: d["notebooks"][0]["tasks"][1].update(status="great"),
            "notebook 1 is damaged: task 2 is not a task result: unknown status",
        ),
        (lambda d: d.update(schema=1), "has results schema 1; this pmcourse reads schema 2 and 3"),
        (lambda d: d.pop("notebooks"), "is not a pmcourse results file (no 'notebooks')."),
    ],
)
def test_damage_is_one_line_naming_the_place(change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(encode(_batch()))
    change(data)
    for kind in (BatchResult, BatchSummary):
        if kind is BatchSummary and "task 2" in message:
            continue  # the summary does not decode tasks
        with pytest.raises(ResultsError) as err:
            decode(json.dumps(data).encode(), "r.json", kind)
        assert message in str(err.value) and "\n" not in str(err.value), str(err.value)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"schema": 3, "notebooks": [', "r.json is not complete JSON (line 1)"),
        (b"[]", "not a pmcourse results file"),
        (b'{"cells": []}', "not a pmcourse results file"),
        (b'{"notebooks": ["\xff"]}', "not complete JSON (its bytes)"),
    ],
)
def test_what_is_not_results_says_so(raw: bytes, message: str) -> None:
    with pytest.raises(ResultsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        decode(raw, "r.json", BatchResult)


def test_an_unknown_task_status_is_refused_when_built() -> None:
    with pytest.raises(ValueError, match="unknown task status"):
        TaskResult("1.1", "t", "great", 0, 1, "")  # type: ignore[arg-type]
