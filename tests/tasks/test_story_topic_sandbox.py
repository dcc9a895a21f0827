"""The topic rule for a want that asks for a sandbox to test in, a testing aid next to a
need that asks for no testing (_topic_sandbox, called from _topic_errand)."""

from __future__ import annotations

from pmcourse._tasks.story._topic_errand import errand
from pmcourse._tasks.story._topic_sandbox import sandbox_ask

# a need about moved deliveries, not about testing an integration
NEED_TEXT = "shops need to know when a courier moves a parcel's delivery to another day"
NEED = f"the need is to {NEED_TEXT}"


def _state(want: str, need_text: str = NEED_TEXT) -> str | None:
    found = sandbox_ask(want, need_text, NEED, 1)
    return found.state if found else None


def test_a_sandbox_to_test_in_is_unsure() -> None:
    assert _state("sandbox test parcels whose delivery day I can move myself") == "unsure"
    assert _state("to fire a fake moved-delivery event from the sandbox") == "unsure"
    # the errand rule passes it on when the want leads with no transaction
    found = errand("to fire a fake moved-delivery event in the Sandbox", NEED_TEXT, NEED, 1)
    assert found is not None and found.state == "unsure"
    assert "testing aid" in found.line and '"Sandbox"' in found.line


def test_a_notice_with_a_sandbox_or_a_sandboxed_app_is_left_alone() -> None:
    # the near forms: a notice of a change that brings a sandbox along, an app's isolation
    assert _state("to be told a month ahead, with a sandbox to try the new fields") is None
    assert _state("advance notice of changes to the parcel feed and a sandbox key") is None
    assert _state("the courier app to run sandboxed on my phone") is None
    assert _state("to see which parcels were moved to another day") is None


def test_a_need_about_testing_keeps_the_want() -> None:
    need = "developers need to test their integration before they go live"
    assert _state("sandbox test parcels whose delivery day I can move myself", need) is None
