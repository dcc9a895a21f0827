"""own_end(): a want that acts on the need's object for an end of its own is another
feature; an end that is only a feeling or a measure moving names no such end."""

from __future__ import annotations

import pytest
from test_story_topic import HOLDS, topic

BASE = (
    "As a member, I want to update my holds online, so that {end}.\n\n"
    "Acceptance criteria:\n- I can change a hold until the day before it is ready.\n"
    "- I get a message once it is changed.\n"
)


def test_an_action_on_the_needs_object_for_an_end_of_its_own_is_another_feature() -> None:
    assert topic(BASE.format(end="I can read them near my office"), HOLDS) == "not met"


@pytest.mark.parametrize(
    "end",
    [
        "I don't feel guilty about it",
        "I feel calmer about my loans",
        "the branch's late-return rate comes down",
        "the library's loss percentage drops",
    ],
)
def test_an_end_that_is_only_a_feeling_or_a_measure_moving_names_no_other_feature(
    end: str,
) -> None:
    assert topic(BASE.format(end=end), HOLDS) != "not met"
