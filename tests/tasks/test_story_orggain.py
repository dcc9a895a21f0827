"""The outcome judge on the organisation's own gain told through the user
(``_orggain.py``), with the near forms it leaves alone. Stories written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I see the booking on the start page\n- I get a text the day before"
)


def _outcome(persona: str, outcome: str) -> str:
    text = f"As {persona}, I want my booking confirmed online, so that {outcome}."
    return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")


def test_the_organisation_claiming_or_scoring_through_the_persona_is_its_gain() -> None:
    # a museum member, a theatre usher, a gym front desk
    assert _outcome("a museum member", "the museum can reclaim tax on my membership fee") == (
        "not met"
    )
    assert _outcome("a theatre usher", "I seat people faster and the theatre's rating goes up") == (
        "not met"
    )
    assert _outcome("a gym member", "the gym can charge my card without asking me") == "not met"


def test_what_the_organisation_does_for_the_persona_stays_theirs() -> None:
    assert _outcome("a patient", "the pharmacy can have my prescription ready when I come") == (
        "met"
    )
    assert _outcome("a theatre usher", "I seat people faster and my shift ends on time") == "met"
