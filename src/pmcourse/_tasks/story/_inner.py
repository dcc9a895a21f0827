"""Checks that tell the build or say nothing of their own, read from a check's structure.

"Stock levels are read from the bin_stock table", "the list is sorted using the stock
service": a passive data verb whose source or instrument is a part inside the system
tells where the data comes from, and "rules are evaluated by the lifecycle worker" which
part does the work, neither of which a user observes; "the list is sorted by aisle"
names what the user sees. "It is closed": a pronoun and one state, with no thing named,
restates the want and gives nothing to observe; "it is shown on the map" names a place.
"I want to know when my water is back" as a check is a wish, the want again, not what happens.
"As agreed with the floor lead" as the whole check points to an agreement kept elsewhere:
nothing in it can be observed.
"""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import I

__all__ = ["bare_pronoun", "data_source", "deferred", "wish"]

# a passive (or bare participle) data verb, then from/using/via and a system part
_SOURCED = re.compile(
    r"\b(?:read|fetched|pulled|loaded|retrieved|queried|looked\s+up|sourced|taken|synced|"
    r"sorted|filtered|ranked|computed|calculated|derived|joined|aggregated|cached|"
    # "rules are evaluated by the lifecycle worker": the part that does the work
    r"evaluated|processed|handled|executed)\s+"
    r"(?:\w+\s+)?(?:from|using|via|through|by\s+calling|with|by)\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:tables?|services?|microservices?|databases?|dbs?|apis?|"
    r"endpoints?|caches?|queues?|back-?ends?|pipelines?|workers?|views?|stored\s+procedures?|"
    r"jobs?|schedulers?)\b",
    I,
)
# a user's own source is their world, not the build: "fetched from my bank's API"
_OWN = re.compile(r"\b(?:my|our\s+bank|their)\b", I)
_PRONOUN_STATE = re.compile(
    # "none get missed", "nothing is lost": no thing named either
    r"^\W*(?:it|this|that|they|these|those|none|nothing)\s+"
    r"(?:is|are|was|were|gets?|has\s+been|have\s+been)"
    r"\s+(?:now\s+)?[a-z]+\W*$",
    I,
)


def data_source(text: str) -> bool:
    """The check tells which part inside the system its data comes from or is handled by."""
    m = quick_search(_SOURCED, text)
    return m is not None and not _OWN.search(text[m.start() :])


def bare_pronoun(text: str) -> bool:
    """The whole check is a pronoun and one state ("It is closed")."""
    return bool(_PRONOUN_STATE.match(text))


# "I want to know if it is a known problem": a check told as the persona's wish; "Given I
# want to pay later, then I see the instalment dates" has a wish as its setting only
_WISH = re.compile(r"^\W*(?:I|we)\s+(?:want|would\s+like|wish)\s+(?:to|a|an|the|my|our)\b", I)


def wish(text: str) -> bool:
    """The whole check is the persona's wish, which restates the want."""
    return bool(_WISH.match(text))


# the whole check is a pointer to what was agreed, discussed or written elsewhere: "as
# agreed with the floor lead", "as discussed", "as per the contract", "to be agreed", "TBC"
_DEFERRED = re.compile(
    r"^\W*(?:(?:all|everything|criteria|details?|checks?)\s+)?"
    r"(?:(?:as|to\s+be|will\s+be|are|is|being)\s+)?"
    r"(?:agreed|discussed|confirmed|decided|defined|specified|set\s+out|tbc|tbd)"
    r"(?:\s+(?:with|by|at|in|on|during|later|separately)\b[^.;\n]{0,40})?\W*$"
    r"|^\W*(?:as\s+)?per\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:contract|spec(?:ification)?|agreement|sow|brief|ticket|call|meeting|email|"
    r"conversation|chat|discussion)\b[^.;\n]{0,30}\W*$",
    I,
)


def deferred(text: str) -> bool:
    """The whole check points to an agreement or document elsewhere ("as agreed")."""
    return bool(_DEFERRED.match(text))
