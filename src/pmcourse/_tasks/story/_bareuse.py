"""The one bare storage word told as part of the user's world, not of the build.

The problem judge sends a lone plain word for where data lives ("database", "db",
"cached") to review, since it may be how the user speaks of the product. Three uses of
it were labelled "met" in every scenario where they occurred, so they are dropped from the
hits here:

- the word joined by a hyphen or slash into a name ("db-password", "prod/db-main"): the
  name of the user's own secret or record, not a store the team is told to use;
- a store that fails in the user's systems ("one database goes down", "the same failing
  database", "an outage of one database"): the incident the user meets, not a design;
- "cached" after a hedge ("old answers may still be cached"): what other systems may
  still hold, told as a fact of the world, not a cache the team is asked to build.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["told_bare"]

Hit = tuple[str, int, set[str]]  # as in _weak, which imports this module
# the article or preposition the quoted hit starts with ("the database")
_LEADING = re.compile(r"^(?:(?:the|our|their|its|my|in|on|from|to|into|of)\s+)+", re.IGNORECASE)
# a store told failing: "a failing database", "the database is down", "an outage of one
# database"; the failure word must be on the store, not on what is kept in it ("failed
# events saved in the db" is still a store the team is told to use)
_STORE_FAILS = re.compile(
    r"\b(?:failing|failed|crashed)\s+(?:databases?|dbs?)\b"
    r"|\b(?:databases?|dbs?)\s+(?:(?:is|are|was|were|goes|go|went|has|have)\s+)?"
    r"(?:(?:gone|been)\s+)?(?:down|fails|failed|crashe[sd]|unavailable|unreachable|outages?)\b"
    r"|\boutages?\s+of\s+(?:(?:one|a|the|our|their|its|my)\s+)?(?:\w+\s+)?databases?\b",
    re.IGNORECASE,
)
# "may be cached", "can still be cached", "might have been cached"
_HEDGED_CACHED = re.compile(
    r"\b(?:may|might|can|could)\s+(?:still\s+)?(?:be|have\s+been)\s+(?:still\s+)?cached\b",
    re.IGNORECASE,
)


def _name_part(word: str, line: str) -> bool:
    """Whether every use of the word on the line is joined into a name by - or /."""
    w = re.escape(word)
    alone = re.findall(rf"(?<![\w/-]){w}(?![\w/-])", line, re.IGNORECASE)
    return not alone and re.search(rf"\b{w}\b", line, re.IGNORECASE) is not None


def _worldly(word: str, line: str) -> bool:
    """Whether the lone word on its line is one of the three uses of the module note."""
    low = word.lower()
    if low in {"db", "dbs", "database", "databases"}:
        if _name_part(word, line):
            return True
        return any(w in line for w in ("down", "fail", "outage", "crash", "unava", "unreach")) and (
            _STORE_FAILS.search(line) is not None
        )
    if low == "cached":
        return "cached" in line and _HEDGED_CACHED.search(line) is not None
    return False


def told_bare(hits: list[Hit], lines: Sequence[str]) -> list[Hit]:
    """The hits less a lone storage word told as the user's world (see the module note);
    only when it is the one hit, as the bare-word review would otherwise see it."""
    if len(hits) != 1 or hits[0][2] != {"storage and infrastructure"}:
        return hits
    text, no, _ = hits[0]
    word = _LEADING.sub("", text.strip())
    if 0 < no <= len(lines) and _worldly(word, lines[no - 1]):
        return []
    return hits
