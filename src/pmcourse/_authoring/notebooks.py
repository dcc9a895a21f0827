"""Generate each exercise's blank notebook from its task definitions.

The notebook is a pure function of ``chNN.py``: an introduction, an import
cell, then for each task a Markdown cell (its heading and prompt) and a code
cell (its starter code, a blank ``answer_N_M = ...`` and the ``check`` call).
Cell ids and formatting are fixed, so a regenerated notebook is byte-identical
when nothing changed.
"""

from __future__ import annotations

import json
from typing import Any

from .._tasks._base import Exercise, Task
from .._tasks._choice import Choice
from .._tasks._classify import CATEGORIES_LINE, Classify
from .._tasks._ranking import Ranking

__all__ = ["SITE", "answer_name", "check_line", "notebook_json", "render_notebook", "task_cells"]

SITE = "https://pmcourse.github.io/pmcourse/"


def answer_name(task: Task) -> str:
    """The variable a task's cell assigns: ``answer_4_3`` for task 4.3."""
    return "answer_" + task.id.replace(".", "_")


def check_line(task: Task) -> str:
    return f'check("{task.id}", {answer_name(task)})'


def _lines(text: str) -> list[str]:
    """Notebook source as Jupyter stores it: a list of lines that keep their newline."""
    return text.splitlines(keepends=True)


def _markdown(cell_id: str, text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": _lines(text)}


def _code(cell_id: str, text: str) -> dict[str, Any]:
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": cell_id,
        "metadata": {},
        "outputs": [],
        "source": _lines(text),
    }


def _choice_body(task: Choice) -> str:
    options = "\n".join(f"- **{key}** {opt.text}" for key, opt in task.options.items())
    if task.multiple:
        tail = (
            'Give a list of letters, for example `["a", "c"]`. Each right pick earns a share '
            "of the point and each wrong pick takes a share away."
        )
    else:
        tail = "Give one letter."
    return f"{task.prompt}\n\n{options}\n\n{tail}"


def _classify_body(task: Classify) -> str:
    categories = ", ".join(f'`"{c}"`' for c in task.categories)
    return f"{task.prompt.strip()}\n\n{CATEGORIES_LINE} {categories}."


def task_markdown(task: Task) -> str:
    """The Markdown above a task's cell: its heading, then its prompt.

    A choice lists its options under the prompt, a classify task its categories.
    """
    if isinstance(task, Choice):
        body = _choice_body(task)
    elif isinstance(task, Classify):
        body = _classify_body(task)
    else:
        body = task.prompt
    return f"## Task {task.id}: {task.title}\n\n{body.strip()}"


def blank_answer(task: Task) -> str:
    """The blank answer line(s), shaped like the answer the task expects."""
    name = answer_name(task)
    if isinstance(task, Classify):
        rows = "".join(f"    {json.dumps(item, ensure_ascii=False)}: ...,\n" for item in task.items)
        return f"{name} = {{\n{rows}}}"
    if isinstance(task, Ranking):
        rows = "".join(f"    {json.dumps(item, ensure_ascii=False)},\n" for item in task.items)
        return f"items = [  # in no particular order\n{rows}]\n{name} = ...  # {task.expects}"
    return f"{name} = ...  # {task.expects}"


def task_code(task: Task) -> str:
    """The code cell of a task: its starter code (or a blank answer), then the check."""
    starter = task.starter.strip("\n") if task.starter else blank_answer(task)
    return f"{starter}\n{check_line(task)}"


def intro_markdown(exercise: Exercise, tasks: list[Task]) -> str:
    chapter = exercise.chapter_title or exercise.title
    example = next((t for t in tasks if not isinstance(t, Choice)), tasks[0])
    return (
        f"# Exercise {exercise.number}: {exercise.title}\n"
        "\n"
        f"**Chapter:** [{exercise.number}. {chapter}]({SITE}{exercise.chapter}.html)"
        f" · **Time:** about {exercise.minutes} minutes\n"
        "\n"
        f"{exercise.intro.strip()}\n"
        "\n"
        "**How to check your work.** Replace each `...` with your answer and run the cell: "
        "`check` tells you at once whether you got it and why. Stuck? "
        f'`hint("{example.id}")` gives a nudge. Ask for a model answer only when you are done: '
        f'`check("{example.id}", {answer_name(example)}, show_solution=True)`.'
    )


def task_cells(exercise: Exercise, tasks: list[Task]) -> list[tuple[str | None, dict[str, Any]]]:
    """Every cell of the notebook, each with the task it belongs to (None: the introduction)."""
    prefix = f"c{exercise.number:02d}"
    cells: list[tuple[str | None, dict[str, Any]]] = [
        (None, _markdown(f"{prefix}-00", intro_markdown(exercise, tasks))),
        (None, _code(f"{prefix}-01", exercise.imports.strip())),
    ]
    for n, task in enumerate(tasks, start=1):
        cells.append((task.id, _markdown(f"{prefix}-{2 * n:02d}", task_markdown(task))))
        cells.append((task.id, _code(f"{prefix}-{2 * n + 1:02d}", task_code(task))))
    return cells


def render_notebook(exercise: Exercise, tasks: list[Task]) -> dict[str, Any]:
    return {
        "cells": [cell for _task, cell in task_cells(exercise, tasks)],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            "pmcourse": {"exercise": exercise.number},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def notebook_json(exercise: Exercise, tasks: list[Task]) -> str:
    """The notebook file's exact text."""
    return json.dumps(render_notebook(exercise, tasks), indent=1, ensure_ascii=False) + "\n"
