"""A want that has the product message someone on the persona's behalf, someone who is
neither one of the scenario's users nor named in its need ("the app to email the
customer a reminder automatically", for a need to spot overdue invoices): the product
does the follow-up the users would do once they know, another feature than the need.
A helper of the topic judge.

The need is the users' own knowing or seeing; a message sent by the product to a third
party the need never speaks of serves that party, whatever need words ("overdue",
"reminder") ride along in it. A message to the users themselves ("remind me"), to people
the need names ("text the parents") or sent by the persona by hand is left to the
other rules: those may well be the need.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._gainer import is_person
from ._parse import Parsed
from ._roles import user_role
from ._text import at, quote, stem, word_list
from ._topic_terms import carries, need_patterns
from ._types import Finding, Scenario
from ._words import MACHINE

__all__ = ["messaged_for_them"]

_I = re.IGNORECASE
_DET = r"(?:(?:the|a|an|our|each|every|all|any|that|this|their)\s+)?"

# The product does it, not the persona: the want's subject is a machine ("the app to
# send") or the want says it happens by itself ("automatically", "an automatic email").
_LEAD = re.compile(r"^\s*(?:to\s+|be\s+able\s+to\s+|have\s+)?", _I)
_BY_ITSELF = re.compile(r"\bauto(?:matic(?:ally)?|-\w+)\b", _I)

# The party a message goes to: "send the customer a reminder" (two objects), "email a
# reminder to customers", "remind the tenant".
_RECIPIENT = re.compile(
    r"\b(?:send|sends|sending|e-?mails?|e-?mailing|texts?|texting|messages?)\s+"
    + _DET
    + r"(?P<two>[a-z][\w-]*)\s+(?:an?|the|their|its)\s"
    r"|\b(?:send|sends|sending|e-?mails?|e-?mailing|texts?|texting|messages?|post|posts)\b"
    r"[^,.;:]{0,50}?\bto\s+" + _DET + r"(?P<to>[a-z][\w-]*)"
    r"|\b(?:remind|reminds|notify|notifies|nudge|nudges|chase|chases|contact|contacts)\s+"
    + _DET
    + r"(?P<one>[a-z][\w-]*)",
    _I,
)

# the persona or its own side: a message to them is the users' knowing
_SELF = re.compile(r"\b(?:me|us|I|myself|ourselves)\b")


@lru_cache(maxsize=1024)  # one entry per scenario: the test corpora have 160+
def _named(need: str, users: str, roles: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words the scenario uses for its need and its users."""
    text = " ".join([need, users, *roles]).lower().replace("-", " ")
    return frozenset(stem(w) for w in word_list(text))


def messaged_for_them(p: Parsed, scenario: Scenario) -> Finding | None:
    """Not met when the want has the product message a person the scenario neither serves
    nor names; None otherwise."""
    if p.want is None:
        return None
    want = p.want.text
    lead = _LEAD.sub("", want, count=1)
    if not (MACHINE.match(lead) or _BY_ITSELF.search(want)) or _SELF.search(want):
        return None
    named = _named(scenario.need, scenario.users, scenario.user_roles)
    for m in _RECIPIENT.finditer(want):
        who = (m["two"] or m["to"] or m["one"]).lower()
        if not is_person(who, scenario) or user_role(who, scenario) or stem(who) in named:
            continue
        if sum(carries(pat, want[: m.start()]) for pat in need_patterns(scenario)) > 1:
            # the want asks for the need first ("list the overdue invoices and email the
            # customer"): the message is a step after it, not the whole ask
            return None
        return Finding(
            "topic",
            "not met",
            f"the want {quote(want)}{at(p.want.line)} has the product message {quote(who)} "
            f"for the persona, someone the need does not speak of: the follow-up once the "
            f"users know, another feature than the scenario's need; the need is to "
            f"{scenario.need}",
        )
    return None
