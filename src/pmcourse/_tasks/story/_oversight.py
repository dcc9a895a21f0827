"""The organisation's oversight of the work told as a criterion (used by ``_procedure``).

A review or sign-off that gates the release, an audit the work passes, a claim that a
process complies with a law, an agreement signed between organisations, staff briefed or
given a course, figures added to the organisation's own report or incident log, records
kept on file or under a retention schedule, a procedure followed by its code, and the
work written up in the organisation's documents. Each is what the organisation's people
do, check or keep; no user of the product observes it. Every frame is an act on the work
(a review of it, an audit it passes), never a noun alone, and a line that names the user
("I", "my") or what a user sees ("shown", "told") is left to the other judges: "the
refund shows before release" and "I can read the retention policy" are checks.
"""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import I

__all__ = ["oversight"]

_FIRST = re.compile(r"\b(?:I|I'm|I've|me|my|mine)\b", I)
# what a user observes in the same line: "... then the customer sees the new date"
_SEEN = re.compile(
    r"\b(?:shows?|shown|appears?|displayed|visible|sees?|seen|notif\w*|told|texted|emailed|"
    r"alerted|then)\b",
    I,
)
# "no-show rates": a compound word's "show" is no one seeing it
_COMPOUND = re.compile(r"\w+(?:-\w+)+")
_RELEASE = r"(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:go-?live|launch|release|roll-?out)\b"
# a review, sign-off, approval or assessment that gates the release, in any tense: "Compliance
# has signed off the change before release", "Safeguarding review of the page before launch"
_GATE = re.compile(
    r"\b(?:reviews?|reviewed|sign(?:s|ed)?\s+off|sign-?offs?|approv(?:es|ed|als?)|"
    r"assess(?:es|ed|ments?)|audit(?:s|ed)?)\b[^.;]{0,60}?\b" + _RELEASE,
    I,
)
# an audit, inspection or certification the work passes or is checked at: "Passed the
# annual security audit", "Allergen changes checked at the BRC audit"
_AUDITED = re.compile(
    r"\b(?:pass(?:es|ed)?|(?:checked|confirmed|reviewed)\s+(?:at|in|during))\s+(?:the|an?|its|"
    r"our|each|every)\s+(?:[\w-]+\s+){0,3}?(?:audits?|inspections?|certifications?)\b",
    I,
)
# a claim of compliance with a law or a regulator's rules: "CQC compliance confirmed", "the
# process is GDPR compliant"
_COMPLIANT = re.compile(
    r"\bcompliance\s+(?:is\s+|has\s+been\s+)?(?:confirmed|checked|signed\s+off|achieved|"
    r"evidenced|in\s+place)\b"
    r"|\b(?:is|are|be|remains?|stays?)\s+(?:fully\s+)?(?:[\w-]+\s+){0,2}?compliant\W*$"
    # evidence or controls for a named assurance framework: "SOC 2 evidence for rotation stored"
    r"|\b(?:SOC\s?[12]|ISO\s?\d{4,5}|PCI[\s-]?DSS)\s+(?:evidence|controls?|audits?|reports?)\b",
    I,
)
# a law the line is held to, named as a statute or an article of one: "Notices issued within
# the timescales in the New Roads and Street Works Act", "processed under Article 9(2)(h)"
_LAW = re.compile(
    r"\b(?i:under|in|by|of|with|per)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:and\s+|of\s+)?){1,6}"
    r"(?:Act|Regulations)\b"
    r"|\b(?i:under)\s+Article\s+\d"
)
# the organisation's service level with its figure: "Support SLA for purchase tickets under
# 24 hours", "the vendor meets its 99.9% delivery SLA each month"
_SLA = re.compile(
    r"\bSLAs?\b[^.;]{0,40}?\b(?:under|within|below|above|of|at)\s+\d"
    r"|\b(?:meets?|met|miss(?:es|ed)?|breach(?:es|ed)?)\s+(?:its|their|the|our)\s+[^;]{0,20}?\bSLAs?\b",
    I,
)
# an agreement between organisations, signed: "Data-sharing agreement signed with every GP
# practice"
_AGREEMENT = re.compile(
    r"\b(?:agreements?|contracts?|memorand(?:um|a)(?:\s+of\s+understanding)?)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:signed|agreed|in\s+place)\b"
    # work settled with another body: "Monitoring agreed with the storage team"
    r"|\bagreed\s+with\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:teams?|departments?|"
    r"suppliers?|vendors?|contractors?)\b",
    I,
)
# a briefing or course given to people: "staff are briefed at the start of each term",
# "nurses get training on the new check", "gives its loaders a toolbox talk"
_COURSE = r"(?:training|briefings?|inductions?|toolbox\s+talks?|refreshers?)"
_BRIEFED = re.compile(
    r"\bbriefed\s+(?:at|during)\s+"
    r"|\b(?:gets?|got|receives?|received|(?:is|are)\s+given)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _COURSE + r"\b"
    r"|\b(?:gives?|given)\s+(?:its|their|the|our|all)\s+(?:[\w-]+\s+){1,2}?(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _COURSE + r"\b",
    I,
)
# figures put into the organisation's own report or log: "Overdue figures are added to the
# monthly board report", "reported on the station's incident log", "rates are reported to
# the curriculum manager monthly"
_OWN_REPORT = re.compile(
    r"\b(?:added|included|reported|summari[sz]ed|entered)\s+(?:to|in|into|on)\s+(?:the|a|an|"
    r"our|each)\s+(?:[\w'-]+\s+){0,2}?(?:daily|weekly|monthly|quarterly|annual|board|"
    r"management|ops|operations|performance|kpi|incident|risk)\s+(?:[\w-]+\s+)?"
    r"(?:reports?|logs?|packs?|registers?)\b"
    r"|\breported\s+to\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:daily|weekly|monthly|quarterly|"
    r"annually|each\s+\w+|every\s+\w+)\W*$",
    I,
)
# records kept by the organisation: "kept on file for 6 years", "deleted in line with the
# retention schedule", "Audit trail of every reminder kept for the auditors"
_KEPT = re.compile(
    r"\b(?:kept|held|retained|stored|filed)\s+on\s+file\b"
    r"|\bretention\s+(?:schedule|period|polic(?:y|ies))\b"
    r"|\baudit\s+(?:trail|log)s?\b[^.;]{0,60}?\b(?:kept|maintained|retained|held|stored)\b",
    I,
)
# a procedure followed by its code: "The recall follows SOP-QA-017"
_FOLLOWS_CODE = re.compile(
    r"\b(?i:follows?|followed)\s+(?:the\s+)?(?:SOPs?\b|[A-Z]{2,}(?:-[A-Z0-9]+)*-\d)"
)
# the work written up in the organisation's documents: "handling is documented in the
# payments operations procedures", "Documented in the developer portal"
_DOCUMENTED = re.compile(
    r"\bdocumented\s+(?:in|on)\s+(?:the|our|a|its)\s+(?:[\w-]+\s+){0,3}?(?:procedures?|"
    r"polic(?:y|ies)|run\s?books?|handbooks?|manuals?|wiki|portal|docs|documentation|guides?)\b",
    I,
)

