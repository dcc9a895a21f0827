"""Warm kernels: fork each grading kernel from one pre-imported template process.

Why
    Most of a cold kernel's start is a fresh interpreter importing ipykernel,
    IPython, matplotlib and pmcourse. A batch starts one *template* process
    (``template.py``) that does those imports once; each notebook's kernel is a
    ``fork`` of it, which then becomes a fresh kernel on its own connection
    file. A forked kernel is ready in a fraction of the time.

What the template is, and is not
    It imports, and nothing more: no threads (OpenBLAS is told to use one, and
    the template checks ``/proc/self/task`` after its imports), no zmq context,
    no event loop (both checked), ``gc.freeze()`` so children's collections do
    not copy its pages. It never runs learner code: it only answers ``fork``,
    ``probe`` and ``status`` on a private socket pair. The learner's cells run
    in children, after the fork, so nothing one notebook does (globals,
    monkeypatched modules, ``sys.modules``, ``os.environ``, files in ``/tmp``)
    can reach the template or, through it, the next notebook: every child starts
    from the same clean memory image. ``status`` reports digests of the
    template's modules, globals and environment; the tests compare them before
    and after hostile notebooks.

Each child gets what a cold kernel gets
    * its own run folder (0700), connection file and ``ipc`` sockets, made by
      the grader exactly as for a cold kernel;
    * the same allow-listed environment (``kernel.kernel_environment``): the
      child replaces ``os.environ`` with it, and writes its run's token into the
      environment block that ``/proc/PID/environ`` shows, so the reaper finds
      the kernel and everything it starts;
    * its own session and process group, ``RLIMIT_AS`` and no core dumps, set
      in the child alone (the template has no cap);
    * the same sandbox. Decision: a forked child cannot be put inside a
      bubblewrap started later, so each child makes the namespaces itself
      (``os.unshare`` on Python 3.12+, libc before): mount,
      PID, network, IPC and UTS namespaces, plus a user namespace when the
      grader is not root (the same kernel feature an unprivileged bubblewrap
      uses). It then builds bubblewrap's view by hand from the same
      ``view.View`` as a cold kernel's: an empty root, the interpreter's folders
      read-only, a minimal ``/dev``, private size-capped ``/tmp`` and
      ``/dev/shm``, its own run folder writable, loopback up, a fresh ``/proc``
      mounted by the new PID 1 with ``/proc/sys`` read-only, every capability
      dropped with ``no_new_privs`` and the keyring calls refused before the
      kernel (PID 2) starts; the calls themselves are in ``linux``. So learners in one
      cohort are isolated from each other exactly as with cold kernels, and the
      warm path serves cohorts, not only one learner's workspace. The other
      design, one bubblewrap around the template, would give all children one
      shared ``/tmp`` and one PID namespace: acceptable only for one learner,
      and it would need a second code path. Where the template cannot make
      these namespaces (its ``probe`` fails: no user namespaces, an old kernel),
      sandboxed batches use cold kernels, with a note that says why.

Lifetime and clean-up
    The template dies with the grader (``PR_SET_PDEATHSIG``) and each child
    with the template; in the sandbox, PID 1 with its monitor. The grader holds
    a pidfd of each child (passed over the socket), so it can watch and kill a
    process that is not its own child, without pid reuse races. Killing the
    child's process group ends the monitor, the init and the kernel; the
    namespace's end takes every process the notebook started. Then, as for
    cold kernels, ``reap_marked_processes`` waits until no process with the
    run's token is left.

Overlap
    ``WarmPool`` keeps up to ``jobs`` kernels started ahead: taking one starts
    its successor, so with ``--jobs N`` the next kernel is ready before the
    previous notebook finishes. It starts no more kernels than the batch has
    notebooks left.

Fallback
    If the template cannot start, a fork fails, or a forked kernel does not
    answer, that notebook gets today's cold launch with a note. Without
    ``fork``/``pidfd`` (macOS, Windows, old Linux) every notebook is cold, with a
    note. ``--no-warm`` (``RunLimits.warm = False``) turns the template off.
    Each result records its ``launch``: "warm" or "cold".

Differences that remain
    A warm kernel shares the template's hash seed (``PYTHONHASHSEED``), and its
    BLAS uses one thread. Its ``random`` and NumPy's global generator are
    reseeded after the fork.
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import json
import os
import secrets
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cleanup import remove_tree
from .kernel import (
    KERNEL_ARGS,
    KernelPlan,
    kernel_environment,
    matplotlib_folder,
    private_root,
    sandbox_request,
    start_plan,
)
from .limits import RunLimits
from .manager import end_run, start_kernel, stop_kernel
from .processes import grader_prefix, reap_marked_processes

__all__ = ["PidfdProcess", "WarmPool", "WarmTemplate", "WarmUnavailable", "warm_supported"]

# fork → kernel ready (seconds), per warm kernel of this process: the bench reads it.
START_TIMES: list[float] = []


class WarmUnavailable(RuntimeError):
    """No warm kernel for this notebook; the reason is told in its note."""


def warm_supported() -> str | None:
    """None where kernels can be forked from a template here, else why not."""
    if sys.platform != "linux":
        return f"kernels cannot be forked on {sys.platform}"
    if not hasattr(os, "fork") or not hasattr(os, "pidfd_open"):
        return "this Python has no fork or pidfd_open"
    return None


def template_token() -> str:
    """The template's own token: as long as a run's, so a child can overwrite it in place."""
    return grader_prefix() + "t" * 32


def run_token() -> str:
    return grader_prefix() + secrets.token_hex(16)


class PidfdProcess:
    """The part of ``subprocess.Popen`` jupyter_client uses, for a process that is not our child.

    The template forked it; the grader holds a pidfd, which becomes readable when
    the process ends and signals it without a pid-reuse race.
    """

    stdin = stdout = stderr = None

    def __init__(self, pid: int, pidfd: int) -> None:
        self.pid = pid
        self._fd: int | None = pidfd
        self.returncode: int | None = None

    def _ended(self, timeout: float | None) -> bool:
        if self._fd is None:
            return True
        ready, _, _ = select.select([self._fd], [], [], timeout)
        return bool(ready)

    def poll(self) -> int | None:
        if self.returncode is None and self._ended(0):
            self.returncode = -signal.SIGKILL  # the template reaps it; its status is not ours
            self.close()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            if not self._ended(timeout):
                raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout or 0)
            self.poll()
        return self.returncode if self.returncode is not None else -signal.SIGKILL

    async def wait_async(self, timeout: float) -> bool:
        """Wait for the end without polling; True when it ended in time."""
        if self._fd is None or self.poll() is not None:
            return True
        loop = asyncio.get_running_loop()
        ended = loop.create_future()
        fd = self._fd

        def wake() -> None:
            if not ended.done():
                ended.set_result(None)

        loop.add_reader(fd, wake)
        try:
            await asyncio.wait_for(ended, timeout)
        except TimeoutError:
            return False
        finally:
            loop.remove_reader(fd)
        self.poll()
        return True

    def send_signal(self, sig: int) -> None:
        if self.returncode is None and self._fd is not None:
            signal.pidfd_send_signal(self._fd, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


class WarmTemplate:
    """The template process of one batch and the socket to it."""

    # The module the template runs (a test points it elsewhere to make the start fail).
    module = "pmcourse._grading.template"

    def __init__(self, limits: RunLimits) -> None:
        self.limits = limits
        self.folder = Path(tempfile.mkdtemp(prefix="tpl-", dir=private_root()))
        self.token = template_token()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._sock = ours
        env = kernel_environment(self.folder, self.token, self.folder / "record.jsonl")
        env.update(
            {
                "MPLCONFIGDIR": str(matplotlib_folder()),  # font list built once, loaded here
                # No thread pools in the template: a fork copies only the calling thread.
                "OPENBLAS_NUM_THREADS": "1",
                "OMP_NUM_THREADS": "1",
                "MKL_NUM_THREADS": "1",
            }
        )
        stream = None if limits.verbose else subprocess.DEVNULL
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [sys.executable, "-m", self.module, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                env=env,
                cwd=self.folder,
                stdin=subprocess.DEVNULL,
                stdout=stream,
                stderr=stream,
                start_new_session=True,
            )
        except OSError:
            self._proc = None
            ours.close()
            raise
        finally:
            theirs.close()
        self._lock = asyncio.Lock()
        self._first = asyncio.Lock()
        self._hello: dict[str, Any] | None = None
        self._probe: dict[str, str | None] = {}
        self.pid: int | None = None

    def _exchange(
        self, request: dict[str, Any] | None, timeout: float
    ) -> tuple[dict[str, Any], int | None]:
        self._sock.settimeout(timeout)
        if request is not None:
            self._sock.send(json.dumps(request).encode())
        fds = array.array("i")
        data, ancdata, _, _ = self._sock.recvmsg(1 << 16, socket.CMSG_SPACE(fds.itemsize))
        for level, kind, payload in ancdata:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.frombytes(payload[: len(payload) - len(payload) % fds.itemsize])
        if not data:
            for fd in fds:
                os.close(fd)
            raise WarmUnavailable("the warm template has stopped")
        reply: dict[str, Any] = json.loads(data)
        return reply, (fds[0] if fds else None)

    async def _ask(
        self, request: dict[str, Any] | None, timeout: float
    ) -> tuple[dict[str, Any], int | None]:
        async with self._lock:
            try:
                return await asyncio.to_thread(self._exchange, request, timeout)
            except WarmUnavailable:
                raise
            except (OSError, ValueError) as exc:
                raise WarmUnavailable(f"the warm template does not answer ({exc})") from None

    async def ready(self) -> None:
        """Wait for the template's imports; raise :class:`WarmUnavailable` if it cannot serve."""
        async with self._first:
            if self._hello is None:
                try:
                    hello, _ = await self._ask(None, 120)
                except WarmUnavailable as exc:
                    hello = {"ok": False, "error": str(exc)}
                self._hello = hello
                self.pid = hello.get("pid")
        if not self._hello.get("ok"):
            raise WarmUnavailable(f"the warm template could not start ({self._hello.get('error')})")

    async def sandbox_problem(self, root: Path) -> str | None:
        """None when the template's children can make the sandbox here, else why not."""
        key = str(root)
        async with self._first:
            if key not in self._probe:
                probe = {"op": "probe", **sandbox_request(self.folder, self.limits)}
                reply, _ = await self._ask(probe, 60)
                self._probe[key] = reply.get("problem")
        return self._probe[key]

    async def status(self) -> dict[str, Any]:
        await self.ready()
        reply, _ = await self._ask({"op": "status"}, 30)
        return reply

    async def fork(
        self, plan: KernelPlan, env: dict[str, str], limits: RunLimits, cgroups: list[str]
    ) -> PidfdProcess:
        """A new kernel on ``plan``'s connection file, forked from the template."""
        await self.ready()
        box = None
        if plan.sandbox is not None:
            problem = await self.sandbox_problem(plan.run.parent)
            if problem:
                raise WarmUnavailable(f"warm kernels cannot be isolated here: {problem}")
            box = sandbox_request(plan.run, limits)
        request = {
            "op": "fork",
            "env": env,
            "cwd": str(plan.work),
            "connection_file": str(plan.connection_file),
            "args": list(KERNEL_ARGS),
            "memory": limits.memory,
            "sandbox": box,
            "cgroups": cgroups,
            "processes": 0 if plan.group.pids is not None else limits.processes,
        }
        reply, pidfd = await self._ask(request, 60)
        if not reply.get("ok") or pidfd is None:
            raise WarmUnavailable(f"the fork failed ({reply.get('error', 'no process')})")
        return PidfdProcess(int(reply["pid"]), pidfd)

    async def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.close()
        proc = self._proc
        if proc is not None:
            try:
                await asyncio.to_thread(proc.wait, 5)
            except subprocess.TimeoutExpired:
                proc.kill()
                await asyncio.to_thread(proc.wait)
        await asyncio.to_thread(reap_marked_processes, self.token)
        remove_tree(self.folder)


