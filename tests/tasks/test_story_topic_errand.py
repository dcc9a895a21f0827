"""The topic rule for a want that leads with a transaction of the user's own that the
need does not ask for (_topic_errand)."""

from __future__ import annotations

from pmcourse._tasks.story._topic_errand import errand

# a need about knowing whether a bike dock is free and working before riding there
NEED_TEXT = "riders need to know before they set off whether a dock at their stop is free and works"
NEED = f"the need is to {NEED_TEXT}"


def _state(want: str, need_text: str = NEED_TEXT) -> str | None:
    found = errand(want, need_text, NEED, 1)
    return found.state if found else None


def test_a_transaction_on_the_needs_own_object_is_another_feature() -> None:
    found = errand("to reserve a dock at my stop for ten minutes", NEED_TEXT, NEED, 1)
    assert found is not None and found.state == "not met"
    assert "reserve" in found.line
    assert _state("pay for my dock time in the app when I leave") == "not met"
    assert _state("apply for a monthly rider pass with the student rate") == "not met"
    assert _state("pause my membership while the docks near me are broken") == "not met"


def test_a_need_that_asks_the_same_act_keeps_the_want() -> None:
    # the near form: the need itself has the user book, or get a place held
    assert _state("book a dock at my stop", "riders who book docks need to know it works") is None
    assert (
        _state("book a dock at my stop", "riders need to get a dock held until they come") is None
    )
    # a thing arranged for the user ("is booked") is no act of the user's own
    assert _state("book a dock at my stop", "riders need to know their dock is booked") == "not met"


def test_a_notice_or_a_stand_in_is_left_to_the_judge() -> None:
    assert _state("set up an alert when the dock at my stop stops working") is None
    assert _state("book a replacement dock when mine is broken") is None


def test_a_want_that_leads_with_another_verb_is_left_alone() -> None:
    assert _state("see whether a dock at my stop is free before I book a ride") is None
    assert _state("book docks in bulk for our team") is None  # no own or new one named
