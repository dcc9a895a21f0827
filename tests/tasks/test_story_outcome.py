"""The outcome judge: circular "see it", a builder's own gain told with "our", a bare
comparative; each with a story written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES, WEBHOOK_RETRIES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def test_seeing_a_pronoun_repeats_the_want() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that I can view them."
        + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback
    assert "repeats the want" in result.feedback


def test_seeing_something_new_is_an_outcome() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that I can see whom "
        "to phone first." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "met", result.feedback


def test_bare_comparative_of_a_thing_is_no_outcome() -> None:
    text = (
        "As an accounts clerk, I want a smarter bill list, so that my chasing is easier." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_vendor_staff_own_gain_with_our() -> None:
    # someone at the product's maker: "our" names the maker's own gain, wherever it stands
    text = (
        "As a support engineer at Shipmate, I want missed webhooks sent again, so that the "
        "account stays on our paid plan.\n\nAcceptance criteria:\n"
        "- A shop whose endpoint was down gets its missed events once it is back\n"
        "- The shop can list the events it missed since a given time"
    )
    result = analyse(text, WEBHOOK_RETRIES)
    assert result.state("outcome") == "not met", result.feedback


def test_being_told_repeats_the_want() -> None:
    text = (
        "As an accounts clerk, I want a daily note of late bills, so that I stay informed." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_told_in_time_to_act_is_an_outcome() -> None:
    text = (
        "As an accounts clerk, I want a daily note of late bills, so that I am told in time "
        "to phone the customer." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "met", result.feedback


def test_a_told_event_as_reason_is_unsure() -> None:
    text = (
        "As an accounts clerk, I want a daily note of late bills, because last winter three "
        "unpaid orders from one shop went unnoticed for two months." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "unsure", result.feedback


def test_a_short_system_cause_is_no_outcome() -> None:
    text = (
        "As an accounts clerk, I want a daily note of late bills, because the ledger is slow."
        + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_bare_contentment_is_no_outcome() -> None:
    text = "As an accounts clerk, I want late bills on my start page, so that I'm glad." + CHECKS
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_a_part_of_the_product_as_subject_is_its_goal() -> None:
    # "report" reads as a verb too; followed by its own verb it is the outcome's subject
    text = (
        "As an accounts clerk, I want late bills on my start page, so that the monthly "
        "report looks complete." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_a_harm_that_no_longer_happens_is_an_outcome() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that no unpaid order "
        "goes unnoticed for a month." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "met", result.feedback


def test_people_in_the_plural_with_their_verb_gain() -> None:
    # "customers repay": plural people and a plain verb that agrees with them
    text = (
        "As an accounts clerk, I want late bills on my start page, so that customers repay "
        "the debt before the quarter closes." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "met", result.feedback
