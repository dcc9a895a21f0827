"""Parts named by the outside tool or system they live in (``_toolparts``): a workflow
tool's automation as the want's means and a table inside a named system are solution
detail; a team named after a tool, a screen's flow named by its step, everyday tables
and a bot the user talks to in a check are not."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

ALLOTMENTS = Scenario(
    name="ALLOTMENT_WAITLIST",
    need="people waiting for an allotment plot know where they are on the list and when "
    "a plot is offered",
    users="residents on the council's allotment waiting list and the allotment officers",
    user_roles=("resident", "allotment officer"),
    vendor=("Plotline",),
)

_STORY = (
    "As a resident on the waiting list, I want {}, so that I can say yes before the plot "
    "goes to someone else.\n"
    "Acceptance criteria:\n- Given a plot is offered to me, then I get a message that day.\n"
    "- Given I open my place, then I see how many people are ahead of me."
)


def _finding(want: str, criterion: str = "problem", story: str = _STORY) -> tuple[str, str]:
    f = next(
        x for x in analyse(story.format(want), ALLOTMENTS).findings if x.criterion == criterion
    )
    return f.state, f.message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("a Power Automate flow that emails me when a plot is free", "Power Automate flow"),
        ("the offer sent by a Dynamics 365 customer journey", "Dynamics 365 customer journey"),
        ("offers built as a HubSpot workflow with reminders after two days", "HubSpot workflow"),
        ("a Telegram bot that tells me my place", "Telegram bot"),
        ("an Outlook macro to mail offers in list order", "Outlook macro"),
    ],
)
def test_a_named_tools_automation_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _finding(want)
    assert state == "not met", message
    assert quoted in message and "third-party platforms" in message, message


@pytest.mark.parametrize(
    "want",
    [
        # the vendor's own bot is the product
        "a Plotline bot that tells me my place",
        # a team named after a tool is people, not a part
        "the Power Automate flow team to tell me my place",
        # a screen's flow named by its step, with one capital
        "the Accept flow to ask me for my start date",
        "a message when a plot is free",
    ],
)
def test_the_vendors_bot_a_team_or_a_screens_flow_is_no_automation(want: str) -> None:
    state, message = _finding(want)
    assert state == "met", message


_BOT_CHECKS = (
    "As a resident on the waiting list, I want {}, so that I can say yes in time.\n"
    "Acceptance criteria:\n- Given a plot is offered to me, then the bot tells me that day.\n"
    "- Given I reply yes, then the bot tells me the plot number."
)


def test_a_bot_the_user_talks_to_in_a_check_is_observable() -> None:
    # the problem fails on the tool's name; the checks still observe what the user meets
    state, _ = _finding("a Telegram bot that offers me plots", story=_BOT_CHECKS)
    assert state == "not met"
    state, message = _finding("a Telegram bot that offers me plots", "criteria", _BOT_CHECKS)
    assert state == "met", message


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("offers to be taken from the CRM waiting table each morning", "CRM waiting table"),
        ("my place counted from its Tascomi applicant table", "Tascomi applicant table"),
        ("each offer kept in a new table in the Uniform plot file", "new table in the Uniform"),
    ],
)
def test_a_named_systems_table_is_solution_detail(want: str, quoted: str) -> None:
    state, message = _finding(want)
    assert state == "not met", message
    assert quoted in message and "storage and infrastructure" in message, message


@pytest.mark.parametrize(
    "want",
    [
        "to see the sites in a table with how many people are ahead of me at each",
        "a plot near the Premier League ground",
        "the site's picnic table to be shown on the plot map",
        "to see my place like a league table",
    ],
)
def test_a_screen_table_or_an_everyday_table_is_no_system_table(want: str) -> None:
    state, message = _finding(want)
    assert state == "met", message
