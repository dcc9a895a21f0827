"""Whether a teller's own words before their want place them among the users.

First-person prose with a clear situation but no role word ("I tap my card on the tram
most days ... I want ...") names its persona by that situation: the labelling rule reads
it as a user. A teller who says they build the product or work for its maker is not one,
so those stay for a reader to judge."""

from __future__ import annotations

import re

from ._roles import user_role
from ._situation import in_situation, vendor_words
from ._text import I
from ._types import Scenario
from ._words import BUILDER

__all__ = ["own_situation"]

# the teller naming a role of their own: "I am gardener who ...", "I'm a plumber, ..."; a
# role word the role judges place, not a situation
_NAMED = re.compile(r"\bI(?:'m|\s+am)\s+(?:an?\s+)?(?P<role>[a-z][\w-]*)\s*(?:who\b|[,.;])", I)

# the teller making software ("I build the app", "I write the integration"): a maker or a
# developer at a customer, which the situation cannot tell apart
_MAKES = re.compile(r"\b(?:I|we)\s+(?:build|develop|maintain|code|program|write|test|deploy)\b", I)


def own_situation(before_want: str, scenario: Scenario) -> bool:
    """Whether the teller's prose before the want puts them in the need's situation, with
    no word of building the product or of the maker's side, and no role word of the
    teller's own that the scenario does not list."""
    if not before_want.strip() or BUILDER.search(before_want) or vendor_words(before_want):
        return False
    if _MAKES.search(before_want):
        return False
    named = _NAMED.search(before_want) if "m" in before_want else None
    if named and not user_role(named["role"], scenario):
        return False
    return in_situation(before_want, scenario)
