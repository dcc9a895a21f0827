"""The organisation's own work told as an acceptance criterion, read from a line's frame.

Staff briefed or trained, a launch announced, a document signed off by a named manager,
a record kept for an audit, a report that goes to managers or a board or is sent on to
someone on a calendar, a service level (uptime, an SLA, support answering within a time),
and a target counted over everyone ("95% of receipts attached within 5 days", "complaints
fall by half"): the labellers count none of these as a check a user observes, as they are work the
organisation's people do or figures it measures, not what the product does for one user.
Each is read from who does what to what, never from a noun alone: "I see the briefing
notes on my tablet" and "my report is emailed to me every Monday" are the user's own checks.
"""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import FIRST_PERSON, I, role_head

__all__ = ["org_work"]

# the people of the organisation, as a line's subject or a training's audience
_STAFF = (
    r"(?:staff|crews?|teams?|colleagues|employees|volunteers|"
    # a plural of a role noun: "pickers", "operators", "stewards", "agents", "technicians"
    r"[\w-]{2,}(?:ers|ors|ists|ants|ents|ians|ards|ives))"
)
# "Crews briefed on assisted collections", "All agents are retrained on the new script":
# people of the organisation briefed or trained; "crews see the flag" is the product's
_BRIEFED = re.compile(
    r"^\W*(?:(?:the|all|our|every|each)\s+)?(?:[\w-]+\s+){0,2}?" + _STAFF + r"\s+"
    r"(?:(?:are|is|were|get|gets|have\s+been|will\s+be)\s+)?(?:re-?)?(?:briefed|trained|"
    r"inducted|coached)\b",
    I,
)
# "Training given to weighbridge staff", "Manual handling training refreshed": a training
# course as the subject, with what is done to it
_TRAINING = re.compile(
    r"^\W*(?:(?:the|a|an|all|our)\s+)?(?:[\w-]+\s+){0,3}?(?:training|briefings?|toolbox\s+talks?)"
    r"\s+(?:(?:is|are|was|were|has\s+been|will\s+be)\s+)?(?:given|delivered|provided|refreshed|"
    r"completed|done|run|held|updated|rolled\s+out|arranged|scheduled)\b",
    I,
)
# "Go-live announced to trade customers by email": the launch told as news, the release
# step; "I am told when the service is back" is a check
_LAUNCH = re.compile(
    r"^\W*(?:(?:the|a|our)\s+)?(?:go-?live|launch|release|roll-?out|new\s+(?:[\w-]+\s+)?"
    r"(?:feature|service|process))\s+(?:(?:is|was|will\s+be|gets?)\s+)?(?:announced|"
    r"communicated|publici[sz]ed|promoted|advertised)\b",
    I,
)
# "Greenline's contract manager signs off the list of reason codes": a manager or body of
# the organisation signing off or approving a document; "the customer signs the job sheet
# in the app" is what a user does in the product
_SIGNS_OFF = re.compile(
    r"^\W*(?:(?:the|our|[\w-]+['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}?(?:manager|director|lead|"
    r"officer|head|owner|board|committee|panel|sponsor)s?\s+(?:signs?|signed)\s+off\b",
    I,
)
# "All approvals are logged for the annual internal audit": a record kept for an audit
_FOR_AUDIT = re.compile(
    r"\b(?:logged|recorded|stored|kept|archived|retained|captured)\b[^.;]*?\bfor\s+"
    r"(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:audits?|auditors|inspections?)\W*$",
    I,
)
# "Signed off by the product owner", "UAT sign-off by three practice managers",
# "Communications plan signed off": a sign-off told in the passive or as a noun, with
# who gives it or the document it closes; "I can sign off my timesheet" is the user's act
_SIGNED_OFF = re.compile(
    r"\b(?:signed[\s-]off|sign-?offs?)\s+by\b|^\W*(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}"
    r"signed[\s-]off\W*$",
    I,
)
# "API availability of 99.5% each month", "The API has 99.5% monthly uptime", "First
# response SLA met for 95% of tickets": a service level promised over all the traffic,
# which the labellers count as an SLA, not a check a user observes
_SERVICE_LEVEL = re.compile(
    r"\b(?:uptime|availability)\b[^.;]{0,30}?\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s+(?:[\w-]+\s+)?"
    r"(?:uptime|availability)\b|\bSLAs?\s+(?:is\s+|are\s+)?(?:met|achieved|hit|kept)\b"
    # "claims are answered within the 5-day SLA", "... each month (SLA)", "a monthly SLA
    # report": the line measured against the agreement itself; "the ticket shows when its
    # SLA runs out" is what the product shows
    r"|\b(?:within|under|meets?|met|achieves?|hits?|breach(?:es|ed)?)\s+(?:(?:the|its|our|an?)\s+)?"
    r"(?:[\w%.-]+\s+){0,3}?SLAs?\b|\(\s*SLAs?\s*\)|\bSLA\s+(?:reports?|credits?|breach(?:es)?)\b",
    I,
)
# "Support answers P1 tickets within 1 hour", "Partner queries answered by the searchroom
# within 2 working days": how fast the organisation's people answer, a support SLA
_ANSWERED_WITHIN = re.compile(
    r"\b(?:support|help\s*desk|service\s+desk|tickets?|queries|enquiries|complaints|"
    r"requests)\b[^.;]{0,50}?\b(?:answer(?:s|ed)?|respond(?:s|ed)?(?:\s+to)?|repl(?:ies|ied)|"
    r"resolve[sd]?|acknowledged)\b[^.;]{0,50}?\bwithin\s+\d",
    I,
)
_RECUR = (
    r"(?:daily|nightly|weekly|fortnightly|monthly|quarterly|annual|yearly|month-end|"
    r"year-end|end-of-month)"
)
# the people a report goes to: a manager, a director, a board or a forum
_UPWARD = (
    r"(?:managers?|directors?|boards?|committees?|forums?|panels?|councils?|sponsors?|"
    r"executives?|heads?|leadership|trustees?|governors?)"
)
# "Monthly report to managers shows ...", "Month-end report emailed to the finance director",
# "weekly supplier performance report to the commercial manager": a recurring report and
# the managers it goes to
_REPORT_UP = re.compile(
    r"\b" + _RECUR + r"\s+(?:[\w-]+\s+){0,3}?reports?\s+(?:(?:is|are)\s+)?(?:(?:sent|emailed|"
    r"given|circulated|shared|submitted|delivered|goes|presented)\s+)?to\s+(?:the\s+|our\s+|all\s+)?"
    r"(?P<to>(?:[\w-]+\s+){0,2}?" + _UPWARD + r")\b"
    # "The access coordinator reports changes to the access forum each quarter": someone
    # of the organisation reporting to a body
    r"|^\W*(?:(?:the|our|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]{2,}(?:er|or|ist|ant|ent|ian)|"
    r"officer|lead|team|director)\s+reports\s+[^.;]{0,60}?\bto\s+(?:the\s+|our\s+)?"
    r"(?P<body>(?:[\w-]+\s+){0,2}?" + _UPWARD + r")\b",
    I,
)
# "A payroll variance report is exported to finance each month", "Issues per reader
# reported in the quarterly service plan return": a report on a calendar sent on to
# someone, which the organisation's people send and read; "a monthly report shows the
# hours lost" is a report the persona reads, and "my rota is emailed to me" is the user's own
_EVERY = r"(?:(?:each|every|per|a|once\s+a)\s+(?:day|week|fortnight|month|quarter|year))"
_ON_CALENDAR = re.compile(r"\b(?:" + _RECUR + "|" + _EVERY + r")\b", I)
_REPORT_ON = re.compile(
    r"\breports?\b[^.;]{0,40}?\b(?:exported|sent|emailed|goes|given|submitted|circulated|"
    r"shared|delivered)\s+to\s+(?:the\s+|each\s+|every\s+|all\s+|our\s+)?(?P<to>[\w-]+)"
    r"|\breported\s+(?:in|to)\s+(?:the|our)\b",
    I,
)
# "Our partner manager reviews our held moves with us every quarter": a standing meeting
_REVIEW_MEETING = re.compile(r"\b(?:reviews?|meets?|goes\s+through)\b[^.;]{0,60}?\bwith\s+us\b", I)
_NOT_OTHERS = {"me", "us", "you", "my", "your", "them", "their", "him", "her"}

