"""Reference solutions, derived from the answer keys: nothing is typed twice.

A choice, classify, ranking or numeric task's solved cell comes straight from
its key; a free-text task's from its model answer; a code or chart task's from
the model code in its ``solution``, run after the task's starter code. The
tests use these cells to check that every key scores full marks.
"""

from __future__ import annotations

import json

from .._tasks import all_tasks, get_task
from .._tasks._barchart import Chart
from .._tasks._base import Task
from .._tasks._choice import Choice
from .._tasks._classify import Classify
from .._tasks._code import Code
from .._tasks._numeric import Numeric
from .._tasks._ranking import Ranking
from .notebooks import answer_name, check_line

__all__ = ["ranking_order", "solution_cell", "solution_cells"]


def ranking_order(task: Ranking) -> list[str]:
    """An order that keeps every rule of the ranking (the items' own order breaks ties).

    A ranking's rules never form a cycle (the kind checks that when it is defined).
    """
    remaining = list(task.items)
    order: list[str] = []
    while remaining:
        free = [
            item
            for item in remaining
            if not any(r.after == item and r.before in remaining for r in task.rules)
        ]
        order.append(free[0])
        remaining.remove(free[0])
    return order


def _literal(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=4)


def _answer(task: Task) -> str:
    name = answer_name(task)
    if isinstance(task, Choice):
        right = [key for key, opt in task.options.items() if opt.correct]
        if not task.multiple:  # exactly one right option: the kind checks it
            return f"{name} = {_literal(right[0])}"
        return f"{name} = {_literal(right)}"
    if isinstance(task, Classify):
        return f"{name} = {_literal({item: cat for item, (cat, _why) in task.items.items()})}"
    if isinstance(task, Ranking):
        return f"{name} = {_literal(ranking_order(task))}"
    if isinstance(task, Numeric):
        return f"{name} = {task.expected!r}"
    if isinstance(task, Code):
        return f"{task.starter.strip()}\n\n{task.solution.strip()}\n\n{name} = {task.function_name}"
    if isinstance(task, Chart):
        return f"{task.starter.strip()}\n\n{task.solution.strip()}"
    # free text: the model answer itself
    return f'{name} = """\n{task.solution.strip()}\n"""'


def solution_cell(task_id: str) -> str:
    """The solved code cell of a task, as a learner who got everything right would write it."""
    task = get_task(task_id)
    return f"{_answer(task)}\n{check_line(task)}"


def solution_cells(chapter: int) -> dict[str, str]:
    """Task id -> solved cell, for every task of one chapter."""
    return {t.id: solution_cell(t.id) for t in all_tasks() if t.chapter == chapter}
