"""The numeric task (``_numeric.py``): tolerance, known mistakes, bad answers, bad definitions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from synthetic_tasks import NUMERIC, assert_says_what_to_fix, verdict

from pmcourse import AnswerError
from pmcourse._tasks._numeric import Mistake, Numeric


def _numeric(**changes: object) -> Numeric:
    return replace(NUMERIC, **changes)  # type: ignore[arg-type]


def test_numeric_known_mistakes_and_direction() -> None:
    assert verdict(NUMERIC, 24.2).fraction == 1
    assert "PO share" in verdict(NUMERIC, 16).feedback
    assert "too high!" in verdict(NUMERIC, 30).feedback
    assert "too low!" in verdict(NUMERIC, 1).feedback
    for bad in (True, "24", float("nan"), None):
        with pytest.raises(AnswerError):
            NUMERIC.prepare(bad)


# A badly defined numeric task says what to fix (see test_base.py for the rules
# every task shares).
BAD_NUMERIC_TASKS = {
    "numeric without precision": (
        lambda: _numeric(prompt="How many hours are left?"),
        "its prompt must say how precisely to answer",
    ),
    "a mistake that is right": (
        lambda: _numeric(mistakes=(Mistake(24.2, "x"),)),
        "the mistake 24.2 is within the tolerance",
    ),
}


@pytest.mark.parametrize("case", BAD_NUMERIC_TASKS, ids=list(BAD_NUMERIC_TASKS))
def test_a_badly_defined_numeric_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_NUMERIC_TASKS[case])
