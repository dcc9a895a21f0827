"""The reference solution cells of every chapter, and ways to run them.

``tests/solutions/chNN.py`` holds ``CELLS``: task id -> the solved notebook cell.
The chapter tests and ``test_every_task.py`` import this module by its bare name
(``tests/tasks`` has no ``__init__.py``; pytest's prepend import mode puts the
directory on ``sys.path``).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

from pmcourse import TaskResult, check

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


def solution_chapters() -> list[int]:
    """Chapter numbers that have a solutions file."""
    return sorted(int(path.stem.removeprefix("ch")) for path in SOLUTIONS.glob("ch*.py"))


@cache
def cells(chapter: int) -> dict[str, str]:
    """CELLS of ``tests/solutions/chNN.py``: task id -> solved cell source."""
    name = f"ch{chapter:02d}"
    spec = importlib.util.spec_from_file_location(f"solutions_{name}", SOLUTIONS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: dict[str, str] = module.CELLS
    return found


def cell(task_id: str) -> str:
    """The solved cell of one task."""
    return cells(int(task_id.split(".", maxsplit=1)[0]))[task_id]


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