# "95% of receipts attached within 5 days": a share of a population, with what happens to it
_SHARE_DONE = re.compile(
    r"^\W*(?:(?:at\s+least|over|more\s+than)\s+)?\d+(?:\.\d+)?\s*%\s+of\s+(?:all\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:\w+ed|done|seen|sent|paid|shown|taken)\b",
    I,
)
# "Complaints about relaxed performances fall by half": a count over everyone that changes
# by a fraction told in words
_CHANGE_BY = re.compile(
    r"^\W*(?:(?:the\s+)?(?:number|count|rate)\s+of\s+)?[\w-]+s\b[^.;]{0,60}?\b(?:drops?|"
    r"falls?|halves|decreases?|reduces?|rises?|increases?|doubles?)\s+(?:by\s+)?(?:half|"
    r"(?:a|one|two)[\s-](?:thirds?|quarters?)|a\s+half)\b",
    I,
)


# "Harbourline's revenue team updates the rate", "our support team is informed by email",
# "The standards team reviews the log monthly": a team of the organisation as the line's
# subject, doing or told something; "the status shows which team has my repair" is the
# product's, and a persona who is on a team may check what the team sees
_TEAM_DOES = re.compile(
    r"^\W*(?:(?:the|our|[\w-]+['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}?team\s+(?:(?:is|are|gets?|"
    r"will\s+be)\s+)?(?:informed|notified|emailed|told|alerted|updates?|reviews?|checks?|"
    r"receives?|contacts?|calls?|approves?|adds?|sets?|enters?|changes?)\b",
    I,
)


