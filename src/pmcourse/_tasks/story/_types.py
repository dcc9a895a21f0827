"""What the analyser works with: a scenario, a finding on one criterion, an analysis."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

__all__ = [
    "ANY_PRODUCT",
    "CRITERIA",
    "DISPLAY",
    "MARKS",
    "Analysis",
    "Finding",
    "Scenario",
    "State",
    "topic_patterns",
]

CRITERIA = ("persona", "outcome", "criteria", "problem", "topic")
DISPLAY = {
    "persona": "Persona",
    "outcome": "Outcome",
    "criteria": "Acceptance criteria",
    "problem": "Problem-oriented",
    "topic": "On topic",
}
State = Literal["met", "not met", "unsure"]
# The marks of the status table (pass, fail, review) in _display.STATUSES.
MARKS: dict[str, str] = {"met": "✔", "not met": "✘", "unsure": "?"}


@dataclass(frozen=True)
class Scenario:
    """What one task asks for, and who its users and builders are.

    ``need`` is one line shown in feedback. ``topic`` recognises the need: one
    regular-expression alternation per term group, matched as whole words,
    case-insensitively, the need's object first; the topic judge (``_topic``) reads the
    whole story against them and fails it only when its want asks for another feature.
    With no ``topic``, the need's own words serve as one group.

    ``users`` names the intended persona in feedback; ``user_roles`` are the head
    words of the people the product serves ("clerk", "developer"), ``builders`` the
    people and teams who build it in this scenario ("API team", "platform
    engineer"). A persona that names a builder is not a user even when its head
    word is a user role ("an engineer at the platform"); ``vendor`` names the maker
    ("Shipmate"), so that "an engineer at Shipmate" is one of its builders.

    ``contract`` lists the kinds of solution detail (see ``_lexicon.KINDS``) that the
    users see and code against, so that they belong in a story: for an API product,
    the interface. ``contract_line`` states the line between the product and the
    team's implementation in words, the same in feedback, in the task's prompt and in
    chapter 4. ``judge`` lists the criteria this task scores, in order.
    """

    need: str
    topic: tuple[str, ...] = ()
    users: str = ""
    user_roles: tuple[str, ...] = ()
    builders: tuple[str, ...] = ()
    vendor: tuple[str, ...] = ()
    contract: tuple[str, ...] = ()
    contract_line: str = ""
    judge: tuple[str, ...] = CRITERIA
    name: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        unknown = [c for c in self.judge if c not in CRITERIA]
        if unknown or not self.judge:
            msg = f"unknown criteria to judge: {unknown}"
            raise ValueError(msg)

    @property
    def users_are_developers(self) -> bool:
        """An API product: developers are its users."""
        return "internal interfaces" in self.contract


ANY_PRODUCT = Scenario(
    need="",
    topic=(),
    judge=("persona", "outcome", "criteria", "problem"),
    name="ANY_PRODUCT",
)
"""The no-scenario path: a story of any product, judged without a need to keep or a list
of users (a public set of stories from other domains): persona, outcome, criteria and
problem-orientation by kind."""


@cache
def topic_patterns(topic: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The compiled term groups of a scenario's topic."""
    return tuple(re.compile(r"\b(?:" + group + r")\b", re.IGNORECASE) for group in topic)


@dataclass(frozen=True)
class Finding:
    """The verdict on one criterion; ``message`` already quotes its evidence.

    ``state`` is "met", "not met" or "unsure" (the analyser could not tell).
    ``quoted`` holds the learner's words a ✔ line quotes as good and ``flagged``
    the words a ✘ line flags, so that the two can be checked against each other.
    """

    criterion: str
    state: State
    message: str
    quoted: tuple[str, ...] = ()
    flagged: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return self.state == "met"

    @property
    def decided(self) -> bool:
        return self.state != "unsure"

    @property
    def line(self) -> str:
        """The feedback line: ``✔ Persona: ...``, ``✘ Persona: ...`` or ``? Persona: ...``."""
        return f"{MARKS[self.state]} {DISPLAY[self.criterion]}: {self.message}"


@dataclass(frozen=True)
class Analysis:
    """The parsed story and the findings on each judged criterion.

    ``format`` is one of "connextra", "job story", "persona line", "criteria only"
    or "free text". ``core`` is the criterion whose failure caps the score at half:
    problem-orientation, the skill the story tasks exist to teach.
    """

    findings: tuple[Finding, ...]
    persona: str | None
    want: str | None
    outcome: str | None
    criteria: tuple[str, ...]
    format: str
    core: str = "problem"

    def _get(self, criterion: str) -> Finding:
        for f in self.findings:
            if f.criterion == criterion:
                return f
        raise KeyError(criterion)

    def state(self, criterion: str) -> State:
        return self._get(criterion).state

    def passed(self, criterion: str) -> bool:
        return self._get(criterion).passed

    @property
    def fraction(self) -> float:
        """The share of criteria met, counting only decided ones; a missed core
        objective caps it at one half."""
        score = sum(f.passed for f in self.findings) / len(self.findings)
        core = [f for f in self.findings if f.criterion == self.core]
        if core and core[0].state == "not met":
            score = min(score, 0.5)
        return score

    @property
    def review(self) -> bool:
        """Whether an unsure criterion could change the verdict: nothing decided
        fails, so the task passes or fails on what a human sees."""
        return any(not f.decided for f in self.findings) and all(
            f.state != "not met" for f in self.findings
        )

    @property
    def feedback(self) -> str:
        lines = [f.line for f in self.findings]
        if any(not f.decided for f in self.findings):
            later = "; a human will look at it too" if self.review else ""
            lines.append(
                "? marks a point the checks could not decide: check it yourself against "
                f"the checklist{later}."
            )
        return "\n".join(lines)
