"""Solution detail told as where the want's data comes from or goes through: the data
worked out, read, pushed or linked by way of another maker's named system ("the restore
time calculated from SCADA telemetry", "status read off each PLC over OPC-UA", "pushed
through Power Automate", "linked to its zone in the Revit model"). For users who are not
developers, which systems feed and carry the data is the team's design; the user only
meets the result. A developer product's systems may be its contract, so those scenarios
are left to the other rules, as are the vendor's own names and the words the scenario
gives its users (their own HR system or app)."""

from __future__ import annotations

import re

from ._scenwords import need_words, users_words
from ._types import Scenario

__all__ = ["SOURCED_KIND", "sourced_route"]

SOURCED_KIND = "third-party platforms and integrations"

# a verb that derives, reads or moves the data, then a few words, then a routing word and
# the named system: an acronym ("SCADA", "OPC-UA"), a name with an inner capital
# ("OSIsoft", "ServiceNow"), two capitalised words ("Power Automate"), or one capitalised
# word named as a system by its noun ("the Revit model")
_ROUTE = re.compile(
    r"\b(?:read|calculated|computed|worked\s+out|derived|pulled|pushed|piped|fed|taken|"
    r"matched|linked|drawn|sourced|synced|mapped|estimated)\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?(?:from|through|over|via|off|in|into)\s+"
    r"(?:(?:the|an?|each|every|its|their)\s+)?"
    r"(?P<name>(?-i:(?!(?:SMS|MMS|PDF|APIs?|UK|EU|US|NHS|GP|HR|IT|ID|PIN|QR|OK|AM|PM|ETA|"
    r"I|A|The|My|Our|Your|Their|This|That)\b)"
    r"[A-Z]{2,}(?:-[A-Z]{2,})?\b(?!-)"
    r"|[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+"
    r"|[A-Z][a-z]+\s+[A-Z][a-z]+"
    r"|[A-Z][a-z]+\s+(?i:models?|programmes?|historians?|systems?|servers?|workbooks?|"
    r"platforms?|tickets?|instances?)\b))",
    re.IGNORECASE,
)


def sourced_route(
    line: str, start: int, end: int, scenario: Scenario
) -> list[tuple[int, int, str]]:
    """The named systems the want from ``start`` to ``end`` routes its data through."""
    if scenario.users_are_developers or SOURCED_KIND in scenario.contract:
        return []
    own = users_words(scenario) | need_words(scenario)
    vendor = {w.lower() for v in scenario.vendor for w in v.split()}
    spans: list[tuple[int, int, str]] = []
    for m in _ROUTE.finditer(line, start, end):
        words = {w.lower() for w in m.group("name").split()}
        if words & vendor or words <= own:
            continue
        spans.append((m.start("name"), m.end("name"), SOURCED_KIND))
    return spans
