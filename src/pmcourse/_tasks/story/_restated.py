"""Whether an outcome only restates the want: having, seeing, knowing or being told of the
wanted thing (the outcome judge's checks of repetition)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._parse import Parsed
from ._text import I, content_words, has_verb, stem, word_list
from ._words import WHEN_CLAUSE

__all__ = [
    "DONE_AGAIN",
    "KNOW_BARE",
    "SEEING",
    "SEEN_OR_KNOWN",
    "SEE_IT",
    "THING_PRONOUN",
    "TOLD",
    "TOLD_WANTED",
    "asks_anew",
    "done_again",
    "has_wanted",
    "kin",
    "knows_wanted",
    "made_unseen",
    "new_words",
    "passes_on",
    "same",
    "seen_self",
    "sees_own",
    "told_again",
    "told_wanted",
]


# Words of seeing: "see them" and "so that they are visible" say one thing.
SEEING = {
    stem(w)
    for w in [
        "see",
        "seen",
        "sees",
        "seeing",
        "view",
        "visible",
        "shown",
        "show",
        "shows",
        "display",
        "displayed",
        "displays",
        "appear",
        "appears",
        "listed",
        "list",
        "lists",
    ]
}


# Seeing or knowing it: "I want to see which X so that I know which X" says one thing
# twice; knowing is what the seeing gives, whatever it is known of
SEEN_OR_KNOWN = SEEING | {stem(w) for w in ["know", "knows", "knowing", "aware"]}


# Kinds of act told by more than one verb: "message the seller so that we can talk" and
# "re-deliver events so that I can see retries" name one act twice. Each kind is one act
# (conversing, sending again), not a topic: the words of a kind say the same thing.
_ACT_KINDS = {
    "talk": [
        "talk",
        "talks",
        "chat",
        "chats",
        "message",
        "messages",
        "messaging",
        "converse",
        "speak",
        "communicate",
        "communication",
    ],
    "resend": [
        "resend",
        "re-send",
        "redeliver",
        "re-deliver",
        "redelivery",
        "re-delivery",
        "redelivered",
        "re-delivered",
        "retry",
        "retries",
        "retried",
        "resent",
        "re-sent",
    ],
}
_KIND = {stem(w): k for k, ws in _ACT_KINDS.items() for w in ws}


def canon(word: str) -> str:
    """The stem of a word, or the act it names when a kind of act has several verbs."""
    s = stem(word)
    return "see" if s in SEEING else _KIND.get(s, s)


def same(words: list[str]) -> set[str]:
    return {canon(w) for w in words}


# "I have X", "I get X", "X is available", "X happen": the wanted thing had or there
_HAVING = re.compile(
    r"^\W*(?:(?:I|we)\s+(?:(?:can|will|would)\s+)?(?:have|get|receive|obtain)\s+"
    r"(?:(?:the|a|an|my|our|some|all)\s+)?(?P<had>[\w' -]+?)"
    r"|(?:(?:the|all|my|our)\s+)?(?P<there>[\w' -]+?)\s+(?:is|are|will\s+be|gets?)\s+"
    r"(?:available|there|in\s+place|provided|possible|supported|enabled)"
    # a thing that happens or works; not "I am ... to work" (a clause, and work as a place)
    r"|(?!(?:I|we)\b)(?:(?:the|all|my|our)\s+)?(?P<done>[\w' -]+?)\s+(?<!\bto\s)"
    r"(?:happens?|exists?|occurs?|works?))"
    r"(?=\s+(?:per|for|on|in|at|of|with|from|when|whenever|each|every)\b|\W*$)",
    I,
)


def kin(a: str, b: str) -> bool:
    """Whether two stems are one word family: a long common start that covers most of
    the shorter ("compare" and "comparison", "notify" and "notification")."""
    if len(a) < 6 or len(b) < 6 or a[:6] != b[:6]:
        return False  # the common start must be six letters at least
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 6 and n >= 0.75 * min(len(a), len(b))


def _all_wanted(thing: list[str], want_text: str) -> bool:
    """Whether the thing has words and each is a word of the want, or of its family."""
    want = {stem(w) for w in content_words(word_list(want_text))}
    return bool(thing) and all(stem(w) in want or any(kin(stem(w), x) for x in want) for w in thing)


# what the thing is had for, told as a deadline with a clause of its own: "so that we get
# water for the machine before it runs out" (a harm the persona heads off, not the having)
_HAD_BEFORE = re.compile(r"\b(?:before|until)\s+(?:it|they|I|we|[\w'-]+\s+[\w'-]+)\s+\w+", I)


def has_wanted(body: str, p: Parsed) -> bool:
    m = _HAVING.match(body)
    if not m or p.want is None or _HAD_BEFORE.search(body, m.end()):
        return False
    thing = content_words(word_list(m["had"] or m["there"] or m["done"]))
    return _all_wanted(thing, p.want.text)


# "<people> are notified about <thing>": being told of a thing, by anyone
TOLD_WANTED = re.compile(
    r"^\W*(?:[\w'-]+\s+){1,3}?(?:is|are|get|gets|will\s+be|can\s+be)\s+(?:kept\s+)?"
    r"(?:informed|notified|warned|alerted|told|updated)\s+(?:about|of|on)\s+(?P<np>[\w' -]+?)\W*$",
    I,
)


def told_wanted(body: str, p: Parsed) -> bool:
    m = TOLD_WANTED.match(body)
    if not m or p.want is None:
        return False
    thing = content_words(word_list(m["np"]))
    return _all_wanted(thing, p.want.text)


# "I know the spray windows", "I get notified about delays": knowing or being told of a
# thing, named by a noun phrase (no "when", "which" or verb after it)
_KNOWS = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:can|could|will|would|do|may)\s+)?(?:know|am\s+\w+ed\s+(?:about|of)|"
    r"are\s+\w+ed\s+(?:about|of)|get\s+\w+ed\s+(?:about|of))\s+"
    r"(?!(?:when|which|what|where|who|whether|if|how|why|that)\b)(?P<np>[\w' -]+?)\W*$",
    I,
)


def knows_wanted(body: str, p: Parsed) -> bool:
    m = _KNOWS.match(body)
    if not m or p.want is None:
        return False
    words = word_list(m["np"])
    thing = content_words(words)
    return len(words) <= 4 and not has_verb(words) and _all_wanted(thing, p.want.text)


# "I get notified about delays", "I'm alerted of it": the persona told, of a thing named
# by a short noun phrase or of nothing
_TOLD_OF = re.compile(
    r"^\W*(?:I|we)\s*(?:'m|'re|\s(?:(?:can|will)\s+)?(?:get|am|are|be|will\s+be))\s+(?:kept\s+)?"
    r"(?P<verb>notified|alerted|warned|told|informed|messaged|pinged|reminded|texted|emailed)"
    r"(?:\s+(?:about|of|on)\s+(?P<np>[\w' -]+?))?\W*$",
    I,
)


def told_again(body: str, p: Parsed) -> bool:
    """Whether the outcome is being told, and being told (a notice, an alert, a reminder:
    the verb's own family) is what the want asks for: the feature itself again."""
    m = _TOLD_OF.match(body)
    if not m or p.want is None:
        return False
    words = word_list(m["np"] or "")
    if len(words) > 5 or has_verb(words):
        return False
    verb = stem(m["verb"])
    want = {stem(w) for w in word_list(p.want.text)}
    return any(x == verb or (len(verb) >= 4 and x.startswith(verb)) for x in want)


# "I feel informed", "I'm kept up to date": the persona is told, and nothing more
TOLD = re.compile(
    r"^\W*(?:I|we)\s*(?:'m|'re|am|are|feel|get|stay|will\s+be|can\s+be)\s+(?:kept\s+)?"
    r"(?:(?:well|fully|always|properly)\s+)?(?:informed|notified|warned|alerted|aware|told|"
    r"updated|in\s+the\s+loop|up\s+to\s+date)"
    r"(?:\s+(?:about|of|on)\s+(?:it|them|this|that|things|everything))?"
    # an empty state beside it, of nothing named: "... informed and in control"
    r"(?:\s+and\s+(?:feel\s+)?(?:in\s+control|on\s+top\s+of\s+(?:things|it)|reassured|"
    r"at\s+ease|in\s+the\s+know))?\W*$|"
    # the notice as a noun: "so that I get a notification", "so we receive an alert"
    r"^\W*(?:I|we)\s+(?:(?:can|will|then)\s+)?(?:get|receive|am\s+sent|are\s+sent)\s+"
    r"(?:an?\s+|the\s+)?(?:notifications?|alerts?|reminders?|notices?|messages?|updates?|"
    r"warnings?)(?:\s+(?:about|of|on)\s+(?:it|them|this|that|things|everything))?\W*$|"
    # informed of a thing, named by a short noun phrase and nothing after it: "so that I am
    # informed about my car value", "so I'm informed of every status" (being warned or
    # alerted of a named thing may be the need, and is left to the checks after)
    r"^\W*(?:I|we)\s*(?:['\u2019]m|['\u2019]re|am|are|get|stay|will\s+be|can\s+be)\s+(?:kept\s+)?"
    r"(?:(?:well|fully|always|properly)\s+)?(?:informed|notified|updated)\s+(?:about|of|on)\s+"
    r"(?!(?:when|whether|if|what|which|how|where|why|who|before|in\s+time)\b)"
    r"(?:(?:the|my|our|every|each|all|any|its|their)\s+)?(?:[\w'-]+\s+){0,2}[\w'-]+\W*$",
    I,
)
SEE_IT = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:can|could|will|would|may|am\s+able\s+to|are\s+able\s+to)\s+)?"
    r"(?:see|view|look\s+at)\s+(?:it|them|this|that|these|those)\W*$",
    I,
)
KNOW_BARE = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:can|could|will|would|do|may)\s+)?(?:know|understand|learn)"
    r"(?:\s+(?:it|this|that|them|everything|things|about\s+(?:it|this|that|them)|"
    # a wh-clause with nothing named in it: "what's happening", "where things stand"
    r"what(?:['\u2019]s|\s+is)\s+(?:happening|going\s+on)|"
    r"(?:where|how)\s+(?:things|everything)\s+(?:is|are|stands?|is\s+going|are\s+going)|"
    # "how it is going": the wanted thing's progress, told by a pronoun ("where it stands"
    # is its status, which readers took as a gain of its own)
    r"how\s+(?:it|they)\s+(?:is|are|['\u2019]s|['\u2019]re)\s+going))?\W*$",
    I,
)


