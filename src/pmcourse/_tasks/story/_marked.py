"""Checks told with no heading and no bullets, each on a line led by a marker of its own
kind (used by ``_parse``): a requirement's ID ("REQ-01:", "REQ-MTG-001"), a numbered label
("Condition 1.", "Stage 2 -"), a row of labelled fields ("Standby: ... Go: ... Result: ..."),
a test spec's call ("it('...')", "test(\"...\")"), or a step
that leads to a result with an arrow ("09:00 - the crew is late -> I get a message")."""

from __future__ import annotations

import re

from ._cues import labelled_rows
from ._text import I

# a requirement's own ID at the start of its line: "REQ-01:", "FR-2.", "R3)", "US 4 -",
# "REQ-MTG-001 The ..." (an ID of several dashed parts needs no colon after it)
_REQ_ID = re.compile(
    r"^\s*(?:(?-i:[A-Z]{1,5})[-_ ]?\d{1,3}(?:\.\d{1,2})?\s*[:.)\u2013-]\s+|"
    r"(?-i:[A-Z]{1,5}(?:[-_][A-Z]{1,5})+)[-_]\d{1,4}(?:\.\d{1,2})?\s*[:.)\u2013-]?\s+)(?=\S)"
)
# a capitalised label and its number, then a stop or dash: "Condition 1.", "Stage 2 -",
# "Rule 3:"; a label of time ("Day 1:", "Week 2 -") tells a diary, and a "Step" a flow
_LABEL_NO = re.compile(
    r"^\s*(?!(?:day|week|month|year|step|phase|part|chapter|section)\b)"
    r"(?-i:[A-Z][a-z]{2,11})\s+\d{1,2}\s*[:.)\u2013\u2014-]\s+(?=\S)",
    I,
)
# a test spec's case: "it('lists ...')", "test(\"shows ...\")", "it `...`"
_SPEC = re.compile(r"^\s*(?:it|test|specify|scenario)\s*\(\s*(['\"`])(?P<t>[^'\"`]{8,})\1", I)
# "[09:15 -] <what happens> -> <what someone sees>": a step and its result
_CLOCK = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\s*[-\u2013\u2014:]\s*", I)
# a clock at a line's start, with or without a dash or colon after it ("07:55 clerk ...")
_TIMED = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]m)?(?:\s*[-\u2013\u2014:]\s*|\s+)(?=\S)", I)
# "... Pass if: <check>", "... Met when: <check>": the label's own words before the check
_PASS = re.compile(r"\b(?:pass(?:es|ed)?|met|ok|done|succeeds?)\s+(?:if|when)\s*:\s*", I)
# an arrow between spaces with a word after it, and a word somewhere before it; found
# from the arrow, not tried from every word before it (a long line has no arrow at all)
_ARROW_MARK = re.compile(r"\s(?:->|=>|\u2192)\s+\w")
_WORD = re.compile(r"\w")
# "07:55 clerk opens the list - the 4 invoices, oldest first": a log line's step, a dash
# between spaces, then what is seen; the dash found first, then a word before it
_DASH_MARK = re.compile(r"\s[-\u2013\u2014]\s+\w")


def _word_before(text: str, end: int) -> bool:
    """Whether a word stands on the same line before ``end`` (the space before a mark,
    which may itself be the line break)."""
    return _WORD.search(text, text.rfind("\n", 0, end) + 1, end) is not None


def _arrow(line: str) -> bool:
    return any(_word_before(line, m.start()) for m in _ARROW_MARK.finditer(line))


def _dashed(line: str) -> bool:
    return any(_word_before(line, m.start()) for m in _DASH_MARK.finditer(line))


