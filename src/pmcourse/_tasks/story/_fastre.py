"""A faster, equivalent form of a case-insensitive regular expression of alternatives.

The re engine tries the alternatives of a group one by one; it skips one at once when
it begins with a plain character or a character class that the text's character is not
in, but a letter under ``re.IGNORECASE`` gets no such shortcut, so every alternative of
a long lexicon is entered at every word. :func:`case_first` writes the first letter of
each alternative as the class of exactly the characters that letter matches ignoring
case (``p`` as ``(?-i:[pP])``): the same matches, found several times faster.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = [
    "FOLDS",
    "LineWords",
    "Prefilter",
    "case_first",
    "literal_filter",
    "lowered",
    "quick_finditer",
    "quick_search",
    "quick_sub",
    "required_literals",
]

# What an ASCII letter matches under re.IGNORECASE: itself in both cases, and for three
# letters a Unicode sign as well (the Kelvin sign, the long s, the dotted and dotless I)
FOLDS = {
    c: c + c.upper() + {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}.get(c, "")
    for c in "abcdefghijklmnopqrstuvwxyz"
}
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

_QUANTIFIERS = "?*+{"


def _skip_atom(s: str, i: int) -> int:
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
            j = _skip_atom(s, j)
        return j + 1
    return i + 1


def case_first(pattern: str, flags: int | re.RegexFlag) -> str:
    """``pattern`` with the first letter of each alternative written as a class of the
    characters it matches ignoring case, where case is ignored; the matches are the same."""
    out: list[str] = []
    scopes = [bool(flags & re.IGNORECASE)]
    start = True  # at the start of an alternative
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch in "\\[":  # an escape or a class: copied whole
            end = _skip_atom(pattern, i)
            out.append(pattern[i:end])
            i = end
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
            and pattern[i + 1 : i + 2] not in tuple(_QUANTIFIERS)
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


# ---------------------------------------------------------------- literal prefilter
# A regular expression of many alternatives is tried at every position of a line; most
# lines match none of them. :func:`required_literals` reads, from the parsed pattern, a set
# of lower-case strings one of which every match must contain ("postgres" for
# ``postgres(?:ql)?``, "table" for ``(?:audit|\w+_\w+)\s+tables?``); a line of ASCII text
# whose lower-cased form contains none of them cannot match, and the scan is skipped.
try:
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - a Python without them: Prefilter steps aside
    _parser = _compiler = None
# shorter required words are in nearly every line: no filter at all (a lone sign such as
# "_" or "#" is rare enough to be one)
_MIN_LITERAL = 2


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets each of which a match must meet, the one with the longest
    shortest string (the most selective, roughly). A set of digits is never the one: a
    digit is in too many lines to look for first, but it is a fine second test."""
    strong = [o for o in options if not o <= _DIGITS]
    return max(strong, key=lambda s: (min(map(len, s)), -len(s)), default=None)


_DIGITS = frozenset("0123456789")


def _digits(items: Any) -> frozenset[str] | None:
    r"""The digits a character class matches when it matches digits only (``\d``,
    ``[1-5]``), else None; lines are ASCII, so ``\d`` is 0 to 9."""
    found: set[str] = set()
    for op, av in items:
        if op is _parser.CATEGORY and av is _parser.CATEGORY_DIGIT:
            found |= _DIGITS
        elif op is _parser.RANGE and 48 <= av[0] <= av[1] <= 57:
            found |= {chr(c) for c in range(av[0], av[1] + 1)}
        elif op is _parser.LITERAL and 48 <= av <= 57:
            found.add(chr(av))
        else:
            return None
    return frozenset(found) or None


def _required(seq: Any, cased: bool) -> frozenset[str] | None:
    """A set of strings one of which every match of the parsed sequence contains, or None."""
    return _best(_options(seq, cased))


