"""The rubric task and what every free-text check shares.

A rubric scores free text point by point (its criteria) and quotes what earned each
point; the chart task scores its figure the same way. The prompt-copy check (an answer
that mostly repeats the task's instructions scores zero) and the rule that a model
answer must itself be a valid answer serve every free-text task: the rubric, the user
story and the evaluation plan.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ._base import Json, Task, Verdict

__all__ = [
    "Criterion",
    "Rubric",
    "copied_prompt",
    "criteria_problems",
    "free_text_problems",
    "prompt_copy_verdict",
    "score_criteria",
]


@dataclass(frozen=True)
class Criterion:
    """One rubric point: ``test`` returns a true value when the answer meets it.

    A test of free text returns the words it found (a non-empty string), so that
    the feedback quotes what in the answer earned the point.
    """

    name: str
    test: Callable[[Any], object]
    # Feedback when the point is missed; a function of the answer can quote what in it
    # cost the point ("'use Redis' names how to build it").
    fail: str | Callable[[Any], str]
    points: float = 1.0


def score_criteria(criteria: Sequence[Criterion], data: Json) -> Verdict:
    total = sum(c.points for c in criteria)
    got = 0.0
    lines = []
    for c in criteria:
        met = c.test(data)
        if met:
            got += c.points
            shown = " ".join(met.split()) if isinstance(met, str) else ""
            if len(shown) > 60:
                shown = shown[:60].rsplit(" ", 1)[0] + "…"
            lines.append(f'✔ {c.name}: "{shown}"' if shown else f"✔ {c.name}")
        else:
            lines.append(f"✘ {c.name}: {c.fail(data) if callable(c.fail) else c.fail}")
    return Verdict(got / total, "\n".join(lines))


_PROMPT_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def copied_prompt(answer: str, prompt: str, n: int = 4) -> str:
    """The longest run of the task's own instructions in a free-text answer that mostly
    repeats them (half or more of its runs of ``n`` words), or "" when it does not.

    The material a prompt quotes to work on (its ``>`` lines, such as a story to
    rewrite) is not instructions: an answer that hands it back unchanged is judged
    as an answer, with feedback on what is wrong with it.
    """
    instructions = "\n".join(ln for ln in prompt.splitlines() if not ln.lstrip().startswith(">"))
    words = _PROMPT_WORD.findall(answer.lower())
    source = _PROMPT_WORD.findall(instructions.lower())
    if len(words) < 2 * n or not source:
        return ""
    grams = {tuple(source[i : i + n]) for i in range(len(source) - n + 1)}
    hits = [tuple(words[i : i + n]) in grams for i in range(len(words) - n + 1)]
    if sum(hits) < len(hits) / 2:
        return ""
    best, run, end = 0, 0, 0
    for i, hit in enumerate(hits):
        run = run + 1 if hit else 0
        if run > best:
            best, end = run, i
    shown = words[end - best + 1 : end + n]
    return " ".join(shown[:12]) + (" …" if len(shown) > 12 else "")


def prompt_copy_verdict(answer: str, prompt: str) -> Verdict | None:
    """A zero verdict for an answer that repeats the task's instructions."""
    run = copied_prompt(answer, prompt)
    if not run:
        return None
    return Verdict(
        0.0,
        f'✘ Your answer mostly repeats the task\'s own instructions (for example "{run}"); '
        "write your own answer to them.",
    )


def criteria_problems(criteria: Sequence[Criterion]) -> list[str]:
    names = [c.name.strip() for c in criteria]
    out = []
    if not criteria:
        out.append("it needs at least one criterion")
    if not all(names) or len(set(names)) != len(names):
        out.append("every criterion needs a name of its own")
    if any(isinstance(c.fail, str) and not c.fail.strip() for c in criteria):
        out.append("every criterion needs the feedback shown when it is missed (fail)")
    if any(not (c.points > 0 and math.isfinite(c.points)) for c in criteria):
        out.append("every criterion's points must be more than 0")
    return out


def free_text_problems(solution: str, min_words: int) -> list[str]:
    """A free-text task's model answer is its reference solution: it must be a valid answer."""
    if min_words < 1:
        return ["min_words must be 1 or more"]
    if len(solution.split()) < min_words:
        return [f"its model answer (solution) is shorter than min_words={min_words}"]
    return []


@dataclass(frozen=True, kw_only=True)
class Rubric(Task):
    """Free text scored point by point; feedback names each missed point."""

    criteria: Sequence[Criterion]
    min_words: int = 5

    def problems(self) -> list[str]:
        out = super().problems()
        out += criteria_problems(self.criteria)
        out += free_text_problems(self.solution, self.min_words)
        return out

    def prepare(self, answer: object) -> Json:
        return self._free_text(answer, self.min_words)

    def grade(self, data: Json) -> Verdict:
        return prompt_copy_verdict(str(data), self.prompt) or score_criteria(self.criteria, data)
