"""Outcomes that are only the mood of an occasion or more liking of a thing: "so that
moving day is less stressful", "so that our holiday starts stress-free", "so that I enjoy
my night shifts more", "so that I can relax and enjoy my holiday". The occasion goes on
as before, only felt better; nothing names what the persona can then do."""

from __future__ import annotations

import re

from ._text import I, quote
from ._types import Finding

__all__ = ["occasion_mood"]

# a cheap gate: one of the mood words must be there before the forms are tried
_GATE = re.compile(r"stress|hassle|worry|enjoy|fun\b|pleasant|relax", I)
_FORMS = re.compile(
    # an occasion and how it is felt: "moving day is less stressful", "the trip starts
    # stress-free" (a plain state, "the ward stays calm", may be the need and is left alone)
    r"^\W*(?:(?:the|my|our|their|his|her|a|an|this|each|every)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?P<occasion>[\w'-]+)\s+(?:is|are|will\s+be|becomes?|feels?|starts?|goes|runs?|gets?)\s+"
    r"(?:(?:a\s+lot|much|far|a\s+bit|so)\s+)?"
    r"(?P<mood>less\s+(?:stressful|of\s+a\s+(?:hassle|worry|stress|chore))|"
    r"more\s+(?:enjoyable|fun|pleasant|relaxing)|(?:stress|hassle|worry)[\s-]?free)\W*$|"
    # liking a thing more: "I enjoy the library more"; relaxing and liking it
    r"^\W*(?:I|we)\s+(?:(?:can|will|get\s+to)\s+)?(?P<liking>enjoy\s+(?:[\w'-]+\s+){1,5}?"
    r"(?:a\s+(?:lot|bit|little)\s+|much\s+|far\s+|even\s+)?more|"
    r"relax\s+and\s+enjoy\s+(?:[\w'-]+\s*){1,5})\W*$",
    I,
)


def occasion_mood(body: str, shown: str) -> Finding | None:
    """An occasion felt better, or a thing liked more: no gain the persona can act on."""
    if not _GATE.search(body):
        return None
    found = _FORMS.match(body)
    if found is None:
        return None
    said = found["mood"] or found["liking"]
    return Finding(
        "outcome",
        "not met",
        f"{shown} is only how something is felt ({quote(said.strip())}), with nothing the "
        "persona can then do; say what they can then do",
    )
