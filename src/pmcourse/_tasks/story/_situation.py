"""Whether a description puts a person in the need's situation: one of the users' roles,
a word of the need or of its topic, or doing what a role names; never one who builds the
product or works for its maker. Split from the persona judge by job."""

from __future__ import annotations

import re
from functools import cache

from ._text import I, Span, content_words, stem, word_list
from ._types import Scenario, topic_patterns
from ._words import AT_OWN_ORG, BUILDER, MACHINE, VENDOR_SIDE

__all__ = [
    "acts_as_user",
    "builds_code",
    "in_situation",
    "in_users_team",
    "relative_clause",
    "runs_users_place",
    "vendor_side_words",
    "vendor_words",
]


def in_situation(text: str, scenario: Scenario) -> bool:
    """Whether a description puts the person in the need's situation: it names one of the
    users' roles, a word of the need or one of its term groups; not when it says they
    build the product or work for its maker ("Sam maintains the backend", "... who
    develops the alerts for Plotly")."""
    if _builds(text, scenario):
        return False
    words = {stem(w) for w in content_words(word_list(text))}
    roles = {stem(r) for r in scenario.user_roles}
    need = {stem(w) for w in content_words(word_list(scenario.need))}
    if any(w[:5] == r[:5] for w in words for r in roles | need if len(w) >= 5 and len(r) >= 5):
        return True
    if _does_role(text, scenario):
        return True
    return bool(words & (roles | need)) or any(
        pat.search(text) for pat in topic_patterns(scenario.topic)
    )


def _verb_forms(noun: str) -> set[str]:
    """The forms of the verb an agent noun is made from: "grower" -> grow, grows,
    growing; "driver" -> drive, drives, driving; "shopper" -> shop, shops, shopping."""
    if len(noun) < 5 or not noun.endswith(("er", "or")):
        return set()
    stem_ = noun[:-2]
    bases = {stem_, stem_ + "e"}
    if len(stem_) >= 4 and stem_[-1] == stem_[-2]:
        bases.add(stem_[:-1])  # "shopper": shop, shops; "shopping" from the doubled one
    forms = {stem_ + "ing", stem_ + "ed"}
    for base in bases:
        forms |= {base, base + "s", base + "es", base + "d", base + "ed"}
    return forms


def _does_role(text: str, scenario: Scenario) -> bool:
    """Whether a description says the person does what one of the users' roles names:
    "grows wheat" for a grower, "manages the farm" for a farm manager; every word of
    the role is there, as itself or as the verb its agent noun comes from."""
    said = set(word_list(text.lower()))
    for role in scenario.user_roles:
        parts = word_list(role.lower())
        if len(parts) == 1 and any(_first_of_compound(stem(w), parts[0]) for w in said):
            return True  # "does the books": the first part of "bookkeeper"
        verbs = [_verb_forms(w) for w in parts]
        if not any(verbs):
            continue
        stems_said = {stem(x) for x in said}
        if all(stem(w) in stems_said or v & said for w, v in zip(parts, verbs, strict=True)):
            return True
    return False


def _first_of_compound(word: str, role: str) -> bool:
    """Whether a word is the first part of a one-word compound role, what the role works
    on: "book" in "bookkeeper", "house" in "householder"; the rest is a word of its own
    (five letters or more), not a suffix ("farm" is no part of "farmer" this way)."""
    return len(word) >= 4 and role.startswith(word) and len(role) - len(word) >= 5


# The person described builds software: "Sam maintains ...", "who develops ...", "Dev, 30,
# codes ..." (not said of the users of a product for developers)
_BUILDS = re.compile(
    r"(?:\bwho|\b[A-Z][a-z]+(?:\s*,\s*\d{1,3}\s*,)?)\s+(?:also\s+)?(?:builds?|built|develops?|"
    r"maintains?|codes?|programs?|implements?|deploys?|writes?\s+(?:the\s+)?(?:code|software))\b"
)


# "at <maker>", "for the <maker>": built once per scenario's makers, not on every call
@cache
def _at_maker(vendors: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"\b(?:at|for)\s+(?:the\s+)?{re.escape(vendor)}\b(?!'s)", I)
        for vendor in vendors
    )


