"""A want that acts on the need's object for an end of its own: "order a new garden bin
in the app, so that I don't have to call the council", for a need to know when the bins
are collected. The want names what the need is about (the bin) but not its problem; it
leads with an action of the persona's own (order, upgrade, drag) rather than a way of
coming to know; and the outcome, the one place that says why, names nothing of the need.
Such a story asks for another feature on the same thing. A helper of the topic judge."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._parse import Parsed
from ._text import STOP, VERBS, at, content_words, quote, word_list, wordset
from ._topic_terms import DETERMINERS, carries, need_patterns
from ._types import Finding, Scenario

__all__ = ["own_end"]

_LEAD = re.compile(r"^(?:to\s+|be\s+able\s+to\s+)", re.IGNORECASE)
# Ways of coming to know or reaching what is there ("find my code", "open the change"):
# they ask to learn about the need's object, which is how a need to know is met
_KNOWING = wordset(
    "find finding understand check track follow learn hear read look watch open browse "
    "search discover spot review monitor"
)
# Verbs whose object is the trouble itself ("stop getting the wrong item"): they ask for
# less of a problem, which may be the need's
_CEASING = wordset("stop avoid prevent")
_PREPOSITIONS = wordset("to into up off")
# An end that is only a feeling ("so that I don't feel guilty") or a measure moving ("so
# that the waste percentage comes down") names no use of another feature: the outcome
# judge faults it, and the want's action may well be the need's own in other words
_NO_AIM = re.compile(
    r"\bfeel(?:s|ing)?\b|\b(?:percentage|rate|ratio|share|level)s?\s+(?:\w+\s+)?"
    r"(?:comes?|goes|go|drops?|falls?|rises?|improves?|increases?|decreases?)\b",
    re.IGNORECASE,
)


def _lead_action(want: str, own: list[str]) -> str:
    """The want's first word, when it is an action verb of the want's own: a known verb,
    or a word before its object's article ("drag our guests", "upgrade to an ...")."""
    words = word_list(_LEAD.sub("", want.strip()))
    if not words or words[0] not in own:
        return ""
    first = words[0]
    # a plural noun ("updates on my case") is a thing asked for, not an act
    if first.endswith("s") and not first.endswith("ss"):
        return ""
    if first in _KNOWING or first in _CEASING:
        return ""
    nxt = words[1:3]
    verb = first in VERBS or (nxt and nxt[0] in DETERMINERS)
    verb = verb or (len(nxt) == 2 and nxt[0] in _PREPOSITIONS and nxt[1] in DETERMINERS)
    return first if verb else ""


def _a_state(word: str) -> bool:
    """A participle ("broken-down", "delayed"): the state the thing is in, which for a
    word of the need's object is its trouble, not the object alone."""
    return any(part.endswith(("ed", "en")) and len(part) > 4 for part in word.split("-"))


def own_end(
    p: Parsed,
    scenario: Scenario,
    own: list[str],
    in_need: Callable[[str], bool],
) -> Finding | None:
    """Not met when the want acts on the need's object alone with a verb of its own and
    its outcome names nothing of the need (no term group, no word of the need); None
    otherwise. ``own`` holds the want's own words, ``in_need`` tells a word of the need."""
    pats = need_patterns(scenario)
    if p.want is None or p.outcome is None or len(pats) < 2:
        return None
    want, gain = p.want.text, p.outcome.text
    if not carries(pats[0], want) or any(carries(pat, want) for pat in pats[1:]):
        return None
    action = _lead_action(want, own)
    if not action or any(_a_state(w) and carries(pats[0], w) for w in word_list(want)):
        return None
    said = [w for w in content_words(word_list(gain)) if w not in STOP]
    # an end too thin to name ("so that we can talk") says no other aim
    if len(said) < 2 or any(carries(pat, gain) for pat in pats) or any(map(in_need, said)):
        return None
    if _NO_AIM.search(gain):
        return None
    return Finding(
        "topic",
        "not met",
        f"the story asks to {quote(action)} in {quote(want)}{at(p.want.line)}, an action of "
        f"its own on what the need is about, for an end ({quote(gain)}) that names nothing "
        f"of the need's problem; another feature than the scenario's need; the need is to "
        f"{scenario.need}",
        quoted=(want,),
    )
