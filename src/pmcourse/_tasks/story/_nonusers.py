"""People a scenario says are not its users, and a persona who serves the users.

Recent scenarios end their description of the users with those who are not ("Not
users: the lecturers who teach the courses", "Workshop technicians ... are not users",
"... are not among the users"). Staff who serve the users but are not among them are a
wrong person (LABELLING, persona): a persona named there is not met, however its clause
places it in the need's situation.

Where the scenario does not say so, the story may: a worker told by a clause ("the
plumber who does the landlord's jobs") who speaks of the people the product is for in
the third person ("so that the tenant knows") works for them, across from them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import DETERMINERS, I, plural_stem, word_list
from ._types import Scenario

__all__ = ["excluded_role", "serves_users"]

# "Not users: A, B and C." / "Not listed: ..." / "Not among the users: ..."
_NOT_LISTED = re.compile(
    r"\bnot\s+(?:users|listed|among\s+(?:the|its)\s+users)\s*:\s*(?P<list>[^.]+)", I
)
# "A, B and C are not users (of the API)", "... are not among the users", "... do not use
# the API and are not its users"
_ARE_NOT = re.compile(
    r"(?P<list>[^.;:]+?)(?:\s+do\s+not\s+use\b[^.;]*?\s+and)?\s+(?:are\s+not|aren't)\s+"
    r"(?:among\s+)?(?:the\s+|its\s+|their\s+)?users\b",
    I,
)
# what a listed kind of person does, dropped before the list is split: "administrators who
# set up plans and direct debits" is one kind of person
_CLAUSE = re.compile(r"\s+(?:who|whose|which|that)\b[^,;()]*", I)
# a remark between the kinds ("(they are the partners' customers)")
_REMARK = re.compile(r"\b(?:they|he|she|it|we)\b", I)
# where one listed kind of person ends and the next begins
_ITEMS = re.compile(r",|;|\(|\)|\s+and\s+|\s+or\s+", I)
# what follows a kind of person's own words: "who teach ...", "on the vans", "at the desk"
_TAIL = re.compile(r"\s+(?:who|whose|which|that|on|in|of|at|for|from|with)\b.*", I)


def _key(word: str) -> str:
    """A noun's form for comparing singular with plural ("candidate", "candidates")."""
    word = word.lower()
    if word in {"people", "persons"}:
        return "person"
    return plural_stem(word)


def _phrase(text: str) -> tuple[str, frozenset[str]]:
    """A kind of person's head noun (as a key) and the words before it, without
    determiners or an owner ("the group's own", "employers'")."""
    own = _OWNER.sub(" ", _TAIL.sub("", text.strip()))
    words = [w for w in word_list(own) if w not in DETERMINERS and w not in _SELF]
    if not words:
        return "", frozenset()
    return _key(words[-1]), frozenset(_key(w) for w in words[:-1])


# an owner told before a kind of person: "the group's", "employers'", "Severn Vale's"
_OWNER = re.compile(r"(?:\b[A-Z][\w-]*\s+)*[\w-]+(?:'s|s')(?=\s)")
_SELF = frozenset(["own", "themselves"])


@lru_cache(maxsize=256)
def _excluded(users: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Each kind of person the users text says is not a user: (as told, head, words
    before the head)."""
    lists = [m["list"] for m in _NOT_LISTED.finditer(users)]
    lists += [m["list"] for m in _ARE_NOT.finditer(users)]
    out = []
    for told in lists:
        for item in _ITEMS.split(_CLAUSE.sub("", told)):
            head, mods = _phrase(item)
            if head and not _REMARK.search(item):
                out.append((item.strip(), head, mods))
    return tuple(out)


def excluded_role(head: str, scenario: Scenario) -> str:
    """The kind of person, as the scenario tells it, that it says is not a user and the
    persona's role names: the same head noun, and no other kind of it ("a workshop
    technician" for "Workshop technicians", not "an engineering manager" for "line
    managers"); else ""."""
    own, mods = _phrase(head)
    if not own:
        return ""
    for told, noun, before in _excluded(scenario.users):
        if noun == own and (not mods or not before or mods & before):
            return told
    return ""


# the people the product is for, spoken of as others: "the tenant", "the readers"
# ("the other volunteers" counts the persona among them)
# (the first word, or the one after it: "the tenant to confirm", "the older readers")
_THIRD = re.compile(r"\b(?:the|each|every)\s+(?!other\b)([a-z-]+)(?:\s+([a-z]+))?", I)
# where the users' first group (the people served) ends: ", and the college's staff"
_STAFF_START = re.compile(r",\s+(?:and\s+)?(?:the|its|their)\s|;", I)
# a role's own words, before what it does: "learner paying their own fees"
_ROLE_TAIL = re.compile(r"\s+(?:of|at|for|in|from|who|whose|with|on|\w+ing)\b.*", I)


@lru_cache(maxsize=256)
def _served(users: str, roles: tuple[str, ...]) -> frozenset[str]:
    """The head nouns of the user roles the users text names first, before its staff:
    the people the product is for ("tenants and residents ..., and the property
    managers ...")."""
    # parentheses hide their commas: "(older readers, households, ...)" is one group
    flat = re.sub(r"\([^()]*\)", lambda m: "(" + "x" * (len(m[0]) - 2) + ")", users)
    cut = _STAFF_START.search(flat)
    first = {_key(w) for w in word_list(users[: cut.start() if cut else len(users)])}
    heads = set()
    for role in roles:
        words = word_list(_ROLE_TAIL.sub("", role))
        if words and _key(words[-1]) in first:
            heads.add(_key(words[-1]))
    return frozenset(heads)


def serves_users(story: str, role: str, clause: str, scenario: Scenario) -> str:
    """Where the story, besides the persona's role and its clause, speaks of the people
    the product is for in the third person ("so that the customer sees ..."); "" when
    it does not, or when the clause speaks of the persona's own ("who manages my mum's
    account": family acting for one of them)."""
    served = _served(scenario.users, scenario.user_roles)
    if not served or _OWN_PEOPLE.search(clause):
        return ""
    start = story.find(role)
    end = story.find(clause, start) + len(clause) if start >= 0 and clause else -1
    told = story[:start] + story[end:] if end > start >= 0 else story
    for m in _THIRD.finditer(told):
        if _key(m[1]) in served:
            return m[0][: m.end(1) - m.start()]
        if m[2] and _key(m[2]) in served:
            return m[0]
    return ""


_OWN_PEOPLE = re.compile(r"\b(?:my|our)\b", I)
