"""An organisation's standing and money as a story's outcome, by structure: a credential
it keeps or a check it passes (a certificate, licence or accreditation kept; an auditor or
inspector satisfied; being ready for an audit or inspection), a penalty it escapes (a fine, a sanction, a covenant kept), and its
own money (margin, debtor days, a trade discount) held or moved. Each is what the
organisation answers for, not something the persona can then do; the persona's own
("I am not fined", "my shop has cash for wages") is left to the other checks."""

from __future__ import annotations

import re

from ._gainer import is_person
from ._text import SELF_WORDS, I, quote, word_list
from ._types import Finding, Scenario

__all__ = ["not_a_gain", "org_standing"]

_OWNER = r"(?:our|the|its|their|[\w-]+'s?)\s+"
# a credential the organisation holds, which it keeps or loses
_CREDENTIAL = (
    r"(?:certificates?|certification|accreditations?|accredited\s+status|licen[cs]es?|"
    r"registrations?|warrant(?:y|ies)|kitemarks?|approved\s+status|insurance\s+cover)"
)
_KEPT = (
    r"(?:is|are|stays?|remains?|will\s+be|gets?)\s+(?:still\s+)?(?:kept|retained|"
    r"maintained|safe|protected|valid|in\s+place|not\s+(?:lost|revoked|suspended|withdrawn))"
)
_STANDING = re.compile(
    # "our ISO certificate is kept", "the firm's licence stays valid"
    rf"^\W*{_OWNER}(?:[\w/'-]+\s+){{0,3}}?{_CREDENTIAL}\s+{_KEPT}\b|"
    # "we keep our accreditation", "the practice doesn't lose its licence"
    r"^\W*(?:we|the\s+[\w-]+|our\s+[\w-]+)\s+(?:(?:can|will|do\s+not|does\s+not|don't|"
    r"doesn't|won't)\s+)?(?:keeps?|retains?|renews?|maintains?|holds?\s+on\s+to|loses?|lose)\s+"
    rf"{_OWNER}(?:[\w/'-]+\s+){{0,3}}?{_CREDENTIAL}\b|"
    # "our auditor is satisfied at the next audit", "the inspectors are happy"
    rf"^\W*{_OWNER}(?:[\w/'-]+\s+){{0,3}}?(?:auditors?|inspectors?|assessors?|regulators?|"
    r"examiners?)\s+(?:is|are|will\s+be|stays?)\s+(?:fully\s+)?(?:satisfied|happy|content|"
    r"pleased)\b",
    I,
)
# what others give the organisation, which it keeps or loses: "so that the charity keeps
# its grant from the trust", "the hotel doesn't lose its good reviews"; "its" marks a body,
# not a person, as the one who holds it ("the drivers keep their hours" is left alone);
# money that comes in to a body may take "the" ("the theatre doesn't lose the membership
# income"), when the one who holds it is no person (checked below)
_HELD = re.compile(
    r"^\W*(?P<who>(?:[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[A-Z][\w-]+)\s+"
    r"(?:(?:can|will|should)\s+)?"
    r"(?:keeps?|keep|retains?|retain|protects?|protect|holds?\s+on\s+to|(?:doesn't|does\s+not|"
    r"won't|will\s+not)\s+lose)\s+(?:its\s+(?:[\w'-]+\s+){0,3}?(?:funding|grants?|reviews|"
    r"contracts?|customers|clients|members|subscribers|income|revenue|sales|reputation)|"
    r"(?P<the>the)\s+(?:[\w'-]+\s+){0,2}?(?:funding|grants?|income|revenue))\b"
)
# readiness for a check the organisation faces: "so that we remain audit ready", "so that
# our site is ready for the sponsor's audit", "so that the file is inspection-ready"; being
# ready for it is a duty met, like passing it
_READY = re.compile(
    r"\b(?:audit|inspection|assessment|accreditation|regulator)[\s-]+ready\b|"
    r"\b(?:ready|prepared)\s+for\s+(?:[\w'/-]+\s+){0,5}?(?:audits?|inspections?|"
    r"(?:auditor|inspector|assessor|regulator)s?(?:'s?)?\s+visits?)\b",
    I,
)
# a penalty escaped: "the league doesn't fine the club", "we avoid a penalty", "so that the
# business keeps within its overdraft covenant"
_PENALTY = re.compile(
    r"\b(?:(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not|never|no\s+longer)\s+"
    r"(?:fines?|penali[sz]es?|sanctions?)\s+(?P<whom>[\w'-]+(?:\s+[\w'-]+)?)|"
    r"(?:is|are|gets?|get|be)\s+(?:not|never)\s+(?:fined|penali[sz]ed|sanctioned)|"
    r"(?:avoids?|avoiding|escapes?|escaping|no\s+longer\s+(?:gets?|pays?|incurs?)|"
    r"(?:doesn't|does\s+not|don't|do\s+not)\s+(?:get|pay|incur|face))\s+(?:an?\s+|any\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:fines?|penalt(?:y|ies)|sanctions?)|"
    r"(?:keeps?|stays?|remains?)\s+within\s+(?:its|our|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"covenants?|"
    r"(?:doesn't|does\s+not|don't|do\s+not|won't|never)\s+breach(?:es)?\s+(?:its|our|their|"
    r"the)\s+(?:[\w-]+\s+){0,3}?(?:covenants?|licen[cs]e\s+conditions?))\b",
    I,
)
# its money as the subject, held or moved: "the margin on our contract is protected", "our
# debtor days stay under 45"; a word that is only an organisation's (margin, debtor days,
# turnover), or a trade's discount or rebate ("our preferred supplier discount"); cash flow
# is left alone: a finance clerk's "so that cash flow is ok" is read as their own work's aim
_ORG_MONEY = (
    r"(?:(?:gross|net|profit|operating|contract)\s+)?margins?|(?:debtor|creditor)\s+days|"
    r"working\s+capital|turnover|overheads|"
    r"(?:supplier|trade|volume|bulk|partner|rebate)\s+(?:discounts?|rebates?|terms)"
)
_MONEY = re.compile(
    rf"^\W*(?:{_OWNER})?(?:[\w'-]+\s+){{0,2}}?(?:{_ORG_MONEY})\b(?:\s+(?:on|for|from|of)\s+"
    r"(?:[\w'-]+\s+){1,4}?)?\s*(?:is|are|stays?|remains?|will\s+be|keeps?|goes|go|falls?|fall|drops?|drop|"
    r"rises?|grows?|improves?|gets?)\b(?:\s+[\w'-]+){0,6}?(?:\W*$|(?=\s+and\s))|"
    # "we keep our preferred supplier discount", "the firm protects its margin"
    r"^\W*(?:we|the\s+[\w-]+|our\s+[\w-]+)\s+(?:(?:can|will)\s+)?(?:keeps?|protects?|retains?|"
    r"holds?\s+on\s+to|(?:don't|do\s+not|doesn't|does\s+not|won't)\s+lose)\s+"
    rf"{_OWNER}(?:[\w'-]+\s+){{0,2}}?(?:{_ORG_MONEY})\b",
    I,
)


