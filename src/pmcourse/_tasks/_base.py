"""The task framework: what every task kind shares, and how it turns an answer into a verdict.

Each kind lives in a module of its own (``_choice``, ``_classify``, ``_ranking``,
``_numeric``, ``_rubric``, ``_code``, ``_barchart``; ``sql``, ``story``, ``evalplan``);
this one holds the :class:`Task` they extend, the :class:`Exercise` of a chapter, the
:class:`Verdict` they give and the helpers their messages share.

Every task works in two steps so that the grader can trust its results:

``prepare(answer)``
    runs where the answer lives (the learner's kernel). It validates the shape of
    the answer and turns it into plain JSON data: a letter, a mapping, a text,
    the return values of the learner's function on hidden cases, a summary of a
    chart. A malformed answer raises :class:`~pmcourse.AnswerError` with a
    one-line message; the ``...`` placeholder raises :class:`NotAttempted`.
``grade(data)``
    is pure: it scores the data and explains the verdict. The grader calls it in
    its own process on data it re-validates with ``revalidate``, so nothing a
    notebook prints or patches can raise a score above what its answers earn.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._errors import AnswerError, DefinitionError

__all__ = [
    "QUOTE",
    "Exercise",
    "NotAttempted",
    "Task",
    "Verdict",
    "join_quoted",
    "kind_of",
    "quote_value",
    "raise_if_placeholder",
]

# A task links to the section that teaches its method (usually its own chapter's).
_SECTION = re.compile(r"chapters/\d\d-[a-z0-9]+(?:-[a-z0-9]+)*\.html#ch\d\d-[a-z0-9-]+")
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

Json = Any


class NotAttempted(Exception):  # a signal, not an error
    """The answer is still the ``...`` placeholder of the blank notebook."""


@dataclass(frozen=True)
class Verdict:
    """A score between 0 and 1 and the feedback that explains it.

    ``review`` marks a verdict the checks could not settle: ``fraction`` then counts
    only what they decided, and the task waits for a human look.
    """

    fraction: float
    feedback: str
    review: bool = False


def kind_of(value: object) -> str:
    if value is None:
        return "None"
    if callable(value):
        return "a function"
    if isinstance(value, str):
        return "empty text" if not value.strip() else f"the text {value[:30]!r}"
    name = type(value).__name__
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"


def join_quoted(quoted: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'; from the fourth on, only how many more."""
    if len(quoted) > 3:
        quoted = [*quoted[:3], f"{len(quoted) - 3} more"]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


QUOTE = 60  # characters of a learner's answer that a message quotes, at most


def quote_value(value: object) -> str:
    """A learner's value quoted in a message: its repr, cut to :data:`QUOTE` characters."""
    text = repr(value)
    return text if len(text) <= QUOTE else text[: QUOTE - 1] + "…"


def raise_if_placeholder(answer: object) -> None:
    if answer is Ellipsis:
        raise NotAttempted


@dataclass(frozen=True)
class Exercise:
    """One chapter's exercise notebook: everything its introduction says."""

    number: int
    title: str
    notebook: str  # file name in exercises/
    chapter: str  # docname of the chapter, e.g. "chapters/01-title-vs-role"
    chapter_title: str = ""  # the chapter's own title, when it differs from the exercise's
    minutes: int = 30  # the time the exercise takes, shown in its introduction
    intro: str = ""  # Markdown: what the learner practises
    imports: str = "from pmcourse import check, hint"  # the notebook's first code cell
    # Each learning objective of the chapter (its bullet's text) and what practises it:
    # task ids such as "4.3" and quiz items such as "quiz 2".
    objectives: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __post_init__(self) -> None:
        _raise_if(f"exercise {self.number}", self.problems())

    def problems(self) -> list[str]:
        """What breaks the rules for an exercise; empty when it is well defined."""
        n = self.number
        out = []
        if n < 1:
            out.append("its number must be 1 or more")
        nn = f"{n:02d}"
        match = re.fullmatch(rf"{nn}-({_SLUG})\.ipynb", self.notebook)
        if not match:
            out.append(f"notebook={self.notebook!r} must be '{nn}-<slug>.ipynb'")
        elif self.chapter != f"chapters/{nn}-{match[1]}":
            out.append(
                f"chapter={self.chapter!r} must be 'chapters/{nn}-{match[1]}', as its notebook"
            )
        if not self.title.strip():
            out.append("it needs a title")
        if not self.intro.strip():
            out.append("it needs an intro (what the learner practises, shown in the notebook)")
        if self.minutes < 1:
            out.append("minutes (the exercise's time, stated in the chapter) must be 1 or more")
        if not self.objectives:
            out.append(
                "objectives must map each learning objective of the chapter to what practises it"
            )
        for objective, refs in self.objectives:
            if not refs:
                out.append(f"nothing practises the objective {objective!r}")
            for ref in refs:
                if not re.fullmatch(rf"quiz [1-9]\d*|{n}\.[1-9]\d*", ref):
                    out.append(
                        f"the objective {objective!r} refers to {ref!r}: use this chapter's task "
                        f"ids ('{n}.2') or quiz items ('quiz 1')"
                    )
        return out

    def task_problems(self, tasks: Sequence[Task]) -> list[str]:
        """What breaks the rules for this exercise's task list (ids, count, objectives)."""
        n = self.number
        ids = [t.id for t in tasks]
        out = []
        if len(ids) < 4:
            out.append(f"it has {len(ids)} task(s); an exercise has at least 4")
        want = [f"{n}.{i}" for i in range(1, len(ids) + 1)]
        if ids != want:
            out.append(f"its task ids are {ids}; number them {n}.1, {n}.2, ... in order")
        for objective, refs in self.objectives:
            for ref in refs:
                if not ref.startswith("quiz ") and ref not in ids:
                    out.append(
                        f"the objective {objective!r} refers to task {ref}, which does not exist"
                    )
        return out