# "The picking SOP is updated", "A knowledge-base article and call script are published":
# a document the organisation's people work from, written or updated; "I see the call
# script on screen during the call" is what the product shows a user
_STAFF_DOC = re.compile(
    r"\b(?:knowledge[\s-]base|call\s+scripts?|playbooks?|runbooks?|SOPs?|macros?|"
    r"crib\s+sheets?|work\s+instructions?)\b[^.;]{0,60}?\b(?:is|are|has\s+been|have\s+been|"
    r"gets?)\s+(?:published|updated|written|created|added|issued|circulated|rolled\s+out)\b",
    I,
)


# why each kind of the organisation's work is no check, said the same way for each
_UNSEEN = "not something the product does that a user can observe"


def _is_persona(who: str, persona: str) -> bool:
    """The report's recipient names the persona's own role: every word of it is there."""
    role = role_head(persona)
    words = [w.rstrip("s") for w in who.lower().split()]
    return bool(words) and all(w in role for w in words)


def _names_persona(text: str, persona: str) -> bool:
    """The line names the persona's own role ("drivers get a weekly report"): theirs."""
    words = re.findall(r"[a-z]+", role_head(persona))
    head = words[-1].rstrip("s") if words else ""
    return len(head) > 2 and head in text.lower()


def org_work(text: str, persona: str) -> str | None:
    """What the line is when it is the organisation's own work or figure, else None."""
    if FIRST_PERSON.search(text):
        return None
    if _BRIEFED.search(text) or quick_search(_TRAINING, text):
        return "is training or a briefing of the organisation's people, " + _UNSEEN
    if quick_search(_LAUNCH, text):
        return "is the launch announced, a release step, " + _UNSEEN
    low = text.lower()
    if quick_search(_SIGNS_OFF, text) or ("sign" in low and _SIGNED_OFF.search(text)):
        return "is a sign-off inside the organisation, " + _UNSEEN
    if quick_search(_FOR_AUDIT, text):
        return "is a record the organisation keeps for an audit, " + _UNSEEN
    m = quick_search(_REPORT_UP, text)
    if m and not _is_persona(m["to"] or m["body"], persona):
        return (
            "is a report to the organisation's managers, not something the product does "
            "that the user observes"
        )
    if ("report" in low or " with us" in low) and _ON_CALENDAR.search(text):
        m2 = _REPORT_ON.search(text) or _REVIEW_MEETING.search(text)
        to = m2.groupdict().get("to") if m2 else None
        if m2 and (to or "").lower() not in _NOT_OTHERS and not _names_persona(text, persona):
            return "is a report or review on the organisation's calendar, " + _UNSEEN
    # gated on a word each needs: most lines hold neither
    if ("%" in text or "sla" in low) and _SERVICE_LEVEL.search(text):
        return "is a service level the organisation promises over everyone, " + _UNSEEN
    if "within" in low and _ANSWERED_WITHIN.search(text):
        return "is a service level the organisation promises over everyone, " + _UNSEEN
    if quick_search(_STAFF_DOC, text):
        return "is a document the organisation's people work from, " + _UNSEEN
    if "team" in low and "team" not in persona.lower() and _TEAM_DOES.search(text):
        return "is the work of a team of the organisation, " + _UNSEEN
    if _SHARE_DONE.search(text) or _CHANGE_BY.search(text):
        return "is a figure of the business counted over everyone, not a check one user can observe"
    return None
