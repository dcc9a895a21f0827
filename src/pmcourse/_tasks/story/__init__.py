"""The user-story analyser: free-text stories judged the way a careful reviewer would.

A learner writes a user story as text; :func:`analyse` reads it in the forms people
actually use (``_parse``) and judges up to five criteria, in the spirit of the
Quality User Story framework (Lucassen et al., 2016), each met, not met or unsure:

``persona``
    the person the story is about, a kind of user of *this* scenario (its
    ``user_roles``), not one of its builders, the vendor's teams or a machine.
``outcome``
    something the persona achieves: not the want said again, not a system's goal.
``criteria``
    at least two acceptance criteria, each an observable condition with a verb and
    without vague terms ("intuitive", "fast").
``problem``
    no solution detail, found by kind (``_lexicon.KINDS``) and named by kind; what the
    scenario's users see and code against (``Scenario.contract``) is the product. (The
    words of people and outcomes are in ``_words``.)
``topic``
    the story keeps the scenario's need, not just its words.

Every :class:`Finding` quotes the words it is based on, with the line number, and no
✔ line quotes words that a ✘ line flags. Missing the core objective
(problem-orientation) caps the score at half. An unsure criterion that could change
the verdict sends the answer to a human (``Verdict.review``).

This package uses only the standard library and is imported lazily by task modules,
never by ``import pmcourse``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .._base import Json, Task, Verdict
from .._rubric import free_text_problems, prompt_copy_verdict
from ._criteria import judge_criteria
from ._outcome import judge_outcome
from ._parse import parse
from ._persona import judge_persona
from ._solution import judge_problem
from ._topic import judge_topic
from ._types import ANY_PRODUCT, CRITERIA, DISPLAY, Analysis, Finding, Scenario

__all__ = ["ANY_PRODUCT", "CRITERIA", "Analysis", "Finding", "Scenario", "Story", "analyse"]

_JUDGES = {
    "persona": judge_persona,
    "outcome": judge_outcome,
    "criteria": judge_criteria,
    "problem": judge_problem,
    "topic": judge_topic,
}


def _cut(message: str, words: str) -> str:
    """``message`` with the longest run (3 words or more) of ``words`` in it cut to "…"."""
    seq = words.split()
    low = message.lower()

    def run(i: int, size: int) -> str:
        return " ".join(seq[i : i + size]).lower().strip(" ,.;:")

    # a run is in the message only if each 3-word run inside it is: test those once, so
    # that a long flagged phrase costs a few finds, not one per run of every length
    three = [low.find(run(i, 3)) >= 0 for i in range(len(seq) - 2)]
    for size in range(len(seq), 2, -1):
        for i in range(len(seq) - size + 1):
            if not all(three[i : i + size - 2]):
                continue
            text = run(i, size)
            # a run of bare punctuation (", ; :") is empty once stripped: nothing to cut
            at = low.find(text) if text else -1
            if at >= 0:
                return _cut(message[:at] + "…" + message[at + len(text) :], words)
    return message


def _unflagged(findings: list[Finding]) -> list[Finding]:
    """A ✔ line never quotes words a ✘ line flags: those words are cut from its quote."""
    flagged = [w for f in findings if f.state == "not met" for w in f.flagged if w.strip()]
    off_topic = any(f.criterion == "topic" and f.state == "not met" for f in findings)
    out: list[Finding] = []
    for f in findings:
        message = f.message
        if off_topic and f.criterion == "criteria" and f.state == "met":
            # checks of another need are no example of this one's
            message = message.split(", e.g. ", 1)[0]
        if f.state == "met":
            for words in flagged:
                if words.lower() in message.lower():
                    start = message.lower().index(words.lower())
                    message = message[:start] + "…" + message[start + len(words) :]
                elif len(words.split()) >= 3:
                    message = _cut(message, words)
        out.append(f if message == f.message else replace(f, message=message))
    return out


def analyse(text: str, scenario: Scenario = ANY_PRODUCT) -> Analysis:
    """Parse a story and judge the criteria ``scenario.judge`` lists; with no scenario, a
    story of any product (``ANY_PRODUCT``)."""
    p = parse(text, scenario)
    findings = _unflagged([_JUDGES[name](p, scenario) for name in scenario.judge])
    return Analysis(
        findings=tuple(findings),
        persona=p.persona[0].text if p.persona else None,
        want=p.want.text if p.want else None,
        outcome=p.outcome.text if p.outcome else None,
        criteria=tuple(i.text for i in p.items),
        format=p.format,
    )


@dataclass(frozen=True, kw_only=True)
class Story(Task):
    """A free-text user story judged by :func:`analyse` against ``scenario``."""

    scenario: Scenario
    min_words: int = 10

    def problems(self) -> list[str]:
        out = super().problems() + free_text_problems(self.solution, self.min_words)
        if not self.scenario.users.strip() and "persona" in self.scenario.judge:
            out.append("its scenario must name its users: persona feedback names them")
        return out

    def prepare(self, answer: object) -> Json:
        return self._free_text(answer, self.min_words)

    def grade(self, data: Json) -> Verdict:
        copied = prompt_copy_verdict(str(data), self.prompt)
        if copied is not None:
            return copied
        result = analyse(str(data), self.scenario)
        feedback = result.feedback
        if result.review:
            each = self.points / len(result.findings)
            decided = [f for f in result.findings if f.decided]
            waiting = [DISPLAY[f.criterion] for f in result.findings if not f.decided]
            feedback += (
                "\nDecided so far: "
                + ", ".join(f"{DISPLAY[f.criterion]} {each * f.passed:g}" for f in decided)
                + f" of {self.points:g} point{'' if self.points == 1 else 's'}; "
                + f"{' and '.join(waiting)} "
                + ("waits" if len(waiting) == 1 else "wait")
                + " for a human look."
            )
        return Verdict(result.fraction, feedback, review=result.review)

    @property
    def checklist(self) -> tuple[str, ...]:
        """Questions a learner asks of their story, beside the model answer or alone."""
        return tuple(_CHECKLIST[c] for c in self.scenario.judge)


_CHECKLIST = {
    "persona": "Does yours name a specific kind of user of this product, not its builders?",
    "outcome": "Does it say what that user can then achieve, not just what they get?",
    "criteria": "Could someone who never reads the code test each of your criteria?",
    "problem": (
        "Is every line free of how to build it (storage and infrastructure, code, internal "
        "interfaces, named technologies, algorithms, styling)?"
    ),
    "topic": "Does it keep the scenario's need, not just its words?",
}
