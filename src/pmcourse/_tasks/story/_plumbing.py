"""Solution detail told as the data plumbing behind a product whose users are not
developers: a batch transfer set to a timetable ("the stock file exported every night",
"a nightly CSV export", "read the price sheet from head office each hour"), and another
party's product named as where the data lives ("the council's Salesforce", "the venue's
Xero invoice", "the firm's CRM (Dynamics 365)").

Which systems pass the data, and how often, is the team's design: the user only meets
its effect (the shelf is right, the text comes in time). In a developer product the
scheduled jobs and exports are what its users run and code against (a nightly job a
scheduler must start), so neither form is read there.
"""

from __future__ import annotations

import re

from ._types import Scenario

__all__ = ["plumbing"]

_EVERY = (
    r"(?:nightly|overnight|(?:every|each)\s+(?:night|hour|\d+\s+(?:seconds|minutes|hours)|"
    r"(?:five|ten|fifteen|twenty|thirty)\s+minutes))"
)
# A transfer of data on a timetable: the schedule before the data's batch ("a nightly
# CSV export", "the nightly sync"), a verb that only moves data before the schedule
# ("exported every night into a sheet", "the feed scraped every 30 seconds"), or a verb
# people use too (read, send, drop) when it names the route ("send the stock level by
# file each night", "read the price list from head office every hour"). A batch of
# goods or a person's round ("the overnight batch of loaves", "the nightly cleaning
# job"), a message to a person ("send me a summary every night") and the user's own
# act ("I want to read my list from the app every night") are left.
_ROUTE = r"(?:from|by|into|against|via|over|through)"
BATCH = re.compile(
    r"\b" + _EVERY + r"\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:sync|exports?|files?|macros?|uploads?|imports?|transfers?)\b"
    r"|\b(?:sync|feed)\s+" + _EVERY + r"\b"
    r"|\b(?:sync|export|upload|import|transfer|dump|scrape)(?:s|es|ed|d|ing)?\s+"
    r"(?:[\w'\u2019()-]+\s+){0,8}?" + _EVERY + r"\b"
    r"|(?<!\bI\s)(?<!\bwe\s)(?<!\bcan\s)(?<!\bwant\sto\s)(?<!\bneed\sto\s)(?<!\bable\sto\s)"
    r"\b(?:read|send|drop|push|pull|file|feed)(?:s|es|ed|ing)?\s+"
    r"(?!(?:me|us|you|him|her|them|it\s+to\s+me)\b)"
    r"(?:[\w'\u2019()-]+\s+){0,6}?" + _ROUTE + r"\s+(?:[\w'\u2019()-]+\s+){0,6}?" + _EVERY + r"\b",
    re.IGNORECASE,
)
# Another party's product as where the data lives: an owner's possessive, after its
# article (so "it's Nanny" has no owner), before a product named by its maker ("the
# council's Salesforce", "the chef's Excel sheet"), or a system's acronym with that
# maker's name in brackets ("the council's CRM (Dynamics 365)"). Everyday names the user
# sees (an NHS number, a VAT code) are not products, and a lower-case noun between owner
# and name ("our accountant's software (Xero)") is the user's destination, told by its
# kind.
OWNED = re.compile(
    r"\b(?:the|an?|my|our|your|their|his|her|its)\s+(?:[\w-]+\s+)?[\w-]+['\u2019]s?\s+(?:own\s+)?"
    r"(?P<name>(?-i:(?!(?:NHS|GP|VAT|ETA|MOT|PIN|ID|UK|EU|US|HMRC|DVLA|SMS|PDF|API)\b)"
    r"[A-Z][a-z]+[A-Za-z0-9]*|[A-Z]{2,}(?=\s*\([A-Z][a-z]+)))"
    r"(?=\s*[,.;(]|\s*$|\s+(?:(?:[a-z]+\s+)?(?:invoices?|sheets?|spreadsheets?|records?|"
    r"channels?|tables?|lists?|systems?|folders?|objects?|cases?|files?|workbooks?|groups?|"
    r"queues?|fields?)\b|(?:that|which)\b|to\s+(?:trigger|store|send|post|push|read)\b))",
    re.IGNORECASE,
)
_DAY = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)$",
    re.IGNORECASE,
)

# the sentence tells how things stand now ("today the branch sends a nightly file"):
# the plumbing the user puts up with, not the one asked for
_NOW = re.compile(
    r"\b(?:today|currently|at\s+the\s+moment|right\s+now|at\s+present|now)\b", re.IGNORECASE
)


def _told_as_now(line: str, start: int) -> bool:
    """Whether the sentence before ``start`` says it is how things are done today."""
    begin = max(line.rfind(".", 0, start), line.rfind("!", 0, start), line.rfind("?", 0, start))
    return _NOW.search(line, begin + 1, start) is not None


BATCH_KIND = "scheduled data transfers"
OWNED_KIND = "third-party platforms and integrations"


def plumbing(line: str, scenario: Scenario, own: frozenset[str]) -> list[tuple[int, int, str]]:
    """The spans of ``line`` that name the data plumbing, with their kinds; none in a
    developer product. ``own``: the words the scenario gives its users, so a product
    they are said to use is theirs, not the team's choice."""
    if scenario.users_are_developers:
        return []
    spans = [
        (m.start(), m.end(), BATCH_KIND)
        for m in BATCH.finditer(line)
        if not _told_as_now(line, m.start())
    ]
    vendor = {v.lower() for v in scenario.vendor}
    for m in OWNED.finditer(line):
        name = m.group("name")
        low = name.lower()
        if (
            low in own
            or low in vendor
            or _DAY.match(name)
            or OWNED_KIND in scenario.contract
            or _told_as_now(line, m.start())
        ):
            continue
        spans.append((m.start("name"), m.end("name"), OWNED_KIND))
    return spans
