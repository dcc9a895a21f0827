"""Vague terms no one can observe in a criterion or an outcome ("intuitive", "faster")."""

from __future__ import annotations

import re

from ._fastre import quick_finditer, quick_search
from ._text import VAGUE, I, content_words, word_list, wordset

__all__ = ["VAGUE_TERMS", "as_status", "vague_term"]

# Vague terms in a criterion (as AQUSA's check): nobody can observe "intuitive".
VAGUE_TERMS = re.compile(
    r"\b(?:intuitive(?:ly)?|user[\s-]?friendly|fast(?:er)?|quick(?:ly|er)?|modern|accurate(?:ly)?|"
    r"easy|easily|easier|simple|seamless(?:ly)?|smooth(?:ly)?|nic(?:e|er|ely)|efficient(?:ly)?|"
    r"properly|reliabl[ey]|robust(?:ly|ness)?|responsive|appropriate(?:ly)?|reasonabl[ey]|timely|"
    r"in\s+control|user\s+experience|better|improved|optimal|sufficient(?:ly)?|adequate(?:ly)?|"
    r"as\s+soon\s+as\s+possible|asap|promptly|works\s+(?:well|fine|correctly|as\s+expected)|"
    r"clear(?:er|ly)?|pain(?:ful|less)(?:ly)?|transparent(?:ly)?|fair(?:ly)?|confident(?:ly)?|feels?\s+\w+|"
    r"obvious(?:ly)?|prominent(?:ly)?|convenient(?:ly)?|helpful|meaningful|precise(?:ly)?|"
    r"(?:always\s+)?up[- ]to[- ]date|satisf(?:ied|ying|actory)|trust(?:s|ed|worthy)?|"
    r"correct(?:ly)?|accurate|smart(?:er)?|happ(?:y|ier)|powerful|beautiful(?:ly)?|pleasant|"
    r"awesome|delightful|engaging|enjoy(?:s|ed|able)?|optimi[sz]ed|sustainabl[ey]|usually|"
    r"sensibl[ey]|intelligent(?:ly)?|"
    # a feeling with no event to observe: "a stress-free day", "parents are less worried"
    r"(?:stress|hassle|worry)[\s-]free|(?:less|more|not)\s+(?:worried|anxious|stressed)|"
    # a manner of service that names no event: "person-centred", "trauma-informed"
    r"(?:person|people|customer|patient|user|citizen|resident)[\s-]+(?:centred|centered|centric|focused)|"
    r"trauma[\s-]+informed|empathetic(?:ally)?|compassionate(?:ly)?|"
    # "enough" with nothing to say how much: "enough quality info", "stable enough"; not
    # "enough units for my pick", "calm enough to spray"
    r"enough(?![^.;\n]{0,40}\b(?:for|to|that)\b)|"
    # hedges that leave the check to judgement: "(within reason)", "the way users would expect"
    r"within\s+reason|in\s+general|where\s+possible|if\s+possible|more\s+or\s+less|ideally|"
    r"(?:the\s+way|as)\s+(?:\w+\s+){0,2}(?:would\s+)?expect(?:s|ed)?)\b",
    I,
)

_VERBS_TOO = {"clear", "trust", "correct"}
_ACTOR = re.compile(r"\b(?:I|we|you|they|to|can|could|may|must|will)\s+$", I)
# a vague word that a quote spells out: 'a clear "no result" status'
_SPELLED_OUT = re.compile(r"\s+[\"\u201c'][^\"\u201d]{2,80}[\"\u201d']")
_FREQUENCY = {"usually"}
# "marked clear.", "shown as clear on the list", "shows as READY": the word is the label or
# status the product shows, a value anyone can read off; "shows clear totals" and "the
# screen is clear" still judge
_SHOWN_AS = re.compile(
    r"\b(?:marked|shown|shows?|listed|lists|labell?ed|labels?|flagged|tagged|displayed|"
    r"displays?|says?|reads?|appears?)\s+(?:as\s+)?[\"\u201c']?$",
    I,
)
_QUOTED_BEFORE = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{0,50}$")
_VALUE_END = re.compile(
    r"[\"\u201d']?(?:\s*(?:[.,;:!)]|$)|\s+(?:on|in|at|with|until|from|by|for|and|or|when|if|"
    r"once|after|before|next|beside)\b)",
    I,
)
_PARTICIPLE_NEXT = re.compile(
    r"\s+(?:\w{3,}ed|shown|seen|sent|paid|told|kept|found|known|made)\b", I
)
# "the parts it usually needs": a frequency adverb in a clause that says which things
# are meant (a noun, then its clause's subject), not how well the check is met
_RELATIVE = re.compile(
    r"\b(?:the|which|that|any|all|those|a|an)\s+[\w-]{3,}\s+(?:(?:that|which)\s+)?"
    r"(?:it|they|I|we|you|he|she|the\s+[\w-]{3,})\s+$"
    # "I see how long that approver usually takes": a typical figure that is shown
    r"|\bhow\s+(?:long|often|many|much|soon|late|early)\s+(?:[\w'-]+\s+){0,3}$",
    I,
)

