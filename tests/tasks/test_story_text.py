"""The text helpers the story judges share (``story/_text.py``)."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story._text import plural_stem, role_head, stem, word_list


def test_word_list_lowers_and_trims_each_word() -> None:
    assert word_list("The 'Overdue' list-view, 3 items") == [
        "the",
        "overdue",
        "list-view",
        "3",
        "items",
    ]


def test_a_caller_that_changes_its_word_list_does_not_change_the_next_callers() -> None:
    # the words are cached per text: each caller must still get its own list
    first = word_list("remind me before the callback")
    first.append("extra")
    first[0] = "changed"
    assert word_list("remind me before the callback") == [
        "remind",
        "me",
        "before",
        "the",
        "callback",
    ]


@pytest.mark.parametrize(
    ("persona", "role"),
    [
        ("a duty manager at a station", "a duty manager"),
        ("Practice Manager, Hillside Surgery", "practice manager"),
        ("a data engineer who looks after the trial sponsor's feeds", "a data engineer"),
        ("warden", "warden"),
    ],
)
def test_role_head_is_the_role_before_where_or_who(persona: str, role: str) -> None:
    assert role_head(persona) == role


def test_plural_stem_makes_singular_and_plural_agree() -> None:
    # "candidate" and "candidates" stem apart; from the plural they agree
    assert stem("candidate") != stem("candidates")
    assert plural_stem("Candidate") == plural_stem("candidates")
    # a noun already ending in "s" is not given a second one
    assert plural_stem("nurses") == plural_stem("nurse")
    assert plural_stem("class") == stem("class")
