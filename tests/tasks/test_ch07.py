"""Tasks of exercise 7: practitioners' perspectives."""

from __future__ import annotations

import pytest
from solution_cells import solved

from pmcourse import check


# ------------------------------------------------------------ 7.1 classify
def test_7_1_mixing_up_extend_and_challenge_explains_why() -> None:
    answer = dict(solved("7.1"))
    euphemism = (
        "A TPM title is often a euphemism for lower pay, grunt work and no say in the vision."
    )
    keyword = "In job searches, 'technical' mostly signals that the product is software."
    answer[euphemism] = "Extends"
    answer[keyword] = "Challenges"
    result = check("7.1", answer)
    assert result.status == "fail"
    assert "this reader says it often hides a lesser job" in result.feedback
    assert "without disputing anything" in result.feedback
    assert result.score == pytest.approx(5 / 7, abs=0.01)


def test_7_1_unknown_category_is_an_error() -> None:
    result = check("7.1", {next(iter(solved("7.1"))): "Neutral"})
    assert result.status == "error"
    assert "'Neutral' is not a category" in result.feedback


# ------------------------------------------------------------ 7.2 - 7.4 choice
@pytest.mark.parametrize(
    ("task_id", "letter", "phrase"),
    [
        ("7.2", "a", "development role with a PM title"),
        ("7.2", "c", "trust with the team"),
        ("7.2", "d", "Seniority changes scope"),
        ("7.3", "b", "the skills helped"),
        ("7.3", "c", "moved on to be a product owner"),
        ("7.3", "d", "Protecting a role at the product's expense"),
        ("7.4", "a", "Tone does not make an observation false"),
        ("7.4", "b", "throws away good jobs"),
        ("7.4", "d", "not how every company uses it"),
    ],
)
def test_wrong_choices_explain_themselves(task_id: str, letter: str, phrase: str) -> None:
    result = check(task_id, letter)
    assert result.status == "fail"
    assert phrase in result.feedback


# ------------------------------------------------------------ 7.5 ranking
def test_7_5_allowed_swaps_still_pass() -> None:
    order = list(solved("7.5"))
    order[0], order[1] = order[1], order[0]
    order[3], order[4] = order[4], order[3]
    assert check("7.5", order).status == "pass"


def test_7_5_trusting_the_title_first_explains_why() -> None:
    order = list(reversed(solved("7.5")))
    result = check("7.5", order)
    assert result.status == "fail"
    assert result.score == 0
    assert "the title is the weakest evidence" in result.feedback
    assert "postings are often pasted from templates" in result.feedback


def test_7_5_unknown_item_is_an_error() -> None:
    order = [*solved("7.5")[:-1], "A horoscope"]
    result = check("7.5", order)
    assert result.status == "error"
    assert "'A horoscope' is not one of the items" in result.feedback
