"""Task kinds: pure check logic that turns an answer into a verdict.

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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._errors import AnswerError, DefinitionError
from .calls import plain, run_cases

__all__ = [
    "CATEGORIES_LINE",
    "Case",
    "Chart",
    "Choice",
    "Classify",
    "Code",
    "Criterion",
    "Exercise",
    "Mistake",
    "NotAttempted",
    "Numeric",
    "Option",
    "Ranking",
    "Rubric",
    "Rule",
    "Task",
    "Verdict",
    "bars_of",
    "copied_prompt",
    "free_text_problems",
    "prompt_copy_verdict",
]

# A task links to the section that teaches its method (usually its own chapter's).
_SECTION = re.compile(r"chapters/\d\d-[a-z0-9]+(?:-[a-z0-9]+)*\.html#ch\d\d-[a-z0-9-]+")
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
# What says how precisely a number is wanted: "to one decimal place", "to the nearest dollar".
_PRECISION = re.compile(r"decimal places?|\bnearest\b", re.IGNORECASE)
# The notebook generator writes this line under every classify task; a prompt never repeats it.
CATEGORIES_LINE = "Replace each `...` with one of"

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


def _kind(value: object) -> str:
    if value is None:
        return "None"
    if callable(value):
        return "a function"
    if isinstance(value, str):
        return "empty text" if not value.strip() else f"the text {value[:30]!r}"
    name = type(value).__name__
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"


def _join(quoted: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'; from the fourth on, only how many more."""
    if len(quoted) > 3:
        quoted = [*quoted[:3], f"{len(quoted) - 3} more"]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


QUOTE = 60  # characters of a learner's answer that a message quotes, at most


def _shown(value: object) -> str:
    """A learner's value quoted in a message: its repr, cut to :data:`QUOTE` characters."""
    text = repr(value)
    return text if len(text) <= QUOTE else text[: QUOTE - 1] + "…"


def _placeholder(answer: object) -> None:
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
        reason = why or f"got {_kind(answer)}"
        return AnswerError(f"Task {self.id} expects {self.expects}; {reason}.")


# ---------------------------------------------------------------- choice
@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    why: str  # shown when the learner picks this option


@dataclass(frozen=True, kw_only=True)
class Choice(Task):
    """Multiple choice. Every option carries its own explanation.

    ``prompt`` is the question; the notebook lists the options under it.
    With ``multiple=True`` the answer is a collection of letters and the score
    is partial: each right pick earns, each wrong pick costs.
    """

    options: Mapping[str, Option]
    multiple: bool = False

    def problems(self) -> list[str]:
        out = super().problems()
        keys = list(self.options)
        if keys != [chr(ord("a") + i) for i in range(len(keys))]:
            out.append(f"its options are {keys}; letter them 'a', 'b', 'c', ... in order")
        if len(keys) < 2:
            out.append("it needs at least two options")
        right = sum(o.correct for o in self.options.values())
        if not self.multiple and right != 1:
            out.append(f"a single choice needs exactly one right option, not {right}")
        if self.multiple and right < 1:
            out.append("a multiple choice needs at least one right option")
        whys = [o.why.strip() for o in self.options.values()]
        if not all(whys) or len(set(whys)) != len(whys):
            out.append("every option needs its own explanation (why), different from the others")
        texts = [" ".join(o.text.split()).casefold() for o in self.options.values()]
        if not all(texts) or len(set(texts)) != len(texts):
            out.append("every option needs a text of its own")
        shown = self.shown_text()
        if any(why and why[:50] in shown for why in whys):
            out.append("an option's explanation shows in the notebook (keep it out of the prompt)")
        return out

    def shown_text(self) -> str:
        return super().shown_text() + "\n" + "\n".join(o.text for o in self.options.values())

    def _letter(self, answer: object, raw: object) -> str:
        if not isinstance(answer, str) or not answer.strip():
            raise self._bad(raw)
        # "c", "C", "(c)", "c)", "c.", "option c", or the option's own text: read as meant
        letter = re.sub(r"^(?:option|answer)\s+", "", answer.strip().lower()).strip("().: ")
        if letter not in self.options:
            said = " ".join(answer.split()).casefold().rstrip(".")
            by_text = [k for k, o in self.options.items() if o.text.casefold().rstrip(".") == said]
            letter = by_text[0] if by_text else letter
        if letter not in self.options:
            raise self._bad(
                raw, f"{_shown(answer)} is not an option (choose from {', '.join(self.options)})"
            )
        return letter

    def prepare(self, answer: object) -> Json:
        _placeholder(answer)
        if not self.multiple:
            return self._letter(answer, answer)
        if isinstance(answer, str):
            picks: Iterable[object] = [
                p for p in re.split(r"[\s,;]+(?:(?:and|&)[\s,;]+)?", answer) if p
            ]
        elif isinstance(answer, list | tuple | set | frozenset):
            picks = answer
        else:
            raise self._bad(answer)
        letters = sorted({self._letter(p, answer) for p in picks})
        if not letters:
            raise self._bad(answer, "no option was picked")
        return letters

    def grade(self, data: Json) -> Verdict:
        if not self.multiple:
            opt = self.options[data]
            return Verdict(1.0 if opt.correct else 0.0, f"({data}) {opt.why}")
        right = {k for k, o in self.options.items() if o.correct}
        picked = set(data)
        lines = [f"({k}) {self.options[k].why}" for k in sorted(picked - right)]
        missed = right - picked
        if missed:
            lines.append(f"You left out {len(missed)} statement(s) that also hold.")
        frac = max(0.0, (len(picked & right) - len(picked - right)) / len(right))
        if not lines:
            lines = [f"({k}) {self.options[k].why}" for k in sorted(picked)]
        return Verdict(frac, "\n".join(lines))


