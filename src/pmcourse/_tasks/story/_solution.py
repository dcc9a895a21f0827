"""The problem-orientation judge: solution detail found by kind, named by kind.

A hit is quoted with its line and named by its kind from the lexicon ("storage and
infrastructure", "algorithms and ML methods"...). What a scenario's users see and
code against (``Scenario.contract``) is the product, not a solution: for an API
product its endpoints, fields, headers and status codes. A technique the story says
is *documented* for those users (a published retry schedule) may be either, so the
judge is unsure of it instead of guessing; so too of a technique the user says they
meet ("retried with exponential backoff when my endpoint is down").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._doers import NAMED_DOER
from ._fastre import LineWords, Prefilter, case_first, lowered
from ._framing import feared, introduces_self, reported, their_habit
from ._hosted import HOSTED, HOSTED_DATA
from ._howkinds import (
    COMPONENT_NAMED,
    DOTTED_FIELD,
    MACHINE_STATE,
    METHOD_BEHIND,
    MODEL_SETTING,
    NAMED_BEFORE,
    NAMED_INSTRUMENT,
    NAMED_PART,
    PUSH_TRANSPORT,
    USER_CACHES,
    code_tested,
    denied_kind,
    in_braces,
    in_outcome,
    rule_or_measure,
    team_work,
    template_key,
    their_cache,
)
from ._lexicon import (
    CONTRACT_EXTRA,
    HOW_HEADING,
    INTERNAL,
    KINDS,
)
from ._lookalikes import lookalike, place_codes
from ._machinery import machinery
from ._mlkinds import ML_AGENT, ML_TECHNIQUE, venue
from ._notes import NOTE_KIND, builder_note
from ._parse import Parsed
from ._plumbing import plumbing
from ._roles import CHECK, user_role
from ._scenwords import WORD as _WORD
from ._scenwords import need_words as _need_words
from ._scenwords import users_words as _users_words
from ._testcode import named_tests
from ._text import at, quote
from ._toolparts import NAMED_AUTOMATION, OFFICE_BROUGHT, SYSTEM_TABLE
from ._types import Finding, Scenario
from ._userside import (
    BUILT_BY_VENDOR,
    CHECKED_SETUP,
    DOCUMENTED,
    SDK_AFTER,
    THEIR_SYSTEMS_AFTER,
    THEIR_SYSTEMS_BEFORE,
    USER_SIDE_OF_API,
    USER_TABLE,
    USERS_SYSTEMS,
    ours_in_outcome,
)
from ._wantsys import want_system
from ._weak import LEADING, Hit, bare_word, colour_checked, colour_only, told_bare
from ._wiring import (
    CARRIED_BY,
    DEVICE_WIRED,
    KIT_NAMED,
    KIT_SOURCE,
    NAME_STORE,
    PLATFORM_PLACED,
    SHEET_BUILT,
    SYSTEM_ROUTE,
    TOOL_CONTAINER,
    TOOL_ROUTE,
    WIRED,
    narrowed,
    not_prescribed,
)

__all__ = ["judge_problem", "solution_detail", "story_detail"]


# the vendor's own store, named as theirs ("our internal Postgres", "Pipeworks' tables")
INTERNAL_OWNER = re.compile(
    r"\binternal\b|\bour\s+(?:own\s+)?(?:postgres|database|db)\b", re.IGNORECASE
)
# A database named by its common noun or its engine ("db", "Postgres", "MySQL")
DATABASE_WORD = re.compile(
    r"(?:databases?|dbs?|postgres(?:ql)?|mysql|maria\s?db|sqlite|mongo(?:db)?)"
    r"(?:\s+\d+(?:\.\d+)?)?",
    re.IGNORECASE,
)
# A scenario whose users own the databases the product runs ("who manage their
# databases through the console")
THEIR_DATABASES = re.compile(
    r"\btheir\s+(?:own\s+)?(?:[\w-]+\s+)?(?:databases?|dbs?)\b", re.IGNORECASE
)
# where the users' databases are the product, "our database" is the user's; only a
# store called internal is the vendor's
_INTERNAL_WORD = re.compile(r"\binternal\b", re.IGNORECASE)
# behaviour the docs state for the user, not a message the system publishes
DOCUMENTED_BEHAVIOUR = re.compile(r"\bdocument(?:ed|ation)\b|\bdocs\b", re.IGNORECASE)


PATH = re.compile(r"\s*/\S*")
GLUE = re.compile(
    r"[\s,]*(?:(?:in|by|a|an|the|and|of|to|with|on|as|from|via|into)\s+){0,2}", re.IGNORECASE
)
_LEAD = {"a", "an", "the", "in", "on", "by", "with", "via", "using", "into", "from", "to", "as"}


def phrase(line: str, start: int, end: int) -> str:
    """The hit, with the word before it when that word reads with it ("in Redis")."""
    before = line[:start].split()[-1:]
    lead = before if before and before[0].lower() in _LEAD else []
    return " ".join([*lead, line[start:end].strip()]).strip(" ,.;:()[]-\u2013\u2014")


# The re engine tries each kind's long alternation at every position of a line; a
# lookahead for a character that is not a space lets it skip the spaces between words
# at once (a third less time in this loop). No kind's match begins with a space, so the
# matches are the same (test_story_solution checks it on every labelled story). Each
# alternative's first letter is written as the class of what it matches ignoring case
# (``case_first``), so the engine skips it at once where the text's letter differs. The
# kinds whose alternatives are not all behind one word boundary begin each of them at a
# word boundary or with a character that is no word character ("/users", "#ff0000"):
# none starts inside a word, and a lookahead skips those positions at once. A kind whose
# every match contains one of a few strings ("postgres", "db", "px") is not scanned on an
# ASCII line that contains none of them (``literal_filter``): the same hits, less work.
# every kind the judge scans for: the lexicon's, then those kept here
SCANNED: tuple[tuple[str, re.Pattern[str]], ...] = (
    *KINDS,
    ("algorithms and ML methods", METHOD_BEHIND),
    ("storage and infrastructure", PUSH_TRANSPORT),
    ("named technologies", COMPONENT_NAMED),
    ("internal interfaces", MACHINE_STATE),
    ("algorithms and ML methods", MODEL_SETTING),
    ("algorithms and ML methods", ML_TECHNIQUE),
    ("algorithms and ML methods", ML_AGENT),
    ("named technologies", NAMED_INSTRUMENT),
    ("named technologies", NAMED_PART),
    ("hardware and control devices", DEVICE_WIRED),  # quoted by narrowed
    ("protocols and third-party services", CARRIED_BY),
    ("third-party platforms and integrations", PLATFORM_PLACED),
    ("named technologies", SHEET_BUILT),
    ("third-party platforms and integrations", TOOL_CONTAINER),
    ("named technologies", KIT_NAMED),
    ("third-party platforms and integrations", NAMED_DOER),
    *HOSTED,
    ("third-party platforms and integrations", NAME_STORE),
    ("hardware and control devices", KIT_SOURCE),
    ("third-party platforms and integrations", TOOL_ROUTE),
    ("storage and infrastructure", SYSTEM_ROUTE),
    ("third-party platforms and integrations", NAMED_AUTOMATION),
    ("third-party platforms and integrations", OFFICE_BROUGHT),
    ("storage and infrastructure", SYSTEM_TABLE),
    ("code structure", DOTTED_FIELD),
)
_INSIDE_A_WORD = r"(?!\B\w)"
_GUARDED = frozenset({"internal interfaces", "UI layout and styling"})
_SCAN = tuple(
    (
        kind,
        re.compile(
            r"(?=\S)"
            + (_INSIDE_A_WORD if kind in _GUARDED else "")
            + case_first(pat.pattern, pat.flags),
            pat.flags,
        ),
        Prefilter(pat.pattern, pat.flags),
    )
    for kind, pat in SCANNED
)
# the strings every scanned kind's filter looks for, found in a line by one search
_LINE_WORDS = LineWords(needs for _kind, _pat, needs in _SCAN)
# a named tool's container (TOOL_CONTAINER, OFFICE_BROUGHT), quoted from the tool's name
# by narrowed
_TOOLS = tuple(
    scan[1]
    for scan, (_, pat) in zip(_SCAN, SCANNED, strict=True)
    if pat is TOOL_CONTAINER or pat is OFFICE_BROUGHT or pat is HOSTED_DATA
)
# in a developer product a dotted name is the event or field its users code against
_DOTTED = _SCAN[-1][1]  # DOTTED_FIELD, scanned last


# The course notebooks' answer variable ("answer_4_3 = ..."), pasted with the answer
_ANSWER_VAR = re.compile(r"answer(?:_\d+)+")


def _head(words: str) -> str:
    """The last word of a hit, singular ("cron jobs" -> "job")."""
    parts = words.split()
    last = parts[-1].lower() if parts else ""
    return last[:-1] if last.endswith("s") and not last.endswith("ss") else last


def _theirs_again(line: str, start: int, hit: str, theirs: frozenset[str]) -> bool:
    """Whether a system word names one the story placed on the user's side (in the
    role's own words, "a founder running two servers and some cron jobs"), unless a
    maker's name or "internal" sets it apart."""
    return (
        bool(theirs)
        and _head(hit) in theirs
        and not NAMED_BEFORE.search(line, max(0, start - 30), start)
        and not _INTERNAL_WORD.search(line)
    )


