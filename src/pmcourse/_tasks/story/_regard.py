"""The vendor's or the organisation's gain told as the outcome, by structure: how others
rate it (its ranking, reputation or review score, even a persona's own score from
reviewers, or a platform's badge kept), its business ratios (a cost held to a percentage, revenue per cover), an act
of the persona's whose only beneficiary is the vendor (a good review left, a complaint
not made, the vendor recommended), and fewer contacts to "us" when the persona is the
organisation itself. The persona's own gain ("so that I get my item back without calling
the desk", "so that I can pick the best-rated venue") is left to the other checks."""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._parse import Parsed
from ._standing import not_a_gain
from ._text import SELF_WORDS, I
from ._types import Finding
from ._words import CHANGE_VERB

__all__ = ["org_regard"]

# a score given by reviewers or a search engine (a credit or energy rating is left alone:
# it is not how others regard the one who holds it)
_RATED = (
    r"(?:(?:search|google|seo|page)\s+)?rankings?|reputation|brand|review\s+scores?|"
    r"(?<!credit\s)(?<!energy\s)(?<!risk\s)(?<!efficiency\s)(?<!insurance\s)"
    r"(?:(?:[\w-]+\s+)?star\s+)?ratings?"
)
_HELD = (
    r"(?:is|are|will\s+be|stays?|remains?|gets?|goes|go|rises?|improves?|grows?|climbs?|"
    r"increases?|(?:doesn't|does\s+not|don't|do\s+not|won't)\s+(?:drop|fall|suffer|go\s+down|"
    r"slip))\b"
)
# "our Google ranking and brand reputation are protected", "the hotel's review score
# goes up": the subject is how others score the organisation
_REGARD = re.compile(
    r"^\W*(?P<owner>our|the|its|their|my|[\w-]+'s)\s+(?:[\w'-]+\s+){0,3}?(?:" + _RATED + r")"
    r"(?:\s+(?:and|or)\s+(?:[\w'-]+\s+){0,2}?(?:" + _RATED + r"))?\s+" + _HELD,
    I,
)
# a score or badge that reviewers or a platform give, kept as the subject's own: "so that
# my listing keeps its Superhost badge and a 4.9 rating", "the shop doesn't lose its
# top-seller badge" (counted only where reviewers give it, below)
_KEEPS_SCORE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}?(?:keeps?|retains?|holds?\s+on\s+to|maintains?|protects?|"
    r"(?:doesn't|does\s+not|don't|do\s+not|won't)\s+lose)\s+(?:its|their|our|my|his|her|an?|the)\s+"
    r"(?:[\w.'-]+\s+){0,3}?(?:badges?|" + _RATED + r")\b"
    r"(?:\s+and\s+(?:[\w.'-]+\s+){0,3}?(?:badges?|" + _RATED + r")\b)?",
    I,
)
# a persona's own score counts only where reviewers give it ("my review score", "my star
# rating", "my host rating"), not "my credit rating"
_REVIEWED = re.compile(r"review|star|stars|host|seller|guest|customer|app|google", I)
# the persona's act that serves only the vendor: "so that I leave a 5-star review",
# "so that I recommend the hotel to friends", "... instead of a complaint"; also in a
# clause joined on ("so that check-in is quick and I leave a good review"): the act is
# still the vendor's gain, whatever the clause before it gives
_VENDOR_ACT = re.compile(
    r"(?:^\W*|\band\s+)(?:I|we)\s+(?:(?:can|will|would|then)\s+)?(?:leave|give|write|post)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:good|great|positive|glowing|better|"
    r"(?:five|four|5|4)[\s-]star)\s+(?:[\w-]+\s+)?(?:reviews?|ratings?|feedback)\b|"
    r"(?:^\W*|\band\s+)(?:I|we)\s+(?:(?:can|will|would|then)\s+)?recommend\s+"
    r"(?:[\w'-]+\s+){1,3}?to\s+"
    r"(?:my\s+|our\s+)?(?:friends|family|others|colleagues|people|everyone)\b",
    I,
)
# a business ratio: a cost held to a percentage, money per unit sold
_RATIO = re.compile(
    r"\b(?:revenue|income|profit|margin|takings|sales|spend|yield)\s+per\s+[\w-]+\s+"
    r"(?:(?:will|can)\s+)?(?:goes|go|rises?|grows?|increases?|improves?|climbs?|is|stays?)\b|"
    r"\b(?:[\w-]+\s+)?costs?\s+(?:stays?|is|are|remains?|keeps?|goes|falls?|drops?|comes?\s+in)"
    r"\s+(?:under|below|beneath|within|at|to)\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)",
    I,
)
# the persona is an organisation or a unit of it, told as "we": "As the dispatch desk, we"
_ORG_UNIT = re.compile(
    r"\b(?:desk|team|department|office|unit|cent(?:re|er)|service|company|business|hotel|"
    r"council|practice|clinic|club|school|shop|store|group|branch|board|division|firm|agency|"
    # an organisation of any trade, or those who run it
    r"pharmacy|library|surgery|charity|trust|trustees|bank|insurer|supplier|organi[sz]ation|"
    r"association|authority|committee|provider|operator)"
    r"\W*$",
    I,
)
# others no longer contact "us": the organisation's workload
_FEWER_CONTACTS = re.compile(
    r"^\W*(?:[\w'-]+\s+){1,3}?(?:stop|don't|do\s+not|no\s+longer|never)\s+(?:have\s+to\s+)?"
    r"(?:ring|call|phone|email|chase|contact|ringing|calling|phoning|emailing|chasing|"
    r"contacting)\s+us\b|"
    # fewer of them do it ("so that fewer patients call us"), or what they send to "us"
    # drops ("so that phone calls and emails to us drop")
    r"^\W*fewer\s+(?:[\w'-]+\s+){1,3}?(?:ring|call|phone|email|chase|contact|write\s+to|"
    r"complain\s+to)\s+us\b|"
    r"^\W*(?:[\w'-]+\s+){0,3}?(?:calls|emails|queries|enquiries|inquiries|tickets|complaints|"
    r"messages|contacts|letters)\s+(?:to|into)\s+us\s+(?:will\s+)?" + CHANGE_VERB,
    I,
)


