"""Tasks of exercise 8: the capstone."""

from __future__ import annotations

import re

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import get_task
from pmcourse._tasks._choice import Choice
from pmcourse._tasks._numeric import Numeric
from pmcourse._tasks.ch04 import WEBHOOK_RETRIES
from pmcourse._tasks.story import Story


# ------------------------------------------------------------ 8.1 classify
def test_8_1_doing_the_job_description_quietly_explains_why() -> None:
    answer = dict(solved("8.1"))
    answer["Write the SDK reference documentation (in your job description)"] = "Keep"
    answer["Choose the message queue technology for the retry service"] = "Keep"
    result = check("8.1", answer)
    assert result.status == "fail"
    assert "raise it with your manager" in result.feedback
    assert "this is solution design" in result.feedback
    assert result.score == pytest.approx(6 / 8, abs=0.01)


def test_8_1_half_done_answer_is_scored_not_rejected() -> None:
    answer: dict[str, object] = dict.fromkeys(solved("8.1"), ...)
    answer["Run the daily stand-ups of the labels team"] = "Hand off"
    result = check("8.1", answer)
    assert result.status == "fail"
    assert result.score == pytest.approx(1 / 8, abs=0.01)
    assert "Not classified yet" in result.feedback


# ------------------------------------------------------------ 8.2 free text
def test_8_2_is_free_text_linked_to_where_stories_are_taught() -> None:
    task = get_task("8.2")
    assert isinstance(task, Story)
    assert task.scenario is WEBHOOK_RETRIES  # an API product: developers are its users
    assert task.section.startswith("chapters/04-dont-design-the-solution.html#ch04-")
    for part in ("persona", "so that", "acceptance criteria", "endpoint is down"):
        assert part in task.prompt.lower()


def test_8_2_model_story_states_the_need_not_the_design() -> None:
    story = get_task("8.2").solution
    assert re.search(r"^As an integrating developer\b.*?, I want .*?, so that ", story, re.DOTALL)
    lines = story.splitlines()
    start = lines.index("Acceptance criteria:")
    criteria = [line for line in lines[start + 1 :] if line.startswith("- ")]
    assert len(criteria) >= 2
    lowered = story.lower()
    for commitment in ("in order", "queue", "exponential", "back-off", "table", "database"):
        assert commitment not in lowered, commitment


def test_8_2_a_vague_wish_is_not_a_story_and_the_feedback_says_why() -> None:
    result = check("8.2", "We should make webhooks more reliable for our users so it is better.")
    assert result.status == "fail"
    assert result.score <= 0.4
    assert "✘ Persona: no persona found" in result.feedback
    assert "✘ Outcome: no outcome found" in result.feedback
    assert check("8.2", solved("8.2")).status == "pass"


# ------------------------------------------------------------ 8.3 numeric
def test_8_3_says_how_precisely_to_answer_and_links_to_the_method() -> None:
    task = get_task("8.3")
    assert isinstance(task, Numeric)
    assert "one\ndecimal place" in task.prompt or "one decimal place" in task.prompt
    assert f"within {task.tolerance:g}" in task.prompt
    assert task.section.startswith("chapters/06-pm-and-product-owner.html#ch06-")


def test_8_3_and_8_5_describe_the_same_week() -> None:
    """8.5 restates the hours of 8.3 instead of a vaguer 'much of your week'."""
    prompt = get_task("8.5").prompt
    assert "much of your week" not in prompt.lower()
    assert "18 hours" in prompt and "another 5" in prompt
    assert "9 hours of PO work" in get_task("8.3").prompt
    assert "5 hours a week" in get_task("8.3").prompt


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        (65, "one team only"),
        (55, "you left out the 5 hours"),
        (57.5, "the share taken by PO work and coordination"),
        (17, "that is the number of hours"),
        (0.425, "that is a fraction"),
    ],
)
def test_8_3_typical_mistakes_get_their_explanation(value: float, phrase: str) -> None:
    result = check("8.3", value)
    assert result.status == "fail"
    assert phrase in result.feedback


def test_8_3_right_answer_and_unknown_values() -> None:
    assert check("8.3", 42.5).status == "pass"
    assert check("8.3", 42.45).status == "pass"
    assert "more than the schedule leaves" in check("8.3", 90).feedback
    assert "too little" in check("8.3", 20).feedback


def test_8_3_text_is_an_error() -> None:
    result = check("8.3", "42.5%")
    assert result.status == "error"
    assert "Task 8.3 expects a percentage" in result.feedback


# ------------------------------------------------------------ 8.4, 8.5 choice
@pytest.mark.parametrize(
    ("task_id", "letter", "phrase"),
    [
        ("8.5", "a", "puts your role above the product"),
        ("8.5", "c", "Three backlogs would fill your week"),
        ("8.5", "d", "the 'design the solution yourself' trap"),
    ],
)
def test_wrong_choices_explain_themselves(task_id: str, letter: str, phrase: str) -> None:
    result = check(task_id, letter)
    assert result.status == "fail"
    assert phrase in result.feedback


def test_8_4_multi_select_scoring() -> None:
    task = get_task("8.4")
    assert isinstance(task, Choice)
    assert task.multiple
    assert check("8.4", ["a", "c", "e"]).status == "pass"
    result = check("8.4", ["a", "b", "c", "e"])
    assert result.status == "fail"
    assert "That is development output" in result.feedback
    assert result.score == pytest.approx(2 / 3, abs=0.01)
    result = check("8.4", ["d", "f"])
    assert result.score == 0
    assert "velocity says nothing" in result.feedback
    assert "Writing documentation is a non-PM deliverable" in result.feedback
