"""The outcome judge on contact that stops (``_contact.py``): people no longer calling,
emailing or raising tickets is read either way by careful readers, so it is unsure; the
callers' own relief and the persona's own are left alone. Stories written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._types import Finding

CHECKS = (
    "\n\nAcceptance criteria:\n- The customer sees the new date on the booking page\n"
    "- The customer gets a text when the date changes"
)


def _finding(persona: str, outcome: str) -> Finding:
    text = f"As {persona}, I want changed service dates shown online, so that {outcome}."
    return next(
        f for f in analyse(text + CHECKS, OVERDUE_INVOICES).findings if f.criterion == "outcome"
    )


def _outcome(persona: str, outcome: str) -> str:
    return _finding(persona, outcome).state


def test_people_who_stop_getting_in_touch_are_read_either_way() -> None:
    # a boiler firm, a dental surgery, a software help desk, a ferry office
    assert _outcome("a boiler service planner", "householders stop ringing the office") == "unsure"
    assert _outcome("a dental receptionist", "patients stop phoning the surgery") == "unsure"
    assert _outcome("a support lead", "clients stop logging tickets about renewals") == "unsure"
    assert _outcome("a ferry clerk", "the booking line stops ringing every morning") == "unsure"


def test_the_callers_relief_and_the_personas_own_are_left_alone() -> None:
    # the callers spared a chore, and the persona who stops calling, stay met
    assert _outcome("a householder", "I don't have to ring the office to check") == "met"
    assert _outcome("a boiler service planner", "householders don't have to phone us") == "met"
    assert _outcome("a site buyer", "I can stop chasing the merchant for dates") == "met"
    # contact that is no one getting in touch: systems that stop writing to a record
    found = _finding("a data engineer", "old jobs stop writing to the retired table")
    assert "getting in touch" not in found.message
