"""The problem judge by kind: infrastructure told by its structure (a cloud vendor's
named service, a cluster, mail records of a domain), and a user's own workaround that
prescribes nothing. Written for scenarios of their own (a food bank's volunteer rota,
a bakery's order app), so that the rules are seen to work beyond the corpora."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

ROTA = Scenario(
    name="FOOD_BANK_ROTA",
    need="volunteers know a week ahead which food-bank shifts still lack people",
    users="volunteers of a food bank",
    user_roles=("volunteer", "coordinator"),
    builders=("web team",),
    vendor=("Shiftly",),
    topic=(r"shifts?|rota|slots?", r"lack|short|empty|unfilled|open|need(?:s|ed)?|gaps?"),
)

CHECKS = (
    "\nAcceptance criteria:\n- Each open shift of next week is listed with how many people it lacks."
    "\n- A shift that fills up leaves the list within the hour."
)


def problem(text: str, scenario: Scenario = ROTA) -> str:
    for f in analyse(text, scenario).findings:
        if f.criterion == "problem":
            return f.state
    raise AssertionError("problem not judged")


@pytest.mark.parametrize(
    "how",
    [
        "the reminders are mailed through Amazon SQS and a worker",
        "the rota page is served from AWS Fargate",
        "the list is rebuilt by Google Cloud Run every night",
        "the site runs on our GKE cluster",
        "the app is hosted on a shared Kubernetes cluster with its own node pool",
        "reminder mails carry DMARC and MX records set for the bank's domain",
        "the mails are configured on rota-mailer.net so they pass spam filters",
    ],
)
def test_named_cloud_services_clusters_and_mail_records_are_infrastructure(how: str) -> None:
    text = (
        "As a volunteer, I want to see which shifts still lack people next week, so that "
        f"I can sign up where I am needed.{CHECKS}\n- {how[0].upper()}{how[1:]}"
    )
    assert problem(text) == "not met"


def test_a_product_or_vendor_name_is_no_technology() -> None:
    text = (
        "As a volunteer using Shiftly on my phone, I want Shiftly to show which shifts "
        f"still lack people next week, so that I can sign up where I am needed.{CHECKS}"
    )
    assert problem(text) == "met"


@pytest.mark.parametrize(
    "past",
    [
        "(today we have to poll the rota page every morning)",
        "(with the old spreadsheet I had to poll the coordinator every day)",
        "(we used to poll each other on the group chat)",
    ],
)
def test_the_users_own_workaround_prescribes_nothing(past: str) -> None:
    text = (
        "As a volunteer, I want to see which shifts still lack people next week, so that "
        f"I can sign up where I am needed {past}.{CHECKS}"
    )
    assert problem(text) == "met"


def test_polling_told_to_the_team_is_still_an_algorithm() -> None:
    text = (
        "As a volunteer, I want the app to poll the rota every minute, so that I can sign "
        f"up where I am needed.{CHECKS}"
    )
    assert problem(text) == "not met"
