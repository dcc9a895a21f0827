"""The outcome judge, round 42: an overseer named rather than told by its kind (its
inspection or audit, or the body finding nothing), the persona's review or recommendation
in a clause joined on, and a unit or business that has no more complaints. Each with a
story written for the test, and a near form the rule must leave alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def _outcome(outcome: str, persona: str = "a small shop owner") -> str:
    text = f"As {persona}, I want a list of my unpaid bills, so that {outcome}."
    return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")


def test_a_named_overseers_inspection_or_finding_is_how_the_body_is_judged() -> None:
    persona = "a practice manager"
    assert _outcome("the Charity Commission inspection goes well", persona) == "not met"
    assert _outcome("our books look tidy and the Ombudsman audit is clean", persona) == "not met"
    assert _outcome("staff keep calm and Trading Standards finds nothing", persona) == "not met"
    # the persona's own records ready for an inspection stay theirs, and a capital that
    # only starts a month or a determiner is no name
    assert _outcome("I have my records ready for the Ombudsman audit", persona) == "met"
    assert _outcome("our suppliers are paid before the May audit closes", persona) != "not met"


def test_a_review_or_recommendation_in_a_joined_clause_is_the_vendors_gain() -> None:
    assert _outcome("paying is painless and I leave a five-star review") == "not met"
    assert _outcome("the month closes quickly and I recommend the app to my friends") == "not met"
    # someone else's bad review avoided, or a plain clause joined to a plan, is left alone
    assert _outcome("I can pay on time and nobody leaves a one-star review") != "not met"
    assert _outcome("the month closes quickly and I can pay my rent") == "met"


def test_a_business_that_has_no_more_complaints_is_its_workload() -> None:
    persona = "a regular customer"
    assert _outcome("the bakery has no more complaints about late orders", persona) == "not met"
    # the persona with no more late fees of their own is a gain of theirs
    assert _outcome("I have no more late fees on my card", persona) == "met"