def _options(seq: Any, cased: bool) -> list[frozenset[str]]:
    r"""Every set of strings found, along the parsed sequence, one of which each match
    contains: a match contains one string of each set ("event" and "bus" or "stream" for
    ``event\s+(?:bus|stream)``)."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        word = "".join(run)
        if len(word) >= _MIN_LITERAL or (word and not word.isalnum()):
            options.append(frozenset({word}))
        run.clear()

    for op, av in seq:
        if op is _parser.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        # a run of plain characters before a group whose alternatives each begin with
        # plain characters ("\.(?:py|go|ya?ml)"): every match holds the run joined to one
        # of those beginnings (".py", ".y"), which is rarer than either alone
        ends = _words_of(av[1]) if op is _parser.BRANCH and run else None
        if ends:
            options.append(frozenset("".join(run) + end for end in ends))
        close()
        sub: frozenset[str] | None = None
        if op is _parser.IN:
            sub = _digits(av)
        elif op is _parser.SUBPATTERN:
            _group, add, delete, inner = av
            inner_cased = (cased or bool(delete & re.IGNORECASE)) and not add & re.IGNORECASE
            sub = _required(inner, inner_cased)
        elif op is _parser.BRANCH:
            parts = [_required(branch, cased) for branch in av[1]]
            if parts and all(p is not None for p in parts):
                sub = frozenset().union(*(p for p in parts if p is not None))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            low, _high, inner = av
            if low >= 1:
                sub = _required(inner, cased)
                if sub is None and len(inner) == 1 and inner[0][0] is _parser.IN:
                    sub = _digits(inner[0][1])
        elif op is _parser.ATOMIC_GROUP:
            sub = _required(av, cased)
        if sub:
            options.append(sub)
    close()
    return options


def _words_of(branches: Any) -> list[str] | None:
    """The plain ASCII characters each alternative of a group begins with, lower-cased
    ("ya" of "ya?ml" is "y"); None when one begins with anything else."""
    words = []
    for branch in branches:
        head = []
        for op, av in branch:
            if op is not _parser.LITERAL or av >= 128:
                break
            head.append(chr(av).lower())
        if not head:
            return None
        words.append("".join(head))
    return words


def required_literals(pattern: str, flags: int | re.RegexFlag) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None when
    no such set of strings of two characters or more is found. Valid for ASCII text."""
    return _required(_parser.parse(pattern, flags), not flags & re.IGNORECASE)


def literal_filter(pattern: str, flags: int | re.RegexFlag) -> re.Pattern[str] | None:
    """A pattern that finds, in the lower-cased form of an ASCII line, one of the strings
    every match of ``pattern`` contains; None when there is no such set."""
    needed = required_literals(pattern, flags)
    if not needed:
        return None
    # strings sharing a beginning share one branch ("d(?:b|ata)"), so the engine tries
    # a few branches at a position rather than every string
    return re.compile(_trie(sorted(needed)))


def _trie(words: list[str]) -> str:
    """A pattern matching exactly where one of ``words`` (sorted, none empty) begins."""
    if "" in words:
        return ""  # a shorter string already found: the longer ones add nothing
    branches: list[str] = []
    for first in sorted({w[0] for w in words}):
        rest = _trie([w[1:] for w in words if w[0] == first])
        branches.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(branches)


