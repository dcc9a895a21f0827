"""An organisation's voice with a goal of its own: "As the council, we want ... so that we
issue fewer fines", "... so that our arrears figure falls"."""

from __future__ import annotations

import re

from ._makers import stems
from ._parse import Parsed
from ._text import I
from ._types import Scenario

__all__ = ["org_voice_goal"]

# "As the parish council, we want", "As the finance team we need": one body named with a
# definite or possessive word, speaking as "we" (the persona verdict says the same)
_ORG_WE = re.compile(
    r"\W*as\s+(?:the|our|[\w-]+['\u2019]s)\s[^,.;:\n]{1,80}?,?\s+we\s+(?:want|need|would)\b", I
)
# the outcome told by that same body: its own things ("so that our debtor days come
# down"), or "we" moving a figure or meeting a target ("so that we cut cycle time by 30%",
# "so that we meet the regulator's timescales", "so that we issue fewer refunds"); "so
# that we can chase late payers sooner" is the team at its own work, a user's gain
_WE_OWN = re.compile(
    r"\W*(?:our\b|we\s+(?:reduce|cut|lower|halve|increase|improve|grow|raise|boost|double|"
    r"meet|hit|achieve|reach|save|earn|win|keep)\b|we\s+(?:have\s+to\s+)?[\w-]+\s+"
    r"(?:fewer|less|more)\b)",
    I,
)


def org_voice_goal(p: Parsed, body: str, scenario: Scenario) -> bool:
    """The story speaks for an organisation as "we" and its outcome is that body's own
    (told by "we" or "our"), with none of the scenario's users in it ("so that our
    members can book" is a gain for the users, and stays another matter)."""
    if not _ORG_WE.match(p.story) or not _WE_OWN.match(body):
        return False
    users = set().union(*(stems(r) for r in scenario.user_roles)) if scenario.user_roles else set()
    return not (users & stems(body))
