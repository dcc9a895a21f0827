"""The vendor told, in the want, which step to take inside its own product ("I want
Waymark to use AddressBase inside its matcher", "I want Bindwell to call the rating
engine synchronously", "I want Verifly to route every code over two carriers"): the
product named as the doer of a verb of its own plumbing (using a source, calling,
routing, polling, syncing, consuming a feed) prescribes how it works, which is the
team's choice; what it should do for the user ("I want Verifly to tell me", "to retry
my event") names no step. A step on the user's own things ("to call my webhook", "to
use our field names") is the contract the user sees, so it is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

from ._types import Scenario

__all__ = ["STEP_KIND", "vendor_step"]

STEP_KIND = "internal interfaces"

# the vendor, or a part of it ("Lodgely's backend", "the Runwell SDK"), then "to" and
# a verb of its plumbing; the object after it is not the user's ("my", "our", "me")
_STEP = (
    r"(?:the\s+)?(?:{names})(?:['\u2019]s\s+[\w-]+|\s+(?:SDK|API|backend|server|platform|"
    r"service|engine))?\s+to\s+(?P<verb>(?:use|call|route|poll|scrape|sync|consume|"
    r"subscribe\s+to|buffer|tail|pull|stream|query)\b"
    # a lookup told as what to check against ("to check each address against X")
    r"|check\s+(?:[\w'\u2019-]+\s+){{0,8}}?against\b)(?!\s+(?:my|our|your|me|us)\b)"
)
# a brand told short: the first capitalised word of a longer name ("Greenline" for
# "Greenline Trade") or a word in mixed case ("SafePermit" in "Calder & Rowe SafePermit")
_BRAND = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*")


@lru_cache(maxsize=1024)  # one entry per scenario: the test corpora have 160+
def _pattern(vendor: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern per scenario's vendor names."""
    forms = set(vendor)
    for v in vendor:
        words = _BRAND.findall(v)
        forms.update(words[:1] + [w for w in words[1:] if not w[1:].islower()])
    names = "|".join(re.escape(v) for v in sorted(forms, key=len, reverse=True))
    return re.compile(_STEP.format(names=names), re.IGNORECASE)


def vendor_step(line: str, start: int, end: int, scenario: Scenario) -> list[tuple[int, int, str]]:
    """The span of the vendor's plumbing verb where the want from ``start`` to ``end``
    opens with the vendor doing it; none for any other want."""
    if not scenario.vendor:
        return []
    m = _pattern(scenario.vendor).match(line, start, end)
    return [(m.start("verb"), m.end("verb"), STEP_KIND)] if m else []