# ---------------------------------------------------------------- classify
@dataclass(frozen=True, kw_only=True)
class Classify(Task):
    """Put each item in one category. ``items`` maps item -> (category, why)."""

    categories: Sequence[str]
    items: Mapping[str, tuple[str, str]]

    def problems(self) -> list[str]:
        out = super().problems()
        cats = [" ".join(c.split()).casefold() for c in self.categories]
        if len(cats) < 2 or not all(cats) or len(set(cats)) != len(cats):
            out.append("it needs at least two categories, each named differently")
        if isinstance(self.categories, str):
            out.append("categories must be a tuple of names, not one text")
        names = [" ".join(i.split()).casefold() for i in self.items]
        if len(names) < 2 or not all(names) or len(set(names)) != len(names):
            out.append("it needs at least two items, each named differently")
        for item, (cat, why) in self.items.items():
            if cat not in self.categories:
                out.append(f"the item {item!r} is put under {cat!r}, which is not a category")
            if not why.strip():
                out.append(f"the item {item!r} needs its own explanation (why)")
            elif why.strip()[:50] in self.shown_text():
                out.append(f"the explanation of {item!r} shows in the notebook")
        if CATEGORIES_LINE in self.prompt:
            out.append(
                f"its prompt repeats the line {CATEGORIES_LINE!r}: the notebook generator "
                "writes it, listing the categories"
            )
        return out

    def prepare(self, answer: object) -> Json:
        _placeholder(answer)
        if not isinstance(answer, Mapping):
            raise self._bad(answer)
        if not answer:
            raise self._bad(answer, "the dictionary is empty")
        canon = {c.strip().casefold(): c for c in self.categories}
        items = {i.strip().casefold(): i for i in self.items}
        out: dict[str, str] = {}
        unknown_items: list[str] = []
        unknown_categories: list[str] = []
        for item, cat in answer.items():
            key = items.get(item.strip().casefold()) if isinstance(item, str) else None
            if key is None:
                unknown_items.append(repr(str(item)[:40]))
                continue
            if cat is Ellipsis:
                continue
            if isinstance(cat, str) and cat.strip().casefold() not in canon:
                # the first word(s) of exactly one category ("keep", "hand off") mean it
                said = " ".join(cat.split()).casefold()
                starts = [c for k, c in canon.items() if said and (k + " ").startswith(said + " ")]
                if len(starts) == 1:
                    out[key] = starts[0]
                    continue
            if not isinstance(cat, str) or cat.strip().casefold() not in canon:
                shown = _shown(cat) if isinstance(cat, str) else _kind(cat)
                if shown not in unknown_categories:
                    unknown_categories.append(shown)
                continue
            out[key] = canon[cat.strip().casefold()]
        if unknown_items:
            raise self._bad(
                answer,
                f"{_join(unknown_items)} "
                f"{'is not one' if len(unknown_items) == 1 else 'are not any'} of the items to "
                "classify (copy the names from the task)",
            )
        if unknown_categories:
            raise self._bad(
                answer,
                f"{_join(unknown_categories)} "
                f"{'is not a category' if len(unknown_categories) == 1 else 'are not categories'}"
                f" (use one of {', '.join(map(repr, self.categories))})",
            )
        if not out:
            raise NotAttempted
        return out

    def grade(self, data: Json) -> Verdict:
        lines = []
        right = 0
        for item, (cat, why) in self.items.items():
            given = data.get(item)
            if given == cat:
                right += 1
            elif given is None:
                lines.append(f"Not classified yet: {item!r}.")
            else:
                lines.append(f"{item!r} is not {given}: {why}")
        if not lines:
            lines.append(f"All {right} items are in the right place.")
        return Verdict(right / len(self.items), "\n".join(lines))


