"""Parsing a story into its parts: persona, want, outcome, criteria, in the forms
people write them.

Formats read: Connextra ("As a/an/the ...", "As finance clerks, we ...", "I'm an
accounts clerk and I want ...", Markdown emphasis), a ``Persona:`` line (also in
brackets), job stories ("When ..., I want ..., so I can ..."), and prose whose
subject is a person ("Maria is an accounts assistant at ...", "A bookkeeper who ...",
"I own a plumbing firm ..."); criteria under "Acceptance criteria", "AC", "Done when",
"Definition of done", "Checks", "Tests" or "Scenarios" (a Markdown heading, bold, with
or without a colon), bulleted with ``-`` ``*`` ``+`` ``•``, en and em dashes, ``1.``
``1)`` ``a)``, ``[ ]``/``[x]`` or one per line or sentence, and Gherkin with one
scenario per criterion. Given/When/Then inside ordinary sentences are not criteria.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from .._latex import untex
from ._items import (
    AFTER_HEADING,
    BULLET,
    GHERKIN_START,
    GIVEN,
    HAS_BULLET,
    HEADING,
    LABELLED_HEADING,
    MID_HEADING,
    STAMP,
    STAMPED_CHECK,
    STOP_BLOCK,
    STORY_LINE,
    Item,
    inline_checks,
    parse_block,
    question_lines,
    stamped_heading,
    writer_label,
)
from ._marked import marked_lines, pointed_back, works_if
from ._persona_forms import COMPOUND_KIND, LATE_STORY, persona_phrase
from ._table import table_checks, untable
from ._text import I, Span, clean_line, line_of
from ._types import Scenario
from ._words import adverbial

# a Gherkin step opening a line, under a "Scenario: <name>" heading
_STEP = re.compile(r"^(?:[-*]\s*)?(?:given|when)\b", I)
# a colon or point between digits ("07:30", "2.5 ha") is a time or a number, not a break
_NP = r"((?:[^,.;:!?\n]|(?<=\d)[:.](?=\d)){1,80}?)"
_PERSONA_PATTERNS = (
    # "As a finance clerk", "As an AR clerk,", "as the person who...", "As someone who";
    # after a slash too: "Als Buchhalterin / As a bookkeeper" gives the story twice
    re.compile(
        # a list's mark may come first: "1.1 As an owner", "E) AS A parent"
        r"(?:^(?:[ \t]*(?:[A-Za-z][.)]|\d{1,2}(?:\.\d{1,2})*[.)]?)[ \t]+)?|[.!?;:(\[/\u2013\u2014]\s*+|"
        r"\b(?:story|user\s+story)\s*[:\-\u2013]\s*+)[\"']?\s*+"
        r"\bas\s+(?:(?:an?|the|one\s+of\s+the|one\s+of\s+our|our|a\s+member\s+of\s+the)\s+|"
        r"(?=(?:someone|somebody)\b))"
        + _NP
        + r"\s*(?=,|\bI\b|\bwe\b|\bi'd\b|\bi'm\b|\bwho\b|\bwhose\b|\bthat\b|\bwant|\bneed|"
        r"\bwould\b|\bso\b|\bshould\b|\bmust\b|\bcan\b|\bat\b|\bin\b|\bfor\b|\bwith\b|"
        r"\bworking\b|$)",
        I | re.MULTILINE,
    ),
    # "As Maria, an accounts receivable clerk, I want"
    re.compile(
        r"\b[Aa]s\s+[A-Z][a-z]+\s*,\s*(?:an?|the|our)\s+([^,.;:!?\n]{1,60}?)\s*(?=,|\bI\b|$)",
        re.MULTILINE,
    ),
    # "As finance clerks, we want", "As accounts staff we need"; telegraphic, with no
    # pronoun: "as clerk want overdue invoices ..." (the role stops at the bare "want");
    # an aside between role and want: "As owner of a cottage, empty all winter, I want"
    re.compile(
        r"(?:^|[.!?;:(\[\u2013\u2014]\s*+)[\"']?\s*+\bas\s+(?!an?\b|the\b)"
        r"([a-z](?:(?!\bwant\b)[^,.;:!?\n]){1,60}?)\s*(?:,[^,.;:!?\n]{1,60},)?\s*,?\s*"
        r"(?=\bwe\b|\bI\b|\bwant\b)",
        I | re.MULTILINE,
    ),
    # "I'm an accounts clerk", "I am the credit controller"; a Gherkin step too: "Given I
    # am a finance clerk signed in"
    re.compile(
        r"(?:^|[.!?;:(\[]\s*|\b(?:hi|hello|so|that|since|because|when|while|given)\s*,?\s*)\bI(?:'m|\s+am|\s+work\s+as)\s+"
        r"(?:an?|the|one\s+of\s+the)\s+" + _NP + r"\s*(?=,|\band\b|\bwho\b|\bthat\b|\bat\b|"
        r"\bin\b|\bfor\b|\b(?:signed|logged)\s+in(?:to)?\b|\.|;|$)",
        I | re.MULTILINE,
    ),
    # "Persona: finance clerk", "[Persona: Maria, AR clerk]", "Role - clerk", "User: ...",
    # a field of the writer's own form glossed as the persona ("Borrower (persona): ...",
    # "Guest (who): ...");
    # the writer's own label for themself too ("(Me: wheelchair user)", "About me: ..."), with a
    # colon only and not a speaker's line ("Me: I want ..."); a log line's label and time may
    # come first ("LOG 06:45 Persona: ...", "09:10 - Role: ...")
    re.compile(
        r"^\W*+(?:\d{1,2}[.)]\s+)?(?:(?-i:[A-Z]{2,12})\s+)?(?:\d{1,2}:\d{2}\s*[-\u2013\u2014]?\s*)?"
        r"(?:(?:persona|role|who|user\s+type|(?:primary\s+|main\s+)?actor|user)"
        r"\s*[:\-\u2013\u2014]|[\w-]+\s+\(\s*(?:persona|role|user|who)\s*\)\s*:(?!\s*(?:I|we)\b)|(?:me|about\s+me|who\s+I\s+am)\s*:(?!\s*(?:I|we)\b))\s*(?:an?\s+|the\s+)?"
        r"([^\n\])]{1,80})",
        I | re.MULTILINE,
    ),
    # the role after a clause that comes first: "In order to ..., as a teacher I want";
    # or after the "I": "I as a cardholder want", "I, as a tenant, need"
    re.compile(
        r"(?:,|\bI\s*,?)\s*\bas\s+(?:an?|the|their|his|her)\s+" + _NP + r"\s*,?\s*"
        r"(?=(?:I\s+|we\s+)?(?:want|need|would\s+like|'d\s+like)\b|I'd\b)",
        I,
    ),
    # job story with a role in the situation: "When I, a finance clerk, open..."
    re.compile(r"\bI\s*,\s*(?:as\s+)?(?:an?|the)\s+([^,\n]{1,60}),", I),
)
# "I own a 5-person plumbing firm", "I run the front desk"
_OWN_OR_RUN = re.compile(
    r"\bI\s+(own|run|manage)\s+(?:an?|the|our|my)\s+([^,.;:!?\n]{2,60}?)(?=\s+and\b|[,.;:]|$)",
    I,
)
# "We're two students sharing a flat", "We are a family of four"
_WE_ARE = re.compile(
    r"(?:^|[.!?]\s++)\W*+We(?:'re|\s+are)\s+(?:an?|the|two|three|four|five|\d+)\s+"
    r"([a-z][a-z' -]{2,50}?)(?=\s+(?:who|that|with|sharing|living|working|at|in|on|and)\b|"
    r"\s*[,.;:(]|$)",
    re.MULTILINE,
)
# "When I (a finance clerk) open ...", "(persona: a diner with a nut allergy)"
_I_PAREN = re.compile(r"\b(?:I|we)\s*\(\s*(?:as\s+)?(?:an?|the)?\s*([^()\n]{2,60})\)", I)
# Personas told in prose: the person the story is about, read with less certainty.
_PROSE_PERSONA = (
    # "Maria is an accounts receivable assistant at a print shop"
    re.compile(
        r"(?:^|[.!?]\s++)\W*+[A-Z][a-z]+\s+(?:is|works\s+as)\s+(?:an?|the|one\s+of\s+the)\s+"
        + _NP
        + r"(?=\s+(?:at|in|for|who|with|and|whose|on)\b|\s*[,.;:]|$)",
        re.MULTILINE,
    ),
    # "I'm Priya, a dispatcher", "I am Tom, the practice manager"
    re.compile(
        r"\bI(?:'m|\s+am)\s+[A-Z][a-z]+\s*,\s*(?:an?|the|our)\s+([^,.;:!?\n]{1,60}?)\s*(?=[,.;]|$)"
    ),
    # "A bookkeeper who looks after the accounts for ...", "The dispatcher at a firm"
    re.compile(
        r"(?:^|[.!?]\s++)\W*+(?:An?|The|Every|Each|Our)\s+([a-z][a-z' -]{2,50}?)\s+"
        r"(?=who\b|that\s+(?:is|has|works|manages|looks|runs)\b|working\b|at\s+an?\b|whose\b)",
        re.MULTILINE,
    ),
    _WE_ARE,
    _OWN_OR_RUN,
    # "Grace, 71, keeps the books for a bakery. She wants ...", "Ana has coeliac disease.
    # ... Ana wants ...": a named person, what they do or have, and later the same person,
    # by pronoun or name, wanting something, or a "Want:" line for them
    re.compile(
        r"(?:^|[.!?:\u2013\u2014]\s++)\W*+((?P<name>[A-Z][a-z]+)(?:(?:\s*,\s*\d{1,3}\s*,)?\s+(?!is\b|was\b)"
        r"[a-z]+s"
        # a pair by name ("Gordon and Sue, both retired, go ..."), with its plain verb
        r"|\s+and\s+[A-Z][a-z]+(?:\s*,\s*(?:both\s+)?[a-z]+(?:\s+[a-z]+)?\s*,)?\s+"
        r"(?!are\b|were\b)[a-z]+)\s+[^,.;:!?\n]{2,80}?)(?=[,.;:!?]|\s+and\b|$)"
        r"(?=[\s\S]{0,600}?(?:\b(?:[Ss]he|[Hh]e|[Tt]hey|(?P=name))\s+(?:wants|needs|would\s+like|"
        r"has\s+to)|\b[Tt]hey\s+(?:want|need|have\s+to)\b|^\W*+(?:[Ww]ants?|[Nn]eeds?)\s*[:\-\u2013\u2014]))",
        re.MULTILINE,
    ),
    _I_PAREN,
)

# a literal a prose pattern cannot match without (case as written), checked with one
# `in` before its scan of the whole story: "We're ..." and "I (a clerk)" are rare
_NEEDS = {_WE_ARE: "We", _I_PAREN: "("}

# a persona read from the writer telling who they are ("I'm a ...", "I am the ...")
_SELF_INTRO = re.compile(r"\W*(?:\w+\s*,?\s*)?I(?:'m|\s+am|\s+work\s+as)\s", I)


def later_personas(story: str, after: int) -> list[str]:
    """Persona phrases introduced after position ``after`` ("As a ..." further on)."""
    found = []
    for pat in _PERSONA_PATTERNS:
        for m in pat.finditer(story, after):
            phrase = persona_phrase(m.group(m.lastindex or 1))
            if phrase:
                found.append(phrase)
    return found


def _find_persona(story: str, lines: list[str]) -> tuple[Span, str, bool] | None:
    """The persona phrase, the words that introduced it ("As a ..."), and whether it
    was read from prose (less sure) rather than a form made for it."""
    for patterns, prose in ((_PERSONA_PATTERNS, False), (_PROSE_PERSONA, True)):
        best: tuple[int, Span, str] | None = None
        connextra: tuple[int, Span, str] | None = None
        for pat in patterns:
            need = _NEEDS.get(pat)
            if need is not None and need not in story:
                continue  # the pattern's own literal is absent: it cannot match
            for m in pat.finditer(story):
                group = m.lastindex or 1
                raw = m.group(group)
                if m.re is _OWN_OR_RUN:  # "I own a plumbing firm": the owner of it
                    role = "manager" if m.group(1).lower() == "manage" else "owner"
                    raw = f"{role} of {m.group(2)}"
                phrase = persona_phrase(raw)
                if not phrase or (adverbial(phrase) and not COMPOUND_KIND.match(phrase)):
                    continue  # "as a result, I want": no person
                back = re.fullmatch(r"(?:that|this|the\s+same)\s+([a-z][\w-]+)", phrase, I)
                if back:
                    # "I'm a solo founder ... As that founder, I want": the role it refers
                    # back to, with the words that made it specific
                    told = re.findall(
                        rf"\b(?:an?|the)\s+((?:[\w-]+\s+){{0,2}}?{back[1]})\b",
                        story[: m.start(group)],
                        I,
                    )
                    phrase = told[-1] if told else phrase
                intro = story[m.start() : m.end(group)].strip(" \n.;:([/-*\u2022\u2013\u2014")
                found = (m.start(group), Span(phrase, line_of(lines, m.start(group))), intro)
                if pat is _PERSONA_PATTERNS[0] and connextra is None:
                    connextra = found
                if best is None or m.start(group) < best[0]:
                    best = found
                break
        if best is not None and connextra is not None and _SELF_INTRO.match(best[2]):
            # "Context (I'm a data analyst): ... Story: As a finance clerk, I want": the
            # writer tells who they are; the story's own "As a ..." says whom it is about
            best = connextra
        if best is not None:
            return best[1], best[2], prose
    return None


# ====================================================================== outcome / want
_OUTCOME = re.compile(
    r"\b(?:so\s+that|so\s+(?=(?:I|we|they|he|she|our|the|my)\b)|in\s+order\s+to|in\s+order\s+that|"
    # "so jobs get done", "so order pages aren't stale": a subject (<= 3 words), its verb
    # ("so customers' engineers get", "so a bug in a deploy can't": a possessive, or an
    # article opening a longer subject)
    r"so\s+(?!it\b|this\b|that\b|much\b|many\b|far\b|long\b|as\b|well\b|on\b)"
    r"(?=(?:[\w'-]+\s+){1,3}(?:can|could|will|won't|can't|cannot|get|gets|do|don't|does|"
    r"doesn't|stay|stays|know|knows|is|are|isn't|aren't|never)\b|(?:a|an)\s+(?:[\w'-]+\s+){1,4}"
    r"(?:can't|cannot|won't|doesn't|never|will|can)\b)|"
    r"so\s+as\s+to|because|since\s+(?=I|we)|which\s+(?:will\s+)?(?:lets?|helps?|allows?)|"
    r"to\s+be\s+able\s+to|"
    # "... on my dashboard means I can phone late payers", "for that I can remind them":
    # another linking phrase, then the persona and what they can do
    r"(?:which\s+|that\s+)?means\s+(?=(?:I|we)\s+(?:can|could|will|won't|don't|no\s+longer)\b)|"
    # "for that my clients see ...": a learner's "para que", then a subject of the persona's
    r"for\s+that\s+(?=(?:I|we)\s+(?:can|could)\b|(?:my|our)\s+[\w-]+\s+[\w-]+))\b",
    I,
)
# the rest of a sentence up to a plain outcome lead ("so that", "in order to")
_PLAIN_LEAD = re.compile(r"[^.!?\n]*?(?P<lead>\bso\s+that\b|\bin\s+order\s+to\b)", I)
_WANT = re.compile(
    r"\b(?:I|we)\s+(?:really\s+|also\s+)?(?:want|wants|need|needs|would\s+like|'d\s+like|"
    r"d\s+like|wish|expect|must\s+be\s+able|should\s+be\s+able|would\s+love)\b(?:\s+to\b)?"
    r"|\bI'd\s+like\b(?:\s+to\b)?|\bhelp\s+me\b|\blet\s+me\b|\bwant\s+to\b",
    I,
)
# "Outcome: the clerk contacts late payers ...", "Need: see invoices ..."
_LABELLED_OUTCOME = re.compile(
    r"^\W*+(?:\d{1,2}[.)]\s+)?(?:outcome|goal|benefit|value|why|result"
    # a form's key spelled as an identifier ("so_that:", "so-that:"): the outcome's field
    r"|so[_-]that|in[_-]order[_-]to)"
    # "Goal in context:", "Benefit for the clerk:": a form's field, named with a few words
    r"(?:\s+(?:in|of|for)(?:\s+[\w'-]+){1,2})?\s*[:\-\u2013\u2014]\s*",
    I | re.MULTILINE,
)
# A line below the criteria that is the story's outcome on its own: a form's labelled
# field ("Goal in context: ...") or a "so that ..." clause, bare or in parentheses
_LATE_OUTCOME = re.compile(
    r"^\s*(?:\((?=[^()]*\)\W*$))?\s*(?:(?P<field>(?:outcome|goal|benefit|why)"
    r"(?:\s+(?:in|of|for)(?:\s+[\w'-]+){1,2})?\s*:)|so\s+that\b|in\s+order\s+to\b)",
    I,
)
_LABELLED_WANT = re.compile(
    r"^\W*+(?:\d{1,2}[.)]\s+)?(?:need|want|wants|i\s+want|what)\s*[:\-\u2013\u2014]\s*",
    I | re.MULTILINE,
)
JOB = re.compile(
    r"(?:^|[.!?]\s++|\n)\W*+when\s+((?:I|we|my|our)\b[^\n]*?),?\s*\b(?:I|we)\s+(?:want|need|'d\s+like)",
    I,
)


# A full stop that closes a dotted abbreviation ("3 a.m. I'm", "e.g. retries"), a title
# ("Dr. Khan", "Mrs. Patel") or a title's initial ("Mr D. waits") is no sentence's end.
_CLAUSE_END = re.compile(
    r"(?<!\b[a-z]\.[a-z])(?<!\b(?:mr|ms|dr))(?<!\bmrs)(?<!\b(?:mr|ms|dr)\s[a-z])(?<!\bmrs\s[a-z])"
    r"(?<!\b(?:mr|ms|dr)\.\s[a-z])(?<!\bmrs\.\s[a-z])"
    r"[.!?](?:\s|$)|\n\s*\n|\n\W*(?:acceptance|ac\b|done|given|scenario)",
    I,
)


def _end_of_clause(text: str, start: int) -> int:
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


# ====================================================================== parse
@dataclass(frozen=True)
class Parsed:
    lines: list[str]
    story: str
    story_lines: int
    persona: tuple[Span, str, bool] | None  # phrase, its introduction, read from prose
    want: Span | None
    outcome: Span | None
    items: list[Item]
    heading: Span | None
    format: str


_STEP_ON = re.compile(r"^\W*(?:when|then|and)\b", I)


def _gwt_first(lines: list[str]) -> bool:
    """A Gherkin block on the first lines, with the story told after it.

    "Given I am a clerk opening the dashboard / When ... / Then ...", then "As a clerk I
    want ...": the first line is the block's Given, not the story, when the next line
    goes on with a step and a story line of its own follows.
    """
    if len(lines) < 3 or not GIVEN.match(lines[0].strip()) or _WANT.search(lines[0]):
        return False
    # or a block of steps alone, with no story line anywhere: the block is all there is
    told = [ln for ln in lines if ln.strip()]
    alone = all(_STEP_ON.match(ln) for ln in told[1:]) and not any(_WANT.search(ln) for ln in told)
    return bool(_STEP_ON.match(lines[1])) and (
        alone or any(LATE_STORY.match(ln) for ln in lines[2:])
    )


_NOTE = re.compile(r"^\s*\([^)\n]{0,80}\)")


def _blanked(lines: list[str], drop: Container[int]) -> list[str]:
    """The lines with those at the indices in ``drop`` blanked to spaces, so that positions
    in the story still give line numbers."""
    return [" " * len(ln) if j in drop else ln for j, ln in enumerate(lines)]


def parse(text: str, scenario: Scenario) -> Parsed:
    lines = untable([clean_line(ln) for ln in untex(text).splitlines()])
    criteria_only = "persona" not in scenario.judge and "outcome" not in scenario.judge
    # ---- where the criteria start
    head_at: int | None = None
    heading: Span | None = None
    rest = ""
    for i, ln in enumerate(lines):
        m = (
            HEADING.match(ln)
            or LABELLED_HEADING.match(ln)
            or writer_label(ln)
            or stamped_heading(ln)
        )
        if m and (i > 0 or criteria_only or not STORY_LINE.match(ln)):
            # "Done when I see..." is a heading with content; "criteria are" is prose
            # a note in brackets after the heading word ("CHECKS (acceptance criteria) -")
            tail = _NOTE.sub("", ln[m.end("h") :]).lstrip(" *])")
            prose = m.group("rest") and not AFTER_HEADING.match(tail)
            if prose and not m.group("h").lower().endswith("done when"):
                continue
            head_at, heading, rest = i, Span(m.group("h"), i + 1), m.group("rest").strip()
            break
    cut = -1  # where a heading inside a line of prose starts
    if head_at is None:
        for i, ln in enumerate(lines):
            m = MID_HEADING.search(ln) if ":" in ln else None  # it needs a colon
            if m and (i + 1 == len(lines) or not lines[i + 1].strip()):
                head_at, heading, rest = i, Span(m.group("h"), i + 1), m.group("rest").strip()
                cut = m.start("h")
                break
    block: list[tuple[int, str]] = []
    if head_at is not None:
        story_end = head_at
        below = next((ln.strip() for ln in lines[head_at + 1 :] if ln.strip()), "")
        if rest and heading and heading.text.lower() == "scenario" and _STEP.match(below):
            # "Scenario: late start" over Given/When/Then steps: the name of the scenario, which
            # joins its steps as a later "Scenario:" line does, not a check of its own
            block.append((head_at + 1, f"Scenario: {rest}"))
        elif rest:
            # checks on the heading's own line: numbered, split by ";", or dash bullets
            block.extend((head_at + 1, x) for x in inline_checks(rest))
        log_heading = STAMP.match(lines[head_at]) is not None
        for j in range(head_at + 1, len(lines)):
            # a log's next time-stamped line ("09:44 OUT") ends its checks
            if STOP_BLOCK.match(lines[j]) or (log_heading and STAMP.match(lines[j])):
                break
            block.append((j + 1, lines[j]))
    else:
        # no heading: bulleted or Gherkin lines after the first story line start the block
        story_end = len(lines)
        first = 0 if criteria_only or _gwt_first(lines) else 1
        for j in range(first, len(lines)):
            ln = lines[j]
            body = BULLET.sub("", ln, count=1).strip() if HAS_BULLET.match(ln) else ln.strip()
            starts = bool(HAS_BULLET.match(ln)) or bool(
                GHERKIN_START.match(body) or GIVEN.match(body)
            )
            if starts and not STORY_LINE.match(body):
                story_end = j
                break
        if criteria_only and story_end == len(lines):
            story_end = 0
            while story_end < len(lines) and STORY_LINE.match(lines[story_end]):
                story_end += 1
        block = [(j + 1, lines[j]) for j in range(story_end, len(lines))]
        if criteria_only:
            block = [(n, ln) for n, ln in block if not STORY_LINE.match(ln)]
    items = parse_block(block)
    story_lines = lines[:story_end]
    if cut >= 0 and head_at is not None:
        story_lines = [*lines[:head_at], lines[head_at][:cut]]
        story_end = head_at + 1
    if not items and head_at is None:
        # no heading and no bullets: checks asked as questions, before or after the story
        asked = question_lines(lines)
        if asked:
            items = parse_block([(j + 1, lines[j]) for j in asked])
            story_end = len(lines)
            # the questions' lines are blanked, so that positions still give line numbers
            story_lines = _blanked(lines, asked)
    if not items and head_at is None:
        # no heading and no bullets: a diary's lines labelled "check:" after a day or time
        stamped = [j for j, ln in enumerate(lines) if j and STAMPED_CHECK.match(ln)]
        if stamped:
            items = parse_block([(j + 1, STAMPED_CHECK.sub("", lines[j])) for j in stamped])
            story_end = len(lines)
            story_lines = _blanked(lines, stamped)
    if not items and head_at is None:
        # no heading and no bullets: lines each led by a marker of one kind (an ID, a
        # numbered label, a test's call, a step's arrow to its result) are the checks
        marked = marked_lines(lines)
        ids = sorted(marked)
        if ids:
            items = parse_block([(j + 1, marked[j]) for j in ids])
            story_end = len(lines)
            story_lines = _blanked(lines, marked)
    if head_at is not None and (back := pointed_back(lines, head_at, [i.text for i in items])):
        items = [Item(t, j + 1, False) for j, t in back.items()]
        story_lines = _blanked(story_lines, back)
    if not items and head_at is None:
        # no heading and no bullets: "it works if A, and if B" in the story's prose
        for j, parts in works_if(lines).items():
            items = [Item(x, j + 1, False) for x in parts]
    if not items and head_at is None:
        # no heading and no bullets: checks told as the rows of a table
        rows = dict(table_checks(lines))
        if len(rows) >= 2:
            items = parse_block([(j + 1, text) for j, text in rows.items()])
            story_lines = _blanked(lines, rows)
    story = "\n".join(story_lines)
    late = next((j for j in range(story_end, len(lines)) if LATE_STORY.match(lines[j])), -1)
    if late >= 0 and not _WANT.search(story):  # "(Story: As a ..., I want ...)" at the end
        keep = [ln if j < story_end else " " * len(ln) for j, ln in enumerate(lines)]
        keep[late] = re.sub(r"[()]", " ", lines[late])
        story = "\n".join(keep)
        items = [it for it in items if it.line != late + 1]
    late_field = -1
    if not _OUTCOME.search(story) and not _LABELLED_OUTCOME.search(story):
        # "(so that I chase late payers ...)" after a Gherkin block, a use case's "Goal in
        # context:" after its steps: the outcome told below the criteria
        late = next(
            (j for j in range(len(lines) - 1, story_end - 1, -1) if _LATE_OUTCOME.match(lines[j])),
            -1,
        )
        if late >= 0:
            keep = story.split("\n")
            keep += [" " * len(ln) for ln in lines[len(keep) :]]
            keep[late] = re.sub(r"[()]", " ", lines[late])
            story = "\n".join(keep)
            items = [it for it in items if it.line != late + 1]
            told = _LATE_OUTCOME.match(lines[late])
            late_field = late if told and told["field"] else -1
    all_lines = lines
    # ---- persona
    persona = _find_persona(story, all_lines) if story.strip() else None
    # ---- want and outcome
    want: Span | None = None
    outcome: Span | None = None
    fmt = "free text"
    job = JOB.search(story)
    wm = _WANT.search(story)
    if (
        persona is not None
        and wm is not None
        and not persona[2]
        and not re.match(
            r"\W*(?:persona|role|who|user|(?:primary\s+|main\s+)?actor)\b", persona[1], I
        )
    ):
        # "As a former support lead, here is what I'd ask for: / As a tech lead at ...,
        # I want ...": the role on the want's own line is the story's persona; the one
        # before it introduced the writer (a "Who:" line is the persona's own form)
        start = story.rfind("\n", 0, wm.start()) + 1
        if start > 0 and story.find(persona[1]) < start:
            own = _find_persona(" " * start + story[start : wm.start()], all_lines)
            if own is not None and not own[2]:
                persona = own
    if persona is not None and wm is not None and not persona[2]:
        # "Scene 3 (what we want): ... Story: As a driver, I want ...": a want told before
        # the story's own "As a ..." is a note's label; the persona's want is the story's
        own_at = story.find(persona[1])
        later = _WANT.search(story, own_at) if own_at > wm.start() else None
        if later is not None:
            wm = later
    om = _OUTCOME.search(story, wm.end() if wm else 0) or _OUTCOME.search(story)
    if om and om.group(0).lower().startswith(("because", "since")):
        # a cause tells the situation ("she avoids restaurants because ..."); a "so that"
        # further on names the gain
        gain = (m for m in _OUTCOME.finditer(story, om.end()) if m.group(0)[:1].lower() != "b")
        om = next((m for m in gain if not m.group(0).lower().startswith("since")), om)
    if om and re.match(r"to\b|so\s+(?!that\b|as\b)|means\b", om.group(0), I):
        # "I want volunteers to be able to swap shifts, so that ...", "told when guests
        # arrive so the code is changed, so that ...", "whether a pill means I can't go, so
        # that ...": a "to be able to", bare "so" or bare "means" before a "so that" is the want's
        nxt = _PLAIN_LEAD.match(story, om.end())
        if nxt:
            om = _OUTCOME.search(story, nxt.start("lead")) or om
    labelled = _LABELLED_OUTCOME.search(story)
    if labelled and not om:
        om = labelled
    if late_field >= 0:
        # the field's own words are the outcome, not a "so" further along its line
        om = _LABELLED_OUTCOME.search(story, len("\n".join(story.split("\n")[:late_field])))
    if om:
        end = _end_of_clause(story, om.end())
        outcome = Span(story[om.start() : end].strip(), line_of(all_lines, om.start()))
    wm = wm or _LABELLED_WANT.search(story)
    if wm:
        stop = om.start() if om and om.start() > wm.end() else _end_of_clause(story, wm.end())
        want = Span(story[wm.end() : stop].strip(" ,"), line_of(all_lines, wm.start()))
    elif (
        persona is not None
        and not persona[2]
        # a use case's "Primary actor: clerk (small firm)": what follows describes them
        and not re.match(r"\W*(?:primary|main)\s+actor\b", persona[1], I)
    ):
        # "As a clerk, see overdue invoices so that..." - the want follows the persona
        after = story.find(persona[0].text) + len(persona[0].text)
        stop = om.start() if om and om.start() > after else _end_of_clause(story, after)
        if stop > after:
            # "as clerk want overdue invoices": the telegraphic "want" only leads it in
            wanted = re.sub(r"^\W*want\s+(?:to\s+)?", "", story[after:stop], flags=I)
            want = Span(wanted.strip(" ,"), persona[0].line)
    if job and (persona is None or job.start() < story.find(persona[1])):
        fmt = "job story"
    elif persona is not None:
        fmt = (
            "prose"
            if persona[2]
            else "persona line"
            if re.match(r"\W*(?:persona|role|who|user)", persona[1], I)
            else "connextra"
        )
    elif criteria_only:
        fmt = "criteria only"
    return Parsed(
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