def _technician(label: str, after: str, scenario: Scenario) -> bool:
    """Whether a bare "Tech:" field of a form names the person it is for, one of the
    scenario's users ("Tech: field engineer, 6 jobs a day"): the technician, not the
    technology."""
    first = re.split(r"[,;(\u2013\u2014]|\s-\s", after, maxsplit=1)[0]
    return label.lower() == "tech" and len(first.split()) <= 4 and user_role(first, scenario)


def solution_detail(
    lines: list[str], scenario: Scenario, theirs: frozenset[str] = frozenset()
) -> tuple[list[Hit], list[Hit]]:
    """Solution detail as (quote, line number, kinds), neighbouring hits merged: the
    hits, and those the judge cannot place (a documented technique of an API product).
    ``theirs``: the heads of system words the story gave the user's side."""
    found: list[Hit] = []
    doubtful: list[Hit] = []
    seen: set[str] = set()
    own = _users_words(scenario)
    places = place_codes(lines)
    theirs_cached = scenario.users_are_developers and any(
        "cach" in ln.lower() and USER_CACHES.search(ln) for ln in lines
    )
    for no, line in enumerate(lines, 1):
        low = lowered(line)
        present = _LINE_WORDS.found(low) if low is not None else None
        spans: list[tuple[int, int, str]] = []
        heading = HOW_HEADING.match(line)
        if heading:
            # quoted by its heading: the words after it are the team's, and so may be
            # any word a check uses too
            label = re.match(r"\W*([\w ]+?)\W*\s*[:\u2013\u2014-]", line)
            if label and not _technician(label.group(1), line[heading.end() :], scenario):
                spans.append((label.start(1), label.end(1), "a section headed as the how"))
        spans.extend((b, e, NOTE_KIND) for b, e in builder_note(line, scenario))
        spans.extend(want_system(line, scenario))
        # the data plumbing, unless told as today's habit, a fear or someone's report
        spans.extend(
            (b, e, kind)
            for b, e, kind in plumbing(line, scenario, own)
            if not (
                not_prescribed(line, b, kind)
                or reported(line, b)
                or their_habit(line, b)
                or feared(line, b, e)
            )
        )
        for kind, pat, needs in _SCAN:
            if not needs.may_match(line, low, present):
                continue
            for m in narrowed(pat, line, kind, pat in _TOOLS):
                hit = m.group(0).strip()
                if not hit:
                    continue
                if (kind in scenario.contract and not _internal(hit, scenario)) or (
                    scenario.users_are_developers and (CONTRACT_EXTRA.match(hit) or pat is _DOTTED)
                ):
                    continue
                if not_prescribed(line, m.start(), kind) or (
                    kind in WIRED and any(v.lower() in hit.lower() for v in scenario.vendor)
                ):
                    continue
                if denied_kind(line, m.start(), m.end()) or (
                    kind == "code structure" and in_braces(line, m.start(), m.end())
                ):
                    continue
                if _ANSWER_VAR.fullmatch(hit) or (
                    line[m.end() : m.end() + 1] == ":" and template_key(line, m.start(), m.end())
                ):
                    continue
                if kind in _STACK_KINDS and _theirs_again(line, m.start(), hit, theirs):
                    continue
                if kind == "named technologies" and venue(line, m.start()):
                    continue
                if kind in _STACK_KINDS and rule_or_measure(line, m.start(), m.end(), hit):
                    continue
                if (
                    reported(line, m.start())
                    or their_habit(line, m.start())
                    or feared(line, m.start(), m.end())
                ):
                    continue
                if _their_world(line, m.start(), m.end(), hit, kind, scenario, own) or lookalike(
                    line, m.start(), hit, kind, places, scenario.users_are_developers
                ):
                    continue
                if kind == "storage and infrastructure" and (
                    team_work(line, m.start(), m.end(), hit)
                    or their_cache(line, m.start(), m.end(), hit, scenario, theirs_cached)
                ):
                    continue
                end = m.end()
                if kind == "internal interfaces" and hit.lower() in {
                    "get",
                    "post",
                    "put",
                    "patch",
                    "delete",
                }:
                    path = PATH.match(line, end)
                    end = path.end() if path else end
                spans.append((m.start(), end, kind))
        spans.sort()
        merged: list[tuple[int, int, set[str]]] = []
        for start, end, kind in spans:
            if merged and (start <= merged[-1][1] or GLUE.fullmatch(line[merged[-1][1] : start])):
                first, last, kinds = merged[-1]
                merged[-1] = (first, max(last, end), kinds | {kind})
            else:
                merged.append((start, end, {kind}))
        for start, end, kinds in merged:
            words = phrase(line, start, end)
            if words.lower() in seen:
                continue
            seen.add(words.lower())
            contract = scenario.contract and kinds == {"algorithms and ML methods"}
            seen_by_user = DOCUMENTED.search(line) or (
                USER_SIDE_OF_API.search(line) and not BUILT_BY_VENDOR.search(line)
            )
            # a table the user sorts or filters may be the screen's, not the database's
            ui_table = re.search(r"tables?$", words, re.IGNORECASE) and USER_TABLE.search(
                line[max(0, start - 40) : start]
            )
            (doubtful if (contract and seen_by_user) or ui_table else found).append(
                (words, no, kinds)
            )
    return found, doubtful


