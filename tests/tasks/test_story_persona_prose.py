"""Stories whose forms name no persona: first-person prose that tells the teller's own
life before a want (one of the users when that life is the need's situation, else a
reader places the teller, so the judge is unsure, never "none found"), and a note that opens with a role and puts the want on a label line."""

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


def test_the_needs_own_situation_told_first_names_the_persona() -> None:
    # first-person prose whose situation is the need's: one of the users speaks
    prose = (
        "I water twice a day in July. Each time I want to know the tank level first, "
        "so that I don't walk down for nothing."
    )
    state, message = persona(prose + CRITERIA, GARDEN)
    assert state == "met" and '"I water twice a day in July"' in message, message


@pytest.mark.parametrize(
    ("prose", "evidence", "state"),
    [
        # the teller's situation opens with something other than "I" or "My"; it is the
        # need's own, so the teller is one of the users
        (
            (
                "Last July the tank ran dry on a Sunday and I carried cans from home all week. "
                "What I want is a text when it is low, so that I plan my watering."
            ),
            "I carried cans from home all week",
            "met",
        ),
        # an easy-read form: the "Who I am" label is no clause; the clause after it is
        (
            (
                "Who I am: I rent two beds on the east side.\nWhat I need: a text when the tank "
                "is low.\nWhy: so I bring cans."
            ),
            "I rent two beds on the east side",
            "unsure",
        ),
        # a note of who typed it up before the letter's salutation
        (
            (
                "[typed up by my grandson]\n\nDear Plotly,\n\nI am 79 and I still water every "
                "day. I would like a text when the tank is low, so I do not walk down for nothing."
            ),
            "I am 79 and I still water every day",
            "met",
        ),
    ],
)
def test_the_tellers_own_situation_anywhere_before_the_want_is_read(
    prose: str, evidence: str, state: str
) -> None:
    # a careful reader places such a teller; "no persona found" would mislead
    found, message = persona(prose + CRITERIA, GARDEN)
    assert found == state and evidence in message, message


@pytest.mark.parametrize(
    "bare",
    [
        # a want first: the "I" clauses after it are the want's own, not the teller's life
        "I want a text when the tank is low. I carry cans otherwise, so I plan my watering.",
        # a team's voice, not a teller's
        "We need a text when the tank is low, so that members bring cans.",
        # only a form's label in the first person, nothing told after it
        "Who I am:\nWhat I need: a text when the tank is low.\nWhy: so cans come.",
    ],
)
def test_no_tellers_clause_before_the_want_is_not_read_as_one(bare: str) -> None:
    # (other rules may still be unsure of these; this one must not fire)
    _state, message = persona(bare + CRITERIA, GARDEN)
    assert "tells of themselves" not in message, message


def test_a_want_told_first_stays_unnamed() -> None:
    text = "I want a text when the tank is low. I carry cans otherwise, so I plan my watering."
    assert persona(text + CRITERIA, GARDEN)[0] == "not met"


@pytest.mark.parametrize(
    ("prose", "state"),
    [
        # the writer with their team: "we" may be a team's voice, for a reader to place
        (
            (
                "Every Saturday the tank runs dry and we only find out when the hose coughs. "
                "I'd like a text when it is low, so that we can fill it first."
            ),
            "unsure",
        ),
        # the writer's tie to the person they act for, in the need's own situation
        (
            (
                "As my mum's helper who books her watering slot (she uses a wheelchair), I want "
                "a text when the tank is low, so that I bring cans with me."
            ),
            "met",
        ),
    ],
)
def test_the_tellers_team_or_tie_to_someone_before_the_want(prose: str, state: str) -> None:
    found, message = persona(prose + CRITERIA, GARDEN)
    assert found == state, message


def test_we_wanting_with_nothing_told_first_stays_unnamed() -> None:
    # "we want" is the want itself, no situation told before it
    state, message = persona(
        "We want a text when the tank is low, so that we can bring cans." + CRITERIA, GARDEN
    )
    assert state == "not met", message