# ---------------------------------------------------------------- ranking
@dataclass(frozen=True)
class Rule:
    before: str
    after: str
    why: str  # shown when ``after`` is ranked above ``before``


@dataclass(frozen=True, kw_only=True)
class Ranking(Task):
    """Order every item; the score is the share of ordering rules the order keeps."""

    items: Sequence[str]
    rules: Sequence[Rule]

    def problems(self) -> list[str]:
        out = super().problems()
        names = [" ".join(i.split()).casefold() for i in self.items]
        if len(names) < 2 or not all(names) or len(set(names)) != len(names):
            out.append("it needs at least two items, each named differently")
        if not self.rules:
            out.append("it needs ordering rules: the score is the share of rules an order keeps")
        for r in self.rules:
            if r.before not in self.items or r.after not in self.items or r.before == r.after:
                out.append(f"the rule {r.before!r} before {r.after!r} must name two of its items")
            if not r.why.strip():
                out.append(f"the rule {r.before!r} before {r.after!r} needs its explanation (why)")
        if not out and _has_cycle(self.rules):
            out.append("its ordering rules form a cycle: no order can keep them all")
        return out

    def prepare(self, answer: object) -> Json:
        _placeholder(answer)
        if isinstance(answer, str) or not isinstance(answer, Sequence):
            raise self._bad(answer)
        given = list(answer)
        if given and all(isinstance(x, int) and not isinstance(x, bool) for x in given):
            raise self._bad(
                answer, "got a list of numbers; give the item names themselves, as text"
            )
        names = {i.strip().casefold(): i for i in self.items}
        order = [names.get(x.strip().casefold(), x) if isinstance(x, str) else x for x in given]
        unknown = [repr(str(x)[:40]) for x in order if x not in self.items]
        if unknown:
            raise self._bad(
                answer,
                f"{_join(unknown)} {'is not one' if len(unknown) == 1 else 'are not any'} of the "
                "items (copy the names from the task)",
            )
        dupes = sorted({x for x in order if order.count(x) > 1})
        if dupes:
            raise self._bad(answer, f"{_shown(dupes[0])} appears more than once")
        missing = [x for x in self.items if x not in order]
        if missing:
            raise self._bad(answer, f"{missing[0]!r} is missing")
        return order

    def grade(self, data: Json) -> Verdict:
        pos = {item: i for i, item in enumerate(data)}
        broken = [r for r in self.rules if pos[r.before] > pos[r.after]]
        if not broken:
            return Verdict(1.0, "Your order respects every trade-off in the scenario.")
        lines = [f"{r.after!r} is above {r.before!r}: {r.why}" for r in broken]
        return Verdict(1 - len(broken) / len(self.rules), "\n".join(lines))


def _has_cycle(rules: Sequence[Rule]) -> bool:
    remaining = {item for r in rules for item in (r.before, r.after)}
    while remaining:
        free = [
            i for i in remaining if not any(r.after == i and r.before in remaining for r in rules)
        ]
        if not free:
            return True
        remaining -= set(free)
    return False


# ---------------------------------------------------------------- numeric
@dataclass(frozen=True)
class Mistake:
    value: float
    why: str


