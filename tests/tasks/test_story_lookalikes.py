"""Problem orientation (`_lookalikes.py`): words of a build that name another kind of thing are
no solution detail: the meeting where the story was talked over ("as we discussed in the
CRM sync"), a place's code that spells a technology ("rack D3") and, in a developer
product, the customer's own scheduled run ("when our import runs at 02:00"). Each rule
has its near form, the same words asked of the team, that must still be faulted."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

BIKES = Scenario(
    name="BIKE_REPAIR_BOOKINGS",
    need="cyclists who book a repair at a community bike workshop know when their bike will "
    "be looked at and when it is ready",
    users="cyclists who book repairs at the community bike workshop, and the workshop's "
    "volunteer mechanics",
    user_roles=("cyclist", "volunteer mechanic"),
    vendor=("Spokebook",),
)
PARTS = Scenario(
    name="PART_CHANGES_FEED",
    need="developers who import the supplier's parts list into their own shop systems get "
    "only the parts that changed since their last import",
    users="developers at repair shops who import the supplier's parts list into their own systems",
    user_roles=("developer",),
    vendor=("Partline",),
    contract=("internal interfaces",),
)

_CHECKS = (
    "Acceptance criteria:\n- Given my bike is booked in, then I see the day it will be looked "
    "at.\n- Given my bike is ready, then I get a message that day.\n"
)
_LETTER = (
    "Hi Sam,\n\nHere is the story {}:\n\nAs a cyclist, I want to see when my bike will be "
    "looked at, so that I don't cycle to the workshop for nothing.\n" + _CHECKS
)
_RACKS = (
    "As a volunteer mechanic, I want my list to send me to the rack that holds the part, so "
    "that I don't walk to an empty rack.\nAcceptance criteria:\n- Given rack A7 is empty and "
    "{}, then my list sends me to {}.\n- Given no rack holds the part, then my list says so.\n"
)
_FEED = (
    "As a developer at a repair shop, I want to fetch only the parts that changed since my "
    "last import, so that our stock system stays right.\nAcceptance criteria:\n- Given a "
    "part's price changed yesterday, when {} runs at 02:00, then the part is in the changes."
    "\n- Given a part was withdrawn, then it comes back with status withdrawn.\n"
)


def _problem(story: str, scenario: Scenario = BIKES) -> tuple[str, str]:
    f = next(x for x in analyse(story, scenario).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    "where", ["as we discussed in the CRM sync", "as agreed at Monday's Salesforce sync"]
)
def test_the_meeting_a_story_was_discussed_in_is_no_tool(where: str) -> None:
    state, message = _problem(_LETTER.format(where))
    assert state == "met", message


def test_a_sync_not_named_as_a_meeting_is_still_detail() -> None:
    state, message = _problem(_LETTER.format("for the CRM sync"))
    assert state == "not met" and "CRM sync" in message, message
    want = "As a cyclist, I want my booking kept in the CRM sync, so that I"
    state, message = _problem(_LETTER.split("As a cyclist, I want")[0] + want + " can plan.\n")
    assert state == "not met", message


def test_a_places_code_is_no_technology_even_when_named_again_bare() -> None:
    state, message = _problem(_RACKS.format("rack D3 holds the part", "D3"))
    assert state == "met", message


@pytest.mark.parametrize(
    ("given", "sent_to", "quoted"),
    [
        # the code is never given to a place: the technology it spells
        ("rack C2 holds the part", "D3", "D3"),
        ("another rack holds the part", "the rack a D3 chart shows", "D3"),
    ],
)
def test_a_technology_not_given_to_a_place_is_still_detail(
    given: str, sent_to: str, quoted: str
) -> None:
    state, message = _problem(_RACKS.format(given, sent_to))
    assert state == "not met" and quoted in message, message


@pytest.mark.parametrize("run", ["our import", "our nightly import"])
def test_the_customers_own_scheduled_run_is_their_world(run: str) -> None:
    state, message = _problem(_FEED.format(run), PARTS)
    assert state == "met", message


@pytest.mark.parametrize(
    ("run", "scenario"),
    [
        # nobody's run: a schedule the team is told to build
        ("the import", PARTS),
        # not a developer product: "our" is the team's own
        ("our import", BIKES),
    ],
)
def test_a_scheduled_run_not_the_customers_is_still_detail(run: str, scenario: Scenario) -> None:
    state, message = _problem(_FEED.format(run), scenario)
    assert state == "not met" and "runs at 02:00" in message, message
