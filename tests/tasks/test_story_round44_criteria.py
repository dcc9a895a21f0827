"""Round 44, criteria wrongly "met": checks that name no thing ("none get missed"), that
only say it works ("should just work after a restart"), that judge with an adjective
("good error handling"), that lose unnamed "stuff", or that hedge ("ideally"). Each story
is written for the test, each with a near form the rule must leave alone."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._criteria import criterion_problem
from pmcourse._tasks.story._items import Item

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."


def _problem(text: str) -> str | None:
    return criterion_problem(Item(text=text, line=4, gherkin=False))


@pytest.mark.parametrize(
    "line",
    [
        "nothing gets missed",
        "none are lost",
        "it should just work after the nightly import",
        "works for every customer",
        "Everything works on the day",
        "good reminder handling",
        "proper late-payment alerts",
        "no missing stuff",
        "no late bill overlooked ideally",
    ],
)
def test_checks_that_name_nothing_observable_are_faulted(line: str) -> None:
    assert _problem(line), line


@pytest.mark.parametrize(
    "line",
    [
        # a named thing, what it does, and a plain loss of named things
        "No unpaid invoice is missing from the late list after the nightly import.",
        "The reminder works offline and is sent when the laptop reconnects.",
        "A bill paid in full drops off the list the next morning.",
        "Goods returned are listed with their credit note.",
    ],
)
def test_checks_naming_a_thing_and_its_result_are_left_alone(line: str) -> None:
    assert _problem(line) is None, line


def test_a_story_of_empty_checks_is_not_met() -> None:
    empty = (
        f"{CLERK}\n\nAcceptance criteria:\n- nothing gets missed\n"
        "- should just work after month end\n- good reminder handling"
    )
    assert analyse(empty, OVERDUE_INVOICES).state("criteria") == "not met"
    plain = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- When an invoice is 30 days past due, it appears in the late list with its customer.\n"
        "- A bill paid in full drops off the list the next morning."
    )
    assert analyse(plain, OVERDUE_INVOICES).state("criteria") == "met"
