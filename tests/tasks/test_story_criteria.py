"""The acceptance-criteria judge: Gherkin outcomes as checks, checks that are not the
user's (aggregate metrics, styling), each with a story written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PICKER = "As a warehouse picker, I want my list to skip empty shelves, so that I walk less."


def test_one_gherkin_scenario_counts_each_outcome() -> None:
    # one scenario, a Then and an And after it: two things the clerk can observe, even
    # when the And line holds a "when" of its own
    text = (
        f"{CLERK}\n\nGiven a bill that fell due last Friday and is unpaid\n"
        "When I open the invoices page on Monday\n"
        "Then the bill sits in the late section with its customer and its total\n"
        "And when the customer settles it, the bill drops out of the section the next morning"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_gherkin_outcomes_judged_one_by_one() -> None:
    # a vague Then does not sink the plain And beside it: one sure check and one doubtful
    text = (
        f"{PICKER}\n\nGiven the last box on a shelf has been picked\n"
        "When a colleague's list is made\nThen the shelf is clearly marked as empty\n"
        "And the list sends them to another shelf that holds the item"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "unsure", result.feedback


def test_gherkin_setting_is_no_check() -> None:
    # Given and its And lines set the scene; one Then is one check, not two
    text = (
        f"{CLERK}\n\nGiven a bill that fell due last Friday\nAnd it is still unpaid\n"
        "When I open the invoices page\nThen the bill sits in the late section"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") != "met", result.feedback


def test_business_metric_is_no_user_check() -> None:
    # a fall counted over all customers is the business's measure; with one user-side
    # check beside it there are not two checks a user observes
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
        "- Reminder phone calls to customers fall by 25% within a quarter"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "metric of the business" in result.feedback


def test_a_users_own_threshold_is_a_check() -> None:
    # "my bill is 30% above" is a condition the user meets, not a business metric
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
        "- I get an email when my overdue total rises by 20% in a week"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_check_on_a_part_inside_the_system_is_not_a_user_check() -> None:
    # the subject is the product's inside (its records), not anything a user meets
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- Payment records are synced from the bank twice a day\n"
        "- I can open the late invoices from the start page"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback
    assert "a part inside the system" in result.feedback


def test_check_of_only_a_colour_is_styling() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- The late marker is purple\n"
        "- I can open the late invoices from the start page"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback
    assert "styling" in result.feedback


def test_plain_alternative_before_a_vague_one_is_observable() -> None:
    # "removed or clearly flagged": removal is observable whatever "clearly" adds
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n"
        "- Empty shelves are removed or clearly flagged on my list\n"
        "- My list sends me to another shelf that holds the item"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback
