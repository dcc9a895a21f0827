"""Speed-ups of the story analyser that must not change a single match."""

from __future__ import annotations

import re

import pytest
import storydata

from pmcourse._tasks.story import _parse


def _labelled_texts() -> list[str]:
    names = storydata.tuned_files() + storydata.holdout_files()
    return [str(s["text"]) for name in names for s in storydata.load(name)]


def _as_before(pattern: str) -> str:
    """A pattern as it was written before its runs of non-word characters were made
    possessive (which only stops needless backtracking over blanked lines)."""
    return pattern.replace(r"\W*+", r"\W*").replace(r"[.!?]\s++|\n)", r"[.!?]\s+|\n)")


@pytest.mark.parametrize(
    "pattern",
    [
        _parse.JOB,
        _parse._LABELLED_OUTCOME,
        _parse._LABELLED_WANT,
        _parse._PERSONA_PATTERNS[4],
        _parse._PROSE_PERSONA[-2],
    ],
)
def test_a_possessive_run_matches_as_before_on_every_labelled_story(
    pattern: re.Pattern[str],
) -> None:
    before = re.compile(_as_before(pattern.pattern), pattern.flags)
    assert before.pattern != pattern.pattern
    for text in _labelled_texts():
        story = _parse.parse(text, storydata.scenario("OVERDUE_INVOICES")).story
        # blanked lines (runs of spaces) were where the backtracking cost time
        for s in (text, story, text.replace("\n", "\n" + " " * 60 + "\n")):
            assert [(m.span(), m.groups()) for m in pattern.finditer(s)] == [
                (m.span(), m.groups()) for m in before.finditer(s)
            ], text


def test_a_check_without_an_arrow_is_never_an_arrow_check() -> None:
    # criterion_problem tries _ARROW (slow on a long line: it backtracks) only where
    # _ARROWS finds one of its arrows; without one it cannot match
    from pmcourse._tasks.story._criteria import _ARROW, _ARROWS

    for text in _labelled_texts():
        for line in [*text.splitlines(), text]:
            if _ARROWS.search(line) is None:
                assert _ARROW.match(line) is None, line
    assert _ARROW.match("paid -> not shown") and _ARROWS.search("paid -> not shown")


def test_precompiled_patterns_are_the_ones_written_inline_before() -> None:
    from pmcourse._tasks.story import _roles

    assert (_parse._GAP.pattern, _parse._GAP.flags) == (r"[\s,/&+]*", re.UNICODE)
    assert _roles._FILLED.pattern == r"\W*<\s*([\w' -]{2,30}?)\s*>\W*"
    assert _roles._FILLED.flags == re.UNICODE
    assert _roles._FIELD_NAME.pattern == r"(?:persona|role|kind\s+of\s+user)"
    assert _roles._FIELD_NAME.flags == re.IGNORECASE | re.UNICODE