@dataclass(frozen=True, kw_only=True)
class Numeric(Task):
    """A number, within a tolerance; known wrong results get their own explanation."""

    expected: float
    tolerance: float = 0.01
    mistakes: Sequence[Mistake] = ()
    too_high: str = "That is too high."
    too_low: str = "That is too low."
    right: str = "Right."

    def problems(self) -> list[str]:
        out = super().problems()
        if not _PRECISION.search(self.prompt):
            out.append(
                "its prompt must say how precisely to answer ('to one decimal place', 'to the "
                f"nearest dollar'): the check accepts only answers within {self.tolerance:g}"
            )
        if not (math.isfinite(self.expected) and math.isfinite(self.tolerance)):
            out.append("expected and tolerance must be finite numbers")
        if not self.tolerance >= 0:
            out.append("tolerance must be 0 or more")
        for m in self.mistakes:
            if abs(m.value - self.expected) <= self.tolerance:
                out.append(f"the mistake {m.value:g} is within the tolerance of the right result")
            if not m.why.strip():
                out.append(f"the mistake {m.value:g} needs its explanation (why)")
        return out

    def prepare(self, answer: object) -> Json:
        _placeholder(answer)
        if isinstance(answer, str):
            # "42.5", "42,5", "42.5%", "$5400", "5,400 dollars": a number with its unit
            bare = re.sub(
                r"^[$€£]\s*|\s*(?:%|percent|dollars?|usd|hours?|h)$",
                "",
                answer.strip(),
                flags=re.IGNORECASE,
            )
            thousands = re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", bare)
            number = bare.replace(",", "" if thousands else ".")
            try:
                float(number)
            except ValueError:
                pass
            else:  # the right kind of content, in the wrong type: say only that
                raise self._bad(
                    answer, f"write it as a number, without quotes or units: {number[:QUOTE]}"
                )
        if (
            isinstance(answer, tuple)
            and len(answer) == 2
            and all(type(x) is int and x >= 0 for x in answer)
        ):  # 22,25 typed with a decimal comma is a tuple in Python
            raise self._bad(
                answer, f"write the decimal point as a dot: {answer[0]}.{answer[1]}, not a comma"
            )
        if isinstance(answer, bool) or not isinstance(answer, int | float):
            raise self._bad(answer)
        value = float(answer)
        if not math.isfinite(value):
            raise self._bad(answer, f"got {value}")
        return value

    def grade(self, data: Json) -> Verdict:
        if abs(data - self.expected) <= self.tolerance:
            return Verdict(1.0, self.right)
        shown = _number(data)
        for places in range(3):
            # A coarser rounding of the right result, however it was rounded (half up as
            # people do, half to even as Python does, or cut off), is no arithmetic mistake.
            if data in _roundings(self.expected, places) and abs(data - self.expected) < 1:
                return Verdict(
                    0.5,
                    f"{shown} is the right result rounded to {places} decimal place(s); "
                    f"give it as precisely as the task asks (within {self.tolerance:g}).",
                )
        for m in self.mistakes:
            if abs(data - m.value) <= self.tolerance:
                return Verdict(0.0, f"{shown}: {m.why}")
        return Verdict(0.0, f"{shown}: {self.too_high if data > self.expected else self.too_low}")


def _number(value: float) -> str:
    """A number as a learner types it: 5400000, not 5.4e+06; 0.2225, not 0.2225000."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _roundings(value: float, places: int) -> set[float]:
    from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

    step = Decimal(1).scaleb(-places)
    exact = Decimal(repr(value))
    return {
        float(exact.quantize(step, rounding=mode))
        for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)
    }


# ---------------------------------------------------------------- rubric
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


def _score(criteria: Sequence[Criterion], data: Json) -> Verdict:
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


def _criteria_problems(criteria: Sequence[Criterion]) -> list[str]:
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
        out += _criteria_problems(self.criteria)
        out += free_text_problems(self.solution, self.min_words)
        return out

    def prepare(self, answer: object) -> Json:
        _placeholder(answer)
        if not isinstance(answer, str) or not answer.strip():
            raise self._bad(answer)
        if len(answer.split()) < self.min_words:
            raise self._bad(answer, f"write at least {self.min_words} words")
        return answer.strip()

    def grade(self, data: Json) -> Verdict:
        return prompt_copy_verdict(str(data), self.prompt) or _score(self.criteria, data)


# ---------------------------------------------------------------- code
@dataclass(frozen=True)
class Case:
    """A hidden case: the arguments, the expected return value, and a label.

    Feedback names the label, never the arguments, so the cases stay hidden.
    """

    args: tuple[Any, ...]
    expected: Any
    label: str


_plain = plain  # one definition, in calls.py


def _what_came_back(value: Json, expected: Any) -> str:
    """What a function returned, told without echoing the hidden case's inputs."""
    if isinstance(value, list) and isinstance(expected, list):
        want = len(expected)
        return (
            f"your function returned {len(value)} item(s) where {want} "
            f"{'was' if want == 1 else 'were'} expected"
            if len(value) != want
            else f"your function returned {want} item(s), as expected, but not the right ones "
            "(or not in the right order)"
        )
    return f"your function returned {_kind(value)}, not what the rules ask for"


