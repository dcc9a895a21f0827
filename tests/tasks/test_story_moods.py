"""The outcome judge on moods told at length (`_moods.py`): two moods joined, a mood joined
to liking the product or its maker, and being valued or heard, said of anyone. Each with a
story written for the test, from trades other than the corpus slice that showed them."""

from __future__ import annotations

from outcome_cases import outcome_of


def test_two_moods_joined_are_still_only_a_mood() -> None:
    assert outcome_of("a dog groomer", "I feel on top of my bookings and less rushed") == "not met"
    assert outcome_of("a tutor", "I feel prepared and more relaxed before lessons") == "not met"
    # a mood joined to something the persona then does is left to the other checks
    assert outcome_of("a tutor", "I feel prepared and can start each lesson on time") != "not met"


def test_a_mood_joined_to_liking_the_product_or_its_maker_is_no_gain() -> None:
    assert outcome_of("a gym member", "I feel motivated and love using the app") == "not met"
    assert outcome_of("a gym member", "I feel welcome and trust Fitloop") == "not met"
    assert outcome_of("a gym member", "I feel rewarded and keep coming back") == "not met"


def test_being_valued_or_heard_said_of_anyone_is_no_gain() -> None:
    assert (
        outcome_of("a ward nurse", "the patient feels respected, heard and cared for") == "not met"
    )
    assert outcome_of("a volunteer", "I feel my time is appreciated") == "not met"
    # a person valued and then doing something is not only a feeling
    assert outcome_of("a volunteer", "I can swap a shift without calling the office") == "met"


def test_worry_denied_of_nothing_named_is_only_a_mood() -> None:
    assert outcome_of("a dog walker", "I don't worry") == "not met"
    assert outcome_of("a dog walker", "I don't have to worry about it") == "not met"
    # the harm the worry is about is named: it may be the need, left to the other checks
    assert outcome_of("a dog walker", "I don't worry that the booking is lost") == "met"


def test_composure_or_peace_of_mind_over_a_state_of_things_is_only_a_mood() -> None:
    assert outcome_of("a tutor", "I feel confident my timetable is right") == "not met"
    assert (
        outcome_of("a tutor", "I have peace of mind that no lesson is double-booked") == "not met"
    )
    # checking the state of things is something the persona does
    assert outcome_of("a tutor", "I can confirm my timetable is right") == "met"


def test_a_slight_denied_is_only_a_mood_but_a_body_s_state_is_left_alone() -> None:
    assert outcome_of("a driver", "I don't feel cheated by the car park") == "not met"
    assert outcome_of("a driver", "I won't feel rushed at the machine") == "not met"
    # feeling ill is a state of the body, which may be the need itself
    assert outcome_of("a driver", "I don't feel sick on the way home") != "not met"


def test_a_bad_mood_of_the_personas_own_denied_is_only_a_mood() -> None:
    assert outcome_of("a dog walker", "I don't feel guilty") == "not met"
    assert outcome_of("a dog walker", "I'm not so nervous about the first walk") == "not met"
    # near form: a harm done to the persona, denied, may be the need itself
    assert outcome_of("a dog walker", "I'm not stranded at the park gate") != "not met"
