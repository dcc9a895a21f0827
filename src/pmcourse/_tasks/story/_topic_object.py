"""A want whose whole object is a thing of its own: "approve the volunteers' timesheets",
"get my parking permit". The lead verb may be one the need uses, but what it acts on
is a thing the need never names, so the story asks for another feature even when its
outcome and checks talk about the need's world. The topic judge otherwise takes two
words of the want's own as mere detail ("at a glance", "next week's"); those qualify
the need's object, where these replace it.
"""

from __future__ import annotations

import re

from ._text import word_list
from ._topic_terms import DETERMINERS, carries

# where a verb's object ends: a preposition, a clause or a list
_OBJECT_END = re.compile(
    r"\s+(?:in|on|at|with|without|from|to|for|by|via|using|through|so|when|while|before|"
    r"after|every|each|and|or|of|as|if)\b|[,.;:(]",
    re.IGNORECASE,
)
_OWNED = re.compile(
    r"\b(?:the|a|an|my|our|their|his|her|its|your)\s|\w['\u2019]s?\s", re.IGNORECASE
)
_LEAD = re.compile(r"^(?:to\s+|be\s+able\s+to\s+)", re.IGNORECASE)


def own_object(want: str, pats: tuple[re.Pattern[str], ...], asked: list[str]) -> str:
    """The verb and object of a want whose object is exactly its two own words, next to
    each other after the verb and a determiner: "get my library card". "" otherwise:
    a want with no lead verb ("a delivery log"), an own verb ("mark suspect chargers"),
    an object that names a need term, or own words apart ("see today's spend per
    project") are left to the judge."""
    lead = _LEAD.sub("", want.strip())
    words = word_list(lead)
    if len(asked) != 2 or len(words) < 3 or words[0] in asked or words[0] in DETERMINERS:
        return ""
    end = _OBJECT_END.search(lead, len(words[0]))
    obj = lead[len(words[0]) : end.start() if end else len(lead)]
    # a noun phrase: an article or an owner before its head ("those straight away" and
    # "know straight away" name no thing)
    if not _OWNED.search(obj) or word_list(obj)[-2:] != asked:
        return ""
    if any(carries(pat, obj) for pat in pats):
        return ""
    return f"{words[0]} {obj.strip()}"
