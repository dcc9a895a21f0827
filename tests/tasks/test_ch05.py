"""Tasks of exercise 5: non-PM deliverables and the Agile trap."""

from __future__ import annotations

from pathlib import Path

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import get_task
from pmcourse._tasks._choice import Choice
from pmcourse._tasks._code import Code

DOCS = Path(__file__).resolve().parents[2] / "docs"


# ------------------------------------------------------------ 5.1 classify
def test_5_1_wrong_categories_get_their_own_reason() -> None:
    answer = dict(solved("5.1"))
    answer["Ship backend features in Go alongside the team"] = "PM"
    answer["Brief Sales on the technical value of each release"] = "Non-PM"
    result = check("5.1", answer)
    assert result.status == "fail"
    assert "turns the PM into one more engineer" in result.feedback
    assert "translating between engineering and the rest of the company" in result.feedback
    assert result.score == pytest.approx(8 / 10, abs=0.01)


def test_5_1_docs_requirements_are_pm_and_writing_them_is_not() -> None:
    answer = dict(solved("5.1"))
    assert (
        answer["Set what the developer docs must let a new integrator do in the first hour"] == "PM"
    )
    assert answer["Write and maintain the reference pages for every endpoint yourself"] == "Non-PM"
    answer["Set what the developer docs must let a new integrator do in the first hour"] = "Non-PM"
    result = check("5.1", answer)
    assert result.status == "fail"
    assert "part of the product surface" in result.feedback


def test_5_1_partial_answer_lists_missing_items() -> None:
    answer = {"Build the admin screens in React": "non-pm"}
    result = check("5.1", answer)
    assert result.status == "fail"
    assert "Not classified yet" in result.feedback


def test_5_1_unknown_category_and_item() -> None:
    answer = dict(solved("5.1"))
    answer["Build the admin screens in React"] = "Engineering"
    result = check("5.1", answer)
    assert result.status == "error"
    assert "'Engineering' is not a category" in result.feedback
    result = check("5.1", {"Make coffee": "PM"})
    assert result.status == "error"
    assert "not one of the items" in result.feedback


# ------------------------------------------------------------ 5.2 code
def test_5_2_solution_passes_every_hidden_case() -> None:
    result = check("5.2", solved("5.2"))
    assert result.status == "pass"
    assert "9 of 9 hidden cases pass" in result.feedback


def test_5_2_visible_examples_hold() -> None:
    flag = solved("5.2")
    assert flag(["Own the product roadmap", "Write code for new endpoints"]) == [
        "Write code for new endpoints"
    ]
    assert flag(["Perform QA on every release", "Interview customers monthly"]) == [
        "Perform QA on every release"
    ]


def test_5_2_case_sensitive_function_fails_the_mixed_case_case() -> None:
    phrases = ("write code", "writing code", "qa", "build the ui", "write documentation")

    def naive(lines: list[str]) -> list[str]:
        return [line for line in lines if any(p in line for p in phrases)]

    result = check("5.2", naive)
    assert result.status == "fail"
    assert "upper or mixed case" in result.feedback


def test_5_2_substring_matching_fails_the_whole_word_case() -> None:
    phrases = (
        "write code",
        "writing code",
        "production code",
        "qa",
        "test cases",
        "manual testing",
        "write documentation",
        "writing documentation",
        "user manuals",
        "build the ui",
        "building the ui",
        "ui components",
    )

    def substring(lines: list[str]) -> list[str]:
        return [line for line in lines if any(p in line.lower() for p in phrases)]

    result = check("5.2", substring)
    assert result.status == "fail"
    assert "whole words only" in result.feedback
    assert "empty posting" not in result.feedback


def test_5_2_flagging_the_word_code_fails_its_case() -> None:
    flag = solved("5.2")

    def too_eager(lines: list[str]) -> list[str]:
        return [line for line in lines if line in flag([line]) or "code" in line.lower()]

    result = check("5.2", too_eager)
    assert result.status == "fail"
    assert "the word 'code' on its own" in result.feedback


def test_5_2_stripping_or_deduplicating_fails_those_cases() -> None:
    flag = solved("5.2")

    def stripped_unique(lines: list[str]) -> list[str]:
        out: list[str] = []
        for line in flag(lines):
            if line.strip() not in out:
                out.append(line.strip())
        return out

    result = check("5.2", stripped_unique)
    assert result.status == "fail"
    assert "repeated lines are kept" in result.feedback
    assert "exactly as given" in result.feedback


def test_5_2_a_function_that_raises_is_reported_per_case() -> None:
    def broken(_lines: list[str]) -> list[str]:
        raise ValueError("boom")

    result = check("5.2", broken)
    assert result.status == "fail"
    assert result.score == 0
    assert "raised ValueError: boom" in result.feedback


