"""The outcome judge on an outcome about others (``_others.py``): the organisation's target
or money (``_orgtarget.py``), and a "so that" told after the first line of a longer answer,
with the near forms each leaves alone. Stories written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I see the booking on the start page\n- I get a text the day before"
)
ONE_LINE = "As a stock controller, I want returns logged at the counter, so that {}."
THREE_LINES = "As a stock controller\nI want returns logged at the counter\nso that {}."


def _outcome(form: str, outcome: str) -> str:
    return analyse(form.format(outcome) + CHECKS, OVERDUE_INVOICES).state("outcome")


def test_the_organisations_money_falling_is_not_the_personas_gain() -> None:
    assert _outcome(ONE_LINE, "shrinkage losses go down") == "not met"
    assert _outcome(ONE_LINE, "write-offs from damaged goods fall") == "not met"
    assert _outcome(ONE_LINE, "refunds and chargebacks are kept down") == "not met"


def test_money_owned_by_people_is_left_alone() -> None:
    assert _outcome(ONE_LINE, "customers' costs go down") == "met"


def test_a_percentage_or_day_count_target_is_not_a_gain() -> None:
    assert _outcome(ONE_LINE, "95% of returns are shelved the same day") == "not met"
    assert _outcome(ONE_LINE, "the quarterly audit is done by day 5") == "not met"


def test_a_clock_time_is_not_a_target() -> None:
    assert _outcome(ONE_LINE, "the van is loaded by 7am") != "not met"


def test_a_later_line_outcome_for_others_is_the_gain_the_persona_serves() -> None:
    told = "the returns shelf is cleared before the evening shift"
    assert _outcome(THREE_LINES, told) == "met"
    # the same clause as a one-line story stays for review: labels split there
    assert _outcome(ONE_LINE, told) == "unsure"


def test_a_later_line_figure_or_money_of_the_organisation_is_not_met() -> None:
    assert _outcome(THREE_LINES, "write-off losses fall") == "not met"
    assert _outcome(THREE_LINES, "the quarter's revenue targets are reached") != "met"
