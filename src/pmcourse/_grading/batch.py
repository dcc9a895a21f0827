"""Grading notebooks: run each one :func:`~pmcourse._grading.learners.discover` found in its
own kernel, and score what it recorded.

One broken notebook never stops a batch: every path ends as a
:class:`~pmcourse._schema.NotebookResult`, graded or with a one-line reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .._errors import NotebookError
from .._schema import BatchResult, NotebookResult, TaskResult, sort_key
from .._tasks.scoring import grade_entry
from .aio import run_blocking
from .kernel import resolve_sandbox
from .learners import Discovery, discover
from .limits import DEFAULT_JOBS, RunLimits
from .notebook import ExerciseNotebook, display_path, load_notebook
from .runner import RunOutcome, run_notebook
from .warm import WarmPool

__all__ = ["Progress", "grade", "grade_paths", "score_notebook"]

Progress = Callable[[int, int, str], None]


def score_notebook(
    exnb: ExerciseNotebook, outcome: RunOutcome
) -> tuple[list[TaskResult], list[str]]:
    """Grade every task of the notebook's exercise(s) from what its run recorded."""
    from .._tasks import all_tasks

    notes = list(exnb.notes) + list(outcome.notes)
    cells_of: dict[str, list[int]] = {}
    for index, ids in exnb.cell_tasks.items():
        for task_id in ids:
            cells_of.setdefault(task_id, []).append(index)
    for index, why in sorted(outcome.cell_errors.items()):
        if index == outcome.stopped_at:
            continue  # told once, in the stop note below
        tasks = ", ".join(exnb.cell_tasks.get(index, []))
        notes.append(f"Cell {index + 1}{f' (task {tasks})' if tasks else ''}: {why}.")
    if outcome.stopped_at is not None:
        notes.insert(0, f"Grading stopped at cell {outcome.stopped_at + 1}: {outcome.stop_reason}.")
    results = []
    for task in all_tasks():
        if str(task.chapter) not in exnb.chapters:
            continue
        entry = outcome.submissions.get(task.id)
        cells = cells_of.get(task.id, [])
        if entry is None and cells:
            reason: str | None = None
            if outcome.stopped_at is not None and min(cells) >= outcome.stopped_at:
                at = outcome.stopped_at + 1
                reason = (
                    f"Not graded: the run stopped at cell {at} before this task "
                    f"({outcome.stop_reason})."
                )
                if min(cells) == outcome.stopped_at:
                    reason = f"The cell of this task could not finish: {outcome.stop_reason}."
            else:
                errors = [outcome.cell_errors[c] for c in cells if c in outcome.cell_errors]
                if errors:
                    reason = f"The cell of this task did not reach its check: {errors[0]}."
            if reason:
                base = grade_entry(task, None)
                results.append(base.replace(status="error", feedback=reason))
                continue
        results.append(grade_entry(task, entry))
    return results, notes


async def _grade_one(
    path: Path, limits: RunLimits, sandbox: str | None, warm: WarmPool | None = None
) -> NotebookResult:
    shown = display_path(path)
    start = time.perf_counter()
    try:
        try:
            exnb = load_notebook(path)
        except BaseException:
            if warm is not None:
                warm.skip()
            raise
        outcome = await run_notebook(exnb, limits, sandbox, warm)
        tasks, notes = score_notebook(exnb, outcome)
    except NotebookError as exc:
        return NotebookResult(
            path=shown, status="error", error=str(exc), seconds=time.perf_counter() - start
        )
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - one notebook must never stop the batch
        first = str(exc).splitlines()[0][:160] if str(exc) else ""
        reason = (
            f"The notebook could not be run ({type(exc).__name__}{': ' + first if first else ''})."
        )
        return NotebookResult(
            path=shown, status="error", error=reason, seconds=time.perf_counter() - start
        )
    return NotebookResult(
        path=shown,
        status="graded",
        tasks=tasks,
        notes=notes,
        seconds=time.perf_counter() - start,
        launch=outcome.launch,
        solution_first=sorted(set(outcome.solution_first)),
    )


