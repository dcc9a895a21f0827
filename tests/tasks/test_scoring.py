"""Answers have a size limit, and feedback quotes only a little of any answer."""

from __future__ import annotations

import time

import pytest

from pmcourse import check
from pmcourse._tasks import all_tasks, get_task
from pmcourse._tasks.scoring import FEEDBACK_LINE, FEEDBACK_LINES, grade_entry

TEXT_TASKS = [t.id for t in all_tasks() if type(t).__name__ in {"Story", "Rubric"}]
KIB = 2**10


@pytest.mark.parametrize("task_id", TEXT_TASKS)
def test_check_refuses_a_text_over_64_kib_in_one_line(task_id: str) -> None:
    answer = "As a finance clerk I want the export so that I close the month. " * 2000
    assert len(answer) > 64 * KIB
    start = time.perf_counter()
    result = check(task_id, answer)
    assert time.perf_counter() - start < 1  # refused before any analysis
    assert result.status == "error" and result.score == 0
    assert "\n" not in result.feedback
    assert "limited to 64 KiB" in result.feedback and f"Task {task_id}" in result.feedback


def test_a_text_just_under_the_limit_is_graded() -> None:
    task = get_task(TEXT_TASKS[0])
    answer = ("As a finance clerk I want the export so that I close the month. " * 2000)[
        : 64 * KIB - 10
    ]
    assert check(task.id, answer).status != "error"


@pytest.mark.parametrize("task_id", TEXT_TASKS)
def test_the_grader_refuses_an_oversize_record_the_same_way(task_id: str) -> None:
    task = get_task(task_id)
    entry = {"state": "answered", "data": "word " * (30 * 2**20 // 5)}  # 30 MiB
    start = time.perf_counter()
    result = grade_entry(task, entry)
    assert time.perf_counter() - start < 2
    assert result.status == "error" and result.score == 0
    assert "is 30.0 MiB" in result.feedback and "limited to 64 KiB" in result.feedback


def test_structured_answers_are_measured_as_recorded_data() -> None:
    chart = next(t for t in all_tasks() if type(t).__name__ == "Chart")
    big = {"axes": 1, "title": "x" * (300 * KIB), "xlabel": "", "ylabel": ""}
    result = grade_entry(chart, {"state": "answered", "data": {**big, "bars": []}})
    assert result.status == "error" and "limited to 256 KiB" in result.feedback
    code = next(t for t in all_tasks() if type(t).__name__ == "Code")
    forged = [{"value": ["line"] * 20000} for _ in code.cases]
    result = grade_entry(code, {"state": "answered", "data": forged})
    assert result.status == "error" and "limited to 64 KiB" in result.feedback


def test_wrong_answers_are_quoted_briefly() -> None:
    choice = next(t for t in all_tasks() if type(t).__name__ == "Choice")
    result = check(choice.id, "z" * 60000)
    assert result.status == "error"
    assert len(result.feedback) < 400 and "zzzz…" in result.feedback
    classify = next(t for t in all_tasks() if type(t).__name__ == "Classify")
    unknown = {f"item {i} " + "y" * 500: "x" for i in range(50)}
    result = check(classify.id, unknown)
    assert result.status == "error" and "47 more" in result.feedback
    assert len(result.feedback) < 600


def test_feedback_is_bounded_even_for_a_tampered_message() -> None:
    task = get_task(TEXT_TASKS[0])
    result = grade_entry(task, {"state": "error", "message": "m" * 10**6})
    assert len(result.feedback) <= 300
    story = get_task("1.1")
    # A verdict of any length is cut to lines of FEEDBACK_LINE characters, FEEDBACK_LINES lines.
    from pmcourse._tasks import scoring

    long = "\n".join(["x" * 5000] * 100)
    result = scoring._result(story, "fail", 0.0, long)
    lines = result.feedback.splitlines()
    assert len(lines) == FEEDBACK_LINES + 1 and lines[-1] == "… (60 more lines)"
    assert max(map(len, lines)) == FEEDBACK_LINE
