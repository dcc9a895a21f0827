"""Criteria that are the organisation's oversight of the work, not checks a user observes."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._delivery import team_tests
from pmcourse._tasks.story._oversight import oversight
from pmcourse._tasks.story._procedure import staff_procedure
from pmcourse._tasks.story._vague import vague_term


@pytest.mark.parametrize(
    "line",
    [
        # a review or sign-off gating the release, in any tense
        "Legal has signed off the new wording before launch.",
        "Accessibility review of the booking form before go-live.",
        "The clinical lead reviews the reminder texts prior to release.",
        # an audit passed or a check at one; compliance claimed
        "Passed the yearly fire-safety inspection.",
        "Hygiene labels checked at the council audit.",
        "Ofsted compliance confirmed.",
        "The booking flow is fully HIPAA compliant.",
        "ISO 27001 evidence for the export uploaded.",
        # a law, an agreement between bodies, a service level with its figure
        "Letters sent within the deadlines in the Housing Repairs Act.",
        "Bank details are processed under Article 6(1)(b).",
        "Supply agreement signed with each bakery.",
        "Escalation rules agreed with the courier team.",
        "Helpdesk SLA for refund tickets within 8 hours.",
        "The carrier meets its 98.5% on-time SLA every quarter.",
        # briefings and courses, the organisation's own reports and records
        "Drivers briefed at the Friday depot meeting.",
        "Cleaners get training on the new rota screen.",
        "The agency gives its drivers a toolbox talk on loading.",
        "Late returns are added to the weekly operations report.",
        "No-show rates are reported to the area manager every month.",
        "Delivery notes kept on file for 3 years.",
        "Photos are deleted in line with the retention schedule.",
        "Audit trail of each price change kept for the auditors.",
        # a procedure by its code, the team's documentation
        "Each return follows SOP-RT-012.",
        "Refund handling is documented in the store operations manual.",
        "Fallback plan documented.",
        "Support macro for late parcels updated.",
    ],
)
def test_oversight_of_the_work_is_no_check(line: str) -> None:
    assert oversight(line), line
    assert staff_procedure(line), line


@pytest.mark.parametrize(
    "line",
    [
        # near forms: the user, or what a user sees, in the same frame
        "I can review my order before release of the payment.",
        "The new wording is shown before launch and I see it on the form.",
        "Given the inspection is passed, then the tenant sees the date.",
        "My tenancy agreement is signed and I get a copy by email.",
        "I get training videos on the home screen.",
        "The weekly report shows me my own sales.",
        "My documents are kept on file and I can download them.",
        "The retention schedule is shown on my privacy page.",
        "The loan plan shows each repayment date.",
        "The app follows my location while the trip is live.",
        "Drivers see the stop list on the handheld.",
        "A ticket older than 8 hours shows in red on my queue.",
    ],
)
def test_what_a_user_meets_stays_a_check(line: str) -> None:
    assert oversight(line) is None, line


def test_load_tested_is_the_teams_test() -> None:
    assert team_tests("Load tested at 300 bookings a minute.")
    assert team_tests("Performance tested with 2,000 users.")
    # near form: a thing the user meets that is tested by the product
    assert not team_tests("A loaded basket is tested for stock before I pay.")


def test_feelings_and_judgements_are_vague() -> None:
    assert vague_term("The search is intelligent.")
    assert vague_term("A stress-free checkout.")
    assert vague_term("Tenants are less worried about repairs.")
    # near forms: a state the user can see
    assert vague_term("The repair date is shown on my page.") is None
    assert vague_term("I am told if the engineer is late.") is None


def _criteria(text: str) -> str:
    return next(
        f.state for f in analyse(text, OVERDUE_INVOICES).findings if f.criterion == "criteria"
    )


def test_one_user_check_beside_oversight_lines_is_not_met() -> None:
    text = (
        "As a finance clerk, I want to see which invoices are overdue, so that I can call "
        "the customer before month end.\n"
        "Acceptance criteria:\n"
        "- An invoice one day past its due date appears in my overdue list.\n"
        "- Credit control has signed off the list before launch.\n"
        "- Overdue totals are added to the monthly board report.\n"
    )
    assert _criteria(text) == "not met"
    # near form: two user checks beside the same oversight line stay met
    near = text.replace(
        "- Overdue totals are added to the monthly board report.\n",
        "- An invoice paid in full leaves my overdue list the same day.\n",
    )
    assert _criteria(near) == "met"


def test_status_lines_beside_the_teams_tests_are_delivery_steps() -> None:
    text = (
        "As a finance clerk, I want to see which invoices are overdue, so that I can call "
        "the customer before month end.\n"
        "Acceptance criteria:\n"
        "- Unit tests cover the overdue date rule.\n"
        "- API docs updated.\n"
        "- Load tested at 200 requests a second.\n"
    )
    assert _criteria(text) == "not met"
