"""The outcome judge: an outcome that is only a state of a record, the wanted notice
itself, or a feeling of how others regard the persona is no gain; a "to be able to" that
a "so that" follows belongs to the want. Each with a story written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def test_to_be_able_to_before_so_that_is_part_of_the_want() -> None:
    text = (
        "As an accounts clerk, I want my assistant to be able to mark bills as paid, so "
        "that I can phone only the customers who still owe us." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.outcome is not None and result.outcome.startswith("so that I can phone")
    assert result.want is not None and "mark bills as paid" in result.want
    assert result.state("outcome") == "met", result.feedback


def test_to_be_able_to_alone_is_still_the_outcome() -> None:
    text = "As an accounts clerk, I want late bills in one list to be able to phone payers early."
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.outcome is not None and "phone payers early" in result.outcome


def test_a_record_kept_current_is_no_gain() -> None:
    text = (
        "As an accounts clerk, I want payments matched to bills every night, so that the "
        "ledger stays up to date." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback
    assert "record or the system" in result.feedback


def test_a_record_kept_current_with_a_gain_after_it_passes() -> None:
    text = (
        "As an accounts clerk, I want payments matched to bills every night, so that the "
        "ledger is up to date and I never phone a customer about a bill already paid." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") != "not met", result.feedback


def test_being_told_by_the_wanted_alert_repeats_it() -> None:
    text = (
        "As an accounts clerk, I want an alert when a bill passes its date, so that I get "
        "alerted about overdue payments." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback
    assert "wanted notice itself" in result.feedback


def test_being_told_in_time_to_act_is_not_the_notice_again() -> None:
    text = (
        "As an accounts clerk, I want an alert when a bill passes its date, so that I get "
        "alerted in time to phone the payer before month end." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert "wanted notice itself" not in result.feedback, result.feedback


def test_feeling_regarded_in_a_role_is_no_gain() -> None:
    for outcome in (
        "so that I feel appreciated as an employee",
        "so that I feel the finance director trusts me",
        "so that I feel respected by my manager",
    ):
        text = f"As an accounts clerk, I want late bills on my start page, {outcome}." + CHECKS
        result = analyse(text, OVERDUE_INVOICES)
        assert result.state("outcome") == "not met", (outcome, result.feedback)
        assert "how others regard" in result.feedback


def test_a_feeling_of_ones_own_is_not_read_as_regard() -> None:
    text = "As an accounts clerk, I want late bills on my start page, so that I feel calm." + CHECKS
    result = analyse(text, OVERDUE_INVOICES)
    assert "how others regard" not in result.feedback, result.feedback
