"""The on-topic tick quotes no hedged or vague criterion as support (_topic_cite)."""

from __future__ import annotations

import re

from pmcourse._tasks.story._topic_cite import cited

# the rest of a need about library holds: that the book is ready
MISSING = [re.compile(r"\bready\b", re.IGNORECASE)]


def test_a_hedged_check_is_passed_over_for_a_plain_one() -> None:
    units = [("the book is ready at the desk, hopefully", 4), ("I see when it is ready", 5)]
    assert cited(units, MISSING) == ("I see when it is ready", 5)


def test_only_hedged_checks_carry_the_rest_then_none_is_quoted() -> None:
    assert cited([("maybe it shows as ready", 4)], MISSING) is None


def test_a_plain_check_is_quoted() -> None:
    # the near form: the same check without the hedge is fine support
    assert cited([("the book is ready at the desk", 4)], MISSING) == (
        "the book is ready at the desk",
        4,
    )
    # a check that does not carry the rest of the need is never quoted
    assert cited([("I get a text", 4)], MISSING) is None
