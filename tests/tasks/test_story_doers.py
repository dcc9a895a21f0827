"""A named outside system told as the doer of the want's data act (``_doers``) is a
prescribed build; the product itself, a person's role or a plain wish is left alone."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

VISITS = Scenario(
    name="VET_VISIT_DELAYS",
    need="pet owners know when the mobile vet is running late for their home visit",
    users="pet owners who book home visits from Pawround's mobile vets",
    user_roles=("pet owner",),
    vendor=("Pawround",),
)

_STORY = (
    "As a pet owner, I want to hear when the vet is late for my visit, so that I can "
    "stay in with my dog.\n{}\nAcceptance criteria:\n"
    "- Given the vet is 20 minutes behind, then I get a message with the new time.\n"
    "- Given the vet is back on time, then I am told."
)


def _problem(extra: str) -> tuple[str, str]:
    f = next(x for x in analyse(_STORY.format(extra), VISITS).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    ("extra", "quoted"),
    [
        ("The vans report their place and Vonage should text me when one is late.", "Vonage"),
        ("Our rota tool (Rotamaster) should push each delay into the booking page.", "Rotamaster"),
    ],
)
def test_a_named_system_as_the_doer_is_a_build(extra: str, quoted: str) -> None:
    state, message = _problem(extra)
    assert state == "not met", message
    assert quoted in message, message


@pytest.mark.parametrize(
    "extra",
    [
        "When a vet is late, Pawround should text me the new time.",
        "If the vet runs late, the receptionist should call me.",
        "Then I should send the vet my gate code.",
    ],
)
def test_the_product_a_person_or_the_user_as_doer_is_no_build(extra: str) -> None:
    state, message = _problem(extra)
    assert state == "met", message


@pytest.mark.parametrize(
    "extra",
    [
        "If a vet is late, then Priya will text me the new time.",
        "When the van is stuck, so that Maria will send me a note with the new time.",
        "When a vet is late, McDonald should text me from the surgery.",
        "Our driver (Dave) should text me when he is behind.",
        "When the vet is late, HR will email me the new time.",
    ],
)
def test_a_person_or_team_named_as_the_doer_is_no_system(extra: str) -> None:
    state, message = _problem(extra)
    assert state == "met", message


@pytest.mark.parametrize(
    ("extra", "quoted"),
    [
        ("When the vet is late, VetBoard should text me the new time.", "VetBoard"),
        ("When the vet is late, Twilio should text me the new time.", "Twilio"),
        ("When the vet is late, the CRM will email me the new time.", "CRM"),
        ("Our booking system (Petdesk) should push each delay to my phone.", "Petdesk"),
    ],
)
def test_a_maker_spelled_name_as_the_doer_is_a_system(extra: str, quoted: str) -> None:
    state, message = _problem(extra)
    assert state == "not met", message
    assert quoted in message, message
