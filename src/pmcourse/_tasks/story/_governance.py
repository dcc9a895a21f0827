"""Governance lines told as acceptance criteria: the organisation's audit log, its
conformance to rules or terms, an assessment or certification it completes, a document's
sign-off, a review at its meetings or on a yearly cycle, and a report it sends on a
schedule, or a dashboard it builds, for someone other than the persona.

The labellers count none of these as a check a user observes ("record keeping",
"policies", "audit", "reporting"). Each is read from a frame (what the log does, that
rules are followed and nothing more, an assessment completed or passed, a recurring
report and who gets it), never from a noun alone: "the audit log shows me who opened my
file" and "every Monday I get a report of my costs" are the user's own checks.
"""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import FIRST_PERSON, I, role_head
from ._upkeep import upkeep

__all__ = ["REPORT_FOR_OTHERS", "governance", "report_for_others"]

# "An audit log records who viewed the list and when": the log as the line's subject, doing
# what a log does; it is the organisation's record, whoever reads it
_AUDIT_LOG = re.compile(
    r"\baudit\s+(?:log|trail)s?\s+(?:records?|logs?|captures?|keeps?|stores?|tracks?|holds?)\b",
    I,
)
# "The FCA rules on pet health plans are followed", "tacho rules followed": rules kept,
# and nothing after it that anyone could see happen
_RULES_KEPT = re.compile(
    r"^\W*(?:(?:the|all|our|any|its|their)\s+)?(?:[\w'()/&-]+\s+){0,4}?"
    r"(?:rules|regulations?|laws?|legislation|guidelines|requirements|codes?\s+of\s+"
    # "Contract conditions under the Grey Book are respected": terms the organisation works to
    r"(?:practice|conduct)|conditions|terms)\b(?:\s+(?:on|for|of|about|around|under|in)\s+"
    r"(?:[\w'-]+\s+){0,4}?)?\s*"
    r"(?:(?:is|are|will\s+be|must\s+be)\s+)?(?:followed|complied\s+with|adhered\s+to|met|"
    r"respected|observed|obeyed|kept)\W*$",
    I,
)
# "A GDPR DPIA is completed before launch", "Platform cert passes for the screen", "Patch
# passes certification": an assessment or certification the organisation goes through
_ASSESSED = (
    r"(?:DPIAs?|PIAs?|(?:data\s+protection\s+|privacy\s+)?impact\s+assessments?|"
    r"certification|cert|accreditation|pen(?:etration)?[\s-]+tests?|security\s+reviews?)"
)
_ASSESSMENT = re.compile(
    r"\b" + _ASSESSED + r"\b(?:\s*\([^()]{0,60}\))?[^.;]{0,40}?\b(?:(?:is|are|has\s+been)\s+)?"
    r"(?:completed|done|passed|passes|obtained|granted|carried\s+out|in\s+place)\b"
    r"|\b(?:passes|passed|obtains?|obtained|achieves?|gets?)\s+(?:(?:the|its|a|an)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:certification|accreditation)\b",
    I,
)


# "every change is logged for audit", "clash checks are logged for analytics", "the job
# is closed with a full audit trail": a record kept for the organisation's own use, said
# by what it is kept for; "I can export my records for the auditor" is the user's
_KEPT_FOR = re.compile(
    r"\b(?:logged|recorded|stored|kept|archived|retained|captured|tracked|keeps?\s+(?:a\s+)?"
    r"records?)\b[^.;]*?\bfor\s+(?:the\s+)?(?:audit|auditors|analytics|compliance|(?:quality|"
    r"training|audit|compliance)(?:\s+and\s+\w+)?\s+purposes)\W*$"
    r"|\bwith\s+(?:a|an|the)\s+(?:full\s+|complete\s+)?audit\s+(?:trail|log)\b",
    I,
)
# "Monthly audit of postponements sent to the FA", "NHBC audit of snags completed
# quarterly", "Covered in the next BRC audit": an audit the organisation runs or goes through
_AUDIT_RUN = re.compile(
    r"^\W*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?audit\s+of\b"
    r"|\b(?:in|at)\s+the\s+(?:next\s+|annual\s+|monthly\s+|quarterly\s+)?(?:[\w-]+\s+)?audit\W*$",
    I,
)

# "Any spill is reported to the Environment Agency within an hour": a report to the body
# that regulates the organisation, which no user of the product observes
_TO_REGULATOR = re.compile(
    r"\breported\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:agency|inspectorate|regulator|"
    r"ombudsman|commission)\b",
    I,
)

# "The safety case is updated and signed off by the CSO": a document's sign-off by someone
# in the organisation, told as the whole line; "the job sheet is signed off by the customer
# in the app" goes on to where a user sees it
_SIGNED_OFF = re.compile(
    r"\b(?:is|are|gets?|been)\s+(?:[\w-]+\s+and\s+)?signed[\s-]+off\s+by\s+(?:the\s+|our\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\W*$",
    I,
)
# "The hazard log is reviewed at the next safety meeting", "The arrangement is reviewed
# annually", "each account has an owner in the minutes": the organisation's review
# ritual; "my claim is reviewed within five days" is a wait the user sees
_REVIEW_RITUAL = re.compile(
    r"\b(?:is|are|gets?|will\s+be)\s+reviewed\s+(?:(?:at|in)\s+(?:the|each|every|a|our)\s+"
    r"(?:next\s+)?(?:[\w-]+\s+){0,2}?(?:meetings?|huddles?|stand-?ups?)|annually|yearly|"
    r"quarterly|every\s+(?:year|quarter|six\s+months)|once\s+a\s+(?:year|quarter))\W*$"
    r"|\bin\s+the\s+(?:meeting\s+)?minutes\W*$",
    I,
)