class Prefilter:
    """Whether a line may hold a match of a pattern of alternatives, told cheaply.

    The alternatives with required strings are looked for by those strings in the
    lower-cased line, with one string of each set an alternative needs ("event" and
    "bus" or "stream"); each of the few with none ("fooBar", a hex colour) is searched
    for alone, as written, lookarounds and all. A match of the whole
    pattern is a match of one alternative at the same place, so a line where neither
    finds anything cannot match. A line holding a sign that an ASCII letter matches
    under IGNORECASE (see ``lowered``) is always scanned."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag) -> None:
        self.alone: list[re.Pattern[str]] = []
        self._plain: re.Pattern[str] | None = None
        self._gated: list[tuple[str, tuple[frozenset[str], ...]]] = []
        # the other sets each gated string needs, by string: a caller that knows which
        # strings a line holds tests only theirs
        self._gated_by: dict[str, list[tuple[frozenset[str], ...]]] = {}
        self._any_gated: re.Pattern[str] | None = None
        self.ok = False  # the filter may skip lines
        self.plain_words: frozenset[str] = frozenset()  # enough alone
        self.gated_words: frozenset[str] = frozenset()  # enough with a string of each other set
        # re's parser is CPython's own (and Pyodide's), not a public API: should its
        # shape ever change, the filter steps aside and every line is scanned in full
        try:
            self._build(pattern, flags)
        except Exception:  # noqa: BLE001 - any failure only costs speed
            self.alone, self.ok = [], False
            self._plain, self._gated, self._any_gated = None, [], None
            self._gated_by = {}
            self.plain_words = self.gated_words = frozenset()

    def _build(self, pattern: str, flags: int | re.RegexFlag) -> None:
        tree = _parser.parse(pattern, flags)
        branch = [av[1] for op, av in tree.data if op is _parser.BRANCH]
        # the group is the pattern's alternatives only when nothing but anchors is beside
        # it ("\b(?:a|b)\b"); in "\w+\.(?:py|go)" the whole sequence is the one alternative
        bare = all(op is _parser.BRANCH or op is _parser.AT for op, _ in tree.data)
        alternatives = branch[0] if len(branch) == 1 and bare else [tree.data]
        cased = not flags & re.IGNORECASE
        keyed: list[tuple[frozenset[str], tuple[frozenset[str], ...]]] = []
        self.ok = True
        for alt in alternatives:
            # a lone group is its inside: "(?:event\s+(?:bus|stream))" has two sets too
            inner = alt
            while len(inner) == 1 and inner[0][0] is _parser.SUBPATTERN:
                _group, add, delete, inner = inner[0][1]
                if add or delete:
                    inner = alt
                    break
            options = _options(inner, cased)
            need = _best(options)
            if need:
                keyed.append((need, tuple(o for o in options if o is not need)))
            elif len(self.alone) < _MAX_ALONE:
                self.alone.append(_compiler.compile(_parser.SubPattern(tree.state, alt), flags))
            else:
                self.ok = False
        # the strings of alternatives that need nothing else are enough on their own; those
        # of alternatives with other sets ("event" of "event\s+(?:bus|stream)") let a line
        # through only with one string of each other set
        plain = {w for need, rest in keyed if not rest for w in need}
        self._plain = re.compile(_trie(sorted(plain))) if plain else None
        self._gated = [(w, rest) for need, rest in keyed if rest for w in sorted(need - plain)]
        for w, rest in self._gated:
            self._gated_by.setdefault(w, []).append(rest)
        # one search tells whether any of them is in the line at all; only then is each
        # looked for (a substring test is cheaper than a pattern finding every overlap)
        words = sorted({w for w, _rest in self._gated})
        self._any_gated = re.compile(_trie(words)) if words else None
        self.plain_words = frozenset(plain)
        self.gated_words = frozenset(words)

    def may_match(self, line: str, low: str | None, found: frozenset[str] | None = None) -> bool:
        """Whether ``line`` (``low``: its copy from ``lowered``, None if it has none) may match.
        ``found``: the strings of :class:`LineWords` in ``low``, when a caller asks many
        filters about one line (the same answer, one search instead of one each)."""
        if not self.ok or low is None:
            return True
        if found is not None:
            if not self.plain_words.isdisjoint(found):
                return True
            # only the gated strings the line holds: the same answer as the loop below
            for w in self.gated_words.intersection(found):
                if any(_held(more, low) for more in self._gated_by[w]):
                    return True
            return any(p.search(line) for p in self.alone)
        # the plain strings first: a line holding one needs no second search
        if self._plain is not None and self._plain.search(low) is not None:
            return True
        gated = self._any_gated is not None and self._any_gated.search(low) is not None
        if gated and any(w in low and _held(more, low) for w, more in self._gated):
            return True
        return any(p.search(line) for p in self.alone)


def _held(more: tuple[frozenset[str], ...], low: str) -> bool:
    """Whether the line holds one string of each of a gated string's other sets."""
    return all(any(x in low for x in xs) for xs in more)


