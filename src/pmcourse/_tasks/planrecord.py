"""Whether an eval plan only files its outputs away: the drafts (or the results) go into a
spreadsheet, a log or a tracker, and no one in the plan checks, reads, rates or judges
anything, and no metric is computed. Labellers mark such a plan's measure false even when
its bar names a verdict ("85% must be sent with minor edits", "Bar: 80% pass"): the bar
says what a pass would be, but nobody gives one. Task 9.7's judge (``evalplan``) asks
this module before it looks for a measure word.
"""

from __future__ import annotations

import re

__all__ = ["filed_unjudged"]

_FLAGS = re.IGNORECASE

# The outputs put somewhere to keep: "every draft is written to the eval spreadsheet",
# "each draft ... saved side by side in a spreadsheet", "results go into a sheet".
_FILED = re.compile(
    r"\b(?:written|write|writes|saved|save|stored|kept|logged|exported|export|put|go|goes|"
    r"copied|pasted|entered|recorded|dumped)\s+(?:[\w,-]+\s+){0,6}?(?:in|into|to|on)\s+"
    r"(?:a|an|the|our|one)\s+(?:[\w-]+\s+){0,2}?(?:spreadsheet|sheet|log|tracker|"
    r"register|csv|file)s?\b",
    _FLAGS,
)

# Anyone judging, by a verb of judging in any form or a judge named after "by"; the nouns
# ("the pass rate", "a score") are no act of judging.
_JUDGING = re.compile(
    r"\b(?:check\w*|read|reads|reading|review\w*|rates|rated|rating|rate\s+(?:each|every|"
    r"the|them|it|all)|scores|scored|scoring|score\s+(?:each|every|the|them|it|all)|"
    r"mark\w*|grad(?:e|es|ed|er|ers|ing)|judg\w*|assess\w*|label\w*|evaluat\w*|compar\w*|"
    r"decid\w*|approv\w*|verif\w*|inspect\w*|look\w*|tell|tells|say|says|ask\w*|"
    r"(?:reviewers?|raters?|annotators?|experts?))\b",
    _FLAGS,
)

# A metric the plan computes needs no person: "accuracy", "BLEU against the sent reply".
_METRIC = re.compile(
    r"\b(?:accura\w*|precision|recall|f1|bleu|rouge|error\s+rate|hallucinat\w*|faithful\w*|"
    r"grounded\w*|edit\s+distance|similarity|exact\s+match)\b",
    _FLAGS,
)


def filed_unjudged(text: str) -> bool:
    """Whether the plan files its outputs away and no one, and no metric, judges them."""
    return bool(_FILED.search(text) and not _JUDGING.search(text) and not _METRIC.search(text))
