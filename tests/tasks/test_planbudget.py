"""Task 9.7: a budget that caps only tokens, or only estimates the cost, is left to a reader."""

from __future__ import annotations

import pytest

from pmcourse import check
from pmcourse._tasks.planbudget import loose_budget

# Every part of a plan but its budget, at a length the prompt asks for.
_REST = (
    "Test set: 250 real enquiries from the last two months, picked at random. Measure: two "
    "team leads mark every draft usable or not usable against our rubric. Bar: at least 80% "
    "usable. Varying outputs: each enquiry runs three times and every run is marked. When: "
    "before launch and after every prompt or model change. "
)


def _budget_line(budget: str) -> str:
    result = check("9.7", _REST + budget)
    return next(ln for ln in result.feedback.splitlines() if "cost or latency budget" in ln)


@pytest.mark.parametrize(
    "budget",
    [
        "Budget: no more than 2,500 tokens per draft, prompt and reply together.",
        "We cap each draft at 1,200 input and 250 output tokens.",
    ],
)
def test_a_cap_in_tokens_alone_is_left_to_a_reader_and_quoted(budget: str) -> None:
    line = _budget_line(budget)
    assert line.startswith("? Sets a cost or latency budget:")
    assert "tokens" in line and "caps tokens" in line


@pytest.mark.parametrize(
    "budget",
    [
        "Budget: the feature will cost about $3,900 a month at our volume, which finance signed off.",
        "Cost: we expect roughly 2,700 euros per month from last task's figures.",
    ],
)
def test_an_estimate_of_the_cost_alone_is_left_to_a_reader(budget: str) -> None:
    line = _budget_line(budget)
    assert line.startswith("? Sets a cost or latency budget:")
    assert "estimates what the feature will cost" in line


@pytest.mark.parametrize(
    "budget",
    [
        # a limit in money or time, with or without tokens or an estimate beside it
        "Budget: at most 2,500 tokens and under 2 cents per draft.",
        "Budget: under 1 cent per draft, about $3,900 a month at our volume.",
        "Budget: 1 cent per draft.",
        "Latency: drafts appear in about 3 seconds, never more than 6.",
        "Each draft must be ready within 5 seconds.",
    ],
)
def test_a_limit_in_money_or_time_is_a_budget(budget: str) -> None:
    assert _budget_line(budget).startswith("✔ Sets a cost or latency budget:")


def test_a_plan_whose_only_question_is_its_budget_goes_to_a_human() -> None:
    result = check("9.7", _REST + "Budget: at most 2,000 tokens per draft in total.")
    assert result.status == "review"
    assert not any(ln.startswith("✘") for ln in result.feedback.splitlines())


def test_other_lines_and_plans_with_no_budget_sentence_are_left_alone() -> None:
    line = "✔ Says when the eval runs: before launch"
    assert loose_budget(line, ["Budget: 500 tokens per draft."]) == line
    tick = '✔ Sets a cost or latency budget: "under 1 cent"'
    assert loose_budget(tick, []) == tick
