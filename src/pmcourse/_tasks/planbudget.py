"""Whether an eval plan's budget is a limit the eval holds each draft to. A cap in tokens
alone sets the cost only through a price the plan does not give, and an estimate of what
the feature will cost ("about $5,400 a month") limits nothing: careful readers take either
way, so the tick becomes a question for a human. Task 9.7's judge (``evalplan``) asks this
module, with the plan's sentences that hold a budget's number."""

from __future__ import annotations

import re

__all__ = ["loose_budget"]

_FLAGS = re.IGNORECASE

_TOKENS = re.compile(r"\btokens?\b", _FLAGS)
# A money or time figure: "$0.01", "2 cents", "4 s", "800 ms", "3 seconds", "1.5p"
_MONEY_OR_TIME = re.compile(
    r"[$€£¢]|\b(?:cents?|pence|penny|dollars?|euros?|pounds?|seconds?|secs?|ms|"
    r"milliseconds?|minutes?|mins?|latency|p9\d)\b|\d(?:[\d.,]*)\s*(?:s|ms|p|c)\b",
    _FLAGS,
)
# A figure given as a forecast: "about", "we expect", "the feature will cost"
_ESTIMATE = re.compile(
    r"\b(?:about|around|roughly|approximately|approx|estimated?|expected|we\s+expect|"
    r"(?:will|would|should)\s+cost|works?\s+out|comes?\s+to)\b|~\s*[$€£\d]",
    _FLAGS,
)
# Words that hold the drafts to a figure, with the figure close after them: "under 2
# cents", "at most 1,800", "capped at $6,000", "a limit of 1 cent"; or a budget named with
# its figure ("cost budget 1 cent"). "Within what finance approved" names no figure.
_LIMIT = re.compile(
    r"(?:\b(?:under|below|no\s+more\s+than|not\s+more\s+than|more\s+than|at\s+most|max|"
    r"maximum|within|limit\w*|cap|caps|capped|less\s+than|fewer\s+than|exceed\w*|up\s+to|"
    r"ceiling|must|should|keep|stay\w*|above|over)\b|[<≤]|\bbudget\b)\s*"
    r"(?:(?:of|at|to|is|be|by|the|a|an|it|them|each|every|per|draft|reply)\s+){0,3}"
    r"(?:[$€£~]\s*)?(?:\d|a\s+(?:cent|penny|dollar|second)\b|one\b|half\b)",
    _FLAGS,
)
# A time figure: an estimated latency ("about 3 seconds") is still a latency budget
_TIMED = re.compile(
    r"\b(?:seconds?|secs?|ms|milliseconds?|minutes?|latency|p9\d)\b|\d\s*m?s\b", _FLAGS
)
_TICK = "✔ Sets a cost or latency budget: "


def _tokens_only(s: str) -> bool:
    return bool(_TOKENS.search(s)) and not _MONEY_OR_TIME.search(s)


def _estimate_only(s: str) -> bool:
    return bool(_ESTIMATE.search(s)) and not _LIMIT.search(s) and not _TIMED.search(s)


def loose_budget(line: str, budget_sentences: list[str]) -> str:
    """The budget line made unsure when every sentence that gives the budget a number caps
    only tokens, or only estimates the cost; any other line as it was."""
    if not line.startswith(_TICK) or not budget_sentences:
        return line
    found = line[len(_TICK) :]  # what the tick quoted
    if all(_tokens_only(s) for s in budget_sentences):
        why = (
            "caps tokens, which set the cost only through a price the plan does not give; "
            "looked for a cost or a time the eval holds each draft to"
        )
    elif all(_estimate_only(s) for s in budget_sentences):
        why = (
            "estimates what the feature will cost, which holds no draft to a limit; looked "
            "for a cost or latency limit the eval checks the drafts against"
        )
    else:
        return line
    return f"? Sets a cost or latency budget: {found} {why}; check this point against the checklist"
