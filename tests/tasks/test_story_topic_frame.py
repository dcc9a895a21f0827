"""A frame word of the outcome ("before", "instead", "when" as a conjunction) alone is no
part of the need that the want leaves out (_topic_frame)."""

from __future__ import annotations

import re

from pmcourse._tasks.story import Scenario
from pmcourse._tasks.story._parse import parse
from pmcourse._tasks.story._topic_frame import unframed

PATS = (
    re.compile(r"\b(?:parcels?|deliver(?:y|ies))\b", re.IGNORECASE),
    re.compile(r"\b(?:late|before|when|missed)\b", re.IGNORECASE),
)
SHOP = Scenario(
    name="LATE_PARCELS",
    need="customers need to know when a late parcel will come",
    users="customers of an online shop",
    user_roles=("customer",),
    topic=(r"parcels?|deliver(?:y|ies)", r"late|before|when|missed"),
)


def _gain(text: str) -> str:
    p = parse(text, SHOP)
    assert p.outcome
    return unframed(p.outcome.text, PATS, p)


def test_frame_word_alone_is_blanked() -> None:
    text = (
        "As a customer, I want to save gift wrapping for my parcels, "
        "so that my parcels look nice before the party.\n"
        "Acceptance criteria:\n- I can pick a paper\n- I see the paper on my order"
    )
    assert "before" not in _gain(text)


def test_frame_word_kept_when_want_carries_the_group() -> None:
    text = (
        "As a customer, I want to be told when my parcel is late, "
        "so that I am home before it comes.\n"
        "Acceptance criteria:\n- I get a message\n- the message shows the new time"
    )
    assert "before" in _gain(text)


def test_need_word_in_outcome_is_kept() -> None:
    text = (
        "As a customer, I want to save gift wrapping for my parcels, "
        "so that a missed parcel is wrapped before the party.\n"
        "Acceptance criteria:\n- I can pick a paper\n- I see the paper on my order"
    )
    assert "before" in _gain(text)


def test_know_when_is_not_a_frame() -> None:
    text = (
        "As a customer, I want to save gift wrapping for my parcels, "
        "so that I know when the parcels come.\n"
        "Acceptance criteria:\n- I can pick a paper\n- I see the paper on my order"
    )
    assert "when" in _gain(text)
