"""Small synthetic tasks of every kind, shared by the tests of the task kinds.

``test_base.py`` (the framework) and the test module of each kind (``test_choice.py``,
``test_classify.py``, ...) import this module by its bare name, as the chapter tests import
``solution_cells`` (``tests/tasks`` has no ``__init__.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from pmcourse._errors import DefinitionError
from pmcourse._tasks._choice import Choice, Option
from pmcourse._tasks._classify import Classify
from pmcourse._tasks._code import Case, Code
from pmcourse._tasks._numeric import Mistake, Numeric
from pmcourse._tasks._ranking import Ranking, Rule
from pmcourse._tasks._rubric import Criterion, Rubric

# What every task needs (each kind checks its rules when a task is defined: the tests of
# those rules close test_base.py and the test module of each kind).
COMMON = {
    "section": "chapters/99-kinds.html#ch99-kinds",
    "hint": "h",
    "solution": "the model answer",
    "prompt": "q",
}

CHOICE = Choice(
    id="99.1",
    title="t",
    expects="one letter",
    **COMMON,
    options={
        "a": Option("A", False, "A is wrong because of alpha."),
        "b": Option("B", True, "B is right because of beta."),
    },
)
MULTI = Choice(
    id="99.2",
    title="t",
    expects="letters",
    multiple=True,
    **COMMON,
    options={
        "a": Option("A", True, "alpha holds."),
        "b": Option("B", False, "beta fails."),
        "c": Option("C", True, "gamma holds."),
    },
)
CLASSIFY = Classify(
    id="99.3",
    title="t",
    expects="a dict",
    categories=("PM", "Engineering"),
    **COMMON,
    items={
        "roadmap": ("PM", "the roadmap is PM work."),
        "schema": ("Engineering", "schemas are design."),
    },
)
RANKING = Ranking(
    id="99.4",
    title="t",
    expects="a list",
    items=("bug", "feature", "polish"),
    **COMMON,
    rules=(Rule("bug", "feature", "outages first."), Rule("feature", "polish", "value first.")),
)
NUMERIC = Numeric(
    id="99.5",
    title="t",
    expects="a number",
    expected=24,
    tolerance=0.5,
    **{**COMMON, "prompt": "How many hours? Give it to the nearest half hour."},
    mistakes=(Mistake(16, "you computed the PO share."),),
    too_high="too high!",
    too_low="too low!",
)
RUBRIC = Rubric(
    id="99.6",
    title="t",
    expects="text",
    min_words=3,
    **COMMON,
    criteria=(
        Criterion("names a persona", lambda s: "as a" in s.lower(), "name who it is for."),
        Criterion("no tables", lambda s: "table" not in s.lower(), "drop the database detail."),
    ),
)
CODE = Code(
    id="99.7",
    title="t",
    expects="a function",
    function_name="f",
    starter="def f(x, y):\n    raise NotImplementedError",
    **COMMON,
    cases=(
        Case((1, 2), 6, "small numbers"),
        Case((-1, 1), 0, "a sum of zero"),
        Case((10, 0), 20, "a zero"),
    ),
)


def verdict(task, answer):  # type: ignore[no-untyped-def]
    return task.grade(task.revalidate(task.prepare(answer)))


def assert_says_what_to_fix(make: Callable[[], object], message: str) -> None:
    """A badly defined task does not define: one line that names it and what to fix."""
    with pytest.raises(DefinitionError, match=re.escape(message)) as info:
        make()
    assert str(info.value).startswith("task 99")
    assert "\n" not in str(info.value)
