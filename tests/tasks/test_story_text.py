"""The text helpers the story judges share (``story/_text.py``)."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import _text
from pmcourse._tasks.story._machinery import _METHOD_AS_WAY, _THEIR_MACHINE, machinery
from pmcourse._tasks.story._text import clean_line, plural_stem, role_head, stem, word_list


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


# clean_line and machinery skip a scan when the line lacks a character every match needs
# (a quote mark, an emphasis mark, a possessive's apostrophe): the answer must be what
# the full scan gives, on lines with the character and on their near forms without it
_LINES = (
    "> **Note**: the `export` is _late_",
    "the export is late",
    "We match via the Jaro fuzzy matching, then the vendor's nightly sync runs",
    "We match via the Jaro fuzzy matching, then the vendor nightly sync runs",
    "Acme\u2019s sync jobs fail and Saturday's sync is slow",
    "a 2 > 1 check with snake_case names",
)


@pytest.mark.parametrize("line", _LINES)
def test_the_gated_scans_give_what_the_full_scans_give(line: str) -> None:
    full = _text._EMPH.sub("", _text._QUOTE_PREFIX.sub("", line)).replace("\u2019", "'")
    assert clean_line(line) == full
    methods = [m.group(0) for m in _METHOD_AS_WAY.finditer(line)]
    parts = [m.group(0) for m in _THEIR_MACHINE.finditer(line)]
    assert [hit for hit, _no, _kind in machinery([line])] == methods + parts


def test_a_possessive_part_is_found_and_its_near_form_without_one_is_not() -> None:
    assert [h for h, _n, _k in machinery(["then Acme's sync jobs fail"])] == ["Acme's sync jobs"]
    assert machinery(["then Acme sync jobs fail"]) == []


def test_a_lone_x_is_a_template_gap_but_a_hyphened_x_is_a_word() -> None:
    assert _text.PLACEHOLDER.search("so that I can do X")
    # "X-ray" and "an x-ray" are words, not a gap to fill
    assert not _text.PLACEHOLDER.search("so that the clinic can send the X-ray the same day")
