"""More of the organisation's own duties told as criteria (used by ``_procedure``).

A case referred to a post of the organisation for its authority, a record kept for a
retention period, an action item's owner, a department's recurring task: each is what the
organisation's people do or keep, which no user of the product observes.
"""

from __future__ import annotations

import re

from ._text import I

__all__ = ["org_duty"]

_ANY_FIRST = re.compile(r"\b(?:I|I'm|I've|me|Me|my|My|mine|Mine)\b")
# "Any claim over £5,000 is referred to the team leader for approval", "... referred to
# the credit manager, who must sign off the letter": the case goes to a post for its say
_REFERRED = re.compile(
    r"\b(?:referred|escalated|passed|sent)\s+to\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]+\s*,?\s+(?:for\s+(?:(?:their|his|her|its)\s+)?(?:authority|approval|sign-?off|"
    r"authori[sz]ation|countersignature)\b|who\s+(?:must|will|should|shall|then)\s+"
    r"(?:sign|approve|authori[sz]e|countersign)\b)",
    I,
)
# "Records of deliveries kept for 2 years", "call recordings retained for 6 months": the
# organisation's retention of its records
_RETAINED = re.compile(
    r"\b(?:records?|logs?|files?|recordings?|copies|evidence|documents?|paperwork)\b[^.;]{0,40}?"
    r"\b(?:kept|retained|held|stored|archived)\s+for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?"
    r"(?:\d+|one|two|three|five|six|seven|ten)\s+(?:years?|months?)\b",
    I,
)
# an action item's owner or due date as the line: "Owner: Head of Claims; due Q3"
_OWNER = re.compile(
    r"^\W*(?:action\s+)?(?:owner|owned\s+by|responsible|accountable|assignee|assigned\s+to)"
    r"\s*[:\-]\s*\S",
    I,
)
# a department, named by what it does, given a recurring task in an action item's form:
# "Underwriting to confirm referral rules annually", "Compliance reviews the wording
# every quarter"
_DEPARTMENT = (
    r"(?:underwriting|finance|compliance|legal|procurement|payroll|hr|human\s+resources|"
    r"operations|ops|internal\s+audit|audit|risk|marketing|facilities|credit\s+control|"
    r"accounts(?:\s+(?:payable|receivable))?|quality|qa|customer\s+services?|"
    r"health\s+and\s+safety|h&s|governance)"
)
_RECUR = (
    r"(?:\b(?:each|every|per|a|once\s+a)\s+(?:\d+\s+)?(?:shift|day|week|month|quarter|year)\b"
    r"|\b(?:daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)\b)"
)
_DEPT_TASK = re.compile(
    r"^\W*(?:the\s+|our\s+)?" + _DEPARTMENT + r"(?:\s+(?:team|department|dept|function))?\s+"
    r"(?:(?:to|must|should|shall|will)\s+)?[a-z]+s?\b[^.;]*?" + _RECUR,
    I,
)
# a team of the organisation sampling or checking cases on a schedule: "QA team samples
# 5% of pick lists a week"
_SAMPLES = re.compile(
    r"^\W*(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:team|staff|department|lead|manager|officer)s?\s+"
    r"(?:samples?|spot[\s-]?checks?|audits?|dip[\s-]?samples?)\b[^.;]*?" + _RECUR,
    I,
)

# a course or briefing for the organisation's people, told as a bare noun phrase: "Safety
# briefing for all pickers before go-live", "Refresher training for the drivers"
_COURSE_FOR = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}?(?:briefing|training|toolbox[\s-]+talk|induction|workshop|"
    r"refresher)s?\s+(?:session\s+)?(?:for|with)\s+(?:all\s+|the\s+|our\s+|each\s+|every\s+)*"
    r"(?:[\w-]+\s+)?(?P<who>(?:staff|team|crew|colleagues|employees|workers|"
    r"\w{3,}(?:ician|ist|ant|er|or|m[ae]n)s?))\b",
    I,
)
# the organisation's audit or inspection on a schedule, told in the passive with no agent:
# "the allergen matrix is audited each term", "fire doors inspected monthly"
_AUDITED = re.compile(
    r"\b(?:is|are|gets?|be)?\s*(?:audited|inspected|spot[\s-]?checked)\b[^.;]*?"
    + _RECUR
    + r"|\b(?:audited|inspected)\s+(?:each|every)\s+(?:term|season|visit|round)\b",
    I,
)
# conformance to an audit's or a regulator's requirements as the whole claim: "Lexcel audit
# requirements are met"; what the product does to meet them is left unsaid
_REQUIREMENTS_MET = re.compile(
    r"\b(?:audit|regulatory|compliance|legal|accreditation|certification|statutory)\s+"
    r"requirements\s+(?:are|is|have\s+been)\s+(?:all\s+)?(?:met|satisfied|fulfilled)\b",
    I,
)
_SCREENISH = re.compile(r"\b(?:screens?|apps?|portal|dashboard|website|page|system|tool)\b", I)
_USER_WHO = re.compile(r"^(?:customers?|clients?|users?|members?|guests?|passengers?|drivers?)$", I)


def org_duty(text: str) -> str | None:
    """What the line is when it is one of these duties of the organisation, else None."""
    if _ANY_FIRST.search(text):
        return None
    if _OWNER.match(text):
        return "is an action item's owner or deadline"
    if _REFERRED.search(text):
        return "is a case referred to a post of the organisation for its authority"
    if _RETAINED.search(text):
        return "is a record the organisation keeps for a retention period"
    if _DEPT_TASK.match(text) or _SAMPLES.match(text):
        return "is a task a department of the organisation repeats"
    c = _COURSE_FOR.match(text)
    if c and not _USER_WHO.match(c["who"]):
        return "is training or a briefing for the organisation's people"
    if not _SCREENISH.search(text) and _AUDITED.search(text):
        return "is an audit or inspection the organisation repeats"
    if _REQUIREMENTS_MET.search(text):
        return "is conformance to the requirements of an audit or a regulator"
    return None