# "<the thing> is <done>": a thing and a past participle, which repeat the want when the
# want names both ("I want the rotation announced so that the rotation is announced")
DONE_AGAIN = re.compile(
    r"^\W*(?:(?:the|its|their|our|my|all)\s+)?(?P<thing>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"(?:is|are|gets?|will\s+be|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<done>[a-z]+(?:ed|en|wn))\b",
    I,
)


def done_again(main: str, want: set[str], person: Callable[[str], bool]) -> bool:
    """ "I want the rotation announced so that the rotation is announced": the wanted thing
    done. "I want callbacks handled well so that clients get called": the participle names
    the want's own act (a wanted word is it or begins with it: "callback", "reminders"), and
    nothing follows it; the act done is the want again, done to the wanted thing or to the
    people it is for (a person, by ``person``, as the thing)."""
    done = DONE_AGAIN.match(main)
    if not done:
        return False
    thing = word_list(done["thing"])
    if not new_words([*thing, done["done"]], want):
        return True
    act = stem(done["done"])
    if len(act) < 4 or main[done.end() :].strip(" .,;!"):
        return False
    if not any(x == act or x.startswith(act) or kin(act, x) for x in want):
        return False
    return not new_words(thing, want) or person(thing[-1].lower())


def new_words(words: list[str], want: set[str]) -> list[str]:
    """The words that the want does not say (a derived form, "filter" -> "filterable",
    and any word of seeing count as said)."""
    # only a want word with the same first six letters can be of one family (``kin``)
    by_start: dict[str, list[str]] = {}
    for x in want:
        by_start.setdefault(x[:6], []).append(x)
    out = []
    for w in words:
        if canon(w) in want:
            continue
        s = stem(w)
        # a want word of four letters or more that starts the stem
        if any(s[:k] in want for k in range(4, len(s) + 1)):
            continue
        if not any(kin(s, x) for x in by_start.get(s[:6], ())):
            out.append(w)
    return out


