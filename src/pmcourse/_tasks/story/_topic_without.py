"""A want that does a thing of its own "without" the need's problem ("rotate my signing
secret without downtime", for a need about events lost while an endpoint is down): the
need is only what the other feature must not cause. A helper of the topic judge."""

from __future__ import annotations

import re

from ._parse import Parsed
from ._text import VERBS, word_list
from ._topic_terms import DETERMINERS, carries

__all__ = ["guarded_action"]

# a "without" phrase, to the end of its clause
_WITHOUT = re.compile(
    r"\bwithout\b.*?(?=\b(?:so|and|but|when|before|after|while|once|if)\b|[,.;:]|$)",
    re.IGNORECASE,
)

# the end of a verb's object: a preposition or a clause after it
_OBJECT_END = re.compile(
    r"\s+(?:in|on|at|with|without|from|to|for|by|via|using|through|so|when|before|after|"
    r"while|once|if|and|or)\b|[,.;]",
    re.IGNORECASE,
)

_LEAD = re.compile(r"^\s*(?:to\s+|be\s+able\s+to\s+)?", re.IGNORECASE)


def guarded_action(p: Parsed, pats: tuple[re.Pattern[str], ...]) -> tuple[str, str] | None:
    """The want's verb and object, and its "without" phrase, when the want acts on a thing
    whose head is none of the need's words ("rotate my webhook signing secret"), and the
    want and outcome carry at most one of the need's term groups once their "without"
    phrases are left out. None otherwise: "receive every event without losing any" acts
    on the need's own object; "filter the menu to dishes without nuts" names them."""
    if p.want is None or len(pats) < 2:
        return None
    want = p.want.text
    guard = _WITHOUT.search(want)
    if guard is None:
        return None
    lead = _LEAD.sub("", want, count=1)
    words = word_list(lead)
    if len(words) < 3 or not (words[0] in VERBS or words[1] in DETERMINERS):
        return None
    end = _OBJECT_END.search(lead, len(words[0]))
    if end is None or not lead[end.start() :].lstrip().lower().startswith("without"):
        # the object must run up to the "without": "rotate X without Y", not "X for Z without"
        return None
    obj = lead[len(words[0]) : end.start()]
    head = [w for w in word_list(obj) if w not in DETERMINERS]
    if not head or any(carries(pat, head[-1]) for pat in pats):
        return None
    outcome = p.outcome.text if p.outcome else ""
    rest = _WITHOUT.sub(" ", f"{want} . {outcome}")
    if sum(carries(pat, rest) for pat in pats) > 1:
        return None
    if not any(carries(pat, guard.group(0)) for pat in pats):
        return None
    return f"{words[0]}{obj}".strip(), guard.group(0).strip()