async def _grade_batch(
    found: Discovery,
    limits: RunLimits,
    jobs: int,
    progress: Progress | None,
    sandbox: str | None,
    warm: WarmPool | None = None,
) -> BatchResult:
    items = [(path, found.problems.get(path)) for path in found.paths]
    learners = found.learners
    results: list[NotebookResult | None] = [None] * len(items)
    gate = asyncio.Semaphore(max(1, jobs))
    done = 0

    async def one(i: int, path: Path, problem: str | None) -> None:
        nonlocal done
        if problem is not None:
            result = NotebookResult(path=display_path(path), status="error", error=problem)
        else:
            async with gate:
                result = await _grade_one(path, limits, sandbox, warm)
        if path in learners:
            result.learner = learners[path]
        results[i] = result
        done += 1
        if progress:
            progress(done, len(items), display_path(path))

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    tasks = [asyncio.ensure_future(one(i, p, prob)) for i, (p, prob) in enumerate(items)]
    stopper = asyncio.ensure_future(stop.wait())
    try:
        pending: set[asyncio.Future[Any]] = set(tasks)
        while pending:
            finished, pending = await asyncio.wait(
                pending | {stopper}, return_when=asyncio.FIRST_COMPLETED
            )
            pending.discard(stopper)
            if stopper in finished:
                break
    finally:
        interrupted = stop.is_set()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        stopper.cancel()
        if warm is not None:
            await warm.close()
        for sig in installed:
            loop.remove_signal_handler(sig)
    if sandbox is None:
        for r in results:
            if r is not None and r.status == "graded":
                r.notes.append(NOT_ISOLATED)
    for (path, _), r in zip(items, results, strict=True):
        if r is not None:
            r.notes.extend(found.notes.get(path, ()))
    done_results = [r for r in results if r is not None]
    if learners:  # a cohort: in learner order, as merged shards are
        done_results.sort(key=lambda nb: sort_key(nb.learner, nb.path))
    return BatchResult(
        notebooks=done_results,
        interrupted=interrupted,
        sandbox="bubblewrap" if sandbox else "none",
    )


NOT_ISOLATED = (
    "No sandbox: this notebook's kernel was not isolated from the others in its batch "
    "(install bubblewrap to isolate them)."
)


def grade_paths(
    paths: Sequence[Path],
    *,
    pattern: str | None = None,
    shard: tuple[int, int] | None = None,
    limits: RunLimits | None = None,
    jobs: int = DEFAULT_JOBS,
    progress: Progress | None = None,
) -> BatchResult:
    """Grade notebooks and folders of notebooks: :func:`discover`, then :func:`grade`."""
    found = discover(paths, pattern=pattern, shard=shard)
    return grade(found, limits=limits, jobs=jobs, progress=progress)


def grade(
    found: Discovery,
    *,
    limits: RunLimits | None = None,
    jobs: int = DEFAULT_JOBS,
    progress: Progress | None = None,
) -> BatchResult:
    """Grade what :func:`discover` found; never raises for a bad notebook.

    Each result carries its learner and the notes discovery made (copies not
    graded); a cohort's results come in learner order, then path.

    Raises :class:`~pmcourse.UsageError` only when ``limits.sandbox`` is "on" and
    no working sandbox is available.
    """
    limits = limits or RunLimits()
    warm = None
    if limits.warm:
        # Started first: the template's imports overlap the grader's own work.
        wanted = sum(1 for path in found.paths if path not in found.problems)
        warm = WarmPool.open(limits, None, jobs, wanted)
    try:
        sandbox = resolve_sandbox(limits.sandbox)
    except BaseException:
        if warm is not None:
            run_blocking(warm.close())
        raise
    if warm is not None:
        warm.sandbox = sandbox
    return run_blocking(_grade_batch(found, limits, jobs, progress, sandbox, warm))
