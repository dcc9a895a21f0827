"""The outcome judge on an occasion felt better or a thing liked more (`_occasion.py`).
Each with a story written for the test, from trades other than the corpus slice that
showed them, and a near form the rule leaves alone."""

from __future__ import annotations

from outcome_cases import outcome_of


def test_an_occasion_felt_better_is_only_a_mood() -> None:
    assert outcome_of("a bride's mother", "the wedding day is less stressful") == "not met"
    assert outcome_of("a camper", "our weekend starts hassle-free") == "not met"
    assert outcome_of("a piano pupil", "each lesson is a lot more enjoyable") == "not met"
    # a plain state of things, or the occasion with something the persona does, is left alone
    assert outcome_of("a camper", "our pitch is ready when we arrive") != "not met"
    assert outcome_of("a camper", "I can check in without queuing at the gate") == "met"


def test_liking_a_thing_more_is_only_a_mood() -> None:
    assert outcome_of("a choir member", "I enjoy rehearsals a lot more") == "not met"
    assert outcome_of("a cruise passenger", "I can relax and enjoy the voyage") == "not met"
    # enjoying something, with no more of it, may be the need (a game, a meal out)
    assert outcome_of("a choir member", "I enjoy singing with the others") != "not met"
