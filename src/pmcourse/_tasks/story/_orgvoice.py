"""An organisation's voice with a goal of its own: "As the council, we want ... so that we
issue fewer fines", "... so that our arrears figure falls", also in a clause joined to
another ("so that members are chased on time and our debtor days come down")."""

from __future__ import annotations

import re

from ._parse import Parsed
from ._text import DETERMINERS, VERBS, I, word_list, wordset
from ._types import Scenario

__all__ = ["org_voice_goal"]

# "As the parish council, we want", "As the finance team we need": one body named with a
# definite or possessive word, speaking as "we" (the persona verdict says the same)
_ORG_WE = re.compile(
    r"\W*as\s+(?:the|our|[\w-]+['\u2019]s)\s[^,.;:\n]{1,80}?,?\s+we\s+(?:want|need|would)\b", I
)
# the outcome told by that same body: its own things ("so that our debtor days come
# down"), or "we" moving a figure or meeting a target ("so that we cut cycle time by 30%",
# "so that we meet the regulator's timescales", "so that we issue fewer refunds"); "so
# that we can chase late payers sooner" is the team at its own work, a user's gain
_WE_OWN = re.compile(
    r"\W*(?:our\b|we\s+(?:reduce|cut|lower|halve|increase|improve|grow|raise|boost|double|"
    r"meet|hit|achieve|reach|save|earn|win|keep)\b|we\s+(?:have\s+to\s+)?[\w-]+\s+"
    r"(?:fewer|less|more)\b)",
    I,
)
# where one clause of the outcome ends and the next begins: a comma, a semicolon, "and"
_CLAUSE = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", I)
# what ends a role's head: "person in debt", "parent with a buggy", "tenant facing eviction"
_AFTER_HEAD = re.compile(r"\s+(?:in|with|of|for|at|on|who|from|[a-z]+ing)\b.*", I)
# small words that may follow a person without the person being a modifier ("volunteers
# who", "each volunteer can"); a noun after a singular role makes it a modifier instead
_AFTER_PERSON = wordset("who that can will could would may might is are was were has have")


def _one(word: str) -> str:
    """The singular of a plural noun, possessive dropped ("secretaries'" -> secretary)."""
    word = word.removesuffix("'s")
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _heads(scenario: Scenario) -> set[str]:
    """The people each of the scenario's roles names: the role's last word before what
    qualifies it ("club secretary" -> secretary, "person in debt" -> person), not the
    words that only say which kind ("club", "with")."""
    out: set[str] = set()
    for role in scenario.user_roles:
        # ("a wedding planner": a word in -ing first is the kind, and the role is whole)
        cut = [w for w in word_list(_AFTER_HEAD.sub("", role)) if w not in DETERMINERS]
        words = cut or word_list(role)
        if words:
            out.add(_one(words[-1].lower()))
    return out


def _people_in(clause: str, heads: set[str]) -> bool:
    """Whether the clause names the scenario's users as people: a role's head in the
    plural, or in the singular not followed by another noun ("our volunteer hours" is the
    body's figure, "our volunteers are" its users)."""
    words = [w.lower() for w in word_list(clause)]
    for i, w in enumerate(words):
        if _one(w) not in heads:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if _one(w) != w or not nxt or nxt in VERBS or nxt in _AFTER_PERSON:
            return True
    return False


def org_voice_goal(p: Parsed, body: str, scenario: Scenario) -> bool:
    """The story speaks for an organisation as "we" and one clause of its outcome is that
    body's own (told by "we" or "our"), with none of the scenario's users in that clause
    ("so that our members can book" is a gain for the users, and stays another matter)."""
    if not _ORG_WE.match(p.story):
        return False
    heads = _heads(scenario)
    return any(
        _WE_OWN.match(clause) and not _people_in(clause, heads) for clause in _CLAUSE.split(body)
    )