# a document of the team's own, written or updated: "Rollback plan documented", "Swagger
# docs updated", "Zendesk macro "Missing purchase" updated with new wording"
_DOC_TASK = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}?(?:plans?|run\s?books?|play\s?books?|docs|documentation|macros?)\b"
    r"[^.;]{0,40}?\b(?:documented|written|drafted|updated|in\s+place|published)\b",
    I,
)

_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_GATE, "is a review or sign-off that gates the release"),
    (_AUDITED, "is an audit or inspection of the organisation"),
    (_COMPLIANT, "is a claim of compliance, which no user observes"),
    (_LAW, "is a law the organisation is held to"),
    (_SLA, "is a service level the organisation keeps"),
    (_AGREEMENT, "is an agreement the organisation signs"),
    (_BRIEFED, "is training or a briefing the organisation's people get"),
    (_OWN_REPORT, "is the organisation's own reporting"),
    (_KEPT, "is a record the organisation keeps"),
    (_FOLLOWS_CODE, "is a procedure people follow"),
    (_DOCUMENTED, "is documentation the team writes"),
    (_DOC_TASK, "is documentation the team writes"),
)


def oversight(text: str) -> str | None:
    """What the line is when it is the organisation's oversight of the work, else None."""
    if _FIRST.search(text) or _SEEN.search(_COMPOUND.sub(" ", text)):
        return None
    for pat, why in _FRAMES:
        if quick_search(pat, text):
            return why
    return None
