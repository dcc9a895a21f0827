"""The need's term groups, whether a text carries them, and a want's verb on another
object than the need's: helpers of the topic judge."""

from __future__ import annotations

import re
from functools import cache

from ._text import VERBS, content_words, stem, word_list, wordset
from ._types import Scenario, topic_patterns

__all__ = [
    "DENIED",
    "DETERMINERS",
    "LESS_PAIN",
    "NAMES",
    "PLACE_BEFORE",
    "PRODUCT_NAME",
    "carries",
    "need_patterns",
    "new_instance",
    "other_object",
    "unnamed",
]


@cache
def need_patterns(scenario: Scenario) -> tuple[re.Pattern[str], ...]:
    """The need's term groups; a scenario with none gets one of its need's words."""
    if scenario.topic:
        return topic_patterns(scenario.topic)
    stems = sorted({stem(w) for w in content_words(word_list(scenario.need))})
    return (re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")\w*", re.IGNORECASE),)


def _stemmed(text: str) -> str:
    return " ".join(stem(w) for w in word_list(text))


def carries(pat: re.Pattern[str], text: str) -> bool:
    """Whether a term group is in the text, as written or stemmed ("showing": "show"),
    or with a hyphenated compound read as its words ("out-of-stock": "out of stock")."""
    return bool(
        pat.search(text)
        or pat.search(_stemmed(text))
        or ("-" in text and pat.search(re.sub(r"(?<=\w)-(?=\w)", " ", text)))
        # a count written as the digit ("a shelf with 0 pieces") is the word "zero"/"no"
        or ("0" in text and any(pat.search(_NOUGHT.sub(w, text)) for w in ("zero", "no")))
    )


_NOUGHT = re.compile(r"(?<![\w.,])0(?![\w.,:%])")


DETERMINERS = wordset("the a an my our their his her its each every this these those")


# the end of a verb's object: a preposition or a clause after it
_OBJECT_END = re.compile(
    r"\s+(?:in|on|at|with|without|from|to|for|by|via|using|through|so|when|before|after|"
    r"every|each|and|or|,)\b|[,.;]",
    re.IGNORECASE,
)


def other_object(lead: str, pats: tuple[re.Pattern[str], ...], asked: list[str]) -> str:
    """The verb and object of a want whose verb alone is the need's object term and whose
    object is made of words of its own ("rotate my app's client secret", for a need about
    the keys the product rotates): the need's action on another thing. "" otherwise."""
    words = word_list(lead)
    if len(pats) < 2 or len(words) < 3 or not carries(pats[0], words[0]):
        return ""
    # a verb: a known one, or a word before its object's article ("rotate the secret")
    if words[0] not in VERBS and words[1] not in DETERMINERS:
        return ""
    end = _OBJECT_END.search(lead, len(words[0]))
    obj = lead[len(words[0]) : end.start() if end else len(lead)]
    rest = lead[len(words[0]) :]
    own = [w for w in word_list(obj) if w not in DETERMINERS and w != "own"]
    if carries(pats[0], rest) or len(own) < 2 or not all(w in asked for w in own[-2:]):
        return ""
    return f"{words[0]} {obj.strip()}"


# verbs that ask to be given a thing or a service ("book", "order", "apply for"): a
# request of its own, whatever it names
_ASK_FOR = wordset("book order apply request reserve buy rent hire subscribe")

# a verb's object that is a new one of its kind: "a"/"an", after at most one preposition
# ("apply for an assisted visit", "order a new card")
_NEW_ONE = re.compile(
    r"^(?:(?:to|be\s+able\s+to)\s+)?(\w+)\s+(?:\w+\s+)?(?:a|an)\s+", re.IGNORECASE
)


def new_instance(want: str, verb: str, pats: tuple[re.Pattern[str], ...]) -> str:
    """The verb and object of a want that asks to get a new one of the need's object
    ("book a collection", "apply for an assisted visit"): a request of its own, where the
    need is about the ones there are. "" when the verb is not the want's own lead verb,
    or its object is not new or not the need's."""
    m = _NEW_ONE.match(want)
    if verb not in _ASK_FOR or any(carries(pat, want) for pat in pats[1:]):
        return ""
    if not verb or not pats or m is None or m.group(1).lower() != verb:
        return ""
    between = want[m.end(1) : m.end()].split()
    if len(between) > 1 and between[0].lower() in DETERMINERS:
        return ""
    end = _OBJECT_END.search(want, m.end())
    obj = want[m.end() : end.start() if end else len(want)]
    if not carries(pats[0], obj):
        return ""
    return want[m.start(1) : end.start() if end else len(want)].strip()


# a sight or knowledge denied to someone ("can't see", "never know"): keeping a thing
# hidden, the opposite of a need to see or know
DENIED = re.compile(
    r"\b(?:can't|cannot|can\s+not|couldn't|won't|don't|doesn't|never|no\s+longer)\s+"
    r"(?:be\s+able\s+to\s+)?(?:see|know|view|access|find\s+out)\b",
    re.IGNORECASE,
)


# A want that asks for less of something, or for it to stop: a pain, not a feature.
LESS_PAIN = re.compile(
    # ("without" is left out: "export to PDF without opening each" still asks for export)
    r"\b(?:fewer|less|stop|stops|no\s+longer|never|avoid|no\s+more)\b",
    re.IGNORECASE,
)


# A name of two or more capitalised words inside a sentence ("Apple Home", "Google
# Sheets"): a product or place, whatever ordinary words it is made of.
NAMES = re.compile(
    r"(?<=[a-z,]\s)(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+|[A-Z][a-z]+(?=\s+(?:app|skill)s?\b))"
)

# A product's own name written in mixed case ("HubSpot", "QuickBooks").
PRODUCT_NAME = re.compile(r"\b(?-i:[A-Z][a-z]+[A-Z][A-Za-z]*)\b")


def unnamed(text: str) -> str:
    """The text with other products' names blanked out, their words kept from the need."""
    return NAMES.sub(lambda m: " " * len(m.group(0)), text)


# A need's word after "at" or "from" ("print it at home", "collect it from my home")
# says where the want is done, not what it is about.
PLACE_BEFORE = re.compile(
    r"\b(?:at|from)\s+(?:(?:my|our|your|their|his|her|the)\s+)?$", re.IGNORECASE
)
