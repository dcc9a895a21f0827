"""Round 43, criteria wrongly "met": work done behind the scenes (a system part's own
work, the organisation's staff at work, its own reporting) and a figure over everyone,
told as checks. Each line is written for the test, each with a near form the rule must
leave alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._aggregate import is_aggregate
from pmcourse._tasks.story._backstage import backstage

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PLAIN = "When an invoice is 30 days past due, it appears in the late list with its customer."
TENANT = "As a tenant"


def _criteria(*checks: str) -> str:
    lines = "\n".join(f"- {c}" for c in checks)
    return analyse(f"{CLERK}\n\nAcceptance criteria:\n{lines}", OVERDUE_INVOICES).state("criteria")


def test_a_system_part_at_its_own_work_is_no_check() -> None:
    assert backstage("The billing service consumes the payment-received events", TENANT)
    assert backstage("The reminder workers autoscale on backlog size.", TENANT)
    assert backstage("the late-list query runs in under 300ms on the server", TENANT)
    # a system part doing something the user meets is a check
    assert backstage("The billing service sends the customer a reminder", TENANT) is None
    assert backstage("The late list loads in under 2 seconds", TENANT) is None
    assert _criteria(PLAIN, "The reminder workers autoscale on backlog size.") == "not met"
    assert _criteria(PLAIN, "A paid invoice leaves the late list the same day.") == "met"


def test_staff_at_their_own_work_are_no_check() -> None:
    line = "Letters are checked by the credit control supervisor before posting."
    assert backstage(line, TENANT)
    assert backstage("Branch staff on the counter per the winter opening plan.", TENANT)
    assert backstage("The credit team can switch the reminder text on and off.", TENANT)
    assert backstage("Advisers can see the arrears in their case tool.", TENANT)
    # the persona's own role at work, or a check the persona makes, is left alone
    assert backstage(line, "As a credit control supervisor") is None
    assert backstage("I can switch the reminder text on and off.", TENANT) is None
    assert backstage("Letters are checked for the right address.", TENANT) is None
    assert _criteria(PLAIN, line) == "not met"


def test_the_organisations_reporting_is_no_check() -> None:
    assert backstage(
        "The firm's collection performance report shows late payers each week.", TENANT
    )
    assert backstage("Write-offs are reported to the finance board monthly.", TENANT)
    # a manager may own the report; a report the user gets is theirs
    assert (
        backstage("The collection performance report shows late payers.", "As a credit manager")
        is None
    )
    assert backstage("The weekly report shows me my late payers.", TENANT) is None
    assert _criteria(PLAIN, "Write-offs are reported to the finance board monthly.") == "not met"


def test_a_figure_over_everyone_is_no_check() -> None:
    assert is_aggregate("The reminder run reaches 95% of customers.")
    assert is_aggregate("Average time on hold under 4 minutes at month end.")
    # one user's figure, or a median of the user's own runs, is left to other judges
    assert not is_aggregate("The reminder reaches the customer within a day.")
    assert not is_aggregate("Median build time under 5 minutes.")
