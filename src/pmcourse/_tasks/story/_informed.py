"""Being told as the whole outcome, said of any person and of any thing: "so that I am
informed when a flight changes", "so that the workers are kept informed", "so that I am
aware of the charger status". Being informed or aware is what the wanted notice or
status gives; readers take it as no gain unless the clause goes on to what knowing lets
the person do ("... so I can rebook", "... in time to leave"), which is left alone. The
bare "I am informed" is TOLD's (_restated.py); this adds a person named as the subject
("the workers", "you") and a thing told after it by a noun phrase or a clause ("about
what's coming", "when a flight changes"). A thing that is "up to date" (the orders, the
map) is not a person told, and stays a gain."""

from __future__ import annotations

import re

from ._gainer import is_person
from ._text import I
from ._types import Scenario

__all__ = ["told_state"]

_TOLD = re.compile(
    r"^\W*(?P<who>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s*"
    r"(?:['\u2019]m|['\u2019]re|\s(?:am|are|is|feel|feels|stay|stays|get|gets|will\s+be))\s+"
    r"(?:kept\s+)?(?:(?:well|fully|always|properly)\s+)?(?:informed|aware)\b(?P<rest>[^.;!?]*)",
    I,
)
# a further aim after the thing told: what knowing lets the person do, or a second clause
_FURTHER = re.compile(
    r"\b(?:can|could|able|so|and|in\s+time|before|in\s+order|rather|instead|without|but|"
    r"need|plan|decide|avoid)\b",
    I,
)
_SELF = {"i", "we", "you"}


def told_state(body: str, scenario: Scenario) -> bool:
    """Whether the outcome only says a person is informed or aware, of a thing or of a
    happening, with nothing after it that knowing lets them do."""
    if "informed" not in body and "aware" not in body:
        return False
    m = _TOLD.match(body)
    if not m or _FURTHER.search(m["rest"]):
        return False
    who = m["who"].lower().split()
    if who[-1] in _SELF:
        return len(who) == 1
    return who[0] in {"the", "our", "my", "all"} and is_person(who[-1], scenario)
