"""The reference solution cells of every chapter, and ways to run them.

The solved cells are derived from the answer keys by ``pmcourse._authoring``.
The chapter tests and ``test_every_task.py`` import this module by its bare name
(``tests/tasks`` has no ``__init__.py``; pytest's prepend import mode puts the
directory on ``sys.path``).
"""

from __future__ import annotations

from typing import Any

from pmcourse import TaskResult, check
from pmcourse._authoring.solutions import solution_cell, solution_cells
from pmcourse._tasks import all_exercises


def solution_chapters() -> list[int]:
    """Chapter numbers that have an exercise."""
    return sorted(exercise.number for exercise in all_exercises())


def cells(chapter: int) -> dict[str, str]:
    """Task id -> solved cell source, derived from the answer keys."""
    return solution_cells(chapter)


def cell(task_id: str) -> str:
    """The solved cell of one task."""
    return solution_cell(task_id)


def pyplot() -> Any:
    """matplotlib.pyplot on the Agg backend, imported only by the tests that draw."""
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _namespace(source: str, check_function: Any) -> dict[str, Any]:
    # what the notebook's import cell provides: check(), and plt where the chapter draws
    namespace: dict[str, Any] = {"check": check_function}
    if "plt." in source:
        namespace["plt"] = pyplot()
    return namespace


def run_cell(source: str) -> list[TaskResult]:
    """Run a cell as the notebook would and return what each of its check() calls gave."""
    results: list[TaskResult] = []

    def recording_check(*args: Any, **kwargs: Any) -> TaskResult:
        result = check(*args, **kwargs)
        results.append(result)
        return result

    exec(source, _namespace(source, recording_check))  # noqa: S102 - our own reference solutions
    return results


def solved(task_id: str) -> Any:
    """The answer object (``answer_N_M``) that the solved cell of a task builds."""
    source = cell(task_id)
    namespace = _namespace(source, lambda *_a, **_k: None)
    exec(source, namespace)  # noqa: S102 - our own reference solutions
    return namespace["answer_" + task_id.replace(".", "_")]
