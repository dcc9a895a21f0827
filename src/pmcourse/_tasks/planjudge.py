"""Who judges the outputs of an eval plan when the plan names them by a count rather than
a known role ("two senior developers", "3 nurses"). Task 9.7's judge (``evalplan``) asks
this module."""

from __future__ import annotations

import re

__all__ = ["COUNTED_JUDGE", "bare_pass", "groups_compared", "two_way_judge"]

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


# A live trial's two groups compared on a named figure: "compare handling time and CSAT
# between the two groups", "compare resolution rates with the other half". With a named
# judge (team leads), labellers count it as the measure of a post-launch A/B plan; "we
# compare the two groups" names what is compared but no one who judges.
_GROUPS_COMPARED = re.compile(
    r"\bcompar(?:e|es|ing)\s+(?:[\w/&-]+,?\s+){1,8}?(?:between|with|against|across)\s+"
    r"(?:the\s+)?(?:two|both|other)\s+(?:groups?|halves|half|arms?|cohorts?)\b",
    _FLAGS,
)


def groups_compared(s: str) -> bool:
    """Whether sentence ``s`` compares a named figure between a trial's two groups."""
    return bool(_GROUPS_COMPARED.search(s))


# A pass, or the rate of passes, with nothing named that it passes: "85% of drafts must
# pass", "the average pass rate". "Must pass the review" names what grades the drafts.
_PASS = re.compile(r"pass(?:es|ed|ing)?(?:\s+rate)?", _FLAGS)
_PASS_BEFORE = re.compile(r"\bpass\s+$", _FLAGS)
_PASS_OBJECT = re.compile(r"\s+(?:the|a|an|our|their|its|each|every)\s+\w", _FLAGS)


def bare_pass(text: str, start: int, end: int) -> bool:
    """Whether the measure word at ``text[start:end]`` is a bare pass or pass rate (the
    "rate" of "pass rate" is found on its own too): it says a draft passes, not who or what
    passes it, so a plan with no judge has given its bar, not its measure."""
    before = _PASS_BEFORE.search(text, max(0, start - 6), start)
    m = _PASS.match(text, before.start() if before else start)
    return bool(m and m.end() >= end and not _PASS_OBJECT.match(text, m.end()))
