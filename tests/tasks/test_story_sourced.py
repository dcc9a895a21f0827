"""The want's data routed through another maker's named system (``_sourced``): worked
out, read, pushed or linked by way of an acronym, a name with an inner capital, two
capitalised words or a capitalised system; and no false alarm on the vendor's own name,
the user's own HR system, a channel the user gets, or a developer product's systems."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

FERRY = Scenario(
    name="FERRY_DELAYS",
    need="passengers know when their ferry will leave after a delay",
    users="foot and car passengers of a ferry company",
    user_roles=("passenger",),
    vendor=("Tidewell Sailings",),
)
DEV = Scenario(
    name="FERRY_FEED",
    need="developers at travel apps get departure times they can trust",
    users="developers at travel apps who call the departures API",
    contract=("internal interfaces",),
    vendor=("Tidewell",),
)

_STORY = (
    "As a passenger, I want {}, so that I am not stuck at the terminal.\n"
    "Acceptance criteria:\n- I see the new departure time.\n"
    "- I get a text when the time moves again."
)


def _problem(want: str, sc: Scenario = FERRY) -> str:
    f = next(x for x in analyse(_STORY.format(want), sc).findings if x.criterion == "problem")
    return f"{f.state}: {f.message}"


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("the departure time worked out from AIS positions of each vessel", "AIS"),
        ("the delay read off the bridge console over NMEA-TCP", "NMEA-TCP"),
        ("delays pushed through Microsoft Flow into my inbox", "Microsoft Flow"),
        ("each sailing linked to its berth in the Harbourly model", "Harbourly model"),
        ("the new time calculated from the NavCloud feed", "NavCloud"),
    ],
)
def test_a_named_system_routing_the_wants_data_is_the_how(want: str, quoted: str) -> None:
    got = _problem(want)
    assert got.startswith("not met") and quoted in got, got


@pytest.mark.parametrize(
    "want",
    [
        # the vendor's own product, the user's own kind of system, a channel the user gets
        "the new time pushed from Tidewell Sailings to my phone",
        "the new time read from the HR rota at the terminal",
        "the new time sent to me by SMS",
        # no routing verb: the system is only where the user looks
        "to see the new time on the departures board",
    ],
)
def test_the_vendor_the_users_own_and_a_channel_are_left_alone(want: str) -> None:
    assert _problem(want).startswith("met"), _problem(want)


def test_a_developer_products_systems_are_left_to_the_contract_rules() -> None:
    story = _STORY.replace("As a passenger", "As a developer at a travel app").format(
        "the departure time worked out from AIS positions"
    )
    f = next(x for x in analyse(story, DEV).findings if x.criterion == "problem")
    assert "AIS" not in f.message, f.message
