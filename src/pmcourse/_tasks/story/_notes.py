"""A note after the story addressed to whoever builds it ("Note for IT: please run the
Civica sync every hour", "NB: pull the list from Northgate via the existing flow"): the
writer telling the builders which named systems to use, run or pull from is the how,
whatever the story above it says. A note that names nothing ("Note: please keep it
simple") or names what the user meets (their language, a day) asks nothing of the
build."""

from __future__ import annotations

import re

from ._types import Scenario

__all__ = ["NOTE_KIND", "builder_note"]

NOTE_KIND = "a note to the builders naming what to use"

# "Note:", "NB -", "P.S.", "Note for IT:", "A note to the developers:", "Tech note for
# devs:", and a proposal's label ("Proposed: build it in ..."), which also speaks to the team
_NOTE = re.compile(
    r"^\W*(?:a\s+)?(?:n\.?\s?b\.?|p\.?\s?s\.?|proposed|"
    r"(?:(?:tech(?:nical)?|dev(?:eloper)?|implementation|build)\s+)?notes?)"
    r"(?:\s+(?:for|to)\s+(?:the\s+)?[\w&/ -]{1,30}?)?"
    r"\s*[:\u2013\u2014-]\s*",
    re.IGNORECASE,
)
# an ask to the builders, at the start of a clause: a verb of using or moving data with
# a name after it, within a few words ("please use GOV.UK Notify", "and run the Civica
# stock sync", "pull the shortlist from Northgate")
_ASK = re.compile(
    r"(?:^|[,;:\u2013\u2014]\s*|\b(?i:please|and|then|just)\s+)"
    r"(?i:use|re-?use|run|pull|push|sync|call|load|send|hook\s+into|integrate\s+with|"
    # "build it in Guidewire", "build this on Salesforce": the platform to build on
    r"build(?:\s+(?:it|this|them))?\s+(?:in|on|with)|"
    r"connect\s+to)\s+(?:(?!(?i:and|or|but)\s)[\w'-]+\s+){0,5}?"
    r"(?!(?:I|English|Welsh|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # the name quoted, and the thing of it named after ("Civica stock sync")
    r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
    r"(?:\s+(?!(?:for|to|from|via|every|so|and|or|in|on|at|with|the|a|an)\b)[a-z][\w-]*){0,2})"
)


def builder_note(line: str, scenario: Scenario) -> list[tuple[int, int]]:
    """Where a note addressed to the builders asks them to use a named system: the
    name's span, one for each ask; none where the name is the product's own
    or a word the scenario gives its users."""
    note = _NOTE.match(line)
    if not note:
        return []
    own = {v.lower() for v in scenario.vendor} | {
        w.lower() for w in re.findall(r"[A-Z][\w.]+", scenario.users)
    }
    spans = []
    told = line[note.end() :]
    for m in _ASK.finditer(told):
        name = next(w for w in reversed(m.group(1).split()) if w[0].isupper())
        if name.lower().strip(".") not in own:
            spans.append((note.end() + m.start(1), note.end() + m.end(1)))
    return spans
