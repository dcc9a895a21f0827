"""A want whose act is a transaction of the product's business (buying, paying, claiming
money back, renewing, an invoice or a cost, rating what was served): a feature of its
own, whatever words of the need's object it shares ("buy my lift pass", for a need to
know which lifts are closed). A helper of the topic judge."""

from __future__ import annotations

import re
from functools import lru_cache

from ._parse import Parsed
from ._roles import CHECK
from ._text import at, content_words, has_verb, quote, stem, word_list, wordset
from ._topic_terms import DENIED, carries, need_patterns
from ._types import Finding, Scenario

__all__ = ["traded"]

# Acts that trade with the product's business: money changing hands, a subscription or
# loan renewed, a verdict given on what was served. A kind of feature, not a need to know.
_TRADE_VERBS = wordset(
    "buy buying purchase purchasing pay paying claim claiming reimburse renew renewing "
    "subscribe tip donate rate rating review reviewing"
)
# Things of that trade a want can ask to see or get ("a monthly invoice", "the cost of")
_TRADE_NOUNS = wordset(
    "invoice invoices bill bills billing cost costs price prices pricing fee fees "
    "charges refund refunds feedback rating ratings review reviews spend spending usage"
)
_TRADE_WORDS = _TRADE_VERBS | _TRADE_NOUNS

# Verbs that only lead to the thing asked for ("see the cost", "give feedback")
_LEADS = wordset("see view get have give leave receive download know check track show")
_SKIP = wordset(
    "a an the my our their his her its each every this these those monthly weekly daily "
    "yearly per total full"
)
# "how much storage our saves use": a quantity used, the metering a bill is made of
_HOW_MUCH = re.compile(
    r"\bhow\s+much\b(?:\s+[\w'-]+){0,4}?\s+(?:use|uses|used|cost|costs|spend|spends|spent)\b",
    re.IGNORECASE,
)
# What may follow the head noun of a phrase: a preposition, or the end of the want
_HEAD_END = wordset("of for per in on by from across at so")
_LEAD = re.compile(r"^(?:to\s+|be\s+able\s+to\s+)", re.IGNORECASE)
_SUBSCRIBE = wordset("subscribe")
# what a user subscribes to in order to be told: events, alerts, a feed, or an event's
# code name ("flight.gate_changed")
_STREAM = re.compile(
    r"\b(?:events?|alerts?|notifications?|updates?|messages?|feeds?|webhooks?|topics?)\b"
    r"|\b\w+[._]\w+[._]?\w*\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # one entry per scenario: the test corpora have 160+
def _need_stems(need_text: str) -> frozenset[str]:
    """The stems of a need's content words, read once per scenario, not once per story."""
    return frozenset(stem(w) for w in content_words(word_list(need_text)))


def _in_need(word: str, pats: tuple[re.Pattern[str], ...], need: frozenset[str]) -> bool:
    return stem(word) in need or any(carries(p, word) for p in pats)


def _trade_act(want: str, need_text: str, pats: tuple[re.Pattern[str], ...]) -> str:
    """The word of a want's lead that makes it a transaction ("buy", "invoice", "how much
    ... use"), when neither the need's words nor its term groups name it; "" otherwise."""
    lead = _LEAD.sub("", want.strip())
    words = word_list(lead)
    if not words:
        return ""
    need = _need_stems(need_text)
    first = words[0]
    # "subscribe to gate-change events": a stream of messages subscribed to is how the
    # user is told, not a purchase
    if first in _SUBSCRIBE and _STREAM.search(lead):
        return ""
    if first in _TRADE_VERBS:
        return "" if _in_need(first, pats, need) else first
    start = 1 if first in _LEADS else 0
    modifiers = 0
    for n, w in enumerate(words[start : start + 6], start):
        if w in _TRADE_NOUNS:
            # "the token cost of each run": a noun before it only says whose cost it is,
            # when the trade word heads the phrase (nothing or a preposition after it)
            head = n + 1 == len(words) or words[n + 1] in _HEAD_END
            if modifiers and not head:
                break
            return "" if _in_need(w, pats, need) else w
        if w in _SKIP:
            continue
        if modifiers < 2 and n > start and not has_verb([w]) and w not in _HEAD_END:
            modifiers += 1
            continue
        break
    how = _HOW_MUCH.search(lead)
    if how and start and how.start() < len(first) + 2:
        used = how.group(0).split()[-1]
        return "" if _in_need(used, pats, need) else how.group(0)
    return ""


def traded(p: Parsed, scenario: Scenario) -> Finding | None:
    """A want whose act is a transaction the need does not name ("buy my lift pass", "a
    monthly invoice", "rate dishes"): another feature, unless the outcome says it serves
    the need; unsure when a check states the need apart from that act."""
    if p.want is None or "outcome" not in scenario.judge:
        return None
    pats = need_patterns(scenario)
    act = _trade_act(p.want.text, scenario.need, pats)
    if not act:
        return None
    # an outcome in the need's words does not make the trade the need's: "rate the
    # instructor, so that the gym knows which classes are good" still asks for a rating;
    # but with it, a check in the need's words that also names the act ("when a book is
    # ready, I can rate it") may tie the act to the need: read either way
    gain = DENIED.sub(" ", p.outcome.text) if p.outcome else ""
    served = (
        bool(gain.strip()) and all(carries(pat, gain) for pat in pats) and has_verb(word_list(gain))
    )
    need = f"the need is to {scenario.need}"
    act_stem = stem(word_list(act)[0])
    stating = next(
        (
            i
            for i in p.items
            if all(carries(pat, i.text) for pat in pats)
            and has_verb(word_list(i.text))
            and (
                served
                or (
                    act_stem not in {stem(w) for w in word_list(i.text)}
                    and not _trade_act(i.text, scenario.need, pats)
                    and not _TRADE_WORDS.intersection(word_list(i.text))
                )
            )
        ),
        None,
    )
    shown = f"{quote(p.want.text)}{at(p.want.line)}"
    if stating is not None:
        return Finding(
            "topic",
            "unsure",
            f"the want {shown} asks for a transaction ({quote(act)}) the need does not "
            f"name, though the check {quote(stating.text, 50)}{at(stating.line)} states "
            f"the need; {need}; {CHECK}",
        )
    return Finding(
        "topic",
        "not met",
        f"the story asks for {shown}: {quote(act)} is a purchase, payment, bill or rating "
        f"of its own, which the need does not name; another feature than the scenario's "
        f"need; {need}",
    )
