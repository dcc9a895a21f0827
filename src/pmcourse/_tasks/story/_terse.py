"""Terse lines in a sentence's shape: a subject and a verb that agrees with it, a case and
its result. The criteria judge reads a run of the need's keywords in that shape as a check
some readers count, where a bare heap of them is none."""

from __future__ import annotations

import re

from ._text import VERBS, I, wordset

__all__ = [
    "ARROW",
    "ARROWS",
    "FUNCTION_WORDS",
    "USER_RESULT",
    "finite_verb",
    "terse_sentence",
    "verb_then_no",
]

FUNCTION_WORDS = wordset(
    "a an the my our their his her its this that these those i we you they it is are "
    "was were be been has have had can will would should must does do did of to in on at "
    "for with from by into i'm it's there when if after before once until while unless "
    "every each all than not as within during without through between per via"
)
# "unpaid + past due date -> flagged": a condition and what follows it, each with words
ARROW = re.compile(r"^(?P<cond>.*?\w.*?)\s*(?:->|=>|\u2192)\s*(?P<then>.*\w.*)$")
ARROWS = re.compile(r"->|=>|\u2192")
# "Given I win, my rating goes up", "Given it's fixed, I'm told", "When it's rejected, I
# see why": a case, then what happens to the user or to their own thing, told after the
# comma with no "then"; "Given it fails, it is retried" names no one who sees the result
USER_RESULT = re.compile(
    r"^\W*(?:given|when|if|once|after)\b[^,]{2,80},\s*(?:and\s+)?"
    r"(?:I|I['\u2019]m|my|we|we['\u2019]re|our)\s+\w",
    I,
)


def finite_verb(plain: list[str]) -> bool:
    """A subject of one to three words and a verb that agrees with it ("widget lists
    invoices", "unmatched addresses return no result"): a sentence, however terse."""
    for i in range(1, min(4, len(plain) - 1)):
        w, prev = plain[i], plain[i - 1]
        if prev in VERBS or prev in FUNCTION_WORDS:
            continue
        if w in VERBS and (
            (w.endswith("s") and w[:-1] in VERBS) or (prev.endswith("s") and not w.endswith("s"))
        ):
            return True
    return False


def verb_then_no(plain: list[str]) -> bool:
    """A verb with "no" as its object's determiner ("pick lists contain no empty
    shelves"): a clause, where a leading "no more wasted walks" is a slogan."""
    for i in range(2, len(plain)):
        subject, verb = plain[i - 2], plain[i - 1]
        # the verb agrees with the word before it: "lists contain", "list contains"
        if (
            plain[i] == "no"
            and verb in VERBS
            and subject.endswith("s") != (verb.endswith("s") and verb[:-1] in VERBS)
        ):
            return True
    return False


def terse_sentence(words: list[str], text: str) -> bool:
    """Whether a terse line (``words``, its keywords left out) has a sentence's shape."""
    # a subject and a verb that agrees with it ("housekeepers see priority rooms first")
    # or a condition and its result ("referred bind -> status referred") make a sentence,
    # however terse: careful readers count those as checks as often as not
    # (an adverb between them too: "totals only include accepted records"), and so does
    # a case and its result either side of a colon ("item elsewhere: other shelf shown")
    verbal = [w for w in words if w not in _ADVERBS and not w.endswith("ly")]
    # ("pick lists skip empty shelves": a plural subject, a plain verb and its object,
    # where "events retry receive down" strings verbs together)
    agrees = any(
        a.endswith("s")
        and not a.endswith("ss")
        and b in VERBS
        and not b.endswith("s")
        and (c not in VERBS or d.endswith("s"))
        for a, b, c, d in zip(verbal, verbal[1:], verbal[2:], [*verbal[3:], ""], strict=False)
    )
    strung = any(
        b in VERBS and c in VERBS and not d.endswith("s")
        for b, c, d in zip(verbal, verbal[1:], [*verbal[2:], ""], strict=False)
    )
    return bool(
        agrees
        or (finite_verb(verbal) and not strung)
        or (ARROWS.search(text) and ARROW.match(text))
        or _CASE.match(text)
    )


_ADVERBS = frozenset(["only", "always", "never", "also", "still", "just", "all", "both", "each"])
# "<case>: <result>", each side with a word of its own
_CASE = re.compile(r"^\W*\w[^:]{2,40}:\s*\w[^:]{2,}$")
