"""The topic rule for a want that asks how long the queue or the wait is at a place, a
neighbouring feature for a need about whether the place is open or has room
(_topic_queue, called from _topic_errand)."""

from __future__ import annotations

from pmcourse._tasks.story._topic_errand import errand
from pmcourse._tasks.story._topic_queue import queue_ask

# a need about closed or moved pools, not about how busy they are
NEED_TEXT = "swimmers need to know before they travel which pools are closed or have moved"
NEED = f"the need is to {NEED_TEXT}"


def _state(want: str, need_text: str = NEED_TEXT) -> str | None:
    found = queue_ask(want, need_text, NEED, 1)
    return found.state if found else None


def test_the_queue_at_a_place_is_another_feature() -> None:
    assert _state("to see the current queue time at each pool") == "not met"
    assert _state("to see the queue at the changing rooms of each pool before I go") == "not met"
    assert _state("an app that shows the live entry-queue wait time at every pool") == "not met"
    # the errand rule passes it on when the want leads with no transaction
    found = errand("to see the wait time at each pool", NEED_TEXT, NEED, 1)
    assert found is not None and found.state == "not met"
    assert "how busy" in found.line


def test_a_wait_for_my_own_thing_or_my_place_in_a_queue_is_left_alone() -> None:
    # the near forms: a wait for the user's own slot, or their place in a queue
    assert _state("to see a realistic wait time for my lane booking before I arrive") is None
    assert _state("to see my place in the queue for a swimming lesson") is None
    assert _state("to know which pools are closed before I queue at the door") is None


def test_a_need_about_waiting_keeps_the_want() -> None:
    need = "swimmers need to know how long they will wait to get in at each pool"
    assert _state("to see the current queue time at each pool", need) is None