def org_regard(p: Parsed, body: str, shown: str) -> Finding | None:
    """How others rate the organisation, its business ratios, an act of the persona's that
    serves only the vendor, or fewer contacts to an organisation persona's "us"."""
    if (found := quick_search(_REGARD, body)) and (
        found["owner"].lower() != "my" or _REVIEWED.search(found[0])
    ):
        kind = "how others rate or rank the organisation (or the persona), its standing"
    elif (found := quick_search(_KEEPS_SCORE, body)) and (
        _REVIEWED.search(found[0]) or re.search(r"\d", found[0])
    ):
        kind = "a score or badge that reviewers or a platform give, its standing"
    elif found := quick_search(_VENDOR_ACT, body):
        kind = "something the persona does that only the vendor gains from"
    elif (found := quick_search(_RATIO, body)) and not SELF_WORDS.search(body):
        kind = "a business ratio of the organisation"
    elif (found := quick_search(_FEWER_CONTACTS, body)) and _org_persona(p):
        kind = "fewer contacts to the organisation the persona is, its own workload"
    else:
        return None
    return not_a_gain(shown, kind, found)


def _org_persona(p: Parsed) -> bool:
    """Whether the persona is an organisation or a unit of it speaking as "we"."""
    if p.persona is None:
        return False
    at = p.story.find(p.persona[1])
    after = p.story[at + len(p.persona[1]) :] if at >= 0 else ""
    return bool(_ORG_UNIT.search(p.persona[1]) and re.match(r"\W*we\b", after, I))