@dataclass(frozen=True, kw_only=True)
class Code(Task):
    """The learner writes a function; it runs on hidden cases where it is defined."""

    function_name: str
    cases: Sequence[Case]

    def problems(self) -> list[str]:
        out = super().problems()
        name = self.function_name
        if not name.isidentifier():
            out.append(f"function_name={name!r} is not a Python name")
        elif not re.search(rf"^def {name}\(", self.starter, re.MULTILINE):
            out.append(f"its starter must define {name}() for the learner to complete")
        labels = [c.label.strip() for c in self.cases]
        if not labels:
            out.append("it needs hidden cases")
        if not all(labels) or len(set(labels)) != len(labels):
            out.append("every hidden case needs a label of its own (feedback names it)")
        shown = self.shown_text()
        if any(label and label in shown for label in labels):
            out.append("a hidden case's label shows in the notebook")
        return out

    def prepare(self, answer: object) -> Json:
        _placeholder(answer)
        if not callable(answer) or isinstance(answer, type):
            raise self._bad(answer)
        results = run_cases(answer, [case.args for case in self.cases])
        if all(r.get("error") == "NotImplementedError" for r in results):
            raise NotAttempted
        return results

    def revalidate(self, data: Json) -> Json:
        ok = (
            isinstance(data, list)
            and len(data) == len(self.cases)
            and all(isinstance(r, dict) and ("value" in r or "error" in r) for r in data)
        )
        if not ok:
            raise AnswerError(
                f"Task {self.id}: the recorded results of your function are unreadable."
            )
        return data

    def grade(self, data: Json) -> Verdict:
        lines = []
        passed = 0
        for case, result in zip(self.cases, data, strict=True):
            if "error" in result:
                lines.append(f"✘ {case.label}: your function raised {result['error']}")
            elif result["value"] == _plain(case.expected):
                passed += 1
            elif result.get("type") in {"NoneType", "generator"}:
                lines.append(
                    f"✘ {case.label}: your function printed or yielded instead of returning a "
                    f"list (it returned {'None' if result['type'] == 'NoneType' else 'a generator'})"
                )
            else:
                lines.append(f"✘ {case.label}: {_what_came_back(result['value'], case.expected)}")
        head = f"{passed} of {len(self.cases)} hidden cases pass."
        return Verdict(passed / len(self.cases), "\n".join([head, *lines]))


# ---------------------------------------------------------------- chart
def _axis_labels(axis: Any) -> list[list[Any]]:
    """[position, label] for each tick of a matplotlib axis, as the reader sees it."""
    mapping = getattr(axis.get_units(), "_mapping", None)
    formatter = type(axis.get_major_formatter()).__name__
    if isinstance(mapping, dict) and mapping and formatter == "StrCategoryFormatter":
        return [[float(pos), str(label)] for label, pos in mapping.items()]
    return [
        [float(pos), lab.get_text()]
        for pos, lab in zip(axis.get_majorticklocs(), axis.get_majorticklabels(), strict=False)
    ]


