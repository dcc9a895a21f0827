"""The topic rule for a want that asks for a thing of its own while the need's words come
only around it (_topic_focus)."""

from __future__ import annotations

import re

from pmcourse._tasks.story._topic_focus import off_object

# a need about swimming lessons that are cancelled: "lesson" and "cancel" are its terms
PATS = (
    re.compile(r"\blessons?\b", re.IGNORECASE),
    re.compile(r"\bcancel(?:led|lation)?\b", re.IGNORECASE),
)
NEED = "the need is to hear about cancelled lessons in time"


def _state(want: str) -> str | None:
    found = off_object(want, want, PATS, NEED, 1)
    return found.state if found else None


def test_a_booking_whose_object_is_not_the_need_is_another_feature() -> None:
    want = "to book a parking space at the pool before my cancelled lesson is moved"
    found = off_object(want, want, PATS, NEED, 1)
    assert found is not None and found.state == "not met"
    assert "book a parking space" in found.line
    assert _state("apply for a season ticket when lessons restart after a cancellation") == (
        "not met"
    )


def test_a_verb_that_only_makes_a_thing_is_unsure() -> None:
    assert _state("record my swim times in the app after each lesson is cancelled") == "unsure"


def test_a_want_whose_object_names_the_need_is_left_alone() -> None:
    # the near form: the same verb, the need's thing as its object
    assert _state("book a replacement lesson when mine is cancelled") is None
    assert _state("set up an alert for cancelled lessons") is None
    # no asking verb at all
    assert _state("see a parking space at the pool before my cancelled lesson") is None
    # what is quoted is not the want (a check carries the need instead)
    want = "to book a parking space at the pool for my lesson"
    assert off_object(want, "the lesson is cancelled", PATS, NEED, 1) is None
