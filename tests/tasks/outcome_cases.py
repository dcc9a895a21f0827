"""One story frame for the outcome judge's tests: a fixed want and two plain checks, so
that only the persona and the outcome a test writes can change the verdict."""

from __future__ import annotations

import storydata

from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can see the next free slot on the first screen\n"
    "- A booked slot shows the time it starts"
)


def outcome_of(persona: str, outcome: str, scenario: str = "PARKING_FINES") -> str:
    """The outcome verdict on "As <persona>, I want to see the next free slot, so that
    <outcome>." with the two checks, in the named test scenario."""
    text = f"As {persona}, I want to see the next free slot, so that {outcome}."
    return analyse(text + CHECKS, storydata.scenario(scenario)).state("outcome")
