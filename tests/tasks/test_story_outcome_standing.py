"""The outcome judge: composure or worry ended as the whole outcome (`_moods.py`),
what others give an organisation kept by it (`_standing.py`), an organisation's figure kept
from harm or shown in its report, and its target named in three words (`_measures.py`,
`_words.py`), a standard met or a status kept by the organisation (`_standing.py`), and
something done to the thing sooner (`_others.py`). Each with a story written for the test
and a near form left alone."""

from __future__ import annotations

from outcome_cases import outcome_of


def test_composure_alone_of_anyone_is_no_gain() -> None:
    assert outcome_of("a dog groomer", "I feel in control of my bookings") == "not met"
    assert outcome_of("a tutor", "the whole team feels confident about the rota") == "not met"
    assert outcome_of("a tutor", "I'm calm before lessons") == "not met"
    # feeling safe splits careful readers: still left unsure
    assert outcome_of("a tutor", "I feel safe") == "unsure"
    # composure with something the persona then does is left to the other checks
    assert outcome_of("a tutor", "I feel confident and can start each lesson on time") != "not met"


def test_worry_ended_of_nothing_named_is_no_gain() -> None:
    assert outcome_of("a dog groomer", "I can stop worrying") == "not met"
    assert outcome_of("a dog groomer", "I can sleep easy") == "not met"
    # a worry about something named, or real sleep planned, may be the need itself
    assert outcome_of("a night nurse", "I can sleep until the slot instead of waiting up") == "met"
    assert outcome_of("a dog groomer", "I don't worry that a dog is left waiting") == "met"


def test_what_others_give_an_organisation_kept_by_it_is_its_standing() -> None:
    assert outcome_of("a gym receptionist", "the gym keeps its good reviews") == "not met"
    assert (
        outcome_of("a volunteer", "the youth club can keep its grant from the trust") == "not met"
    )
    # people keeping what is theirs ("their") are left alone
    assert outcome_of("a volunteer", "the drivers keep their booked slots") != "not met"


def test_an_organisations_figure_kept_from_harm_or_shown_in_its_report() -> None:
    assert outcome_of("a gym receptionist", "Fitloop's ratings aren't hit by no-shows") == "not met"
    assert (
        outcome_of("a tutor", "our annual report shows 95 per cent of lessons on time") == "not met"
    )
    # the persona's own report is theirs to judge
    assert outcome_of("a tutor", "my report shows 95 per cent of lessons on time") != "not met"


def test_a_target_named_in_three_words_is_the_organisations() -> None:
    assert (
        outcome_of("a tutor", "the college hits its learner course completion target") == "not met"
    )
    assert outcome_of("a tutor", "the college hits its completion target") == "not met"


def test_money_coming_in_to_a_body_kept_by_it_is_its_standing() -> None:
    # income that comes in to the organisation, told with "the" instead of "its"
    assert (
        outcome_of("a volunteer", "the youth club doesn't lose the membership income") == "not met"
    )
    # a person keeping money of theirs is left alone
    assert outcome_of("a volunteer", "the driver doesn't lose the income from her shifts") != (
        "not met"
    )


def test_an_inspection_passed_or_a_policy_kept_is_the_organisations_duty() -> None:
    assert outcome_of("a dog groomer", "we pass the council's fire safety inspection") == "not met"
    assert outcome_of("a tutor", "the college complies with its attendance policy") == "not met"
    # the persona reading a policy, or their own thing inspected, is left to other checks
    assert outcome_of("a tutor", "I can read the attendance policy before I book") != "not met"
    assert outcome_of("a dog groomer", "my van passes its inspection first time") != "not met"


def test_a_standard_or_rule_the_organisation_meets_is_its_duty() -> None:
    assert outcome_of("a ward clerk", "the clinic meets its two-day reply standard") == "not met"
    assert (
        outcome_of("a cafe manager", "our kitchen complies with the county's hygiene rules")
        == "not met"
    )
    # a standard named as the customers' own serves people: left to the other checks
    assert outcome_of("a cafe manager", "we meet our guests' dietary requirements") != "not met"


def test_a_status_or_rating_the_organisation_keeps_is_its_standing() -> None:
    assert outcome_of("a ward clerk", "the clinic keeps its Outstanding rating") == "not met"
    assert outcome_of("a ward clerk", "Brookfield keeps its silver partner status") == "not met"
    # people keeping a title of their own ("their") are left alone
    assert outcome_of("a ward clerk", "nurses keep their gold badges") != "not met"


def test_peace_of_mind_or_composure_with_when_it_is_felt_is_no_gain() -> None:
    assert (
        outcome_of("a shop owner", "I have peace of mind when the whole team goes on holiday")
        == "not met"
    )
    assert outcome_of("a shop owner", "I feel confident heading into the holidays") == "not met"
    assert outcome_of("a van driver", "I'm not so fed up by the last drop") == "not met"
    # something the persona then does, after the feeling, is left to the other checks
    assert (
        outcome_of("a shop owner", "I have peace of mind and can close the till at six")
        != "not met"
    )


def test_something_done_to_the_thing_sooner_is_not_a_vague_state() -> None:
    # an event done to the thing, with only its speed vague: readers split
    assert outcome_of("a cyclist", "it gets repaired sooner") == "unsure"
    # a vague state of the thing itself stays no gain
    assert outcome_of("a cyclist", "it's always up to date") == "not met"
