"""A want that asks for a picture of the need's objects over past periods ("a chart of
how many invoices were overdue each month over the last year") asks for a trend: a
report on how things went, another job than the need, which is about the ones there
are now. A chart alone may show the present ("a chart of which rooms are ready"), and a
period alone may be how often the need is met ("a weekly list"): only the two together
ask for history."""

from __future__ import annotations

import re

from ._parse import Parsed
from ._text import at, quote
from ._types import Finding, Scenario

__all__ = ["trend_ask"]

_PICTURE = re.compile(
    r"\b(?:charts?|graphs?|trend\s+lines?|histograms?|bar\s+charts?)\b", re.IGNORECASE
)
_PERIOD = r"(?:months?|weeks?|quarters?|years?)"
# periods laid side by side: the picture's axis, not how often it comes
_OVER_PERIODS = re.compile(
    rf"\b(?:monthly|weekly|quarterly|yearly|annual|(?:each|every|per|by)\s+{_PERIOD}"
    rf"|(?:month|week|quarter|year)\s+(?:by|on)\s+(?:month|week|quarter|year)"
    rf"|(?:over|in|for|across)\s+(?:each\s+of\s+)?the\s+(?:last|past|previous)\s+"
    rf"(?:\w+\s+)?{_PERIOD})\b",
    re.IGNORECASE,
)


def trend_ask(p: Parsed, scenario: Scenario) -> Finding | None:
    """Not met when the want asks for a chart of the need's objects over periods."""
    if p.want is None or "outcome" not in scenario.judge:
        return None
    want = p.want.text
    picture, periods = _PICTURE.search(want), _OVER_PERIODS.search(want)
    if not picture or not periods:
        return None
    return Finding(
        "topic",
        "not met",
        f"the want {quote(want)}{at(p.want.line)} asks for a {picture[0]} "
        f"{quote(periods[0])}: a trend of how things went over past periods, another job "
        f"than the need, which is about the ones there are now; ask for what the user "
        f"needs to know or do now; the need is to {scenario.need}",
        quoted=(want,),
    )
