"""A want that asks to get or set up a thing of its own ("book a place at the next open
evening", "set up my rent direct debit when I sign"), where the need's words come only
in the setting around it: the place, the time, the clause after. The topic judge's
fallback takes a want as keeping the need when the need's words are anywhere in it, so
such a want passed as on topic although what it asks for is another feature of the same
organisation. The object of the verb decides: none of the need's words in it, and the
verb asks for a thing (booking, applying, enrolling) gives "not met"; a verb that only
makes or records a thing is weaker evidence and gives "unsure".
"""

from __future__ import annotations

import re

from ._roles import CHECK
from ._text import at, quote
from ._topic_errand import OBJECT_ENDS, errand
from ._topic_terms import carries
from ._types import Finding

# the judge's criterion path asks the errand rule too
__all__ = ["errand", "off_object"]

# the lead verb that asks to be given, or to arrange, a thing; then its particle
_ASK = re.compile(
    r"^(?:to\s+|be\s+able\s+to\s+)?(book|apply|enrol|enroll|register|reserve|order|buy|"
    r"subscribe|sign\s+up|renew|set\s+up|make|record|pause)\b(?:\s+(?:for|to|up|on))?\s+",
    re.IGNORECASE,
)
# verbs that make or keep a thing rather than ask for one: the object may still be
# the need's own business told in other words
_WEAK = frozenset({"make", "record", "pause"})
# where the verb's object ends ("for" belongs to the verb here: "apply for")
_END = re.compile(rf"\s+(?:{OBJECT_ENDS})\b|[,.;:(]", re.IGNORECASE)


def off_object(
    want: str, shown: str, pats: tuple[re.Pattern[str], ...], need: str, line: int
) -> Finding | None:
    """Not met (or unsure) when the quoted want asks for a thing whose object names none
    of the need's words; None otherwise, and when what is quoted is not the want."""
    text = want.strip()
    # a transaction of the user's own ("reserve a charger") is another feature even
    # where its object is the need's; ``need`` is the judge's "the need is to ..." tail
    found = (
        errand(want, need.removeprefix("the need is to "), need, line) if shown == want else None
    )
    m = _ASK.match(text)
    if found or not m or shown != want or not pats:
        return found
    rest = text[m.end() :]
    end = _END.search(rest)
    obj = rest[: end.start() if end else len(rest)].strip()
    if not re.search(r"[A-Za-z]{3}", obj) or any(carries(pat, obj) for pat in pats):
        return None
    verb = " ".join(m.group(1).lower().split())
    asked = f"{verb} {obj}"
    if verb in _WEAK:
        return Finding(
            "topic",
            "unsure",
            f"the want {quote(want)}{at(line)} asks to {quote(asked)}, and the need's words "
            f"come only around it; looked for whether that is the need and could not tell; "
            f"{need}; {CHECK}",
            quoted=(want,),
        )
    return Finding(
        "topic",
        "not met",
        f"the want {quote(want)}{at(line)} asks to {quote(asked)}, another feature: the "
        f"need's words come only around it; {need}",
        quoted=(want,),
    )
