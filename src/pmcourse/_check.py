"""The self-check API a learner calls inside a notebook."""

from __future__ import annotations

from . import _session
from ._errors import PmcourseError
from ._results import TaskResult

__all__ = ["Note", "check", "hint", "solution", "tasks"]


class Note(str):
    """Text that shows itself plainly in a terminal and in Jupyter."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def check(task_id: str, answer: object = ..., *, show_solution: bool = False) -> TaskResult:
    """Check an answer to one task and explain the verdict.

    >>> check("1.1", "b")  # doctest: +SKIP

    ``show_solution=True`` adds the model answer; nothing else ever shows it.
    A malformed answer or an unknown task id gives a one-line message, not a
    traceback.
    """
    from ._tasks import get_task
    from ._tasks.scoring import evaluate

    try:
        task = get_task(task_id)
    except PmcourseError as exc:
        return TaskResult(str(task_id)[:20], "unknown task", "error", 0.0, 0.0, str(exc))
    entry, result = evaluate(task, answer)
    if show_solution and entry["state"] != "answered":
        _session.record_solution_view(task.id)  # before the answer is recorded: seen first
    _session.record(task.id, entry)
    checklist = tuple(getattr(task, "checklist", ()))
    if show_solution:
        result = result.replace(solution=task.solution)
        if checklist and isinstance(answer, str) and answer.strip():
            result = result.replace(answer=answer.strip(), checklist=checklist)
    elif result.status == "review" and checklist:
        # the checks could not decide: the learner checks their answer point by point
        result = result.replace(checklist=checklist)
    return result


def solution(task_id: str) -> Note:
    """The model answer of a task, for a learner who asks for it explicitly."""
    from ._tasks import get_task

    task = get_task(task_id)
    _session.record_solution_view(task.id)
    return Note(task.solution)


def hint(task_id: str) -> Note:
    """A hint for a task, without giving the answer away."""
    from ._tasks import get_task

    return Note(get_task(task_id).hint)


def tasks(chapter: int | None = None) -> list[tuple[str, str, float]]:
    """Every task as (id, title, points), or only those of one chapter."""
    from ._tasks import all_tasks

    return [
        (t.id, t.title, t.points) for t in all_tasks() if chapter is None or t.chapter == chapter
    ]
