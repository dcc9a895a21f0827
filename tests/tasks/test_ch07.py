"""Tasks of exercise 7: practitioners' perspectives."""

from __future__ import annotations

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import get_task
from pmcourse._tasks._classify import Classify


# ------------------------------------------------------------ 7.1 classify
def test_7_1_mixing_up_extend_and_challenge_explains_why() -> None:
    answer = dict(solved("7.1"))
    incoherent = next(item for item in answer if "incoherent" in item)
    keyword = next(item for item in answer if "hidden keyword" in item)
    answer[incoherent] = "Extends"
    answer[keyword] = "Challenges"
    result = check("7.1", answer)
    assert result.status == "fail"
    assert "doubts the article's proposal" in result.feedback
    assert "without disputing anything" in result.feedback
    assert result.score == pytest.approx(4 / 6, abs=0.01)


def test_7_1_keeps_the_sources_hedges() -> None:
    """Each point keeps its reader's hedge ("it does seem"), and no item counts readers."""
    task = get_task("7.1")
    assert isinstance(task, Classify)
    text = " ".join([task.prompt, task.solution, *task.items, *(w for _, w in task.items.values())])
    assert any(item.startswith("It does seem") for item in task.items)
    # the source gives no comment boundaries, so the task does not count readers
    assert "one reader" not in task.prompt
    # the skeptic's rule is hedged ("sometimes", "in my experience"): it fits more than one
    # stance, so it is discussed in the chapter and in 7.4-7.5, not keyed here
    assert not any("euphemism" in item for item in task.items)
    assert "no sense" not in text


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
        ("7.4", "b", "a company may use the title simply to attract"),
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
    assert "a posting may be pasted from a template" in result.feedback


def test_7_5_unknown_item_is_an_error() -> None:
    order = [*solved("7.5")[:-1], "A horoscope"]
    result = check("7.5", order)
    assert result.status == "error"
    assert "'A horoscope' is not one of the items" in result.feedback
