"""Kit wanted by its maker's name (``_makekit``), with a story written for the test and
a near form left alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import EMPTY_SHELVES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\nAcceptance criteria:\n"
    "- A shelf with nothing left is dropped from my pick list.\n"
    "- I am sent to the next shelf that holds the item."
)


def test_a_device_wanted_by_its_makers_name_is_not_met() -> None:
    text = (
        "As a warehouse picker, I want a Honeywell CT45 scanner that warns me when a shelf "
        "is empty, so that I don't walk to it for nothing." + CHECKS
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("problem") == "not met", result.feedback
    assert "Honeywell CT45 scanner" in result.feedback


def test_a_device_the_user_only_meets_is_left_alone() -> None:
    text = (
        "As a warehouse picker, I want my pick list to skip empty shelves, so that I don't "
        "walk to them for nothing. I carry a Honeywell scanner all day." + CHECKS
    )
    assert analyse(text, EMPTY_SHELVES).state("problem") == "met"