# a purpose told after the check ("the alert gives the new time, so I can give clear
# fluids"): the reason why, whose words are not the check's condition
_PURPOSE = re.compile(
    r"\bso\s+(?:that\s+)?(?:I|we|you|they|he|she|the\s+[\w-]+)\s+(?:can|could|will|know|knows)\b", I
)

# a vague word hyphened onto a noun names a kind of thing ("smart-meter reads", "fast-track
# lane"), not how well it works; "easy-to-use" and "fast-loading" still judge
_COMPOUND_NOUN = re.compile(r"-(?!to\b|\w+(?:ing|ed|ly)\b)[a-z]{3,}\b", I)
# "the smart lock", "my smart meter": "smart" before a device names a kind of device
# (one that is networked), not how clever it is; "smart suggestions" still judges
_SMART_DEVICE = re.compile(
    r"\s+(?:locks?|meters?|plugs?|speakers?|thermostats?|watch(?:es)?|phones?|tvs?|bulbs?|"
    r"doorbells?|cards?|sensors?|tags?|keys?|boxes|box|cameras?)\b",
    I,
)


# being kept informed with no event that informs and no channel ("Applicants are kept
# informed throughout the process"): a manner of service; "I am kept updated by text at
# each stage" names both
_ONGOING = re.compile(
    r"\b(?:kept|keeps?|keeping)\s+(?:fully\s+|well\s+)?(?:informed|updated|up\s+to\s+speed|"
    r"in\s+the\s+loop)\b(?![^.;]*\b(?:by|via|through\s+(?:a|an|the)\s+\w+|when|whenever|after|"
    r"within|each|every|once|if|before|at)\b)",
    I,
)


def _status_word(text: str, word: str) -> bool:
    """Whether the check shows ``word`` as a label ("marked clear"): then each use of it
    in the check ("Animals clear to sell are marked clear") names that status."""
    for m in quick_finditer(VAGUE_TERMS, text):
        if (
            m.group(0).lower() == word
            and _SHOWN_AS.search(text, 0, m.start())
            and _VALUE_END.match(text, m.end())
        ) or (
            m.group(0).lower() == word
            and _QUOTED_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            return True
    return False


def as_status(text: str, others: list[str]) -> str | None:
    """``text`` with its vague word quoted when another check shows that word as a label
    ("Given she's clear, ..." beside "... then she's marked clear"): there the word names
    the status the product shows; None when no other check does."""
    m = vague_term(text)
    if not m or m.group(0).lower().endswith("ly"):
        return None
    word = m.group(0).lower()
    if not any(_status_word(o, word) for o in others if o != text):
        return None
    return f'{text[: m.start()]}"{m.group(0)}"{text[m.end() :]}'


# "I can replay and correct it", "I clear the filter": a word that is also a verb, taking
# an object, is what the user does (an adjective comes after its determiner, never
# before one); "make it clear the ..." and "is clear the ..." still judge
_VERB_OBJECT = {"correct", "clear"}
_OBJECT_NEXT = re.compile(r"\s+(?:it|them|this|the|a|an|my|your|his|her|their|our|each|any)\b", I)
_LINKED_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|it's|looks?|seems?|makes?|made)\s+(?:\w+\s+)?$", I
)
# "how precise it is (rooftop, street, postcode)": the values a list in brackets spells
# out right after the word are what a user reads, as a quote would be
_LISTED = re.compile(r"(?:\s+[\w']+){0,3}\s*\([^(),]{1,40},[^()]{1,80}\)")
# a check told as a case and its result: "Given ..., then ...", "If ..., ...", "x -> y"
_CASE_OPEN = re.compile(r"^\W*(?:given|if|when|whenever|after|once)\b", I)
_RESULT_MARK = re.compile(r"\bthen\b|->|=>|\u2192", I)
# words that judge how right a named thing is: beside that thing in the result of a
# stated case they mean "as that case implies", which a tester can check
_RIGHT_AS_IMPLIED = {"correct", "correctly", "accurate", "accurately", "precise", "precisely"}
# words that judge how plain a thing is: in a result they count as a manner of what is
# done ("the list says it clearly", "the reason in simple words"), not as the whole
# predicate ("then the page is clear" still judges)
_PLAIN_MANNER = {"clear", "clearly", "simple", "better"}
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|looks?|seems?|stays?|feels?)\s+(?:\w+\s+)?$", I
)
_NOT_A_THING = wordset("still always also again afterwards then there now both too")


