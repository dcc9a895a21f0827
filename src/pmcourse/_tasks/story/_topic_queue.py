"""A want that asks how long the queue or the wait is at a place ("the current queue time
at each lift", "the queue at the toilets near each stage"), for a need about whether the
place is open, moved or has room. The topic judge's fallback took such a want as on topic
because the need's words (the place, "queue", "before") are in it, but how busy a place
is right now is a neighbouring feature, not the need: the labellers mark it off topic.
A need that itself asks about queue or wait times keeps it on topic.
"""

from __future__ import annotations

import re

from ._text import quote
from ._topic_habit import neighbour
from ._types import Finding

# a live queue or wait measure told as being AT a place: "the (current) queue (time) at",
# "the wait time at", "how long the queue is at"; a wait "for" my own slot is left alone
_QUEUE_AT = re.compile(
    r"\b(?:the\s+(?:current\s+|live\s+)?(?:[\w-]+\s+)?(?:queue|wait)(?:ing)?(?:\s+times?)?|"
    r"how\s+long\s+the\s+(?:queue|wait)\s+is)\s+at\s+(?:the\s+|each\s+|every\s+|a\s+)?\w+",
    re.IGNORECASE,
)
# a need that asks about queue or wait lengths itself
_WAIT_NEED = re.compile(
    r"\b(?:(?:queue|wait|waiting)\s+times?|how\s+long\b[^.;]{0,30}\b(?:wait|queue)\w*|"
    r"queue\s+lengths?|busy|crowd\w*)",
    re.IGNORECASE,
)


def queue_ask(want: str, need_text: str, need: str, line: int) -> Finding | None:
    """Not met when the want asks for the queue or wait at a place and the need asks
    about no queue or wait length; None otherwise."""
    low = want.lower()
    if "queue" not in low and "wait" not in low:
        return None
    m = _QUEUE_AT.search(want)
    if not m or _WAIT_NEED.search(need_text):
        return None
    return neighbour(want, f"asks for {quote(m.group(0))}", line, "how busy a place is", need)