@lru_cache(maxsize=1024)  # one entry per scenario: the test corpora have 160+
def _hosts_databases(scenario: Scenario) -> bool:
    """Whether the product's own domain is its users' databases ("who run their
    production databases on it"): then a database, its engine and its everyday objects
    are the user's world and the product, not how the team builds it."""
    return scenario.users_are_developers and bool(
        THEIR_DATABASES.search(f"{scenario.users} {scenario.need}")
    )


def _internal(hit: str, scenario: Scenario) -> bool:
    """Whether an interface names the team's internals ("/admin/retry-queue"); a word
    the scenario gives its users for what they own ("/databases/{id}" where users run
    their databases on the product) is the product's resource, not an internal one."""
    own = _users_words(scenario) | _need_words(scenario)
    return any(m.group(0).lower() not in own for m in INTERNAL.finditer(hit)) and not (
        _hosts_databases(scenario)
        and all(DATABASE_WORD.fullmatch(m.group(0)) for m in INTERNAL.finditer(hit))
    )


def _their_world(
    line: str, start: int, end: int, hit: str, kind: str, scenario: Scenario, own: frozenset[str]
) -> bool:
    """Whether a hit is the user's own world rather than a prescription: a tool the
    scenario names for its users, infrastructure told as an event in their systems, or
    the language of a developer product's client."""
    # the hit's words as the scenario's are read ("In runwell.yml": the file its users
    # configure), leaving out the small words that lead a phrase
    words = {w.lower() for w in _WORD.findall(LEADING.sub("", hit))} - _EVERYDAY
    if kind != "internal interfaces" and words and words <= own:
        return True
    if (
        kind == "storage and infrastructure"
        and words
        and words <= _need_words(scenario)
        and re.fullmatch(r"[A-Za-z ]+", hit)
    ):
        # a plain storage word the users' need tells as theirs ("when a migration goes
        # wrong" where the need is to recover "after a bad migration")
        return True
    if (
        kind in _STACK_KINDS
        and _hosts_databases(scenario)
        and DATABASE_WORD.fullmatch(LEADING.sub("", hit))
        and not _INTERNAL_WORD.search(line)
    ):
        # a database product's users speak of their own database by its engine and
        # name ("our production Postgres", "upgrade from MySQL 5.7", "--db orders")
        return True
    if (
        kind == "named technologies"
        and scenario.users_are_developers
        and DOCUMENTED_BEHAVIOUR.search(line)
    ):
        # the languages a developer product's docs show their examples in ("the docs
        # show it in Go and Ruby") are the users' own, not the team's build
        return True
    if kind in _STACK_KINDS and introduces_self(line, start):
        # the writer telling who they are and what they run ("I'm the only developer
        # here, our site is a small Django app"): the stack is theirs, asked of no one
        return True
    if (
        kind in _STACK_KINDS
        and scenario.users_are_developers
        and _OURS_BEFORE.search(line, max(0, start - 30), start)
        and _THEIR_CODE_AFTER.match(line, end)
    ):
        # in a developer product, "our Rails app" that receives its events is the
        # customer's code, not the team's build
        return True
    if kind == "storage and infrastructure" and (
        THEIR_SYSTEMS_AFTER.match(line, end)
        or THEIR_SYSTEMS_BEFORE.search(line[:start])
        or ours_in_outcome(line, start)
    ):
        return True
    if (
        kind == "storage and infrastructure"
        and scenario.users_are_developers
        and (USERS_SYSTEMS.search(line) or DOCUMENTED_BEHAVIOUR.search(line))
        and not (_INTERNAL_WORD if _hosts_databases(scenario) else INTERNAL_OWNER).search(line)
    ):
        # the tables of the user's own warehouse or source, or what the product's docs
        # promise of them ("the documented behaviour is: new columns are added"): the
        # user's world and the product's contract, not the team's build
        return True
    if (
        kind == "storage and infrastructure"
        and scenario.users_are_developers
        and CHECKED_SETUP.match(line, end)
    ):
        # the user's own setup, which the product checks for them
        return True
    if (
        kind == "code structure"
        and scenario.users_are_developers
        and _SDK_CALL.match(line, end) is not None
    ):
        # a class whose method the developer calls ("SaveClient.Sync() returns a
        # Conflict"): the product's SDK, what its users code against
        return True
    return (
        kind == "named technologies"
        and scenario.users_are_developers
        and SDK_AFTER.match(line, end) is not None
    )