# a standard, rule or condition the organisation is held to, met: "so that the trust meets
# its four-hour discharge standard", "our product meets the NHS toolkit standard"; whose
# requirements they are is checked below ("we meet our customers' requirements" serves people)
_COMPLIES = re.compile(
    r"\b(?:meets?|meeting|compl(?:y|ies)\s+with|is\s+compliant\s+with|satisf(?:y|ies))\s+"
    r"(?:the|our|its|all|every|any)\s+(?P<what>(?:[\w'/-]+\s+){0,8}?)(?:standards?|"
    r"conditions?|requirements?|regulations?|toolkit|obligations?|rules)\b",
    I,
)
# a title a body holds and keeps, told with "its" or "our": "so that the agency keeps its
# Good CQC rating", "Lantern Fields keeps its gold partner status" ("hosts keep their badge"
# is the hosts' own, left alone)
_TITLE = re.compile(
    r"\b(?:keeps?|keeping|retains?|maintains?|holds?\s+on\s+to|loses?|lose|protects?)\s+"
    r"(?:its|our)\s+(?:[\w'/-]+\s+){0,4}?(?:status|awards?|ratings?|charter\s+marks?)\b",
    I,
)


_POSSESSIVE = re.compile(r"'s?$")


def _for_people(what: str, scenario: Scenario) -> bool:
    """Whether a standard's words name people as whose it is ("our customers' needs")."""
    return any(
        w.endswith(("'", "'s")) and is_person(_POSSESSIVE.sub("", w).lower(), scenario)
        for w in what.split()
    )


def org_standing(body: str, shown: str, scenario: Scenario) -> Finding | None:
    """A credential kept, a check passed, a penalty escaped or the organisation's money held,
    as the outcome, told without the persona's own "I"."""
    if SELF_WORDS.search(body):
        return None
    if found := _STANDING.search(body):
        kind = "a credential the organisation keeps or a check it passes, its standing"
    elif (found := _HELD.match(body)) and not (
        found["the"] and is_person(word_list(found["who"])[-1].lower(), scenario)
    ):
        kind = "what others give the organisation, which it keeps, its standing"
    elif found := _READY.search(body):
        kind = "readiness for an audit or inspection the organisation faces, a duty it meets"
    elif (found := _PENALTY.search(body)) and not _person_penalised(found, body, scenario):
        kind = "a penalty the organisation escapes"
    elif found := _MONEY.search(body):
        kind = "the organisation's own money"
    elif found := _TITLE.search(body):
        kind = "a status or rating the organisation keeps, its standing"
    elif (found := _COMPLIES.search(body)) and not _for_people(found["what"], scenario):
        kind = "a standard or rule the organisation is held to, met: a duty, not a gain"
    else:
        return None
    return not_a_gain(shown, kind, found)


def not_a_gain(shown: str, kind: str, found: re.Match[str]) -> Finding:
    """The outcome is the organisation's (``kind``), quoting the words that show it."""
    return Finding(
        "outcome",
        "not met",
        f"{shown} is {kind} ({quote(found[0].strip())}), not something the persona gains; "
        "say what the persona can then do",
    )


_ORG_HEAD = re.compile(
    r"we|us|business(?:es)?|compan(?:y|ies)|firms?|club|practices?|organi[sz]ations?|"
    r"charity|council|trust|school|shop|store|group|team|department|employer|landlord|agency",
    I,
)


def _person_penalised(found: re.Match[str], body: str, scenario: Scenario) -> bool:
    """Whether the one who escapes the penalty is a person ("so that tenants are not
    fined"): their own harm avoided, which is left to the other checks."""
    # the one fined ("doesn't fine the club"), else anyone named before the penalty
    # ("our members can renew in time and avoid fines"); an organisation's head word is not
    # a person, even where a scenario's users are businesses ("the business keeps within...")
    said = word_list(found["whom"])[-1:] if found["whom"] else word_list(body[: found.start()])
    return any(not _ORG_HEAD.fullmatch(w) and is_person(w, scenario) for w in said)
