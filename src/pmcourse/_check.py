"""The self-check API a learner calls inside a notebook."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

from . import _session
from ._errors import PmcourseError
from ._results import TaskResult

__all__ = ["check", "evaluate", "grade_entry", "hint", "site_url", "solution", "tasks"]

DEFAULT_SITE_URL = "https://pmcourse.github.io/pmcourse/"


def site_url() -> str:
    """Where the course site lives; ``PMCOURSE_SITE_URL`` points links at a local copy."""
    url = os.environ.get("PMCOURSE_SITE_URL", DEFAULT_SITE_URL)
    return url if url.endswith("/") else url + "/"


class Note(str):
    """Text that shows itself plainly in a terminal and in Jupyter."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def _result(task: Any, status: str, fraction: float, feedback: str, **extra: Any) -> TaskResult:
    return TaskResult(
        task_id=task.id,
        title=task.title,
        status=status,  # type: ignore[arg-type]
        score=round(fraction * task.points, 2),
        max_score=float(task.points),
        feedback=feedback,
        hint=task.hint,
        link=site_url() + task.section,
        **extra,
    )


def grade_entry(task: Any, entry: dict[str, Any] | None) -> TaskResult:
    """Grade what a kernel recorded for ``task`` (``None``: no check ran)."""
    state = entry.get("state") if isinstance(entry, dict) else None
    if entry is None:
        return _result(
            task,
            "not attempted",
            0.0,
            "No check ran for this task: keep the check(...) line in its cell and run it.",
        )
    if state == "not attempted":
        return _result(
            task, "not attempted", 0.0, "Not answered yet: replace the ... with your answer."
        )
    if state == "error":
        message = str(entry.get("message", ""))[:300] or "The answer could not be read."
        return _result(task, "error", 0.0, message.splitlines()[0])
    unreadable = f"Task {task.id}: the recorded answer is unreadable."
    if state != "answered":
        return _result(task, "error", 0.0, unreadable)
    try:
        verdict = task.grade(task.revalidate(entry.get("data")))
    except PmcourseError as exc:
        return _result(task, "error", 0.0, str(exc))
    except Exception:  # noqa: BLE001 - tampered data must not crash the grader
        return _result(task, "error", 0.0, unreadable)
    fraction = min(1.0, max(0.0, verdict.fraction))
    return _result(task, "pass" if fraction >= 1.0 else "fail", fraction, verdict.feedback)


def evaluate(task: Any, answer: object) -> tuple[dict[str, Any], TaskResult]:
    """Prepare and grade one answer where it lives; return the record and the verdict."""
    from ._tasks._base import NotAttempted

    entry: dict[str, Any]
    try:
        entry = {"state": "answered", "data": task.prepare(answer)}
    except NotAttempted:
        entry = {"state": "not attempted"}
    except PmcourseError as exc:
        entry = {"state": "error", "message": str(exc)}
    except Exception as exc:  # noqa: BLE001 - a learner's object can raise anything
        entry = {
            "state": "error",
            "message": f"Task {task.id} could not read this answer ({type(exc).__name__}).",
        }
    return entry, grade_entry(task, entry)


def check(task_id: str, answer: object = ..., *, show_solution: bool = False) -> TaskResult:
    """Check an answer to one task and explain the verdict.

    >>> check("1.1", "b")  # doctest: +SKIP

    ``show_solution=True`` adds the model answer; nothing else ever shows it.
    A malformed answer or an unknown task id gives a one-line message, not a
    traceback.
    """
    from ._tasks import get_task

    try:
        task = get_task(task_id)
    except PmcourseError as exc:
        return TaskResult(str(task_id)[:20], "unknown task", "error", 0.0, 0.0, str(exc))
    entry, result = evaluate(task, answer)
    _session.record(task.id, entry)
    if show_solution:
        result = result.replace(solution=task.solution)
    return result


def solution(task_id: str) -> Note:
    """The model answer of a task, for a learner who asks for it explicitly."""
    from ._tasks import get_task

    return Note(get_task(task_id).solution)


def hint(task_id: str) -> Note:
    """A hint for a task, without giving the answer away."""
    from ._tasks import get_task

    return Note(get_task(task_id).hint)


def tasks(chapter: int | None = None) -> list[tuple[str, str, float]]:
    """Every task as (id, title, points), or only those of one chapter."""
    from ._tasks import all_tasks

    return [
        (t.id, t.title, t.points)
        for t in all_tasks()
        if chapter is None or t.id.split(".")[0] == str(chapter)
    ]
