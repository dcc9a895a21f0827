"""Speed-ups of the story analyser that must not change a single match."""

from __future__ import annotations

import re

import pytest
import storydata

from pmcourse._tasks.story import _parse
from pmcourse._tasks.story._bucket import bucketed
from pmcourse._tasks.story._fastre import case_first
from pmcourse._tasks.story._lexicon import KINDS


def _labelled_texts() -> list[str]:
    names = storydata.tuned_files() + storydata.holdout_files()
    return [str(s["text"]) for name in names for s in storydata.load(name)]


def test_bucketing_groups_alternatives_by_first_letter_behind_a_gate() -> None:
    pattern = r"\b(?:redis|rabbit|kafka|kinesis|sqs|sns|s3|postgres|\w+_db)\b"
    fast = bucketed(pattern, re.IGNORECASE)
    assert fast.startswith(r"\b(?:(?=k)(?:kafka|kinesis|\w+_db)|")
    assert fast.endswith(r"|(?![kprs])(?:\w+_db))\b")
    for text in ("Redis", "a RabbitMQ", "KAFKA topic", "the users_db", "S3 and sns", "none"):
        for flags in (re.IGNORECASE, 0):
            slow_hits = [m.span() for m in re.finditer(pattern, text, flags)]
            fast_re = re.compile(case_first(bucketed(pattern, flags), flags), flags)
            assert [m.span() for m in fast_re.finditer(text)] == slow_hits, text
    # too few alternatives, or first letters it cannot tell: left as written
    assert bucketed(r"\b(?:a|b)\b", re.IGNORECASE) == r"\b(?:a|b)\b"
    assert bucketed(r"(?:\d+|x?y)+", 0) == r"(?:\d+|x?y)+"


def test_every_kind_bucketed_finds_what_it_found_on_every_labelled_line() -> None:
    lines = {ln for text in _labelled_texts() for ln in text.splitlines()}
    for kind, pat in KINDS:
        fast = re.compile(case_first(bucketed(pat.pattern, pat.flags), pat.flags), pat.flags)
        for line in lines:
            assert [m.span() for m in fast.finditer(line)] == [
                m.span() for m in pat.finditer(line)
            ], (kind, line)


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
