"""Stories whose forms name no persona: first-person prose that tells the teller's own
life before a want (a reader places the teller, so the judge is unsure, never "none
found"), and a note that opens with a role and puts the want on a label line."""

from __future__ import annotations

import pytest
from test_story_persona import CRITERIA, GARDEN, persona


@pytest.mark.parametrize(
    "prose",
    [
        # the want is the story's last sentence
        (
            "I grow beans on the far plot most evenings after work. I'd like a text when "
            "the tank is low, so that I can bring cans from home."
        ),
        (
            "I water twice a day in July. Each time I want to know the tank level first, "
            "so that I don't walk down for nothing."
        ),
        # the teller's own people first, with a time that is no sentence end
        (
            "My daughter takes the 6.15 bus to the site on Saturdays. I want a message when "
            "the tank is low, so that she brings water with her."
        ),
    ],
)
def test_a_sentence_of_the_tellers_own_life_then_a_want_is_unsure(prose: str) -> None:
    state, message = persona(prose + CRITERIA, GARDEN)
    assert state == "unsure", message


@pytest.mark.parametrize(
    "bare",
    [
        # a want with nothing told of the teller first is no persona at all
        "I want a text when the tank is low, so that I can bring cans from home.",
        "I'd like a text when the tank is low. So that I can bring cans from home.",
        # the teller's own things, but no want of theirs follows
        (
            "My tank readings go on the shed door. Please send a text when it is low, so "
            "that cans come."
        ),
    ],
)
def test_a_want_without_the_tellers_own_life_stays_unnamed(bare: str) -> None:
    state, message = persona(bare + CRITERIA, GARDEN)
    assert state == "not met", message


def test_an_opening_role_then_a_want_label_line_names_the_persona() -> None:
    note = "Plot holder, east side (two beds).\nWant: a text when the tank is low.\nSo that: I bring cans."
    state, message = persona(note + CRITERIA, GARDEN)
    assert state == "met" and '"Plot holder"' in message, message
    # the same note with no want anywhere names nobody who asks for anything
    bare = "Plot holder, east side (two beds).\nThe tank runs low in July.\nSo that: cans come."
    assert persona(bare + CRITERIA, GARDEN)[0] != "met"
