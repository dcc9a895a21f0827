"""Checks that name the kit the story prescribes in other words than the detail's own
(``_kitnames``), each with a story written for the test and a near form left alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._kitnames import kit_words, names_kit

STORE = {"storage and infrastructure"}
STYLE = {"UI layout and styling"}

SENSORS = (
    "As a warehouse picker, I want pallet weight sensors that report to the stock service "
    "every minute, so that I am not sent to empty shelves.\nAcceptance criteria:\n"
)
QUEUE = (
    "As a credit controller, I want unpaid invoices copied each night into a dead-letter "
    "queue for reminders, so that I can chase late payers.\nAcceptance criteria:\n"
)


def test_checks_of_the_prescribed_kit_in_the_other_number_are_not_met() -> None:
    # "weight sensors" in the want, "each sensor" in the checks: both test the kit
    text = SENSORS + (
        "- Each sensor reports its weight once a minute.\n"
        "- A sensor that goes offline raises an alarm."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "not met", result.feedback


def test_checks_of_what_the_picker_meets_beside_the_same_kit_stay_met() -> None:
    text = SENSORS + (
        "- A shelf with nothing left is dropped from my pick list.\n"
        "- I am sent to the next shelf that holds the item."
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"


def test_one_kit_check_beside_one_user_check_is_unsure() -> None:
    text = SENSORS + (
        "- Each sensor reports its weight once a minute.\n"
        "- I am sent to the next shelf that holds the item."
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "unsure"


def test_checks_of_the_prescribed_queue_by_its_initials_are_not_met() -> None:
    text = QUEUE + (
        "- Each overdue invoice lands in the DLQ by 6am.\n- Messages stay in the DLQ for a week."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_checks_of_what_the_controller_sees_beside_the_queue_stay_met() -> None:
    text = QUEUE + (
        "- I see each overdue invoice with its days late.\n"
        "- A paid invoice leaves my list the next morning."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_initials_match_only_a_word_in_capitals() -> None:
    words = kit_words([("a dead-letter queue", 1, STORE)], ["I want a dead-letter queue"])
    assert names_kit("Failed events wait in the DLQ", words)
    assert not names_kit("Failed events wait in the dlq folder of my inbox", words)
    assert not names_kit("The PDF is emailed", words)


def test_title_case_words_before_a_hit_are_the_product_it_belongs_to() -> None:
    line = "I want each van pinging the Routefind Maps API every minute"
    words = kit_words([("API", 1, {"internal interfaces"})], [line])
    assert names_kit("The Routefind Maps arrival time is shown", words)
    assert not names_kit("The arrival time is shown", words)


def test_a_style_gives_only_its_measures() -> None:
    # the banner is what the customer sees; its 56px height is the build
    words = kit_words([("a red banner 56px", 1, STYLE)], ["I want a red banner 56px"])
    assert not names_kit("Banner shows during an outage", words)
    assert names_kit("The banner is 56px tall", words)


def test_the_user_seeing_the_kit_is_what_they_meet() -> None:
    words = kit_words([("a live map layer", 1, STORE)], ["I want a live map layer"])
    assert not names_kit("I see the van on the map", words)
    assert names_kit("The map layer refreshes every minute", words)


def test_parts_of_a_name_in_code_match_only_as_written() -> None:
    words = kit_words([("drivers.off_shift", 1, STORE)], ["filled from drivers.off_shift"])
    assert names_kit("A job is moved when off_shift flips", words)
    assert not names_kit("A driver's job is moved to the next driver", words)


def test_an_endpoint_path_is_left_to_the_problem_judge() -> None:
    words = kit_words([("weight sensors", 1, STORE)], ["I want weight sensors"])
    assert not names_kit("POST /v2/sensors accepts a reading", words)
    assert names_kit("Each sensor posts a reading", words)
