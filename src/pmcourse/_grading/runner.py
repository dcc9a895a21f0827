"""Running one notebook in a fresh, limited, isolated kernel and collecting its answers.

It runs a *copy* of the learner's notebook in the kernel's private folder, cell
by cell, with a per-cell timeout, a memory cap and an output cap. It then reads
back what ``pmcourse.check`` recorded through the kernel's reply channel, and
calls the learner's functions for code tasks itself. It never scores anything:
``batch`` does.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import json
import logging
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._session import RECORD_FILE_ENV
from .kernel import KernelPlan, start_plan
from .limits import RunLimits
from .manager import KernelStartError, end_run, start_kernel, stop_kernel
from .notebook import ExerciseNotebook
from .processes import grader_prefix

if TYPE_CHECKING:
    from .warm import WarmPool

__all__ = ["RECORD_FILE_ENV", "RunOutcome", "run_notebook"]

_log = logging.getLogger("pmcourse.kernel")
_log.addHandler(logging.NullHandler())
_log.propagate = False

_COLLECT = "__import__('pmcourse._session', fromlist=['export_json']).export_json()"
_CALLS_SOURCE = (Path(__file__).resolve().parents[1] / "_tasks" / "calls.py").read_text(
    encoding="utf-8"
)


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
        flooded = False
        interrupting: asyncio.Future[Any] | None = None

        def output(self, outs: Any, msg: dict[str, Any], display_id: Any, cell_index: int) -> None:  # noqa: ARG002
            content = msg.get("content", {})
            size = len(content.get("text", "")) + sum(
                len(str(v)) for v in content.get("data", {}).values()
            )
            self.output_bytes += size
            if self.output_bytes > limits.max_output and not self.flooded:
                self.flooded = True
                self.interrupting = asyncio.ensure_future(km.interrupt_kernel())

    async def on_executed(cell: Any, cell_index: int, execute_reply: dict[str, Any]) -> None:  # noqa: ARG001
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
        return json.loads(ast.literal_eval(result["data"]["text/plain"]))
    except (ValueError, SyntaxError, KeyError, TypeError):
        return None


def _read_record_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    out: dict[str, Any] = {}
    first: list[str] = []
    with contextlib.suppress(OSError):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
                item = json.loads(line)
                if "solution_first" in item:
                    first.append(str(item["solution_first"]))
                else:
                    out[str(item["id"])] = item["entry"]
    return out, first


def _probe_expression(function_name: str, cases: list[tuple[Any, ...]]) -> str:
    """A user expression that calls the learner's function in a fresh namespace.

    The probe's code is ``_tasks/calls.py`` itself, sent as text: it does not
    depend on the ``pmcourse`` the notebook may have patched.
    """
    return (
        "(lambda ns: (exec(ns['src'], ns), "
        "__import__('json').dumps(ns['run_cases'](ns['fn'], ns['cases']), default=repr))[1])"
        f"({{'src': {_CALLS_SOURCE!r}, 'fn': {function_name}, 'cases': {cases!r}, "
        "'__name__': 'pmcourse_probe'})"
    )


def _code_task_ids(exnb: ExerciseNotebook) -> list[str]:
    from .._tasks import all_tasks
    from .._tasks._base import Code

    return [t.id for t in all_tasks() if isinstance(t, Code) and str(t.chapter) in exnb.chapters]


async def _call_code_tasks(
    client: Any, exnb: ExerciseNotebook, limits: RunLimits
) -> dict[str, dict[str, Any]]:
    """Call each code task's function on its hidden cases; one record entry per task."""
    from .._tasks import all_tasks
    from .._tasks._base import Code

    entries: dict[str, dict[str, Any]] = {}
    for task in all_tasks():
        if not isinstance(task, Code) or str(task.chapter) not in exnb.chapters:
            continue
        expr = _probe_expression(task.function_name, [c.args for c in task.cases])
        msg_id = client.kc.execute(
            "", silent=True, store_history=False, user_expressions={"probe": expr}
        )
        reply = await _reply(client.kc, msg_id, max(10.0, limits.timeout))
        result = (reply or {}).get("content", {}).get("user_expressions", {}).get("probe", {})
        if result.get("status") == "error" and result.get("ename") == "NameError":
            entries[task.id] = {
                "state": "error",
                "message": f"Task {task.id}: no function named {task.function_name} was "
                "defined when the notebook finished; keep the name the task gives.",
            }
            continue
        data = _expression_value(reply, "probe")
        if not isinstance(data, list):
            entries[task.id] = {
                "state": "error",
                "message": f"Task {task.id}: your function could not be called after the "
                "notebook ran (it did not return in time, or its results are unreadable).",
            }
        elif all(isinstance(r, dict) and r.get("error") == "NotImplementedError" for r in data):
            entries[task.id] = {"state": "not attempted"}
        else:
            entries[task.id] = {"state": "answered", "data": data}
    return entries


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
        try:
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code" or not cell.source.strip():
                    continue
                try:
                    await client.async_execute_cell(cell, index)
                except DeadKernelError:
                    outcome.stopped_at = index
                    outcome.stop_reason = (
                        "the Python kernel died while running it (os._exit, a crash, "
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
                    outcome.solution_first = [str(t) for t in exported.get("solution_first", [])]
                else:
                    outcome.notes.append(
                        "The answers could not be read back from the kernel; "
                        "only checks recorded along the way count."
                    )
                    outcome.submissions, outcome.solution_first = _read_record_file(
                        plan.record_file
                    )
                # Code tasks: what counts is what the function returns now, not any record.
                outcome.submissions.update(await _call_code_tasks(client, exnb, limits))
            else:
                outcome.submissions, outcome.solution_first = _read_record_file(plan.record_file)
                # A code task counts only when the grader called the function itself.
                for task_id in _code_task_ids(exnb):
                    outcome.submissions.pop(task_id, None)
        finally:
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
