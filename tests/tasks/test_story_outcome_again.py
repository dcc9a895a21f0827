"""The outcome judge: the want's own act done to the people it is for, a bare relief of
worry, and keywords in a long sentence. Each with a story written for the test, in a
trade of its own."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse

VET = Scenario(
    need=(
        "pet owners need to be reminded before their pet's vaccination falls due, and "
        "reception staff need to see which owners have not booked, so that no pet goes "
        "unvaccinated"
    ),
    topic=(
        "vaccinations?|boosters?|jabs?|pets?|dogs?|cats?",
        "due|reminders?|remind(ed)?|late|book(ed)?",
    ),
    users="pet owners and reception staff at a veterinary practice",
    user_roles=("owner", "receptionist"),
)
CHECKS = (
    "\n\nAcceptance criteria:\n- A text goes out two weeks before a booster is due\n"
    "- An owner who has not booked gets a second text a week later"
)


def test_the_wanted_act_done_to_its_people_repeats_the_want() -> None:
    text = (
        "As a vet receptionist, I want booster reminders sent by text, so that owners get reminded."
    )
    result = analyse(text + CHECKS, VET)
    assert result.state("outcome") == "not met", result.feedback
    assert "wanted thing is done" in result.feedback


def test_a_different_act_done_to_people_is_left_alone() -> None:
    # being booked in is not the reminding the want asks for: a further result
    text = (
        "As a vet receptionist, I want booster reminders sent by text, so that pets get vaccinated."
    )
    result = analyse(text + CHECKS, VET)
    assert result.state("outcome") != "not met", result.feedback


def test_the_wanted_act_done_with_more_after_it_is_left_alone() -> None:
    text = (
        "As a vet receptionist, I want booster reminders sent by text, so that owners get "
        "reminded without me phoning forty people on a Monday."
    )
    result = analyse(text + CHECKS, VET)
    assert result.state("outcome") != "not met", result.feedback


def test_peace_of_mind_alone_is_no_gain() -> None:
    text = "As a dog owner, I want a text before each booster is due, so that I have peace of mind."
    result = analyse(text + CHECKS, VET)
    assert result.state("outcome") == "not met", result.feedback
    assert "is content" in result.feedback


def test_being_reassured_alone_is_no_gain() -> None:
    text = "As a cat owner, I want a text before each booster is due, so that I feel reassured."
    result = analyse(text + CHECKS, VET)
    assert result.state("outcome") == "not met", result.feedback


def test_a_harm_the_persona_stops_worrying_about_is_left_alone() -> None:
    # a named worry, and what the persona is spared, is more than a mood
    text = (
        "As a dog owner, I want a text before each booster is due, so that I don't have to "
        "cancel the kennel booking when his jab has lapsed."
    )
    result = analyse(text + CHECKS, VET)
    assert result.state("outcome") == "met", result.feedback


def test_four_keywords_inside_a_long_sentence_are_a_phrase() -> None:
    # "late booster reminders due": four keywords in a row, a small part of a sentence
    # with its own subject and verbs
    text = (
        "As a practice manager, I want to see which texts went out late, so that our "
        "monthly audit stops counting late booster reminders due as missed and the "
        "partners stop asking me to check every one by hand."
    )
    result = analyse(text + CHECKS, VET)
    assert result.state("outcome") == "met", result.feedback
    assert "strings keywords" not in result.feedback


def test_four_keywords_as_most_of_a_short_outcome_are_a_heap() -> None:
    text = "As a practice manager, I want texts for boosters, so that late booster reminders due."
    result = analyse(text + CHECKS, VET)
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert result.state("outcome") == "unsure", result.feedback
    assert "keywords strung together" in result.feedback


def _outcome(outcome: str) -> tuple[str, str]:
    text = f"As a pet owner, I want a text before my dog's booster is due, so that {outcome}."
    result = analyse(text + CHECKS, VET)
    return result.state("outcome"), result.feedback


def test_a_notice_told_as_a_noun_is_being_told() -> None:
    # "I get a notification": the wanted notice again, told by its noun
    state, feedback = _outcome("I get a notification")
    assert state == "not met", feedback
    assert "persona is told" in feedback
    assert _outcome("we receive an alert")[0] == "not met"
    # a notice that says what it lets the persona do is left alone
    assert _outcome("I get a reminder to book before the practice fills up")[0] == "met"


def test_knowing_a_clause_with_nothing_named_is_bare_knowing() -> None:
    state, feedback = _outcome("I know what's happening")
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert state == "unsure", feedback
    assert "only says the persona knows" in feedback
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert _outcome("I know where things stand")[0] == "unsure"
    # the same clause with a use of the knowing is left alone
    assert _outcome("I know what's happening and can book the jab before we travel")[0] == "met"


def test_a_mood_told_by_a_preposition_and_noun_is_a_mood_change() -> None:
    state, feedback = _outcome("I feel more in control and less stressed before the visit")
    assert state == "not met", feedback
    assert "feel better than now" in feedback
    assert _outcome("I feel more at ease")[0] == "not met"
    # a mood joined to something the persona can then do is left alone
    assert _outcome("I feel more in control and can plan the walk around the jab")[0] == "met"


def test_a_feeling_of_being_listened_to_and_valued_is_being_regarded() -> None:
    state, feedback = _outcome("I feel listened to and valued by the practice")
    assert state == "not met", feedback
    assert "how others regard the persona" in feedback
    assert _outcome("I feel cared for and respected by the vets")[0] == "not met"
    # being listened to joined to an act of the persona's own is left alone
    assert _outcome("I feel listened to and can ask about side effects")[0] == "met"


def test_passing_what_the_persona_learns_on_to_others_is_no_repeat_of_the_want() -> None:
    # "be told ... so that I can tell the customers ... before ...": the receptionist's
    # own act for other people, not the want again with only a time added
    text = (
        "As a receptionist, I want to be told soon when booster slots we have booked are "
        "moved, with the old and new slot, so that I can tell the customers their new slot "
        "before the day." + CHECKS
    )
    outcome = next(f for f in analyse(text, VET).findings if f.criterion == "outcome")
    assert outcome.state == "met", outcome.message


def test_the_want_again_with_only_a_time_added_is_still_a_repeat() -> None:
    text = (
        "As a receptionist, I want to see which boosters fall due, so that I see which "
        "boosters fall due before the week starts." + CHECKS
    )
    outcome = next(f for f in analyse(text, VET).findings if f.criterion == "outcome")
    assert outcome.state == "not met", outcome.message