_MAX_ALONE = 4  # more alternatives searched alone would cost more than they save


class LineWords:
    """Every string that any of several :class:`Prefilter` looks for, found in a line
    by one search: where strings overlap ("event", "events"), the search finds the
    longest at each place, and the shorter ones that begin it are there too."""

    def __init__(self, filters: Iterable[Prefilter]) -> None:
        words = sorted({w for f in filters for w in f.plain_words | f.gated_words})
        self._each = re.compile(f"(?=({_longest_trie(words)}))") if words else None
        known = set(words)
        self._within = {
            w: frozenset(w[:n] for n in range(1, len(w) + 1) if w[:n] in known) for w in words
        }

    def found(self, low: str) -> frozenset[str]:
        """The strings in ``low`` (a lower-cased line)."""
        if self._each is None:
            return frozenset()
        out: set[str] = set()
        for m in self._each.finditer(low):
            out |= self._within[m.group(1)]
        return frozenset(out)


def _longest_trie(words: list[str]) -> str:
    """A pattern matching the longest of ``words`` (sorted, none empty) that begins where
    it is tried: a word that begins a longer one is an optional stop on the way."""
    branches: list[str] = []
    for first in sorted({w[0] for w in words}):
        rest = [w[1:] for w in words if w[0] == first]
        longer = [r for r in rest if r]
        branch = re.escape(first)
        if longer:
            branch += f"(?:{_longest_trie(longer)})" + ("?" if "" in rest else "")
        branches.append(branch)
    return "|".join(branches)


# the non-ASCII letters that an ASCII letter matches under re.IGNORECASE (FOLDS)
_FOLD_SIGNS = frozenset("\u0130\u0131\u212a\u017f")


def lowered(text: str) -> str | None:
    """``text`` lower-cased for the filters' substring tests, or None where that copy
    could miss a match: a line holding a sign that an ASCII letter matches under
    IGNORECASE (the Kelvin sign, the long s, the dotted and dotless I). Other non-ASCII
    characters ("£", "é", curly quotes) match no ASCII letter, so the copy is safe."""
    # callers ask many patterns in a row about one line: the last answer is kept, found
    # again by identity (the pair holds the text, so its id cannot be reused meanwhile;
    # one tuple, swapped whole, so two threads never see one text with another's answer)
    last = _LAST[0]
    if text is last[0]:
        return last[1]
    if text.isascii():
        low: str | None = text.lower()
    else:
        low = None if _FOLD_SIGNS.intersection(text) else text.lower()
    _LAST[0] = (text, low)
    return low


# the last text given to ``lowered``, and its answer
_LAST: list[tuple[str | None, str | None]] = [(None, None)]


# ---------------------------------------------------------------- a pattern's own filter
# Keyed by the pattern's id, not the pattern: a compiled pattern's hash is worked out
# afresh from its whole compiled code on every lookup (microseconds for a long lexicon,
# hundreds of lookups a story). The pattern is kept in the entry so its id is never reused.
_FILTERS: dict[int, tuple[re.Pattern[str], Prefilter]] = {}


def _may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` may hold a match of ``pattern``: False only when it lacks the
    strings every match needs (the pattern's :class:`Prefilter`, built on first use)."""
    entry = _FILTERS.get(id(pattern))
    if entry is None:
        entry = _FILTERS[id(pattern)] = (pattern, Prefilter(pattern.pattern, pattern.flags))
    return entry[1].may_match(text, lowered(text))


def quick_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped where the text cannot hold a match: the same
    result, several times faster for a long pattern on the many lines it misses."""
    return pattern.search(text) if _may_hold(pattern, text) else None


def quick_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, skipped where the text cannot hold a match."""
    return pattern.finditer(text) if _may_hold(pattern, text) else iter(())


def quick_sub(pattern: re.Pattern[str], repl: str, text: str) -> str:
    """``pattern.sub(repl, text)``, skipped where the text cannot hold a match."""
    return pattern.sub(repl, text) if _may_hold(pattern, text) else text
