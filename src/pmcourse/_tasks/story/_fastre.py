"""A faster, equivalent form of a case-insensitive regular expression of alternatives.

The re engine tries the alternatives of a group one by one; it skips one at once when
it begins with a plain character or a character class that the text's character is not
in, but a letter under ``re.IGNORECASE`` gets no such shortcut, so every alternative of
a long lexicon is entered at every word. :func:`case_first` writes the first letter of
each alternative as the class of exactly the characters that letter matches ignoring
case (``p`` as ``(?-i:[pP])``): the same matches, found several times faster.
"""

from __future__ import annotations

import re

__all__ = ["FOLDS", "case_first"]

# What an ASCII letter matches under re.IGNORECASE: itself in both cases, and for three
# letters a Unicode sign as well (the Kelvin sign, the long s, the dotted and dotless I)
FOLDS = {
    c: c + c.upper() + {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}.get(c, "")
    for c in "abcdefghijklmnopqrstuvwxyz"
}
_QUANTIFIER = "?*+{"
# group openers: (the text, whether letters inside ignore case: None keeps the scope)
_OPENERS = (
    ("(?:", None),
    ("(?=", None),
    ("(?!", None),
    ("(?<=", None),
    ("(?<!", None),
    ("(?i:", True),
    ("(?-i:", False),
)


def case_first(pattern: str, flags: int | re.RegexFlag) -> str:
    """``pattern`` with the first letter of each alternative written as a class of the
    characters it matches ignoring case, where case is ignored; the matches are the same."""
    out: list[str] = []
    scopes = [bool(flags & re.IGNORECASE)]
    start = True  # at the start of an alternative
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            start = False
            continue
        if ch == "[":
            end = i + 1
            if pattern[end : end + 1] == "^":
                end += 1
            if pattern[end : end + 1] == "]":
                end += 1
            while pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            out.append(pattern[i : end + 1])
            i = end + 1
            start = False
            continue
        if ch == "(":
            if pattern.startswith("(?i)", i) and i == 0:
                scopes[-1] = True
                out.append("(?i)")
                i += 4
                continue
            opener = next((o for o in _OPENERS if pattern.startswith(o[0], i)), None)
            if opener is None and pattern.startswith("(?", i):
                raise ValueError(f"case_first: unknown group at {i} in {pattern!r}")
            text, scope = opener or ("(", None)
            scopes.append(scopes[-1] if scope is None else scope)
            out.append(text)
            i += len(text)
            start = True
            continue
        if ch == ")":
            scopes.pop()
            start = False
        elif ch == "|":
            start = True
            out.append(ch)
            i += 1
            continue
        elif (
            start
            and scopes[-1]
            and ch.isascii()
            and ch.isalpha()
            and pattern[i + 1 : i + 2] not in tuple(_QUANTIFIER)
        ):
            out.append(f"(?-i:[{FOLDS[ch.lower()]}])")
            i += 1
            start = False
            continue
        else:
            start = False
        out.append(ch)
        i += 1
    if len(scopes) != 1:
        raise ValueError(f"case_first: unbalanced groups in {pattern!r}")
    return "".join(out)
