"""The organisation's own gain told through the user: the organisation, by the kind of body
it is, as the subject that claims, earns or collects something ("so that the charity can
claim tax back on my gift"), or a figure of the organisation's that moves in a clause
joined to the persona's ("so that I check in guests faster and the hotel's review score
goes up"). The persona's words nearby do not make it theirs; what the organisation does
for the persona ("so that the pharmacy can have my prescription ready") is left alone."""

from __future__ import annotations

import re

from ._text import I, quote
from ._types import Finding

__all__ = ["org_gain"]

_KIND = (
    r"(?:company|council|trust|practice|firm|bank|hotel|charity|agency|pharmacy|authority|"
    r"store|co-op|organi[sz]ation|business|insurer|lender|landlord|hospital|school|club|"
    r"society|airline|retailer|provider|operator|supplier|shop|brand|museum|theatre|gym|"
    r"clinic|surgery|restaurant|venue|university|college|library)"
)
_GAIN = re.compile(
    # "the charity can claim 25 % on top of my gift", "the museum will earn more per visit"
    rf"^\W*(?:the|our|my)\s+(?P<org>{_KIND})\s+(?:can|will|could|is\s+able\s+to)\s+"
    r"(?:claim|reclaim|earn|collect|recover|bill|charge|invoice)\b|"
    # "... and the hotel's review score goes up", "... and our clinic's income rises"
    rf"\band\s+(?:the|our)\s+(?P<org2>{_KIND})['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:score|"
    r"rating|ranking|figures?|costs?|premium|margin|revenue|income|takings|profits?)\s+"
    r"(?:goes\s+up|go\s+up|comes?\s+down|improves?|rises?|falls?|drops?|grows?)\b",
    I,
)


def org_gain(body: str, shown: str) -> Finding | None:
    """'not met' when the outcome is the organisation's own gain, with the persona only
    nearby; ``None`` otherwise."""
    found = _GAIN.search(body)
    if not found:
        return None
    org = found["org"] or found["org2"]
    return Finding(
        "outcome",
        "not met",
        f"{shown} is a gain of the organisation ({quote(org)}), what it claims, earns or "
        "scores, told through the persona; say what the persona can then do",
    )
