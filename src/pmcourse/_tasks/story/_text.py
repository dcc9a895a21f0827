"""Text helpers shared by the parser and the judges: words, verbs, quotes, placeholders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d+")
# Markdown emphasis marks; a star after a lone capital letter ("an A* path") is the
# name of a search algorithm, not the end of an emphasis ("*A*" still is).
_EMPH = re.compile(r"\*\*|__|(?<![\w*])[*_](?=\w)|(?<=\w)(?:_|(?<!(?<![\w*])[A-Z])\*)(?![\w*])|`")
_QUOTE_PREFIX = re.compile(r"^\s*>+\s?")
# a catalogue record's field tag and subfield codes ("=500  $a Acceptance criteria:",
# "=100  $a Persona: $b clerk"): the layout of the record, not words of the story
_FIELD_TAG = re.compile(r"^=(?:LDR[ \t]{1,3}|\d{3}[ \t]{1,3}\$[a-z][ \t]+)")
_SUBFIELD = re.compile(r"[ \t]\$[a-z][ \t]+")


def clean_line(line: str) -> str:
    # each pattern needs a character most lines lack: test for it before scanning
    if ">" in line:
        line = _QUOTE_PREFIX.sub("", line)
    if line.startswith("=") and (m := _FIELD_TAG.match(line)):
        line = _SUBFIELD.sub(" ", line[m.end() :])
    if "*" in line or "_" in line or "`" in line:
        line = _EMPH.sub("", line)
    return line.replace("\u2019", "'")


def word_list(text: str) -> list[str]:
    return list(_words(text))


# The judges ask for the words of the same line or clause again and again (about sixty
# times per story); the cache is smaller than a corpus pass, so a benchmark's repeat of a
# story still pays for its words.
@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().strip("'-") for w in _WORD.findall(text))


def quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        text = cut + "…"
    return f'"{text}"'


def at(line: int) -> str:
    return f" (line {line})"


def forms(bases: str) -> set[str]:
    out: set[str] = set()
    for b in bases.split():
        out.add(b)
        if b.endswith("e"):
            out |= {b + "s", b + "d", b[:-1] + "ing"}
        elif b.endswith("y") and b[-2:-1] not in "aeiou":
            out |= {b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
        elif b.endswith(("s", "sh", "ch", "x")):
            out |= {b + "es", b + "ed", b + "ing"}
        else:
            out |= {b + "s", b + "ed", b + "ing"}
    return out


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


VERBS = forms(
    "see show appear list display mark flag highlight alert notify remind warn tell know "
    "spot notice find identify open close load sort filter group count send receive get "
    "pay chase call email contact follow track review check act miss lose drop keep stay "
    "remain move disappear vanish change update refresh include exclude contain hold "
    "stand catch reach arrive retry redeliver resend replay recover store save skip route "
    "direct walk pick scan confirm reject accept block stop start fail succeed return "
    "respond reply give take make let help need want like use read print export import "
    "download upload search click select choose tap press enter add remove delete create "
    "edit mark clear reset report record log handle process reach work look feel cause "
    "hurt suffer slip collect recover explain say mention name link point prevent avoid "
    "allow enable require ask wait go come fall rise increase decrease reduce lower "
    "raise grow end begin finish complete escalate assign order rank prioritise prioritize "
    "plan schedule expire match compare differ read signal indicate label "
    "underline colour color sum total calculate compute estimate verify validate "
    "ensure guarantee deliver arrive queue sync refill restock empty replenish own "
    "trust spend waste save earn cost settle owe carry bear reflect mention contain "
    "appear arrive land reach pause resume sign verify detect decide prefer print "
    "count beep redirect offer drop flood deduplicate ignore recognise recognize repeat "
    "continue keep rebuild build answer dismiss call phone ring decrement increment "
    "publish subscribe fire trigger exceed slow compile copy run turn flash"
) | {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "can", "cannot", "can't", "could", "will", "won't", "would", "should", "shouldn't",
    "must", "mustn't", "may", "might", "does", "do", "did", "doesn't", "don't", "didn't",
    "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "shown", "seen", "sent",
    "paid", "got", "gotten", "gone", "made", "done", "known", "told", "kept", "found",
    "left", "lost", "taken", "held", "stood", "caught", "brought", "written",
    "i'm", "it's", "there's", "we're", "they're", "you're", "i'll", "we'll", "became", "becomes", "become", "goes", "went", "sees", "saw",
}  # fmt: skip

STOP = wordset(
    "a an the and or but if of to in on at by for with from into onto about as is are was "
    "were be been being am it its it's this that these those there their them they we us "
    "our i me my mine you your he she his her so than then when while which who whom whose "
    "what where how why can could will would should must may might do does did not no yes "
    "all any each every some such very just also only too up down out over under again once "
    "more most own same other both few many much now here have has had get gets got given "
    "want wants need needs like would i'm i'd i'll we're we'll able be lot lots via per "
    "across after before during until within without behind beyond near between against "
    "toward towards through inside outside along among despite except including since"
)

# Words that carry no achievement on their own: an outcome or criterion made only of
# these (and stop words) says nothing a persona could check.
VAGUE = wordset(
    "better best good great nice nicer easier easy easily everyone everybody everything "
    "anyone anybody someone people users user customers customer works work working worked "
    "properly correctly correct well fine improved improve improves improvement "
    "improvements improving efficient efficiently effective faster fast quick quickly happy "
    "happier satisfied satisfaction experience ux system app application product feature "
    "features functionality thing things stuff it use used using value valuable useful "
    "helpful intuitive friendly user-friendly modern clean optimal optimised optimized "
    "quality smooth smoothly seamless seamlessly possible expected required requirement "
    "requirements needed done implemented exists exist existing available ok okay great way "
    "ways company business team teams goals goal benefit benefits sense results result"
)


DETERMINERS = frozenset(
    ("the a an its their my our your his her every each all no any them me us it one").split()  # noqa: SIM905 - a word list reads best as text
)


_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she"])


def has_verb(words: list[str]) -> bool:
    """A known verb form, a word after a subject pronoun ("I improve"), or a word that
    takes an object ("events carry the ID")."""
    if any(w in VERBS for w in words):
        return True
    if any(a in _SUBJECTS and b not in STOP for a, b in pairwise(words)):
        return True
    return any(
        nxt in DETERMINERS and w not in STOP and not w.endswith("ly") and i > 0
        for i, (w, nxt) in enumerate(pairwise(words))
    )


def content_words(words: list[str]) -> list[str]:
    return [w for w in words if w not in STOP and not w.isdigit() and len(w) > 1]


def within_sentence(run: str, text: str) -> bool:
    """Whether a run of four keywords is a small part of a long sentence: at most a
    quarter of its words, with a verb among the rest ("our report does not count late
    back-filled readings wrong and our customers are billed on real use"): a phrase the
    sentence uses, not a heap of keywords standing in for one."""
    said = word_list(run)
    words = word_list(text)
    rest = word_list(text.replace(run, " ", 1))
    return len(said) <= 4 and 4 * len(said) <= len(words) and has_verb(rest)


_IRREGULAR = {
    "shown": "show",
    "seen": "see",
    "sent": "send",
    "paid": "pay",
    "told": "tell",
    "known": "know",
    "found": "find",
    "kept": "keep",
    "made": "make",
    "lost": "lose",
}


# a word's stem never changes and the judges ask for the same few thousand words again
# and again (a quarter of the time per story went here)
@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    for suf in ("ing", "ies", "ied", "es", "ed", "s", "ly"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


PLACEHOLDER = re.compile(
    r"<[^<>\n]{1,40}>|(?<![/\w])\{[^{}\n]{1,40}\}|\[(?![ xX]?\])[^\[\]\n]{1,40}\]|(?<![-\u2011])\bX{1,3}\b(?![-\u2011])"
    r"|\b(?:some|specific)\s+(?:kind\s+of\s+)?(?:user|persona|role|goal|benefit|outcome|reason)\b"
    r"|\b(?:testable|acceptance)\s+(?:check|criterion)\s*\d*\b|\bcriterion\s+\d\b|\bTBD\b"
    # "so that I reach my goal" is a placeholder; "the patient sees the reason" is not
    r"|(?<!\bsee\s)(?<!\bsees\s)(?<!\bas\s)(?<!\bshows\s)(?<!\bgets\s)(?<!\btold\s)(?<!\bwith\s)"
    r"\b(?:my|the|some|a)\s+(?:goal|benefit|outcome|need|reason|value)\b\W*$"
    r"|^\W*(?:\.{3}|…)\W*$|\s(?:\.{3}|…)(?:\s|$)",
    I,
)

# "failed payouts show the reason": "the reason" as the object of a verb is what is
# shown, not a template's gap ("so that I reach my goal")
OBJECT_OF_VERB = re.compile(
    r"\b(?:shows?|explains?|gives?|lists?|displays?|states?|names?|includes?|says?|tells?|"
    # "Then it has a reason": a field the thing carries; "a message built from the
    # reason": what the product works from
    r"has|have|carr(?:y|ies)|requires?|sees?|from|"
    # "a failed mandate returns a reason": what an API answers with
    r"returns?|sends?\s+back|(?:responds?|replies|reply)\s+with|"
    # "I'm told and given the reason": the passive form names what the person receives
    r"given|shown|told|sent)\s+"
    # "then I see the new sailing and the reason": the last of the verb's objects
    r"(?:[^.;:!?\n]{1,60}?(?:,\s*|\s+and\s+))?$",
    I,
)
# 'listed "not clear until <date>"': a field inside the text the product shows
IN_QUOTE = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{2,60}$")
# the persona speaking of themself: "I", "me", "my", "mine" (a gain told this way is
# the persona's own, left to the checks that read it)
SELF_WORDS = re.compile(r"\b(?:I|me|my|mine)\b", I)
# the line told in the first person, case kept ("I", never a lower-case "i"): a check in
# the user's own voice, which the readers of the organisation's work leave alone
FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|I'm|I've)\b")


@dataclass(frozen=True)
class Span:
    text: str
    line: int


def line_of(lines: list[str], pos: int) -> int:
    total = 0
    for i, ln in enumerate(lines, 1):
        total += len(ln) + 1
        if pos < total:
            return i
    return len(lines)


def plural_stem(word: str) -> str:
    """A noun's stem taken from its plural, so that singular and plural agree where their
    own stems part ("candidate" and "candidates")."""
    word = word.lower()
    return stem(word if word.endswith("s") else word + "s")


# where a persona's role ends and where they work or who they are begins
_ROLE_END = re.compile(r",|\s(?:at|in|for|from|with|who|whose|of|on)\s", I)


def role_head(persona: str) -> str:
    """A persona's role, lower-cased, before where they work ("a duty manager at a
    station" gives "a duty manager"): staff named in a check may be the persona's own."""
    return _ROLE_END.split(persona, maxsplit=1)[0].lower()