# "the next pickup computed by a nightly job": the want is work done out of sight by an
# agent, and says nothing of anyone seeing it; "so that I see it" may then be the gain
_MADE_BY = re.compile(r"\b\w+ed\s+by\s+(?:a|an|the|our)\s+[\w-]+", I)


def made_unseen(want: str) -> bool:
    return bool(_MADE_BY.search(want)) and not any(stem(w) in SEEING for w in word_list(want))


# "so that they are visible": a bare pronoun as what is shown stands for the wanted
# things, not for people, so it makes the outcome no more the persona's own
THING_PRONOUN = re.compile(
    r"^\W*(?:they|it|these|those)\b(?=\s+(?:is|are|get|gets|will\s+be|can\s+be)\s)", I
)


def sees_own(body: str, p: Parsed) -> bool:
    """ "I want events re-delivered so that I can see retries", "a checklist of missing
    documents so that I know what is missing": the persona seeing or knowing the one thing
    the want names (by its word or its act's other verb), with no "when" after it, is having
    what the want gives ("computed by a nightly job" is made out of sight: left alone)."""
    if not re.match(r"\W*(?:I|we)\b", body, I) or WHEN_CLAUSE.search(body):
        return False
    return p.want is not None and not made_unseen(p.want.text)


# "so that I know where my parcel is", "so that I can work out why a bind was referred": a
# question of when, where, why, whether or how, about something named; the want that does
# not ask it (no such question word in it) gave a thing, and the answer is what it is for
_ASKS = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:can|could|will|would|may|then)\s+)?(?:know|tell|understand|"
    r"work\s+out|figure\s+out|find\s+out)\s+(?P<wh>when|where|why|whether|if|how)\b"
    r"(?!\s+(?:much|many|far)\b)(?P<rest>.*)$",
    I,
)


