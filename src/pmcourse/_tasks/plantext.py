"""The text of an eval plan cut the way people write one: sentences and list items, the
label a line opens with, the clause that holds a number, and a short quote of what a
criterion found. Task 9.7's judge (``evalplan``) reads a plan through these."""

from __future__ import annotations

import re

__all__ = [
    "CLOSES",
    "OPENS",
    "SENTENCE",
    "clause",
    "clause_at",
    "evidence",
    "first",
    "label",
    "quote",
    "sentences",
    "values",
]

# Sentences end at . ! or ? before a space, at a blank line, or where a list item starts:
# a bullet, a number, or a line that opens with a short label and a colon or an arrow
# ("Judged by → 2 agents", "Budget: 1 cent", "budget = 1 cent"); a sentence that wraps onto the next line
# stays whole.
SENTENCE = re.compile(
    r"(?<=[.!?])\s+|\n\s*\n|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])\s)|"
    r"\n(?=[ \t]*[A-Za-z][\w'/-]*(?:[ \t]+[\w'/-]+){0,2}[ \t]*(?::|->|=>|=|[\u2192\u2013\u2014])[ \t])"
)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text) if s.strip()]


# A sentence that opens with a short label and a colon, an arrow, a dash or an equals sign
# ("Budget: 1c", "Tickets: 300 anonymised", "Varying - 3x", "runs = 5 per ticket"): the label names what the words after it are.
LABEL = re.compile(
    r"^\W*([A-Za-z][\w'/-]*(?:[ \t]+[\w'/-]+){0,2}?)[ \t]*"
    r"(?::|->|=>|[ \t]=[ \t]|[\u2192\u2013\u2014]|[ \t]-[ \t])[ \t]*"
)


def label(s: str) -> tuple[str, str]:
    """The label a sentence opens with and the words after it, or ("", s)."""
    m = LABEL.match(s)
    return (m.group(1), s[m.end() :]) if m else ("", s)


def evidence(text: str, start: int, end: int) -> str:
    """The words a criterion found, with a little of the sentence around them."""
    return " ".join(text[start:end].split())


def first(pattern: re.Pattern[str], text: str) -> str:
    m = pattern.search(text)
    return evidence(text, m.start(), m.end()) if m else ""


# Where a clause starts or ends: a comma (not one inside "2,000"), a semicolon, a colon, a
# bracket, a dash, or a slash between spaces that parts a list ("bar 85% / budget 1 cent").
OPENS = re.compile(r",(?!\d)|[;:(\u2014]|\s/\s")
CLOSES = re.compile(r",(?!\d)|[;)\u2014]|\s/\s")


def clause(s: str, start: int) -> str:
    """The clause of sentence ``s`` that holds the character at ``start``."""
    left = max((m.end() for m in OPENS.finditer(s, 0, start)), default=0)
    end = CLOSES.search(s, start)
    return s[left : end.start() if end else len(s)]


def clause_at(text: str, at: int) -> str:
    """The clause of ``text`` that holds the character at ``at``, within its sentence."""
    start = max((m.end() for m in SENTENCE.finditer(text, 0, at)), default=0)
    end = SENTENCE.search(text, at)
    return clause(text[start : end.start() if end else len(text)], at - start)


# A quote longer than this is cut short in the feedback: a long sentence is quoted by the
# clause that holds its number, so the number shows.
QUOTE = 60


def quote(s: str, start: int) -> str:
    short = " ".join(s.split())
    return short if len(short) <= QUOTE else " ".join(clause(s, start).split())


# A list of bare values, one for each part of a plan ("300 tickets / senior agents / 85% /
# 3x / ..."): at least five short fragments parted by slashes between spaces, commas,
# semicolons or lines. Each fragment is the value of one part, so its form says which.
_VALUE_SEP = re.compile(r"\s/\s|,(?!\d)|;|\n")


def values(text: str) -> list[str]:
    """The fragments of a plan written as a list of bare values, or [] for prose."""
    parts = [" ".join(p.split()) for p in _VALUE_SEP.split(text) if p.strip()]
    if len(parts) < 5 or sorted(len(p.split()) for p in parts)[len(parts) // 2] > 3:
        return []
    return parts