def _builds(text: str, scenario: Scenario) -> bool:
    if any(pat.search(text) for pat in _at_maker(scenario.vendor)):
        return True
    return not scenario.users_are_developers and bool(_BUILDS.search(text))


# the verbs the scenario's description of its users says they do: "drivers who park in the
# city", "families organising a wake", "staff who handle appeals"
_USERS_VERB = re.compile(r"\b(?:who|that)\s+(?:\w+ly\s+)?([a-z]+)|\b([a-z]{3,}ing)\b", I)
# the verb of a clause about the person: "who parks the van ...", "who often books ..."
_CLAUSE_VERB = re.compile(r"\s*(?:who|that)\s+(?:\w+ly\s+|also\s+)?([a-z]+)", I)
# what makes or runs software, in the clause: "who parks the build server"
_TECHNICAL = re.compile(
    r"\b(?:api|apis|back-?end|front-?end|code|server|database|deploy\w*|release\w*|bugs?|"
    r"features?|integrations?|releases?|sprints?|tickets?|repos?|pipelines?)\b",
    I,
)


def _base(verb: str) -> str:
    for end in ("ies", "es", "s", "ed", "ing", "e"):
        if verb.endswith(end) and len(verb) - len(end) >= 3:
            return verb[: -len(end)]
    return verb


def acts_as_user(clause: str, scenario: Scenario) -> str:
    """The verb of a clause about the person ("who parks the van outside ...") when it is
    one the scenario's description of its users says they do ("drivers who park ..."), and
    the clause says nothing of building or running software: whatever the person's job
    title, they use the product as its users do. "" when not."""
    m = _CLAUSE_VERB.match(clause)
    if m is None or _builds(clause, scenario) or _TECHNICAL.search(clause):
        return ""
    verbs = {_base(v.lower()) for g in _USERS_VERB.findall(scenario.users) for v in g if v}
    verbs -= {"want", "need", "would", "like", "are", "is", "have", "has", "work", "build"}
    return m[1] if _base(m[1].lower()) in verbs else ""


# a clause in which the persona makes or keeps software: "who built our backend", "who
# writes the shop's integration code"
_BUILDS_CODE = re.compile(
    r"\b(?:buil[dt]s?|wr(?:ote|ites?)|code[sd]?|develop(?:s|ed)?|maintain(?:s|ed)?|programs?)\b"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:back-?end|code|server|api|integrations?|stack|endpoints?|"
    r"scripts?)\b",
    I,
)


def builds_code(story: str, span: Span) -> bool:
    clause = relative_clause(story, span.text)
    return bool(clause) and _BUILDS_CODE.search(clause) is not None


def relative_clause(story: str, phrase: str) -> str:
    """The clause that says what the persona does ("... who does her own invoicing"),
    in the persona's own clause; not one that only says what they want."""
    at_ = story.find(phrase) if phrase else -1
    if at_ < 0:
        return ""
    clause = re.split(r"[,.;:!?\n]|\bI\s+(?:want|need|would|'d)\b", story[at_ + len(phrase) :])[0]
    m = re.search(r"\b(?:who|whose)\s+(?!(?:wants?|needs?|would|'d|likes?)\b)\w", clause, I)
    if m is None and re.search(
        r"\bI(?:'m|\s+am)\s+(?:an?|the)\s+$", story[max(0, at_ - 12) : at_], I
    ):
        # "I'm the practice manager ... and I do our invoicing": the persona as subject
        # again, joined by "and", says what they do as a "who" clause would
        m = re.search(r"\band\s+(?:I|I\s+also)\s+(?!(?:want|need|would|'d|like)\b)\w", clause, I)
    return clause[m.start() :].strip() if m else ""