# "The refund policy is published on the website", "The approval process is documented in
# the repairs policy": the organisation's own rules or process written down, and nothing
# the product then does; "the cancellation policy is shown before I pay" is what a user meets
_POLICY_WRITTEN = re.compile(
    r"^\W*(?:(?:the|our|its|their|a|an|[\w-]+['\u2019]s)\s+)?(?:[\w-]+\s+){0,4}?(?:polic(?:y|ies)|"
    r"process(?:es)?|procedures?|guidance|SOPs?|terms\s+and\s+conditions)\s+"
    r"(?:is|are|has\s+been|have\s+been|will\s+be|gets?)\s+(?:(?:clearly|fully|formally)\s+)?"
    r"(?:documented|published|written(?:\s+up|\s+down)?|set\s+out|recorded|agreed|updated|"
    r"revised)\b(?:\s+(?:in|on|at|by|with)\s+[^.;]{1,60})?\W*$",
    I,
)


def governance(text: str) -> str | None:
    """What the line is when it is the organisation's governance, else None."""
    if FIRST_PERSON.search(text):
        return None
    if quick_search(_AUDIT_LOG, text):
        return "is an audit record the organisation keeps"
    if quick_search(_KEPT_FOR, text):
        return "is a record the organisation keeps for its own use"
    if _AUDIT_RUN.search(text):
        return "is an audit the organisation runs"
    if quick_search(_TO_REGULATOR, text):
        return "is a report the organisation makes to a regulator"
    if quick_search(_SIGNED_OFF, text):
        return "is a sign-off inside the organisation"
    if quick_search(_REVIEW_RITUAL, text):
        return "is a review the organisation holds"
    if quick_search(_POLICY_WRITTEN, text):
        return "is a policy or process the organisation writes down"
    if _RULES_KEPT.match(text):
        return "is conformance to rules the organisation is held to"
    if quick_search(_ASSESSMENT, text):
        return "is an assessment or certification the organisation completes"
    # the service's upkeep (uptime, support times, recurring reports, briefings) is no check either
    return upkeep(text)


REPORT_FOR_OTHERS = (
    "is a report the organisation makes for someone other than the persona, "
    "not something the product does that the user observes"
)
_RECUR = r"(?:daily|nightly|weekly|fortnightly|monthly|quarterly|annual|yearly)"


def _who(name: str) -> str:
    """The recipient of a report, a role or body of up to three words."""
    return (
        r"(?:the\s+|our\s+|all\s+|each\s+)?(?P<" + name + r">(?:[\w-]+\s+){0,2}?[\w-]+)"
        # up to the line's end or the phrase after the noun ("... manager every Monday")
        r"(?=\W*$|\s+(?:every|each|on|by|at|in|for|with|before|after)\b)"
    )


# "A weekly report of moved orders goes to the sales manager", "Report sent to the ops
# manager every Monday", "Fleet customers get a monthly report of moved bookings"
_SCHEDULED = re.compile(
    r"\b" + _RECUR + r"\s+(?:[\w-]+\s+){0,3}?(?:reports?|summar(?:y|ies)|digests?)\b[^.;]*?"
    r"\b(?:sent|goes|go|emailed|given|circulated|shared|submitted|delivered)\s+to\s+"
    + _who("to")
    + r"|^\W*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?reports?\s+(?:is\s+|are\s+)?(?:sent|goes|"
    r"emailed|circulated|submitted|delivered)\s+to\s+"
    + _who("then")
    + r"\s+(?:every|each|on)\s+(?:monday|tuesday|wednesday|thursday|friday|week|month|day)\b"
    r"|^\W*(?:(?:the|all|our)\s+)?(?P<getter>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:get|gets|"
    r"receive|receives)\s+(?:a|an|the)\s+" + _RECUR + r"\s+(?:[\w-]+\s+){0,2}?reports?\b"
    # "Monthly lateness report to the board", "Weekly rejection rates are reported to the
    # sponsor": told with no verb, or with the figures reported as the subject
    r"|^\W*(?:(?:the|a|an)\s+)?" + _RECUR + r"\s+(?:[\w-]+\s+){0,2}?(?:reports?\s+|(?:[\w-]+\s+)"
    r"(?:is|are)\s+reported\s+)to\s+" + _who("bare"),
    I,
)
# "Ops dashboard shows retry volumes for the support team": a dashboard or report built for
# a team of the organisation, named at the line's end
_FOR_TEAM = re.compile(
    r"^\W*(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}(?:dashboard|report)s?\b[^.;]*\bfor\s+(?:the\s+)?"
    r"(?P<team>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:team|desk)s?\W*$",
    I,
)


def report_for_others(text: str, persona: str) -> bool:
    """A scheduled report whose recipient is not the persona: a user's own weekly report
    ("as a practice manager ... a weekly report goes to practice managers") is a check."""
    if FIRST_PERSON.search(text):
        return False
    team = quick_search(_FOR_TEAM, text)
    if team:
        role = role_head(persona)
        return not any(w in role for w in team["team"].lower().split())
    m = quick_search(_SCHEDULED, text)
    if not m:
        return False
    who = m["to"] or m["then"] or m["getter"] or m["bare"]
    head = who.split()[-1].lower().rstrip("s")
    return head not in role_head(persona)
