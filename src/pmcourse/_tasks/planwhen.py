"""When an eval plan says its eval runs: before launch, after every change to what the
feature is built from, or as a regression check; a cadence alone watches live drafts and
gates nothing. Task 9.7's judge (``evalplan``) asks this module."""

from __future__ import annotations

import re

from .plantext import evidence as _evidence
from .plantext import sentences as _sentences

__all__ = ["says_when_it_runs", "unsure_line"]

_FLAGS = re.IGNORECASE

# One thing in a list of what changes: "the prompt", "the knowledge base", "retrieval".
_ITEM = r"(?:the\s+|a\s+|our\s+|its\s+)?[\w/-]+(?:\s+[\w/-]+)?"
_WHEN = re.compile(
    r"\b(?:before\s+(?:the\s+)?(?:launch\w*|release\w*|ship\w*|go-?live)|pre-?launch|"
    r"pre-?release|"
    r"before\s+(?:the\s+)?(?:(?!and\b|or\b|after\b)[\w-]+\s+){0,3}?(?:launch|launches|ship|"
    r"ships|go\s+live|release|releases)|"
    # what is changed may be a list ("after each prompt, model or policy change")
    r"(?:after|on)\s+(?:every|each|any)\s+(?:[\w/,-]+\s+){0,4}?(?:change|update|upgrade|"
    # a change may be named by its size or kind: "after every prompt tweak or model swap"
    r"edit|release|deploy\w*|tweak|swap|switch|adjustment|revision|modification|retrain\w*)|"
    r"(?:every|each|any)\s+(?:[\w/,-]+\s+){0,4}?(?:change[sd]?|update[sd]?|upgrade[sd]?)|"
    # putting the feature live said as a verb: "before switching it on", "before rolling it out"
    # ("before we switch on": the object may go unsaid)
    r"before\s+(?:we\s+)?(?:switch\w*|turn\w*|roll\w*|put\w*)\s+(?:(?:it|this|them|the\s+[\w-]+)"
    r"\s+)?(?:on|out|live)|"
    # a rerun "every time" what it is built from changes, however long its name ("every time
    # the prompt or model is changed", "every time the recipe (prompt or model) changes"); an
    # output that changes each time is varying, not a rerun
    r"every\s+time\s+(?:(?!(?:answers?|outputs?|drafts?|repl(?:y|ies)|results?|wording)\b)"
    r"[\w/()-]+\s+){1,6}?(?:changes?|is\s+changed|are\s+changed|is\s+updated|are\s+updated)|"
    r"when(?:ever)?\s+(?:the\s+|a\s+|we\s+)?(?:[\w/-]+\s+){0,2}?(?:changes?|is\s+(?:changed|updated)|"
    r"updates?|change\s+(?:the\s+)?(?:\w+))|"
    # what changes may be a list: "whenever the prompt, the model or the knowledge base changes"
    r"when(?:ever)?\s+"
    + _ITEM
    + r"(?:,\s+"
    + _ITEM
    + r")*,?\s+(?:or|and)\s+"
    + _ITEM
    + r"\s+(?:change|changes|are\s+changed|is\s+changed|updates?|are\s+updated)|"
    # a rerun on a change, said with "if": "again if the prompt or model changes"; "if the
    # answers change" with no "again" is about outputs that vary
    r"again\s+if\s+(?:[\w/-]+\s+){0,4}?(?:changes?|is\s+changed|are\s+changed|updates?)|"
    # a cadence alone (weekly, every month) watches live drafts: it gates nothing
    r"regression\w*|every\s+release|on\s+each\s+release)\b",
    _FLAGS,
)


# A timing the writer has not settled on is no timing: "we haven't decided yet; probably
# before launch", "maybe after each change".
_UNDECIDED = re.compile(
    r"\b(?:(?:haven't|have\s+not|not\s+yet|not)\s+(?:\w+\s+)?decided|undecided|tbd|"
    r"to\s+be\s+decided|not\s+sure)\b",
    _FLAGS,
)
_WHEN_HEDGE = re.compile(r"\b(?:maybe|perhaps|possibly|probably)\s+$", _FLAGS)


