"""Which criterion the on-topic tick may quote as support.

When the want carries only part of the need and a criterion carries the rest, the tick
quotes that criterion. A criterion hedged ("nothing gets lost, hopefully") or vague
("always reliable") is what the criteria judge faults, or should: quoting it under a
tick would praise the story's defect. Such a check still says what the story is about,
so it counts for the verdict, but the tick quotes another check or none."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._fastre import quick_search
from ._lexicon import VAGUE_TERMS
from ._topic_terms import carries

__all__ = ["cited"]

# hopes and guesses in place of a check: nothing a tester could hold the team to
_HEDGE = re.compile(
    r"\b(?:hopefully|ideally|maybe|perhaps|probably|somehow|fingers\s+crossed|"
    r"i\s+(?:hope|guess|think)|if\s+all\s+goes\s+well)\b",
    re.IGNORECASE,
)


def cited(
    units: Iterable[tuple[str, int]], missing: list[re.Pattern[str]]
) -> tuple[str, int] | None:
    """The first unit that carries every missing term group and is neither hedged nor
    vague; None when only hedged or vague ones do."""
    return next(
        (
            (text, line)
            for text, line in units
            if all(carries(pat, text) for pat in missing)
            and not _HEDGE.search(text)
            and not quick_search(VAGUE_TERMS, text)
        ),
        None,
    )
