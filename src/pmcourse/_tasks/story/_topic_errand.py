"""A want that leads with a transaction the user runs for a thing of their own ("book a
resit", "reserve a charger", "pause my paper delivery", "apply for a parking permit",
"set up my rent direct debit"), for a need that asks no such transaction. The topic
judge's fallback takes a want as keeping the need when it carries the need's words, and
here the object often does (the charger, the paper, the course): but booking, buying or
applying for one is another feature of the same service than knowing how it stands.
Across the tuned corpus nearly every such want is labelled off topic; the few on topic
are wants whose need itself asks the user to book or to get the thing held ("clinic
staff who book interpreters", "get a bed held"), so a need that names the verb (or, for
booking, holding) keeps the want on topic.
"""

from __future__ import annotations

import re
from functools import cache

from ._text import at, quote
from ._topic_habit import habit_ask
from ._topic_queue import queue_ask
from ._topic_sandbox import sandbox_ask
from ._types import Finding

# the lead verb of a transaction, then a determiner: a thing of one's own or a new one
# (not "order": "order my holds by date" sorts them)
_ERRAND = re.compile(
    r"^(?:to\s+|be\s+able\s+to\s+)?(book|reserve|apply\s+for|enrol|enroll|register\s+for|"
    r"buy|pause|renew|rent|hire|set\s+up|pay\s+for)\s+(?:on\s+|onto\s+|in\s+)?"
    r"(a|an|my|our|one|next|another|their|his|her|the)\b",
    re.IGNORECASE,
)
# an object that is a notice or a stand-in for the need's own thing: setting up an alert
# or booking a replacement for a cancelled one serves the need ("set up an alert for
# cancelled lessons"), so the rule leaves it to the judge
_SERVES = re.compile(
    r"\b(?:alerts?|notifications?|reminders?|warnings?|messages?|texts?|emails?|updates?|"
    r"replacements?|instead|another)\b",
    re.IGNORECASE,
)
# the words where a want's verb's object ends: a setting, a time, another clause
OBJECT_ENDS = (
    r"in|on|at|with|without|from|to|by|via|using|through|so|when|while|before|"
    r"after|because|if|once|as|and|or"
)
# (a transaction's object ends at "for" too: "book a room for Friday")
_END = re.compile(rf"\s+(?:{OBJECT_ENDS}|for)\b|[,.;:(]", re.IGNORECASE)
# a need that says the same act in other words: holding a place is booking it
_SAME_ACT = {"book": r"book|hold|held", "reserve": r"reserve|hold|held|book"}


@cache
def _act(verb: str) -> re.Pattern[str]:
    """The want's act as a need would name it as one of its own: the verb's base form,
    "-s" or "-ing" ("who book interpreters"); not "-ed", which tells of a thing already
    arranged for the user ("their arrangement is booked")."""
    head, _, particle = verb.partition(" ")
    forms = _SAME_ACT.get(head, re.escape(head))
    tail = rf"\s+{particle}" if particle else ""
    return re.compile(rf"\b(?:{forms})(?:s|ing)?{tail}\b", re.IGNORECASE)


def errand(want: str, need_text: str, need: str, line: int) -> Finding | None:
    """Not met when the want leads with a transaction on a thing of the user's own that
    the need does not ask for, or (``habit_ask``) when it asks for a forecast of people's
    habits, or (``queue_ask``) for how busy a place is; unsure (``sandbox_ask``) when it
    asks for a sandbox to test in; None otherwise."""
    m = _ERRAND.match(want.strip())
    if not m:
        # a forecast of people's habits, or a place's queue, are neighbouring features; a
        # sandbox to test in is a testing aid next to the need
        return (
            habit_ask(want, need_text, need, line)
            or queue_ask(want, need_text, need, line)
            or sandbox_ask(want, need_text, need, line)
        )
    verb = " ".join(m.group(1).lower().split())
    rest = want.strip()[m.start(2) :]
    end = _END.search(rest)
    obj = rest[: end.start() if end else len(rest)]
    if _SERVES.search(obj) or _act(verb).search(need_text):
        return None
    return Finding(
        "topic",
        "not met",
        f"the want {quote(want)}{at(line)} asks to {verb} something, a transaction the need "
        f"does not ask for: another feature of the same service; {need}",
        quoted=(want,),
    )
