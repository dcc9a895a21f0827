"""A persona across the counter from the users: "As a patient waiting for my crown" where the
users are the practice's staff, "As a candidate" where they are recruiters, "As a customer
waiting" where they are support agents.

The persona is told by a word for the people a service is done for (patient, candidate,
customer, client, passenger, participant), and the scenario's users are never called by
that word: they are the staff who serve such people, so the persona is not one of them.
Only asked where the persona judge would otherwise be unsure (a role the scenario does not
list). Where the users' own words include the noun ("referred patients", "older
customers") the persona may be one of them, and this says nothing.
"""

from __future__ import annotations

import re

from ._text import I

__all__ = ["served_party"]

_SERVED = r"(?:patient|candidate|customer|client|passenger|participant)"
# "a patient", "a trial participant", "a customer waiting", "a client of the law firm":
# the served word is the role's head (one word may stand before it, and only a participle,
# a preposition or the end after it: "a customer service adviser" is staff)
_PARTY = re.compile(
    rf"\W*(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?({_SERVED})"
    r"(?:\Z|\s*[,(]|\s+(?:[a-z]+ing|of|at|with|from|on|in|who|waiting)\b)",
    I,
)

# what the users do, not who they are: "recruiters who move candidates through stages"
# names candidates as what the users work on; so does a sentence after the first ("Not
# users: patients")
_CLAUSE = re.compile(r"\b(?:who|whose|that|which)\b[^,;()]*", I)


def served_party(head: str, users: str) -> str:
    """The served-party noun the persona is told by, where the users are never called by
    it, or ""."""
    if not (found := _PARTY.match(head)):
        return ""
    noun = found[1].lower()
    named = _CLAUSE.sub("", users.split(". ", 1)[0])
    if re.search(rf"\b{noun}s?\b", named, I):
        return ""
    return noun