def marked_lines(lines: list[str]) -> dict[int, str]:
    """Each line's index and its check without its marker, when two or more lines share
    one kind of marker; else an empty dict."""
    # "Cue 1  Standby: ...  Go: ...  Result: ...": rows of the writer's own labelled fields
    rows = labelled_rows(lines)
    if rows:
        return rows
    for pat in (_REQ_ID, _LABEL_NO):
        hits = {j: pat.sub("", ln) for j, ln in enumerate(lines) if pat.match(ln)}
        if len(hits) >= 2:
            # "Stage 1 - on receipt. Pass if: the holder can see ...": the check after its label
            return {j: _PASS.split(t, maxsplit=1)[-1] for j, t in hits.items()}
    specs = {j: m["t"] for j, ln in enumerate(lines) if (m := _SPEC.match(ln))}
    if len(specs) >= 2:
        return specs
    # a run of timed lines, one of them a step with its result (after an arrow, or a dash
    # in a log written "07:55 clerk logs in - dashboard shows ..."): each line is a check
    timed = {j: _TIMED.sub("", ln) for j, ln in enumerate(lines) if _TIMED.match(ln)}
    if len(timed) >= 2 and any(_arrow(t) for t in timed.values()):
        return timed
    if len(timed) >= 2 and all(_dashed(t) for t in timed.values()):
        return timed
    arrows = {
        j: _CLOCK.sub("", ln)
        for j, ln in enumerate(lines)
        if _arrow(ln) and not re.match(r"\W*(?:as\s+an?|I\s+want)\b", ln, I)
    }
    return arrows if len(arrows) >= 2 else {}


# "For me it works if I get ..., and if I'm told ...", "It would be right if ...": a
# sentence that says when it works, its conditions joined by "and if" / "and when" or
# lettered "(a) ...; (b) ..."; each condition is a check
_WORKS_IF = re.compile(
    r"(?:^|(?<=[.!?:])\s)\W*(?:for\s+me\s*,?\s*)?(?:it|this)\s+(?:works|is\s+done|is\s+good|"
    r"passes|would\s+work(?:\s+for\s+me)?|would\s+be\s+right)\s+(?:if|when)\s+(?P<rest>[^.!?\n]+)",
    I,
)
_AND_IF = re.compile(r",?\s+and\s+(?:of\s+course\s+|also\s+)?(?:if|when)\s+", I)
# "It would work for me if (a) ...; (b) ...; (c) ...": conditions lettered or numbered inline,
# the last perhaps after "and" ("..., and (b) ...")
_LETTERED = re.compile(r"^\([a-z0-9]\)\s|[;,]?(?:\s+and)?\s+\([a-z0-9]\)\s+", I)


def works_if(lines: list[str]) -> dict[int, list[str]]:
    """The conditions of a sentence that says when it works, by its line, when it joins
    two or more; else an empty dict."""
    for j, ln in enumerate(lines):
        m = _WORKS_IF.search(ln)
        rest = m["rest"].strip() if m else ""
        if rest.startswith(("(a)", "(1)")):
            parts = [x.strip() for x in _LETTERED.split(rest) if x.strip()]
        else:
            parts = [x.strip() for x in _AND_IF.split(rest)] if rest else []
        if len([x for x in parts if len(x.split()) >= 2]) >= 2:
            return {j: parts}
    return {}


# "Done when: a developer can follow the line above end to end": a check that points
# back at a list told before the heading; that list's bullets are the checks
_POINTS_BACK = re.compile(r"\b(?:above|listed\s+earlier|the\s+(?:list|steps)\s+before)\b", I)
_BULLETED = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,2}[.)])\s+(?P<t>\S.*)$")


def pointed_back(lines: list[str], head_at: int, told: list[str]) -> dict[int, str]:
    """The bullets before the heading at head_at, by line, when the one check under it
    (told) points back at them and there are two or more; else an empty dict."""
    if len(told) != 1 or not _POINTS_BACK.search(told[0]):
        return {}
    hits = {j: m["t"] for j in range(head_at) if (m := _BULLETED.match(lines[j]))}
    return hits if len(hits) >= 2 else {}
