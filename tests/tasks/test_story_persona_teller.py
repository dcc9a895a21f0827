"""First-person prose with no role word: the teller is one of the users when what they
tell before the want is the need's own situation, and only then (``_teller.py``)."""

from __future__ import annotations

import pytest
from test_story_persona import CRITERIA, GARDEN, persona


@pytest.mark.parametrize(
    "prose",
    [
        # the story opens with the teller's own life in the need's situation
        (
            "I water the bean rows every evening and by Friday the tank is often empty. "
            "I want a text when the tank is low, so that I bring cans from home."
        ),
        # a letter whose writer tells the same, after the salutation
        (
            "Dear Plotly,\nI water the bean rows every evening and by Friday the tank is often "
            "empty. I would like a text when the tank is low, so that I bring cans from home."
        ),
    ],
)
def test_the_needs_own_situation_told_by_the_teller_is_a_user(prose: str) -> None:
    state, message = persona(prose + CRITERIA, GARDEN)
    assert state == "met" and "own situation" in message, message


@pytest.mark.parametrize(
    "prose",
    [
        # a life of the teller's own, but not the need's situation: for a reader to place
        (
            "I knit scarves for my grandchildren most evenings after work. I want a text "
            "when the tank is low, so that I bring cans from home."
        ),
        (
            "Dear Plotly,\nI knit scarves for my grandchildren most evenings after work. I "
            "would like a text when the tank is low, so that I bring cans from home."
        ),
    ],
)
def test_a_situation_outside_the_need_stays_unsure(prose: str) -> None:
    assert persona(prose + CRITERIA, GARDEN)[0] == "unsure"


@pytest.mark.parametrize(
    "prose",
    [
        # the teller names a role the scenario does not list: the role decides, not this
        (
            "I am plumber who fixes the water pipes and the tank is often empty. I want a text "
            "when the tank is low, so that I bring cans from home."
        ),
        # the teller builds the product or works for its maker
        (
            "I build the Plotly app and the water tank is often empty. I want a text when "
            "the tank is low, so that I bring cans from home."
        ),
    ],
)
def test_a_named_role_or_a_builder_is_not_placed_by_the_situation(prose: str) -> None:
    state, message = persona(prose + CRITERIA, GARDEN)
    assert state != "met" or "own situation" not in message, message
