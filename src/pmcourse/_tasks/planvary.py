"""Whether an eval plan handles outputs that vary from run to run: several runs of each
case, all of them judged. Task 9.7's judge (``evalplan``) asks this module."""

from __future__ import annotations

import re

from .plantext import first as _first
from .plantext import label as _label
from .plantext import quote as _quote
from .plantext import sentences as _sentences
from .plantext import values as _values

__all__ = ["handles_variation"]

_FLAGS = re.IGNORECASE

# What the feature hands back, whatever it makes: drafts, replies, answers, summaries.
_OUTPUTS = r"drafts?|repl(?:y|ies)|answers?|outputs?|responses?|summar(?:y|ies)"
_REPEATS = re.compile(
    r"\b(?:non-?determinis\w*|consisten\w*|varian\w*|vary|varies|variation|temperature|"
    r"(?:runs?|ran|running|repeat\w*|re-?run\w*|sampl\w*|generat\w*)\b[^.\n]{0,60}?\b(?:times|"
    r"twice|thrice|several|multiple|repeatedly|more\s+than\s+once)|"
    # a count of runs with the noun left singular ("run it 3 time")
    r"(?:runs?|ran|running|repeat\w*|re-?run\w*|generat\w*|draft\w*|sampl\w*)\b[^.\n]{0,40}?"
    r"\b(?:[2-9]|10|two|three|four|five|ten)\s+time|"
    r"(?:repeat\w*|re-?run\w*|run)\s+(?:\w+\s+){0,3}?\d+\s*x|"
    r"(?:each|every|per)\s+(?:ticket|case|input|prompt|example|question)\b[^.\n]{0,40}?\b"
    r"(?:\d+|two|three|four|five|ten|several|multiple)\s+(?:runs?|samples?|generations?|"
    r"attempts?|completions?|times|" + _OUTPUTS + r")|"
    # with the noun left singular after a count of two or more: "every ticket 3 time"
    r"(?:each|every|per)\s+(?:ticket|case|input|prompt|example|question)\b[^.\n]{0,40}?\b"
    r"(?:[2-9]|10|two|three|four|five|ten)\s+time(?!\s+(?:zones?|units?|slots?|frames?))|"
    # the outputs may be named by what the feature makes: "3 summaries per ticket"
    r"(?:\d+|two|three|four|five|six|ten|several|multiple)\s+(?:runs?|samples?|"
    r"generations?|attempts?|completions?|" + _OUTPUTS + r")\s+(?:per|each|for\s+each|"
    r"for\s+every|for\s+(?:one|a|an)\b|"
    r"on\s+each|of\s+each)|"
    # a small count of runs on its own ("Varying: 3 runs"); a set's size is bigger
    r"\b(?:[2-9]|10|two|three|four|five|six|ten|several|multiple)\s+(?:runs|samples|"
    r"generations|attempts)|"
    r"(?:\d+|two|three|four|five|six|ten|several|multiple|a\s+few|a\s+couple\s+of)\s+times|"
    r"twice)\b|"
    # more outputs made for the same inputs: "we also generate two more drafts for each"
    r"\b(?:[1-9]|10|one|two|three|four|five|six|ten|several|a\s+few)\s+(?:more|extra|"
    r"additional)\s+(?:runs?|samples?|generations?|attempts?|completions?|" + _OUTPUTS + r")\b|"
    r"\b(?:run|ran|repeated|sampled|generated|drafted)\s+\d+\s*[x\u00d7]|"
    # a count of runs written as a product after each case: "each ticket \u00d73", "every case 5x"
    r"\b(?:each|every|per)\s+(?:ticket|case|input|prompt|example|question|request|document)s?"
    r"\s*(?:[x\u00d7]\s*(?:[2-9]|10)|(?:[2-9]|10)\s*[x\u00d7])(?!\w)",
    _FLAGS,
)

# a small count written as a product among bare values is the runs: "... / 85% / 3x / ..."
_RUNS_ONLY = re.compile(r"(?:[2-9]|10)\s*[x\u00d7]|[x\u00d7]\s*(?:[2-9]|10)", _FLAGS)


# Fixing the temperature at 0 and running once does not plan for outputs that vary; a
# sentence that says so counts only when it also repeats the runs.
_ONE_RUN = re.compile(
    r"\b(?:run\s+once|one\s+run|single\s+run|temperature\s+(?:is\s+)?(?:set\s+)?"
    r"(?:to\s+|at\s+|of\s+|=\s*)?0(?:\.0)?(?![.\d]))",
    _FLAGS,
)
_MANY_RUNS = re.compile(
    r"\b(?:[2-9]|10|two|three|four|five|ten|several|multiple)\s+(?:runs|times|samples|drafts|"
    r"generations)\b|\btwice\b",
    _FLAGS,
)


# Several drafts of which only the first (or any one) is kept throw the variation away.
_KEEP_ONE = re.compile(
    r"\b(?:take|takes|use|uses|keep|keeps|score|scores|count|counts|pick|picks|choose|chooses|"
    r"select|selects|rate|rates)\s+(?:only\s+)?the\s+"
    # or the best of them: best-of-n hides the bad drafts a user would also get
    r"(?:(?:first|one)\b(?!\s+that)|(?:best|top|highest[\w-]*)(?=\s+one\b|\s+of\b|\s+draft|"
    r"\s+repl|\s+answer|\s+output|\s*[.,;]|\s*$))",
    _FLAGS,
)


# A line labelled as the varying outputs or the runs, then a small count written as a
# product or given for each case: "Varying: 3x", "Runs per ticket: x5", "runs = 5 per ticket".
_VARY_LABEL = re.compile(r"\b(?:vary\w*|variation|varian\w*|repeats?|runs?)\b", _FLAGS)
_PRODUCT_COUNT = re.compile(
    r"^(?:(?:[2-9]|10)\s*[x\u00d7]|[x\u00d7]\s*(?:[2-9]|10))(?!\w)|"
    r"^(?:[2-9]|10)\s+(?:per|each|for\s+each|for\s+every)\s+(?:ticket|case|input|prompt|"
    r"example|question|request|document)\b",
    _FLAGS,
)


# Repeated runs the writer says, just before them, are not needed are not planned: "I don't
# think we need to run it several times", "no need to repeat each case".
_NOT_NEEDED = re.compile(
    r"\b(?:(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|not)\s+(?:\w+\s+){0,3}?"
    r"(?:need|needed|have)\s+to|no\s+need\s+(?:to|for)|(?:won't|will\s+not|don't|do\s+not)"
    r"\s+(?:bother\s+to\s+)?(?:run|repeat|re-?run))\b",
    _FLAGS,
)


def handles_variation(text: str) -> str:
    for s in _sentences(text):
        if (_ONE_RUN.search(s) and not _MANY_RUNS.search(s)) or _KEEP_ONE.search(s):
            continue
        rep = _REPEATS.search(s)
        if rep and _NOT_NEEDED.search(s[max(0, rep.start() - 40) : rep.start()]):
            continue
        found = _first(_REPEATS, s)
        if found:
            return found
        label, rest = _label(s)
        if _VARY_LABEL.search(label) and _PRODUCT_COUNT.match(rest):
            return _quote(s, 0)
    # a small count written as a product among bare values is the runs: "... / 85% / 3x / ..."
    return next((p for p in _values(text) if _RUNS_ONLY.fullmatch(p.strip(" .-"))), "")
