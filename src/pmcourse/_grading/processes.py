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
    pidfd names one process, not the ones it forks later. The environment is
    inherited through ``fork`` and ``exec`` alike, so the token stays the one
    mark every machine supports. A warm kernel was forked, not executed, so it
    writes its token into its environment block
    (``linux.overwrite_environ_value``). Its limit: a process that execs with an
    empty environment drops the token; without a sandbox, the grader adopts such
    orphans (:func:`adopt_orphans`) and ends them when the batch ends.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

__all__ = [
    "TOKEN_ENV",
    "adopt_orphans",
    "child_pids",
    "children_without_token",
    "grader_prefix",
    "marked_processes",
    "reap_marked_processes",
    "reap_orphans",
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


def _proportional_memory(pid: int, page: int) -> int:
    """A process's share of the memory it uses, in bytes: its proportional set size.

    Pages shared with other processes (a forked copy's, a library's) count
    divided by how many share them, so forked copies of one interpreter add
    only what they wrote, not a whole interpreter each. Where ``smaps_rollup``
    cannot be read (an old kernel), the resident set size, which counts every
    shared page in full.
    """
    with contextlib.suppress(OSError, ValueError):
        for line in (_PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    with contextlib.suppress(OSError, ValueError, IndexError):
        return int((_PROC / str(pid) / "statm").read_text().split()[1]) * page
    return 0


def resident_memory(token: str) -> int:
    """Bytes of memory in use by every live process that carries the token.

    Each process counts its proportional share (:func:`_proportional_memory`):
    a fork storm of one interpreter is the memory it really holds, not the
    interpreter's size times the number of copies.
    """
    page = os.sysconf("SC_PAGE_SIZE")
    return sum(_proportional_memory(pid, page) for pid in marked_processes(token))


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


_PR_SET_CHILD_SUBREAPER = 36


def adopt_orphans(on: bool) -> bool:
    """Make this process adopt the orphans of its descendants (Linux); True if it does.

    Without a sandbox, a notebook can start a process with an empty environment
    (no token) in a new session: when its kernel is killed, that process is an
    orphan. Adopted, it becomes a child of the grader, and :func:`reap_orphans`
    finds it.
    """
    if not _PROC.is_dir():
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_CHILD_SUBREAPER, int(on), 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def child_pids() -> set[int]:
    """Every child of this process, live or ended."""
    me = str(os.getpid())
    found = set()
    for entry in _PROC.iterdir() if _PROC.is_dir() else ():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[-1].split()
            except OSError:
                continue
            if fields[1] == me:
                found.add(int(entry.name))
    return found


def children_without_token() -> list[int]:
    me = os.getpid()
    needle = f"{TOKEN_ENV}=".encode()
    found = []
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            env = (entry / "environ").read_bytes()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[-1].split()
        if fields[0] in {"Z", "X"} or int(fields[1]) != me:
            continue
        if not any(v.startswith(needle) for v in env.split(b"\0")):
            found.append(int(entry.name))
    return found


def reap_orphans(keep: set[int], wait: float = 5.0) -> int:
    """Kill and collect every live child of this process that carries no run token,
    but those in ``keep`` (the children it had before the batch).

    Called once a batch is over, when the grader has no child of its own left
    running: what remains are orphans it adopted (see :func:`adopt_orphans`).
    """
    deadline = time.monotonic() + wait
    killed: set[int] = set()
    while True:
        left = [pid for pid in children_without_token() if pid not in keep]
        for pid in left:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
        for pid in list(killed):
            with contextlib.suppress(ChildProcessError, OSError):
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    killed.discard(pid)
        if not killed and not left:
            _collect_zombies(keep)
            return 0
        if time.monotonic() > deadline:
            return len(killed)
        time.sleep(0.005)


def _collect_zombies(keep: set[int]) -> None:
    """Collect adopted children that have ended (killed by a run's reaper, say)."""
    me = str(os.getpid())
    for entry in _PROC.iterdir():
        if not entry.name.isdigit() or int(entry.name) in keep:
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[-1].split()
        except OSError:
            continue
        if fields[0] == "Z" and fields[1] == me:
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(int(entry.name), os.WNOHANG)
