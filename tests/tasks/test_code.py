"""The code task (``_code.py``): hidden cases, results it cannot trust, bad definitions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from synthetic_tasks import CODE, assert_says_what_to_fix, verdict

from pmcourse import AnswerError
from pmcourse._tasks._base import NotAttempted


def _double_add(x: int, y: int) -> int:
    return 2 * (x + y)


def test_code_runs_hidden_cases_and_hides_their_inputs() -> None:
    assert verdict(CODE, _double_add).fraction == 1
    v = verdict(CODE, lambda x, y: x + y)
    assert v.fraction == pytest.approx(1 / 3)
    assert "small numbers" in v.feedback and "(1, 2)" not in v.feedback

    def boom(x: int, y: int) -> float:
        return x / y

    raised = verdict(CODE, boom)
    assert "raised ZeroDivisionError" in raised.feedback
    with pytest.raises(AnswerError, match="expects a function"):
        CODE.prepare("def f(): pass")


def test_code_placeholder_function_is_not_attempted() -> None:
    def unwritten(x: int, y: int) -> int:
        raise NotImplementedError

    with pytest.raises(NotAttempted):
        CODE.prepare(unwritten)


def test_code_rejects_tampered_results() -> None:
    with pytest.raises(AnswerError, match="unreadable"):
        CODE.revalidate([{"value": 6}])  # fewer results than cases
    with pytest.raises(AnswerError):
        CODE.revalidate("all pass")


# A badly defined code task says what to fix (see test_base.py for the rules
# every task shares).
BAD_CODE_TASKS = {
    "code without its function": (
        lambda: replace(CODE, starter="# write f here"),
        "its starter must define f()",
    ),
    "a hidden label in the prompt": (
        lambda: replace(CODE, prompt="Mind the case of small numbers."),
        "a hidden case's label shows",
    ),
}


@pytest.mark.parametrize("case", BAD_CODE_TASKS, ids=list(BAD_CODE_TASKS))
def test_a_badly_defined_code_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_CODE_TASKS[case])
