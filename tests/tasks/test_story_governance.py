"""Governance and delivery lines told as acceptance criteria: an audit log, rules kept, an
assessment or certification, a scheduled report to someone other than the persona, an
INVEST checklist, a dated delivery step and ticked delivery tasks. Each rule has a near
form it must leave alone; every story here is written for the test."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._delivery import process_step, status_line, team_tests
from pmcourse._tasks.story._governance import governance, report_for_others

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PICKER = "As a warehouse picker, I want my list to skip empty shelves, so that I walk less."


@pytest.mark.parametrize(
    "line",
    [
        "An audit log records each export of the aged-debt list.",
        "The audit trail captures which clerk changed a due date.",
        "The national tenancy rules on deposits are followed.",
        "Driving-hours regulations complied with",
        "A privacy impact assessment is completed before the pilot.",
        "DPIA done for the new screen.",
        "The store cert (platform guidelines) passes for the checkout page.",
        "The release obtains accreditation from the card scheme.",
    ],
)
def test_governance_lines_are_no_check(line: str) -> None:
    assert governance(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the log shown to the user, rules shown to the user, an assessment the user books
        "The audit log shows me who opened my file and when.",
        "The parking rules for my street are shown before I pay.",
        "Rules I break are listed with the fine for each.",
        "Given I book the assessment, then I get the date and the centre.",
        "I see my certification date on my profile.",
    ],
)
def test_what_a_user_meets_of_logs_rules_and_assessments_stays_a_check(line: str) -> None:
    assert governance(line) is None, line


@pytest.mark.parametrize(
    ("line", "persona", "others"),
    [
        ("A monthly report of refunds goes to the area manager.", "As a cashier", True),
        ("Summary sent to the depot supervisor every Friday.", "As a driver", False),
        ("Report sent to the depot supervisor every Friday.", "As a driver", True),
        ("Landlords get a quarterly report of repairs.", "As a tenant", True),
        # the persona's own report is what the user receives
        ("A weekly report of open jobs goes to the site manager.", "As a site manager", False),
        ("Landlords get a quarterly report of repairs.", "As a landlord", False),
        ("Every Monday I get a report of cost per service.", "As a cashier", False),
        # no schedule: a report a user opens
        ("The report goes to the area manager when I press send.", "As a cashier", False),
    ],
)
def test_a_scheduled_report_is_for_others_unless_the_persona_gets_it(
    line: str, persona: str, others: bool
) -> None:
    assert report_for_others(line, persona) is others, line


@pytest.mark.parametrize(
    ("line", "step"),
    [
        ("Negotiable: yes", True),
        ("Estimable: 3 points", True),
        # the checklist keyed by its capital initials alone
        ("I: does not depend on the billing story", True),
        ("E: 5 points", True),
        ("T: QA will write the tests", True),
        ("Code reviewed and merged before Christmas.", True),
        ("Docs updated this sprint", True),
        ("The agency completes the migration work by June.", True),
        # a check that happens to open on a label or end on a date
        ("Small orders: shown in a separate list", False),
        ("A: the shelf is skipped", False),
        ("e: the picker sees the next shelf", False),
        ("Invoices issued before Christmas are listed as overdue in January.", False),
        ("I can see the work my landlord completes by the end of the week.", False),
    ],
)
def test_invest_lines_dated_steps_and_planned_work(line: str, step: bool) -> None:
    assert process_step(line) is step, line


@pytest.mark.parametrize(
    ("line", "ticked"),
    [
        ("Released to the app stores", True),
        ("Tested on Android tablets", True),
        ("Rolled out to all depots", True),
        ("Released holds are shown to me at once", False),
        ("Tested items show a green tick", False),
    ],
)
def test_a_delivery_participle_with_no_subject_is_a_ticked_task(line: str, ticked: bool) -> None:
    assert status_line(line) is ticked, line


def test_one_user_check_beside_governance_lines_is_not_met() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Given a bill is unpaid the day after it falls due, when I open the list, then it "
        "is marked late.\n"
        "- The consumer credit rules on reminders are followed.\n"
        "- An audit log records every change to a bill's due date.\n"
        "- A weekly report of late bills goes to the finance director."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_two_user_checks_beside_governance_lines_stay_met() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Given a bill is unpaid the day after it falls due, when I open the list, then it "
        "is marked late.\n"
        "- A bill paid in full drops off the list the next morning.\n"
        "- An audit log records every change to a bill's due date."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_a_definition_of_done_of_ticked_tasks_is_not_met() -> None:
    text = (
        f"{PICKER}\n\nDefinition of Done:\n- Mock-ups approved\n- Code reviewed\n"
        "- Tested on the warehouse handhelds\n- Rolled out to every site"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "not met"


def test_a_definition_of_done_of_user_checks_stays_met() -> None:
    text = (
        f"{PICKER}\n\nDefinition of Done:\n- A shelf with no stock is left off my list.\n"
        "- When I find a shelf empty anyway, the handheld gives me the next shelf with the item."
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"


def test_an_invest_checklist_is_not_met() -> None:
    text = (
        f"{PICKER}\n\nAcceptance criteria (INVEST):\n- Independent: yes\n- Negotiable: yes\n"
        "- Valuable: yes, fewer wasted walks\n- Estimable: 3 points\n- Small: one sprint\n"
        "- Testable: yes"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "not met"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Every refund to a customer is logged for audit.", "for its own use"),
        ("All search terms are recorded for analytics", "for its own use"),
        ("The case is closed with a complete audit trail in the CRM.", "for its own use"),
        ("Weekly audit of cancelled orders sent to the finance team.", "audit the organisation"),
        ("Checked again in the next ISO audit.", "audit the organisation"),
        ("Any data breach is reported to the Information Commission within 72 hours.", "regulator"),
    ],
)
def test_records_audits_and_regulator_reports_are_governance(line: str, kind: str) -> None:
    assert kind in (governance(line) or ""), line


@pytest.mark.parametrize(
    "line",
    [
        # the user's own export, a check of the audit sample's content, a report the user sends
        "I can export my year's logbook as a PDF for the auditor.",
        "Each refund in the audit sample has a receipt attached.",
        "A refund recorded for the wrong order shows a warning.",
        "Given a leak is reported to the water company, then I see the job number.",
    ],
)
def test_what_a_user_meets_of_records_and_reports_stays_a_check(line: str) -> None:
    assert governance(line) is None, line


@pytest.mark.parametrize(
    ("line", "persona", "others"),
    [
        ("Monthly refund report to the area board.", "As a cashier", True),
        ("Quarterly repair costs are reported to the landlord.", "As a tenant", True),
        ("Ops dashboard shows refunds per till for the finance team.", "As a cashier", True),
        # the persona's own: their role, not where they work, is who the report is for
        ("Quarterly repair costs are reported to the landlord.", "As a landlord", False),
        (
            "Quarterly test counts are reported to the sponsor.",
            "As a data manager at a trial sponsor",
            True,
        ),
        ("The dashboard shows open jobs for the night team.", "As a night team lead", False),
        ("The report for my team shows who is off today.", "As a cashier", False),
    ],
)
def test_reports_and_dashboards_made_for_others(line: str, persona: str, others: bool) -> None:
    assert report_for_others(line, persona) is others, line


@pytest.mark.parametrize(
    ("line", "step"),
    [
        ("Story is small enough for one iteration", True),
        ("The story has been estimated by the developers", True),
        ("story sized at 3 points and accepted by the product owner", True),
        ("PO agrees the story is complete", True),
        ("Ticket meets our Definition of Ready", True),
        # a news story, a user's own acceptance, a product owner as the user
        ("The story is shown with a withdrawn banner", False),
        ("A story I saved is ready to read offline", False),
        ("My quote is accepted by the broker within a day", False),
    ],
)
def test_the_story_graded_by_the_team_is_a_delivery_step(line: str, step: bool) -> None:
    assert process_step(line) is step, line


@pytest.mark.parametrize(
    ("line", "tests"),
    [
        ("the refund handler has unit tests", True),
        ("The pricing module has integration tests", True),
        ("My sandbox account has test payments", False),
        ("Our endpoint has unit tests", False),
    ],
)
def test_a_part_of_the_code_with_tests_checks_the_build(line: str, tests: bool) -> None:
    assert team_tests(line) is tests, line


def test_a_story_graded_by_its_process_is_not_met() -> None:
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n- Story is independent of the others\n"
        "- Story is testable\n- the pick list API spec is updated\n"
        "- Story estimated by the team"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "not met"


def test_one_user_check_beside_records_and_reports_is_not_met() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Given a bill is unpaid the day after it falls due, then it is marked late on my list.\n"
        "- Every reminder sent is logged for audit.\n"
        "- Monthly aged-debt report to the credit committee."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_two_user_checks_beside_a_record_for_audit_stay_met() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Given a bill is unpaid the day after it falls due, then it is marked late on my list.\n"
        "- A bill paid in full drops off the list the next morning.\n"
        "- Every reminder sent is logged for audit."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


@pytest.mark.parametrize(
    "line",
    [
        # a sign-off, a review ritual, meeting minutes and terms the organisation works to
        "The credit-control procedure is revised and signed off by the finance director.",
        "The reminder wording is signed off by legal.",
        "The late-payer list is reviewed at the weekly credit meeting.",
        "The reminder schedule is reviewed every year.",
        "Each chased account gets a named owner in the minutes.",
        "Payment conditions in the supplier contract are respected.",
    ],
)
def test_signoffs_reviews_and_terms_are_governance(line: str) -> None:
    assert governance(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the sign-off seen in the product, a review the user waits for, terms shown
        "The job sheet is signed off by the customer on the engineer's tablet.",
        "A disputed bill is reviewed by a clerk within two working days.",
        "The payment terms are shown on each invoice I open.",
        "I see the minutes of the meeting where my appeal was heard.",
    ],
)
def test_signoffs_reviews_and_terms_the_user_sees_are_left_alone(line: str) -> None:
    assert governance(line) is None, line


def test_one_user_check_beside_signoff_and_review_is_not_met() -> None:
    signed = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Given a bill is unpaid the day after it falls due, then it is marked late on my list.\n"
        "- The chasing procedure is updated and signed off by the finance director.\n"
        "- The late list is reviewed at the monthly credit meeting."
    )
    assert analyse(signed, OVERDUE_INVOICES).state("criteria") != "met"
    seen = signed.replace(
        "The chasing procedure is updated and signed off by the finance director.",
        "A bill paid in full drops off the list the next morning.",
    ).replace("The late list is reviewed at the monthly credit meeting.", "")
    assert analyse(seen, OVERDUE_INVOICES).state("criteria") == "met"


@pytest.mark.parametrize(
    ("line", "tests"),
    [
        ("Regression tests passed", True),
        ("All smoke tests passed before release", True),
        # a user's own test, passed in the product
        ("My driving theory test passed is shown on my record", False),
    ],
)
def test_tests_told_in_the_past_check_the_build(line: str, tests: bool) -> None:
    assert team_tests(line) is tests, line