# "a consultant running a Tuesday outpatient clinic", "an engineer who manages a care
# home": a person in charge of a place or service of the users' own kind, which no one
# who builds the product is, whatever their title
_RUNS = re.compile(
    r"\b(?:who\s+)?(?:run|runs|running|manag(?:e|es|ing)|own(?:s|ing)?|head(?:s|ing)?)\s+"
    r"(?:(?:an?|the|our|my|their|his|her)\s+)?(?P<obj>(?:[\w'-]+\s+){0,4}?[\w'-]+)"
    r"(?=\s*(?:$|[,;.()]|\s(?:with|for|at|in|on|of|who|that|and|where|which)\b))",
    I,
)
# what the product is, or a part or a stage of it: never a place the users run
_PRODUCT_PART = re.compile(r"(?:portal|interface|integration|rollout|deployment|migration)s?$", I)


def runs_users_place(phrase: str, scenario: Scenario) -> str:
    """The clause of a role phrase that puts the person in charge of a place or service
    whose head noun the scenario's description of its users names ("running a Tuesday
    outpatient clinic" where the users work in "hospitals and community clinics"), or "";
    not when what they run is a machine, the product or its maker ("a contractor managing
    the interpreter app", "a consultant running the Lingobridge rollout")."""
    m = _RUNS.search(phrase)
    if m is None or not scenario.users:
        return ""
    obj = word_list(m["obj"])
    if (
        not obj
        or MACHINE.match(obj[-1])
        or _PRODUCT_PART.match(obj[-1])
        or BUILDER.search(m["obj"])
    ):
        return ""
    if any(v.lower() in m["obj"].lower() for v in scenario.vendor):
        return ""
    users = {stem(w) for w in content_words(word_list(scenario.users))}
    return m[0] if stem(obj[-1]) in users else ""


# the persona's own team, named by what it owns: "of our API team", "on our backend squad"
_OWN_TEAM = re.compile(r"\s*(?:[\w-]+\s+)?(?:team|squad|group)s?\b", I)


def vendor_words(text: str) -> list[re.Match[str]]:
    """The words of ``VENDOR_SIDE`` in a text, but "in-house" or "internal" told at the
    persona's own organisation or a customer ("the in-house developer of our research
    unit", "an in-house developer at a hospital"), which is one of the product's users."""
    return [
        m
        for m in VENDOR_SIDE.finditer(text)
        if not (m[0].lower() in ("in-house", "internal") and AT_OWN_ORG.search(text[m.end() :]))
    ]


def _users_in_house(word: str, after: str, scenario: Scenario) -> bool:
    """Whether the scenario names this in-house role among its users ("the in-house
    developers of law firms"): the persona is in-house at a customer, not at the maker."""
    role = re.match(r"\s*([a-z]{3,})", after, I)
    return (
        word.lower() in ("in-house", "internal")
        and role is not None
        and re.search(rf"\b{word}\s+{re.escape(role[1][:5])}", scenario.users, I) is not None
    )


def vendor_side_words(phrase: str, scenario: Scenario) -> bool:
    """Whether the words of a user's role put it on the product's side ("an internal
    developer", "a developer of the platform"); in a product for developers, the team a
    user calls "our API team" is the customer's own: the maker is told by its name or as
    "the <product>", and its named teams are the scenario's builders."""
    for m in vendor_words(phrase):
        if _users_in_house(m[0], phrase[m.end() :], scenario):
            continue
        own = re.search(r"\bour\s+\S+$", m[0], I)
        if own and scenario.users_are_developers and _OWN_TEAM.match(phrase[m.end() :]):
            continue
        return True
    return False


def _pieces(text: str) -> set[str]:
    # a hyphened role word is its parts too: "player-support" says "support"
    return {stem(w) for w in content_words(re.findall(r"[a-z0-9']+", text.lower()))}


def in_users_team(phrase: str, scenario: Scenario) -> bool:
    """Whether every builder's word in a persona is a word of one of the users' own roles
    and the persona shares more of that role than the builder's words alone, or all of
    it: "a tester on
    a league team" where the users include "tester on a league team", "the lead of a
    3-person league team" for "league team lead"; a member of a user's team, not of the
    maker's. "A tester at the firm" shares nothing more and stays a builder."""
    found = [m[0] for m in BUILDER.finditer(phrase)]
    if not found:
        return False
    said = _pieces(phrase)
    building = set().union(*(_pieces(f) for f in found))
    for role in scenario.user_roles:
        own = _pieces(role)
        if building <= own and ((said & own) - building or own <= said):
            return True
    return False
