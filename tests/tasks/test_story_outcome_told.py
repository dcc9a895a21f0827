"""The outcome judge: a person only informed or aware, of a thing or of a happening; a
duty met that is a numbered clause of a standard, official guidance or a signed
agreement; and an organisation's figure named by its acronym, counted by where it goes,
or held to a budget. Each with a story written for the test, and a near form the rule
must leave alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def _outcome(outcome: str) -> str:
    text = f"As a small shop owner, I want a list of my unpaid bills, so that {outcome}."
    return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")


def test_a_person_only_informed_or_aware_is_being_told() -> None:
    assert _outcome("I am informed when a supplier changes the due date") == "not met"
    assert _outcome("I am aware of the payment status") == "not met"
    assert _outcome("I'm kept informed about what is coming next week") == "not met"
    # people named as the subject are told all the same
    assert _outcome("the bookkeepers are kept informed") == "not met"
    # what knowing lets them do, after it, is the gain
    assert _outcome("I am aware of a late bill in time to pay it") == "met"
    assert _outcome("I am informed when a bill is due, so I can pay before the fee") == "met"
    assert _outcome("the accountants are aware of the fees and can plan the month") == "met"
    # a thing kept up to date is not a person told
    assert _outcome("my invoice list is up to date") == "met"


def test_a_clause_guidance_or_agreement_met_is_a_duty() -> None:
    assert _outcome("we meet section 4.2 of the trade credit standard") == "not met"
    assert _outcome("our shop complies with the bank's card-payment agreement") == "not met"
    assert _outcome("the shop meets HMRC guidance on record keeping") == "not met"
    # keeping to a plan the persona agreed is their own doing
    assert _outcome("I can keep to the payment plan I agreed with a supplier") == "met"


def test_an_organisations_figure_by_acronym_destination_or_budget() -> None:
    assert _outcome("our DSO improves") == "not met"
    assert _outcome("call volumes to the help desk fall") == "not met"
    assert _outcome("branch takings stay above the £5,000 target") == "not met"
    assert _outcome("spend stays within budget") == "not met"
    # a system named by its acronym that does something is no figure
    assert _outcome("our CRM shows the late ones first") == "met"
    # the persona's own budget is left to a reader
    assert _outcome("my spend stays within budget") != "not met"
