"""An equivalent form of a long alternation that enters only the alternatives that can match.

The re engine tries the alternatives of a group one by one at every position it scans.
At a position whose character is ``p``, only the alternatives whose match can begin
with ``p`` can succeed. :func:`bucketed` groups the alternatives of a pattern's outer
alternation by the letter each must begin with, each group behind a lookahead for that
letter (``(?=p)(?:postgres|pubsub)``), and keeps the alternatives whose first letter it
cannot tell in every group, and in a last one for any other character, in their order.
At any position the alternatives the engine enters are then those that could match
there, in the order they were written: the same matches, backtracking included, with
far fewer alternatives entered. ``case_first`` then writes each gate's letter as the
class of what it matches ignoring case, so the gates are disjoint.
"""

from __future__ import annotations

import re

__all__ = ["QUANTIFIERS", "bucketed", "skip_atom"]

QUANTIFIERS = "?*+{"
_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!")
_MIN_ALTERNATIVES = 8  # fewer are entered quickly enough as they are


def skip_atom(s: str, i: int) -> int:
    """The index just after the atom (escape, class, group or character) at ``i``."""
    ch = s[i]
    if ch == "\\":
        return i + 2
    if ch == "[":
        end = i + 1
        if s[end : end + 1] == "^":
            end += 1
        if s[end : end + 1] == "]":
            end += 1
        while s[end] != "]":
            end += 2 if s[end] == "\\" else 1
        return end + 1
    if ch == "(":
        j = i + 1
        while s[j] != ")":
            j = skip_atom(s, j)
        return j + 1
    return i + 1


def _split(s: str) -> list[str]:
    """The top-level alternatives of ``s``."""
    parts: list[str] = []
    start = i = 0
    while i < len(s):
        if s[i] == "|":
            parts.append(s[start:i])
            start = i + 1
            i += 1
        else:
            i = skip_atom(s, i)
    parts.append(s[start:])
    return parts


def _quantified(s: str, i: int) -> bool:
    return s[i : i + 1] != "" and s[i] in QUANTIFIERS


def _first(alt: str, folded: bool) -> frozenset[str] | None:
    """The letters one of which begins every match of ``alt``, or None if not known."""
    i = 0
    while i < len(alt):
        if alt.startswith(("\\b", "\\B"), i):
            i += 2
            continue
        if alt.startswith(_ZERO_WIDTH, i):
            i = skip_atom(alt, i)  # a lookaround consumes nothing: the next atom begins it
            continue
        ch = alt[i]
        end = skip_atom(alt, i)
        if _quantified(alt, end):
            return None
        if ch.isascii() and ch.isalpha():
            return frozenset({ch.lower() if folded else ch})
        if alt.startswith("(?:", i) or (ch == "(" and alt[i + 1 : i + 2] != "?"):
            inner = alt[i + (3 if alt.startswith("(?:", i) else 1) : end - 1]
            letters: set[str] = set()
            for part in _split(inner):
                first = _first(part, folded)
                if first is None:
                    return None
                letters |= first
            return frozenset(letters)
        return None
    return None


def _gate(letters: list[str]) -> str:
    return letters[0] if len(letters) == 1 else "[" + "".join(letters) + "]"


def _regroup(alternatives: list[str], folded: bool) -> str | None:
    """The alternatives bucketed by first letter, or None where it would not help."""
    if len(alternatives) < _MIN_ALTERNATIVES:
        return None
    keys = [_first(a, folded) for a in alternatives]
    letters = sorted({c for k in keys if k is not None for c in k})
    if len(letters) < 2:
        return None
    pairs = list(zip(alternatives, keys, strict=True))
    buckets = [
        f"(?={c})(?:" + "|".join(a for a, k in pairs if k is None or c in k) + ")" for c in letters
    ]
    unknown = [a for a, k in pairs if k is None]
    if unknown:
        buckets.append(f"(?!{_gate(letters)})(?:" + "|".join(unknown) + ")")
    return "(?:" + "|".join(buckets) + ")"


def bucketed(pattern: str, flags: int | re.RegexFlag) -> str:
    """``pattern`` with its outer alternation (the whole pattern's, or that of the group it
    opens with, after any word boundary) grouped by first letter; the matches are the same.
    Letters are grouped ignoring case where the pattern ignores case."""
    folded = bool(flags & re.IGNORECASE)
    alternatives = _split(pattern)
    if len(alternatives) > 1:
        return _regroup(alternatives, folded) or pattern
    head = 2 if pattern.startswith("\\b(?:") else 0
    if not pattern.startswith("(?:", head):
        return pattern
    end = skip_atom(pattern, head)
    if _quantified(pattern, end):
        return pattern
    inner = _regroup(_split(pattern[head + 3 : end - 1]), folded)
    return pattern if inner is None else pattern[:head] + inner + pattern[end:]