def asks_anew(body: str, p: Parsed) -> bool:
    """Whether the outcome knows the answer to a question the want does not ask: a question
    word absent from the want, and a word of content after it ("where it is" names nothing)."""
    m = _ASKS.match(body)
    if not m or p.want is None:
        return False
    if m["wh"].lower() in {w.lower() for w in word_list(p.want.text)}:
        return False
    return bool(content_words(word_list(m["rest"])))


# "so that I'm seen sooner": the persona is the one seen (by a doctor, a clerk), which is
# being attended to, not the persona seeing the wanted thing
_SEEN_SELF = re.compile(
    r"^\W*(?:I|we)\s*(?:'m|'re|\s(?:am|are|get|got|be|will\s+be|can\s+be|could\s+be|"
    r"would\s+be))\s+(?:\w+ly\s+)?seen\b(?!\s+(?:as|to)\b)",
    I,
)


def seen_self(body: str) -> bool:
    return bool(_SEEN_SELF.match(body))


# "so that renewal is quick", "so that I find out quickly", "so that I only get the events I
# need", "so that I order at the best price": a degree or manner the want does not name says
# how the persona is better off, not the wanted thing again
_DEGREE = re.compile(
    r"\b(?:quick(?:ly|er)?|fast(?:er)?|soon(?:er)?|earl(?:y|ier)|only|best|cheap(?:er|est)?|"
    r"in\s+time|first|without)\b",
    I,
)


def says_degree(body: str, p: Parsed) -> bool:
    """Whether the outcome adds a degree or manner word that the want does not have."""
    found = _DEGREE.search(body)
    return bool(found) and p.want is not None and not _DEGREE.search(p.want.text)


# "so that we can tell our customers their new seat": the persona passes what they learn on
# to other people, an act of their own that the want ("be told when ...") does not say
_PASS_ON = re.compile(
    r"\b(?:tell|inform|notify|warn|update|text|e-?mail|call|ring|let)\s+"
    r"(?:(?:our|my|the|their|each|every|all)\s+)?(?P<who>[a-z]+)",
    re.IGNORECASE,
)


def passes_on(main: str, want: set[str], person: Callable[[str], bool]) -> bool:
    """The clause has the persona tell people the want does not name (``person`` tells
    a person's word)."""
    return any(
        person(m["who"].lower()) and canon(m["who"].lower()) not in want
        for m in _PASS_ON.finditer(main)
    )