@dataclass
class WarmKernel:
    """A kernel forked from the template, started and answering, not yet given a notebook."""

    plan: KernelPlan
    token: str
    km: Any
    kc: Any
    forked_at: float
    ready_at: float


@dataclass
class WarmPool:
    """Kernels forked ahead of need: ``take`` one, and its successor starts at once."""

    limits: RunLimits
    sandbox: str | None
    spares: int
    budget: int  # kernels the batch may still need
    template: WarmTemplate | None = None
    problem: str | None = None  # why there is no template
    _ahead: list[asyncio.Task[WarmKernel]] = field(default_factory=list)
    _retiring: set[asyncio.Task[None]] = field(default_factory=set)
    requested: int = 0  # forks asked for, in order (the tests check the overlap with it)

    @classmethod
    def open(cls, limits: RunLimits, sandbox: str | None, jobs: int, budget: int) -> WarmPool:
        """Start the template now (its imports overlap the grader's); never raises."""
        pool = cls(limits, sandbox, max(1, jobs), budget)
        pool.problem = warm_supported()
        if pool.problem is None and budget > 0:
            try:
                pool.template = WarmTemplate(limits)
            except OSError as exc:
                pool.problem = f"the warm template could not start ({exc.strerror})"
        return pool

    def skip(self) -> None:
        """One notebook of the batch needs no kernel (it could not be read)."""
        self.budget -= 1

    def _top_up(self) -> None:
        while len(self._ahead) < self.spares and self.budget > 0 and self.template is not None:
            self.budget -= 1
            self.requested += 1
            self._ahead.append(asyncio.ensure_future(self._start_one()))

    async def take(self) -> WarmKernel:
        """A started kernel for the next notebook; raise :class:`WarmUnavailable` if none."""
        if self.template is None:
            raise WarmUnavailable(self.problem or "no warm template")
        if not self._ahead:
            self.budget = max(self.budget, 1)
        self._top_up()
        task = self._ahead.pop(0)
        self._top_up()
        return await task

    async def _start_one(self) -> WarmKernel:
        assert self.template is not None
        plan = start_plan(self.sandbox, self.limits, fonts=False)
        token = run_token()
        forked = time.perf_counter()
        try:
            km, kc = await start_kernel(plan, self.limits, token, self.template)
        except BaseException as exc:
            await asyncio.to_thread(end_run, plan, [token])
            if isinstance(exc, WarmUnavailable):
                raise
            if isinstance(exc.__cause__, WarmUnavailable):
                raise exc.__cause__ from None
            if isinstance(exc, Exception):
                first = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
                raise WarmUnavailable(f"the forked kernel did not answer ({first})") from exc
            raise
        ready = time.perf_counter()
        START_TIMES.append(ready - forked)
        return WarmKernel(plan, token, km, kc, forked, ready)

    def retire(self, kc: Any, km: Any, token: str, plan: KernelPlan) -> None:
        """Stop a kernel whose notebook is graded, off the job's path; ``close`` waits for it."""

        async def stop() -> None:
            try:
                await stop_kernel(km, kc, token)
            finally:
                await asyncio.to_thread(end_run, plan, [token])

        task = asyncio.ensure_future(stop())
        self._retiring.add(task)
        task.add_done_callback(self._retiring.discard)

    async def close(self) -> None:
        """Stop the kernels started ahead and the template; wait until they are gone."""
        # Kernels being retired are waited for even if this batch is being cancelled.
        while self._retiring:
            await asyncio.shield(asyncio.gather(*self._retiring, return_exceptions=True))

        for task in self._ahead:
            task.cancel()
        for result in await asyncio.gather(*self._ahead, return_exceptions=True):
            if isinstance(result, WarmKernel):
                await stop_kernel(result.km, result.kc, result.token)
                await asyncio.to_thread(end_run, result.plan, [result.token])
        self._ahead.clear()
        if self.template is not None:
            await self.template.close()


def fallback_note(exc: Exception) -> str:
    return (
        f"This notebook's kernel was started the usual way, not from the warm template ({exc}). "
        "This is not counted against you."
    )
