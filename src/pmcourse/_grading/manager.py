"""Starting and stopping one grading kernel, cold or forked: the one place that does it.

The cold runner (``runner``) and the warm pool (``warm``) both call
:func:`start_kernel` and :func:`stop_kernel`; what differs is only how the
process is made, which a provisioner decides:

* cold: jupyter_client's ``LocalProvisioner`` runs ``KernelPlan.command``
  (``launch`` → bubblewrap → the kernel), through :meth:`format_kernel_cmd`;
* warm: :class:`ForkProvisioner` asks the template to fork one (``warm.WarmTemplate.fork``).

jupyter_client is used through its public API (a provisioner, ``format_kernel_cmd``),
but for one overridden method, ``AsyncKernelManager._async_wait`` (jupyter_client
8.x): it polls the process every 0.1 s while a kernel is killed; a forked
kernel's pidfd says when it has ended, so the wait ends at once.
``tests/grading/test_manager.py`` fails if that method disappears or changes
its signature.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any, Protocol

from .cleanup import remove_tree
from .kernel import KernelPlan, kernel_environment
from .limits import RunLimits
from .processes import reap_marked_processes

__all__ = ["Forker", "KernelStartError", "end_run", "start_kernel", "stop_kernel"]

_log = logging.getLogger("pmcourse.kernel")
_log.addHandler(logging.NullHandler())
_log.propagate = False


# Room above the output cap for one message's headers and for the grader's own
# requests' replies (the answers an exercise records are at most a few hundred KiB).
MESSAGE_SLACK = 2**20


class KernelStartError(RuntimeError):
    """The kernel died or never answered before any learner cell ran."""


class Forker(Protocol):
    """What makes a warm kernel's process (``warm.WarmTemplate``)."""

    async def fork(
        self, plan: KernelPlan, env: dict[str, str], limits: RunLimits, cgroups: list[str]
    ) -> Any: ...


def _process_limit(plan: KernelPlan, limits: RunLimits) -> list[str]:
    """kernel_start's process limit, where a sandbox runs it and no control group counts."""
    if plan.sandbox is None or plan.group.pids is not None or limits.processes <= 0:
        return []
    from .linux import user_namespace_id

    return ["--processes", f"{limits.processes}:{user_namespace_id()}"]


def _kernel_manager(plan: KernelPlan, limits: RunLimits, forker: Forker | None) -> Any:
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_client.provisioning.local_provisioner import LocalProvisioner

    cgroups = plan.group.procs_files

    class ForkProvisioner(LocalProvisioner):
        """Launches by forking the warm template instead of executing a command."""

        async def launch_kernel(self, cmd: list[str], **kw: Any) -> Any:  # noqa: ARG002
            assert forker is not None
            self.process = await forker.fork(plan, kw["env"], limits, cgroups)
            self.pid = self.pgid = self.process.pid  # it leads its own group
            self.cwd = kw.get("cwd")
            return self.connection_info

    class IsolatedKernelManager(AsyncKernelManager):
        def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
            cmd: list[str] = super().format_kernel_cmd(extra_arguments)
            return plan.command(cmd, limits, cgroups)

        async def _async_wait(self, pollinterval: float = 0.1) -> None:
            # jupyter_client 8.x polls every 0.1 s here; a pidfd needs no polling.
            process: Any = getattr(self.provisioner, "process", None)
            if hasattr(process, "wait_async"):
                await process.wait_async(60)
            await super()._async_wait(pollinterval)

    km = IsolatedKernelManager(
        kernel_name="python3",
        transport="ipc",
        ip=str(plan.ipc_prefix),
        connection_file=str(plan.connection_file),
        log=_log,
    )
    spec = km.kernel_spec
    if spec is not None:
        # This very python, and ipykernel without its debugger (see kernel_start).
        spec.argv = [
            sys.executable,
            "-m",
            "pmcourse._grading.kernel_start",
            *_process_limit(plan, limits),
            "-f",
            "{connection_file}",
        ]
        if plan.sandbox is not None:
            # A SIGINT to the process group would reach bubblewrap itself and end the
            # sandbox; an interrupt request makes the kernel signal only itself.
            spec.interrupt_mode = "message"
    if limits.max_output > 0:
        import zmq

        # Output is capped where it arrives too: a message larger than the cap (one
        # buffered write) is refused by the socket, never held in the grader's memory.
        km.context.setsockopt(zmq.MAXMSGSIZE, limits.max_output + MESSAGE_SLACK)
    if forker is not None:
        import uuid

        km.kernel_id = str(uuid.uuid4())
        km.provisioner = ForkProvisioner(kernel_id=km.kernel_id, kernel_spec=spec, parent=km)
    return km


