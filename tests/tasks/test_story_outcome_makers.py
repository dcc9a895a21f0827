"""Outcome and persona: a form's outcome key spelled as an identifier, the
product's own figure growing, a builder's outcome about a thing its users own, and a job
story whose writer tags who the "I" is in brackets. Each with a story written for the
test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def test_an_identifier_key_for_the_outcome_is_the_outcome() -> None:
    for key in ("so_that", "so-that"):
        text = (
            "as: bookkeeper in a small firm\nwant: late bills marked on my start page\n"
            f"{key}: I phone the slow payers before the month closes\n"
            "acceptance:\n- a bill past its due day is marked late the next morning\n"
            "- the mark goes away once the payment is booked"
        )
        result = analyse(text, OVERDUE_INVOICES)
        assert result.state("outcome") == "met", (key, result)


def test_the_products_own_figure_growing_is_its_makers_gain() -> None:
    text = "As a small shop owner, I want a list of my unpaid bills, so that {}." + CHECKS
    assert (
        analyse(text.format("the app's weekly sign-ups increase"), OVERDUE_INVOICES).state(
            "outcome"
        )
        == "not met"
    )
    # the persona's own figure is left to the other checks
    assert (
        analyse(text.format("my cash in the bank grows"), OVERDUE_INVOICES).state("outcome")
        != "not met"
    )


def test_a_builders_outcome_about_what_its_users_own_is_not_the_builders_goal() -> None:
    text = (
        "As a backend developer at the invoicing vendor, I want reminders for unpaid bills, "
        "so that {}." + CHECKS
    )
    users = analyse(text.format("our clerks' files are never older than a year"), OVERDUE_INVOICES)
    assert users.state("outcome") != "not met"
    own = analyse(text.format("our support tickets are never a week old"), OVERDUE_INVOICES)
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert own.state("outcome") == "unsure"


def test_a_bracketed_role_tag_names_a_job_storys_person() -> None:
    story = (
        "When I come back from a week off, I want the bills that went late flagged, so that "
        "I phone those customers first.{}" + CHECKS
    )
    assert analyse(story.format(" (Clerk, part-time)"), OVERDUE_INVOICES).state("persona") == "met"
    assert analyse(story.format(""), OVERDUE_INVOICES).state("persona") == "not met"
    # a bracket that names no role is no tag
    assert analyse(story.format(" (see below)"), OVERDUE_INVOICES).state("persona") == "not met"
