"""The organisation's quality system told as a criterion.

"Cycle counts are done per SOP-WH-012", "a ticket is raised per the ITIL process", "root
cause is recorded in the CAPA log", "syncs are monitored by IT operations": conformance to
a document named by its code or a process named by its initials, a record kept in the
organisation's own log, report or back-office system, or work handed to one of its
internal functions. None is something the product does that a user observes; "my
complaint is logged and I get its reference" and "the incident is shown on the status
page" are checks.
"""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import I

__all__ = ["quality_system"]

# conformance to a document named by its code ("per SOP-WH-012", "following WI-7"): letters,
# then a hyphen and a number; or to a process, framework or standard named by its initials
# ("per the ITIL process", "in line with the ISO 9001 standard")
_CONFORMS = re.compile(
    r"\b(?:[Aa]s\s+per|[Pp]er|[Ff]ollowing|[Aa]ccording\s+to|[Ii]n\s+(?:line|accordance)\s+with)"
    r"\s+(?:(?:the|our|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[A-Z]{2,}(?:-[A-Z0-9]+)*-\d[\w.-]*"
    r"|[A-Z]{2,}[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:process|procedure|framework|standard|workflow|"
    r"methodology|policy|guidelines?)\b)"
)
# a record kept in the organisation's own books: a log, a report, a register, a file, or a
# back-office system told by its kind ("logged in the CRM", "documented in the validation
# summary report", "recorded in the CAPA log")
_OWN_RECORD = re.compile(
    r"\b(?:recorded|logged|documented|entered|captured|filed|noted|tracked|written\s+up)\s+"
    r"(?:in|into|on)\s+(?:the|our|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:logs?|reports?|registers?|records?|files?|(?-i:CRM|ERP)|trackers?|spreadsheets?)\b",
    I,
)
# work handed to an internal function: "monitored by IT operations", "triaged by the
# service desk", "investigated by QA"
_FUNCTION = (
    r"(?:operations|ops|support|service\s+desk|help\s?desk|engineering|department|team|office|"
    r"finance|compliance|security)"
)
_BY_FUNCTION = re.compile(
    r"\b(?:monitored|watched|triaged|investigated|actioned|followed\s+up|escalated|owned|"
    r"handled|managed)\s+(?:\w+ly\s+)?by\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?-i:[A-Z]{2,5})(?=\W*$|\s+(?:within|each|every|before|after|when|if|and)\b)|"
    r"(?:(?-i:[A-Z]{2,5})\s+)?" + _FUNCTION + r")\b",
    I,
)
_FIRST = re.compile(r"\b(?:I|I'm|I've|me|my|mine)\b", I)
# what a user observes in the same line: "... and it shows on the status page"
_SEEN = re.compile(
    r"\b(?:shows?|shown|appears?|displayed|visible|sees?|seen|notif\w*|told|sent|emailed|"
    r"texted|alerted|receives?|gets?)\b",
    I,
)


def quality_system(text: str) -> str | None:
    """What the line is when it is part of the organisation's quality system, else None."""
    if _FIRST.search(text) or _SEEN.search(text):
        return None
    if quick_search(_CONFORMS, text):
        return "is conformance to the organisation's own procedure or process"
    if quick_search(_OWN_RECORD, text):
        return "is a record the organisation keeps in its own log, report or system"
    if quick_search(_BY_FUNCTION, text):
        return "is work an internal function of the organisation does"
    return None
