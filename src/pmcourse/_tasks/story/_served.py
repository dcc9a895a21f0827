"""Outcomes the outcome judge hands on by who they serve: a duty the organisation is held
to (compliance), and an aim of the maker or a builder that is done for the product's users
or their many things, which a careful reader may count as the users' gain, and an aim
told by the product itself (both ``unsure``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ._duty_words import COMPLIANT, ORG_OBLIGATION, OWN_JOB, SELF_COMPLIANT
from ._gainer import PEOPLE, others_things, persona_is_machine, serves_users
from ._parse import Parsed
from ._roles import CHECK, user_role
from ._text import SELF_WORDS, I, quote
from ._types import Finding, Scenario

__all__ = [
    "builder_for_others",
    "duty",
    "machine_told",
    "maker_for_users",
    "own_job",
    "staff_speed",
]


_OBLIGATION_CUES = re.compile(
    r"meet|met\b|pass|satisf|compl|required|fulfil|audit|inspect|test|evidenc|\bunder\s|regulat|ombuds",
    I,
)
# A rule told as the subject and met in the passive ("so that Consumer Duty and our audit
# requirements are met"), or a licence's or permit's conditions met by anyone ("so that
# the supplier meets its licence conditions"), or the organisation's own audit, inspection
# or testing coming out well ("so that our outcomes testing shows ..."): each a duty
_RULE_MET = re.compile(
    r"^\W*(?:[\w/'-]+\s+){0,6}?(?:duty|duties|regulations?|obligations?|standards?|"
    r"requirements?|rules|conditions)(?:\s+(?:on|for|of|in|about|around)\s+[\w'-]+"
    r"(?:\s+[\w'-]+){0,2})?\s+(?:is|are|will\s+be|get|gets|stay|stays)\s+(?:fully\s+|all\s+|"
    r"always\s+|still\s+)?(?:met|satisfied|fulfill?ed|complied\s+with)\b|"
    r"\b(?:meets?|meeting|satisf(?:y|ies)|fulfil+s?|compl(?:y|ies)\s+with|breach(?:es)?)\s+"
    r"(?:the\s+|its\s+|our\s+|their\s+|all\s+)?(?:[\w/'-]+\s+){0,3}?(?:licen[cs]e|permit|"
    r"registration|authori[sz]ation)\s+conditions\b|"
    r"^\W*(?:our|its|their|the\s+[\w-]+'s)\s+(?:[\w/'-]+\s+){0,5}?(?:audits?|inspections?|"
    r"testing|assessments?)\s+(?:will\s+|can\s+)?(?:shows?|demonstrates?|evidences?|proves?|"
    r"finds?|pass(?:es)?|comes?\s+back)\b|"
    # a thing proved to an auditor or under a rule ("so that the backup control is evidenced
    # for our audit", "so that the firm can evidence fair value under the duty"): the
    # organisation showing it keeps the rule (the noun, "the missing evidence", is no proof
    # to anyone)
    # ("... evidence compliance with the funding rules at audit": with a rule, or at an audit
    # told bare)
    r"\bevidenc(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){0,9}?(?:for|under|to|with|at)\s+"
    r"(?:(?:the|our|its|their|an?)\s+)?"
    r"(?:[\w'-]+\s+){0,4}?(?:audits?|inspections?|duty|regulations?|regulators?|rules|act|code)\b|"
    # shown or proved to a body that checks the organisation ("so that we can show the
    # Water Inspectorate that every notice was kept"): the rule kept, told by its checker
    r"\b(?:show|prove|demonstrate)\s+(?:to\s+)?(?:the\s+|our\s+|an?\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:regulators?|inspectorate|inspectors?|auditors?|ombudsman)\b",
    I,
)
# The organisation's own doing told as done under a rule ("so that we deliver good outcomes
# under the Consumer Duty", "so that Northgate handles complaints under the Act"): told by
# "we" or a name, the rule is what it answers to, not a gain of anyone who uses it
_UNDER_RULE = re.compile(
    r"^\W*(?:we|(?:the\s+)?[A-Z][\w-]*)\s+(?:can\s+|will\s+)?(?:[\w'-]+\s+){1,6}?under\s+(?:the|our|its)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:[Dd]uty|[Aa]ct|[Rr]egulations?|[Rr]ules|[Cc]ode|[Rr]egime)\b"
)


def duty(body: str, shown: str, scenario: Scenario) -> Finding | None:
    """ "so that the clinic stays compliant with the data act": the organisation's duty."""
    found = COMPLIANT.match(body) if "complian" in body else None
    if found is None and _OBLIGATION_CUES.search(body):
        # "so that the bank meets the consumer duty": met by the organisation; a gain
        # of the persona's own told beside it ("so that I pass my audit") is not one
        # (words in quotation marks are someone's speech, not the persona's)
        spoken = re.sub(r'"[^"]*"|\u201c[^\u201d]*\u201d', " ", body)
        if not SELF_WORDS.search(spoken):
            found = ORG_OBLIGATION.search(spoken)
        # "so that I am compliant with the VMD regulations": the whole outcome is the
        # rule met, whoever is held to it
        found = found or SELF_COMPLIANT.match(spoken)
        if found is None and not SELF_WORDS.search(spoken):
            found = _RULE_MET.search(spoken) or _UNDER_RULE.match(spoken)
    if found is None or _served_people(found[0], scenario):
        return None
    return Finding(
        "outcome",
        "not met",
        f"{shown} is a duty or rule met ({quote(found[0].strip())}), which the persona or "
        "their organisation is held to, not something the persona gains; say what the "
        "persona can then do",
    )


