"""The vendor told in the want which step of its own plumbing to take (``_vendorstep``:
"I want Parcelo to poll the depots' scanners"), and a note to the builders labelled as a
tech note or a proposal naming the platform to build on (``_notes``); and no false alarm
on what the vendor should do for the user, a step on the user's own things, the same
verb with the user as its doer, or a note that names nothing to use."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

PARCELS = Scenario(
    name="LATE_PARCEL_EVENTS",
    need="developers at shops know when a parcel's tracking event is late or missing",
    users="developers at online shops who read parcel events from Parcelo's API and webhooks",
    user_roles=("developer",),
    vendor=("Parcelo",),
)

_STORY = (
    "As a developer at an online shop, I want {}, so that my customers see where their "
    "parcel is.\nAcceptance criteria:\n- I am told of a late scan within an hour.\n"
    "- I am told of a missing scan within a day.\n{}"
)


def _problem(want: str, note: str = "") -> tuple[str, str]:
    text = _STORY.format(want, note)
    f = next(x for x in analyse(text, PARCELS).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    "want",
    [
        "Parcelo to poll the couriers before it answers",
        "Parcelo to call the courier hubs one by one before answering",
        "Parcelo's backend to route each scan over two courier links",
        "the Parcelo SDK to use the couriers' own lists inside its matcher",
    ],
)
def test_the_vendor_told_which_step_of_its_plumbing_to_take_is_the_how(want: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message


@pytest.mark.parametrize(
    "want",
    [
        "Parcelo to tell me when a scan is late",
        "Parcelo to call my webhook again when a scan is late",
        "Parcelo to use our order numbers in each event",
        "to poll Parcelo less often by being told when a scan is late",
    ],
)
def test_what_the_vendor_does_for_the_user_or_on_their_things_is_left_alone(
    want: str,
) -> None:
    state, message = _problem(want)
    assert state == "met", message


@pytest.mark.parametrize(
    "note",
    [
        "Tech note for devs: please use Quarkbase to re-sort the events.",
        "Dev note - just reuse the Shiplog export.",
        "Proposed: build it in Fleetdesk like our other alerts.",
    ],
)
def test_a_tech_note_or_proposal_naming_what_to_build_with_is_the_how(note: str) -> None:
    state, message = _problem("to know when a scan is late", note)
    assert state == "not met", message


@pytest.mark.parametrize(
    "note",
    [
        "Tech note for devs: customers mostly complain about this on Mondays.",
        "Proposed: keep the wording short so shop staff understand it.",
        "Proposed story by the support team, agreed at the review.",
    ],
)
def test_a_tech_note_or_proposal_naming_nothing_to_use_is_left_alone(note: str) -> None:
    state, message = _problem("to know when a scan is late", note)
    assert state == "met", message


# a vendor whose full name has a second word, told by its brand alone in the want
COURIER = Scenario(
    name="LATE_PARCEL_EVENTS",
    need="developers at shops know when a parcel's tracking event is late or missing",
    users="developers at online shops who read parcel events from Parcelo's API and webhooks",
    user_roles=("developer",),
    vendor=("Parcelo Courier Events API",),
)


def _short(want: str) -> tuple[str, str]:
    text = _STORY.format(want, "")
    f = next(x for x in analyse(text, COURIER).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    "want",
    [
        "Parcelo to use roadside cameras to read each van's plate",
        "Parcelo to check every scan it cannot place against the couriers' depot lists",
    ],
)
def test_the_vendor_told_short_by_its_brand_is_still_the_doer(want: str) -> None:
    state, message = _short(want)
    assert state == "not met", message


@pytest.mark.parametrize(
    "want",
    [
        "Parcelo to tell me when a scan is late",
        "Parcelo to check my tracking page shows the late scan",
        "Courier staff to use the handheld less",
    ],
)
def test_the_brand_doing_something_for_the_user_is_left_alone(want: str) -> None:
    state, message = _short(want)
    assert state == "met", message
