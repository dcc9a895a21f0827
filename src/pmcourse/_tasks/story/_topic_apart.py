"""Whether a text carries every term group of the need in words of its own for each.

Two term groups may share a word ("short" is both what the food bank is short of and
being short): one word read twice names one thing, not the need's object and its
problem. So an outcome that says the want serves the need must carry each group in a
different place ("so that they can buy what they're short of" carries one) when
the want asks for an action of its own.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise, product

from ._topic_terms import carries

__all__ = ["carried_apart"]

# a few places per group are enough to find one apart from the others
_MAX_PLACES = 6


def carried_apart(
    pats: tuple[re.Pattern[str], ...], text: str, action: list[str], asked: list[str]
) -> bool:
    """Every group is in the text, and, when the want leads with an action of its own
    (``action``, the want's first word, among ``asked``, its own words: "set up a
    monthly payment"), the groups can be read in places that do not overlap. A want made
    of solution detail or its own wording leads with no action: its outcome's one word
    of the need ("so that regressions are found") still says which need it serves. A
    group found only in another form (stemmed, hyphen split) counts as apart: where it
    stands cannot be told, so it is not held against the text."""
    if not all(carries(pat, text) for pat in pats):
        return False
    if not set(action) & set(asked):
        return True
    places = [[m.span() for m in islice(pat.finditer(text), _MAX_PLACES)] for pat in pats]
    placed = [spans for spans in places if spans]
    if len(placed) < 2:
        return True
    return any(_disjoint(choice) for choice in product(*placed))


def _disjoint(spans: tuple[tuple[int, int], ...]) -> bool:
    ordered = sorted(spans)
    return all(a[1] <= b[0] for a, b in pairwise(ordered))
