"""Service upkeep told as acceptance criteria: an uptime target, support's response time,
a recurring report or extract, a record kept for an audit or return, a bare log line, a
count the organisation wants smaller, a staff briefing and the builders' delivery steps.
Each rule has a near form it must leave alone; every story here is written for the test."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._upkeep import upkeep

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PICKER = "As a warehouse picker, I want my list to skip empty shelves, so that I walk less."


@pytest.mark.parametrize(
    "line",
    [
        "The invoice service is available 99.5% of each quarter.",
        "The ledger feed keeps 99.95% monthly uptime.",
        "Severity 1 incidents are acknowledged within 15 minutes.",
        "Payment errors are resolved by the finance desk within 2 working days.",
        "The vendor issues a weekly summary of failed syncs to partners.",
        "The credit control team receives a nightly export of late bills.",
        "Depots report their shortages weekly to the regional office.",
        "Stock levels are reported per shift to the warehouse manager.",
        "Every reminder is stored with its date for the annual inspection.",
        "The clerk records each chase for the finance director's audit.",
        "Due-date changes are logged.",
        "Calls from customers about late bills drop by a third.",
        "Every clerk has attended a 30-minute training on the new list.",
        "A memo has been sent out to all depots.",
        "Suppliers informed by newsletter",
        "The interface design is reviewed by the design authority.",
        "Release notes published on the intranet",
        "The help page has been updated",
        "The software vendor has built the change.",
    ],
)
def test_upkeep_lines_are_no_check(line: str) -> None:
    assert upkeep(line), line


@pytest.mark.parametrize(
    "line",
    [
        # what a user meets: a status shown, their own report, a wait they see, their news
        "When the service is down, a banner tells me it is unavailable.",
        "I see the invoice's status within 5 minutes of payment.",
        "Given a bill is 30 days late, then it shows 100% overdue in red.",
        "Every Monday I get a weekly report of my overdue bills.",
        "My ticket is answered within 2 hours.",
        "Customers are emailed within 10 minutes when their bill is paid.",
        "The overdue list shows who logged each chase.",
        "Changes are logged and shown to me on the bill's history.",
        "The customer is informed by text when the bill is overdue.",
        "My pick list drops the shelf within a minute.",
        "The designs I saved are shown first.",
    ],
)
def test_what_a_user_meets_stays_a_check(line: str) -> None:
    assert upkeep(line) is None, line


def test_service_levels_beside_one_user_check_are_not_met() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- An overdue invoice is listed with the days it is late.\n"
        "- The invoice service is available 99.9% of the time.\n"
        "- Payment errors are answered by support within 4 working hours.\n"
        "- The vendor publishes a monthly report of outages to partners."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_two_user_checks_beside_a_service_level_stay_met() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- An overdue invoice is listed with the days it is late.\n"
        "- When a late invoice is paid, it leaves my list the same day.\n"
        "- The invoice service is available 99.9% of the time."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_a_briefing_and_a_done_list_are_not_met() -> None:
    text = (
        f"{PICKER}\n\nDone when:\n"
        "- every picker has had a 10-minute briefing on the new list\n"
        "- the handheld supplier has built the change\n"
        "- release notes published on the staff portal"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "not met"