_SDK_CALL = re.compile(r"\.[A-Za-z_]\w*\(")
# words that only say which one of the user's things is meant ("the new class", "the
# next batch"): they make a word of the users' world no more the team's
_EVERYDAY = frozenset({"new", "next", "old", "same", "other", "first", "last"})


_STACK_KINDS = frozenset({"named technologies", "storage and infrastructure"})
_OURS_BEFORE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_THEIR_CODE_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:apps?|sites?|backends?|servers?|services?|code|stack|projects?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _detail(
    lines: tuple[str, ...], scenario: Scenario, theirs: frozenset[str]
) -> tuple[list[Hit], list[Hit]]:
    return solution_detail(list(lines), scenario, theirs)


# What follows the role up to the want ("As a founder running three servers and a few
# cron jobs, I want"): the person described, their own world in a developer product.
_ROLE_CLAUSE = re.compile(
    r"[^.!?]*?(?=,?\s*\b(?:I|we)\s+(?:really\s+|also\s+)?(?:want|need|would\s+like)\b)"
)


@lru_cache(maxsize=256)
def _role_clause(line: str, after: int, scenario: Scenario) -> tuple[int, frozenset[str]]:
    """Where the role's clause ends, and the heads of the system words in it (cached: each
    judge that asks for the story's detail needs it, and its scan over kinds is costly)."""
    m = _ROLE_CLAUSE.match(line, after)
    if not (scenario.users_are_developers and m and m.end() > after):
        return after, frozenset()
    clause = line[after : m.end()]
    low = lowered(clause)
    heads = {
        _head(m2.group(0))
        for kind, pat, needs in _SCAN
        if kind in _STACK_KINDS and needs.may_match(clause, low)
        for m2 in pat.finditer(clause)
    }
    return m.end(), frozenset(heads - {""})