def _raise_if(what: str, problems: list[str]) -> None:
    if problems:
        raise DefinitionError(f"{what}: " + "; ".join(problems))


@dataclass(frozen=True, kw_only=True)
class Task:
    """What every task has. Subclasses add the answer shape and the check."""

    id: str
    title: str
    points: float = 1.0
    section: str  # "chapters/01-title-vs-role.html#ch01-person-not-role"
    hint: str
    solution: str
    expects: str  # a one-line description of the answer shape, shown on bad input
    prompt: str = ""  # Markdown shown above the task's cell in the notebook
    starter: str = ""  # code the cell starts with; empty: ``answer_N_M = ...``
    # The largest answer this task accepts, in bytes of its recorded JSON data (and
    # characters of a text answer). A larger one is refused by ``check`` and by the
    # grader alike, with one line (``scoring.answer_too_big``).
    max_answer: int = 64 * 2**10

    def __post_init__(self) -> None:
        _raise_if(f"task {self.id}", self.problems())

    def problems(self) -> list[str]:
        """What breaks the rules for this task; empty when it is well defined.

        Each kind adds its own rules to the common ones; every task checks itself
        when it is defined, so a course with a badly defined task does not import.
        """
        out = []
        if not re.fullmatch(r"[1-9]\d*\.[1-9]\d*", self.id):
            out.append(f"its id {self.id!r} must look like '4.2' (chapter 4, task 2)")
        if not _SECTION.fullmatch(self.section):
            out.append(
                f"section={self.section!r} must link the section that teaches it, like "
                "'chapters/04-slug.html#ch04-name'"
            )
        for name in ("title", "hint", "solution", "expects"):
            if not str(getattr(self, name)).strip():
                out.append(f"it needs a {name}")
        if not self.prompt.strip():
            out.append(
                "it has no prompt: give it prompt=... (the notebook shows it above the cell)"
            )
        if not (self.points > 0 and math.isfinite(self.points)):
            out.append("its points must be more than 0")
        shown = self.shown_text()
        if self.solution.strip() and self.solution.strip()[:60] in shown:
            out.append("its prompt or starter gives the solution away")
        return out

    def shown_text(self) -> str:
        """What the notebook shows of this task: no answer key may appear in it."""
        return f"{self.prompt}\n{self.starter}\n{self.expects}"

    @property
    def chapter(self) -> int:
        """The chapter (and exercise) number: 4 for task "4.3"."""
        return int(self.id.split(".", maxsplit=1)[0])

    def prepare(self, answer: object) -> Json:
        raise NotImplementedError

    def revalidate(self, data: Json) -> Json:
        """Check untrusted data from a kernel; by default it must survive ``prepare``."""
        return self.prepare(data)

    def grade(self, data: Json) -> Verdict:
        raise NotImplementedError

    def _bad(self, answer: object, why: str = "") -> AnswerError:
        reason = why or f"got {kind_of(answer)}"
        return AnswerError(f"Task {self.id} expects {self.expects}; {reason}.")

    def _free_text(self, answer: object, min_words: int) -> str:
        """A written answer of at least ``min_words`` words, trimmed: the one check every
        free-text kind (a rubric, a story) makes before judging it."""
        raise_if_placeholder(answer)
        if not isinstance(answer, str) or not answer.strip():
            raise self._bad(answer)
        if len(answer.split()) < min_words:
            raise self._bad(answer, f"write at least {min_words} words")
        return answer.strip()
