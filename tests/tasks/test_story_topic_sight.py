"""The topic judge on wants whose only words of the need's problem are general ones
("see", "know", "before"): a want to see a thing of its own, or an action of its own on
the need's object, is another feature; the need's problem said in a general word's
clause ("see when ...") keeps the need. Written for a scenario of its own (a bike
share's docks), and for the course's own scenarios' wording."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._parse import parse
from pmcourse._tasks.story._topic_ask import other_ask
from pmcourse._tasks.story._topic_sight import sight_ask

DOCKS = Scenario(
    name="BIKE_DOCKS",
    need="riders need to know before they walk to a dock whether it has a working bike free",
    users="riders of the bike share",
    user_roles=("rider", "commuter", "member"),
    topic=(
        r"bikes?|docks?|stations?",
        r"free|available|empty|broken|working|see|know|when|before|where",
    ),
)


def topic(text: str, scenario: Scenario = DOCKS) -> str:
    for f in analyse(text, scenario).findings:
        if f.criterion == "topic":
            return f.state
    raise AssertionError("topic not judged")


_RIDE_CHECKS = "\nAcceptance criteria:\n- I can pick a month.\n- Each dock shows a total in pounds."


@pytest.mark.parametrize(
    "want",
    [
        "see the monthly cost of my rides from each dock",
        "know how much carbon my bike trips saved this year",
        "see my team's ride totals for each station",
    ],
)
def test_a_want_to_see_a_thing_of_its_own_is_another_feature(want: str) -> None:
    text = f"As a commuter, I want to {want}, so that I can plan my budget." + _RIDE_CHECKS
    assert topic(text) == "not met"


@pytest.mark.parametrize(
    "want",
    [
        # a clause after the verb of sight: the need's problem is what is seen
        "see when the dock near my office has a bike free",
        # an adverb, and the standing of the need's object
        "know straight away whether my dock has a bike",
        "see the status of each dock near me",
        # a later group's own word names the need's problem
        "see the number of free bikes at each dock",
    ],
)
def test_sight_of_the_needs_problem_is_left_alone(want: str) -> None:
    text = f"As a commuter, I want to {want}, so that I do not walk to an empty dock."
    assert sight_ask(parse(text, DOCKS), DOCKS) is None


def test_a_want_to_see_whose_object_is_the_needs_keeps_the_need() -> None:
    text = (
        "As a commuter, I want to see when the dock near my office has a bike free, so that "
        "I do not walk to an empty dock.\nAcceptance criteria:\n- Each dock shows how many "
        "working bikes are free.\n- A broken bike is not counted."
    )
    assert topic(text) == "met"


def test_an_action_of_its_own_whose_only_need_word_is_a_general_one_is_another_feature() -> None:
    # "see" is the need's only other word, and it only says where the rider saw the bike
    text = (
        "As a rider, I want to pin a dumped bike I see in a hedge on the map with a photo, "
        "so that it gets taken away.\nAcceptance criteria:\n- I can drop a pin and "
        "add a photo.\n- I get a reference number."
    )
    assert topic(text) == "not met"


def test_an_action_on_the_needs_problem_is_not_called_another_feature() -> None:
    # the near form: "broken" is the need's own problem, not a general word
    text = (
        "As a rider, I want to flag a broken bike at a dock with a photo, so that other "
        "riders know it is not working.\nAcceptance criteria:\n- I can mark a bike broken."
        "\n- The dock stops showing it as free."
    )
    assert topic(text) != "not met"


# The course's own scenarios, in wordings learners use
def test_overdue_invoices_at_the_top_keep_the_need() -> None:
    text = (
        "As a finance clerk, I want overdue invoices at the top of my dashboard when I log "
        "in.\nAcceptance criteria:\n- An invoice past its due date and not paid is at the top "
        "with its days late.\n- A paid invoice is gone from there."
    )
    assert topic(text, OVERDUE_INVOICES) == "met"


def test_invoices_over_the_due_date_keep_the_need() -> None:
    text = (
        "As a finance clerk, I want to see invoices which are over the due date, so that I can "
        "ring the customer that day.\nAcceptance criteria:\n- An invoice one day over the due "
        "date is in red.\n- A settled invoice is in black."
    )
    assert topic(text, OVERDUE_INVOICES) == "met"


def test_an_invoice_list_in_another_order_is_still_not_the_need() -> None:
    text = (
        "As a finance clerk, I want all invoices sorted by customer name at the top of the "
        "page, so that I can file them.\nAcceptance criteria:\n- Invoices are sorted A to Z."
        "\n- I can print the list."
    )
    assert topic(text, OVERDUE_INVOICES) != "met"


@pytest.mark.parametrize(
    "check",
    [
        (
            "Given bin 4-C has no more of the item, when my pick list is made, then bin 4-C "
            "is not on it"
        ),
        "A bin without the product is never on my pick list",
    ],
)
def test_a_shelf_with_no_more_of_the_item_keeps_the_need(check: str) -> None:
    text = f"Acceptance criteria:\n- {check}\n- My pick list then sends me to bin 4-D"
    assert topic(text, EMPTY_SHELVES) == "met"


def test_a_sight_whose_outcome_names_the_whole_need_is_left_alone() -> None:
    # the near form: the outcome names the need's problem in a word of its own
    text = (
        "As a commuter, I want to see the repair log of each dock, so that I do not walk to "
        "a dock with no working bike free."
    )
    assert sight_ask(parse(text, DOCKS), DOCKS) is None
    # only general words of the need in the outcome ("know where"): still a thing of its own
    other = "As a commuter, I want to see the repair log of each dock, so that I know where."
    assert sight_ask(parse(other, DOCKS), DOCKS) is not None


def test_an_action_of_its_own_whose_need_words_are_its_object_and_a_time_is_another_feature() -> (
    None
):
    # two words of its own ("e-sign", "waiver") against the need's object and a general
    # "before": the general word does not weigh as the need's
    text = (
        "As a commuter, I want to e-sign the waiver before I use a dock, so that I save time."
        "\nAcceptance criteria:\n- I can sign on my phone.\n- I get a copy by email."
    )
    assert other_ask("e-sign the waiver before I use a dock", DOCKS, "commuter", strict=True)
    assert topic(text) == "not met"
    # the near form: the need's own problem ("broken") is named, so nothing is asked besides
    assert not other_ask("e-sign the waiver when a dock is broken", DOCKS, "commuter", strict=True)


@pytest.mark.parametrize(
    ("want", "other"),
    [
        # a general head ("list") is named by the word before it, past a "monthly"
        ("see the monthly price list for each dock", True),
        # near forms: a bare general head, a head of the need's, the standing of a dock
        ("see the list of each dock", False),
        ("see the free bike list for each dock", False),
        ("see the monthly status of each dock", False),
    ],
)
def test_a_general_head_is_named_by_the_word_before_it(want: str, other: bool) -> None:
    text = f"As a commuter, I want to {want}, so that I can plan my budget."
    assert (sight_ask(parse(text, DOCKS), DOCKS) is not None) is other
