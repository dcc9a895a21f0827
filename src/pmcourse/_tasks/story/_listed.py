"""Users the scenario's own list names in a form its extracted roles miss. The roles read
from a list keep a modifier ("chief engineers", "relief engineers") and drop the bare item
beside them (", engineers and ..."); and a list names some users by where they live or
what they have ("people in flats with shared bins"), which no role holds. A persona told
in either form is one of the users, however general or builder-like its head word."""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import DETERMINERS, I, content_words, stem, word_list
from ._types import Scenario

__all__ = ["listed_bare", "placed_like_users"]

# a generic person in the users' list, made specific by where they are or what they have:
# "people in flats with shared bins", "anyone on a prepayment meter"
_PLACED = re.compile(
    r"\b(?:people|persons?|someone|anyone|those)\s+(?:in|on|at|living\s+in)\s+([^,;()]{3,60})",
    I,
)
# what ends a list item: "and", "or", a comma
_ITEM_END = re.compile(r"\s+(?:and|or|who|whose|that)\s+", I)


def listed_bare(role: str, scenario: Scenario) -> bool:
    """Whether a one-word role ("engineer") stands alone as an item of the users' list
    (", engineers and ..."), not only as the head of a longer role ("chief engineers")."""
    words = [w for w in word_list(role) if w not in DETERMINERS]
    users = scenario.users
    if len(words) != 1 or not users:
        return False
    return bool(_bare_item(words[0]).search(users))


@lru_cache(maxsize=256)
def _bare_item(word: str) -> re.Pattern[str]:
    """``word`` as a whole item of a list, compiled once per word."""
    return re.compile(rf"(?:^|[,;(:]|\band\b|\bor\b)\s*{re.escape(word)}s?\b", I)


@lru_cache(maxsize=256)
def _places(users: str) -> tuple[frozenset[str], ...]:
    """The content stems of each place or trait the users' list gives a generic person."""
    found = []
    for m in _PLACED.finditer(users):
        told = _ITEM_END.split(m[1], maxsplit=1)[0]
        found.append(frozenset(stem(w) for w in content_words(word_list(told))))
    return tuple(s for s in found if len(s) >= 2)


def placed_like_users(qualifier: str, users: str) -> bool:
    """Whether what follows a general word for a person ("in a block of flats with shared
    bins") tells the very place or trait the users' list gives its people ("people in flats
    with shared bins"): every content word of the list's phrase, two or more."""
    said = {stem(w) for w in content_words(word_list(qualifier))}
    return any(place <= said for place in _places(users))
