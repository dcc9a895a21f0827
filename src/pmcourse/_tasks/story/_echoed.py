"""Checks that do not check: the want told back with the persona named as its subject
("The hirer is told when the booking can't go ahead" under "I want to be told when my
booking can't go ahead"), and a figure the organisation tracks on a report or dashboard
("A monthly report shows waiting hours per ship"). Both read as checks to a matcher of
verbs and things, but neither says a situation and what one user then meets.
"""

from __future__ import annotations

import re

from ._governance import REPORT_FOR_OTHERS, report_for_others
from ._parse import Parsed
from ._text import FIRST_PERSON, I, content_words, role_head, stem, word_list

__all__ = ["ECHOED", "TRACKED", "not_a_check"]

ECHOED = "restates the want with the persona as its subject: no situation and no result to observe"
TRACKED = (
    "is a figure the organisation tracks on a report or dashboard, "
    "not something one user meets in the product"
)

# "The passenger can know when ...", "customer is told about ...": the persona (a role
# noun of one or two words) knowing or being told, which is the want's wording, not a check
_KNOWING = re.compile(
    r"^\W*(?:the\s+|a\s+|each\s+|every\s+)?(?P<who>[\w-]+"
    r"(?:\s+(?!(?:can|will|should|must|is|are|gets?|knows?)\b)[\w-]+)?)\s+"
    r"(?:(?:can|will|should|must)\s+(?:be\s+)?|(?:is|are|gets?)\s+)?"
    r"(?:know|knows|told|informed|notified|aware)\b(?P<rest>.*)$",
    I,
)

_RECUR = r"(?:daily|weekly|fortnightly|monthly|quarterly|annual|yearly)"
# "a monthly dashboard shows the error rate per home", "the KPI on the dashboard shows
# under 30 days", "A dashboard shows tug utilisation by week": a report, audit or KPI as
# the line's subject, showing a figure counted over many (a rate, a use, a count per group)
_TRACKED = re.compile(
    r"^\W*(?:(?:the|a|an|our|each)\s+)?(?:(?P<recur>" + _RECUR + r")\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<kind>reports?|dashboards?|audits?|KPIs?|scorecards?)\b[^.;]{0,40}?"
    r"\b(?:shows?|lists?|displays?|reports?|gives?|tracks?)\s+(?P<what>[^.;]+)",
    I,
)
_FIGURE = re.compile(
    r"\b(?:rates?|utili[sz]ation|percentage|share|fewer|KPIs?|totals?|averages?|"
    r"(?:per|by)\s+(?:home|site|ship|store|branch|team|week|month|day|quarter|region))\b",
    I,
)
_WE_WANT = re.compile(r"\bwe\s+(?:want|need|would\s+like)\b", I)
_REPORT = re.compile(
    r"\b(?:reports?|dashboards?|audits?|KPIs?|scorecards?|figures|how\s+many)\b", I
)


def _wanted(words: list[str], want: set[str]) -> bool:
    """Each word is a word of the want, or shares its start ("arrives", "arrive")."""
    return all(
        stem(w) in want
        or any(
            min(len(x), len(stem(w))) >= 4 and (x.startswith(stem(w)) or stem(w).startswith(x))
            for x in want
        )
        for w in words
    )


def not_a_check(text: str, p: Parsed, persona: str) -> str | None:
    """Why the line is no check (a report for others, the want echoed, or a tracked
    figure), or None."""
    if report_for_others(text, persona):
        return REPORT_FOR_OTHERS
    if p.want is None or FIRST_PERSON.search(text):
        return None
    want_words = word_list(p.want.text)
    low = text.lower()
    if any(w in low for w in ("know", "told", "notified", "informed", "aware")):
        m = _KNOWING.match(text)
        role = role_head(persona)
        # the persona's own role, all of it ("the late member" is another member)
        if (
            m
            and role
            and {stem(w) for w in word_list(m["who"])} <= {stem(w) for w in word_list(role)}
        ):
            rest = content_words(word_list(m["rest"]))
            if rest and _wanted(rest, {stem(w) for w in content_words(want_words)}):
                return ECHOED
    m = _TRACKED.match(text)
    if (
        m
        and (m["recur"] or _FIGURE.search(m["what"]) or m["kind"].lower().startswith("kpi"))
        # when the want asks for the report or the figures, a check of them checks the
        # want; an organisation speaking as "we" reads its own figures
        and not _REPORT.search(p.want.text)
        and not _WE_WANT.search(p.story)
    ):
        return TRACKED
    return None
