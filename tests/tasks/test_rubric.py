"""The rubric task (``_rubric.py``): each missed point named, bad answers, bad definitions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from synthetic_tasks import RUBRIC, assert_says_what_to_fix, verdict

from pmcourse import AnswerError


def test_rubric_names_each_missed_point() -> None:
    assert verdict(RUBRIC, "As a buyer I want receipts").fraction == 1
    v = verdict(RUBRIC, "Add a receipts table please")
    assert v.fraction == 0
    assert "✘ names a persona: name who it is for." in v.feedback
    assert "drop the database detail" in v.feedback
    with pytest.raises(AnswerError, match="at least 3 words"):
        RUBRIC.prepare("too short")


# A badly defined rubric task says what to fix (see test_base.py for the rules
# every task shares).
BAD_RUBRIC_TASKS = {
    "a short model answer": (
        lambda: replace(RUBRIC, solution="Two words"),
        "model answer (solution) is shorter than min_words=3",
    ),
    "a rubric without criteria": (lambda: replace(RUBRIC, criteria=()), "at least one criterion"),
}


@pytest.mark.parametrize("case", BAD_RUBRIC_TASKS, ids=list(BAD_RUBRIC_TASKS))
def test_a_badly_defined_rubric_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_RUBRIC_TASKS[case])
