"""How a sentence frames a solution word as no request of the team: a sentence that
reports another text (a draft, the original story), a list of what the user's side
does today, what the outcome fears ("so that a stuck worker can't bill us twice"), and
the writer introducing themselves and the stack they run, asking nothing."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["REPORTED", "feared", "introduces_self", "reported", "their_habit"]

# A sentence that reports what another text says ("The draft names Kafka and a hex
# colour", "the original is about a Redis cache") quotes the detail to reject it; a
# draft pasted after a colon ("Original: As a developer, add ...") still prescribes.
REPORTED = re.compile(
    r"\b(?:drafts?|original|prompt|ticket|(?:old|first|previous|given|existing)\s+"
    r"(?:story|version)|(?:story|version)\s+(?:that\s+)?(?:the|a|my|our)\s+[\w-]+\s+(?:wrote|"
    r"drafted|sent))\b[^.!?]*?\b(?:says?|said|names?|named|mentions?|mentioned|"
    r"describes?|described|lists?|listed|is\s+(?:all\s+)?about|talks?\s+about|"
    r"has\s+too\s+(?:much|many)|tells?\s+(?:me|us)\s+more\s+about|"
    r"prescrib(?:es|ed|ing)|specif(?:ies|ied)|asks?\s+for|is\s+full\s+of)\b(?!\s*[:\"\u201c>])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def reported(line: str, start: int) -> bool:
    """Whether the words at ``start`` are in a sentence that reports another text."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start)), default=0)
    end = _SENTENCE_END.search(line, start)
    # the text reported on is named before the detail
    return (
        _reports(line[begin : end.start() if end else len(line)])
        and _NAMED_TEXT.search(line, begin, start) is not None
    )


# What people do today, told as a list of their habits ("People read logs, re-run
# everything, or write retry loops"): the workaround of the user's side, not a request.
_HABIT_SUBJECT = re.compile(
    r"\s*(?:people|users|teams|developers|devs|customers|everyone|we|they)\s+(?!(?:want|need|"
    r"would|should|must|could|can|will|ask)\b)[a-z][\w-]*(?:s)?\b(?![^.!?]*\b(?:want|need|should|must)\b)",
    re.IGNORECASE,
)
_HABIT_VERB = re.compile(
    r",\s*(?:or|and)\s+(?:write|build|add|run|set\s+up|keep|maintain)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def their_habit(line: str, start: int) -> bool:
    """Whether the words at ``start`` end a list of what the user's side does today."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start)), default=0)
    return _HABIT_VERB.search(line, begin, start) is not None and bool(
        _HABIT_SUBJECT.match(line, begin)
    )


_NAMED_TEXT = re.compile(r"drafts?|original|prompt|ticket|story|version", re.IGNORECASE)


# What the outcome fears, not what it asks for: the detail is the subject of a negated
# "can"/"will" after "so that" ("so that a stuck worker can't bill us twice").
_SO_THAT = re.compile(r"\bso(?:\s+that)?\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_NEGATED_MODAL = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:can(?:'|\u2019)?t|cannot|can\s+not|won(?:'|\u2019)t|will\s+not|"
    r"never)\b",
    re.IGNORECASE,
)


def feared(line: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are what the outcome wants never to happen."""
    return (
        "so" in line[max(0, start - 40) : start].lower()
        and _SO_THAT.search(line, max(0, start - 40), start) is not None
        and _NEGATED_MODAL.match(line, end) is not None
    )


@lru_cache(maxsize=256)
def _reports(sentence: str) -> bool:
    """Whether a sentence reports what another text says (asked once per sentence, not
    once for each detail in it)."""
    return REPORTED.search(sentence) is not None


# a sentence in which the writer says who they are, asking nothing of anyone
_SELF_INTRO = re.compile(r"\W*(?:I'm|I\s+am|we're|we\s+are)\b", re.IGNORECASE)
_ASKS = re.compile(
    r"\b(?:want|need|should|must|would\s+like|moving\s+to|migrat\w*|switch\w*\s+to)\b",
    re.IGNORECASE,
)


def introduces_self(line: str, start: int) -> bool:
    """Whether the words at ``start`` are in a sentence where the writer introduces
    themselves ("I'm a solo founder: one Rails app on 3 servers") and asks for nothing."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start)), default=0)
    if not _SELF_INTRO.match(line, begin):
        return False
    end = _SENTENCE_END.search(line, start)
    return _ASKS.search(line, begin, end.start() if end else len(line)) is None
