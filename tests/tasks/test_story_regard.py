"""The outcome judge (``_regard``): how others rate or rank the organisation, its business
ratios, an act of the persona's that only the vendor gains from, and fewer contacts to an
organisation persona's "us". Each with a story written for the test, and a near form of
the persona's own gain that must stay met."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def _outcome(outcome: str, persona: str = "As a small shop owner, I want") -> str:
    text = f"{persona} a list of the unpaid bills, so that {outcome}."
    return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")


def test_a_ranking_or_review_score_is_how_others_rate_the_organisation() -> None:
    assert _outcome("our salon's Google ranking and reputation stay high") == "not met"
    assert _outcome("the garage's star rating does not slip") == "not met"
    # a reviewers' score of the persona's own is still the platform's figure
    assert _outcome("my seller rating goes up") == "not met"
    # choosing by others' ratings is the persona's own act
    assert _outcome("I can pick the best-rated plumber") == "met"


def test_a_business_ratio_is_the_organisations_figure() -> None:
    assert _outcome("our fuel cost stays below 12% and profit per delivery rises") == "not met"
    assert _outcome("revenue per seat goes up") == "not met"
    # the persona's own money is left alone
    assert _outcome("my shop's cash covers the wages") == "met"


def test_an_act_whose_only_beneficiary_is_the_vendor() -> None:
    assert _outcome("I give the garage a five-star review") == "not met"
    assert _outcome("I recommend the bakery to my friends") == "not met"
    # a review that warns others is the persona's own aim
    assert _outcome("I can warn other buyers about slow payers") == "met"


def test_fewer_contacts_to_us_told_by_the_organisation_itself() -> None:
    persona = "As the planning office, we want"
    assert _outcome("applicants stop phoning us for news", persona) == "not met"
    # told by a person, the calls they no longer make or take are their own gain
    assert _outcome("my customers stop phoning us about late parcels") == "met"
    assert _outcome("I get my refund without calling the desk") == "met"


def test_the_organisations_money_moved_beside_another_clause() -> None:
    persona = "As the accounts team, we want"
    assert _outcome("our creditor days fall and the directors are pleased", persona) == "not met"


def test_a_score_or_badge_a_platform_gives_kept_is_standing_not_a_gain() -> None:
    assert _outcome("my stall keeps its Top Seller badge and a 4.8 rating") == "not met"
    assert _outcome("the cafe doesn't lose its five-star rating") == "not met"
    # a credit rating, or staff keeping their ID badges, is no reviewers' score
    assert _outcome("I keep my credit rating") != "not met"
    assert _outcome("my drivers keep their ID badges") != "not met"
