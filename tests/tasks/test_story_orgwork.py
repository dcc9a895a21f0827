"""The organisation's own work told as acceptance criteria: staff briefed or trained, a
launch announced, a manager's sign-off, a record kept for an audit, a report to managers and
a target counted over everyone. Each rule has a near form it must leave alone; every story
here is written for the test."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._orgwork import org_work

CLERK = "As a finance clerk"
PICKER = "As a warehouse picker"


@pytest.mark.parametrize(
    "line",
    [
        "Pickers briefed on the new list at the morning huddle",
        "All agents are retrained on the chasing script",
        "Training given to the credit control team",
        "Fire safety training refreshed for night shifts",
        "Go-live announced to customers by email",
        "The launch is communicated on the intranet",
        "Northgate's credit manager signs off the list of reminder texts",
        "Every chase is recorded for the yearly external audit",
        "Weekly overdue report to the finance director",
        "Month-end aged-debt report emailed to the board",
        "The credit controller reports write-offs to the risk committee each month",
        "90% of invoices paid within 30 days",
        "Complaints about late reminders fall by half",
    ],
)
def test_org_work_lines(line: str) -> None:
    assert org_work(line, CLERK)


@pytest.mark.parametrize(
    "line",
    [
        # what the product does for the user, or the user's own report
        "Pickers see the new list on the scanner",
        "I am briefed on the route before I start",
        "The customer signs off the delivery note in the app",
        "Every chase is recorded on the invoice's history",
        "My weekly overdue report is emailed to me",
        "The weekly report to finance clerks lists every overdue invoice",
        "Invoices paid within 30 days drop off the list",
        "The list falls back to the last known stock",
    ],
)
def test_org_work_leaves_user_checks(line: str) -> None:
    assert org_work(line, CLERK) is None


def test_report_to_the_persona_is_theirs() -> None:
    assert org_work("Weekly overdue report to the credit managers", "As a credit manager") is None
    assert org_work("Weekly overdue report to the finance director", "As a credit manager")


def test_one_user_check_beside_org_work_is_not_met() -> None:
    text = (
        "As a finance clerk, I want to see which invoices are overdue, so I can chase them.\n"
        "Acceptance criteria:\n"
        "- Overdue invoices are listed first on my home page\n"
        "- Weekly overdue report to the finance director\n"
        "- Clerks trained on the new chasing screen\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_two_user_checks_beside_org_work_are_met() -> None:
    text = (
        "As a warehouse picker, I want my list to skip empty shelves, so that I walk less.\n"
        "Acceptance criteria:\n"
        "- A shelf with no stock is not on my pick list\n"
        "- The scanner tells me when a shelf on my list has just run out\n"
        "- Pickers briefed on the new list at the morning huddle\n"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"


@pytest.mark.parametrize(
    "line",
    [
        # a sign-off in the passive or as a noun
        "Signed off by the credit control product owner.",
        "UAT sign-off by two finance supervisors.",
        "Reminder letter templates signed off",
        # a service level promised over all the traffic or all the tickets
        "Portal availability of 99.9% every month.",
        "The reminders API has 99.95% uptime.",
        "Response SLA met for 90% of calls.",
        "The vendor's support desk answers urgent tickets within 2 hours.",
        "Customer queries answered by the credit team within 3 working days.",
        # a report on a calendar sent on to someone, a record for a long-named audit
        "An aged-debt summary report is sent to treasury every quarter.",
        "Overdue totals reported in the annual council return.",
        "The vendor's account manager reviews failed reminders with us every quarter.",
        "Every reminder sent is recorded for the county council internal audit.",
    ],
)
def test_org_work_service_levels_and_reports_on(line: str) -> None:
    assert org_work(line, CLERK)


@pytest.mark.parametrize(
    "line",
    [
        "I can sign off my own expense claim from my phone.",
        "The invoice page shows when its SLA runs out.",
        "Tickets I raise show when they will be answered.",
        "The portal shows the percentage of my invoices paid on time.",
        "A monthly report shows the hours lost to late payments.",
        "My weekly report is emailed to me every Monday.",
        "The report is emailed on the 1st of each month.",
        "I review my overdue list with my manager every week.",
    ],
)
def test_org_work_leaves_near_user_checks(line: str) -> None:
    assert org_work(line, CLERK) is None


def test_report_naming_the_persona_is_theirs() -> None:
    line = "A summary report is sent to each clerk every week."
    assert org_work(line, CLERK) is None
    assert org_work(line, PICKER)


def test_one_user_check_beside_a_service_level_is_not_met() -> None:
    text = (
        "As a finance clerk, I want to see which invoices are overdue, so I can chase them.\n"
        "Acceptance criteria:\n"
        "- Overdue invoices are listed first on my home page\n"
        "- Portal availability of 99.9% every month.\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_a_team_of_the_organisation_doing_the_work_is_no_check() -> None:
    # "the collections team updates ...", "our support team is informed by email"
    assert org_work("Northgate's collections team updates the balance in the ledger", CLERK)
    assert org_work("our support team is informed by email", CLERK)
    assert org_work("The credit team reviews the overdue list monthly.", CLERK)
    # the product naming a team, or a persona who is on the team
    assert org_work("The invoice shows which team is chasing it", CLERK) is None
    assert org_work("our support team is informed by email", "As a support team lead") is None


def test_a_document_the_staff_work_from_is_no_check() -> None:
    # "the chasing SOP is updated", "a knowledge-base article and call script are published"
    assert org_work("The chasing SOP is updated.", CLERK)
    assert org_work(
        "A knowledge-base article and call script for late payers are published.", CLERK
    )
    # the product showing a user the script
    assert org_work("I see the call script on screen while I call a late payer", CLERK) is None


def test_a_line_measured_against_the_sla_is_a_service_level() -> None:
    assert org_work("98% of reminders reach clients within a day each month (SLA)", CLERK)
    assert org_work("Disputes are resolved within the 10-day SLA", CLERK)
    # the product showing a user the deadline the agreement sets
    assert org_work("My disputed invoice shows the SLA deadline", CLERK) is None
