"""An outcome about others that is the organisation's target, told by its figure: a
percentage or a day-count deadline ("so that 90 % of referrals are seen in time", "so that
the close is done by day 3"), or its own money falling ("so that fraud losses are cut",
"so that staff costs go down"). The labellers count a KPI, a target or the organisation's
money as no gain for the persona; a money word owned by people ("customers' costs fall")
is their gain and is left alone, as is a clock time or a count of minutes a user waits."""

from __future__ import annotations

import re

from ._text import I
from ._types import Finding

__all__ = ["org_target"]

# a figure set as a target: "by day 3", "on day 2", "20 %", "per cent"
_TARGET = re.compile(r"\b(?:by|on)\s+day\s+\d+\b|\d\s?%|\bper\s?cent\b", I)

# the organisation's money as the subject, falling: "bad debt ... falls", "refund requests
# and card chargebacks go down", "claims leakage is kept down"; no possessive before the
# money word (whose money it is would be a person's)
_MONEY_FALLS = re.compile(
    r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:loss(?:es)?|debts?|payouts?|chargebacks?|leakage|"
    r"cost\s+to\s+serve|costs?|write-offs?|reimbursements?|refunds?)\s+"
    r"(?:(?:on|from|for|of)\s+(?:[\w-]+\s+){1,4}?)?"
    r"(?:(?:is|are)\s+(?:cut|reduced|kept\s+down)|falls?|drops?|go(?:es)?\s+down|"
    r"comes?\s+down|shrinks?)\b",
    I,
)
_OWNED = re.compile(r"['\u2019]s?\s|s['\u2019]\s")


def org_target(body: str, text: str, shown: str) -> Finding | None:
    """'not met' for the organisation's target or its money falling; ``None`` otherwise."""
    target = ("day" in body or "%" in body or "cent" in body) and _TARGET.search(body)
    money = _MONEY_FALLS.match(body)
    if money and _OWNED.search(money[0]):
        money = None
    if not (target or money):
        return None
    return Finding(
        "outcome",
        "not met",
        f"{shown} is a target or the money of the organisation, not a gain for the "
        "persona; say what the persona can then do",
        flagged=(text,),
    )
