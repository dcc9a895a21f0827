"""Checks that only confirm the prescribed mechanism runs.

When the problem judge found solution detail in a story (a SQL trigger, a nightly copy job,
a scoring model, a workflow flow), a check whose subject is that same kit and whose verb
says the kit runs or holds the data ("the trigger fires within 5 seconds", "the model's
score refreshes every night", "the flag is copied at 2am") checks that the build was
done, not anything a user observes. With such a check, one user-side check is left at
most, so the criteria are not met (labellers: "one check is phrased through the
prescribed mechanism").
"""

from __future__ import annotations

import re

from ._items import Item
from ._parse import Parsed
from ._solution import story_detail
from ._text import at, quote
from ._types import Finding, Scenario, topic_patterns

I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# the small words a hit begins or ends with, never the kit's own noun
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "on",
        "in",
        "of",
        "and",
        "or",
        "over",
        "into",
        "from",
        "by",
        "for",
        "with",
        "that",
        "which",
        "who",
        "every",
        "each",
        "all",
        "its",
        "our",
        "their",
        "my",
        "your",
        "add",
        "added",
        "new",
    ]
)
# a verb saying the kit runs, copies or holds data: what the team built, not what a
# user meets
_RUNS = re.compile(
    r"\b(?:fires|runs|re-?runs|triggers|refresh(?:es|ed)|recalculates|copies|syncs|"
    r"(?:is|are|gets?|get)\s+(?:copied|synced|synchroni[sz]ed|refreshed|re-?run|"
    r"triggered|loaded|populated|exported|imported|pulled|pushed|written)|"
    r"has\s+(?:an?\s+|the\s+)?[\w-]+\s+column)\b",
    I,
)
# what a user looks at: a page that refreshes is something a user sees change
_SEEN = frozenset(
    [
        "page",
        "screen",
        "dashboard",
        "chart",
        "view",
        "list",
        "map",
        "app",
        "tab",
        "report",
        "widget",
        "form",
        "display",
        "board",
        "panel",
        "feed",
    ]
)
# a check told from the user's side ("I get...", "my request shows...")
_USER_FIRST = re.compile(r"^\W*(?:(?:given|when|then|and)\s+)?(?:i|my|we|our)\b", I)


def _kit_nouns(p: Parsed, scenario: Scenario) -> frozenset[str]:
    """The nouns the want's solution detail names its kit by: each hit's last word, the
    plain noun right after a named one ("a SQL trigger", "a Snowflake model"), and the
    head of a code name ("assisted_flag" -> "flag"); never a word of the need."""
    need = topic_patterns(scenario.topic)
    out: set[str] = set()
    for hit, no, _ in story_detail(p, scenario)[0]:
        line = p.lines[no - 1] if 0 < no <= len(p.lines) else ""
        words = _WORD.findall(hit)
        cands = [w.split("_")[-1] for w in words if "_" in w]
        if words:
            cands.append(words[-1])
        start = line.find(hit)
        nxt = _WORD.match(line[start + len(hit) :].lstrip()) if start >= 0 else None
        if nxt and nxt.group(0).islower():
            cands.append(nxt.group(0))
        for w in cands:
            low = w.lower().removesuffix("'s")
            if len(low) > 2 and low not in _SMALL and not any(pt.search(low) for pt in need):
                out.add(low.removesuffix("s") if low.endswith("s") and len(low) > 4 else low)
    return frozenset(out)


def runs_kit(text: str, kit: frozenset[str]) -> bool:
    """Whether the check's subject (in its first five words) is the kit and its verb says
    the kit runs or holds the data."""
    if not kit or _USER_FIRST.search(text):
        return False
    for m in list(_WORD.finditer(text))[:5]:
        low = m.group(0).lower().removesuffix("'s")
        if low in kit or low.removesuffix("s") in kit:
            # the verb follows its subject within two words ("the model's risk score
            # refreshes"), not as a noun further on ("a chart shows all selected runs")
            after = text[m.end() :].split()[:3]
            # "the trigger page refreshes": the kit names a page a user looks at
            head = after[0].lower().strip(".,;:") if after else ""
            return low not in _SEEN and head not in _SEEN and bool(_RUNS.search(" ".join(after)))
    return False


def kit_run_check(
    good: list[Item], plain: list[Item], p: Parsed, scenario: Scenario, where: str
) -> Finding | None:
    """Not met when a check only confirms the prescribed kit runs and fewer than two
    other checks free of solution detail are left."""
    kit = _kit_nouns(p, scenario)
    ran = [i for i in good if runs_kit(i.text, kit)]
    if not ran or len([i for i in plain if i not in ran]) >= 2:
        return None
    built = ran[0]
    return Finding(
        "criteria",
        "not met",
        f"{len(good)} checks{where}, but {quote(built.text, 50)}{at(built.line)} only checks "
        "that the mechanism the want prescribes runs, which no user observes; write at least "
        "two checks a user can observe",
        flagged=tuple(i.text for i in ran),
    )
