"""A want that leads with a request the user makes of the product or its provider ("apply
for a permit", "order parts", "switch to a credit meter", "freeze my membership"): a
transaction of its own, another feature of the same product, whatever need words its
object or its clause carry ("a residents' parking permit", "before I arrive").

The needs are about knowing or seeing something in time; a want that asks to apply, book,
order or pay asks the product to do a service instead. Where that verb is the need's own
("pay for parking", for drivers who pay in the app; "book a bed", for a need to get one
held), the request is the need, and the rule leaves it alone.
"""

from __future__ import annotations

import re

from ._parse import Parsed
from ._text import at, quote, wordset
from ._topic_ask import key, need_stems
from ._topic_terms import carries, need_patterns
from ._types import Finding, Scenario

__all__ = ["requested"]

# Verbs that ask the provider for a transaction or a service ("apply for", "order",
# "switch to"). "Reserve" and "subscribe" are left out: holding a thing back and
# subscribing to events are ways of keeping track, which many needs are.
_REQUEST = wordset(
    "apply book buy claim freeze hire order pay register renew rent report request split "
    "submit switch withdraw"
)

# the want's first word, written as a verb (not a quoted name: '"buy again" to stop'),
# after a form's field label: "Request: have the door code before I arrive" names the
# field the want is written in, and the ask is what follows it
_LEAD = re.compile(
    r"^(?:[a-z]+\s*:\s*)?(?:to\s+|be\s+able\s+to\s+)?([a-z]+)\b(?!\s*:)", re.IGNORECASE
)

# the same verbs in a sense that asks for no service: a setting ("switch on alerts"), a
# filter applied, a list put in order or split up ("order the invoices by age", "split
# the list into due and overdue"), attention paid, a report on something
_OTHER_SENSE = re.compile(
    r"^(?:to\s+|be\s+able\s+to\s+)?(?:apply\s+(?!for\b)|switch\s+(?:\w+\s+)?(?:on|off)\b"
    r"|(?:order|split)\s+[^,.;]*?\b(?:by|into)\b|pay\s+attention\b|report\s+on\b)",
    re.IGNORECASE,
)


def requested(p: Parsed, scenario: Scenario) -> Finding | None:
    """Not met when the want leads with a request verb the need does not use."""
    if p.want is None:
        return None
    m = _LEAD.match(p.want.text.strip())
    verb = m.group(1).lower() if m else ""
    if verb not in _REQUEST or key(verb) in need_stems(scenario):
        return None
    if _OTHER_SENSE.match(p.want.text.strip()):
        return None
    # the verb in any form one of the need's term groups holds ("booked", "booking")
    if any(carries(pat, f"{verb} {verb}ed {verb}ing") for pat in need_patterns(scenario)):
        return None
    want = p.want.text
    return Finding(
        "topic",
        "not met",
        f"the want {quote(want)}{at(p.want.line)} asks to {verb} something: a request of "
        f"its own to the product or its provider, which the need does not make; another "
        f"feature than the scenario's need; the need is to {scenario.need}",
        quoted=(want,),
    )