def _served_people(said: str, scenario: Scenario) -> bool:
    """Whether what is met belongs to people the persona serves ("we meet our customers'
    data-protection requirements"): their needs, not a rule the organisation is held to.
    Only what is met counts: "our clients' records comply with the rules" is the clients'
    records held to a rule, not the clients' own needs."""
    verb = re.search(r"\b(?:meet|meeting|pass|satisf|compl|required)", said, I)
    met = said[verb.start() :] if verb else said
    owners = re.findall(r"\b([a-z][\w-]*?)(?:'s?|s')(?=\s)", met, I)
    return any(
        w.lower() in PEOPLE or f"{w.lower()}s" in PEOPLE or user_role(w, scenario) for w in owners
    )


def maker_for_users(body: str, shown: str, maker: str, scenario: Scenario) -> Finding | None:
    """ "As <maker> operations, ... so we can phone members first": the maker's "we" acts
    for the scenario's users, which a careful reader may count as their gain."""
    served = serves_users(body, scenario) if re.match(r"\W*(?:we|our|us)\b", body, I) else []
    if not served:
        return None
    return Finding(
        "outcome",
        "unsure",
        f"{shown} is told by {maker}, the product's maker, doing something for its users "
        f"({quote(served[0])}); looked for a gain of the persona's and could not tell "
        f"whether this is one; {CHECK}",
    )


def builder_for_others(who: list[str], body: str, shown: str) -> Finding | None:
    """A builder's "so that partner apps stop sending stale data": many things of the
    product's users, which act, whose gain it may be (a careful reader hesitates)."""
    if not others_things(who, body):
        return None
    named = re.search(rf"\b{re.escape(who[-1])}\b", body, I)
    return Finding(
        "outcome",
        "unsure",
        f"{shown} is told by someone who builds the product, about "
        f"{quote(named[0] if named else who[-1])} of others; looked for a gain of the "
        f"product's users and could not tell whether this is one; {CHECK}",
    )


def machine_told(p: Parsed, scenario: Scenario, body: str, shown: str) -> Finding | None:
    """ "As the thermostat, ... so that I can lower the set-point": the product's own
    aim, which may or may not be a gain for the people it serves."""
    if not (persona_is_machine(p, scenario) and re.match(r"\W*(?:I|we)\b", body, I)):
        return None
    return Finding(
        "outcome",
        "unsure",
        f"{shown} is told by the product itself; looked for a gain for a person who "
        f"uses it and could not tell; {CHECK}",
    )


def own_job(body: str, shown: str) -> Finding | None:
    """ "so that I can do my job": any tool for the persona's work gives that."""
    if ("job" not in body and "work" not in body) or not OWN_JOB.match(body):
        return None
    return Finding(
        "outcome",
        "not met",
        f"{shown} only says the persona can do their work, which any feature for it could "
        "give; say what they can then do that they cannot now",
    )


# "I can close tickets faster", "so we answer calls quicker": the persona's own work, done
# in less time, with nothing it then lets anyone do
_OWN_WORK_FASTER = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:can|could|will|would)\s+)?[a-z]+\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:faster|quicker|more\s+quickly|sooner)\W*$",
    I,
)


def staff_speed(p: Parsed, scenario: Scenario, body: str, shown: str) -> Finding | None:
    """ "As a <maker> support agent ... so that I can close tickets faster": the maker's own
    staff working faster is the maker's cost saved, or the agent's gain; readers differ."""
    if p.persona is None or not _OWN_WORK_FASTER.match(body):
        return None
    said = re.sub(r"^\W*(?:as\s+)?(?:an?\s+|the\s+)?", "", p.persona[0].text, flags=I)
    maker = next(
        (v for v in scenario.vendor if _makers_role(v).match(said)),
        None,
    )
    if maker is None or _makers_users(maker).match(said):
        return None
    return Finding(
        "outcome",
        "unsure",
        f"{shown} is the persona's own work done faster, and the persona reads as {maker}'s "
        f"own staff, so the time saved may be {maker}'s cost, not a gain of its users; "
        f"looked for what the persona or the product's users can then do; {CHECK}",
    )


@lru_cache(maxsize=64)
def _makers_role(maker: str) -> re.Pattern[str]:
    """ "<maker>'s <role>": compiled once per maker's name, not per story."""
    return re.compile(rf"{re.escape(maker)}(?:'s)?\s+[\w-]+", I)


@lru_cache(maxsize=64)
def _makers_users(maker: str) -> re.Pattern[str]:
    """ "<maker>'s customer/user/member": the maker's users, not its staff."""
    return re.compile(rf"{re.escape(maker)}(?:'s)?\s+(?:customer|user|member)", I)
