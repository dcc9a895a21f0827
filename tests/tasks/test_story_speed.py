"""Speed-ups of the story analyser that must not change a single match."""

from __future__ import annotations

import re

import pytest
import storydata

from pmcourse._tasks import story
from pmcourse._tasks.story import (
    _aggregate,
    _criteria,
    _parse,
    _procedure,
    _salad,
    _solution,
    _text,
    _vague,
)
from pmcourse._tasks.story._fastre import (
    LineWords,
    Prefilter,
    lowered,
    quick_finditer,
    quick_search,
    required_literals,
)
from pmcourse._tasks.story._restated import canon, kin, new_words
from pmcourse._tasks.story._text import stem, word_list


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


def test_an_arrow_line_is_found_from_its_arrow_as_the_pattern_found_it_from_each_word() -> None:
    # _marked found an arrow line with one pattern tried from every word of the line
    # (quadratic on a long line with no arrow); it now starts from the arrow
    from pmcourse._tasks.story._marked import _arrow

    before = re.compile(r"\w[^\n]*?\s(?:->|=>|\u2192)\s+\w")
    odd = ["-> x -> y", " -> y", "a -> b", "a->b", "x =>  y", "\u2192 a", "a \u2192 b", "a\n-> b"]
    for text in [*_labelled_texts(), *odd]:
        for line in [*text.splitlines(), text]:
            assert _arrow(line) == bool(before.search(line)), line


def test_precompiled_patterns_are_the_ones_written_inline_before() -> None:
    from pmcourse._tasks.story import _roles

    assert (_salad._GAP.pattern, _salad._GAP.flags) == (r"[\s,/&+]*", re.UNICODE)
    assert _roles._FILLED.pattern == r"\W*<\s*([\w' -]{2,30}?)\s*>\W*"
    assert _roles._FILLED.flags == re.UNICODE
    assert _roles._FIELD_NAME.pattern == r"(?:persona|role|kind\s+of\s+user)"
    assert _roles._FIELD_NAME.flags == re.IGNORECASE | re.UNICODE


# the long patterns tried on every check, outcome and persona phrase, read through
# their prefilter (``quick_search``): each must find exactly what the full search finds
_GUARDED = {
    "PLACEHOLDER": _text.PLACEHOLDER,
    "VAGUE_TERMS": _vague.VAGUE_TERMS,
    "_AGGREGATE": _aggregate._AGGREGATE,
    "_VAGUE_PREDICATE": _criteria._VAGUE_PREDICATE,
    "_POLICY": _procedure._POLICY,
    "_TRAINING": _procedure._TRAINING,
    "_BY_HAND": _procedure._BY_HAND,
    "_MEETING": _procedure._MEETING,
    "_SIGN_OFF": _procedure._SIGN_OFF,
    "_SERVICE": _procedure._SERVICE,
    "_SCRIPT": _procedure._SCRIPT,
    "_RULE_CODE": _procedure._RULE_CODE,
    "_GOVERN": _procedure._GOVERN,
    "_AUDIT_TRAIL": _procedure._AUDIT_TRAIL,
    "_DUTY": _procedure._DUTY,
    "_TIMED_MEETING": _procedure._TIMED_MEETING,
    "_POLICY_LABEL": _procedure._POLICY_LABEL,
}


@pytest.mark.parametrize("name", sorted(_GUARDED))
def test_a_quick_search_finds_what_the_full_search_finds_on_every_labelled_line(
    name: str,
) -> None:
    pattern = _GUARDED[name]
    texts = _labelled_texts()
    # lines in capitals too: the filter reads a lower-cased copy of the line
    lines = [v for t in texts for ln in t.splitlines() for v in (ln, ln.upper())]
    found = 0
    for s in [*texts, *lines]:
        full = [m.span() for m in pattern.finditer(s)]
        assert [m.span() for m in quick_finditer(pattern, s)] == full, s
        quick = quick_search(pattern, s)
        assert (quick.span() if quick else None) == (full[0] if full else None), s
        found += bool(full)
    assert found, "no labelled line holds a match: the test would prove nothing"