def _result_start(text: str) -> int | None:
    """Where the result of a check told as a case begins (after its last "then" or
    arrow, else after the comma that closes its opening "Given"/"If"/"When"); None for a
    check with no case."""
    marks = [m.end() for m in _RESULT_MARK.finditer(text)]
    if marks:
        return marks[-1]
    if _CASE_OPEN.match(text):
        comma = text.find(",")
        return comma + 1 if comma > 0 else None
    return None


def _in_a_case(text: str, m: re.Match[str]) -> bool:
    """Whether a vague word is part of a stated case rather than the whole of what is
    checked: in the case itself ("Given I mark an exercise as painful, then I see
    advice": the situation the user sets up), or in its result beside a thing named
    there ("After a visit, my remaining items are correct": right as the visit implies).
    "Then it is correct" names no thing, and a hedge ("if possible") is no case."""
    start = _result_start(text)
    if start is None or " " in m.group(0):
        return False
    if m.end() <= start:
        return True
    word = m.group(0).lower()
    if word not in _RIGHT_AS_IMPLIED and (
        word not in _PLAIN_MANNER or _PREDICATE_BEFORE.search(text, start, m.start())
    ):
        return False
    rest = content_words(word_list(text[start:]))
    return any(w not in VAGUE and w not in _NOT_A_THING for w in rest)


def vague_term(text: str) -> re.Match[str] | None:
    """The first vague term of a check, leaving out a vague word used as a verb by
    someone ("I clear the filter"), one a quote spells out ('a clear "no match"
    message': the quote is what a user sees) and a frequency adverb on a participle
    ("the parts usually needed": which things are shown, not how well) and one
    hyphened onto a noun as part of its name ("smart-meter"), and one in a purpose told
    after the check ("..., so I can give clear fluids"): why, not what to observe; nor
    one that owns a thing ("the trust's name"), is spelled out by a list in brackets,
    takes an object as a verb ("replay and correct it") or is part of a stated case."""
    for m in quick_finditer(VAGUE_TERMS, text):
        word = m.group(0).lower()
        after = text[m.end() :]
        if word in _VERBS_TOO and _ACTOR.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if _SPELLED_OUT.match(after) or _PURPOSE.search(text, 0, m.start()):
            continue
        if after[:2] in ("'s", "\u2019s") or _LISTED.match(after):
            continue  # "the trust's name": a noun that owns something; values listed after it
        if (
            word in _VERB_OBJECT
            and _OBJECT_NEXT.match(after)
            and not _LINKED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue
        if _in_a_case(text, m):
            continue
        # 'listed "not clear until <date>"': inside a quote, the words the product shows
        if _QUOTED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if not word.endswith("ly") and _status_word(text, word):
            continue
        if after[:1] == "-" and _COMPOUND_NOUN.match(after):
            continue
        if word == "smart" and _SMART_DEVICE.match(after):
            continue
        if word in _FREQUENCY and (
            _PARTICIPLE_NEXT.match(after) or _RELATIVE.search(text[: m.start()])
        ):
            continue
        return m
    return quick_search(_ONGOING, text)


# a line of only pronouns, auxiliaries and negations: "Given it does not, then it is not",
# "If not, it isn't"; told after a check with a condition, it is that check's negative case
_TWIN_WORDS = frozenset(
    re.findall(
        r"\S+",
        "given when then and but if otherwise else it they this that one so does do did is are "
        "was were has have will can not no doesn't don't isn't aren't won't can't",
    )
)
_NEGATION = re.compile(r"\b(?:not|no)\b|n't\b", I)
_CONDITIONED = re.compile(r"^\W*(?:given|when|if|once)\b|\bthen\b|->|=>|\u2192", I)


def negated_twin(text: str, before: str | None) -> bool:
    """Whether ``text`` negates the check ``before`` it, condition and result: the
    negative case of that check, not a bare pronoun."""
    words = re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
    if not before or not words or not set(words) <= _TWIN_WORDS:
        return False
    negated = len(_NEGATION.findall(text)) >= 2 or bool({"otherwise", "else"} & set(words))
    return negated and bool(_CONDITIONED.search(before)) and bool(_NEGATION.search(text))
