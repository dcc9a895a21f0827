"""Making sure that nothing a notebook started outlives its run.

Every kernel carries its run's token in its environment, and so does every
process it starts, even one that left the kernel's session. After a run the
grader kills every process that carries the token and waits until each one is
really gone: SIGKILL is asynchronous, and a killed process can stay listed, in
state R, for some milliseconds.

Why a token, and not a standard mechanism
    Where the grader can make a control group (``cgroups``), it lists a run's
    processes, and the reaper kills those first (``manager.end_run``); nothing
    in the group can leave it. But many machines give a user no writable control
    group, and ``--sandbox off`` has no PID namespace. A process group with
    pidfds does not serve: any process can ``setsid()`` out of its group, and a
    double fork hands the grandchild to init, out of the grader's sight. The
    environment is inherited through ``fork`` and ``exec`` alike, so the token
    stays the one mark every machine supports. A warm kernel was forked, not
    executed, so it writes its token into its environment block
    (``template._stamp_token``). Its limit: a process that execs with an
    empty environment drops the token; where there is no control group and no
    sandbox, such a process can outlive its run (the README says so).
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

__all__ = [
    "TOKEN_ENV",
    "grader_prefix",
    "marked_processes",
    "reap_marked_processes",
    "resident_memory",
]

TOKEN_ENV = "PMCOURSE_GRADE_TOKEN"
_PROC = Path("/proc")


def _state(pid: str) -> str:
    """The one-letter state of a process ('' when it is gone)."""
    try:
        stat = (_PROC / pid / "stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[-1].split()[0]


def grader_prefix(pid: int | None = None) -> str:
    """The start of every token that the grader with this pid (default: this one) hands out."""
    return f"{os.getpid() if pid is None else pid}-"


def marked_processes(token: str, *, prefix: bool = False) -> list[int]:
    """Live processes (not zombies) whose environment carries this run's token.

    With ``prefix=True``, every token that starts with ``token``: all the runs of
    one grader (see :func:`grader_prefix`).
    """
    if not _PROC.is_dir():
        return []
    needle = f"{TOKEN_ENV}={token}".encode()
    me = os.getpid()
    found = []
    for entry in _PROC.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            env = (entry / "environ").read_bytes()
        except OSError:
            continue
        variables = env.split(b"\0")
        hit = any(v.startswith(needle) for v in variables) if prefix else needle in variables
        if hit and _state(entry.name) not in {"", "Z", "X"}:
            found.append(int(entry.name))
    return found


def resident_memory(token: str) -> int:
    """Bytes of memory in use by every live process that carries the token."""
    page = os.sysconf("SC_PAGE_SIZE")
    total = 0
    for pid in marked_processes(token):
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int((_PROC / str(pid) / "statm").read_text().split()[1]) * page
    return total


def reap_marked_processes(token: str, *, wait: float = 5.0) -> int:
    """Kill every process that carries the token, until none is left; return how many.

    The scan repeats, so a process forked while the others were being killed is
    caught too. It returns when no marked process is alive, or after ``wait``
    seconds (a process stuck in the kernel cannot be waited for forever).
    """
    deadline = time.monotonic() + wait
    killed: set[int] = set()
    while True:
        alive = marked_processes(token)
        if not alive:
            return len(killed)
        for pid in alive:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
        if time.monotonic() > deadline:
            return len(killed)
        time.sleep(0.005)
