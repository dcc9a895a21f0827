"""Outcome: a founder's pitch told as the outcome (money raised for the company,
its investors, its product's figures in the market, others choosing it over a rival),
and a reputation told with whom it stands. Each with a story written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

STORY = (
    "As a small shop owner, I want a list of my unpaid bills, so that {}."
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def _outcome(said: str) -> str:
    return analyse(STORY.format(said), OVERDUE_INVOICES).state("outcome")


def test_raising_money_for_the_company_is_a_pitch() -> None:
    assert _outcome("we grow quickly and can raise our pre-seed round next spring") == "not met"
    assert _outcome("I get paid sooner and we impress our investors") == "not met"
    # a round of something else is no funding
    assert _outcome("I chase the late payers before the end of the month") == "met"


def test_the_tellers_product_figure_in_its_market_is_the_makers_gain() -> None:
    assert _outcome("I chase payers sooner and our invoicing app gets a 4.9 rating") == "not met"
    assert _outcome("our billing tool cuts churn among small firms") == "not met"
    # the persona's own shop, with no market figure, is left to the other checks
    assert _outcome("our shop can pay its own suppliers on time") != "not met"


def test_others_choosing_the_tellers_product_over_a_rival_is_the_makers_gain() -> None:
    assert _outcome("shop owners pick our app over the big accounting suites") == "not met"


def test_a_reputation_told_with_whom_it_stands_is_the_organisations_image() -> None:
    assert _outcome("the company's reputation with local banks goes up") == "not met"
