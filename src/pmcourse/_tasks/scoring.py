"""Scoring: turn what a check recorded into a :class:`~pmcourse.TaskResult`.

Both sides use this one module: :func:`pmcourse.check` inside a learner's
kernel (through :func:`evaluate`), and the grader in its own process (through
:func:`grade_entry`, on data it re-validates), so a learner sees exactly the
verdict the grader will give.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from .._results import TaskStatus
    from ._base import Task

from .._errors import PmcourseError
from .._results import TaskResult

__all__ = ["DEFAULT_SITE_URL", "evaluate", "grade_entry", "site_url"]

DEFAULT_SITE_URL = "https://pmcourse.github.io/pmcourse/"


def site_url() -> str:
    """Where the course site lives; ``PMCOURSE_SITE_URL`` points links at a local copy."""
    url = os.environ.get("PMCOURSE_SITE_URL", DEFAULT_SITE_URL)
    return url if url.endswith("/") else url + "/"


def _result(
    task: Task, status: TaskStatus, fraction: float, feedback: str, **extra: Any
) -> TaskResult:
    return TaskResult(
        task_id=task.id,
        title=task.title,
        status=status,
        score=round(fraction * task.points, 2),
        max_score=float(task.points),
        feedback=feedback,
        hint=task.hint,
        link=site_url() + task.section,
        **extra,
    )


def grade_entry(task: Task, entry: dict[str, Any] | None) -> TaskResult:
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
    status: TaskStatus = "review" if verdict.review else "pass" if fraction >= 1.0 else "fail"
    return _result(task, status, fraction, verdict.feedback)


def evaluate(task: Task, answer: object) -> tuple[dict[str, Any], TaskResult]:
    """Prepare and grade one answer where it lives; return the record and the verdict."""
    from ._base import NotAttempted

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
