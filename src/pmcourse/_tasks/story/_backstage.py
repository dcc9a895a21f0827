"""Work done behind the scenes, told as an acceptance criterion.

"The picking service consumes the stock-changed topic", "the scoring workers autoscale on
queue depth", "the clash check runs in under 200ms on the server": a part of the system
doing what only its builders see. "Signage checked by the duty manager before the first
bus", "station staff at each stop per the disruption plan", "the fraud team can switch the
message off": the organisation's own staff at work. "The DC's performance report shows
the delays each week", "reconciliation is reported to QA monthly": the organisation's
reporting. The labellers count none of these as a check a user observes.

Each is read from a frame (a system part with a verb only machines do, a staff agent with a
check done before an event, a staff subject working to a plan, an organisation's report),
never from a noun alone: "the service sends me a text" and "my manager approves the
claim" are checks a user meets. A line in the first person, or one whose staff are the
persona's own role, is left to the other judges.
"""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import FIRST_PERSON, I, role_head

__all__ = ["backstage"]

_LEAD = r"^\W*(?:(?:given|then|and)\s+)?(?:(?:the|a|an|each|all|our|every)\s+)?"

# a part of the system as the subject, with a verb only machines do
_MACHINE_WORK = re.compile(
    _LEAD + r"(?:[\w-]+\s+){0,2}?(?:services?|workers?|servers?|pipelines?|consumers?|dags?|"
    r"lambdas?|cron(?:\s+jobs?)?|schedulers?|clusters?|pods?|containers?|microservices?)\s+"
    r"(?:auto-?scales?|scales?\s+(?:up|out|down|on)|consumes?|subscribes?|polls?|ingests?|"
    r"publishes\s+to|(?:is|are)\s+(?:re)?deployed|restarts?)\b",
    I,
)
# "Dataset refresh succeeds every 15 minutes", "the SMS flow runs without errors", "the
# stock-sync DAG finishes before the 6:00 shift": a named job of the system (a modifier and
# its head) and only that it ran well or on its schedule; "the refresh finishes in under a
# second" is a wait a user sees, and "the nightly job sends me a summary" does something
_JOB_RAN = re.compile(
    _LEAD
    + r"(?:(?!(?:the|a|an|my|your|their)\b)[\w-]+\s+){1,3}?(?:refresh(?:es)?|syncs?|batch(?:es)?|jobs?|flows?|dags?|"
    r"pipelines?|etls?|workflows?|runs?|backups?)(?:\s+(?:in|on)\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:runs?|ran|succeeds?|succeeded|completes?|completed|finish(?:es)?|finished|"
    r"(?:is|are)\s+(?:successful|completed|finished))\b"
    r"(?:\s+(?:without\s+(?:any\s+)?(?:errors?|failures?)|successfully|cleanly|"
    r"on\s+(?:time|schedule)|nightly|daily|hourly|every\s+(?!time\b)|each\s+(?:night|day|hour|"
    r"morning)|(?:by|before)\s+(?:the\s+)?\d)[^.;]{0,40})?\W*$",
    I,
)
# "runs in under 200ms on the server", "validated server-side": where the work happens
# is inside the system, however fast
_ON_SERVER = re.compile(
    r"\bruns?\b[^.;]*?\b(?:on|in)\s+the\s+(?:server|back-?end)s?\b|\bserver-side\b", I
)
_STAFF = (
    r"(?:manager|supervisor|lead|officer|controller|coordinator|inspector|engineer|staff|"
    r"team|crew|marshals?|stewards?|agents?|admins?|administrators?|operators?)s?"
)
# "Plates are checked by the night production manager before the run": a staff member's
# check, made at a point of the organisation's routine
_STAFF_CHECK = re.compile(
    r"\b(?:checked|inspected|verified|approved|reviewed|signed\s+off)\s+by\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<who>(?:[\w-]+\s+){0,3}?" + _STAFF + r")\s+(?:before|after|at\s+the\s+start|each|every)\b",
    I,
)
# "Station staff in hi-vis at each stop per the disruption plan": the organisation's people,
# placed or working as its own plan says
_STAFF_TO_PLAN = re.compile(
    _LEAD + r"(?P<who>(?:[\w-]+\s+){0,2}?" + _STAFF + r")\b[^.;]*?\b(?:per|as\s+per|according\s+to|"
    r"in\s+line\s+with|as\s+set\s+out\s+in)\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?plans?\b",
    I,
)
# "The fraud rules team can switch the new message on and off": a control the
# organisation's staff hold over the product
_STAFF_CONTROL = re.compile(
    _LEAD + r"(?P<who>(?:[\w-]+\s+){0,3}?(?:team|staff|admins?|administrators?|ops))\s+"
    r"(?:can|is\s+able\s+to|are\s+able\s+to)\s+(?:switch|turn|toggle|configure|enable|disable|"
    r"override|edit|change)\b",
    I,
)
# "Agents can see the outage in their tool": what the organisation's staff see in their own kit
_STAFF_VIEW = re.compile(
    _LEAD
    + r"(?P<who>(?:[\w-]+\s+){0,2}?(?:agents?|staff|admins?|operators?|advisers?|advisors?))\s+"
    r"(?:can\s+)?(?:see|sees|view|views)\b[^.;]*?\bin\s+their\s+(?:[\w-]+\s+)?(?:tools?|systems?|"
    r"consoles?|crm|screens?|dashboards?)\b",
    I,
)
# "The DC's on-time performance report shows the slot delays each week", "Monetisation
# dashboard shows the daily count": the organisation's own figures
_ORG_REPORT = re.compile(
    _LEAD + r"(?:[\w'-]+\s+){0,2}?(?:performance|kpi|management|monetisation|monetization|"
    r"executive|board|revenue)\s+(?:reports?|dashboards?)\s+(?:shows?|lists?|tracks?|counts?|"
    r"displays?|includes?)\b",
    I,
)
# "Reconciliation of returned packs is reported to QA monthly": a recurring report to a
# team of the organisation
_REPORTED_TO = re.compile(
    r"\breported\s+to\s+(?:the\s+)?(?P<who>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:daily|weekly|monthly|"
    r"quarterly|every\s+\w+|each\s+\w+)\W*$",
    I,
)
# a persona who reads the organisation's figures may own the report
_READER = re.compile(r"\b(?:manager|director|head|lead|analyst|executive|owner|officer)s?\b", I)


