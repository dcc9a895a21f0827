"""The outcome judge: composure or worry ended as the whole outcome (`_moods.py`),
what others give an organisation kept by it (`_standing.py`), an organisation's figure kept
from harm or shown in its report, and its target named in three words (`_measures.py`,
`_words.py`). Each with a story written for the test and a near form left alone."""

from __future__ import annotations

import storydata

from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can see the next free slot on the first screen\n"
    "- A booked slot shows the time it starts"
)


def _outcome(persona: str, outcome: str, scenario: str = "PARKING_FINES") -> str:
    text = f"As {persona}, I want to see the next free slot, so that {outcome}."
    return analyse(text + CHECKS, storydata.scenario(scenario)).state("outcome")


def test_composure_alone_of_anyone_is_no_gain() -> None:
    assert _outcome("a dog groomer", "I feel in control of my bookings") == "not met"
    assert _outcome("a tutor", "the whole team feels confident about the rota") == "not met"
    assert _outcome("a tutor", "I'm calm before lessons") == "not met"
    # feeling safe splits careful readers: still left unsure
    assert _outcome("a tutor", "I feel safe") == "unsure"
    # composure with something the persona then does is left to the other checks
    assert _outcome("a tutor", "I feel confident and can start each lesson on time") != "not met"


def test_worry_ended_of_nothing_named_is_no_gain() -> None:
    assert _outcome("a dog groomer", "I can stop worrying") == "not met"
    assert _outcome("a dog groomer", "I can sleep easy") == "not met"
    # a worry about something named, or real sleep planned, may be the need itself
    assert _outcome("a night nurse", "I can sleep until the slot instead of waiting up") == "met"
    assert _outcome("a dog groomer", "I don't worry that a dog is left waiting") == "met"


def test_what_others_give_an_organisation_kept_by_it_is_its_standing() -> None:
    assert _outcome("a gym receptionist", "the gym keeps its good reviews") == "not met"
    assert _outcome("a volunteer", "the youth club can keep its grant from the trust") == "not met"
    # people keeping what is theirs ("their") are left alone
    assert _outcome("a volunteer", "the drivers keep their booked slots") != "not met"


def test_an_organisations_figure_kept_from_harm_or_shown_in_its_report() -> None:
    assert _outcome("a gym receptionist", "Fitloop's ratings aren't hit by no-shows") == "not met"
    assert (
        _outcome("a tutor", "our annual report shows 95 per cent of lessons on time") == "not met"
    )
    # the persona's own report is theirs to judge
    assert _outcome("a tutor", "my report shows 95 per cent of lessons on time") != "not met"


def test_a_target_named_in_three_words_is_the_organisations() -> None:
    assert _outcome("a tutor", "the college hits its learner course completion target") == "not met"
    assert _outcome("a tutor", "the college hits its completion target") == "not met"
