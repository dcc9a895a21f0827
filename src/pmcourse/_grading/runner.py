"""Running one notebook in a fresh, limited, isolated kernel and collecting its answers.

It runs a *copy* of the learner's notebook in the kernel's private folder, cell
by cell, with a per-cell timeout, a memory cap and an output cap. It then reads
back what ``pmcourse.check`` recorded through the kernel's reply channel, and
calls the learner's functions for code tasks itself, outside the kernel (``probe``). It never scores anything:
``batch`` does.
"""

from __future__ import annotations

import ast
import asyncio
import json
import logging
import secrets
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._session import RECORD_FILE_ENV
from .cleanup import MAX_ENTRIES, folder_usage
from .kernel import KernelPlan, kernel_environment, start_plan
from .limits import RunLimits
from .manager import KernelStartError, end_run, start_kernel, stop_kernel
from .notebook import ExerciseNotebook
from .probe import call_code_tasks
from .processes import grader_prefix, reap_marked_processes, resident_memory
from .records import MAX_RECORD_BYTES, read_record_file

if TYPE_CHECKING:
    from .warm import WarmPool

__all__ = ["RECORD_FILE_ENV", "RunOutcome", "run_notebook"]

_log = logging.getLogger("pmcourse.kernel")
_log.addHandler(logging.NullHandler())
_log.propagate = False

_COLLECT = "__import__('pmcourse._session', fromlist=['export_json']).export_json()"


@dataclass
class RunOutcome:
    """What happened when the notebook ran: answers recorded and problems met."""

    submissions: dict[str, Any] = field(default_factory=dict)
    cell_errors: dict[int, str] = field(default_factory=dict)  # cell index -> one-line reason
    stopped_at: int | None = None  # cell index where the run had to stop
    stop_reason: str | None = None
    notes: list[str] = field(default_factory=list)
    solution_first: list[str] = field(default_factory=list)
    launch: str = "cold"


# Seconds a cell that flooded its output has to stop after its interrupt.
FLOOD_GRACE = 3.0


def _reason(ename: str, evalue: str, limits: RunLimits) -> str:
    first = (evalue or "").strip().splitlines()[0][:160] if (evalue or "").strip() else ""
    special = {
        "CellTimeout": f"it ran longer than {limits.timeout:g} s and was stopped (an endless loop?)",
        "StdinNotImplementedError": "it asks for input(), which nobody can type while grading",
        "SystemExit": "it called sys.exit() or exit()",
        "MemoryError": f"it ran out of memory (the cap is {_size(limits.memory)})",
        "OutputFlood": f"it printed more than {_size(limits.max_output)} and was stopped",
    }
    if ename in special:
        return special[ename]
    return f"it raised {ename}: {first}" if first else f"it raised {ename}"


def _size(n: int) -> str:
    return f"{n / 2**30:g} GiB" if n >= 2**30 else f"{n / 2**20:g} MiB"


def _make_client(nb: Any, km: Any, limits: RunLimits, outcome: RunOutcome) -> Any:
    from nbclient import NotebookClient

    class _Client(NotebookClient):
        """nbclient, but outputs are counted and dropped: grading needs none of them."""

        output_bytes = 0
        finished: set[int]
        flooded = False
        deaf = False  # it went on printing after the interrupt: its kernel was stopped
        interrupting: asyncio.Future[Any] | None = None

        def output(self, outs: Any, msg: dict[str, Any], display_id: Any, cell_index: int) -> None:  # noqa: ARG002
            content = msg.get("content", {})
            size = len(content.get("text", "")) + sum(
                len(str(v)) for v in content.get("data", {}).values()
            )
            self.output_bytes += size
            if self.output_bytes > limits.max_output and not self.flooded:
                self.flooded = True
                self.interrupting = asyncio.ensure_future(self.stop_flood(cell_index))

        async def stop_flood(self, cell_index: int) -> None:
            await km.interrupt_kernel()
            await asyncio.sleep(FLOOD_GRACE)
            if cell_index not in self.finished:
                # The cell ignores the interrupt (or prints from another thread):
                # it is not waited for; its kernel is stopped, and the run with it.
                self.deaf = True
                await km.shutdown_kernel(now=True)

    async def on_executed(cell: Any, cell_index: int, execute_reply: dict[str, Any]) -> None:  # noqa: ARG001
        client.finished.add(cell_index)
        content = (execute_reply or {}).get("content", {})
        if content.get("status") == "error":
            ename = content.get("ename", "Error")
            if client.flooded and ename == "KeyboardInterrupt":
                ename = "OutputFlood"
            outcome.cell_errors[cell_index] = _reason(ename, content.get("evalue", ""), limits)

    client = _Client(
        nb,
        km=km,
        timeout=max(1, round(limits.timeout)),
        allow_errors=True,
        interrupt_on_timeout=True,
        error_on_timeout={"ename": "CellTimeout", "evalue": ""},
        iopub_timeout=2,
        shutdown_kernel="immediate",
        record_timing=False,
        log=_log,
    )
    client.finished = set()
    client.on_cell_executed = on_executed
    return client