# A line labelled as the timing whose words put the choice off ("When: we will decide with
# the vendor", "When: TBD, later") and names no timing itself is the writer's own answer
# that the timing is open: a timing cue elsewhere in the plan (a preamble's "before we switch it on") is not its plan.
_WHEN_FIELD = re.compile(r"^\W*(?:when|timing|schedule)\s*:", _FLAGS)
_PUT_OFF = re.compile(
    r"\b(?:(?:we|I)\s+(?:will|'ll|shall|must)\s+(?:\w+\s+)?(?:decide|see|agree|figure)|"
    r"decide\w*\s+later|later\s+on|tbd|to\s+be\s+(?:decided|agreed|confirmed))\b",
    _FLAGS,
)


# A run the team fits in when it has time ("when the team has time in the weeks before
# launch", "whenever we have a quiet week", "if there is time") has no date that gates the launch, whatever else it names.
_SPARE_TIME = re.compile(
    r"\b(?:when(?:ever)?|if|once)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:team|group|we|they|people|"
    r"staff|agents|everyone)\s+(?:has|have|get|gets|find|finds)\s+(?:(?:(?:some|spare|free|the)\s+)?"
    r"time\b(?!\s+to\b)|a\s+(?:quiet|free|slow)\s+(?:week|day|moment|spell|period)\b)|\bif\s+there\s+is\s+(?:any\s+)?time\b|\btime\s+permitting\b",
    _FLAGS,
)


def says_when_it_runs(text: str) -> str:
    if _SPARE_TIME.search(text):
        return ""
    if any(
        _WHEN_FIELD.match(s) and _PUT_OFF.search(s) and not _WHEN.search(s)
        for s in _sentences(text)
    ):
        return ""
    for s in _sentences(text):
        if _UNDECIDED.search(s):
            continue
        for m in _WHEN.finditer(s):
            if not _WHEN_HEDGE.search(s[max(0, m.start() - 20) : m.start()]):
                return _evidence(s, m.start(), m.end())
    return ""


# A measure the writer says is not settled yet, with a judge it guesses at ("Measure: we
# haven't decided yet, probably the PM reads them"), is neither a measure nor its absence:
# the judge cannot tell whether the guess is the plan.
_MEASURE_FIELD = re.compile(r"\b(?:quality\s+)?measure\s*:([^\n]*?)(?:\.(?:\s|$)|\n|$)", _FLAGS)
_GUESS = re.compile(r"\b(?:maybe|perhaps|possibly|probably|likely)\s+\w+", _FLAGS)


def undecided_measure(text: str) -> str:
    """The measure field that is undecided but guesses at a judge, or ""."""
    for m in _MEASURE_FIELD.finditer(text):
        body = m.group(1)
        if _UNDECIDED.search(body) and _GUESS.search(body):
            return " ".join(m.group().split())
    return ""


def unsure_measure(line: str, text: str) -> str:
    """A missing measure the plan says is undecided, guessing at a judge, is unsure."""
    field = undecided_measure(text) if line.startswith("✘ Names a quality measure") else ""
    if not field:
        return line
    return (
        f'? Names a quality measure: "{field}" is not decided yet; looked for who judges each '
        "draft and how, and found only a guess; check this point against the checklist"
    )


# A line labelled as the cost that puts the choice off and names no figure ("Cost: we will
# see after the pilot and decide then") leaves half a budget open: a latency set elsewhere
# may be the budget or only a speed target, and the judge cannot tell which the plan means.
_COST_FIELD = re.compile(r"^\W*(?:cost|costs|budget|spend)\s*:", _FLAGS)


def put_off_cost(text: str) -> str:
    """The cost field that puts its choice off and names no figure, or ""."""
    for s in _sentences(text):
        if _COST_FIELD.match(s) and _PUT_OFF.search(s) and not re.search(r"\d", s):
            return " ".join(s.split())
    return ""


_BUDGET_TICK = "✔ Sets a cost or latency budget: "


def unsure_budget(line: str, text: str) -> str:
    """A budget found beside a cost field that puts its choice off is unsure."""
    field = put_off_cost(text) if line.startswith(_BUDGET_TICK[:-2]) else ""
    if not field:
        return line
    found = line[len(_BUDGET_TICK) :]  # what the tick quoted, after its label
    return (
        f'? Sets a cost or latency budget: "{field}" leaves the cost open, and {found} '
        "may be only a speed target; looked for a cost or latency limit the eval holds the "
        "drafts to; check this point against the checklist"
    )


def unsure_line(line: str, text: str) -> str:
    """A feedback line made unsure where the plan says its choice is not made yet."""
    return unsure_budget(unsure_measure(line, text), text)
