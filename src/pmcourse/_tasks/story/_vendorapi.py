"""Another company's service built into the product's own logic.

A story may ask the product (named by its maker, "I want Waymark to ...") to do
something; when that same clause hands the work to a named API that is not the
product's ("... calling the Google Maps Directions API", "fall back to the Google
Places API inside its geocoder") or moves its work onto a named service ("switch
its SMS routing to Twilio"), it tells the team which service to build on, not
what the user needs. The user naming an API of their own world ("our shop calls the
Stripe API") is not asked of the product, so the product must be the one acting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ._types import Scenario

# a named API: one to four capitalised words before "API" ("the Google Places API"),
# never one the user owns ("our Stripe API", "my shop's Stripe API")
_NAMED_API = re.compile(
    r"\b(?:the\s+)?(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!['\u2019]s\s)(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}\s+(?-i:API)\b"
)


# the product asked to move or hand its work onto a named service ("switch its SMS
# routing to Twilio", "fall back to MessageBird", "move its index to Elasticsearch");
# a capital after "to" that is a person or the article is not one
_MOVED_ONTO = re.compile(
    r"\b(?:switch|mov|fall(?:s|ing)?\s+back|rout|migrat|hand)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:to|onto|over\s+to)\s+(?!the\b|a\b|an\b|I\b)(?-i:[A-Z])[\w.-]+"
)

_REASON = re.compile(r"\bso\s+(?:that\s+)?(?:I|we|my|our)\b|\bbecause\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _acting(vendor: tuple[str, ...]) -> re.Pattern[str] | None:
    """The product as the one asked to act: its name, then "to" or a modal."""
    names = [re.escape(v) for v in vendor if v]
    if not names:
        return None
    return re.compile(
        r"\b(?:" + "|".join(names) + r")(?:['\u2019]s\s+[\w-]+)?\s+"
        r"(?:to|should|must|shall|will|could|needs?\s+to)\s+",
        re.IGNORECASE,
    )


def vendor_api(lines: Sequence[str], scenario: Scenario) -> list[tuple[str, int, set[str]]]:
    """Every named third-party API or service the product is asked to build on, with its
    line."""
    acting = _acting(scenario.vendor)
    if acting is None:
        return []
    found: list[tuple[str, int, set[str]]] = []
    vendors = [v.lower() for v in scenario.vendor if v]
    for no, line in enumerate(lines, 1):
        # the product's name must be on the line before any pattern runs
        if not any(v in line.lower() for v in vendors) or not (act := acting.search(line)):
            continue
        # the product's clause ends where the reason begins
        why = _REASON.search(line, act.end())
        apis = _NAMED_API.finditer(line, act.end(), why.start() if why else len(line))
        for m in apis if "API" in line else ():
            name = m.group(0)
            if not any(v in name.lower() for v in vendors):
                found.append((name, no, {"named technologies"}))
        moved = _MOVED_ONTO.search(line, act.end(), why.start() if why else len(line))
        if moved and not any(v in moved.group(0).lower() for v in vendors):
            found.append((moved.group(0), no, {"named technologies"}))
    return found
