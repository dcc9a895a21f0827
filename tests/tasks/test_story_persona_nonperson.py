"""The persona judge (issue 22), round 52: a persona that is no person who could use the
product (a body told by its own name or as a department, a pet, a vehicle, a small
child) is not met where the scenario does not list it; a person told near each form is
left alone. The stories and scenario are written for these tests."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

GROOMING = Scenario(
    need=(
        "pet owners need to move a grooming appointment from their phone, so that a missed "
        "slot does not cost them the deposit"
    ),
    topic=(r"appointments?|slots?|bookings?", r"move\w*|reschedul\w*|deposit"),
    users="pet owners who book grooming at Trimtail salons (families, older owners, commuters)",
    user_roles=("pet owner", "owner"),
    builders=("the Trimtail app team",),
    vendor=("Trimtail",),
)
WANT = (
    ", I want to move my grooming appointment to another day from my phone so that I do "
    "not lose my deposit.\n\nAcceptance criteria:\n- a booked appointment can be moved to "
    "any free slot up to 24 hours before\n- the deposit carries over to the new slot\n"
)


def _persona(opening: str) -> tuple[str, str]:
    found = next(f for f in analyse(opening + WANT, GROOMING).findings if f.criterion == "persona")
    return found.state, found.message


@pytest.mark.parametrize(
    "opening",
    [
        "As Dunmore Pet Care",
        "As Hallam & Voss",
        "As Trimtail marketing",
        "As HR",
        "As the council",
        "As Pepper the poodle",
        "As Mabel (a terrier)",
        "As the grooming van",
        "As a 6-year-old",
        "As a toddler",
    ],
)
def test_a_body_an_animal_a_vehicle_or_a_small_child_is_no_user(opening: str) -> None:
    state, message = _persona(opening)
    assert state == "not met", message
    assert "not a person who uses the product" in message


@pytest.mark.parametrize(
    "opening",
    [
        "As a care worker on night shifts",
        "As a 15-year-old saving up for a puppy",
        "As a van driver on early starts",
        "As a marketing student",
    ],
)
def test_a_person_told_near_those_forms_is_left_alone(opening: str) -> None:
    state, message = _persona(opening)
    assert "not a person who uses the product" not in message
    assert state != "not met", message


CLINIC = Scenario(
    need=(
        "physiotherapists need to see which patients have missed two sessions in a row, so "
        "that they can call them before the course lapses"
    ),
    topic=(r"sessions?|appointments?", r"miss\w*|call\w*|laps\w*"),
    users=(
        "physiotherapists and clinic coordinators at Stridewell clinics who follow patients "
        "through their course of sessions"
    ),
    user_roles=("physiotherapist", "clinic coordinator"),
    builders=("the Stridewell app team",),
    vendor=("Stridewell",),
)
CLINIC_WANT = (
    ", I want to see who has missed two sessions in a row so that nobody's course lapses "
    "without a call.\n\nAcceptance criteria:\n- patients with two missed sessions in a row "
    "are listed\n- calling one takes them off the list\n"
)
CONSUMERS = Scenario(
    need=CLINIC.need,
    topic=CLINIC.topic,
    users="patients of Stridewell clinics and the physiotherapists who treat them",
    user_roles=("patient", "physiotherapist"),
    builders=CLINIC.builders,
    vendor=CLINIC.vendor,
)


def _clinic(opening: str, scenario: Scenario = CLINIC) -> tuple[str, str]:
    story = opening + CLINIC_WANT
    found = next(f for f in analyse(story, scenario).findings if f.criterion == "persona")
    return found.state, found.message


@pytest.mark.parametrize(
    "opening",
    [
        "As a patient waiting",
        "As a customer waiting",
        "As a trial participant",
        "As a client of the clinic",
    ],
)
def test_the_people_the_staff_users_serve_are_not_users(opening: str) -> None:
    state, message = _clinic(opening)
    assert state == "not met", message
    assert "the users serve" in message


def test_a_staff_title_that_starts_with_the_served_word_is_left_alone() -> None:
    _state, message = _clinic("As a patient transport coordinator")
    assert "the users serve" not in message, message


def test_the_served_word_is_left_alone_where_the_users_are_called_by_it() -> None:
    state, message = _clinic("As a patient waiting", CONSUMERS)
    assert "the users serve" not in message, message
    assert state != "not met", message
