"""What an eval plan for task 9.7 is about: whether it is a bare list of the part names,
whether it is for another feature than the task's own, and how much of it repeats a
source text."""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE


def keyword_list(text: str) -> str:
    """The answer quoted, when it is only a list of short fragments with no number
    ("test set, quality measure, bar, ..."), or "" when it is not."""
    parts = [p.split() for p in re.split(r"[,;\n]+|\s+-\s+", text) if p.strip()]
    if len(parts) < 5 or re.search(r"\d", text):
        return ""
    if sorted(len(p) for p in parts)[len(parts) // 2] > 3:
        return ""
    words = " ".join(text.split())
    return f'"{words[:50]}…"' if len(words) > 50 else f'"{words}"'


# A plan whose product is a bot and that never names a draft is about a bot that answers
# on its own, not drafts a person edits and sends: its "reply" may be the bot's.
_BOT = re.compile(r"\b(?:chat)?bots?\b", _FLAGS)
_DRAFT = re.compile(r"\bdraft\w*", _FLAGS)


def bot_not_drafts(text: str) -> bool:
    return bool(_BOT.search(text)) and not _DRAFT.search(evaluated(text))


# What a plan evaluates is said where it counts things: the sentences with the test set's
# size, the bar, the runs, the budget. A draft or reply named only in a sentence with no
# number ("... so that we know where the drafts still need work") is a word about what
# follows the eval, not the object its test set is made of and its measure judges.
_COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|ten|twice|once)\b", _FLAGS)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+(?!\d)|\n|$)")


def evaluated(text: str) -> str:
    """The sentences of the plan that count something, or the whole text if none does."""
    counted = [s for s in _SENTENCE.findall(text) if _COUNT.search(s)]
    return " ".join(counted) if counted else text


# A plan that names what its feature gives out, and it is no reply: a ticket sent to a team
# or a queue (routing), a bot's answer that reaches the customer with no person between,
# or outputs of another kind counted one by one.
# Said with no draft and no reply anywhere, the plan is for another feature.
_ROUTED = re.compile(
    r"\b(?:rout(?:e|es|ed|ing|ers?)|classif\w+|assign\w*)\b[^.\n]{0,60}?\b(?:teams?|queues?|"
    r"departments?)\b",
    _FLAGS,
)
_UNMEDIATED = re.compile(
    r"\b(?:directly|customer-facing|without\s+(?:a\s+|any\s+)?(?:human|agent|person)|"
    r"no\s+(?:human|agent|person))\b"
    # or the bot is the one that answers: "a chatbot that answers customers"
    r"|\b(?:chat)?bots?\s+(?:that|which)\s+(?:answer|respond|talk|chat)s?\b",
    _FLAGS,
)
_OUTPUT = re.compile(r"\bdraft\w*|\brepl(?:y|ies)\b", _FLAGS)
# Or the outputs it counts or judges one by one are of another kind than a reply: "each
# summary", "3 summaries per ticket", "per description", "every comment".
_OTHER_MADE = re.compile(
    r"\b(?:each|every|per|\d+|two|three|four|five|ten)\s+(?:[\w-]+\s+)?"
    r"(?:summar(?:y|ies)|descriptions?|comments?|translations?)\b",
    _FLAGS,
)


def other_feature(text: str) -> str:
    """The words that show the plan is for a feature whose output is no reply draft, or ""."""
    if _OUTPUT.search(evaluated(text)):
        return ""
    m = (
        _ROUTED.search(text)
        or (_UNMEDIATED.search(text) if _BOT.search(text) else None)
        or _OTHER_MADE.search(text)
    )
    if not m:
        return ""
    # quoted with the clause around it, so "directly" shows who answers whom
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n:;") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n;") if i >= 0]
    clause = " ".join(text[start : min(ends, default=len(text))].split())
    return clause if len(clause) <= 80 else " ".join(m.group().split())


def words(text: str) -> int:
    return len(text.split())


_GRAM = re.compile(r"[a-z0-9]+")


def shared(text: str, source: str, n: int = 5) -> float:
    """The share of the text's runs of ``n`` words that ``source`` has too."""
    words = _GRAM.findall(text.lower())
    src = _GRAM.findall(source.lower())
    grams = {tuple(src[i : i + n]) for i in range(len(src) - n + 1)}
    runs = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    return sum(r in grams for r in runs) / len(runs) if runs else 0.0
