"""The topic rule for a want that asks which people usually do a thing or are likely to,
a forecast the need does not ask for (_topic_habit, called from _topic_errand)."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._topic_errand import errand
from pmcourse._tasks.story._topic_habit import habit_ask

# a need about rent that is already late, not about who might fall behind
NEED_TEXT = "housing officers need to see which rent accounts are already in arrears"
NEED = f"the need is to {NEED_TEXT}"


def _state(want: str, need_text: str = NEED_TEXT) -> str | None:
    found = habit_ask(want, need_text, NEED, 1)
    return found.state if found else None


def test_a_forecast_of_peoples_habits_is_another_feature() -> None:
    assert _state("the system to show me which tenants usually pay their rent late") == "not met"
    assert _state("to see which of our tenants are likely to fall into arrears") == "not met"
    # the errand rule passes it on when the want leads with no transaction
    found = errand("to see which tenants tend to pay late", NEED_TEXT, NEED, 1)
    assert found is not None and found.state == "not met"
    assert "forecast" in found.line


def test_things_and_present_states_are_left_alone() -> None:
    # the near forms: which accounts (things), or which tenants are late now
    assert _state("to see which rent accounts are likely to go into arrears") is None
    assert _state("to see which tenants are behind with their rent today") is None


def test_a_need_that_asks_for_a_forecast_keeps_the_want() -> None:
    need = "housing officers need to know which tenants are likely to fall behind"
    assert _state("to see which tenants are likely to fall into arrears", need) is None


def test_the_judge_faults_a_late_payer_forecast_for_the_overdue_need() -> None:
    story = (
        "As a bookkeeper at a plumbing firm, I want the app to show me which clients usually "
        "pay their invoices late, so that I can ask them to pay upfront.\n\n"
        "Acceptance criteria:\n"
        "- A client who paid three of their last four invoices late is marked on the list.\n"
        "- A client who always paid on time is not marked.\n"
    )
    near = story.replace(
        "which clients usually pay their invoices late", "which invoices are overdue"
    )
    assert analyse(story, OVERDUE_INVOICES).state("topic") == "not met"
    assert analyse(near, OVERDUE_INVOICES).state("topic") == "met"


def test_how_likely_third_persons_are_is_a_forecast_too() -> None:
    assert _state("a score by each tenant that says how likely they are to pay late") == "not met"
    assert _state("to see how likely each tenant is to fall into arrears") == "not met"
    # the near form: the user's own chance is not a forecast of other people's habits
    assert _state("to know how likely I am to get a flat this year") is None
