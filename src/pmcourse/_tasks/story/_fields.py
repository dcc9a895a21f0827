"""The persona told in a field of the writer's own form, which the story's forms do not
know: "Issued to: electrician (subcontractor)", "| Who | finance clerk |", "As a: developer
at a shop", "(persona: tenant on a low income)". A field whose value is one of the
scenario's users and nothing more says whom the story is for as plainly as a "Persona:"
line; a field that names a part of the story (want, problem, criteria ...) or whom the
work goes to ("Assigned to: ...") is no such field, and neither is a value that goes on
to say what the role does ("Problem: drivers miss the bus")."""

from __future__ import annotations

import re

from ._roles import persona_problem, role_ends
from ._text import I, at, line_of, quote
from ._types import Finding, Scenario

__all__ = ["field_persona"]

# "Technician: refrigeration engineer ...", "| As a | developer at ... |", "1. Parties: ...";
# the label is a few words, glossed as the persona ("Raised for (persona):"), not as
# anything else ("Grower (what):")
_FIELD = re.compile(
    r"^[ \t]*\|?[ \t]*(?:[A-Za-z][.)]|\d{1,2}(?:\.\d{1,2})*[.)]?)?[ \t]*"
    r"(?P<label>[A-Za-z][A-Za-z' /-]{0,24}?)(?:[ \t]*\(\s*(?:persona|who|user|role)\b[^)\n]{0,30}\))?[ \t]*[:|][ \t]*"
    r"(?:an?\s+|the\s+)?(?P<value>[^\n|]{2,120})",
    I | re.MULTILINE,
)
# a gloss that marks who the story is for: "(persona: tenant on ...)", "client (tenant
# facing eviction, persona)"
_GLOSS = re.compile(
    r"\(\s*(?:persona|who)\s*[:,]\s*(?:an?\s+|the\s+)?(?P<value>[^)\n]{2,100})\)|"
    r"\(\s*(?:an?\s+|the\s+)?(?P<before>[^,()\n]{2,60}),\s*(?:persona|who)\s*\)",
    I,
)
# labels of the story's parts, or of whom the work is sent to, not of whom it is for
_NOT_WHO = re.compile(
    r"\b(?:wants?|wanted|needs?|so|that|why|because|goals?|outcomes?|benefits?|results?|"
    r"problems?|situation|task|actions?|context|background|title|summary|notes?|ac|"
    r"acceptance|criteria|checks?|given|when|then|hazard|control|requests?|requirements?|"
    r"objective|purpose|fault|story|assigned|assignee|reviewers?|approvers?|cc|team|"
    r"owner|squad|builder|vendor|impact|risk|reason|description|where|location|place|date|time)\b|^\s*(?:to|cc)\s*$",
    I,
)
# where the role's head ends: what describes the person follows it
_HEAD_END = re.compile(
    r"[,;(.]|\s+-\s|\s+(?:who|that|whose|at|in|for|of|with|from|on|using|\w+ing)\b", I
)
_PRONOUN = re.compile(r"(?:I|we|my|our|they|he|she)\b", I)


def field_persona(answer: str, lines: list[str], scenario: Scenario) -> Finding | None:
    """ "Met" when a field or gloss of the writer's own names one of the users as the one
    the story is for; None when there is none."""
    if not scenario.user_roles:
        return None
    found = [(m, m["value"]) for m in _FIELD.finditer(answer) if not _NOT_WHO.search(m["label"])]
    found += [(m, m["value"] or m["before"]) for m in _GLOSS.finditer(answer)]
    for m, told in found:
        value = told.strip()
        head = _HEAD_END.split(value, maxsplit=1)[0].strip()
        if (
            _PRONOUN.match(head)
            or len(head.split()) > 5
            or not role_ends(head, scenario)
            or persona_problem(value.split(",")[0].split("(")[0].strip(), scenario)
        ):
            continue
        said = m[0].strip(" |\t")
        return Finding(
            "persona",
            "met",
            f"{quote(said)}{at(line_of(lines, m.start()))} names whom the story is for, one of "
            f"{scenario.users or 'the users'}",
            quoted=(head,),
        )
    return None
