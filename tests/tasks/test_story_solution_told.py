"""The problem judge, on a scenario written for these tests: a test function named in a
check is the team's code even where plain snake_case names are the user's fields; a
poll the user stops running ("stop running a catch-up poll", "without re-polling") is
their own workaround; and a critique of another writer's story ("has too much tech",
"tells me more about fonts") reports the detail it rejects."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

FEEDS = Scenario(
    name="MISSED_FEED_EVENTS",
    need="developers who consume Tidewire's price feed get the events they missed while down",
    users="developers at trading apps who consume Tidewire's price-feed webhooks and API",
    user_roles=("developer",),
    builders=("Tidewire engineer",),
    vendor=("Tidewire",),
    contract=("internal interfaces",),
)

_HEAD = (
    "As a developer at a trading app, I want price events I missed while my server was "
    "down sent again, so that my charts are complete.\nAcceptance criteria:\n"
)


def _problem(text: str) -> str:
    return next(f.state for f in analyse(text, FEEDS).findings if f.criterion == "problem")


@pytest.mark.parametrize(
    "check",
    [
        "- test_missed_events_resent(): stub server fails twice, then accepts; assert 3 calls",
        "- testReplayQueueDrains() passes on the build server",
        "- resend_window_test() passes",
    ],
)
def test_a_named_test_function_is_the_teams_code(check: str) -> None:
    text = _HEAD + "- Events I missed arrive once my server is back.\n" + check
    assert _problem(text) == "not met"


@pytest.mark.parametrize(
    "check",
    [
        "- Each resent event carries its original price_tick_id.",
        "- A test event I send from the console arrives within a minute.",
    ],
)
def test_a_field_or_a_test_event_is_left_alone(check: str) -> None:
    text = _HEAD + "- Events I missed arrive once my server is back.\n" + check
    assert _problem(text) == "met"


@pytest.mark.parametrize(
    "why",
    [
        "so that my charts are complete and we stop running a catch-up poll every 5 minutes.",
        "so that my charts fill in without re-polling every instrument.",
    ],
)
def test_a_poll_the_user_drops_is_their_workaround(why: str) -> None:
    text = (
        f"As a developer at a trading app, I want missed price events sent again, {why}\n"
        "Acceptance criteria:\n- Events I missed arrive once my server is back.\n"
        "- Each resent event keeps its first send time."
    )
    assert _problem(text) == "met"


def test_a_poll_asked_of_the_vendor_still_prescribes() -> None:
    text = (
        "As a developer at a trading app, I want Tidewire to re-poll every exchange each "
        "second, so that my charts are complete.\nAcceptance criteria:\n"
        "- Events I missed arrive once my server is back.\n- Each resent event keeps its time."
    )
    assert _problem(text) == "not met"


@pytest.mark.parametrize(
    "critique",
    [
        "The story the analyst wrote tells me more about fonts than about the developer.",
        "The original story has too much tech (a Kafka topic, a cron job).",
    ],
)
def test_a_critique_of_another_story_reports_what_it_rejects(critique: str) -> None:
    assert (
        _problem(
            critique + "\n\n" + _HEAD + "- Events I missed arrive in order.\n"
            "- Each resent event keeps its first send time."
        )
        == "met"
    )


def test_the_same_detail_asked_for_still_prescribes() -> None:
    text = (
        "The story I wrote asks for a Kafka topic.\n\n"
        "As a developer at a trading app, I want missed events kept on a Kafka topic, so that "
        "my charts are complete.\nAcceptance criteria:\n- Events I missed arrive in order.\n"
        "- Each resent event keeps its first send time."
    )
    assert _problem(text) == "not met"
