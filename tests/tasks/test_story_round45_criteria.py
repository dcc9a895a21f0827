"""Round 45, criteria: a named test of the code or its coverage, a job behind the scenes
that only ran, a policy written down, "smart" naming a kind of device, and a case told
with "When"/"If" whose user result follows the comma. Each rule has a near form it must
leave alone; every story here is written for the test."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._backstage import backstage
from pmcourse._tasks.story._criteria import criterion_problem
from pmcourse._tasks.story._delivery import team_tests
from pmcourse._tasks.story._governance import governance
from pmcourse._tasks.story._items import Item
from pmcourse._tasks.story._vague import vague_term

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PLAIN = "When an invoice is 30 days past due, it appears in the late list with its customer."
TENANT = "As a tenant"


def _state(*checks: str) -> str:
    text = CLERK + "\n\nAcceptance criteria:\n" + "\n".join(f"- {c}" for c in checks)
    f = next(f for f in analyse(text, OVERDUE_INVOICES).findings if f.criterion == "criteria")
    return f.state


@pytest.mark.parametrize(
    "line",
    [
        "test_late_fee_is_zero_after_payment passes",
        "LateListTest is green",
        "90% branch coverage on the reminders module",
        "Line coverage of the ageing service stays above 85%",
    ],
)
def test_a_named_code_test_or_code_coverage_is_the_teams_test(line: str) -> None:
    assert team_tests(line), line


@pytest.mark.parametrize(
    "line",
    [
        # a test payment the user makes, a coverage of places, a plain sentence
        "The test payment passes and shows on my statement",
        "Signal coverage on the ring road is shown on the map",
        "90% of reminders reach the customer within a minute",
    ],
)
def test_a_test_named_as_a_thing_the_user_meets_is_left_alone(line: str) -> None:
    assert not team_tests(line), line


def test_code_tests_beside_one_user_check_are_not_two_checks() -> None:
    assert _state(
        PLAIN, "test_late_list_sorted passes", "95% line coverage on the ageing module"
    ) == ("not met")
    assert _state(PLAIN, "Paid invoices leave the late list at once.") == "met"


@pytest.mark.parametrize(
    "line",
    [
        "Dataset refresh succeeds every 15 minutes",
        "the email flow runs without errors",
        "The ledger-sync DAG in Airflow finishes before the 7:00 shift.",
        "Nightly reminder job completes successfully",
    ],
)
def test_a_job_that_only_ran_is_backstage(line: str) -> None:
    assert backstage(line, TENANT), line


@pytest.mark.parametrize(
    "line",
    [
        # a wait a user sees, a job that does something for the user, a first-person run
        "The page refresh finishes in under a second",
        "The nightly reminder job sends the customer a summary",
        "My payment run completes by 9:00",
        "The refresh completes successfully",
    ],
)
def test_a_job_that_does_something_or_a_wait_is_left_alone(line: str) -> None:
    assert backstage(line, TENANT) is None, line


def test_job_statuses_beside_one_user_check_are_not_two_checks() -> None:
    assert _state(PLAIN, "the reminder flow runs without errors") == "not met"
    assert _state(PLAIN, "The late list loads in under 2 seconds") == "met"


@pytest.mark.parametrize(
    "line",
    [
        "The late-payment policy is published on the website.",
        "The chasing process is documented in the finance handbook.",
        "Our credit procedures are updated",
    ],
)
def test_a_policy_written_down_is_governance(line: str) -> None:
    assert governance(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the policy shown where the user meets it, or applied to what the user sees
        "The late-payment policy is shown on each reminder.",
        "The process moves the invoice to the late list after 30 days.",
    ],
)
def test_a_policy_the_user_meets_is_left_alone(line: str) -> None:
    assert governance(line) is None, line


def test_smart_before_a_device_names_a_kind_of_device() -> None:
    assert vague_term("I see when the smart meter last sent a reading.") is None
    assert vague_term("The list gives smart suggestions for whom to chase.")


def test_a_when_case_with_the_users_result_has_an_outcome() -> None:
    assert criterion_problem(Item("When it's rejected, I see why.", 4, True)) is None
    assert criterion_problem(Item("When it's rejected, it closes.", 4, True))