def test_5_2_unwritten_function_is_not_attempted() -> None:
    def flag_non_pm_duties(lines: list[str]) -> list[str]:
        raise NotImplementedError

    assert check("5.2", flag_non_pm_duties).status == "not attempted"


def test_5_2_feedback_never_shows_hidden_inputs() -> None:
    result = check("5.2", lambda _lines: [])
    assert "Qatar" not in result.feedback
    assert "billing service" not in result.feedback


def test_5_2_non_callable_is_an_error() -> None:
    result = check("5.2", ["Write code"])
    assert result.status == "error"
    assert "Task 5.2 expects a function" in result.feedback


def test_5_2_has_the_documented_shape() -> None:
    task = get_task("5.2")
    assert isinstance(task, Code)
    assert task.function_name == "flag_non_pm_duties"
    assert len(task.cases) >= 6


# ------------------------------------------------------------ 5.3 and 5.4 choice
@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("a", "warning sign, not proof"),
        ("b", "the coding wins almost every week"),
        ("d", "almost surely get a coder sitting in a 'marketing' chair"),
    ],
)
def test_5_3_wrong_options_explain_themselves(letter: str, phrase: str) -> None:
    result = check("5.3", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


def test_5_3_accepts_letter_variants_and_rejects_unknown() -> None:
    assert check("5.3", " C) ").status == "pass"
    result = check("5.3", "z")
    assert result.status == "error"
    assert "'z' is not an option" in result.feedback


def test_5_4_is_multi_select_with_partial_credit() -> None:
    task = get_task("5.4")
    assert isinstance(task, Choice)
    assert task.multiple
    partial = check("5.4", ["a", "c"])
    assert partial.status == "fail"
    assert partial.score == pytest.approx(2 / 3, abs=0.01)
    assert "left out 1 statement" in partial.feedback


def test_5_4_wrong_picks_cost_and_explain() -> None:
    result = check("5.4", "a, b, c, e")
    assert result.status == "fail"
    assert "small, purposeful use of a ceremony" in result.feedback
    assert result.score == pytest.approx(2 / 3, abs=0.01)
    result = check("5.4", ["d"])
    assert "Keeping the top of the backlog clear" in result.feedback
    assert result.score == 0


def test_5_4_rejects_unknown_letters() -> None:
    result = check("5.4", ["a", "x"])
    assert result.status == "error"
    assert "'x' is not an option" in result.feedback


# ------------------------------------------------------------ 5.5 ranking
def test_5_5_allowed_swaps_still_pass() -> None:
    order = list(solved("5.5"))
    order[0], order[1] = order[1], order[0]
    order[3], order[4] = order[4], order[3]
    assert check("5.5", order).status == "pass"


def test_5_5_putting_the_bug_fix_first_explains_why() -> None:
    order = list(solved("5.5"))
    order.remove("Fix a CSS bug on the settings page yourself")
    order.insert(0, "Fix a CSS bug on the settings page yourself")
    result = check("5.5", order)
    assert result.status == "fail"
    assert "fixing code is a development deliverable" in result.feedback


def test_5_5_putting_the_retro_first_explains_why() -> None:
    order = list(solved("5.5"))
    order.remove("Redesign the team's retrospective format")
    order.insert(0, "Redesign the team's retrospective format")
    result = check("5.5", order)
    assert result.status == "fail"
    assert "belongs to the team and its Scrum Master" in result.feedback


def test_5_5_missing_or_duplicate_items_are_errors() -> None:
    order = list(solved("5.5"))
    result = check("5.5", order[:-1])
    assert result.status == "error"
    assert "is missing" in result.feedback
    result = check("5.5", [*order[:-1], order[0]])
    assert result.status == "error"
    assert "appears more than once" in result.feedback


def test_5_2_a_function_that_prints_instead_of_returning_is_told_so() -> None:
    def prints(lines: list[str]) -> None:
        for line in lines:
            print(line)

    result = check("5.2", prints)
    assert "printed or yielded instead of returning a list (it returned None)" in result.feedback


def test_5_2_a_generator_is_told_to_return_a_list() -> None:
    def yields(lines: list[str]):  # type: ignore[no-untyped-def]
        yield from lines

    assert "(it returned a generator)" in check("5.2", yields).feedback


def test_5_2_feedback_never_echoes_the_hidden_postings() -> None:
    task = get_task("5.2")

    def flag_everything(lines: list[str]) -> list[str]:
        return [*lines]

    result = check("5.2", flag_everything)
    hidden = {line for case in task.cases for line in case.args[0]}  # type: ignore[attr-defined]
    assert not [line for line in hidden if line in result.feedback]
    assert "item(s) where" in result.feedback


def test_5_2_joined_phrases_count_as_rule_3_says() -> None:
    labels = [case.label for case in get_task("5.2").cases]  # type: ignore[attr-defined]
    assert any("hyphens or underscores" in label for label in labels)
