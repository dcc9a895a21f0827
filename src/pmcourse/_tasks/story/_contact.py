"""Contact that stops as a story's outcome: people no longer calling, emailing or raising
tickets with the organisation ("so that customers stop calling us", "so that fewer patients
phone reception", "so that the desk phone stops ringing"). Fewer calls are the
organisation's saving, told through the callers, and careful readers label it either way
(across the tuned corpus about half met, half not met), so it is unsure; what the callers
gain ("so that parents don't have to call the school") and the persona's own ("so that I
can stop chasing the supplier") are left to the other checks."""

from __future__ import annotations

import re

from ._roles import CHECK
from ._text import I, quote
from ._types import Finding

__all__ = ["contact_stops"]

# a way of getting in touch, as a gerund after "stop" ("calling", "raising tickets")
_REACH = (
    r"(?:call|phon|ring|email|e-mail|messag|text|chas|contact|complain)ing|"
    r"(?:rais|open|logg|fil|submitt|send)ing\s+(?:[\w'-]+\s+){0,2}?(?:tickets?|complaints?|"
    r"queries|query|cases?|requests?)|"
    r"turning\s+up\s+at|coming\s+(?:in\s+)?to\s+the\s+(?:desk|counter|office|reception)"
)
# the same, as a plain verb after "fewer <people>" ("fewer patients phone reception")
_REACH_PLAIN = (
    r"(?:call|phone|ring|email|e-mail|message|text|chase|contact|complain|"
    r"(?:raise|open|log|file|submit)\s+(?:[\w'-]+\s+){0,2}?(?:tickets?|complaints?|queries|"
    r"cases?))\b"
)
_STOPS = re.compile(
    # "customers stop calling us", "they will stop raising tickets", "so parents no longer
    # ring the school": someone other than the persona ("I", "we") stops getting in touch;
    # the persona's own callers ("my customers stop phoning us") spare the persona
    r"^\W*(?!(?:I|we|me|my)\b)(?P<who>(?:(?!(?:and|stops?)\b)[\w'-]+\s+){1,4}?)(?:(?:will|can|would)\s+)?"
    rf"(?:stops?|stop\s+having\s+to|no\s+longer\s+(?:need\s+to\s+)?)\s*(?:{_REACH}|{_REACH_PLAIN})|"
    # "fewer patients phone reception", "fewer customers call the helpline"
    rf"^\W*(?:fewer|less)\s+(?:[\w'-]+\s+){{1,3}}?(?:(?:need\s+to|have\s+to)\s+)?{_REACH_PLAIN}|"
    # "the desk phone stops ringing", "our inbox stops filling up"
    r"^\W*(?:the|our)\s+(?:[\w'-]+\s+){0,2}?(?:phones?|lines?|inbox(?:es)?|switchboard)\s+"
    r"(?:stops?|no\s+longer\s+keeps?)\s+(?:ringing|filling)",
    I,
)


def contact_stops(body: str, shown: str) -> Finding | None:
    """'unsure' when the outcome is people (not the persona) ceasing to contact the
    organisation; ``None`` otherwise."""
    found = _STOPS.search(body)
    if not found:
        return None
    return Finding(
        "outcome",
        "unsure",
        f"{shown} says people stop getting in touch ({quote(found[0].strip())}); looked "
        "for whether that is a gain for them or only work the organisation saves, and "
        f"could not tell; {CHECK}",
    )