async def _reply(kc: Any, msg_id: str, timeout: float) -> dict[str, Any] | None:
    """The shell reply to ``msg_id``, or None if none comes in time."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            msg: dict[str, Any] = await kc.shell_channel.get_msg(timeout=left)
        except Exception:  # noqa: BLE001 - queue.Empty and a closed channel alike
            return None
        if msg.get("parent_header", {}).get("msg_id") == msg_id:
            return msg
    return None


def _expression_value(reply: dict[str, Any] | None, name: str) -> Any:
    """The JSON value a user expression returned as a JSON string, or None."""
    if reply is None:
        return None
    result = reply.get("content", {}).get("user_expressions", {}).get(name, {})
    if result.get("status") != "ok":
        return None
    try:
        text = result["data"]["text/plain"]
        if not isinstance(text, str) or len(text) > MAX_RECORD_BYTES:
            return None  # answers are capped: an export this large is not pmcourse's
        return json.loads(ast.literal_eval(text))
    except (ValueError, SyntaxError, KeyError, TypeError, MemoryError, RecursionError):
        return None


def _code_task_ids(exnb: ExerciseNotebook) -> list[str]:
    from .._tasks import all_tasks
    from .._tasks._code import Code

    return [t.id for t in all_tasks() if isinstance(t, Code) and str(t.chapter) in exnb.chapters]


def _fresh_notebook(exnb: ExerciseNotebook) -> Any:
    import nbformat

    nb = nbformat.v4.new_notebook(metadata=exnb.notebook["metadata"])  # type: ignore[no-untyped-call]
    for cell in exnb.notebook["cells"]:
        maker = (
            nbformat.v4.new_code_cell
            if cell["cell_type"] == "code"
            else nbformat.v4.new_markdown_cell
        )
        nb.cells.append(maker(cell["source"]))  # type: ignore[no-untyped-call]
    return nb


async def _cold_start(
    nb: Any, plan: KernelPlan, limits: RunLimits, token: str, outcome: RunOutcome
) -> tuple[Any, Any]:
    """Start a cold kernel, again if it dies before any learner cell ran."""
    for attempt in range(limits.start_retries + 1):
        try:
            km, kc = await start_kernel(plan, limits, token)
        except KernelStartError as exc:
            if attempt == limits.start_retries:
                raise
            outcome.notes.append(
                f"The Python kernel failed to start ({exc}) before any of your cells ran; "
                "it was started again. This is not counted against you."
            )
            continue
        client = _make_client(nb, km, limits, outcome)
        client.kc = kc
        return client, km
    raise AssertionError("unreachable")  # pragma: no cover


async def run_notebook(
    exnb: ExerciseNotebook,
    limits: RunLimits,
    sandbox: str | None = None,
    warm: WarmPool | None = None,
) -> RunOutcome:
    """Run a copy of the notebook in a fresh kernel and return what it recorded.

    With ``warm``, the kernel is one forked from the batch's template; when none
    can be had, a cold one, with a note.
    """
    from nbclient.exceptions import DeadKernelError

    outcome = RunOutcome()
    nb = _fresh_notebook(exnb)
    ready = None
    if warm is not None:
        from .warm import WarmUnavailable, fallback_note

        try:
            ready = await warm.take()
        except WarmUnavailable as exc:
            outcome.notes.append(fallback_note(exc))
    retired = False
    if ready is not None:
        outcome.launch = "warm"
        plan, token = ready.plan, ready.token
    else:
        # The grader's pid leads the token, so a run's processes can be traced to their grader.
        token = grader_prefix() + secrets.token_hex(16)
        plan = start_plan(sandbox, limits)
    try:
        # The kernel runs from a copy in its own folder; the learner's file is only ever read.
        (plan.work / "notebook.ipynb").write_text(json.dumps(nb), encoding="utf-8")
        if ready is not None:
            km = ready.km
            client = _make_client(nb, km, limits, outcome)
            client.kc = ready.kc
        else:
            client, km = await _cold_start(nb, plan, limits, token, outcome)
        seen_first: set[str] = set()
        # The run folder's quota, and its memory where no control group counts it.
        stopped_by: list[str] = []  # the watcher's reason, set before it stops the run
        watcher = asyncio.ensure_future(_watch(plan, limits, token, stopped_by))
        try:
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code" or not cell.source.strip():
                    continue
                try:
                    await client.async_execute_cell(cell, index)
                    # A solution view is noted as soon as its cell ends: a later cell
                    # that empties the record or the session cannot take it back.
                    seen_first.update(read_record_file(plan.record_file)[1])
                except DeadKernelError:
                    outcome.stopped_at = index
                    outcome.stop_reason = (
                        f"it printed more than {_size(limits.max_output)} and ignored the "
                        "interrupt, so its kernel was stopped"
                        if client.deaf
                        else "the Python kernel died while running it (os._exit, a crash, "
                        f"or memory beyond the {_size(limits.memory)} cap)"
                    )
                    break
                if outcome.cell_errors.get(index, "").startswith("it ran longer"):
                    # The interrupt must have stopped the cell; if the kernel stays busy, give up.
                    probe = client.kc.execute("", silent=True, store_history=False)
                    if await _reply(client.kc, probe, 5) is None:
                        outcome.stopped_at = index
                        outcome.stop_reason = (
                            f"it ran longer than {limits.timeout:g} s and could not be interrupted"
                        )
                        break
            if outcome.stopped_at is None:
                msg_id = client.kc.execute(
                    "", silent=True, store_history=False, user_expressions={"pmcourse": _COLLECT}
                )
                exported = _expression_value(
                    await _reply(client.kc, msg_id, max(10.0, limits.timeout)), "pmcourse"
                )
                if isinstance(exported, dict) and isinstance(exported.get("submissions"), dict):
                    outcome.submissions = exported["submissions"]
                    seen_first.update(str(t)[:20] for t in exported.get("solution_first", []))
                else:
                    outcome.notes.append(
                        "The answers could not be read back from the kernel; "
                        "only checks recorded along the way count."
                    )
                    outcome.submissions, first = read_record_file(plan.record_file)
                    seen_first.update(first)
                # Code tasks: what counts is what the function returns when the grader
                # calls it in a fresh interpreter, not any record of the kernel's.
                env = kernel_environment(plan.run, token, plan.record_file)
                outcome.submissions.update(await call_code_tasks(exnb, plan, env, limits))
            else:
                outcome.submissions, first = read_record_file(plan.record_file)
                seen_first.update(first)
                # A code task counts only when the grader called the function itself.
                for task_id in _code_task_ids(exnb):
                    outcome.submissions.pop(task_id, None)
            outcome.solution_first = sorted(seen_first)
        finally:
            # Said before the watcher kills: the dying kernel can end the cells while
            # the watcher is still waiting for the last process to go.
            watcher.cancel()
            outcome.notes += stopped_by[:1]
            outcome.notes += _limit_notes(plan, limits)
            if warm is not None and ready is not None:
                # The answers are in: the kernel is stopped while the next notebook runs.
                warm.retire(client.kc, km, token, plan)
                retired = True
            else:
                await stop_kernel(km, client.kc, token)
    finally:
        if not retired:
            await asyncio.to_thread(end_run, plan, [token])
    return outcome


async def _watch(
    plan: KernelPlan, limits: RunLimits, token: str, why_out: list[str], every: float = 0.5
) -> None:
    """Stop the run, and say why (in ``why_out``, before it stops it), once its folder
    passes ``--disk`` (or holds too many entries), or, where no control group counts its
    memory, once the resident memory of its processes together passes ``--memory``."""
    sum_memory = plan.group.memory is None and limits.memory > 0
    while True:
        await asyncio.sleep(every)
        why = None
        if limits.disk > 0:
            used, entries = await asyncio.to_thread(folder_usage, plan.run, MAX_ENTRIES)
            if used > limits.disk or entries > MAX_ENTRIES:
                why = (
                    f"Your notebook wrote more than its folder may hold ({_size(limits.disk)} "
                    f"or {MAX_ENTRIES:,} files and folders); it was stopped."
                )
        if (
            why is None
            and sum_memory
            and await asyncio.to_thread(resident_memory, token) > limits.memory
        ):
            why = (
                f"Your notebook's processes together used more than the memory cap "
                f"({_size(limits.memory)}); they were stopped."
            )
        if why is not None:
            why_out.append(why)
            await asyncio.to_thread(plan.group.kill_all)
            await asyncio.to_thread(reap_marked_processes, token)
            return


def _limit_notes(plan: KernelPlan, limits: RunLimits) -> list[str]:
    """One line per limit of the whole notebook that it reached."""
    notes = []
    bitten = plan.group.bitten()
    if "memory" in bitten:
        notes.append(
            f"Your notebook's processes together reached the memory cap ({_size(limits.memory)}, "
            "files in /tmp included); the system refused or ended what went past it."
        )
    if "processes" in bitten:
        notes.append(
            f"Your notebook tried to run more than {limits.processes} processes or threads "
            "at once; the extra ones were refused."
        )
    return notes