def test_a_digit_class_lets_a_unit_through_only_beside_a_digit() -> None:
    # "dp" and "pt" are inside "update" and "attempt"; "12 dp" needs a digit as well
    needs = Prefilter(r"\b\d+\s*(?:px|dp|pt)\b", re.IGNORECASE)
    assert not needs.may_match("update the attempt", "update the attempt")
    assert needs.may_match("a 12 DP margin", "a 12 dp margin")
    # a digit is in too many lines to be the one string looked for first: a pattern that
    # needs nothing but a digit has no required strings
    assert required_literals(r"\b\d+\b", re.IGNORECASE) is None


def test_a_run_before_a_group_is_joined_to_the_plain_start_of_each_alternative() -> None:
    # "ya?ml" begins with "y" whatever follows: ".y" is required, not just "."
    pattern = r"\b\w+\.(?:py|ya?ml)\b"
    assert required_literals(pattern, re.IGNORECASE) == {".py", ".y"}
    needs = Prefilter(pattern, re.IGNORECASE)
    assert not needs.may_match("the ML team. Python later", "the ml team. python later")
    assert needs.may_match("edit deploy.YAML", "edit deploy.yaml")
    # an alternative with no plain start ("s?ql") leaves the run and the group apart
    assert required_literals(r"x\.(?:s?ql|py)", re.IGNORECASE) == {"x."}


def test_one_search_for_every_filters_strings_gives_each_filter_its_own_answer() -> None:
    # the solution scan asks its 25 filters about each line with one search for all of
    # their strings: each filter must answer as it does with searches of its own
    texts = _labelled_texts()
    lines = [v for t in texts for ln in t.splitlines() for v in (ln, ln.upper())]
    filters = [needs for _kind, _pat, needs in _solution._SCAN]
    through = 0
    for line in lines:
        low = line.lower() if line.isascii() else None
        present = _solution._LINE_WORDS.found(low) if low is not None else None
        for needs in filters:
            alone = needs.may_match(line, low)
            assert needs.may_match(line, low, present) == alone, (line, needs.plain_words)
            through += alone
    assert 0 < through < len(lines) * len(filters), "the filters must pass some lines, not all"


def test_strings_that_begin_longer_ones_are_found_with_them() -> None:
    # "event" begins "events" and "eventbus": the longest is found where they start,
    # the shorter ones with it; a string inside a word is found there too
    short = Prefilter(r"\bevent\b", re.IGNORECASE)
    longer = Prefilter(r"events|eventbus|bus", re.IGNORECASE)
    words = LineWords([short, longer])
    present = words.found("the eventbus sends events")
    assert {"event", "eventbus", "events", "bus"} <= present
    assert short.may_match("the eventbus", "the eventbus", words.found("the eventbus"))
    assert not longer.may_match("an event", "an event", words.found("an event"))
    assert words.found("nothing here") == frozenset()


@pytest.mark.parametrize(
    "line",
    [
        "Then both of us see the account 'short by £88.60 this month'",
        "the caf\u00e9\u2019s \u201clate\u201d list \u2013 in Postgres",
        "\u017ftored in the \u212aafka topic",  # signs an ASCII letter matches: no copy
        "\u0130NVOICES are stored in Postgres",
    ],
)
def test_the_filters_copy_of_a_non_ascii_line_never_hides_a_match(line: str) -> None:
    # a line with "£" or curly quotes is filtered like an ASCII one (it was scanned by
    # every pattern before); a line with a fold sign is not filtered at all
    low = lowered(line)
    assert (low is None) == any(c in line for c in "\u0130\u0131\u212a\u017f")
    for _kind, pat, needs in _solution._SCAN:
        if pat.search(line):
            assert needs.may_match(line, low), (line, pat.pattern[:60])
    assert lowered("Plain ASCII") == "plain ascii"


def test_the_last_lowered_copy_is_kept_only_for_the_same_text() -> None:
    # one line asked about by many patterns is lowered once; another text, even an
    # equal one or one with a fold sign, gets its own answer
    first = "Stored in POSTGRES"
    assert lowered(first) == "stored in postgres"
    assert lowered(first) == "stored in postgres"
    assert lowered("\u212aafka topic") is None
    assert lowered("Kafka Topic") == "kafka topic"
    assert lowered("stored in postgres".upper()) == "stored in postgres"


