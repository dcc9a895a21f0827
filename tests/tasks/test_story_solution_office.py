"""Problem orientation: an office or chat product's container brought in as the
want's medium, a named product placed after the user's own thing ("to my phone through
...") and site kit given the want's data job are solution detail; a plain colour a check
observes, a rule complied with and a business figure named by an acronym are not. Each
rule has its near form that must be left alone."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._howkinds import rule_or_measure
from pmcourse._tasks.story._wiring import not_prescribed

BIKES = Scenario(
    name="BIKE_REPAIR_BOOKINGS",
    need="cyclists who book a repair at a community bike workshop know when their bike will "
    "be looked at and when it is ready",
    users="cyclists who book repairs at the community bike workshop, and the workshop's "
    "volunteer mechanics",
    user_roles=("cyclist", "volunteer mechanic"),
    vendor=("Spokebook",),
)

_STORY = (
    "As a cyclist, I want {}, so that {}.\nAcceptance criteria:\n"
    "- Given my bike is booked in, then I see the day it will be looked at.\n- {}"
)
_OUTCOME = "I don't cycle to the workshop for nothing"
_CHECK = "Given my bike is ready, then I get a message that day."


def _problem(want: str, outcome: str = _OUTCOME, check: str = _CHECK) -> tuple[str, str]:
    story = _STORY.format(want, outcome, check)
    f = next(x for x in analyse(story, BIKES).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("the mechanics to share free slots in a Slack channel my phone checks", "Slack channel"),
        ("the volunteers to read each mechanic's rota Google Sheet for free slots", "Google Sheet"),
        ("bookings collected through a Microsoft Form", "Microsoft Form"),
        ("my booking saved into a shared Excel the mechanics update", "Excel"),
        ("the repair notes shared to me on Dropbox", "Dropbox"),
    ],
)
def test_an_office_tools_container_brought_in_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message and "third-party platforms" in message, message


@pytest.mark.parametrize(
    "want",
    [
        # a file the user takes away, and the user's own group
        "to download my repair history as an Excel file",
        "a message in our WhatsApp group when my bike is ready",
        "to export my bookings to Excel",
    ],
)
def test_an_export_or_the_users_own_group_is_no_office_medium(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


def test_my_owns_the_thing_it_names_not_the_product_placed_after_it() -> None:
    state, message = _problem("the slot list shared to my phone through Google Sheets")
    assert state == "not met" and "through Google Sheets" in message, message
    line = "I want the slots shared to my phone through Google Sheets"
    assert not not_prescribed(line, line.index("through"), "named technologies")
    # the user's own store, named straight after "my", stays theirs
    line = "I want the slots kept in my own Redis"
    assert not_prescribed(line, line.index("Redis"), "storage and infrastructure")
    # a place with no maker's name after "my" is no product placed
    line = "I want the slots shown on my phone in red"
    assert not_prescribed(line, line.index("in red"), "UI layout and styling")


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("the GPS on each collection van to report where my bike is", "GPS"),
        ("the turnstiles at the workshop door to read my booking", "turnstiles"),
        ("the checkweighers to post each parcel's weight to the app", "checkweighers"),
    ],
)
def test_site_kit_given_the_wants_data_job_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _problem(want)
    assert state == "not met", message
    assert quoted in message and "hardware" in message, message


@pytest.mark.parametrize(
    "want",
    [
        # the kit letting the user in is what they meet, not a data job
        "the turnstile to let me in when my slot starts",
        "to see on a map where my bike is",
    ],
)
def test_kit_the_user_meets_is_no_wiring(want: str) -> None:
    state, message = _problem(want)
    assert state == "met", message


def test_a_plain_colour_a_check_observes_is_the_users_world() -> None:
    state, message = _problem(
        "to know when my bike is ready",
        check="Given my bike is ready, then its booking is shown in green.",
    )
    assert state == "met", message
    state, message = _problem(
        "to know when my bike is ready",
        check='Given no mechanic is free, then the day shows "full" in red text.',
    )
    assert state == "met", message


def test_a_colour_asked_for_in_the_want_or_with_a_code_is_still_styling() -> None:
    state, message = _problem("ready bikes shown in green")
    assert state == "not met" and "shown in green" in message, message
    state, message = _problem(
        "to know when my bike is ready",
        check="Given my bike is ready, then its booking is shown in green (#2E7D32).",
    )
    assert state == "not met" and "#2E7D32" in message, message


@pytest.mark.parametrize(
    ("outcome", "check"),
    [
        ("the workshop stays ICH GCP compliant", _CHECK),
        (_OUTCOME, "The booking log is kept in a GCP-compliant audit trail."),
        (_OUTCOME, "The booking log complies with GCP."),
        ("our RevPASH and review score go up", _CHECK),
    ],
)
def test_a_rule_or_business_figure_named_by_its_acronym_is_no_technology(
    outcome: str, check: str
) -> None:
    state, message = _problem("to know when my bike is ready", outcome, check)
    assert state == "met", message


@pytest.mark.parametrize(
    ("outcome", "check", "quoted"),
    [
        (_OUTCOME, "The booking log is kept in GCP Cloud Storage.", "GCP"),
        ("our RevPASH shows on the till", _CHECK, "RevPASH"),
    ],
)
def test_the_same_acronym_as_a_platform_is_still_detail(
    outcome: str, check: str, quoted: str
) -> None:
    state, message = _problem("to know when my bike is ready", outcome, check)
    assert state == "not met" and quoted in message, message


def test_rule_or_measure_reads_only_acronyms() -> None:
    line = "so that the clinic stays ICH GCP compliant"
    start = line.index("GCP")
    assert rule_or_measure(line, start, start + 3, "GCP")
    # a plain word before "compliant" is no named rule read here
    line = "so that the cache stays compliant"
    start = line.index("cache")
    assert not rule_or_measure(line, start, start + 5, "cache")
