"""A part of the build placed inside a maker's named system (``_hosted``) is a
prescribed build; a place, a day, a person's work item or an app the user opens is left
alone."""

from __future__ import annotations

import pytest
from test_story_doers import _problem

from pmcourse._tasks.story._hosted import HOSTED_DATA

# the same story frame (a mobile vet's delays) and problem reader as the doers' tests


@pytest.mark.parametrize(
    ("extra", "quoted"),
    [
        ("The vets' delay spreadsheet on OneDrive should feed the visit page.", "OneDrive"),
        ("A nightly job in SAP IS-H should compare the rota with the bookings.", "SAP"),
        ("The vets' late list in SmartVet should drive the message.", "SmartVet"),
        ("Keep a delays table in SQL Server behind the visit page.", "SQL Server"),
        ("The vet should save the visit notes to OneDrive for me.", "OneDrive"),
        ("Log each late arrival in DynamoDB so it can be counted.", "DynamoDB"),
    ],
)
def test_a_part_hosted_in_a_named_system_is_a_build(extra: str, quoted: str) -> None:
    state, message = _problem(extra)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "extra",
    [
        "The vets' round list on Monday is often long.",
        "My dog's sheets in Leeds are always clean.",
        "When the vet moves a job in the DMS, I still want to hear.",
        "I check the visit list in the NHS app every morning.",
        "I can upload a photo of my dog in PNG or JPG before the visit.",
        "I save the message to my iPhone notes.",
    ],
)
def test_a_place_a_day_or_a_work_item_is_no_host(extra: str) -> None:
    state, message = _problem(extra)
    assert state == "met", message


def test_a_name_joined_on_by_a_hyphen_describes_and_is_no_host() -> None:
    # "kept in a GCP-compliant trail" names a rule the trail keeps, not where it lives
    assert not HOSTED_DATA.search("The booking log is kept in a GCP-compliant audit trail.")
    assert HOSTED_DATA.search("The booking log is kept in GCP for the audit.")
