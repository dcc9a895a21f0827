"""The checks of exercise 10's written answers: 10.3's reason for a design, 10.6's spec.

Each criterion of the two rubrics finds the sentence of the answer that meets it (the
feedback quotes it), with the patterns of what such a sentence says; the model answers
(:data:`MODEL_REASON`, :data:`MODEL_SPEC`) are the tasks' solutions and meet every one.
"""

from __future__ import annotations

import re

__all__ = [
    "MODEL_REASON",
    "MODEL_SPEC",
    "backing_feedback",
    "backs_a_design",
    "cites_evidence",
    "design_feedback",
    "leaves_design_to_team",
    "names_what_is_gained",
    "names_what_is_given_up",
    "sets_constraints",
    "sets_measures",
    "states_problem",
]

# ------------------------------------------------------------------ 10.3 the reason
_FLAGS = re.IGNORECASE
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])\s)")
_NUMBER = re.compile(r"\d")


def _sentences(text: str) -> list[str]:
    return [" ".join(s.split()) for s in _SENTENCE.split(text) if s.strip()]


def _sentence_with(text: str, *patterns: re.Pattern[str]) -> str:
    """The first sentence that every pattern matches, or ""."""
    for s in _sentences(text):
        if all(p.search(s) for p in patterns):
            return s
    return ""


_DESIGN_A = re.compile(r"\b(?:design|option)\s+a\b", _FLAGS)
_DESIGN_B = re.compile(r"\b(?:design|option)\s+b\b", _FLAGS)
_FRESHNESS = re.compile(
    r"\b(?:fresh\w*|stale\w*|out[\s-]of[\s-]date|old(?:er)?|minutes?\s+behind|behind|"
    r"consisten\w*|up[\s-]to[\s-]date|current|real[\s-]?time|lag\w*|delay(?:ed)?)\b",
    _FLAGS,
)
_SPEED = re.compile(
    r"\b(?:latency|fast\w*|slow\w*|speed\w*|quick\w*|load(?:s|ing)?\s+(?:time|in)|"
    r"wait\w*|ms|milliseconds?|seconds?|responsive\w*)\b",
    _FLAGS,
)
_EVIDENCE = re.compile(
    r"\b(?:once\s+a\s+day|daily|40\s*%|40\s+percent|abandon\w*|900\s*ms|150\s*ms|"
    r"10\s+minutes|ten\s+minutes|month[\s-]end|research|interview\w*|sessions?)\b",
    _FLAGS,
)


def backs_a_design(text: str) -> str:
    """The sentence naming the design the evidence favours (design B)."""
    return _sentence_with(text, _DESIGN_B)


def backing_feedback(text: str) -> str:
    said = _sentence_with(text, _DESIGN_A)
    if said:
        return (
            f'you back design A ("{said[:70]}"); the research says approvers look once a day, '
            "so ten-minute-old totals cost them little while the slow month-end load costs "
            "sessions. Name the design you back as 'design B' if you agree."
        )
    return "Name the design you back, as 'design A' or 'design B', so the review can record it."


def names_what_is_given_up(text: str) -> str:
    return _sentence_with(text, _FRESHNESS)


def names_what_is_gained(text: str) -> str:
    return _sentence_with(text, _SPEED)


def cites_evidence(text: str) -> str:
    return _sentence_with(text, _EVIDENCE)


MODEL_REASON = """\
I back design B. Approvers open the dashboard about once a day to see where the month
stands, so totals that are up to 10 minutes old cost them nothing they told us they need,
and approving an expense still reads live data on its own screen. What they do feel is
speed: at month-end the current page takes 900 ms at the 95th percentile and 40% of sessions
are abandoned, while design B answers in 150 ms."""

# ------------------------------------------------------------------ 10.6 the spec
_PROBLEM = re.compile(
    r"\b(?:problem|today|cannot|can't|can\s+not|by\s+hand|manual\w*|hours?|pain\w*|"
    r"struggl\w*|need\w*|want\w*|complain\w*|lose|losing|slow)\b",
    _FLAGS,
)
_WHO = re.compile(
    r"\b(?:customers?|users?|finance|accountants?|admin\w*|approvers?|teams?|developers?|"
    r"partners?|buyers?)\b",
    _FLAGS,
)
_CONSTRAINT = re.compile(
    r"\b(?:must|must\s+not|may\s+not|cannot\s+break|no\s+breaking|compatib\w*|within|"
    r"at\s+most|no\s+more\s+than|at\s+least|up\s+to|limit\w*|budget|deadline|by\s+the\s+end|"
    r"only)\b",
    _FLAGS,
)
_MEASURE = re.compile(
    r"\b(?:measur\w*|metric\w*|success|succeed\w*|key\s+results?|KRs?|targets?|goals?|"
    r"share|rate|fall\w*|drop\w*|ris(?:e|es|ing)|grow\w*|increase\w*|reduc\w*)\b|%",
    _FLAGS,
)
_TEAM_DECIDES = re.compile(
    r"\b(?:team|engineers?|engineering|tech\s+lead)\b[^.\n]{0,60}?\b(?:decide\w*|choose\w*|"
    r"choice|design\w*|propose\w*|own\w*|call)\b|\b(?:design|how\s+to\s+build\s+it|how\s+we\s+"
    r"build\s+it|implementation|architecture)\b[^.\n]{0,60}?\b(?:team|engineers?|engineering|"
    r"out\s+of\s+scope|open)\b",
    _FLAGS,
)
_PRESCRIBES = re.compile(
    r"\b(?:kafka|redis|memcached|postgres\w*|mysql|mongo\w*|dynamo\w*|elasticsearch|"
    r"s3\s+bucket|lambdas?|kubernetes|microservices?|cron\s+jobs?|graphql|grpc|websockets?|"
    r"(?:use|add|build|put)\s+(?:a|an|the)\s+(?:cache|queue|replica|index|table|database|"
    r"worker|job\s+queue|message\s+bus)|add\s+an\s+index|shard\w*|partition\w*|"
    r"caching\s+layer|written\s+in\s+(?:python|java|go|rust))\b",
    _FLAGS,
)


def states_problem(text: str) -> str:
    return _sentence_with(text, _PROBLEM, _WHO)


def sets_constraints(text: str) -> str:
    return _sentence_with(text, _CONSTRAINT)


def sets_measures(text: str) -> str:
    return _sentence_with(text, _MEASURE, _NUMBER)


def leaves_design_to_team(text: str) -> str:
    if _PRESCRIBES.search(text):
        return ""
    return _sentence_with(text, _TEAM_DECIDES)


def design_feedback(text: str) -> str:
    found = _PRESCRIBES.search(text)
    if found:
        return (
            f'"{" ".join(found.group(0).split())}" says how to build it. A spec states the need '
            "(the problem, the limits, the measures); the choice of technology is the team's."
        )
    return (
        "Say in a sentence that the design is the team's to choose, for example 'the engineers "
        "decide how to build it and bring back its trade-offs'."
    )


MODEL_SPEC = """\
Spec: expense export through the API.
Problem: finance administrators at our business-plan customers copy approved expenses into
their accounting tools by hand at every month-end; in interviews, 9 of 12 said it takes most
of a day.
Constraints: existing API clients must keep working, with no breaking change to v1. An export
must cover up to 50,000 expenses. Only approved expenses leave the product, and only for admins
with export rights. We want it with customers by the end of Q3.
Measures: 30% of business accounts export at least once a month by the end of Q4, and
month-end support tickets about getting data out fall from 80 to 20.
Out of scope here: how to build it. The engineers decide the design and bring back its
trade-offs (speed, freshness, cost) for us to weigh together."""
