"""Keyword salad: a run of the need's keywords with nothing between them, which names
the topic without saying anything about it ("invoice overdue late spot")."""

from __future__ import annotations

import re
from itertools import pairwise

from ._fastre import quick_finditer
from ._items import GHERKIN_WORDS
from ._terse import FUNCTION_WORDS, finite_verb
from ._text import STOP, VERBS, I, word_list

__all__ = ["stuffed", "stuffed_run"]
_GAP = re.compile(r"[\s,/&+]*")  # between keywords of one run


def stuffed(text: str, pats: tuple[re.Pattern[str], ...]) -> str | None:
    """A run of topic keywords with nothing between them, as a quote, or None.

    Five in a row is stuffing; four is stuffing unless they read as a phrase: a
    keyword of several words with a small word in it ("past their due date", "at a
    glance"), or a noun phrase, whose only word for the thing comes last, after its
    verbs and modifiers ("prioritise chasing overdue invoices"), perhaps with a
    participle after it ("failed webhook events retried"). A keyword that is a small
    word on its own ("down", "left") makes no phrase, and a thing followed by its
    state ("shelf empty picker sent", "invoice overdue late spot") is a heap.
    """
    spans = sorted(
        (m.start(), m.end(), g) for g, p in enumerate(pats) for m in quick_finditer(p, text)
    )
    run: list[tuple[int, int, int]] = []
    for s, e, g in spans:
        if run and s < run[-1][1]:
            continue  # one word matched by two groups counts once
        if run and _GAP.fullmatch(text[run[-1][1] : s]):
            run.append((s, e, g))
        else:
            run = [(s, e, g)]
        if len(run) < 4:
            continue
        quote = text[run[0][0] : run[-1][1]]
        small = any(
            len(word_list(text[a:b])) > 1 and any(w in STOP for w in word_list(text[a:b]))
            for a, b, _ in run
        )
        if len(run) >= 5 or not (small or _noun_phrase(text, run) or _joined(text, run)):
            return quote
    return None


# a keyword that is a preposition on its own ("before", "after", "until")
_PREPOSITION = frozenset(
    ["before", "after", "until", "during", "within", "without", "from", "into", "by", "for"]
)


def _joined(text: str, run: list[tuple[int, int, int]]) -> bool:
    """Whether a preposition inside the run joins two phrases that each name the thing
    ("a failing renewal before expiry"): two noun phrases, not a heap."""
    return any(
        text[a:b].lower() in _PREPOSITION
        and any(g == 0 for _, _, g in run[:i])
        and any(g == 0 for _, _, g in run[i + 1 :])
        for i, (a, b, _) in enumerate(run[1:-1], 1)
    )


_PARTICIPLE = re.compile(r"\w{3,}ed|shown|seen|sent|paid|told|kept|found", I)


def _noun_phrase(text: str, run: list[tuple[int, int, int]]) -> bool:
    """Whether a run reads as a noun phrase: its words for the thing (group 0) stand
    together, after any verbs and modifiers, and at most a participle and one more
    word follow them ("failed webhook events retried", "webhook events delivered
    again")."""
    things = [i for i, (_, _, g) in enumerate(run) if g == 0]
    if not things or things != list(range(things[0], things[-1] + 1)):
        return False
    after = run[things[-1] + 1 :]
    if not after:
        return True
    first = text[after[0][0] : after[0][1]]
    return len(after) <= 2 and bool(_PARTICIPLE.fullmatch(first))


_MODALS = frozenset(("can", "will", "should", "must", "cannot", "can't", "won't", "may"))


def stuffed_run(text: str, pats: tuple[re.Pattern[str], ...]) -> str | None:
    """A run of topic keywords (``stuffed``), unless the run ends on the sentence's verb
    and a phrase opening on a small word goes on after it ("unpaid invoices past due date show
    as overdue on the dashboard"): a sentence whose subject is long, not a heap."""
    run = stuffed(text, pats)
    if not run:
        return None
    last = word_list(run)[-1]
    rest = [w for w in word_list(text[text.find(run) + len(run) :]) if w not in GHERKIN_WORDS]
    if last in VERBS and len(rest) >= 2 and FUNCTION_WORDS.intersection(rest[:2]):
        return None
    # "managers see open payslip problems before the 25th": a subject with a verb that
    # agrees with it opens the check and a small word outside the run joins its parts,
    # so the run is the object or a clause of one sentence
    before = word_list(text[: text.find(run)])
    plain = [w for w in word_list(text) if w not in GHERKIN_WORDS]
    # ("I can see ...": a subject and a modal before the verb, likewise)
    modal = any(w in _MODALS and nxt in VERBS for w, nxt in pairwise(plain[1:4]))
    # ("donors check eligibility before booking": the small word may sit in the run,
    # after its verb)
    joins = before + rest + word_list(run)[2:]
    if (modal or finite_verb(plain)) and FUNCTION_WORDS.intersection(joins):
        return None
    return run
