"""The organisation's own money told by its staff as "our": costs it cuts or saves on, a
premium or margin it keeps ("so I can reduce our costs", "so that we save on repair costs",
"so that our insurance premium doesn't go up"). What the body spends or pays is the
organisation's books, not something the persona can then do; a person's own money ("my
premium", "I save on fuel") is left to the other checks."""

from __future__ import annotations

import re

from ._text import I, quote
from ._types import Finding

__all__ = ["our_money"]

# the money a body answers for; bills and fees are what a household or customer pays
_MONEY = r"(?:costs?|overheads?|spend|premiums?|margins?|budget)"
_OUR_MONEY = re.compile(
    # "so I can reduce our costs", "so that we can cut our agency spend"
    r"\b(?:reduce|cut|lower|control|save\s+on|keep\s+down)\s+our\s+(?:[\w-]+\s+){0,2}?"
    rf"{_MONEY}\b|"
    # "so that we save on reseeding costs", "and we save money on call-outs"
    rf"\bwe\s+(?:can\s+|will\s+)?save\s+(?:on\s+)?(?:[\w-]+\s+){{0,2}}?{_MONEY}\b|"
    # "our professional indemnity premium doesn't go up", "and our premium is kept"
    rf"\bour\s+(?:[\w-]+\s+){{0,3}}?{_MONEY}\s+(?:is\s+kept|(?:is|are)\s+protected|"
    r"(?:does\s*n[o']t|do\s*n[o']t|does\s+not|do\s+not|won't|will\s+not)\s+(?:go\s+up|rise)|"
    r"goes\s+down|comes?\s+down|falls?|drops?)\b",
    I,
)


def our_money(body: str, shown: str) -> Finding | None:
    """'not met' when the outcome is the body's own costs or premium, told as "our";
    ``None`` otherwise."""
    found = _OUR_MONEY.search(body)
    if not found:
        return None
    return Finding(
        "outcome",
        "not met",
        f"{shown} is the organisation's own money ({quote(found.group(0).strip())}), what it "
        "spends or pays, not something the persona gains; say what the persona can then do",
    )
