"""The task registry: every exercise's tasks, loaded on first use.

Each chapter module ``chNN.py`` defines ``EXERCISE`` (an :class:`Exercise`) and
``TASKS`` (a list of tasks whose ids start with the chapter number). Adding a
chapter's exercise means adding one such module; nothing else registers it.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from .._errors import DefinitionError, UnknownTaskError
from ._base import Exercise, Task

__all__ = ["all_exercises", "all_tasks", "exercise_of", "fingerprint", "get_task", "reload"]


@cache
def _load() -> tuple[dict[str, Exercise], dict[str, Task]]:
    exercises: dict[str, Exercise] = {}
    tasks: dict[str, Task] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("ch"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        exercise: Exercise = module.EXERCISE
        if str(exercise.number) in exercises or info.name != f"ch{exercise.number:02d}":
            msg = f"{info.name}.py defines exercise {exercise.number}: name it ch{exercise.number:02d}.py"
            raise DefinitionError(msg)
        exercises[str(exercise.number)] = exercise
        problems = exercise.task_problems(module.TASKS)
        if problems:
            raise DefinitionError(f"{info.name}.py: " + "; ".join(problems))
        tasks.update((task.id, task) for task in module.TASKS)  # ids unique: N.1, N.2, ...
    return exercises, tasks


def reload() -> None:
    """Forget the loaded task set, so that the next use finds chapter modules added since."""
    _load.cache_clear()
    fingerprint.cache_clear()
    importlib.invalidate_caches()


def all_exercises() -> list[Exercise]:
    return list(_load()[0].values())


def all_tasks() -> list[Task]:
    return list(_load()[1].values())


def exercise_of(task_id: str) -> Exercise:
    return _load()[0][task_id.split(".", maxsplit=1)[0]]


def exercise(number: int) -> Exercise:
    """The exercise of one chapter."""
    return _load()[0][str(number)]


@cache
def fingerprint() -> str:
    """A short digest of the task set: ids, kinds, titles and points.

    Results graded against two different task sets must never be mixed; the
    results JSON carries this so that ``merge`` and ``report`` can tell.
    """
    import hashlib
    import json

    shape = [(t.id, type(t).__name__, t.title, t.points) for t in all_tasks()]
    return hashlib.sha256(json.dumps(shape).encode()).hexdigest()[:16]


def get_task(task_id: object) -> Task:
    tasks = _load()[1]
    if not isinstance(task_id, str) or task_id.strip() not in tasks:
        shown = repr(task_id)[:40]
        msg = f"There is no task {shown}; task ids look like '1.2' (chapter 1, task 2)."
        raise UnknownTaskError(msg)
    return tasks[task_id.strip()]
