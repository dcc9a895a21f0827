"""A want that asks which people (customers, tenants, members...) usually do something or
are likely to ("tell me which customers are likely to pay late"), for a need about things
that have already happened to the user ("spot which invoices are overdue"). The topic
judge's fallback took such a want as on topic because it carries the need's words, but a
forecast of people's habits is a neighbouring feature (a risk score), not the need: the
labellers mark it off topic. A need that itself asks for a forecast keeps it on topic.
"""

from __future__ import annotations

import re

from ._text import at, quote
from ._types import Finding

# "which customers usually ...", "which of our clients are likely to ...": people as the
# subject of a habit or a forecast (things, "which invoices are likely to...", are left alone)
_HABIT = re.compile(
    r"\bwhich\s+(?:of\s+(?:my|our|the)\s+)?(?:customers|clients|payers|members|tenants|"
    r"patients|users|suppliers|guests|residents|donors|learners|riders|buyers|people)\s+"
    r"(?:usually|often|always|tend\s+to|are\s+likely\s+to|are\s+going\s+to|will\s+probably)\b"
    # "how likely they are to pay late": the same forecast told of third persons ("how
    # likely I am to get a place" is the user's own chance, left alone)
    r"|\bhow\s+likely\s+(?:they|each\s+(?:customer|client|member|tenant|patient|user)|"
    r"(?:customers|clients|members|tenants|patients|users))\s+(?:is|are)\s+to\b",
    re.IGNORECASE,
)
# a need that asks for a forecast or a habit itself
_FORECAST = re.compile(
    r"\b(?:likely|predict\w*|forecast\w*|usually|tend|habits?|probably|going\s+to)\b",
    re.IGNORECASE,
)


def habit_ask(want: str, need_text: str, need: str, line: int) -> Finding | None:
    """Not met when the want asks which people usually do a thing or are likely to, and
    the need asks for no forecast; None otherwise."""
    low = want.lower()
    if "which" not in low and "likely" not in low:
        return None
    m = _HABIT.search(want)
    if not m or _FORECAST.search(need_text):
        return None
    return neighbour(want, f"asks {quote(m.group(0))}", line, "a forecast of people's habits", need)


def neighbour(want: str, asks: str, line: int, what: str, need: str) -> Finding:
    """Not met: the want asks for a neighbouring feature (``what``), not the need."""
    return Finding(
        "topic",
        "not met",
        f"the want {quote(want)}{at(line)} {asks}: {what}, a neighbouring feature rather "
        f"than the need; {need}",
        quoted=(want,),
    )
