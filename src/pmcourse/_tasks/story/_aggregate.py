"""The business-metric reader: whether a criterion is a share or change counted over
everyone ("tickets drop by 50%", "95% of requests are answered in a day"), which the
business measures and no one user observes.
"""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import I

# "tickets drop by 50%", "the bounce rate is below 1%": a share or a change counted over
# everyone, which the business measures and no one user observes
_AGGREGATE = re.compile(
    r"(?:\b(?:drops?|dropped|falls?|fell|decreases?|decreased|reduced|cut|rises?|rose|"
    r"increases?|increased|grows?|grew|goes\s+(?:up|down)|up|down|below|under|above|over|"
    r"less\s+than|more\s+than|at\s+(?:least|most))\s+(?:by\s+|to\s+|from\s+)?|[<>\u2264\u2265]\s*)"
    r"\d+(?:\.\d+)?\s*%"
    # "30% fewer withdrawals": a change told as a share
    r"|\b\d+(?:\.\d+)?\s*%\s+(?:fewer|more|less)\s+[\w-]+"
    # "recovery is 20% faster", "calls 15% shorter": a change of everyone's figure told as a
    # share; "50% higher than my usual" compares with something one user has
    r"|\b\d+(?:\.\d+)?\s*%\s+(?:faster|slower|shorter|longer|quicker|higher|lower|cheaper)\b"
    r"(?!\s+than\b)"
    # "95% of requests are answered in a day": a share of a population as the subject
    r"|^\W*(?:(?:at\s+least|over|under|more\s+than|fewer\s+than|less\s+than)\s+)?\d+(?:\.\d+)?\s*%"
    r"\s+of\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}[\w-]+s\s+(?:are|is|get|were|will|have|can)\b"
    # "the recall check reaches 100% of customers": a share of a population as the result
    r"|\b(?:reach(?:es)?|covers?|hits?)\s+\d+(?:\.\d+)?\s*%\s+of\s+(?:all\s+|the\s+)?[\w-]+s\b"
    # "Average call queue under 10 minutes": a mean over everyone held under a bound (a
    # developer's "median CI time under 5 minutes" is the time of their own builds)
    r"|^\W*(?:the\s+)?(?:average|mean)\s+(?:[\w-]+\s+){1,3}?(?:(?:is|stays?)\s+)?"
    r"(?:under|below|less\s+than|within)\s+\d"
    # "median wait across the company falls from 9 to 4 days": a statistic's change
    r"|\b(?:median|average|mean|p\d\d)\b[^.;]*?\b(?:drops?|falls?|decreases?|rises?|"
    r"increases?|goes\s+(?:up|down)|improves?)\s+from\s+\S+\s+to\b"
    # "precision above 0.95 on the held-out set": a model's score over a test set
    r"|\b(?:precision|recall|f1|auc|accuracy)\b[^.;]{0,25}?\b(?:above|over|below|under|"
    r"at\s+least|of|>=?|\u2265)\s*0?\.\d+"
    # "customer satisfaction reaches 85%", "NPS of at least 40": a survey's figure, all told
    r"|\b(?:satisfaction|csat|nps|net\s+promoter)\b[^.;]{0,60}?\b(?:reach(?:es)?|hits?|"
    r"achieves?|attains?|exceeds?|stays?\s+(?:above|over|at)|(?:is|are)\s+(?:at\s+least|"
    r"above|over)|of|at\s+least|above|over|>=?|\u2265)\s*\+?\d",
    I,
)
_ONE_USER = re.compile(r"\b(?:I|me|my|mine|I'm|I've)\b", I)
# "when the projection is 25% above ...," / "if more than 10% fail,": a share as the
# condition of an event; the event is the user's when someone on their side gets it
_CONDITION = re.compile(r"\b(?:when|if|once|whenever|as\s+soon\s+as)\b", I)
_USER_SIDE_EVENT = re.compile(
    r",?\s.*\b(?:I|we|us|you|they|users?|customers?|anyone|everyone)\b.*\b(?:gets?|sees?|"
    r"receives?|(?:is|are)\s+(?:told|warned|notified|alerted|shown))\b",
    I,
)


def is_aggregate(text: str) -> bool:
    """A share or change counted over everyone; not when the share is the condition of
    an event someone on the user's side meets ("when it is 25% above, we get a warning")."""
    m = quick_search(_AGGREGATE, text)
    if not m or _ONE_USER.search(text):
        return False
    cond = _CONDITION.search(text[: m.start()])
    return not (cond and _USER_SIDE_EVENT.search(text[m.end() :]))