def test_a_filter_is_kept_for_each_pattern_object_not_each_pattern_text() -> None:
    # two patterns of one text but different flags each get their own filter
    cased = re.compile("Kafka(?: topic)?")
    folded = re.compile("Kafka(?: topic)?", re.IGNORECASE)
    assert quick_search(cased, "a kafka topic") is None
    found = quick_search(folded, "a kafka topic")
    assert found is not None and found.group(0) == "kafka topic"
    assert quick_search(folded, "a queue") is None


def test_place_codes_are_read_only_from_a_capital_and_digits_after_a_place() -> None:
    lines = ["Pick from shelf D3 and bay B12", "stock in shelf d4, row seven", "AB12 ok"]
    assert _solution.place_codes(lines) == frozenset({"D3", "B12"})


@pytest.mark.parametrize(
    ("pattern", "story"),
    [
        (_parse._WE_ARE, "We're two students sharing a flat and we split the bills."),
        (_parse._I_PAREN, "When I (a finance clerk) open the report, I want the totals."),
    ],
)
def test_persona_gate_keyed_by_pattern(pattern: re.Pattern[str], story: str) -> None:
    # _NEEDS is keyed by the named pattern, not by its place in _PROSE_PERSONA: moving the
    # prose patterns around keeps each gate on its own pattern; the gate's literal is one
    # the pattern cannot match without, and the pattern is still tried by _find_persona
    need = _parse._NEEDS[pattern]
    assert pattern in _parse._PROSE_PERSONA
    assert pattern.search(story)
    assert need in story
    assert not pattern.search(story.replace(need, "X"))
    assert set(_parse._NEEDS) <= set(_parse._PROSE_PERSONA)


def _cut_every_run(message: str, words: str) -> str:
    """The plain form ``story._cut`` replaced: every run of every length, longest first
    (with the one fix made with it: a run of bare punctuation is skipped)."""
    seq = words.split()
    low = message.lower()
    for size in range(len(seq), 2, -1):
        for i in range(len(seq) - size + 1):
            run = " ".join(seq[i : i + size]).lower().strip(" ,.;:")
            at = low.find(run) if run else -1  # an empty run looped forever before
            if at >= 0:
                return _cut_every_run(message[:at] + "…" + message[at + len(run) :], words)
    return message


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("the list shows shelves with stock, sorted by aisle", "shows shelves with stock, sorted"),
        ("a b c d e f", "x b c d y c d e"),
        ("Tick: shelf A, shelf B, shelf A again", ", shelf A, shelf B, : ; ."),
        ("nothing in common here", "quite other words entirely"),
        ("…, … and …, more", ", … and …, more ,"),
        ("one two three one two three", "one two three one two three four"),
    ],
)
def test_a_cut_of_flagged_words_is_the_one_every_run_gave(message: str, words: str) -> None:
    assert story._cut(message, words) == _cut_every_run(message, words)


def test_a_cut_is_the_one_every_run_gave_on_the_corpus_messages() -> None:
    # every labelled story's ✔ messages against its own text, a long flagged phrase
    for s in storydata.tuned()[::25]:
        text = str(s["text"])
        for f in story.analyse(text, storydata.scenario(str(s["scenario"]))).findings:
            words = " ".join(text.split()[:40])
            assert story._cut(f.message, words) == _cut_every_run(f.message, words)


def _new_words_plain(words: list[str], want: set[str]) -> list[str]:
    """The plain form ``_restated.new_words`` replaced."""
    return [
        w
        for w in words
        if canon(w) not in want
        and not any(len(x) >= 4 and stem(w).startswith(x) for x in want)
        and not any(kin(stem(w), x) for x in want)
    ]


def test_new_words_are_the_ones_the_plain_form_gave_on_the_corpus() -> None:
    for s in storydata.tuned()[::10]:
        words = word_list(str(s["text"]))
        want = {canon(w) for w in words[: len(words) // 2]} | {"notif", "compar", "filt"}
        assert new_words(words, want) == _new_words_plain(words, want)
