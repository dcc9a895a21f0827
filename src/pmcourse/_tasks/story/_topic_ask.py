"""What a story's want asks for, in words of its own: the words the need, its term
groups and any want share are taken away, and what is left is the want's own ask."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ._fastre import quick_finditer, quick_sub
from ._lexicon import VAGUE_TERMS
from ._text import STOP, VAGUE, content_words, stem, word_list, wordset
from ._topic_terms import PLACE_BEFORE, carries, need_patterns, unnamed
from ._types import Scenario

__all__ = [
    "GENERAL",
    "LEAD_WORD",
    "REFERS",
    "key",
    "need_roots",
    "need_stems",
    "other_ask",
    "own_words",
    "root",
]

# Words any want may use whatever it asks for: they say nothing of which feature.
_ANY_ASK = wordset(
    "see view know get make use show shown screen page app portal system tool list lists "
    "new one way time day days online able easily clear clearly right real automatically "
    "myself itself always also instead quickly soon every each place option button click "
    # a verb that asks for the thing to be dealt with names no feature of its own
    "handle handles handled handling"
)


# A later term group's word that any want may say ("see", "when", "before"): alone it
# names no part of the need's problem, only that something is seen or timed
GENERAL = _ANY_ASK | wordset("when where before after while tell told time")

REFERS = re.compile(r"\b(?:it|its|them|they|this|these|those)\b", re.IGNORECASE)
LEAD_WORD = re.compile(r"^(?:a|an|the|in|on|by|with|via|using|into|from|to|as)\s+", re.IGNORECASE)


def key(word: str) -> str:
    """A stem that ignores a final "e", so "changed" and "change" meet."""
    return stem(word).removesuffix("e")


# Words that only say how a want runs on ("keep retrying", "continue to send") and words
# of a clause the want turns away ("as it is now, not as printed"): no feature of its own
_ASPECT = wordset(
    "keep keeps kept continue continues she's he's they're whatever whether "
    # days and times of day say when a want is needed, not which feature
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "early earlier "
    # being told is how a user comes to know ("be told when"), and a clause's linking words
    # ("a change means data is no longer arriving") name no feature
    "told notified means longer"
)
_REJECTED = re.compile(
    r"(?:,\s*|\b)(?:not\s+as|instead\s+of|rather\s+than)\b[^,;.]*", re.IGNORECASE
)


@cache
def need_stems(scenario: Scenario) -> frozenset[str]:
    # a hyphenated word of the need gives its parts too: "short-staffed" says "short"
    words = content_words(word_list(scenario.need))
    parts = [part for w in words if "-" in w for part in w.split("-") if len(part) > 2]
    return frozenset(key(w) for w in [*words, *parts])


def root(word: str) -> str:
    """A word's root, without a negating "un", an adverb's "-ly" or a comparative's "-er":
    "unusually" is the need's "usual", "higher" its "high"."""
    w = word.lower()
    if w.startswith("un") and len(w) > 6:
        w = w[2:]
    for end in ("ly", "er"):
        if w.endswith(end) and len(w) > 5:
            w = w[: -len(end)]
    return key(w)


@cache
def need_roots(scenario: Scenario) -> frozenset[str]:
    return frozenset(root(w) for w in content_words(word_list(scenario.need)))


def own_words(
    text: str, scenario: Scenario, persona: str = "", built: tuple[str, ...] = ()
) -> list[str]:
    """The words of a want that are its own (see ``_own_words``)."""
    return list(_own_words(text, scenario, persona, built))


# the topic judges ask for the same want's own words up to four times per story
@lru_cache(maxsize=256)
def _own_words(
    text: str, scenario: Scenario, persona: str = "", built: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The words of a want that are its own: what is left once the need's term groups
    and words, vague terms, solution detail, the people in it and words any want uses
    are taken out ("export", "pdf" of "export the invoices to PDF"). ``built`` holds the
    story's solution detail, found once by the problem judge."""
    pats = need_patterns(scenario)
    rest = quick_sub(_REJECTED, " ", text)
    for pat in pats:
        rest = quick_sub(pat, " ", rest)
    rest = quick_sub(VAGUE_TERMS, " ", rest)
    for hit in built:
        rest = rest.replace(hit, " ")
    # the need's words, its users' roles, the persona's words and the maker's name
    own = need_stems(scenario) | {key(w) for w in scenario.user_roles}
    own |= {key(w) for w in word_list(" ".join((persona, *scenario.vendor)))}
    return tuple(
        w
        for w in content_words(word_list(rest))
        if w not in VAGUE
        and w not in STOP
        and w not in _ANY_ASK
        and w not in _ASPECT
        and key(w) not in own
        and root(w) not in need_roots(scenario)
        and not any(p.fullmatch(stem(w)) for p in pats)
    )


def other_ask(
    text: str,
    scenario: Scenario,
    persona: str = "",
    built: tuple[str, ...] = (),
    strict: bool = False,
) -> list[str]:
    """The own words of a want, when they ask for something other than the need: two or
    more, outnumbering the need's words in it, and the want names at most the need's
    object (its first term group: "invoices"). ``strict``: a later group's word that any
    want may say ("see", "when", "before") does not count as naming the need."""
    pats = need_patterns(scenario)
    words = own_words(text, scenario, persona, built)
    if len(words) < 2:
        return []
    # a need's word that only qualifies one of those of the want ("late fees") names
    # that other thing, not the need
    mine = set(words)
    # a need's word inside another product's name ("from Apple Home") is the name's
    text = unnamed(text)
    found = [
        (g, m.group(0).lower())
        for g, pat in enumerate(pats)
        for m in quick_finditer(pat, text)
        if not {w for w in word_list(text[m.end() :])[:1] if not w.endswith("ing")} & mine
        and not (g > 0 and PLACE_BEFORE.search(text[: m.start()]))
    ]
    if len(pats) > 1 and any(carries(p, text) for p in pats[1:]) and not found:
        found = [(1, "")]  # a need's word in another form ("paying")
    if len(pats) > 1 and any(g > 0 and not (strict and w in GENERAL) for g, w in found):
        return []  # the want names what the need is about, not only its object
    if strict:
        # a general word ("when", "before") names nothing of the need, so it does not
        # weigh against the want's own words either
        found = [(g, w) for g, w in found if not (g > 0 and w in GENERAL)]
    return words if len(words) > len(found) else []


# Why a persona fails that still leaves it one of the users (or no person at all): the
# want of such a story can be read against the need.
