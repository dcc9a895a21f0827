"""An organisation's own figures as a story's outcome: its money or workload, how much
its product is used, a measure or target it is judged by, a figure of its that moves.
Each is how the organisation tracks itself, not something the persona can then do."""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._gainer import is_person
from ._roles import CHECK
from ._text import SELF_WORDS, I, quote, wordset
from ._types import Finding, Scenario
from ._words import (
    BUSINESS_GOAL,
    CHANGE_VERB,
    FIGURE_NOUN,
    MEASURE_CHANGE,
    MODEL_METRIC_BAR,
    ORG_CHARTER,
    ORG_MEASURE,
    PRODUCT_GROWTH,
    PRODUCT_USAGE,
    TARGET_FIGURE,
)

__all__ = ["figure_beside_own", "maker_goal", "org_figure", "owned_figure"]

# A figure told as "our", the subject of a clause of its own that moves ("so that classes
# are full and our attendance figures look better", "so that our on-time performance
# improves"): "our" with a measure is the teller's organisation keeping score (a person's
# own is "my", and is left alone)
_OUR_FIGURE = re.compile(
    r"(?:^|\band\s+|[,;]\s*)\W*(?P<figure>our\s+(?:[\w-]+\s+){0,3}?(?:" + FIGURE_NOUN + r"|"
    # or by its capitals alone, an acronym of a measure: "our DSO improves"
    r"performance|attendance|statistics|stats|metrics|results|returns|(?-i:[A-Z]{2,5})))"
    r"(?:\s+(?:in|on|of|for|at|across)\s+[^,;.]{1,40}?)?\s+(?:will\s+|can\s+|should\s+)?"
    r"(?P<change>" + CHANGE_VERB + r")\b",
    I,
)

# A creditor's or an insurer's books, told as "we": money owed to it recovered, its bad
# debt or losses cut, claims it pays ("so that we recover arrears", "so that we don't pay
# fraudulent claims"); the one who owes or claims never tells it so
_CREDITOR_BOOKS = re.compile(
    r"^\W*we\s+(?:can\s+|will\s+)?(?:(?:recover|collect|claw\s+back|reclaim)\s+(?:the\s+|more\s+|"
    r"our\s+)?(?:[\w-]+\s+){0,2}?(?:arrears|bad\s+debts?|overpayments?)|"
    r"(?:reduce|cut|lower|limit)\s+(?:our\s+|the\s+)?(?:bad\s+debts?|write-?offs?|"
    r"(?:fraud\s+)?losses|leakage)|"
    r"(?:don't|do\s+not|never|no\s+longer|stop)\s+(?:pay|paying)\s+(?:out\s+)?(?:on\s+)?"
    r"(?:[\w-]+\s+){0,2}?claims)\b",
    I,
)


# An employer's or a contractor's books, told as "we" in a clause of its own: what it pays to
# those it owes under contract or employs ("we avoid paying liquidated damages to clients",
# "and we don't pay for extra crew travel") or the charge it recovers from its customers
# ("we recover the drive-up rate on every overstay"); a household's "we" pays bills, a
# pass or a fine, never damages, penalties or crew, so those are left to the other checks
_PAYER_BOOKS = re.compile(
    r"(?:^|\band\s+|[,;]\s*)\W*we\s+(?:can\s+|will\s+)?(?:"
    r"(?:avoid|stop|don't|do\s+not|won't|will\s+not|never|no\s+longer)\s+(?:having\s+to\s+)?"
    r"(?:pay|paying)\s+(?:out\s+)?(?:for\s+)?(?:[\w-]+\s+){0,3}?(?:(?:liquidated\s+)?damages|"
    r"penalt(?:y|ies)|compensation|demurrage|service\s+credits|standing\s+time|overtime|"
    r"(?:crew|staff|agency|contractors?|subcontractors?)(?:\s+(?:travel|costs?|hours|wages))?)|"
    r"(?:recover|recoup)\s+(?:the\s+|our\s+|more\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rates?|revenue|income|fees|charges))\b",
    I,
)
_LEAD = re.compile(r"^\W*(?:and\s+)?", I)


# An organisation's report or return showing a share ("so that our annual return shows 95
# per cent of repairs on time"): what the organisation reports of itself, its score
_REPORT_FIGURE = re.compile(
    r"^\W*(?:our|the|its|their|[\w-]+'s)\s+(?:[\w'-]+\s+){0,3}?(?:reports?|returns?|packs?|"
    r"scorecards?|submissions?)\s+(?:will\s+|can\s+)?(?:shows?|says?|states?)\s+(?:that\s+)?"
    r"(?:(?:at\s+least|over|above|under|below)\s+)?[\d.,]*\d\s*(?:%|per\s*cent\b|percent\b)",
    I,
)


def maker_goal(body: str, shown: str) -> Finding | None:
    """The maker's money or workload ("support costs fall"), told without the persona,
    or how much a product is used ("daily active users go up"), told by anyone."""
    if quick_search(BUSINESS_GOAL, body) and not re.search(
        r"\b(?:I|me|my|mine|we|us|our)\b", body, I
    ):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a business goal (costs, revenue, tickets, contracts won), not something the "
            "persona gains; say what the persona can then do",
        )
    if (books := quick_search(_CREDITOR_BOOKS, body)) and not SELF_WORDS.search(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is the organisation's own money ({quote(books.group(0).strip())}), what "
            "it recovers, loses or pays out, not something the persona gains; say what the "
            "persona can then do",
        )
    if (paid := quick_search(_PAYER_BOOKS, body)) and not SELF_WORDS.search(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is the organisation's own money ({quote(_LEAD.sub('', paid.group(0)))}), "
            "what it pays out under contract or to its staff, or recovers from customers, not "
            "something the persona gains; say what the persona can then do",
        )
    if usage := quick_search(PRODUCT_USAGE, body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is how much a product is used ({quote(usage.group(0))}), which its "
            "maker measures, not something the persona gains; say what the persona can then do",
        )
    return None


