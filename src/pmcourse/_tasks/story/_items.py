"""Acceptance criteria as items: headings, bullets, numbered lines, Gherkin scenarios,
sentences and questions, each with the line it starts on (used by ``_parse``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._text import I

HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\d{1,2}[.)]\s+)?[\[(]?\s*(?P<h>acceptance\s+criteria|acceptance\s+tests?|"
    # "AC (all testable with two phones):": a note in brackets after the heading word
    r"a\.?c\.?s?(?=\s*(?:\([^)\n]{0,80}\)\s*)?[:\-\u2013\u2014]|\s*$)|a/c|done\s+when|definition\s+of\s+done|dod(?=\s*[:\-\u2013\u2014]|\s*$)|"
    r"conditions?\s+of\s+satisfaction|(?:it\s+is|it's|we're|we\s+are|this\s+is)\s+done\s+when|"
    r"how\s+we(?:'ll|\s+will)?\s+know(?:\s+it\s+works)?|we\s+know\s+it\s+works\s+when|"
    r"criteria|checks?(?=\s*(?:\([^)\n]{0,80}\)\s*)?[:\-\u2013\u2014]|\s*$)|tests?(?=\s*[:\-\u2013\u2014]|\s*$)|scenarios?(?=\s*[:\-\u2013\u2014]|\s*$)|"
    r"success\s+criteria|examples?(?=\s*[:\-\u2013\u2014]|\s*$))(?:\s*\([^)\n]{0,80}\))?"
    r"\s*[\])]?\s*[:\-\u2013\u2014]?\s*(?P<rest>.*)$",
    I,
)
# "... so I can check in. Done when: I get a push; I tap yes; ...": a heading with a colon
# after a sentence's end, its checks on the rest of the line (the last of its paragraph)
# ("... tomorrow. criteria: i get ...; i can ...": a bare "criteria:" or "checks:" too;
# "... the same week. ac: an invoice ...; it says ...": the short "ac:" of a one-liner)
MID_HEADING = re.compile(
    r"(?<=[.!?])\s+(?P<h>acceptance\s+criteria|done\s+when|definition\s+of\s+done|"
    r"conditions?\s+of\s+satisfaction|criteria|checks?|tests?|a\.?c\.?s?)\s*:\s*(?P<rest>\S.*\S)\s*$",
    I,
)
# "Plan (acceptance criteria): given ..., then ...; given ...": a label of the writer's own
# form with the word for checks in brackets after it, then a colon: a criteria heading
# ("Performance criteria (= acceptance criteria):": the brackets may equate the two)
LABELLED_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?[*_]*[A-Za-z][\w'-]*(?:\s+[\w'-]+)?\s*\(\s*(?:=|i\.e\.,?|aka)?\s*(?P<h>acceptance(?:\s+criteria|"
    r"\s+tests?|\s+checks?)?|criteria|checks?|tests?)\s*\)[*_]*\s*:\s*(?P<rest>.*)$",
    I,
)
# "Tests I would run: (1) ...; (2) ...", "I would regard it as working if: (1) ...; (2) ...",
# "I would consider this resolved when: first, ...; second, ...",
# "How I'll know it works: ...; ...": a label in the writer's own words, at the start of a
# line, that says how they would test, check or know it works, then a colon and two or more
# checks inline, numbered (1) (2) or split by ";": a criteria heading with its checks
_WRITER_LABEL = re.compile(
    r"^\s*[*_]*(?P<h>(?=[^:.!?;\n]*?\b(?:test|check|verif|know|tell\b|accept|work|done\b|"
    r"pass|succe|satisf|resolv|sign(?:ed)?\s+(?:it\s+)?off))(?![^:\n]*\b(?:so\s+that|I\s+(?:want|need)|as\s+an?)\b)"
    r"[A-Za-z][^:.!?;\n]{2,70}?)[*_]*\s*:\s*(?P<rest>\S.*)$",
    I,
)
_NUMBERED_INLINE = re.compile(r"^\(?1[.)]\s.*\s\(?2[.)]\s", I)
# "AC: 1. empty shelf -> ... 2. no stock -> ...", "AC: (a) ... (b) ...": checks numbered or
# lettered on one line after a heading
_ENUM = r"(?:\d{1,2}[.)]|\([a-z0-9]{1,2}\))\s"
_ENUM_SPLIT = re.compile(rf"\s+(?={_ENUM})")
# "acceptance criteria: - a - b - c": a list pasted onto one line keeps its dash bullets
_DASH_LIST = re.compile(r"^([-*\u2022\u2013\u2014])\s")


def inline_checks(rest: str) -> list[str]:
    """The checks told on the line of their heading, after it: numbered or lettered, split
    by ";" ("given A, then B; given C, then D"), or a list whose dash bullets are kept on
    one line (each part keeps its bullet, so that it is read as one); else the rest whole."""
    parts = _ENUM_SPLIT.split(rest)
    if len(parts) >= 2 and all(re.match(_ENUM, x) for x in parts[1:]):
        return parts
    semis = [x.strip() for x in rest.split(";")]
    if len(semis) >= 2 and all(len(x.split()) >= 3 for x in semis):
        return semis
    dash = _DASH_LIST.match(rest)
    if dash:
        # split only at the writer's own bullet between spaces: a hyphen inside a word, or
        # another kind of dash, does not start an item
        marks = [x.strip() for x in re.split(rf"\s+(?={re.escape(dash[1])}\s)", rest)]
        if len(marks) >= 2 and all(len(x.split()) >= 3 for x in marks):
            return marks
    return [rest]


def writer_label(line: str) -> re.Match[str] | None:
    """The match of a writer's own label for their checks with the checks inline after it
    (see ``_WRITER_LABEL``), or None."""
    m = _WRITER_LABEL.match(line)
    if not m or len(m["h"].split()) > 12:
        return None
    rest = m["rest"]
    semis = [x for x in rest.split(";") if len(x.split()) >= 3]
    # "Checks I'd do: the crew is late -> I get a message. The van leaves -> I see ...":
    # sentences that each lead from a step to its result
    arrows = len(re.findall(r"\s(?:->|=>|\u2192)\s", rest))
    return m if _NUMBERED_INLINE.match(rest) or len(semis) >= 2 or arrows >= 2 else None


# a diary's line whose label says it is a check, after a day or time: "Mon 07:45 - check:
# the invoice shows as overdue", "Day 3, 10:00 test - ...", "12/03 check: ..."; each is one
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]m)?|\d{1,2}\s*[ap]m)"
STAMPED_CHECK = re.compile(
    r"^\s*(?:(?:" + _WEEKDAY + r"|day\s+\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)[\s,]*"
    r"(?:" + _CLOCK + r")?|" + _CLOCK + r")\s*[-\u2013\u2014:,]?\s*"
    r"(?:check|test|verify)\s*[:\-\u2013\u2014]\s+(?=\S)",
    I,
)
# "09:43 CHECKS (acceptance criteria) - open changes are listed; ...": a log's line with
# a clock time before its label; the time is not a dash-led diary check ("07:45 - check:")
STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s+(?=[^\s\-\u2013\u2014])")


def stamped_heading(line: str) -> re.Match[str] | None:
    """The heading match of a log's time-stamped line that labels two or more checks told
    inline after it ("11:18 CHECKS - A; when B, C"), or None. The time is blanked, so that
    positions in the match are still the line's; one check alone is a diary's entry."""
    stamp = STAMP.match(line)
    if not stamp:
        return None
    m = HEADING.match(" " * stamp.end() + line[stamp.end() :])
    return m if m and len(inline_checks(m["rest"])) >= 2 else None


AFTER_HEADING = re.compile(r"[:\-\u2013\u2014]|\s*$")
STOP_BLOCK = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:notes?|out\s+of\s+scope|open\s+questions?|questions?|assumptions?|"
    r"dependencies|non-goals?|context|background|why)\s*[:\-\u2013\u2014]?\s*$",
    I,
)
# "MUST: ...", "Should - ...": a MoSCoW priority in front of a line marks a list item,
# as a bullet does; a tick glyph ("✅ ...") is a list marker too
_PRIORITY = r"(?:must|should|could|won'?t)(?:\s+have)?\s*[:\-\u2013\u2014]\s*"
# a lower-case roman numeral ("i) ... ii) ... iii)") numbers a list as a digit does
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x)"
# an empty or crossed box ("☐ ...", "□ ...") pasted from a notes app marks one too
_TICK = "\u2705\u2714\u2611\u2713\u2610\u2612\u25a1\u25a2"
BULLET = re.compile(
    r"^\s*(?:(?:[-*+•\u2013\u2014‣◦▪>"
    + _TICK
    + r"]\ufe0f?|\d{1,2}[.)]|[a-zA-Z][.)](?=\s)|"
    + _ROMAN
    + r"[.)](?=\s)|"
    r"\([a-zA-Z0-9]{1,2}\)|" + _PRIORITY + r")\s*)?(?:\[[ xX✓]?\]\s*)?",
    I,
)
HAS_BULLET = re.compile(
    r"^\s*(?:[-*+•\u2013\u2014‣◦▪"
    + _TICK
    + r"]\ufe0f?\s*|\d{1,2}[.)]\s*|[a-zA-Z][.)]\s+|"
    + _ROMAN
    + r"[.)]\s+|"
    r"\([a-zA-Z0-9]{1,2}\)\s*|\[[ xX✓]?\]\s*|" + _PRIORITY + r")\S",
    I,
)
GHERKIN_START = re.compile(r"^(?:scenario(?:\s+outline)?|example)\b\s*\d*\s*[:\-\u2013]?", I)
GIVEN = re.compile(r"^given\b", I)
_WHEN = re.compile(r"^when\b", I)
_THEN_AND = re.compile(r"^(?:then|and|but)\b", I)
GWT_IN_PROSE = re.compile(r"\bgiven\b.*?\bwhen\b.*?\bthen\b", I | re.DOTALL)
GHERKIN_WORDS = {"given", "when", "then", "and", "but", "scenario"}
STORY_LINE = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s+)?(?:as\s+(?:an?|the)\b|I\s+want\b|so\s+that\b|persona\s*:|"
    r"(?:need|want|outcome|goal|benefit|so\s+that|role|user|who|what|why)\s*:)",
    I,
)
_INLINE_ENUM = re.compile(
    r"\s*;\s*(?:and\s+)?\(?[a-z0-9]{1,2}[.)]\s+|,?\s+(?:and\s+)?\((?:[2-9]|1\d)\)\s+", I
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\s*;\s+")


@dataclass(frozen=True)
class Item:
    text: str
    line: int
    gherkin: bool
    # a Gherkin scenario's steps, each with its line: its Then/And outcomes are its checks
    steps: tuple[tuple[int, str], ...] = ()


def _split_sentences(text: str, line: int) -> list[Item]:
    return [Item(s.strip(), line, False) for s in _SENTENCE_SPLIT.split(text) if s.strip()]


def parse_block(lines: list[tuple[int, str]]) -> list[Item]:
    """Criteria items from the lines of a criteria block."""
    items: list[Item] = []
    cur: list[str] = []
    nos: list[int] = []  # the line of each of cur's parts
    cur_line = 0
    cur_kind = ""  # "bullet", "gherkin" or "plain"
    has_then = False

    def flush() -> None:
        nonlocal cur, nos, cur_kind, has_then
        if cur:
            text = " ".join(cur)
            if cur_kind == "plain":
                items.extend(
                    item
                    for part in _INLINE_ENUM.split(re.sub(r"^\(1\)\s+", "", text))
                    for item in _split_sentences(part, cur_line)
                )
            elif cur_kind == "bullet":
                items.extend(
                    Item(part.strip(), cur_line, False)
                    for part in _INLINE_ENUM.split(text)
                    if part.strip()
                )
            else:
                items.append(Item(text, cur_line, True, tuple(zip(nos, cur, strict=True))))
        cur, nos, cur_kind, has_then = [], [], "", False

    for no, raw in lines:
        if not raw.strip():
            if cur_kind == "plain":
                flush()
            continue
        bulleted = bool(HAS_BULLET.match(raw))
        body = BULLET.sub("", raw, count=1).strip() if bulleted else raw.strip()
        body = re.sub(r"^#{1,6}\s*", "", body)
        if not body:
            continue
        if GHERKIN_START.match(body):
            flush()
            cur, nos, cur_line, cur_kind = [body], [no], no, "gherkin"
            continue
        if GIVEN.match(body):
            if not (
                cur_kind == "gherkin"
                and not has_then
                and len(cur) == 1
                and GHERKIN_START.match(cur[0])
            ):
                flush()
                cur, nos, cur_line = [], [], no
            cur.append(body)
            nos.append(no)
            cur_kind = "gherkin"
            has_then = bool(re.search(r"\bthen\b", body, I))
            continue
        # "AC: when A it is not listed; when B it says so": a "when" split from the same
        # line as a lone "when" before it is a check of its own, not that one's next step
        split_when = cur_kind == "gherkin" and len(cur) == 1 and bool(_WHEN.match(cur[0]))
        if _WHEN.match(body) and (
            cur_kind != "gherkin" or has_then or bulleted or (split_when and nos[0] == no)
        ):
            flush()
            cur, nos, cur_line, cur_kind = [body], [no], no, "gherkin"
            has_then = bool(re.search(r"\bthen\b", body, I))
            continue
        if _THEN_AND.match(body) and cur_kind == "gherkin" and not bulleted:
            cur.append(body)
            nos.append(no)
            has_then = has_then or body.lower().startswith("then")
            continue
        if _WHEN.match(body) and cur_kind == "gherkin" and not bulleted:
            cur.append(body)
            nos.append(no)
            continue
        if bulleted:
            flush()
            cur, nos, cur_line, cur_kind = [body], [no], no, "bullet"
            continue
        indented = raw[:1].isspace()
        if cur_kind in ("bullet", "gherkin") and (indented or body[:1].islower()):
            if cur_kind == "gherkin" and nos:
                # a continuation line belongs to the step above it
                cur[-1] = f"{cur[-1]} {body}"
            else:
                cur.append(body)
                nos.append(no)
            continue
        flush()
        cur, nos, cur_line, cur_kind = [body], [no], no, "plain"
        flush()
    flush()
    return items


# "Can the clerk see ...?", "Does an invoice leave the list ...?": a check asked as a
# yes/no question about what someone can see or do
_QUESTION = re.compile(
    r"^\W*(?:can|could|does|do|did|is|are|will|would|should|has|have|was|were|"
    r"can't|doesn't|isn't|won't)\s[^?]{8,}\?\W*$",
    I,
)


def question_lines(lines: list[str]) -> list[int]:
    """The indexes of the first run of lines (blank lines between allowed) that ask two
    or more yes/no questions and nothing else, or none."""
    run: list[int] = []
    for j, ln in enumerate(lines):
        if not ln.strip() and run:
            continue
        body = BULLET.sub("", ln, count=1).strip() if HAS_BULLET.match(ln) else ln.strip()
        parts = [x for x in re.split(r"(?<=\?)\s+", body) if x]
        if parts and not STORY_LINE.match(body) and all(_QUESTION.match(x) for x in parts):
            run.append(j)
            continue
        if run:
            break
    asked = sum(lines[j].count("?") for j in run)
    return run if asked >= 2 else []