def _summarise_figure(answer: object) -> dict[str, Any]:
    from ..chart import Axes, Figure  # the SVG charts drawn where matplotlib is absent

    if isinstance(answer, (Axes, Figure)):
        return answer.chart_summary()
    fig = getattr(answer, "figure", None) if hasattr(answer, "get_title") else answer
    axes = getattr(fig, "axes", None)
    if not isinstance(axes, list) or not axes:
        raise TypeError
    ax = axes[0]
    bars = []
    for container in getattr(ax, "containers", []):
        horizontal = getattr(container, "orientation", "vertical") == "horizontal"
        for patch in getattr(container, "patches", []):
            bars.append(
                {
                    "horizontal": horizontal,
                    "x": float(patch.get_x()),
                    "y": float(patch.get_y()),
                    "w": float(patch.get_width()),
                    "h": float(patch.get_height()),
                }
            )
    # Only the axis that names the bars matters, and reading tick labels makes
    # matplotlib place every tick: take category names straight from the axis
    # when it shows them unchanged.
    horizontal = bool(bars) and all(b["horizontal"] for b in bars)
    ticks: dict[str, list[list[Any]]] = {"x": [], "y": []}
    if bars:
        name = "y" if horizontal else "x"
        ticks[name] = _axis_labels(getattr(ax, f"{name}axis"))
    suptitle = getattr(fig, "_suptitle", None)
    return {
        "axes": len(axes),
        "title": ax.get_title() or (suptitle.get_text() if suptitle is not None else ""),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "bars": bars,
        "xticks": ticks["x"],
        "yticks": ticks["y"],
    }


def bars_of(summary: Mapping[str, Any]) -> list[tuple[str, float]]:
    """The bars of a chart summary as (label, value), in reading order.

    Vertical bars read left to right and take their labels from the x ticks;
    horizontal bars read top to bottom and take theirs from the y ticks.
    """
    bars = summary.get("bars", [])
    if not bars:
        return []
    horizontal = all(b.get("horizontal", False) for b in bars)
    out = []
    if horizontal:
        ticks = {round(p, 6): t for p, t in summary.get("yticks", [])}
        for b in sorted(bars, key=lambda b: -b["y"]):
            centre = round(b["y"] + b["h"] / 2, 6)
            out.append((ticks.get(centre, ""), b["w"]))
    else:
        ticks = {round(p, 6): t for p, t in summary.get("xticks", [])}
        for b in sorted(bars, key=lambda b: b["x"]):
            centre = round(b["x"] + b["w"] / 2, 6)
            out.append((ticks.get(centre, ""), b["h"]))
    return out


@dataclass(frozen=True, kw_only=True)
class Chart(Task):
    """A bar chart the learner draws; criteria read a summary of it.

    The chart is a matplotlib figure or, where matplotlib is absent (in the
    browser), a :mod:`pmcourse.chart` figure drawn with the same calls.
    """

    max_answer: int = 256 * 2**10  # the summary of a figure with many bars and ticks

    criteria: Sequence[Criterion] = field(default_factory=tuple)
    # A task whose recorded answer the chart builds on (3.3 draws the order of 3.2):
    # it travels with the chart as ``context``, so the chart is judged against the
    # learner's own earlier answer, and one slip there is not penalised twice.
    uses_answer_of: str = ""

    def problems(self) -> list[str]:
        out = super().problems() + _criteria_problems(self.criteria)
        if self.uses_answer_of:
            used = self.uses_answer_of
            if not re.fullmatch(r"\d+\.\d+", used) or used.split(".")[0] != self.id.split(".")[0]:
                out.append(f"uses_answer_of={used!r} must be a task id of the same chapter")
            elif int(used.split(".")[1]) >= int(self.id.split(".")[1]):
                out.append(f"uses_answer_of={used!r} must be an earlier task")
        return out

    def prepare(self, answer: object) -> Json:
        _placeholder(answer)
        try:
            summary = _summarise_figure(answer)
        except Exception:  # noqa: BLE001 - anything that is not a figure
            raise self._bad(answer) from None
        if self.uses_answer_of:
            from .._session import SUBMISSIONS

            entry = SUBMISSIONS.get(self.uses_answer_of, {})
            if entry.get("state") == "answered":
                summary["context"] = entry.get("data")
        return summary

    def revalidate(self, data: Json) -> Json:
        keys = {"axes", "title", "xlabel", "ylabel", "bars", "xticks", "yticks"}
        if not isinstance(data, dict) or not keys <= data.keys():
            raise AnswerError(f"Task {self.id}: the recorded chart is unreadable.")
        return data

    def grade(self, data: Json) -> Verdict:
        return _score(self.criteria, data)
