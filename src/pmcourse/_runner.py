"""Running a notebook in a fresh, limited Jupyter kernel and collecting its answers.

This is the only layer that touches kernels. It runs a *copy* of the learner's
notebook in a temporary folder, cell by cell, with a per-cell timeout, a
memory cap and an output cap, and reads back what ``pmcourse.check`` recorded
through the kernel's reply channel. It never scores anything: ``_grader`` does.
"""

from __future__ import annotations

import ast
import asyncio
import concurrent.futures
import contextlib
import json
import logging
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ._notebook import ExerciseNotebook
from ._session import RECORD_FILE_ENV

__all__ = ["RunLimits", "RunOutcome", "kill_marked_processes", "run_blocking", "run_notebook"]

T = TypeVar("T")

TOKEN_ENV = "PMCOURSE_GRADE_TOKEN"
_log = logging.getLogger("pmcourse.kernel")
_log.addHandler(logging.NullHandler())
_log.propagate = False

_COLLECT = "__import__('pmcourse._session', fromlist=['export_json']).export_json()"


@dataclass(frozen=True)
class RunLimits:
    timeout: float = 30.0  # seconds per cell
    memory: int = 2 * 2**30  # bytes of address space for the kernel; 0: no cap
    max_output: int = 5 * 2**20  # bytes of output per notebook before it is stopped


@dataclass
class RunOutcome:
    """What happened when the notebook ran: answers recorded and problems met."""

    submissions: dict[str, Any] = field(default_factory=dict)
    cell_errors: dict[int, str] = field(default_factory=dict)  # cell index -> one-line reason
    stopped_at: int | None = None  # cell index where the run had to stop
    stop_reason: str | None = None
    notes: list[str] = field(default_factory=list)


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


def kill_marked_processes(token: str) -> int:
    """Kill every process whose environment carries this run's token; return how many.

    Kernels start in their own session, but a learner's code can start
    processes that leave it; the token in the environment still finds them.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return 0
    needle = f"{TOKEN_ENV}={token}".encode()
    killed = 0
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            env = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle in env.split(b"\0"):
            with contextlib.suppress(OSError):
                os.kill(int(entry.name), signal.SIGKILL)
                killed += 1
    return killed


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


def run_blocking(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from synchronous code.

    Where an event loop already runs in this thread (Jupyter, Playwright's sync
    API), the coroutine gets its own loop in a worker thread instead.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="pmcourse") as pool:
        return pool.submit(asyncio.run, coro).result()


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


def _parse_submissions(reply: dict[str, Any] | None) -> dict[str, Any] | None:
    if reply is None:
        return None
    result = reply.get("content", {}).get("user_expressions", {}).get("pmcourse", {})
    if result.get("status") != "ok":
        return None
    try:
        data = json.loads(ast.literal_eval(result["data"]["text/plain"]))
    except (ValueError, SyntaxError, KeyError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _read_record_file(path: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with contextlib.suppress(OSError):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(ValueError, TypeError, KeyError):
                item = json.loads(line)
                out[str(item["id"])] = item["entry"]
    return out


async def run_notebook(exnb: ExerciseNotebook, limits: RunLimits) -> RunOutcome:
    """Run a copy of the notebook in a fresh kernel and return what it recorded."""
    import nbformat
    from jupyter_client.manager import AsyncKernelManager
    from nbclient.exceptions import DeadKernelError

    outcome = RunOutcome()
    token = secrets.token_hex(16)
    with tempfile.TemporaryDirectory(prefix="pmcourse-grade-") as tmp:
        work = Path(tmp)
        nb = nbformat.v4.new_notebook(metadata=exnb.notebook["metadata"])  # type: ignore[no-untyped-call]
        for cell in exnb.notebook["cells"]:
            maker = (
                nbformat.v4.new_code_cell
                if cell["cell_type"] == "code"
                else nbformat.v4.new_markdown_cell
            )
            nb.cells.append(maker(cell["source"]))  # type: ignore[no-untyped-call]
        # The kernel runs from a copy in its own folder; the learner's file is only ever read.
        (work / "notebook.ipynb").write_text(json.dumps(nb), encoding="utf-8")
        record_file = work / ".pmcourse-record.jsonl"
        env = {
            **os.environ,
            TOKEN_ENV: token,
            RECORD_FILE_ENV: str(record_file),
            "MPLBACKEND": "Agg",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        }
        env.pop("JPY_PARENT_PID", None)

        class _LimitedKernelManager(AsyncKernelManager):
            def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
                cmd: list[str] = super().format_kernel_cmd(extra_arguments)
                return [sys.executable, "-m", "pmcourse._launch", str(limits.memory), "--", *cmd]

        km = _LimitedKernelManager(kernel_name="python3", log=_log)
        # ipykernel's own python is this one: the kernel imports the same pmcourse.
        spec = km.kernel_spec
        if spec is not None:
            spec.argv[0] = sys.executable
        client = _make_client(nb, km, limits, outcome)
        try:
            await km.start_kernel(
                env=env, cwd=str(work), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            await client.async_start_new_kernel_client()
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
                subs = _parse_submissions(
                    await _reply(client.kc, msg_id, max(10.0, limits.timeout))
                )
                if subs is None:
                    outcome.notes.append(
                        "The answers could not be read back from the kernel; "
                        "only checks recorded along the way count."
                    )
                    subs = _read_record_file(record_file)
                outcome.submissions = subs
            else:
                outcome.submissions = _read_record_file(record_file)
        finally:
            await _shutdown(client, km, token)
    return outcome


async def _shutdown(client: Any, km: Any, token: str) -> None:
    kc = getattr(client, "kc", None)
    if kc is not None:
        with contextlib.suppress(Exception):
            kc.stop_channels()
    with contextlib.suppress(Exception):
        if km.has_kernel:
            await km.shutdown_kernel(now=True)
    with contextlib.suppress(Exception):
        await km.cleanup_resources()
    kill_marked_processes(token)
