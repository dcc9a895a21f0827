"""The choice task (``_choice.py``): one letter or several, partial credit, bad answers."""

from __future__ import annotations

from dataclasses import replace

import pytest
from synthetic_tasks import CHOICE, MULTI, assert_says_what_to_fix, verdict

from pmcourse import AnswerError
from pmcourse._tasks._choice import Option


def test_choice_explains_the_picked_option() -> None:
    assert verdict(CHOICE, "b").fraction == 1
    wrong = verdict(CHOICE, " A) ")
    assert wrong.fraction == 0 and "alpha" in wrong.feedback


@pytest.mark.parametrize("bad", [None, 3, "", "z", ["b"]])
def test_choice_rejects_malformed(bad: object) -> None:
    with pytest.raises(AnswerError, match=r"^Task 99\.1 expects one letter; "):
        CHOICE.prepare(bad)


def test_multi_choice_partial_credit_and_penalty() -> None:
    assert verdict(MULTI, ["a", "c"]).fraction == 1
    half = verdict(MULTI, "a")
    assert half.fraction == 0.5 and "left out 1" in half.feedback
    assert verdict(MULTI, "a, b").fraction == 0
    assert "beta fails" in verdict(MULTI, {"a", "b"}).feedback


# A badly defined choice task says what to fix (see test_base.py for the rules
# every task shares).
BAD_CHOICE_TASKS = {
    "two right options": (
        lambda: replace(
            CHOICE, options={"a": Option("A", True, "x."), "b": Option("B", True, "y.")}
        ),
        "exactly one right option, not 2",
    ),
    "options share a why": (
        lambda: replace(
            CHOICE, options={"a": Option("A", True, "x."), "b": Option("B", False, "x.")}
        ),
        "every option needs its own explanation",
    ),
    "options not lettered": (
        lambda: replace(
            CHOICE, options={"a": Option("A", True, "x."), "c": Option("C", False, "y.")}
        ),
        "letter them 'a', 'b', 'c'",
    ),
    "a why in the prompt": (
        lambda: replace(CHOICE, prompt="Pick one. B is right because of beta."),
        "an option's explanation shows in the notebook",
    ),
}


@pytest.mark.parametrize("case", BAD_CHOICE_TASKS, ids=list(BAD_CHOICE_TASKS))
def test_a_badly_defined_choice_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_CHOICE_TASKS[case])
