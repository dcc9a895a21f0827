"""The outcome judge: the organisation's own money told by its staff as "our" (costs cut or
saved on, a premium kept; `_ourmoney.py`), reporting to its leadership, and a unit that
takes fewer contacts (`_words.py`). Each with a story written for the test and a near form
left alone."""

from __future__ import annotations

from outcome_cases import outcome_of


def test_our_costs_cut_or_saved_on_are_the_bodys_books() -> None:
    assert outcome_of("a depot supervisor", "I can reduce our costs") == "not met"
    assert outcome_of("a depot supervisor", "we can cut our agency spend") == "not met"
    assert outcome_of("a depot supervisor", "the vans are used well and we save on hire costs") == (
        "not met"
    )
    # the persona's own money, or a saving of their own time, is left alone
    assert outcome_of("a van driver", "I save on fuel by driving less") != "not met"
    assert outcome_of("a van driver", "I can reduce my waiting time at the gate") != "not met"


def test_our_premium_kept_is_the_bodys_books() -> None:
    assert outcome_of("a practice manager", "our indemnity premium doesn't go up") == "not met"
    assert outcome_of("a dairy manager", "no load is rejected and our margin is protected") == (
        "not met"
    )
    # a driver's own premium is their money
    assert outcome_of("a young driver", "my premium doesn't go up") != "not met"


def test_reporting_to_leadership_or_a_director_is_in_doubt() -> None:
    assert outcome_of("a site lead", "I can report fewer near misses to leadership") == "unsure"
    assert outcome_of("a site lead", "the monthly report to the director is right") == "unsure"
    # reporting to the persona's own customer is their work, left alone
    assert outcome_of("a site lead", "I can report delays to the customer early") != "unsure"


def test_a_unit_that_takes_fewer_calls_is_its_workload() -> None:
    assert outcome_of("a member", "the helpline takes fewer calls about late vans") == "not met"
    # the member's own calls saved are their gain
    assert outcome_of("a member", "I don't have to call the helpline to find my van") == "met"
