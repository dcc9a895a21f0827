"""Those an organisation answers to as whom the outcome is for: its funders, regulator,
inspectors, auditors, investors or trustees as the subject of the outcome or of a clause
of it ("so that the charity's funder sees fewer dropped cases", "so that the auditors
don't raise a finding", "... and the auditors raise no findings"), or as whom something
is shown or reported to ("so that our food bank looks professional to funders", "so that
our figures are shown to the regulator"). What they
see or find is how the organisation is judged, not something the persona can then do.
The persona's own task for them ("so that I can email copies to our auditors", "so that
we can report to our funders") is left alone, and so is an overseer who is one of the
scenario's users. A named overseer ("the Ofsted deep-dive", "Ofsted finds nothing") counts
the same as one told by its kind."""

from __future__ import annotations

import re

from ._gainer import subject
from ._roles import user_role
from ._text import SELF_WORDS, I, quote
from ._types import Finding, Scenario

__all__ = ["overseer_goal"]

_OVERSEER = (
    r"(?:funders?|regulators?|inspectors?|auditors?|investors?|shareholders?|commissioners?|"
    r"trustees)"
)
_WHO = re.compile(rf"^{_OVERSEER}$", I)
# shown or reported to them, or done for them: "to funders", "for the funder report",
# "show our funders", "report to the regulator"
_FOR_THEM = re.compile(
    rf"\b(?:(?:to|for)|(?:show|prove|demonstrate)(?:s|ing)?)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    rf"(?:[\w-]+['\u2019]s\s+)?(?P<who>{_OVERSEER})\b",
    I,
)

# the same overseers as the subject of a later clause: "... and the auditors raise no
# findings", "... and our funders see the figures" (their possessive, "the auditors'
# report", is a thing, left to the other checks)
_AND_THEM = re.compile(
    rf"\band\s+(?:the|our|its|their)\s+(?:[\w-]+\s+)?(?P<who>{_OVERSEER})(?!['\u2019\w-])"
    r"\s+(?:(?:will|can|do|does)\s+)?(?:not\s+)?[a-z]+\b",
    I,
)

# an overseer told by its name, not its kind: an inspection or audit of a named body ("the
# Ofsted deep-dive", "our ISO 27001 audit", "the LAA's contract audit"), or the named body
# finding nothing ("and Ofsted finds nothing to criticise"); a capital marks the name,
# so this one is case-sensitive (a determiner or a month is no name)
_NAMED = re.compile(
    r"\b(?!(?:The|Our|Its|Their|This|That|Next|Every|Each|Any|An?|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
    r"(?P<who>[A-Z][\w-]*[A-Za-z0-9])(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[Ii]nspections?|[Ii]nspectors?|[Dd]eep[- ]dives?|[Aa]udits?|[Aa]uditors?)\b|"
    r"\b(?P<finder>[A-Z][\w-]*[A-Za-z])\s+(?:finds|raises|flags)\s+(?:nothing|no)\b"
)

# "we can report to our funders": the teller reporting may be the persona's own task, which
# the reporting check leaves to a reader; a thing of theirs shown to them is not
_WE = re.compile(r"\W*we\b", I)


# "when our auditors count a cellar we can show ...": the overseer is the subject of a
# clause of time or condition, and the main clause after it says the gain; "inspectors
# have them before a visit": overseers named by their kind alone, with no "the" or "our",
# are anyone's (often the users' own inspectors), not those this organisation answers to
_TIME_CLAUSE = re.compile(r"\W*(?:when|whenever|once|if|before|after|while|until)\b", I)


def _known_overseer(body: str, who: list[str]) -> bool:
    """Whether the overseer subject heads the main clause and is told as a known one."""
    return not _TIME_CLAUSE.match(body) and not (len(who) == 1 and body.lstrip().startswith(who[0]))


def overseer_goal(body: str, shown: str, scenario: Scenario) -> Finding | None:
    """'not met' when the outcome is what an organisation's overseers see or are shown;
    ``None`` otherwise (the persona in it, or no overseer, or the overseer a user)."""
    if SELF_WORDS.search(body):
        return None
    who = subject(body)
    if (
        who
        and _WHO.match(who[-1])
        and not user_role(who[-1], scenario)
        and _known_overseer(body, who)
    ):
        said = " ".join(who)
    elif (
        (m := _FOR_THEM.search(body)) and not _WE.match(body) and not user_role(m["who"], scenario)
    ):
        said = m.group(0)
    elif (m := _AND_THEM.search(body)) and not user_role(m["who"], scenario):
        said = m.group(0).removeprefix("and ")
    elif m := _NAMED.search(body):
        said = m.group(0)
    else:
        return None
    return Finding(
        "outcome",
        "not met",
        f"{shown} is for those the organisation answers to ({quote(said)}), how it is judged, "
        "not something the persona gains; say what the persona can then do",
    )