async def _wait_ready(kc: Any, km: Any, timeout: float) -> None:
    """As jupyter_client's ``wait_for_ready``: a kernel_info reply, and IOPub connected.

    jupyter_client waits 0.2 s for an IOPub message after the reply, then asks
    again; a forked kernel answers in a few milliseconds, so this asks more often.
    """
    from queue import Empty

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg_id = kc.kernel_info()
        reply = None
        with contextlib.suppress(Empty):
            while reply is None:
                msg = await kc.shell_channel.get_msg(timeout=1)
                if msg.get("parent_header", {}).get("msg_id") == msg_id:
                    reply = msg
        if reply is not None:
            try:
                await kc.iopub_channel.get_msg(timeout=0.02)
            except Empty:
                continue  # IOPub not subscribed yet: ask again
            version = str(reply.get("content", {}).get("protocol_version", "5"))
            with contextlib.suppress(ValueError):
                if int(version.split(".", maxsplit=1)[0]) != 5:
                    kc.session.adapt_version = int(version.split(".", maxsplit=1)[0])
            return
        if not await km.is_alive():
            raise KernelStartError("the kernel died before replying to kernel_info")
    raise KernelStartError(f"the kernel did not answer in {timeout:g} s")


async def start_kernel(
    plan: KernelPlan,
    limits: RunLimits,
    token: str,
    forker: Forker | None = None,
    *,
    startup_timeout: float = 60,
) -> tuple[Any, Any]:
    """Start a kernel on ``plan`` and a client that it has answered; ``(km, kc)``.

    Raises :class:`KernelStartError` (after cleaning up) if it dies or never answers.
    """
    km = _kernel_manager(plan, limits, forker)
    env = kernel_environment(plan.run, token, plan.record_file)
    stream = None if limits.verbose else subprocess.DEVNULL
    kc = None
    try:
        await km.start_kernel(env=env, cwd=str(plan.work), stdout=stream, stderr=stream)
        kc = km.client()
        kc.start_channels()
        await _wait_ready(kc, km, startup_timeout)
        kc.allow_stdin = False
    except BaseException as exc:
        with contextlib.suppress(Exception):
            await stop_kernel(km, kc, token)
        if isinstance(exc, KernelStartError) or not isinstance(exc, Exception):
            raise
        first = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise KernelStartError(first) from exc
    return km, kc


async def stop_kernel(km: Any, kc: Any, token: str) -> None:
    """Stop the kernel and everything it started; never raises."""
    if kc is not None:
        with contextlib.suppress(Exception):
            kc.stop_channels()
    with contextlib.suppress(Exception):
        if km.has_kernel:
            await km.shutdown_kernel(now=True)
    with contextlib.suppress(Exception):
        await km.cleanup_resources()
    # Wait in a thread: the scan sleeps between rounds until every marked process is gone.
    await asyncio.to_thread(reap_marked_processes, token)


def end_run(plan: KernelPlan, tokens: Sequence[str]) -> None:
    """After a run: no process of it left, its control groups and its folder gone."""
    plan.group.kill_all()
    for token in tokens:
        reap_marked_processes(token)
    plan.group.remove()
    remove_tree(plan.run)
