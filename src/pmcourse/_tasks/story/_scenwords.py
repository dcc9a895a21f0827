"""The scenario's own words for its users' world and their need, read once per scenario:
a word the scenario gives its users ("who define jobs in the dashboard") is theirs,
in the singular as in the plural ("a scheduled job"), not the team's build."""

from __future__ import annotations

import re
from functools import lru_cache

from ._types import Scenario

__all__ = ["WORD", "need_words", "users_words"]

WORD = re.compile(r"[A-Za-z][\w-]{2,}")


@lru_cache(maxsize=1024)  # one entry per scenario: the test corpora have 160+
def users_words(scenario: Scenario) -> frozenset[str]:
    """The words the scenario uses for its users' own world ("who configure alert rules
    in ... Terraform provider"): a tool named there is theirs, not the team's."""
    return _with_singulars(WORD.findall(scenario.users))


@lru_cache(maxsize=1024)  # one entry per scenario: the test corpora have 160+
def need_words(scenario: Scenario) -> frozenset[str]:
    """The words of the users' need ("after a bad migration"): what happens in their
    own systems there is their world."""
    return _with_singulars(WORD.findall(scenario.need))


# a plural that adds "es" after a hissing sound ("classes", "batches", "boxes")
_ES_PLURAL = re.compile(r"(?:ss|x|z|ch|sh)es$")


def _with_singulars(words: list[str]) -> frozenset[str]:
    """The words, and each plural's singular too ("jobs" names "a job" as well, and
    "classes" a class, not the word with its last "s" cut off)."""
    low = {w.lower() for w in words}
    return frozenset(
        low
        | {w[:-1] for w in low if w.endswith("s") and not w.endswith("ss")}
        | {w[:-2] for w in low if _ES_PLURAL.search(w)}
    )
