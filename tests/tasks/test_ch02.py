"""Tasks of exercise 2: what technical skill buys you."""

from __future__ import annotations

from pathlib import Path

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import ch02

CHAPTER = (
    Path(__file__).resolve().parents[2] / "docs" / "chapters" / "02-what-technical-skill-buys.md"
)


# ------------------------------------------------------------ 2.1 classify
def test_2_1_each_misplaced_situation_gets_its_reason() -> None:
    answer = dict(solved("2.1"))
    answer["Engineers start inviting the PM to early technical discussions"] = "Tech trends"
    answer["The PM offers CSV import now and the rare file formats next quarter"] = "Team trust"
    answer["A bank's security chief asks how encryption keys are managed, and the PM answers"] = (
        "Trade-offs"
    )
    result = check("2.1", answer)
    assert result.status == "fail"
    assert "sign of trust from the development team" in result.feedback
    assert "trading depth" in result.feedback
    assert "can block a deal" in result.feedback
    assert result.score == pytest.approx(3 / 6, abs=0.01)


def test_2_1_trend_needs_a_customer_problem() -> None:
    answer = dict(solved("2.1"))
    answer["The PM sees that a new passkey standard could remove the login complaints"] = (
        "Customer technologists"
    )
    result = check("2.1", answer)
    assert "reading tech trends" in result.feedback


def test_2_1_unknown_category_is_an_error() -> None:
    answer = dict(solved("2.1"))
    answer["Engineers start inviting the PM to early technical discussions"] = "Trust"
    result = check("2.1", answer)
    assert result.status == "error"
    assert "'Trust' is not a category" in result.feedback


# ------------------------------------------------------------ 2.2 classify
def test_2_2_design_decisions_claimed_by_the_pm_fail_with_reasons() -> None:
    answer = dict(solved("2.2"))
    answer["Pick the caching strategy for the search service"] = "PM"
    answer["Write the task-by-task estimate the team commits to for the data migration"] = "PM"
    result = check("2.2", answer)
    assert result.status == "fail"
    assert "Stay informed about it, do not make it" in result.feedback
    assert "question it, not replace it" in result.feedback
    assert result.score == pytest.approx(5 / 7, abs=0.01)


def test_2_2_trade_offs_need_both_sides() -> None:
    answer = dict(solved("2.2"))
    answer["Decide how much of the next sprint goes to technical debt"] = "Engineering"
    answer["Agree how much scope to cut to hit the launch date"] = "PM"
    result = check("2.2", answer)
    assert "it is a negotiation" in result.feedback
    assert "the trade-off needs both" in result.feedback


def test_2_2_the_user_problem_is_the_pms_without_conceding_it_to_the_team() -> None:
    answer = dict(solved("2.2"))
    assert answer["Decide which user problem the new export feature must solve"] == "PM"
    answer["Decide which user problem the new export feature must solve"] = "Both"
    result = check("2.2", answer)
    assert result.status == "fail"
    assert "the problem and the persona" in result.feedback
    assert "reviews" not in result.feedback


def test_2_2_items_from_another_task_are_errors() -> None:
    result = check("2.2", {"Set the product roadmap": "PM"})
    assert result.status == "error"
    assert "not one of the items" in result.feedback


# ------------------------------------------------------------ 2.3 and 2.5 choice
@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("a", "being involved in the design"),
        ("b", "Too far the other way"),
        ("d", "going over the tech lead's head"),
    ],
)
def test_2_3_each_wrong_option_explains_itself(letter: str, phrase: str) -> None:
    result = check("2.3", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("a", "technology for its own sake"),
        ("c", "rarely ask for technologies by name"),
        ("d", "That is designing the solution"),
    ],
)
def test_2_5_each_wrong_option_explains_itself(letter: str, phrase: str) -> None:
    result = check("2.5", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


def test_2_5_unknown_option_is_an_error() -> None:
    result = check("2.5", "e")
    assert result.status == "error"
    assert "'e' is not an option" in result.feedback


# ------------------------------------------------------------ 2.4 multi-select
def test_2_4_doing_the_teams_work_costs_points_and_says_why() -> None:
    result = check("2.4", ["a", "b", "c", "e"])
    assert result.status == "fail"
    assert "That is the team's work: not designing the solution but doing it" in result.feedback
    assert result.score == pytest.approx(2 / 3, abs=0.01)


def test_2_4_solution_tells_doing_from_designing() -> None:
    task = next(t for t in ch02.TASKS if t.id == "2.4")
    assert "(b) is doing the team's work" in " ".join(task.solution.split())
    assert "(d) is designing the solution" in " ".join(task.solution.split())


def test_2_4_prescribing_a_pattern_is_designing() -> None:
    result = check("2.4", ["a", "c", "d", "e"])
    assert "technical decision for the team" in result.feedback


def test_2_4_missing_good_uses_are_counted() -> None:
    result = check("2.4", "a")
    assert result.status == "fail"
    assert "left out 2" in result.feedback


def test_2_4_picking_only_wrong_options_scores_zero() -> None:
    result = check("2.4", ("b", "d"))
    assert result.score == 0


def test_informed_not_involved_is_labelled_as_the_courses_reading() -> None:
    text = " ".join(CHAPTER.read_text(encoding="utf-8").split())
    assert "in this course's reading, aim to be informed" in text
    assert "pitfall" in text.split("(ch02-informed-not-involved)=", 1)[1].split("| Informed", 1)[0]