def story_detail(p: Parsed, scenario: Scenario) -> tuple[list[Hit], list[Hit]]:
    """The solution detail of a whole story, computed once for the judges that ask.

    A role's name ("a back-end engineer") is judged as a persona, not as detail."""
    lines = list(p.lines)
    theirs: frozenset[str] = frozenset()
    if p.persona is not None:
        span, intro = p.persona[0], p.persona[1]
        line = lines[span.line - 1]
        if re.match(
            r"\W*(?:\d{1,2}[.)]\s+)?(?:persona|role|who|user|actor)\s*[:\-\u2013\u2014]",
            intro,
            re.IGNORECASE,
        ):
            # a "Persona:" line describes the person ("needs sign-off on API changes"),
            # it prescribes nothing
            lines[span.line - 1] = " " * len(line)
        else:
            begin = line.find(span.text)
            if begin >= 0:
                end, theirs = _role_clause(line, begin + len(span.text), scenario)
                lines[span.line - 1] = line[:begin] + " " * (end - begin) + line[end:]
    return _detail(tuple(lines), scenario, theirs)


def _only(hits: list[Hit], why: str) -> Finding:
    """Unsure: the only detail found is too weak to fault, and ``why``."""
    h, no, _ = hits[0]
    return Finding(
        "problem",
        "unsure",
        f"looked for solution detail and found only {quote(h, 50)}{at(no)}, {why}; {CHECK}",
    )


