"""Whether a description puts a person in the need's situation: one of the users' roles,
a word of the need or of its topic, or doing what a role names; never one who builds the
product or works for its maker. Split from the persona judge by job."""

from __future__ import annotations

import re

from ._text import I, content_words, stem, word_list
from ._types import Scenario, topic_patterns

__all__ = ["in_situation"]


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


def _builds(text: str, scenario: Scenario) -> bool:
    for vendor in scenario.vendor:
        if re.search(rf"\b(?:at|for)\s+(?:the\s+)?{re.escape(vendor)}\b(?!'s)", text, I):
            return True
    return not scenario.users_are_developers and bool(_BUILDS.search(text))
