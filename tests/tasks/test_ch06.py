"""Tasks of exercise 6: the product manager and the product owner."""

from __future__ import annotations

from pathlib import Path

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import get_task
from pmcourse._tasks._choice import Choice
from pmcourse._tasks._classify import Classify
from pmcourse._tasks._numeric import Numeric

DOCS = Path(__file__).resolve().parents[2] / "docs"


# ------------------------------------------------------------ 6.1 numeric
@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        (18.75, "every other week"),
        (23.25, "on each of five days"),
        (13.25, "15% of a 40-hour week is 6 hours"),
        (17.75, "that is the PO share of the week"),
        (28.25, "you left out the time spent answering"),
        (19.75, "in full and the Daily Scrum only once"),
    ],
)
def test_6_1_typical_mistakes_get_their_explanation(value: float, phrase: str) -> None:
    result = check("6.1", value)
    assert result.status == "fail"
    assert phrase in result.feedback


def test_6_1_right_answer_within_tolerance() -> None:
    assert check("6.1", 22.25).status == "pass"
    assert check("6.1", 22.255).status == "pass"
    assert check("6.1", 22).status == "fail"


def test_6_1_prompt_states_the_precision_the_tolerance_needs() -> None:
    task = get_task("6.1")
    assert isinstance(task, Numeric)
    assert "two decimal places" in task.prompt
    assert task.tolerance < 0.05  # rounding 22.25 to one decimal place must not pass
    assert check("6.1", 22.3).status == "fail"
    assert check("6.1", 22.2).status == "fail"


def test_6_1_unknown_values_say_high_or_low() -> None:
    assert "more time than the schedule allows" in check("6.1", 35).feedback
    assert "too little" in check("6.1", 5).feedback


@pytest.mark.parametrize("bad", ["22.25", float("nan"), float("inf")])
def test_6_1_non_numbers_are_errors(bad: object) -> None:
    result = check("6.1", bad)
    assert result.status == "error"
    assert "Task 6.1 expects a number of hours" in result.feedback


# ------------------------------------------------------------ 6.3 classify
def test_6_3_swapped_roles_explain_why() -> None:
    answer = dict(solved("6.3"))
    answer["Refine and order the backlog with the team each week"] = "PM role"
    answer["Decide pricing and packaging for the next release"] = "PO role"
    result = check("6.3", answer)
    assert result.status == "fail"
    assert "ordering the Product Backlog is at the core" in result.feedback
    assert "pricing is a business decision" in result.feedback
    assert result.score == pytest.approx(6 / 8, abs=0.01)


def test_6_3_categories_are_case_insensitive_but_must_exist() -> None:
    answer = {k: v.upper() for k, v in solved("6.3").items()}
    assert check("6.3", answer).status == "pass"
    result = check("6.3", {"Set the 12-month roadmap for the product line": "Scrum Master"})
    assert result.status == "error"
    assert "'Scrum Master' is not a category" in result.feedback


def test_6_3_makes_no_sprint_review_gate() -> None:
    task = get_task("6.3")
    assert isinstance(task, Classify)
    assert not any("review" in item.lower() for item in task.items)
    why = dict(task.items)[
        "Check each finished story against its acceptance criteria during the Sprint"
    ]
    assert why[0] == "PO role"
    assert "never a gate" in why[1]


# ------------------------------------------------------------ 6.6 multi-select
def test_6_6_keys_the_areas_the_scrum_guide_does_not_list() -> None:
    task = get_task("6.6")
    assert isinstance(task, Choice)
    assert task.multiple
    assert check("6.6", ["b", "c", "e"]).status == "pass"
    partial = check("6.6", ["b", "c"])
    assert partial.status == "fail"
    assert partial.score == pytest.approx(2 / 3, abs=0.01)
    wrong = check("6.6", ["b", "c", "e", "d"])
    assert wrong.status == "fail"
    assert "first item in the Guide's description" in wrong.feedback


# ------------------------------------------------------------ 6.2, 6.4, 6.5 choice
@pytest.mark.parametrize(
    ("task_id", "letter", "phrase"),
    [
        ("6.2", "a", "still need an owner"),
        ("6.2", "c", "Too strong"),
        ("6.2", "c", "calls it controversial"),
        ("6.2", "d", "no authority over the Product Backlog"),
        ("6.4", "a", "adds a hand-off"),
        ("6.4", "b", "Preference is not a capacity argument"),
        ("6.4", "d", "repeats the mistake from chapter 4"),
        ("6.5", "a", "Nothing on the list faces the market"),
        ("6.5", "b", "No code, tests or documentation"),
        ("6.5", "c", "not schedule tracking"),
    ],
)
def test_wrong_choices_explain_themselves(task_id: str, letter: str, phrase: str) -> None:
    result = check(task_id, letter)
    assert result.status == "fail"
    assert phrase in result.feedback
