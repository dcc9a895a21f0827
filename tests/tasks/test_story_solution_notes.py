"""Solution detail read by structure: a note after the story addressed to
the builders naming what to use; and no false alarm on an acronym in capitals
("DBS"), a border joined after another word ("cross-border"), or a thing the scenario
gives its users named in the singular ("a scheduled job" where users define jobs)."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import Scenario, analyse

_STORY = (
    "As a credit clerk, I want overdue invoices listed, so that I can phone the late "
    "payers first.\nAcceptance criteria:\n- I see each overdue invoice with its client.\n"
    "- I see how many days late each invoice is.\n{}"
)

# a scenario whose users' own world is their scheduled jobs
TILLS = Scenario(
    name="TILL_SCHEDULES",
    users="shop owners who set up scheduled jobs (stock counts, price changes) in the Tillo app",
    need="know when a price change did not happen on time, so that no customer is overcharged",
)


def _problem(text: str, scenario: Scenario = OVERDUE_INVOICES) -> tuple[str, str]:
    f = next(x for x in analyse(text, scenario).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    "note",
    [
        "Note for the dev team: please use Twilio for the calls and pull balances from Sage.",
        "NB: just reuse the Xero export and run the Zapier flow each morning.",
        "Note to developers - load the aged debt figures from Dynamics, then push them to Power BI.",
    ],
)
def test_a_note_to_the_builders_naming_what_to_use_is_the_how(note: str) -> None:
    state, message = _problem(_STORY.format(note))
    assert state == "not met", message
    assert "a note to the builders" in message


@pytest.mark.parametrize(
    "note",
    [
        "Note: please keep the wording short and use plain English.",
        "Note: most clients pay on Friday, so run the list on Monday.",
        "Note for the dev team: clients complained about this at the March review.",
    ],
)
def test_a_note_that_names_no_system_to_use_asks_nothing_of_the_build(note: str) -> None:
    state, message = _problem(_STORY.format(note))
    assert state == "met", message


def test_an_acronym_in_capitals_is_not_databases_but_the_plural_db_is() -> None:
    acronym = _STORY.format("").replace("its client.", "its client's DBS check date.")
    assert _problem(acronym)[0] == "met"
    plural = _STORY.format("").replace("its client.", "its client, merged from both DBs.")
    assert _problem(plural)[0] != "met"


def test_a_border_joined_after_another_word_is_no_styling() -> None:
    trade = _STORY.format("").replace("its client.", "its client and any cross-border fee.")
    assert _problem(trade)[0] == "met"
    boxed = _STORY.format("").replace("its client.", "its client in a thick top-border box.")
    assert _problem(boxed)[0] == "not met"


def test_a_thing_the_scenario_gives_its_users_is_theirs_in_the_singular() -> None:
    mine = (
        "As a shop owner, I want to be told when a scheduled job did not run, so that I can "
        "fix the prices before we open.\nAcceptance criteria:\n- I get a text within a "
        "minute.\n- The text names the price change."
    )
    assert _problem(mine, TILLS)[0] == "met"
    built = mine.replace("a scheduled job did not run", "the Redis cache is stale")
    assert _problem(built, TILLS)[0] == "not met"
