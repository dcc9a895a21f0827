"""Kinds of solution detail the judge scans for beyond the lexicon's word lists: a result
told by the method behind it, how updates travel to clients, a record's field as code;
and what looks like the how but is not the team's build: a trade word naming the team's
work, a cache on the user's own side, a rule or a business figure named by its acronym."""

from __future__ import annotations

import re

from ._types import Scenario

__all__ = [
    "COMPONENT_NAMED",
    "DOTTED_FIELD",
    "MACHINE_STATE",
    "METHOD_BEHIND",
    "MODEL_SETTING",
    "NAMED_BEFORE",
    "NAMED_INSTRUMENT",
    "NAMED_PART",
    "PUSH_TRANSPORT",
    "USER_CACHES",
    "code_tested",
    "denied_kind",
    "in_braces",
    "in_outcome",
    "rule_or_measure",
    "team_work",
    "template_key",
    "their_cache",
]

# A result told by the method that computes it, beyond the lexicon's models and solvers:
# a number estimated or smoothed by a filter or a regression ("the ETA is computed with
# a Kalman filter"), an item sorted into classes by a classifier or model ("errors are
# labelled by the log classifier"), and the estimation filters of signal processing.
METHOD_BEHIND = re.compile(
    r"\b(?:(?:computed|calculated|estimated|smoothed|predicted|forecast(?:ed)?|derived)\s+"
    r"(?:by|with|using|via|through)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:filters?|regressions?|classifiers?|heuristics?)"
    r"|(?:labell?ed|classified|categori[sz]ed|tagged|flagged|detected|scored)\s+"
    r"(?:by|with|using|via|through)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:classifiers?|models?|algorithms?|heuristics?)"
    r"|(?:kalman|particle|low-?pass|high-?pass|band-?pass)\s+filters?"
    # things grouped or ranked by a method named in capitals ("clusters them with
    # DBSCAN", "ranked using BM25"): a name in capitals after the verb is its algorithm;
    # "by" names the key instead ("grouped by ID", "by NHS trust")
    # "the group is compliant with GDPR": a noun before a verb of being is no verb
    r"|(?:clust(?:ers?|ered)|group(?:s|ed)?|rank(?:s|ed)?|dedup(?:e[sd]?)?|deduplicated)\s+"
    r"(?:(?!(?:is|are|was|were|be|been|stays?|remains?)\b)[\w-]+\s+){0,3}?"
    r"(?:with|using|via)\s+(?:an?\s+|the\s+)?"
    r"(?-i:[A-Z][A-Za-z]*[A-Z0-9][\w-]*))\b",
    re.IGNORECASE,
)
# How updates travel to the clients: a push told by the transport or service that
# carries it ("pushed via SignalR", "an FCM push", "keep a gRPC stream open"), and a
# job or script that fetches on a schedule ("a job scrapes the site every 10 minutes").
# In a line written in capitals a word before "PUSHES" is no acronym ("DELAY PUSHES").
PUSH_TRANSPORT = re.compile(
    r"\b(?:(?:pushed|push(?:es)?|streamed|broadcast(?:ed)?)\s+(?:via|over|through|using|with)\s+"
    r"(?:an?\s+|the\s+)?(?-i:[A-Za-z]+[A-Z][\w.-]*)"
    r"|(?-i:(?!SMS|MMS)[A-Z]{2,5}s?\s+[Pp]ush)(?:es|\s+notifications?)?"
    r"|(?:grpc|http/?2|tcp|udp|sse)\s+(?:streams?|connections?|channels?|sockets?)"
    r"|(?:jobs?|scripts?|workers?|bots?|crawlers?)\s+(?:scrapes?|polls?|crawls?|fetch(?:es)?|"
    r"pulls?|quer(?:y|ies))\s+(?:[\w-]+\s+){0,5}?(?:every|each|once\s+an?)\s+\w+)\b",
    re.IGNORECASE,
)
# A build told by the named tool that does it: a store, host or scaler after a build
# participle ("stored in Bigtable", "autoscaled with KEDA", "served from Fastly"), and a
# job or classifier named by its language, library or method ("a Puppeteer job", "a
# BERT classifier", "a GBM model"; a model named so must be an acronym, as "a Premium
# model" is a plan). The product's and users' own names are dropped by the judge.
NAMED_INSTRUMENT = re.compile(
    r"\b(?:stored|kept|persisted|cached|hosted|deployed|(?:auto-?)?scaled|indexed|queued|"
    r"orchestrated|containeri[sz]ed|implemented|logged|traced)\s+(?:in|on|with|by|via|using|through|from)\s+"
    r"(?-i:(?!(?:The|A|An|My|Our|Their|Your|This|That|Its)\b)[A-Z][\w.+#-]*[a-zA-Z0-9])"
    r"|\b(?:an?|the|our)\s+(?-i:(?:[A-Z][\w.+#-]*[a-z0-9][\w.+#-]*|[A-Z]{2,6})\s+"
    r"(?:jobs?|classifiers?|scripts?|scrapers?|crawlers?|cron\s+jobs?)"
    r"|[A-Z]{2,6}\s+models?)\b",
    re.IGNORECASE,
)
# A part of a named system the team would wire, told by its maker's or system's name
# mid-sentence before the kind of part it is ("the firm's SAP FI module", "Advisa's
# Genesys dialler", "the CRM queue", "a Google Maps layer", "the Guidewire claims
# workbench"): which module, dialler, queue or layer does the work is the how. The
# name must not open the line (a capitalised first word is no name), nor be a day or a
# month ("the Tuesday queue" is a slot the user sees); the product's and
# users' own names are dropped by the judge. A training module ("the Doorstep
# e-learning module") is a course staff take, not a part of the system.
NAMED_PART = re.compile(
    r"(?<=[\w,'\u2019] )(?-i:(?!(?:The|A|An|My|Our|Their|Your|This|That|Its|I|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)"
    r"(?:[A-Z]{2,}[\w-]*|[A-Z][a-z]+[A-Z][\w-]*|[A-Z][a-z]+\d*)"
    r"(?:\s+(?:[A-Z]{2,}[\w-]*|[A-Z][a-z]+\d*))?)"
    r"\s+(?!(?:e-?learning|training|induction|onboarding)\s)"
    r"(?:[a-z][\w-]*\s+)?(?:modules?|diall?ers?|queues?|layers?|workbench(?:es)?)\b",
    re.IGNORECASE,
)
# A field of a record written as code, "table.column" ("fixtures.status is set"); a
# web address's domain is no field.
DOTTED_FIELD = re.compile(
    r"(?<![\w./@-])[a-z][a-z_]{2,}\.(?!(?:com|org|net|io|dev|app|edu|gov|co|uk|de|eu|"
    r"py|js|ts|md|txt|csv|json|html?|pdf|docx?|xlsx?)\b)[a-z][a-z_]{2,}(?![\w.(/@-])"
)
# A part of the system named by its product in brackets ("the rules engine (Drools)",
# "the job queue (SQS)"): the bracket says which technology builds that part.
COMPONENT_NAMED = re.compile(
    r"\b(?:engine|service|database|datastore|db|queue|broker|framework|library|scheduler|"
    r"cache|search\s+index|model|classifier)\s+\((?-i:[A-Z][\w.+#-]*(?:\s[A-Z][\w.+#-]*)?)\)",
    re.IGNORECASE,
)
# A state a component returns or is set to, written as the code's constant ("when the
# service returns DEFERRED", "status is set to CANCELLED"): the value in capitals is the
# program's, not what the user reads (a format such as JSON is not a state).
MACHINE_STATE = re.compile(
    r"\b(?:returns?|returned|emits?|emitted|(?:is\s+|are\s+)?set\s+to|responds?\s+with)\s+"
    r"(?-i:(?!(?:HTTPS?|JSON|XML|HTML|CSV|YAML|TRUE|FALSE)\b)[A-Z]{4,}(?:_[A-Z]+)*)\b",
    re.IGNORECASE,
)
# A model's own setting: a threshold set to a fraction ("the decision threshold is
# lowered to 0.7"; a user's threshold is in pounds or per cent), and a method named with
# its version before what it computes ("a Glicko-2 rating", "the BM25-2 score").
MODEL_SETTING = re.compile(
    r"\bthresholds?\b[^.;\n]{0,40}?\b(?:to|of|at|is|=)\s*0?\.\d+"
    r"|(?-i:\b[A-Z][a-z]+-\d+)\s+(?:ratings?|models?|algorithms?|hash(?:es)?|scores?|rankings?)\b"
    # a method named after the pair who published it ("Jaro-Winkler distance",
    # "Kaplan-Meier estimator", "Fellegi-Sunter probabilistic matching"): two surnames
    # joined by a hyphen before, within two words, the kind of method it is
    r"|(?-i:\b[A-Z][a-z]{2,}-[A-Z][a-z]{2,})\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:matching|distances?|similarit(?:y|ies)|algorithms?|estimators?|smoothing|"
    r"filters?|tests?|metrics?)\b"
    # a search algorithm named by its letter and star ("an A* path", "D* search")
    r"|\b(?-i:[A-Z])\*\s*(?:path(?:finding)?|search|routing|routes?|algorithm)s?\b"
    # a clock that orders events, named by its kind or its inventor mid-sentence
    # ("vector clocks", "with Lamport timestamps"): how the system orders writes
    r"|\b(?:vector|logical)\s+clocks?\b"
    r"|(?<=[a-z,] )(?-i:[A-Z][a-z]{3,})\s+(?:timestamps?|clocks?)\b",
    re.IGNORECASE,
)
# A kind of detail the writer denies is the problem ("a visibility problem, not a
# database problem"): a diagnosis turned away, not a build asked for.
_DENIED_BEFORE = re.compile(
    r"\bnot\s+(?:just\s+|really\s+|simply\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE
)
_DENIED_AFTER = re.compile(r"\s+(?:problems?|issues?)\b", re.IGNORECASE)


