"""Solution detail told by its structure rather than by a name the lexicon knows.

Writers name methods and machinery the lexicon cannot list one by one (a new
matching method, another company's engine or table). Two forms say "this is how to
build it" whatever the name:

- a method named as the way the want is done: a preposition or "run"/"use" before a
  qualified matching method, classifier or algorithm, never the user's own ("our classifier") ("with fuzzy matching (...)",
  "run a better bounce classifier");
- another company's named API the product is asked to build on (``_vendorapi``);
- a device wanted by its maker's name (``_makekit``);
- someone's internal machinery named as the mechanism: an owner's possessive before
  an engine, a data table, mail servers (MTAs) or a sync job ("the vendor's rates
  engine", "<company>'s ledger table", "the branches' nightly sync").

The judge asks for these only when its lexicon found nothing, so they add no second
finding to a story already faulted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._fastre import quick_finditer
from ._makekit import made_kit
from ._types import Scenario
from ._vendorapi import vendor_api

# a qualified method after the way it is done; "by matching the receipt" (the user's
# act) and "a matching colour" (an adjective before its noun) are not one: the method
# needs a qualifier and must end its phrase
_METHOD_AS_WAY = re.compile(
    r"\b(?:(?:with|using|via|through)\s+(?:an?\s+|the\s+)?"
    r"|(?:run|use|apply)\s+(?:an?\s+|the\s+))"
    r"(?:(?!(?:our|my|their|your)\s)[a-z][\w-]*\s+){0,2}?(?!an?\s|the\s)[a-z][\w-]*\s+"
    r"(?:matching|classifiers?|algorithms?)"
    r"(?=\s*(?:[(),.;:]|$)|\s+(?:of|on|against|between|for|so|to|and|when|in|with|before|after|that)\b)",
    re.IGNORECASE,
)

# a time's possessive says when, not whose ("Saturday's sync", "last night's sync")
_WHEN = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day['\u2019]|"
    r"(?:tonight|night|week|month|year|morning|evening)['\u2019]"
)

# an owner's internals: a capitalised name's or a plural's possessive, up to two
# words, then a part only the builder runs
_THEIR_MACHINE = re.compile(
    r"(?:\b(?!" + _WHEN + r")(?-i:[A-Z])[\w-]*['\u2019]s|\b[a-z]+s['\u2019])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:engines?|MTAs?|(?:nightly\s+|overnight\s+|batch\s+)?sync(?:\s+jobs?)?|"
    r"(?:ledger|database|sales|order|staging)\s+tables?|(?:job|batch)\s+logs?)\b",
    re.IGNORECASE,
)


# an organisation's or a machine's possessive before its tables or engines; a person's
# ("my manager's") and a team's work queue the users share are not machinery
_ORG_MACHINE = re.compile(
    r"\b(?:team|exchange|service|provider|vendor|supplier|platform|system|company|"
    r"department|office|bank|council|authority|insurer|airline|operator|registry|agency|"
    r"wholesaler|carrier|engine)['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:engines?|tables?)\b",
    re.IGNORECASE,
)

# retraining is done to a model; "retrain as a plumber" is a person's, so the line
# must name the model
_RETRAIN = re.compile(r"\bre-?train(?:s|ed|ing)?\b", re.IGNORECASE)
_MODEL = re.compile(
    r"\b(?:model|classifier|embeddings?|geocoder|forecast|features?)s?\b", re.IGNORECASE
)
# the user retraining their own model ("so that I can retrain before users notice") is the
# user's work, which the story may name, not a method the team is told to use
_OWN_RETRAIN = re.compile(
    r"\bI\s+(?:(?:can|could|will|would|may|need\s+to|want\s+to|have\s+to)\s+)?re-?train",
    re.IGNORECASE,
)

# speech or text turned into data with a named tool ("transcribed with <Name>"); "by"
# may name the person who does it, so only the instrument's prepositions count
_TOOL_PASS = re.compile(
    r"\b(?:transcrib|translat|classifi|summari[sz])(?:e|es|ed|ing)?\s+(?:\w+\s+)?"
    r"(?:with|using|via)\s+(?-i:[A-Z])\w+",
    re.IGNORECASE,
)


def machinery(
    lines: Sequence[str], scenario: Scenario | None = None
) -> list[tuple[str, int, set[str]]]:
    """Every method or internal part a story names by these forms, with its line; with a
    scenario, also another company's API the product is asked to build on and kit
    wanted by its maker's name."""
    found: list[tuple[str, int, set[str]]] = (
        vendor_api(lines, scenario) + made_kit(lines, scenario) if scenario else []
    )
    for no, line in enumerate(lines, 1):
        found.extend(
            (m.group(0), no, {"algorithms and ML methods"})
            for m in quick_finditer(_METHOD_AS_WAY, line)
        )
        if "'" in line or "\u2019" in line:  # every match holds a possessive's apostrophe
            found.extend(
                (m.group(0), no, {"storage and infrastructure"})
                for m in quick_finditer(_THEIR_MACHINE, line)
            )
            found.extend(
                (m.group(0), no, {"storage and infrastructure"})
                for m in quick_finditer(_ORG_MACHINE, line)
            )
        low = line.lower()
        if (
            "train" in low
            and (m := _RETRAIN.search(line))
            and _MODEL.search(line)
            and not _OWN_RETRAIN.search(line)
        ):
            found.append((m.group(0), no, {"algorithms and ML methods"}))
        if "with" in low or "using" in low or "via" in low:
            found.extend(
                (m.group(0), no, {"algorithms and ML methods"})
                for m in quick_finditer(_TOOL_PASS, line)
            )
    return found
