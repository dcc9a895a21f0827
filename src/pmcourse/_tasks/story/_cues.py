"""Checks told as rows of labelled fields (used by ``_marked``).

A cue sheet, a test card or a ticket template writes each check on one line as fields in
the writer's own labels: "Cue 1  Standby: <setting>.  Go: <action>.  Result: <what is
seen>." The labels are the writer's, but the shape is Given/When/Then: the first field sets
the scene, the last says what is seen, any between are what happens. When two or more
lines carry the same labels in the same order, each line is one check, rewritten as a
single step ("given <setting>, when <action>, then <result>") that the criteria judge reads.
"""

from __future__ import annotations

import re

# a field's label: one capitalised word and a colon, at the line's start or after a
# sentence's end, a ";" or a gap of two spaces ("unpaid.  Go: clerk opens ...")
_LABEL = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\s\s))[A-Z][a-z]{1,14}\s*:\s+(?=\S)")
# what may lead a row before its first field: a bullet, a short name and number ("Cue 1",
# "Test 3", "#2"); a longer lead is a sentence, not a row
_LEAD_WORDS = 3
_END = re.compile(r"[\s.;,]+$")


def _fields(line: str) -> tuple[tuple[str, ...], list[str]] | None:
    """The labels of a row and the text of each field, or None when the line is not a row
    of two or more labelled fields."""
    marks = list(_LABEL.finditer(line))
    if len(marks) < 2 or len(line[: marks[0].start()].split()) > _LEAD_WORDS:
        return None
    labels = tuple(m.group(0).split(":")[0].strip().lower() for m in marks)
    ends = [m.start() for m in marks[1:]] + [len(line)]
    texts = [_END.sub("", line[m.end() : e]) for m, e in zip(marks, ends, strict=True)]
    if len(set(labels)) < len(labels) or not all(texts):
        return None
    return labels, texts


def labelled_rows(lines: list[str]) -> dict[int, str]:
    """Each row's index and its check as one step, when two or more lines are rows of the
    same labelled fields in the same order; else an empty dict."""
    rows: dict[tuple[str, ...], dict[int, list[str]]] = {}
    for j, ln in enumerate(lines):
        got = _fields(ln) if ":" in ln else None
        if got:
            rows.setdefault(got[0], {})[j] = got[1]
    best = max(rows.values(), key=len, default={})
    if len(best) < 2:
        return {}
    out: dict[int, str] = {}
    for j, texts in best.items():
        *scene, result = texts
        steps = [f"given {scene[0]}", *(f"when {t}" for t in scene[1:])]
        out[j] = f"{', '.join(steps)}, then {result}"
    return out
