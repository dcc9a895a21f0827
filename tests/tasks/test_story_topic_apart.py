"""The outcome that says a want serves the need must carry the need's term groups in
places of their own when the want leads with an action of its own (_topic_apart)."""

from __future__ import annotations

import re

from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._topic_apart import carried_apart

# two term groups that share a word: "waiting" is both the clinic's queue and the pain
PATS = (
    re.compile(r"\b(?:clinics?|queues?|waiting)\b", re.IGNORECASE),
    re.compile(r"\b(?:waiting|hours?|long)\b", re.IGNORECASE),
)

CLINIC = Scenario(
    name="CLINIC_QUEUES",
    need="patients need to know how long the queue at the walk-in clinic is before they go, "
    "so that they do not sit in the waiting room for hours",
    users="patients of a walk-in clinic",
    user_roles=("patient",),
    topic=(r"clinics?|queues?|waiting", r"waiting|hours?|long"),
)


def topic(text: str) -> str:
    return next(f.state for f in analyse(text, CLINIC).findings if f.criterion == "topic")


def test_one_word_read_as_two_groups_does_not_carry_the_need_for_an_own_action() -> None:
    assert not carried_apart(PATS, "so that nobody is left waiting", ["donate"], ["donate", "cash"])
    # the groups in places of their own
    assert carried_apart(PATS, "so that the queue is not hours", ["donate"], ["donate", "cash"])


def test_a_want_without_an_action_of_its_own_keeps_the_one_word() -> None:
    # the want's first word is not its own ask: the outcome's one word still says the need
    assert carried_apart(PATS, "so that nobody is left waiting", ["the"], ["cash", "box"])


WANT = (
    "As a patient, I want to set up a lift share with other patients to my walk-in clinic in "
    "the app, so that "
)
CHECKS = ".\n\nAcceptance criteria:\n- I can choose the days I travel.\n- I see who else is going."


def test_an_own_action_whose_outcome_names_the_need_in_one_word_is_not_kept() -> None:
    assert topic(WANT + "nobody is left waiting" + CHECKS) != "met"


def test_an_own_action_whose_outcome_names_the_whole_need_is_kept() -> None:
    assert topic(WANT + "I do not wait for hours in the clinic queue" + CHECKS) == "met"
