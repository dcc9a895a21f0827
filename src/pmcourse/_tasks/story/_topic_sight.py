"""A want to see or know a thing of its own ("see the bandwidth each domain used",
"know how much my contribution is each month") asks for another feature, even when the
scenario's object is named after it and a general word of the need ("see", "know",
"before") makes every term group look carried.

The want leads with a verb of sight or knowledge and its object is a noun phrase whose
head is a word of the want's own: neither the need's words, its term groups', vague
words nor the solution's. The judge says nothing when the want names the need's problem
in a later term group's own word ("see the reason my build failed"), when the head says
how the need's object stands ("the state of", "my position"), when sight is followed
by a clause or an adverb ("see when", "know straight away"), or when the outcome names
the whole need: those ask for the need, or may. A head any want may name ("the price
list") is read as the word before it.
"""

from __future__ import annotations

import re

from ._parse import Parsed
from ._solution import story_detail
from ._text import STOP, at, quote, word_list, wordset
from ._topic_ask import GENERAL, LEAD_WORD, own_words
from ._topic_terms import carries, need_patterns
from ._types import Finding, Scenario

__all__ = ["sight_ask"]

# "to see the ...", "know how much my ...", "see tonight's ...": the object must open
# with a determiner, a possessive or "how much/many", so a clause ("see when"), a
# pronoun ("see them") or an adverb ("know straight away") is never read as one
_SIGHT = re.compile(
    r"^(?:to\s+|be\s+able\s+to\s+)?(?:see|view|know)\s+"
    r"((?!(?:what|where|who|when|how|that|it|there|here|he|she)'s)[\w-]+'s\s+"
    r"|(?:how\s+(?:much|many)\s+)?(?:the|a|an|my|our|their|his|her|its|each|every|all)\s+"
    r"|how\s+(?:much|many)\s+)"
    r"([^,.;:()\[\]]*)",
    re.IGNORECASE,
)
# heads that say how the need's object stands or when: its state, not a thing of its own
_STANDING = wordset(
    "state status progress position stage impact difference diff left moment fortnight "
    "week day hour minute"
)

# heads any want may name ("list", "page"): the word before them says what is seen
_GENERAL_NOUNS = wordset("list lists page pages screen tool option button portal system")

# words in "-ly" that say how often, as adjectives ("the monthly price list"): no adverb
_EVERY = wordset("hourly daily nightly weekly fortnightly monthly quarterly yearly")


def _head(phrase: str) -> str:
    """The last word of a noun phrase: it ends at a small word (a preposition, a
    conjunction, a pronoun), an adverb, or a participle after its first word ("the
    bandwidth used by ...")."""
    words: list[str] = []
    for w in word_list(phrase):
        lw = w.lower()
        if lw in STOP or (lw.endswith("ly") and lw not in _EVERY):
            break
        if words and len(lw) > 3 and lw.endswith(("ed", "en", "ing")) and lw[-3:] != "eed":
            break
        words.append(lw)
    return words[-1] if words else ""


def sight_ask(p: Parsed, scenario: Scenario) -> Finding | None:
    """Not met when the want asks to see or know a thing named in its own words."""
    if p.want is None or "persona" not in scenario.judge:
        return None
    pats = need_patterns(scenario)
    want = p.want.text.strip()
    m = _SIGHT.match(want)
    if m is None or len(pats) < 2:
        return None
    head = _head(m.group(2))
    words = [w.lower() for w in word_list(m.group(2))]
    if head in _GENERAL_NOUNS and words.index(head) > 0:
        # a general head ("the price list") is named by the word before it
        head = words[words.index(head) - 1]
    if not head or head in _STANDING:
        return None
    # a later term group's own word ("failed", "late") names the need's problem
    if any(x[0].lower() not in GENERAL for pat in pats[1:] for x in pat.finditer(want)):
        return None
    # an outcome that names the whole need, its problem in a word of its own ("so that I
    # collect the book before the hold lapses"), says what the sight serves: the want may
    # be the user's way to it
    gain = p.outcome.text if p.outcome else ""
    if all(carries(pat, gain) for pat in pats) and any(
        x[0].lower() not in GENERAL for pat in pats[1:] for x in pat.finditer(gain)
    ):
        return None
    persona = p.persona[0].text if p.persona else ""
    built = tuple(LEAD_WORD.sub("", h) for hits in story_detail(p, scenario) for h, _, _ in hits)
    if head not in own_words(want, scenario, persona, built):
        return None
    return Finding(
        "topic",
        "not met",
        f"the want {quote(want)}{at(p.want.line)} asks to see {quote(m.group(2).strip(), 50)}, "
        f"a thing named in words of its own, not the need's; another feature than the "
        f"scenario's need; the need is to {scenario.need}",
        quoted=(p.want.text,),
    )