def _join(quotes: list[str]) -> str:
    return quotes[0] if len(quotes) == 1 else ", ".join(quotes[:-1]) + " and " + quotes[-1]


def judge_problem(p: Parsed, scenario: Scenario) -> Finding:
    hits, doubtful = story_detail(p, scenario)
    # a part named only as what the team tests or ships faults the criteria, which still
    # see it, not the problem
    hits = [h for h in hits if not code_tested(p.lines[h[1] - 1], h[0])]
    hits = hits or named_tests(p.lines)  # a test function is the team's code in any product
    hits = hits or machinery(p.lines, scenario)  # a method, part or API told by its form
    # a plain colour on a check is the state it observes, not a style asked of the team
    checks = frozenset(i.line for i in p.items) - {p.want.line if p.want else 0}
    hits = told_bare(colour_checked(hits, checks), p.lines)
    if p.outcome and in_outcome(hits, p.outcome.text, p.outcome.line):
        return _only(
            hits,
            "named in the outcome as what should be true rather than asked of the team as "
            "how to build it",
        )
    if bare_word(hits):
        return _only(
            hits,
            "one plain word for where data is kept or runs, which may be how the user speaks "
            "of the product rather than how to build it",
        )
    if colour_only(hits):
        return _only(
            hits,
            "a colour, which may be a state the user sees (a warning that turns red) rather "
            "than a style the team is told to use",
        )
    if hits:
        quotes = [f"{quote(h, 50)}{at(no)}" for h, no, _ in hits[:3]]
        more = f" (and {len(hits) - 3} more)" if len(hits) > 3 else ""
        kinds = sorted({k for _, _, ks in hits for k in ks})
        verb = "tells" if len(hits) == 1 else "tell"
        return Finding(
            "problem",
            "not met",
            f"{_join(quotes)}{more} {verb} the team how to build it ({', '.join(kinds)}); "
            "describe what the user needs instead",
            flagged=tuple(h for h, _, _ in hits),
        )
    if doubtful:
        h, no, _ = doubtful[0]
        line = f" ({scenario.contract_line})" if scenario.contract_line else ""
        return Finding(
            "problem",
            "unsure",
            f"looked for solution detail and found {quote(h, 50)}{at(no)}, which the story "
            "calls documented or tells as what the user meets or works with on screen: what "
            f"users see is the product{line}, how the team builds it is not. Check this point "
            "against the checklist",
        )
    return Finding(
        "problem",
        "met",
        "no storage, infrastructure, code structure, internal interface, named technology, "
        "algorithm or styling detail; the how is left to the team",
    )
