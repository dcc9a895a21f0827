"""Checks that tell the build or say nothing of their own (``_inner``), each with a
story written for the test and a near form the rule leaves alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES, WEBHOOK_RETRIES
from pmcourse._tasks.story import analyse

CLERK = "As a credit controller, I want to see which invoices are overdue, so I can chase them."


def test_checks_that_tell_where_the_data_comes_from_are_not_met() -> None:
    # each check names the part inside the system that reads or sorts the data
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Due dates are fetched from the ledger_entries table every night\n"
        "- The overdue view is ranked using the payments microservice"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "part inside the system" in result.feedback


def test_a_list_sorted_by_what_the_user_sees_stays_a_check() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Overdue invoices are sorted by days past due, oldest first\n"
        "- Each row is filtered from the list once the invoice is paid"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_a_pronoun_and_a_state_is_no_check() -> None:
    # "It is paid" names nothing the clerk can look at: it restates the want
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- I mark an invoice as chased from its row\n"
        "- It is chased"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert '"It is chased"' in result.feedback


def test_a_pronoun_with_a_place_stays_a_check() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- I mark an invoice as chased from its row\n"
        "- It is shown in the chased column with today's date"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_records_checked_in_a_product_for_developers_may_be_what_they_receive() -> None:
    # an integrating developer receives and codes against the records: careful readers
    # counted such checks either way (tests/bench/rules.py), so the judge cannot tell
    text = (
        "As a developer at an online shop, I want failed webhook deliveries retried, so that "
        "my orders stay in step.\n\nAcceptance criteria:\n"
        "- A failed delivery record has a retry count.\n"
        "- A retried event record has its original event_id."
    )
    result = analyse(text, WEBHOOK_RETRIES)
    assert result.state("criteria") == "unsure", result.feedback
    assert "integrating developer" in result.feedback


def test_records_checked_where_the_users_never_see_them_are_not_met() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- An overdue invoice record has a days-late field.\n"
        "- A paid invoice record has its paid date."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "part inside the system" in result.feedback


def test_checks_told_as_wishes_are_not_met() -> None:
    # each check is the persona's wish again, not what happens
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- I want to see which invoices are overdue.\n"
        "- I would like to know how late each one is."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "wish" in result.feedback


def test_a_wish_as_a_step_setting_stays_a_check() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Given I want to chase the oldest first, when I sort by age, then the oldest is on top.\n"
        "- An invoice paid in full leaves the overdue list the next morning."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_work_done_by_a_part_inside_is_no_check() -> None:
    # the worker and the job that do the work are the build; a user sees neither
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Overdue flags are evaluated by the billing worker every hour\n"
        "- Reminders are processed by the nightly batch job"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_a_list_sorted_by_a_users_field_stays_a_check() -> None:
    # "by" and a thing the clerk sees, not a part inside
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Overdue invoices are sorted by the customer name\n"
        "- Invoices of one customer are ranked by the amount owed"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_a_check_that_points_to_an_agreement_elsewhere_is_no_check() -> None:
    # "as agreed with ..." names nothing anyone can observe; the feedback must not quote
    # it as a check, nor a topic tick as what carries the need
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Overdue invoices are listed oldest first\n"
        "- As agreed with the credit manager."
    )
    result = analyse(text, OVERDUE_INVOICES)
    criteria = next(f for f in result.findings if f.criterion == "criteria")
    assert criteria.state == "not met", result.feedback
    assert "agreement kept elsewhere" in criteria.message
    assert all("as agreed" not in f.message.lower() for f in result.findings if f.state == "met"), (
        result.feedback
    )


def test_agreed_inside_a_check_stays_a_check() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Invoices past the agreed payment date are listed as overdue\n"
        "- A payment plan agreed with the customer shows its next due date on the row"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
