"""Who judges the outputs of an eval plan when the plan names them by a count rather than
a known role ("two senior developers", "3 nurses"). Task 9.7's judge (``evalplan``) asks
this module."""

from __future__ import annotations

import re

__all__ = ["COUNTED_JUDGE", "two_way_judge"]

_FLAGS = re.IGNORECASE

# A counted group of people of any role who judge: "two senior developers check", "three
# nurses review" (a measure when its line is labelled as the measure, or when they give
# each output one of two verdicts).
COUNTED_JUDGE = re.compile(
    r"\b(?:[2-9]|two|three|four|five)\s+(?:[\w-]+\s+)?[a-z]{2,}s\s+"
    r"(?:each\s+)?(?:check\w*|review\w*|read\w*|label\w*|mark\w*|rat\w*|grad\w*|judg\w*|"
    r"assess\w*|decid\w*|compar\w*)\b",
    _FLAGS,
)

# One of two verdicts, the second the first denied, with a slash or "or": "ok / not ok",
# "usable or unusable", "send/don't send"; or a fixed pair: "yes/no", "pass or fail".
_TWO_WAY = re.compile(
    r"\b([a-z]+)\s*(?:/|\bor\b)\s*(?:not\s+|don't\s+|un|in|non-?)\1\b|"
    r"\b(?:yes\s*(?:/|\bor\b)\s*no|pass\s*(?:/|\bor\b)\s*fail|good\s*(?:/|\bor\b)\s*bad)\b",
    _FLAGS,
)

# Each output, named by what the feature makes: "each draft", "every reply".
_EACH_OUTPUT = re.compile(
    r"\b(?:each|every)\s+(?:draft|repl(?:y|ies)|answer|output|response|summary)\b", _FLAGS
)


def two_way_judge(s: str) -> bool:
    """Whether sentence ``s`` has a counted group of people give each output one of two
    verdicts: "2 senior advisers mark each draft ok / not ok"."""
    return bool(COUNTED_JUDGE.search(s) and _EACH_OUTPUT.search(s) and _TWO_WAY.search(s))
