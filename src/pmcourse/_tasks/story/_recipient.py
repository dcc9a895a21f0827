"""Whether a person told by a clause is the one the users' work goes out to.

"A customer who received an invoice", where the need is to spot overdue invoices: the
clause says the person is sent the very thing the need is about, so they are on its far
side (the users send it, they get it). A role of the users is left alone ("a clerk who
gets the invoices"), and so are users who are themselves the ones things are
sent to ("parcel recipients"), and a thing the need does not name. Split from the persona
judge by job."""

from __future__ import annotations

import re

from ._text import I, content_words, plural_stem, word_list
from ._types import Scenario

__all__ = ["receives_users_work"]

# "who received an invoice", "that gets invoices from ...", "who has been sent a bill":
# the clause's first verb says the person is given something; the noun after it
_GETS = re.compile(
    r"(?:who|that)\s+(?:has\s+|have\s+|had\s+)?(?:been\s+|is\s+|are\s+|was\s+|were\s+)?"
    r"(?:gets?|got|getting|receives?|received|receiving|sent)\s+"
    r"(?:(?:an?|the|my|our|their|some|these|those|every|each|monthly|weekly)\s+)*(?P<what>[a-z]+)",
    I,
)


def receives_users_work(described: str, scenario: Scenario) -> str:
    """The thing a clause says the person is given, when the need names it as what its
    users work on ("invoice" for "spot which invoices are overdue"); "" otherwise. The
    caller has already made sure the person is no role of the users."""
    m = _GETS.match(described.strip())
    if m is None or not scenario.need:
        return ""
    if _RECEIVER.search(" ".join((scenario.users, *scenario.user_roles))):
        return ""  # "parcel recipients": the users are the ones things are sent to
    # singular and plural may stem apart ("invoice", "invoices"): compare plural stems
    need = {plural_stem(w) for w in content_words(word_list(scenario.need))}
    users = {plural_stem(w) for w in word_list(scenario.users)}
    what = plural_stem(m["what"])
    # "parcel recipients" told by the parcel: whoever gets one is one of them
    return m["what"] if what in need and what not in users else ""


# users told as the ones things go to
_RECEIVER = re.compile(r"\b(?:recipients?|receivers?|addressees?)\b", I)