def denied_kind(line: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` name a kind of problem the line says it is not."""
    return (
        _DENIED_AFTER.match(line, end) is not None
        and _DENIED_BEFORE.search(line[max(0, start - 30) : start]) is not None
    )


# a place data is kept, as a hit's last word ("the stock table", "object storage")
STORE_HEAD = re.compile(r"\b(?:tables?|databases?|dbs?|storage|stores?|warehouses?)$")


# A field of the story's own template, a key that labels a sentence ("so_that: I chase
# late payers ..."): a config key labels a value ("retry_count: 3"), not prose.
_LABELLED_PROSE = re.compile(r":\s*(?:[A-Za-z'\u2019-]+\s+){2,}[A-Za-z]")


def template_key(line: str, start: int, end: int) -> bool:
    """Whether the words at ``start`` key a line of the story's template."""
    return not line[:start].strip(" \t-*") and _LABELLED_PROSE.match(line, end) is not None


def in_outcome(hits: list[tuple[str, int, set[str]]], outcome: str, line: int) -> bool:
    """Whether the only detail is a store named inside the outcome ("so that the stock
    table is always right"): the state the writer wants, which may be their word for
    the data rather than a build they prescribe."""
    if len(hits) != 1 or hits[0][2] != {"storage and infrastructure"}:
        return False
    words = hits[0][0].lower()
    return hits[0][1] == line and words in outcome.lower() and STORE_HEAD.search(words) is not None


# A trade word that names a piece of the team's delivery work ("Backend estimate from
# the team", "front-end work done by sprint 12") or heads a list of work items
# ("Backend: ..."): how the work is split among people, not how the product is built.
_TRADE = re.compile(r"(?:back|front)-?end", re.IGNORECASE)
_WORK_ITEM = re.compile(
    r"\s+(?:estimates?|estimation|effort|work|tasks?|tickets?|sizing|capacity|sign-?off|"
    r"review|story\s+points)\b|\s*[:\u2013\u2014]",
    re.IGNORECASE,
)


def team_work(line: str, start: int, end: int, hit: str) -> bool:
    """Whether a trade word names the team's work item or labels a line of them."""
    return (
        _TRADE.fullmatch(hit) is not None
        and re.fullmatch(r"\W*", line[:start]) is not None
        and _WORK_ITEM.match(line, end) is not None
    )


# A check that is a test or a delivery step of the team's own code ("Unit tests cover the
# retry logic", "Load test: 10k events/min through the retry worker", "Retry worker
# deployed to production"): the part is named as what the team tests or ships, which
# faults the criteria (no check a user sees), not as a build the story prescribes. A
# part named in code ("PickListBuilder", "is_overdue") is still the team's code.
_CODE_TEST = re.compile(
    r"\W*(?:(?:unit|integration|load|performance|regression|smoke|end-to-end|e2e)[\s-]+"
    r"test(?:s|ed|ing)?|(?:code|test|branch)\s+coverage|covered\s+by\s+(?:unit\s+)?tests)\b",
    re.IGNORECASE,
)
_SHIPPED = re.compile(
    r"\s+(?:is\s+|are\s+)?(?:deployed|released|merged)\s+(?:to|into|in)\b", re.IGNORECASE
)
# a part named in plain words, a capital only where it starts the line
_PLAIN_PART = re.compile(r"(?:(?-i:[A-Z])?[a-z][a-z-]*)(?:\s+[a-z][a-z-]*)*")


def code_tested(line: str, hit: str) -> bool:
    """Whether a part in plain words on ``line`` is named only as what the team tests
    or ships."""
    start = line.find(hit)
    if start < 0 or not _PLAIN_PART.fullmatch(hit):
        return False
    if hit[0].isupper() and re.fullmatch(r"\W*", line[:start]) is None:
        return False
    return _CODE_TEST.match(line) is not None or _SHIPPED.match(line, start + len(hit)) is not None


# Caching done by the user's side ("whose API gateway caches the keys", "the time we
# are allowed to cache them"): in a developer product, the customer's own code.
USER_CACHES = re.compile(
    r"\b(?:(?:we|I|they)\s+(?:(?:are|am|were)\s+(?:allowed|able|supposed|expected|told)\s+to\s+|"
    r"(?:can|may|should|must|could|do)\s+|also\s+)?|(?:our|my|their|whose)\s+(?:[\w-]+\s+){0,2}?)"
    r"cach(?:e|es|ed|ing)\b(?!-)",
    re.IGNORECASE,
)
NAMED_BEFORE = re.compile(
    r"(?:(?!(?:The|A|An|Our|My|Their|This|That|Its)\s)[A-Z][\w-]*|internal|your)\s+$"
)


def their_cache(
    line: str, start: int, end: int, hit: str, scenario: Scenario, theirs_cached: bool
) -> bool:
    """Whether a cache word is the developer user's own cache or the HTTP header that
    tells them how long to keep a response ("a Cache-Control max-age"): once a story
    says the user's side caches, its plain cache words ("the cache time") are that
    cache; a cache named by its maker or called internal stays the team's."""
    if not hit.lower().startswith("cach"):
        return False
    if scenario.users_are_developers and line[end : end + 8].lower() == "-control":
        return True
    return theirs_cached and not NAMED_BEFORE.search(line, max(0, start - 30), start)


def in_braces(line: str, start: int, end: int) -> bool:
    """A code-like name in a template's braces ("{{order.number}}"): a merge field the user
    writes into their own text, not a field of the team's code."""
    before = re.search(r"\{\s*[\w.]*$", line[:start])
    return before is not None and re.match(r"[\w.]*\s*\}", line[end:]) is not None


# An acronym named as a rule the organisation is held to ("ICH GCP", "complies with GCP",
# "a GCP-compliant audit trail", "the next GCP inspection") or as a business figure that
# should rise ("so that our RevPAR and review score go up"): the user's world of rules
# and measures, not a cloud or a product the team is told to build on.
_ACRONYM = re.compile(r"(?-i:[A-Z][A-Za-z]*[A-Z][A-Za-z]*)")
_RULE_BEFORE = re.compile(
    r"(?:\bICH[\s-]*|\bcompl(?:y|ies|ied|iant|iance)\s+with\s+(?:the\s+)?)$", re.IGNORECASE
)
_RULE_AFTER = re.compile(
    r"[\s-]*(?:compliant|compliance|inspections?|guidelines?|regulations?|principles)\b",
    re.IGNORECASE,
)
_FIGURE_RISES = re.compile(
    r"(?:\s+(?:and|or)\s+(?:[\w'-]+\s+){1,2}?)?(?:(?:scores?|rates?|figures?)\s+)?"
    r"(?:go(?:es)?\s+up|rises?|improves?|increases?|grows?)\b",
    re.IGNORECASE,
)


def rule_or_measure(line: str, start: int, end: int, hit: str) -> bool:
    """Whether an acronym hit names a rule complied with or a figure that should rise."""
    if not _ACRONYM.fullmatch(hit):
        return False
    return (
        _RULE_BEFORE.search(line, max(0, start - 30), start) is not None
        or _RULE_AFTER.match(line, end) is not None
        or _FIGURE_RISES.match(line, end) is not None
    )