def _own(who: str, persona: str) -> bool:
    """Whether the staff named are the persona's own role ("the duty manager" for a duty
    manager): then the line may be the user's own step."""
    role = role_head(persona)
    return any(w.rstrip("s") in role for w in who.lower().split() if len(w) > 2)


def backstage(text: str, persona: str) -> str | None:
    """Why the line is work done behind the scenes, else None."""
    if FIRST_PERSON.search(text):
        return None
    if quick_search(_MACHINE_WORK, text) or quick_search(_ON_SERVER, text):
        return "is work a part inside the system does, which no user observes"
    if quick_search(_JOB_RAN, text):
        return "says only that a job behind the scenes ran, which no user observes"
    m = quick_search(_STAFF_CHECK, text) or quick_search(_STAFF_TO_PLAN, text)
    if m and not _own(m["who"], persona):
        return "is work the organisation's staff do, not something the product does for a user"
    m = quick_search(_STAFF_CONTROL, text) or quick_search(_STAFF_VIEW, text)
    if m and not _own(m["who"], persona):
        return "is a control the organisation's staff hold, not something a user observes"
    if quick_search(_ORG_REPORT, text) and not _READER.search(persona):
        return "is the organisation's own reporting, not something a user observes"
    m = quick_search(_REPORTED_TO, text)
    if m and not _own(m["who"], persona):
        return "is a report the organisation makes to its own team, not something a user observes"
    return None
