"""The user-story analyser: free-text stories judged the way a careful reviewer would.

A learner writes a user story as text; :func:`analyse` reads it in the forms people
actually use and judges up to five criteria, in the spirit of the Quality User Story
framework (Lucassen et al., 2016):

``persona``
    a specific kind of user. Builders (developer, engineer, PM, QA...), the system and
    a bare "user", "customer" or "someone" are not personas, unless the scenario says
    its users *are* developers (an API product), where "As an integrating developer"
    is exactly right.
``outcome``
    something the persona can achieve ("so that", "so I can", "in order to",
    "because"). "Better for everyone", "works properly" or the want said again is no
    outcome.
``criteria``
    at least two acceptance criteria, each an observable condition with a verb.
    Keywords in a row, placeholders and vague wishes ("it works") are not criteria;
    duplicates count once.
``problem``
    no implementation: storage and infrastructure, code structure, HTTP, frameworks,
    styling, and their abbreviations, recognised by kind and as whole words only.
``topic``
    the story keeps the scenario's *need*: one sentence (or, for a criteria-only
    task, one criterion) carries every term group of :attr:`Scenario.topic`, with a
    verb, and not as a string of keywords.

Every :class:`Finding` quotes the words it is based on, with the line number.

Formats read: Connextra ("As a/an/the ...", "As finance clerks, we ...", "I'm an
accounts clerk and I want ...", Markdown emphasis), a ``Persona:`` line (also in
brackets), job stories ("When ..., I want ..., so I can ..."); criteria under
"Acceptance criteria", "AC", "Done when", "Definition of done", "Checks", "Tests" or
"Scenarios" (a Markdown heading, bold, with or without a colon), bulleted with
``-`` ``*`` ``+`` ``•``, en and em dashes, ``1.`` ``1)`` ``a)``, ``[ ]``/``[x]`` or one per line or sentence, and
Gherkin with one scenario per criterion. Given/When/Then inside ordinary sentences
of the story are not criteria.

Decisions worth knowing:

* A job story names a situation instead of a role. Its persona passes when a role
  is named anywhere, or when the situation is concrete (at least four words that do
  not merely say "use the app"): the situation tells the team who is in it.
* "table", "column" and "row" count as implementation only in storage wording ("the
  invoices table", "a column is_overdue", "rows in the database", "add a column");
  "a list of overdue invoices" or "a table of overdue invoices I can sort" is what the
  user sees and passes.
* A colour counts as styling when it styles something ("in red", "red text", "a red
  badge", "bold red"); "in the red" (money) and "red flag" do not.
* "queries" counts only as a database query ("SQL query", "query the database").

This module uses only the standard library and is imported lazily by task modules,
never by ``import pmcourse``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ._base import Json, NotAttempted, Task, Verdict, free_text_problems, prompt_copy_verdict

__all__ = [
    "EMPTY_SHELVES",
    "OVERDUE_INVOICES",
    "WEBHOOK_RETRIES",
    "Analysis",
    "Finding",
    "Scenario",
    "Story",
    "analyse",
]

CRITERIA = ("persona", "outcome", "criteria", "problem", "topic")
DISPLAY = {
    "persona": "Persona",
    "outcome": "Outcome",
    "criteria": "Acceptance criteria",
    "problem": "Problem-oriented",
    "topic": "On topic",
}


# ====================================================================== public types
@dataclass(frozen=True)
class Scenario:
    """What one task asks for.

    ``need`` is one line shown in feedback. ``topic`` recognises the need: a tuple of
    term groups, each a tuple of regular-expression alternatives matched as whole
    words, case-insensitively; the need is kept when one sentence of the story (for a
    criteria-only task: one criterion) matches every group. ``users`` names the
    intended persona in feedback. ``users_are_developers`` marks an API product: a
    developer persona is right and the API words a developer sees (endpoint, JSON,
    webhook, HTTP status, payload, server) are user-facing. ``judge`` lists the
    criteria this task scores, in order.
    """

    need: str
    topic: tuple[tuple[str, ...], ...]
    users: str = ""
    users_are_developers: bool = False
    judge: tuple[str, ...] = CRITERIA

    def __post_init__(self) -> None:
        unknown = [c for c in self.judge if c not in CRITERIA]
        if unknown or not self.judge:
            raise ValueError(f"unknown criteria to judge: {unknown}")


@dataclass(frozen=True)
class Finding:
    """The verdict on one criterion; ``message`` already quotes its evidence."""

    criterion: str
    passed: bool
    message: str

    @property
    def line(self) -> str:
        """The feedback line: ``✔ Persona: ...`` or ``✘ Persona: ...``."""
        mark = "✔" if self.passed else "✘"
        return f"{mark} {DISPLAY[self.criterion]}: {self.message}"


@dataclass(frozen=True)
class Analysis:
    """The parsed story and the findings on each judged criterion.

    ``format`` is one of "connextra", "job story", "persona line", "criteria only"
    or "free text".
    """

    findings: tuple[Finding, ...]
    persona: str | None
    want: str | None
    outcome: str | None
    criteria: tuple[str, ...]
    format: str

    @property
    def fraction(self) -> float:
        return sum(f.passed for f in self.findings) / len(self.findings)

    def passed(self, criterion: str) -> bool:
        for f in self.findings:
            if f.criterion == criterion:
                return f.passed
        raise KeyError(criterion)

    @property
    def feedback(self) -> str:
        return "\n".join(f.line for f in self.findings)


# ====================================================================== text helpers
_I = re.IGNORECASE
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d+")
_EMPH = re.compile(r"\*\*|__|(?<![\w*])[*_](?=\w)|(?<=\w)[*_](?![\w*])|`")
_QUOTE_PREFIX = re.compile(r"^\s*>+\s?")


def _clean(line: str) -> str:
    line = _QUOTE_PREFIX.sub("", line)
    return _EMPH.sub("", line).replace("\u2019", "'")


def _words(text: str) -> list[str]:
    return [w.lower().strip("'-") for w in _WORD.findall(text)]


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        text = cut + "…"
    return f'"{text}"'


def _at(line: int) -> str:
    return f" (line {line})"


def _forms(bases: str) -> set[str]:
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


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_VERBS = _forms(
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
    "publish subscribe fire trigger exceed slow compile copy run"
) | {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "can", "cannot", "can't", "could", "will", "won't", "would", "should", "shouldn't",
    "must", "mustn't", "may", "might", "does", "do", "did", "doesn't", "don't", "didn't",
    "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "shown", "seen", "sent",
    "paid", "got", "gotten", "gone", "made", "done", "known", "told", "kept", "found",
    "left", "lost", "taken", "held", "stood", "caught", "brought", "written",
    "i'm", "it's", "there's", "we're", "they're", "you're", "i'll", "we'll", "became", "becomes", "become", "goes", "went", "sees", "saw",
}  # fmt: skip

_STOP = _wordset(
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
_VAGUE = _wordset(
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


_DETERMINERS = frozenset(
    ("the a an its their my our your his her every each all no any them me us it one").split()  # noqa: SIM905 - a word list reads best as text
)


def _has_verb(words: list[str]) -> bool:
    """A known verb form, or a word that takes an object ("events carry the ID")."""
    if any(w in _VERBS for w in words):
        return True
    return any(
        nxt in _DETERMINERS and w not in _STOP and not w.endswith("ly") and i > 0
        for i, (w, nxt) in enumerate(pairwise(words))
    )


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _STOP and not w.isdigit() and len(w) > 1]


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


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    for suf in ("ing", "ies", "ied", "es", "ed", "s", "ly"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


_PLACEHOLDER = re.compile(
    r"<[^<>\n]{1,40}>|(?<![/\w])\{[^{}\n]{1,40}\}|\[(?![ xX]?\])[^\[\]\n]{1,40}\]|\bX{1,3}\b"
    r"|\b(?:some|specific)\s+(?:kind\s+of\s+)?(?:user|persona|role|goal|benefit|outcome|reason)\b"
    r"|\b(?:testable|acceptance)\s+(?:check|criterion)\s*\d*\b|\bcriterion\s+\d\b|\bTBD\b"
    r"|\b(?:my|the|some|a)\s+(?:goal|benefit|outcome|need|reason|value)\b\W*$"
    r"|^\W*(?:\.{3}|…)\W*$",
    _I,
)


# ====================================================================== persona
_NP = r"([^,.;:!?\n]{1,80}?)"
_PERSONA_PATTERNS = (
    # "As a finance clerk", "As an AR clerk,", "as the person who..."
    re.compile(
        r"(?:^|[.!?;:(\[]\s*|\b(?:story|user\s+story)\s*[:\-\u2013]\s*)[\"']?\s*"
        r"\bas\s+(?:an?|the|one\s+of\s+the|one\s+of\s+our|our|a\s+member\s+of\s+the)\s+"
        + _NP
        + r"\s*(?=,|\bI\b|\bwe\b|\bi'd\b|\bi'm\b|\bwho\b|\bwhose\b|\bthat\b|\bwant|\bneed|"
        r"\bwould\b|\bso\b|\bshould\b|\bmust\b|\bcan\b|\bat\b|\bin\b|\bfor\b|\bwith\b|"
        r"\bworking\b|$)",
        _I | re.MULTILINE,
    ),
    # "As Maria, an accounts receivable clerk, I want"
    re.compile(
        r"\b[Aa]s\s+[A-Z][a-z]+\s*,\s*(?:an?|the|our)\s+([^,.;:!?\n]{1,60}?)\s*(?=,|\bI\b|$)",
        re.MULTILINE,
    ),
    # "As finance clerks, we want", "As accounts staff we need"
    re.compile(
        r"(?:^|[.!?;:(\[]\s*)[\"']?\s*\bas\s+(?!an?\b|the\b)([a-z][^,.;:!?\n]{1,60}?)\s*,?\s*"
        r"(?=\bwe\b|\bI\b)",
        _I | re.MULTILINE,
    ),
    # "I'm an accounts clerk", "I am the credit controller"
    re.compile(
        r"(?:^|[.!?;:(\[]\s*|\b(?:hi|hello|so|that|since|because)\s*,?\s*)\bI(?:'m|\s+am|\s+work\s+as)\s+"
        r"(?:an?|the|one\s+of\s+the)\s+" + _NP + r"\s*(?=,|\band\b|\bwho\b|\bthat\b|\bat\b|"
        r"\bin\b|\bfor\b|\.|;|$)",
        _I | re.MULTILINE,
    ),
    # "Persona: finance clerk", "[Persona: Maria, AR clerk]", "Role - clerk", "User: ..."
    re.compile(
        r"^\W*(?:persona|role|who|user\s+type|actor|user)\s*[:\-\u2013\u2014]\s*(?:an?\s+|the\s+)?"
        r"([^\n\])]{1,80})",
        _I | re.MULTILINE,
    ),
    # job story with a role in the situation: "When I, a finance clerk, open..."
    re.compile(r"\bI\s*,\s*(?:as\s+)?(?:an?|the)\s+([^,\n]{1,60}),", _I),
)

_BUILDER = re.compile(
    r"\b(?:developers?|devs?|engineers?|programmers?|coders?|architects?|tech\s+leads?|"
    r"product\s+(?:managers?|owners?)|pms?|pos?|scrum\s+masters?|qa|testers?|designers?|"
    r"dbas?|devops|sres?|(?:dev|engineering|development|product|platform|it)\s+team|"
    r"stakeholders?|business\s+analysts?|analysts?\s+on\s+the\s+team|data\s+engineers?|"
    r"integrators?)\b",
    _I,
)
# builder roles that can also be the users of an API product
_DEV_ROLE = re.compile(
    r"^(?:developers?|devs?|engineers?|programmers?|coders?|integrators?|architects?)$", _I
)
_MACHINE = re.compile(
    r"^(?:(?:the|our|an?)\s+)?(?:system|app|application|software|platform|back-?end|"
    r"front-?end|server|database|db|api|service|tool|product|computer|bot|program|"
    r"dashboard|website|site|cron|job|scheduler|module|code|feature|company|business)s?\b",
    _I,
)
_GENERIC_HEAD = _wordset(
    "user users customer customers someone somebody person persons people individual human "
    "anyone everyone employee employees staff member members visitor visitors client "
    "clients admin admins administrator guy one body worker workers"
)
_GENERIC_MOD = _wordset(
    "end normal regular typical general average standard logged logged-in in registered new "
    "existing any every all our the app system platform software web site website online "
    "busy happy real internal external business power important key main primary simple "
    "basic ordinary good valued frequent certain of this that product tool a an who wants"
)
_DEV_BUILDER = re.compile(
    r"\b(?:our\s+(?:platform|api|webhooks?|back-?end|team|service)|internal|in-house|platform|"
    r"back-?end|on\s+the\s+\w+\s+team|on\s+our|webhooks?\s+team|of\s+this\s+(?:api|service|product))\b",
    _I,
)


@dataclass(frozen=True)
class _Span:
    text: str
    line: int


def _line_of(lines: list[str], pos: int) -> int:
    total = 0
    for i, ln in enumerate(lines, 1):
        total += len(ln) + 1
        if pos < total:
            return i
    return len(lines)


def _find_persona(story: str, lines: list[str]) -> tuple[_Span, str] | None:
    """The persona phrase and the words that introduced it ("As a ...")."""
    best: tuple[int, _Span, str] | None = None
    for pat in _PERSONA_PATTERNS:
        for m in pat.finditer(story):
            phrase = m.group(1).strip(" \"'*_()[]-\u2013\u2014")
            phrase = re.split(r"\s+(?:and|who|that|at|in|for|with|working)\s+", phrase)[0]
            if not phrase:
                continue
            if best is None or m.start(1) < best[0]:
                intro = story[m.start() : m.end(1)].strip(" \n.;:([")
                best = (m.start(1), _Span(phrase, _line_of(lines, m.start(1))), intro)
            break
    return None if best is None else (best[1], best[2])


def _persona_problem(phrase: str, scenario: Scenario, intro: str = "") -> str | None:
    """Why a persona phrase is not a specific kind of user, or None when it is."""
    if (
        _PLACEHOLDER.search(phrase)
        or _PLACEHOLDER.search(intro)
        or re.fullmatch(r"(?:persona|role|kind\s+of\s+user)", phrase, _I)
    ):
        return "is a placeholder, not a kind of user"
    if _stuffed(phrase, _compile_topic(scenario)):
        return "strings the need's keywords together, not a kind of user"
    # A role comes before a machine word that only qualifies it ("a backend developer",
    # "an app developer"): the product itself is named only as the phrase's head.
    builder = _BUILDER.search(phrase)
    if builder:
        if not scenario.users_are_developers or not _DEV_ROLE.search(builder.group(0)):
            return "is someone who builds the product, not someone who uses it"
        if _DEV_BUILDER.search(phrase):
            return "is one of the builders of the API, not a developer who integrates with it"
        return None
    head = re.split(r"\s+of\s+", phrase, maxsplit=1)[0]  # "a power user of the dashboard"
    if _MACHINE.fullmatch(phrase) or _MACHINE.match(head.rsplit(maxsplit=1)[-1]):
        return "is the product itself, not a person who uses it"
    words = [w for w in _words(phrase) if w not in {"a", "an", "the"}]
    if not words:
        return "names nobody"
    if any(w in _GENERIC_HEAD for w in words):
        specific = [
            w
            for w in words
            if w not in _GENERIC_HEAD and w not in _GENERIC_MOD and not _MACHINE.fullmatch(w)
        ]
        if not specific:
            return "is too general: say which kind of user"
    return None


# ====================================================================== outcome / want
_OUTCOME = re.compile(
    r"\b(?:so\s+that|so\s+(?=(?:I|we|they|he|she|our|the|my)\b)|in\s+order\s+to|in\s+order\s+that|"
    r"so\s+as\s+to|because|since\s+(?=I|we)|which\s+(?:will\s+)?(?:lets?|helps?|allows?)|"
    r"to\s+be\s+able\s+to)\b",
    _I,
)
_WANT = re.compile(
    r"\b(?:I|we)\s+(?:really\s+|also\s+)?(?:want|wants|need|needs|would\s+like|'d\s+like|"
    r"d\s+like|wish|expect|must\s+be\s+able|should\s+be\s+able|would\s+love)\b(?:\s+to\b)?"
    r"|\bI'd\s+like\b(?:\s+to\b)?|\bhelp\s+me\b|\blet\s+me\b|\bwant\s+to\b",
    _I,
)
_JOB = re.compile(
    r"(?:^|[.!?]\s+|\n)\W*when\s+((?:I|we|my|our)\b[^\n]*?),?\s*\b(?:I|we)\s+(?:want|need|'d\s+like)",
    _I,
)
_VAGUE_SITUATION = re.compile(
    r"^\s*(?:I|we)\s+(?:use|open|am\s+using|log\s+in(?:to)?|go\s+to)\s+(?:the\s+|this\s+|an?\s+)?"
    r"(?:app|system|tool|product|software|site|website|page|platform|feature)\W*$",
    _I,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0 : right]


def _end_of_clause(text: str, start: int) -> int:
    m = re.compile(r"[.!?](?:\s|$)|\n\s*\n|\n\W*(?:acceptance|ac\b|done|given|scenario)", _I)
    found = m.search(text, start)
    return found.start() if found else len(text)


# ====================================================================== criteria
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?[\[(]?\s*(?P<h>acceptance\s+criteria|acceptance\s+tests?|"
    r"a\.?c\.?s?(?=\s*[:\-\u2013\u2014]|\s*$)|a/c|done\s+when|definition\s+of\s+done|dod(?=\s*[:\-\u2013\u2014]|\s*$)|"
    r"conditions?\s+of\s+satisfaction|(?:it\s+is|it's|we're|we\s+are|this\s+is)\s+done\s+when|"
    r"how\s+we(?:'ll|\s+will)?\s+know(?:\s+it\s+works)?|we\s+know\s+it\s+works\s+when|"
    r"criteria|checks?(?=\s*[:\-\u2013\u2014]|\s*$)|tests?(?=\s*[:\-\u2013\u2014]|\s*$)|scenarios?(?=\s*[:\-\u2013\u2014]|\s*$)|"
    r"success\s+criteria|examples?(?=\s*[:\-\u2013\u2014]|\s*$))\s*[\])]?\s*[:\-\u2013\u2014]?\s*(?P<rest>.*)$",
    _I,
)
_AFTER_HEADING = re.compile(r"[:\-\u2013\u2014]|\s*$")
_STOP_BLOCK = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:notes?|out\s+of\s+scope|open\s+questions?|questions?|assumptions?|"
    r"dependencies|non-goals?|context|background|why)\s*[:\-\u2013\u2014]?\s*$",
    _I,
)
_BULLET = re.compile(
    r"^\s*(?:(?:[-*+•\u2013\u2014‣◦▪>]|\d{1,2}[.)]|[a-zA-Z][.)](?=\s)|\([a-zA-Z0-9]{1,2}\))\s*)?"
    r"(?:\[[ xX✓]?\]\s*)?",
)
_HAS_BULLET = re.compile(
    r"^\s*(?:[-*+•\u2013\u2014‣◦▪]\s*|\d{1,2}[.)]\s*|[a-zA-Z][.)]\s+|\([a-zA-Z0-9]{1,2}\)\s*|\[[ xX✓]?\]\s*)\S"
)
_GHERKIN_START = re.compile(r"^(?:scenario(?:\s+outline)?|example)\b\s*\d*\s*[:\-\u2013]?", _I)
_GIVEN = re.compile(r"^given\b", _I)
_WHEN = re.compile(r"^when\b", _I)
_THEN_AND = re.compile(r"^(?:then|and|but)\b", _I)
_GWT_IN_PROSE = re.compile(r"\bgiven\b.*?\bwhen\b.*?\bthen\b", _I | re.DOTALL)
_GHERKIN_WORDS = {"given", "when", "then", "and", "but", "scenario"}
_STORY_LINE = re.compile(r"^\W*(?:as\s+(?:an?|the)\b|I\s+want\b|so\s+that\b|persona\s*:)", _I)
_INLINE_ENUM = re.compile(r"\s*;\s*(?:and\s+)?\(?[a-z0-9]{1,2}[.)]\s+", _I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\s*;\s+")


@dataclass(frozen=True)
class _Item:
    text: str
    line: int
    gherkin: bool


def _split_sentences(text: str, line: int) -> list[_Item]:
    return [_Item(s.strip(), line, False) for s in _SENTENCE_SPLIT.split(text) if s.strip()]


def _parse_block(lines: list[tuple[int, str]]) -> list[_Item]:
    """Criteria items from the lines of a criteria block."""
    items: list[_Item] = []
    cur: list[str] = []
    cur_line = 0
    cur_kind = ""  # "bullet", "gherkin" or "plain"
    has_then = False

    def flush() -> None:
        nonlocal cur, cur_kind, has_then
        if cur:
            text = " ".join(cur)
            if cur_kind == "plain":
                items.extend(_split_sentences(text, cur_line))
            elif cur_kind == "bullet":
                items.extend(
                    _Item(part.strip(), cur_line, False)
                    for part in _INLINE_ENUM.split(text)
                    if part.strip()
                )
            else:
                items.append(_Item(text, cur_line, True))
        cur, cur_kind, has_then = [], "", False

    for no, raw in lines:
        if not raw.strip():
            if cur_kind == "plain":
                flush()
            continue
        bulleted = bool(_HAS_BULLET.match(raw))
        body = _BULLET.sub("", raw, count=1).strip() if bulleted else raw.strip()
        body = re.sub(r"^#{1,6}\s*", "", body)
        if not body:
            continue
        if _GHERKIN_START.match(body):
            flush()
            cur, cur_line, cur_kind = [body], no, "gherkin"
            continue
        if _GIVEN.match(body):
            if not (
                cur_kind == "gherkin"
                and not has_then
                and len(cur) == 1
                and _GHERKIN_START.match(cur[0])
            ):
                flush()
                cur, cur_line = [], no
            cur.append(body)
            cur_kind = "gherkin"
            has_then = bool(re.search(r"\bthen\b", body, _I))
            continue
        if _WHEN.match(body) and (cur_kind != "gherkin" or has_then or bulleted):
            flush()
            cur, cur_line, cur_kind = [body], no, "gherkin"
            has_then = bool(re.search(r"\bthen\b", body, _I))
            continue
        if _THEN_AND.match(body) and cur_kind == "gherkin" and not bulleted:
            cur.append(body)
            has_then = has_then or body.lower().startswith("then")
            continue
        if _WHEN.match(body) and cur_kind == "gherkin" and not bulleted:
            cur.append(body)
            continue
        if bulleted:
            flush()
            cur, cur_line, cur_kind = [body], no, "bullet"
            continue
        indented = raw[:1].isspace()
        if cur_kind in ("bullet", "gherkin") and (indented or body[:1].islower()):
            cur.append(body)
            continue
        flush()
        cur, cur_line, cur_kind = [body], no, "plain"
        flush()
    flush()
    return items


_VAGUE_PREDICATE = re.compile(
    r"\b(?:is|are|be|feels?|looks?|seems?|stays?|works?)\s+(?:\w+\s+)?(?:happy|satisfied|pleased|"
    r"fine|good|great|better|ok|okay|fast|quick|easy|intuitive|user-friendly|reliable|smooth|"
    r"nice|nicely|clean|modern|robust|stable|properly|correctly|well|perfect|perfectly|simple|"
    r"smoothly|as\s+expected|as\s+intended)\W*$",
    _I,
)


def _criterion_problem(item: _Item, pats: tuple[re.Pattern[str], ...] = ()) -> str | None:
    """Why an item is not an observable criterion, or None when it is."""
    words = _words(item.text)
    if _PLACEHOLDER.search(item.text):
        return "is a placeholder"
    plain = [w for w in words if w not in _GHERKIN_WORDS]
    if len(plain) < 3:
        return "is too short to check"
    if not _has_verb(plain):
        return "has no verb: it is not a condition anyone can observe"
    content = [w for w in _content(plain) if w not in _VAGUE]
    if not content or _VAGUE_PREDICATE.search(item.text):
        return "is too vague to observe"
    if pats and _stuffed(item.text, pats):
        return "strings keywords together"
    if item.gherkin and not re.search(r"\bthen\b", item.text, _I) and len(plain) < 6:
        return "has no outcome to observe"
    return None


# ====================================================================== implementation
def _alts(*words: str) -> str:
    return "|".join(words)


_DEV_ALLOWED = {"api", "http", "payload"}

_IMPL: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "storage",
        re.compile(
            r"\b(?:"
            + _alts(
                r"postgres(?:ql)?",
                r"mysql",
                r"maria\s?db",
                r"sqlite",
                r"mongo(?:db)?",
                r"redis",
                r"memcached?",
                r"dynamo\s?db",
                r"cassandra",
                r"elastic\s?search",
                r"snowflake",
                r"big\s?query",
                r"firestore",
                r"firebase",
                r"supabase",
                r"couch\s?db",
                r"neo4j",
                r"oracle\s+db",
                r"s3(?:\s+bucket)?",
                r"databases?",
                r"dbs?",
                r"sql",
                r"nosql",
                r"schemas?",
                r"indexe?s(?=\s+on\b)",
                r"(?:foreign|primary)\s+keys?",
                r"migrations?",
                r"orm",
                r"caches?",
                r"cached",
                r"caching",
                r"tbls?",
                r"cols?",
                r"varchar",
                r"(?:sql|database|db)\s+quer(?:y|ies)",
                r"quer(?:y|ies)\s+(?:the\s+|our\s+)?(?:database|db|tables?|tbl)",
                r"select\s+\*",
                r"select\s+\w+\s+from",
                r"stored\s+procedures?",
                r"triggers?(?=\s+(?:in|on)\s+the\s+(?:db|database|table))",
                r"(?:\w+s|invoice|customer|payment|order|user|event|stock|inventory|lookup|join|status|"
                r"audit|history|\w+_\w+)\s+tables?",
                r"(?:new|extra|boolean|bool|date|status|flag|a|the|one|another)\s+columns?",
                r"columns?\s+(?:called|named|in|on|to|for)",
                r"rows?\s+(?:in|of|to)\s+(?:the\s+)?(?:\w+\s+)?(?:tables?|database|db)",
                r"(?:in|to|into|from)\s+the\s+\w+\s+tables?",
                r"data\s?warehouse",
            )
            + r")\b",
            _I,
        ),
    ),
    (
        "infrastructure",
        re.compile(
            r"\b(?:"
            + _alts(
                r"(?:kafka|queue|event|message)\s+consumers?",
                r"kafka(?:\s+topics?)?",
                r"rabbit\s?mq",
                r"sqs",
                r"sns",
                r"kinesis",
                r"pub/?sub",
                r"message\s+(?:queues?|brokers?|bus)",
                r"event\s+(?:bus|stream|streams)",
                r"(?:job|task|work|retry|dead[- ]letter)\s+queues?",
                r"queue\s+(?:consumers?|workers?)",
                r"(?:kafka|queue|event|message)\s+consumers?",
                r"consumers?\s+(?:service|process|group)",
                r"celery",
                r"sidekiq",
                r"resque",
                r"airflow",
                r"cron(?:\s?jobs?|tabs?)?",
                r"(?:scheduled|batch|background|nightly|hourly|daily)\s+(?:jobs?|scripts?|process(?:es)?)",
                r"(?:scheduled|batch|background)\s+tasks?",
                r"(?:background|queue|celery|async)\s+workers?",
                r"workers?\s+(?:process|thread|service|pool)s?",
                r"daemons?",
                r"lambdas?",
                r"serverless",
                r"micro-?services?",
                r"docker",
                r"containers?(?=\s+(?:running|that|which))",
                r"kubernetes",
                r"k8s",
                r"aws",
                r"azure",
                r"gcp",
                r"back-?end",
                r"front-?end",
                r"server-?side",
                r"client-?side",
                r"(?:web|app|application|api)\s+servers?",
                r"load\s+balancers?",
                r"cfg",
                r"config\s+files?",
                r"env(?:ironment)?\s+var(?:iable)?s?",
                r"feature\s+flags?",
                r"polling",
                r"poll(?:s)?\s+(?:the|every)",
                r"websockets?",
                r"exponential\s+backoff",
                r"sorted\s+sets?",
            )
            + r")\b",
            _I,
        ),
    ),
    (
        "code",
        re.compile(
            r"\b(?:"
            + _alts(
                r"class(?:es)?(?=\s+(?:called|named|for|that|with|to|in)|\s+[A-Z])",
                r"(?:new|a|an|the|invoice|model|domain|entity|base)\s+class(?:es)?",
                r"[A-Z]\w+\s+class",
                r"object\s+models?",
                r"data\s+models?",
                r"domain\s+models?",
                r"(?:json|java|python|js|domain|data|value)\s+objects?",
                r"objs?",
                r"dtos?",
                r"entit(?:y|ies)(?=\s+(?:class|model|called|with))",
                r"enums?",
                r"structs?",
                r"booleans?",
                r"bools?",
                r"(?:boolean|bool|integer|int|string|text|date|datetime|new)\s+(?:fields?|flags?|attributes?|properties|property)",
                r"(?:fields?|attributes?|property|flags?)\s+(?:called|named)",
                r"true/false",
                r"null(?:able)?",
                r"uuids?",
                r"timestamps?",
                r"methods?(?=\s+(?:called|named|that\s+returns))",
                r"functions?\s+(?:called|named)",
                r"(?:unit|integration)\s+tests?",
                r"regex(?:es)?",
                r"refactor(?:ing|ed)?",
                r"repository\s+pattern",
                r"singleton",
                r"getters?",
                r"setters?",
                r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+",
                r"[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+",
                r"(?!Mc|Mac|Pay[A-Z]|Quick[A-Z]|Linked[A-Z]|You[A-Z]|Whats[A-Z]|Git[A-Z]|"
                r"Power[A-Z]|Share[A-Z]|One[A-Z]|Fed[A-Z]|Docu[A-Z]|Hub[A-Z]|Word[A-Z])"
                r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+",
                r"[\w-]+\.(?:py|js|ts|tsx|jsx|css|scss|sql|java|rb|go|php|cs|html|json|ya?ml|xml|cfg|ini)",
            )
            + r")\b",
            0,
        ),
    ),
    (
        "HTTP",
        re.compile(
            r"(?:\b(?:GET|POST|PUT|PATCH|DELETE|get|post|put|patch|delete)\s+(?=/)"
            r"|(?<![\w/.])/(?:[a-z_{][\w{}:-]*)(?:/[\w{}:.-]*)*"
            r"|\bhttps?://\S+"
            r"|\b(?:HTTP|http)\s*(?:status\s*)?[1-5]\d\d\b"
            r"|\b(?:status(?:\s+code)?|code|returns?|returning|respond(?:s|ing)?\s+with|error|gets?)\s+(?:an?\s+)?[1-5]\d\d\b"
            r"|\b[1-5]\d\d\s+(?:OK|Not\s+Found|Created|status|response|error)\b"
            r"|\b(?:rest(?:ful)?\s+api|graphql|grpc|rpc|soap)\b"
            r"|\b(?:api|apis)\b"
            r"|\bend-?points?\b"
            r"|\bjson\b|\bxml\b|\byaml\b"
            r"|\bpayloads?\b"
            r"|\bhttp(?:s)?\b"
            r"|\brequest\s+bod(?:y|ies)\b|\bresponse\s+bod(?:y|ies)\b|\bheaders?\b(?=\s+(?:called|named|x-))"
            r"|\bwebhooks?\b"
            r")",
            _I,
        ),
    ),
    (
        "framework",
        re.compile(
            r"\b(?:"
            + _alts(
                r"react(?:\.js|js)?\s+(?:components?|app|hooks?|front-?end|page|view|table)",
                r"react(?:\.js|js)",
                r"angular(?:js)?",
                r"vue(?:\.?js)?",
                r"svelte",
                r"django",
                r"flask",
                r"fast\s?api",
                r"ruby\s+on\s+rails",
                r"rails\s+(?:app|controller|model)",
                r"spring(?:\s+boot|\s+framework)",
                r"laravel",
                r"express(?:\.js|js)",
                r"node(?:\.js|js)",
                r"next(?:\.js|js)",
                r"jquery",
                r"tailwind",
                r"material\s+ui",
                r"mui",
                r"redux",
                r"hibernate",
                r"sql\s?alchemy",
                r"pandas",
                r"numpy",
                r"typescript",
                r"javascript",
                r"python",
                r"java",
                r"php",
                r"golang",
                r"kotlin",
                r"flutter",
                r"webpack",
                r"excel\s+macros?",
                r"vba",
                r"power\s?bi",
                r"tableau",
                r"(?:ui|react|vue|angular|front-?end)\s+components?",
                r"components?(?=\s+(?:called|named))",
                r"widgets?",
                r"libraries",
                r"library(?=\s+(?:called|like|such))",
                r"sdk",
                r"npm",
                r"plugins?(?=\s+(?:called|named|like))",
            )
            + r")(?![\w])"
            # names that are also ordinary words count only when capitalised
            + r"|(?-i:(?<![.!?]\s)(?<!^)\b(?:React|Bootstrap|Swift(?:UI)?|Express|Spring|Rails)\b)"
            + r"|(?-i:\bC#|\.NET\b|\bGo(?=\s+(?:service|code|program)))",
            _I,
        ),
    ),
    (
        "styling",
        re.compile(
            r"(?:\b\d+(?:\.\d+)?\s*(?:px|pt|em|rem|vh|vw|dp)\b"
            r"|#(?=[0-9a-f]{0,5}[a-f])[0-9a-f]{6}\b|#(?=[0-9a-f]{0,2}[a-f])[0-9a-f]{3}\b"
            r"|#[0-9]{6}\b"
            r"|\b(?:pixels?|fonts?|font-size|font\s+size|font-weight|typeface|bold(?:ed)?|"
            r"italics?|underlined?|css|scss|sass|hex(?:\s+colou?r)?|rgba?|padding|margins?(?=\s+(?:of|\d))|"
            r"(?:css\s+)?grid(?:\s+layout)?(?=\s|[.,;)]|$)(?<!\bpower\sgrid)|"
            r"flex-?box|(?:two|three|four|2|3|4)[- ]columns?(?:\s+layout)?|sidebar|navbar|"
            r"modal(?:\s+dialog)?|dropdown|tooltip|toast|carousel|btns?|"
            r"(?:top|bottom|upper|lower)[- ](?:right|left)(?:\s+corner)?|"
            r"(?:right|left)[- ]hand\s+(?:corner|side|column)|"
            r"(?:left|right|center|centre)[- ]aligned|align(?:ed)?\s+(?:left|right|center|centre)|"
            r"drop\s+shadow|border(?:-radius)?s?(?=\s|[.,;)]|$)|opacity|animation|"
            r"blink(?:ing)?|flashing)\b"
            r"|(?<!\bin\sthe\s)(?<!\bin\sthe)\b(?:in|with|as)\s+(?:bright\s+|dark\s+|light\s+|bold\s+)?"
            r"(?:red|green|amber|orange|yellow|blue|purple|grey|gray|pink)\b(?!\s+flags?)"
            r"|\b(?:red|green|amber|orange|yellow|blue|purple|grey|gray|pink)\s+"
            r"(?:text|font|badges?|backgrounds?|borders?|labels?|rows?|dots?|icons?|highlights?|"
            r"colou?r|banners?|bars?|boxes|box|outline|tags?|markers?|cells?)\b"
            r"|\b(?:colou?red|turns?|shown|highlighted|marked|painted|displayed)\s+(?:in\s+)?"
            r"(?:bright\s+)?(?:red|green|amber|orange|yellow|blue|purple)\b(?!\s+flags?))",
            _I,
        ),
    ),
)
_KIND_TEXT = {
    "storage": "storage",
    "infrastructure": "infrastructure",
    "code": "code structure",
    "HTTP": "HTTP/API design",
    "framework": "frameworks",
    "styling": "styling",
}
# API words an integrating developer sees in the product itself.
_DEV_USER_FACING = re.compile(
    r"^(?:api|apis|end-?points?|json|payloads?|https?|webhooks?|request\s+bod(?:y|ies)|"
    r"response\s+bod(?:y|ies)|(?:HTTP|http)\s*(?:status\s*)?[1-5]\d\d|"
    r"(?:status(?:\s+code)?|code|returns?|returning|respond(?:s|ing)?\s+with|error|gets?)\s+(?:an?\s+)?[1-5]\d\d|"
    r"[1-5]\d\d\s+\w+|exponential\s+backoff|(?:web|app|application|api)\s+servers?|"
    r"https?://\S+|polling|poll(?:s)?\s+(?:the|every)|timestamps?|sdk)$",
    _I,
)


def _implementation(lines: list[str], scenario: Scenario) -> list[tuple[str, int, set[str]]]:
    """Implementation detail as (quote, line number, kinds); neighbouring hits are merged."""
    found: list[tuple[str, int, set[str]]] = []
    seen: set[str] = set()
    for no, line in enumerate(lines, 1):
        spans: list[tuple[int, int, str]] = []
        for kind, pat in _IMPL:
            for m in pat.finditer(line):
                hit = m.group(0).strip()
                if not hit or (scenario.users_are_developers and _DEV_USER_FACING.match(hit)):
                    continue
                end = m.end()
                if kind == "HTTP" and hit.lower() in ("get", "post", "put", "patch", "delete"):
                    path = _PATH.match(line, end)
                    end = path.end() if path else end
                spans.append((m.start(), end, kind))
        spans.sort()
        merged: list[tuple[int, int, set[str]]] = []
        for start, end, kind in spans:
            if merged and (start <= merged[-1][1] or _GLUE.fullmatch(line[merged[-1][1] : start])):
                first, last, kinds = merged[-1]
                merged[-1] = (first, max(last, end), kinds | {kind})
            else:
                merged.append((start, end, {kind}))
        for start, end, kinds in merged:
            quote = _phrase(line, start, end)
            if quote.lower() in seen:
                continue
            seen.add(quote.lower())
            found.append((quote, no, kinds))
    return found


_PATH = re.compile(r"\s*/\S*")
_GLUE = re.compile(r"[\s,]*(?:(?:in|by|a|an|the|and|of|to|with|on|as|from|via|into)\s+){0,2}", _I)
_LEAD = {"a", "an", "the", "in", "on", "by", "with", "via", "using", "into", "from", "to", "as"}


def _phrase(line: str, start: int, end: int) -> str:
    """The hit, with the word before it when that word reads with it ("in Redis")."""
    before = line[:start].split()[-1:]
    lead = before if before and before[0].lower() in _LEAD else []
    return " ".join([*lead, line[start:end].strip()]).strip(" ,.;:()[]-\u2013\u2014")


# ====================================================================== topic
def _compile_topic(scenario: Scenario) -> tuple[re.Pattern[str], ...]:
    cached = _TOPIC_CACHE.get(id(scenario))
    if cached is not None and cached[0] is scenario:
        return cached[1]
    pats = tuple(re.compile(r"\b(?:" + "|".join(g) + r")\b", _I) for g in scenario.topic)
    _TOPIC_CACHE[id(scenario)] = (scenario, pats)
    return pats


_TOPIC_CACHE: dict[int, tuple[Scenario, tuple[re.Pattern[str], ...]]] = {}


def _stuffed(text: str, pats: tuple[re.Pattern[str], ...]) -> str | None:
    """A run of topic keywords with nothing between them, as a quote, or None.

    Five in a row is stuffing; four is stuffing unless they read as a phrase: a
    keyword of several words with a small word in it ("past their due date", "at a
    glance"), or a noun phrase, whose only word for the thing comes last, after its
    verbs and modifiers ("prioritise chasing overdue invoices"), perhaps with a
    participle after it ("failed webhook events retried"). A keyword that is a small
    word on its own ("down", "left") makes no phrase, and a thing followed by its
    state ("shelf empty picker sent", "invoice overdue late spot") is a heap.
    """
    spans = sorted((m.start(), m.end(), g) for g, p in enumerate(pats) for m in p.finditer(text))
    run: list[tuple[int, int, int]] = []
    for s, e, g in spans:
        if run and s < run[-1][1]:
            continue  # one word matched by two groups counts once
        if run and re.fullmatch(r"[\s,/&+]*", text[run[-1][1] : s]):
            run.append((s, e, g))
        else:
            run = [(s, e, g)]
        if len(run) < 4:
            continue
        quote = text[run[0][0] : run[-1][1]]
        small = any(
            len(_words(text[a:b])) > 1 and any(w in _STOP for w in _words(text[a:b]))
            for a, b, _ in run
        )
        if len(run) >= 5 or not (small or _noun_phrase(text, run)):
            return quote
    return None


_PARTICIPLE = re.compile(r"\w{3,}ed|shown|seen|sent|paid|told|kept|found", _I)


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


# ====================================================================== parse
@dataclass(frozen=True)
class _Parsed:
    lines: list[str]
    story: str
    story_lines: int
    persona: tuple[_Span, str] | None
    want: _Span | None
    outcome: _Span | None
    items: list[_Item]
    heading: _Span | None
    format: str


def _parse(text: str, scenario: Scenario) -> _Parsed:
    lines = [_clean(ln) for ln in text.splitlines()]
    criteria_only = "persona" not in scenario.judge and "outcome" not in scenario.judge
    # ---- where the criteria start
    head_at: int | None = None
    heading: _Span | None = None
    rest = ""
    for i, ln in enumerate(lines):
        m = _HEADING.match(ln)
        if m and (i > 0 or criteria_only or not _STORY_LINE.match(ln)):
            # "Done when I see..." is a heading with content; "criteria are" is prose
            prose = m.group("rest") and not _AFTER_HEADING.match(ln[m.end("h") :].lstrip(" *])"))
            if prose and not m.group("h").lower().endswith("done when"):
                continue
            head_at, heading, rest = i, _Span(m.group("h"), i + 1), m.group("rest").strip()
            break
    block: list[tuple[int, str]] = []
    if head_at is not None:
        story_end = head_at
        if rest:
            block.append((head_at + 1, rest))
        for j in range(head_at + 1, len(lines)):
            if _STOP_BLOCK.match(lines[j]):
                break
            block.append((j + 1, lines[j]))
    else:
        # no heading: bulleted or Gherkin lines after the first story line start the block
        story_end = len(lines)
        first = 0 if criteria_only else 1
        for j in range(first, len(lines)):
            ln = lines[j]
            body = _BULLET.sub("", ln, count=1).strip() if _HAS_BULLET.match(ln) else ln.strip()
            starts = bool(_HAS_BULLET.match(ln)) or bool(
                _GHERKIN_START.match(body) or _GIVEN.match(body)
            )
            if starts and not _STORY_LINE.match(body):
                story_end = j
                break
        if criteria_only and story_end == len(lines):
            story_end = 0
            while story_end < len(lines) and _STORY_LINE.match(lines[story_end]):
                story_end += 1
        block = [(j + 1, lines[j]) for j in range(story_end, len(lines))]
        if criteria_only:
            block = [(n, ln) for n, ln in block if not _STORY_LINE.match(ln)]
    items = _parse_block(block)
    story_lines = lines[:story_end]
    story = "\n".join(story_lines)
    all_lines = lines
    # ---- persona
    persona = _find_persona(story, all_lines) if story.strip() else None
    # ---- want and outcome
    want: _Span | None = None
    outcome: _Span | None = None
    fmt = "free text"
    job = _JOB.search(story)
    wm = _WANT.search(story)
    om = _OUTCOME.search(story, wm.end() if wm else 0) or _OUTCOME.search(story)
    if om:
        end = _end_of_clause(story, om.end())
        outcome = _Span(story[om.start() : end].strip(), _line_of(all_lines, om.start()))
    if wm:
        stop = om.start() if om and om.start() > wm.end() else _end_of_clause(story, wm.end())
        want = _Span(story[wm.end() : stop].strip(" ,"), _line_of(all_lines, wm.start()))
    elif persona is not None:
        # "As a clerk, see overdue invoices so that..." - the want follows the persona
        after = story.find(persona[0].text) + len(persona[0].text)
        stop = om.start() if om and om.start() > after else _end_of_clause(story, after)
        if stop > after:
            want = _Span(story[after:stop].strip(" ,"), persona[0].line)
    if job and (persona is None or job.start() < story.find(persona[1])):
        fmt = "job story"
    elif persona is not None:
        fmt = (
            "persona line"
            if re.match(r"\W*(?:persona|role|who|user)", persona[1], _I)
            else ("connextra")
        )
    elif criteria_only:
        fmt = "criteria only"
    return _Parsed(
        lines=all_lines,
        story=story,
        story_lines=story_end,
        persona=persona,
        want=want,
        outcome=outcome,
        items=items,
        heading=heading,
        format=fmt,
    )


# ====================================================================== judges
def _judge_persona(p: _Parsed, scenario: Scenario) -> Finding:
    who = scenario.users or "the users"
    if p.persona is None:
        job = _JOB.search(p.story)
        if job:
            situation = job.group(1).strip(" ,")
            concrete = len(_words(situation)) >= 4 and not _VAGUE_SITUATION.match(situation)
            quote = _quote("When " + situation)
            if concrete:
                line = _line_of(p.lines, job.start(1))
                return Finding(
                    "persona",
                    True,
                    f"job story: the situation {quote}{_at(line)} says who is in it",
                )
            return Finding(
                "persona",
                False,
                f"job story, but the situation {quote} could be anyone's; say who is in it "
                '("When I, a ..., ...") or add a "Persona:" line',
            )
        return Finding(
            "persona",
            False,
            'no persona found; start with "As a <kind of user>, I want …" or add a '
            f'"Persona:" line, for {who}',
        )
    span, intro = p.persona
    why = _persona_problem(span.text, scenario, intro)
    quote = _quote(intro if len(intro) < 70 else span.text)
    if why:
        return Finding("persona", False, f"{quote}{_at(span.line)} {why}; write it for {who}")
    return Finding("persona", True, f"{quote}{_at(span.line)} names a specific kind of user")


_PERSONAL = re.compile(r"\b(?:I|me|my|we|us|our|they|them|their|you|your)\b", _I)
_RESTATE = re.compile(r"^\W*(?:so\s+that|so|in\s+order\s+to|because|so\s+as\s+to)\W+", _I)


def _judge_outcome(p: _Parsed, scenario: Scenario) -> Finding:
    if p.outcome is None:
        return Finding(
            "outcome",
            False,
            'no outcome found; add "so that …" (or "so I can", "in order to") with what '
            "the persona can then achieve",
        )
    text = p.outcome.text
    quote = f"{_quote(text)}{_at(p.outcome.line)}"
    body = _RESTATE.sub("", text)
    words = _words(body)
    if re.match(r"\W*(?:because|since)\b", text, _I) and not _PERSONAL.search(body):
        return Finding(
            "outcome",
            False,
            f"{quote} gives a cause, not what the persona gains; say what they can then do",
        )
    if _PLACEHOLDER.search(text):
        return Finding("outcome", False, f"{quote} is a placeholder; say what the persona achieves")
    content = [w for w in _content(words) if w not in _VAGUE and w not in _GHERKIN_WORDS]
    want_stems = {_stem(w) for w in _content(_words(p.want.text))} if p.want else set()
    new = [w for w in content if _stem(w) not in want_stems]
    stuffed = _stuffed(body, _compile_topic(scenario))
    if stuffed:
        return Finding(
            "outcome", False, f"{quote} strings keywords together; say what the persona achieves"
        )
    if not content:
        return Finding(
            "outcome",
            False,
            f"{quote} says nothing the persona can achieve; name what they can do once they "
            "have it",
        )
    if not new:
        return Finding(
            "outcome",
            False,
            f"{quote} repeats the want; say what it lets the persona achieve",
        )
    if not _has_verb(words) and len(content) < 3:
        return Finding(
            "outcome", False, f"{quote} is not a result the persona can reach; write a sentence"
        )
    return Finding("outcome", True, quote)


def _judge_criteria(p: _Parsed, scenario: Scenario) -> Finding:
    good: list[_Item] = []
    bad: list[tuple[_Item, str]] = []
    seen: set[str] = set()
    dupes = 0
    for item in p.items:
        why = _criterion_problem(item, _compile_topic(scenario))
        if why:
            bad.append((item, why))
            continue
        key = " ".join(sorted(set(_content(_words(item.text)))))
        if key in seen:
            dupes += 1
            continue
        seen.add(key)
        good.append(item)
    where = f' under "{p.heading.text}"{_at(p.heading.line)}' if p.heading else ""
    if len(good) >= 2:
        first = good[0]
        lines = (
            f"lines {good[0].line} to {good[-1].line}"
            if good[-1].line != first.line
            else (f"line {first.line}")
        )
        extra = f"; {dupes} duplicate(s) counted once" if dupes else ""
        return Finding(
            "criteria",
            True,
            f"{len(good)} observable checks{where} ({lines}), e.g. {_quote(first.text, 60)}{extra}",
        )
    parts: list[str] = []
    if good:
        parts.append(
            f"only 1 observable check found{where}: {_quote(good[0].text, 60)}{_at(good[0].line)}"
        )
    elif p.heading and not p.items:
        parts.append(f'"{p.heading.text}"{_at(p.heading.line)} has no checks under it')
    elif not p.items:
        if _GWT_IN_PROSE.search(p.story):
            parts.append(
                "Given/When/Then appear inside the story's sentences, which does not make a "
                "scenario; put each criterion on its own line"
            )
        else:
            parts.append('none found; add "Acceptance criteria:" with one check per line')
    else:
        parts.append(f"no observable check{where}" if not good else "")
    for item, why in bad[:2]:
        parts.append(f"{_quote(item.text, 50)}{_at(item.line)} {why}")
    if dupes:
        parts.append(f"{dupes} repeated check(s) counted once")
    msg = "; ".join(x for x in parts if x)
    return Finding("criteria", False, msg + "; write at least two observable checks")


def _judge_problem(p: _Parsed, scenario: Scenario) -> Finding:
    lines = p.lines
    if p.persona is not None:  # a role name ("a back-end engineer") is judged as a persona
        span = p.persona[0]
        lines = list(lines)
        lines[span.line - 1] = lines[span.line - 1].replace(span.text, " " * len(span.text), 1)
    hits = _implementation(lines, scenario)
    if not hits:
        return Finding(
            "problem",
            True,
            "no storage, code, HTTP, framework or styling detail; the how is left to the team",
        )
    quotes = [f"{_quote(h, 50)}{_at(no)}" for h, no, _ in hits[:3]]
    more = f" (and {len(hits) - 3} more)" if len(hits) > 3 else ""
    kinds = sorted({_KIND_TEXT[k] for _, _, ks in hits for k in ks})
    joined = quotes[0] if len(quotes) == 1 else ", ".join(quotes[:-1]) + " and " + quotes[-1]
    verb = "tells" if len(hits) == 1 else "tell"
    return Finding(
        "problem",
        False,
        f"{joined}{more} {verb} the team how to build it ({', '.join(kinds)}); describe what "
        "the user needs instead",
    )


def _judge_topic(p: _Parsed, scenario: Scenario) -> Finding:
    pats = _compile_topic(scenario)
    criteria_only = "persona" not in scenario.judge and "outcome" not in scenario.judge
    units: list[_Span] = []
    if not criteria_only:
        job = _JOB.search(p.story)
        parts = [job.group(1)] if job else []
        core = " ".join([*parts, *(s.text for s in (p.want, p.outcome) if s is not None)])
        if core:
            units.append(_Span(core, (p.want or p.outcome or _Span("", 1)).line))
        elif p.story.strip():
            units.append(_Span(p.story, 1))
    units.extend(_Span(i.text, i.line) for i in p.items if _criterion_problem(i, pats) is None)
    need = f"the need is to {scenario.need}"
    for unit in units:
        if not criteria_only and unit is not units[0]:
            break
        stuffed = _stuffed(unit.text, pats)
        if stuffed:
            return Finding(
                "topic",
                False,
                f"{_quote(stuffed)}{_at(unit.line)} is a string of keywords, not the need; {need}",
            )
        if all(pat.search(unit.text) for pat in pats) and _has_verb(_words(unit.text)):
            return Finding("topic", True, f"{_quote(unit.text)}{_at(unit.line)} keeps the need")
    # A story whose want and outcome carry all of the need but one part keeps the need
    # when one of its own criteria states all of it ("missed events retried" + "when my
    # endpoint is offline, events are retried"): the criteria belong to the story.
    if not criteria_only and units and _has_verb(_words(units[0].text)):
        first = units[0]
        missing = [pat for pat in pats if not pat.search(first.text)]
        if len(missing) == 1 and len(pats) > 2 and not _stuffed(first.text, pats):
            for unit in units[1:]:
                if all(pat.search(unit.text) for pat in pats) and not _stuffed(unit.text, pats):
                    return Finding(
                        "topic",
                        True,
                        f"{_quote(first.text, 50)}{_at(first.line)}, with the criterion "
                        f"{_quote(unit.text, 50)}{_at(unit.line)}, keeps the need",
                    )
    # what the story is about instead
    shown = units[0] if units else None
    if shown is None:
        return Finding("topic", False, f"nothing states what the user needs; {need}")
    return Finding(
        "topic",
        False,
        f"the story asks for {_quote(shown.text)}{_at(shown.line)}, not the scenario's need; {need}",
    )


def analyse(text: str, scenario: Scenario) -> Analysis:
    """Parse a story and judge the criteria ``scenario.judge`` lists."""
    p = _parse(text, scenario)
    findings: list[Finding] = []
    for name in scenario.judge:
        if name == "persona":
            findings.append(_judge_persona(p, scenario))
        elif name == "outcome":
            findings.append(_judge_outcome(p, scenario))
        elif name == "criteria":
            findings.append(_judge_criteria(p, scenario))
        elif name == "problem":
            findings.append(_judge_problem(p, scenario))
        else:
            findings.append(_judge_topic(p, scenario))
    return Analysis(
        findings=tuple(findings),
        persona=p.persona[0].text if p.persona else None,
        want=p.want.text if p.want else None,
        outcome=p.outcome.text if p.outcome else None,
        criteria=tuple(i.text for i in p.items),
        format=p.format,
    )


# ====================================================================== task kind
@dataclass(frozen=True, kw_only=True)
class Story(Task):
    """A free-text user story judged by :func:`analyse` against ``scenario``."""

    scenario: Scenario
    min_words: int = 10

    def problems(self) -> list[str]:
        out = super().problems() + free_text_problems(self.solution, self.min_words)
        if not self.scenario.users.strip() and "persona" in self.scenario.judge:
            out.append("its scenario must name its users: persona feedback names them")
        return out

    def prepare(self, answer: object) -> Json:
        if answer is Ellipsis:
            raise NotAttempted
        if not isinstance(answer, str) or not answer.strip():
            raise self._bad(answer)
        if len(answer.split()) < self.min_words:
            raise self._bad(answer, f"write at least {self.min_words} words")
        return answer.strip()

    def grade(self, data: Json) -> Verdict:
        copied = prompt_copy_verdict(str(data), self.prompt)
        if copied is not None:
            return copied
        result = analyse(str(data), self.scenario)
        return Verdict(result.fraction, result.feedback)

    @property
    def checklist(self) -> tuple[str, ...]:
        """Questions a learner asks of their story beside the model answer."""
        return tuple(_CHECKLIST[c] for c in self.scenario.judge)


_CHECKLIST = {
    "persona": "Does yours name a specific kind of user, as the model does?",
    "outcome": "Does it say what that user can then achieve, not just what they get?",
    "criteria": "Could someone who never reads the code test each of your criteria?",
    "problem": "Is every line free of how to build it (storage, code, HTTP, frameworks, styling)?",
    "topic": "Does it keep the scenario's need, not just its words?",
}


# ====================================================================== scenarios
OVERDUE_INVOICES = Scenario(
    need="spot which invoices are overdue in time to chase them",
    users="finance clerks",
    topic=(
        # what: the invoices, bills or payments customers owe
        (
            r"invoices?",
            r"bills?",
            r"payments?",
            r"payers?",
            r"receivables?",
            r"debtors?",
            r"customers?\s+(?:who|that)\s+(?:have\s+not|haven't|did\s+not|didn't)\s+pa(?:y|id)",
            r"money\s+(?:we\s+are\s+)?owed",
        ),
        # the state: late, unpaid
        (
            r"overdue",
            r"late",
            r"past\s+(?:its\s+|their\s+|the\s+)?due(?:\s+date)?",
            r"unpaid",
            r"outstanding",
            r"not\s+(?:yet\s+)?(?:been\s+)?paid",
            r"(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:been\s+)?pa(?:y|id)",
            r"owed?",
            r"owing",
            r"due\s+date\s+(?:has\s+)?passed",
            r"delinquent",
            r"aged",
            r"ageing",
            r"aging",
            r"behind",
            r"missed\s+(?:the\s+|their\s+)?due",
            r"passed\s+(?:its|their|the)\s+due(?:\s+dates?)?",
            r"(?:after|beyond)\s+(?:its|their|the)\s+due\s+dates?",
        ),
        # noticing or acting on it in time
        (
            r"see",
            r"sees",
            r"seeing",
            r"spot(?:s|ted|ting)?",
            r"notice(?:s|d)?",
            r"know",
            r"knows",
            r"find",
            r"identify",
            r"tell",
            r"shows?",
            r"shown",
            r"list(?:s|ed)?",
            r"flag(?:s|ged)?",
            r"highlight(?:s|ed)?",
            r"alert(?:s|ed)?",
            r"notif(?:y|ied|ication|ications)",
            r"remind(?:s|ed|er|ers)?",
            r"warn(?:s|ed|ing)?",
            r"aware",
            r"visible",
            r"at\s+a\s+glance",
            r"miss(?:es|ed|ing)?",
            r"overlook(?:s|ed)?",
            r"track",
            r"chase",
            r"chasing",
            r"follow\s+up",
            r"act\s+on",
            r"catch",
            r"surface(?:d|s)?",
            r"stand\s+out",
            r"mark(?:s|ed)?",
            r"display(?:s|ed)?",
            r"appear(?:s)?",
            r"slip",
            r"slipped",
            r"view",
            r"call(?:s|ed|ing)?",
            r"phon(?:e|es|ed|ing)",
            r"ring",
            r"contact(?:s|ed|ing)?",
            r"gather(?:s|ed)?",
            r"reports?",
            r"overview",
            r"summary",
            r"digest",
            r"prioriti[sz]e",
            r"attention",
            r"look\s+up",
            r"point(?:s|ed)?\s+out",
        ),
    ),
)
"""Task 4.3: finance clerks miss overdue invoices; the rewrite must let them spot the
overdue ones in time to chase them, written for the clerk, not the team."""

WEBHOOK_RETRIES = Scenario(
    need="receive every shipment event even when their endpoint was down for a while",
    users="developers who integrate the shipment webhooks",
    users_are_developers=True,
    topic=(
        (
            r"webhooks?",
            r"events?",
            r"notifications?",
            r"callbacks?",
            r"shipment\s+updates?",
            r"updates?",
            r"messages?",
            r"deliveries",
        ),
        (
            r"down",
            r"offline",
            r"unavailable",
            r"outages?",
            r"fail(?:s|ed|ing|ures?)?",
            r"errors?",
            r"5\d\d",
            r"5xx",
            r"time(?:s|d)?\s*-?outs?",
            r"unreachable",
            r"not\s+respond(?:ing)?",
            r"maintenance",
            r"deploy(?:s|ing|ment|ments)?",
            r"restart(?:s|ing)?",
            r"crash(?:es|ed)?",
            r"can't\s+be\s+reached|cannot\s+be\s+reached",
            r"downtime",
            r"undeliver(?:ed|able)",
            r"comes?\s+back(?:\s+up|\s+online)?",
            r"back\s+(?:up|online)",
        ),
        (
            r"los(?:e|es|t|ing)",
            r"miss(?:es|ed|ing)?",
            r"drop(?:s|ped)?",
            r"retr(?:y|ies|ied)",
            r"re-?deliver(?:s|ed|y)?",
            r"re-?sen[dt]",
            r"replay(?:s|ed)?",
            r"receive[ds]?",
            r"get",
            r"catch\s+up",
            r"recover(?:s|ed)?",
            r"gaps?",
            r"eventually",
            r"again",
            r"later",
            r"reach(?:es)?",
            r"arrives?",
            r"delivered",
        ),
    ),
)
"""An API product: developers who integrate a shipping platform's webhooks lose
shipment events while their endpoint is down. The developer is the user here, and
API words they see (endpoint, JSON, webhook, HTTP status) are part of the product."""

EMPTY_SHELVES = Scenario(
    need="never send a warehouse picker to a shelf that has none of the item left",
    users="warehouse pickers",
    judge=("criteria", "problem", "topic"),
    topic=(
        (
            r"shel(?:f|ves)",
            r"locations?",
            r"bins?",
            r"slots?",
            r"aisles?",
            r"pick\s+lists?",
            r"picks?",
            r"items?",
            r"stock",
            r"products?",
        ),
        (
            r"empty",
            r"out\s+of\s+stock",
            r"no\s+stock",
            r"zero",
            r"none\s+left",
            r"nothing\s+left",
            r"ran\s+out",
            r"runs?\s+out",
            r"unavailable",
            r"available",
            r"in\s+stock",
            r"stock\s+(?:level|count)s?",
            r"quantity",
            r"missing",
            r"enough",
            r"left",
            r"has\s+(?:none|the\s+item)",
            r"holds?",
        ),
        (
            r"pick(?:er|ers|ed|ing)?",
            r"sent",
            r"sends?",
            r"direct(?:s|ed)?",
            r"route(?:s|d)?",
            r"listed",
            r"lists?",
            r"walk(?:s|ed)?",
            r"shown",
            r"shows?",
            r"skip(?:s|ped)?",
            r"told",
            r"tells?",
            r"go(?:es)?",
            r"appear(?:s)?",
            r"assign(?:s|ed)?",
            r"next",
        ),
    ),
)
"""A criteria-only task: the course gives the persona and outcome ("As a warehouse
picker, I want my pick list to send me only to shelves that hold the item, so that I
don't walk to empty shelves") and the learner writes the acceptance criteria. Judged on
criteria, problem and topic."""