def org_figure(body: str, shown: str) -> Finding | None:
    """A measure or target the organisation is judged by, or a figure of its, as the
    outcome's subject, that changes (the persona's own figure is left alone)."""
    if charter := quick_search(ORG_CHARTER, body):
        # "so that I am fully informed in line with the council's customer charter": the
        # gain told as the organisation keeping its own word, even with the persona in it
        return Finding(
            "outcome",
            "not met",
            f"{shown} is told as the organisation keeping its own word "
            f"({quote(charter['doc'])}), not as something the persona gains; say what the "
            "persona can then do",
        )
    if quick_search(ORG_MEASURE, body) and not SELF_WORDS.search(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a measure or target the organisation is judged by (or a commitment "
            "it made), not something the persona gains; say what the persona can then do",
        )
    if (bar := quick_search(MODEL_METRIC_BAR, body)) and not SELF_WORDS.search(body):
        # "so that recall on overdue invoices is above 0.9": a model's score held to a
        # number is how the model is judged, not what the persona can then do
        return Finding(
            "outcome",
            "not met",
            f"{shown} holds a model's score to a number ({quote(bar.group(0))}), which is how "
            "the model is judged, not something the persona gains; say what the persona can "
            "then do",
        )
    if (report := _REPORT_FIGURE.match(body)) and not SELF_WORDS.search(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a figure the organisation reports of itself ({quote(report[0].strip())}), "
            "how it is scored, not something the persona gains; say what the persona can then do",
        )
    measure = MEASURE_CHANGE.match(body) or PRODUCT_GROWTH.match(body)
    if not measure and not SELF_WORDS.search(body):
        measure = quick_search(_OUR_FIGURE, body)
    mine = measure and SELF_WORDS.search(measure["figure"])
    # (a figure moved to a target number is named as such further on)
    if measure and not mine and not quick_search(TARGET_FIGURE, body):
        # "so that the no-show rate on the branch report goes down": a figure as the
        # subject and a change as the verb, the organisation's metric (the persona's own
        # "my waiting time drops" is left to the checks below)
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a measure that changes ({quote(measure['figure'])} "
            f"{measure['change']}), a metric the organisation tracks, not something the "
            "persona achieves; say what the persona can then do",
        )
    return None


# A figure that belongs to a body told by its possessive, the subject of a clause that
# moves or is held to a bound ("the council's parking income goes up", "Ashgrove's
# complaints stay under 50 a month", "our loan book's default rate stays under 2%"): an
# organisation keeping score, not a gain of the persona's (a person's own figure, "the
# tenant's arrears go down", is left alone)
_OWNED_FIGURE = re.compile(
    r"^\W*(?:(?:the|our)\s+)?(?P<owner>(?:[\w-]+\s+)?[\w-]+)(?:'s|s'|\u2019s)\s+"
    r"(?P<figure>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:will\s+|should\s+)?(?P<change>go(?:es)?\s+(?:up|down)|comes?\s+down|falls?|drops?|rises?|"
    r"grows?|improves?|increases?|decreases?|(?:stays?|remains?|is|are)\s+(?:under|below|above|within)|"
    # a figure kept from harm: "Ashgrove's ratings aren't hit by late refunds"
    r"(?:isn't|aren't|is\s+not|are\s+not|won't\s+be)\s+(?:hit|dented|harmed))\b",
    I,
)


# people whose plural is not the word plus "s" ("the child's reading age goes up")
_KIN = wordset("child kid baby son daughter family household person man woman")


def owned_figure(body: str, shown: str, scenario: Scenario) -> Finding | None:
    """An organisation's figure, told by its possessive, that moves or is held to a bound."""
    found = _OWNED_FIGURE.match(body)
    if not found or SELF_WORDS.search(body):
        return None
    owner = found["owner"].lower().split()[-1]  # "our loan book's": the book is the owner
    if owner in _KIN or is_person(owner, scenario) or is_person(owner + "s", scenario):
        return None
    return Finding(
        "outcome",
        "not met",
        f"{shown} is a figure of {found['owner']}'s ({quote(found['figure'])} "
        f"{found['change']}), which the organisation tracks, not something the persona gains; "
        "say what the persona can then do",
    )


def figure_beside_own(body: str, shown: str) -> Finding | None:
    """'unsure' when a measure or target the organisation is judged by stands beside a gain
    told in the first person ("so that our MTTR drops below 15 minutes and I'm not left
    guessing"): the rules above leave it alone for the persona in it, and careful readers
    labelled such outcomes either way (mostly false, with doubt)."""
    if not SELF_WORDS.search(body):
        return None
    found = quick_search(ORG_MEASURE, body) or quick_search(TARGET_FIGURE, body)
    if found is None:
        return None
    return Finding(
        "outcome",
        "unsure",
        f"{shown} names a measure or target the organisation is judged by "
        f"({quote(found.group(0).strip())}) beside a gain of the persona's own; looked for what "
        f"the persona can then do and could not tell which one carries the outcome; {CHECK}",
    )
