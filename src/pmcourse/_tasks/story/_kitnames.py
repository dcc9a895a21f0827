"""The names a story's solution detail gives its kit, for the criteria judge.

A check that names the kit the story prescribes ("the tracker updates every 30
seconds" after "GPS trackers pinging the maps API") tests the build, not what a user
meets. Writers rarely repeat the detail word for word: they shorten it to its initials
("the DLQ" for "a dead-letter queue"), switch between one and many ("sensor" for
"weight sensors"), or keep the rest of the product's name ("the Google Maps ETA" for
"the Google Maps API"). This module turns the problem judge's hits into the words a
check may name them by, and says whether a check names one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._items import GHERKIN_WORDS
from ._terse import FUNCTION_WORDS
from ._toolparts import automation_nouns
from ._weak import Hit

__all__ = ["kit_words", "names_kit"]

# a word, or a dotted name in code as one ("agents.is_away" is no "agent")
_WORD = re.compile(r"[#\w][\w#-]{2,}(?:\.\w[\w-]*)*")
# the user as the subject of what the check observes ("then I see", "we get")
_USER_MEETS = re.compile(
    r"(?:^|\bthen\s+|,\s*)(?:I|we)\s+(?:can\s+|will\s+)?(?:see|get|receive|hear|read)s?\b",
    re.IGNORECASE,
)
# a word as a check writes it, dotted names split into their parts
_CODE_PART = re.compile(r"[#\w][\w#-]{2,}")
# a style's measure ("16px", "#0057B8"): the build; the thing styled ("a red banner")
# is what a user sees
_MEASURE = re.compile(r"[\d#]")
_STYLE = "UI layout and styling"
# a word in capitals: the only form initials are written in
_CAPITALS = re.compile(r"\b[A-Z]{3,}s?\b")
# a run of title-case words around a hit ("Google Maps" before "API"): one product's name;
# a word in capitals after it is more often what the user gets ("Twilio SMS", "the ETA")
_CAPS_BEFORE = re.compile(r"(?:\b[A-Z][a-z][\w-]*\s+){1,3}$")
_CAPS_AFTER = re.compile(r"^(?:\s+[A-Z][a-z][\w-]*\b){1,3}")
_INITIALS = re.compile(r"[A-Za-z]+")
_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")
# step words and pronouns are no part of a kit's name ("Then a Flink job clusters them")
_NOT_NAMES = FUNCTION_WORDS | GHERKIN_WORDS | {"them", "it's"}
# an endpoint's path ("POST /v1/fine-tunes") is the interface a check calls: the problem
# judge weighs it against the scenario's contract, so its words are not matched here
_PATH = re.compile(r"\S*/\S*")


def _norm(word: str) -> str:
    """One form for one and many ("sensors" and "sensor"), in lower case."""
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def kit_words(
    hits: Iterable[Hit],
    lines: list[str],
    keep: Iterable[re.Pattern[str]] = (),
) -> frozenset[str]:
    """The words a check may name the hits' kit by: each hit's own words, the capitalised
    words that run on from it on its line, and the initials of a hit of several words;
    of a style, only its measures.

    A word the need's patterns in ``keep`` match is what users' checks name too, and the
    plain noun of a named automation ("bot") is what the user talks to: neither counts."""
    pats = tuple(keep)
    out: set[str] = set()
    for hit, no, kinds in hits:
        styled = kinds == {_STYLE}
        line = lines[no - 1] if 0 < no <= len(lines) else ""
        at = line.find(hit)
        phrase = hit
        if at >= 0:
            # (a name runs to three words: the sixty characters before the hit hold it)
            before = _CAPS_BEFORE.search(line[max(0, at - 60) : at])
            after = _CAPS_AFTER.match(line[at + len(hit) :])
            phrase = (before.group(0) if before else "") + hit + (after.group(0) if after else "")
        plain = automation_nouns(hit)
        for w in _WORD.findall(phrase):
            low = w.lower()
            if low in _NOT_NAMES or low in plain or any(p.fullmatch(w) for p in pats):
                continue
            if styled and not _MEASURE.search(w):
                continue
            out.add(_norm(w))
            if "." in w:
                # a part of a name in code is named exactly as written ("qty" of
                # "shelf_stock.qty"), never in the other number
                out.update(
                    "=" + part
                    for part in w.split(".")
                    if len(part) > 2 and not any(p.fullmatch(part) for p in pats)
                )
        if styled:
            continue
        parts = [
            w[0]
            for w in _SPACE_OR_HYPHEN.split(hit)
            if _INITIALS.fullmatch(w) and w.lower() not in _NOT_NAMES
        ]
        # "dead-letter queue" is "the DLQ" when written again: the initials of each run
        # of three or more of the hit's words, marked apart so only capitals match them
        out.update(
            "^" + "".join(parts[i:j]).lower()
            for i in range(len(parts))
            for j in range(i + 3, len(parts) + 1)
        )
    return frozenset(out)


def names_kit(text: str, words: frozenset[str]) -> bool:
    """Whether the check names one of the kit's words, in either number, and not as
    what the user meets: "I see the car on the map" checks what the user sees there."""
    if not words or _USER_MEETS.search(text):
        return False
    text = _PATH.sub(" ", text)
    return any(_norm(w) in words or "=" + w in words for w in _CODE_PART.findall(text)) or any(
        "^" + _norm(w) in words for w in _CAPITALS.findall(text)
    )
