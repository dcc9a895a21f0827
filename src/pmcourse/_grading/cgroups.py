"""Limits for everything one notebook starts: a control group per run, where one can be made.

A memory cap per process (``RLIMIT_AS``) does not bound a notebook that forks,
nor what it keeps in its private ``/tmp`` (a tmpfs, held in memory). A control
group does: the kernel counts every process in it, and the tmpfs pages they
write, against ``memory.limit_in_bytes`` (v1) or ``memory.max`` (v2), and
``pids.max`` bounds how many processes and threads exist at once.

Machines differ: cgroup v2 with delegated controllers, cgroup v1 (memory and
pids hierarchies mounted apart), or nothing writable (a container, a laptop
without delegation). :func:`open_run_group` tries, per controller, to make a
child of the grader's own group; where it cannot, that limit falls back (see
the README): the per-process ``RLIMIT_AS`` cap and the size-capped tmpfs still
hold, the grader sums the notebook's memory twice a second, and the process limit
is ``RLIMIT_NPROC`` in the sandbox's own user namespace where it has one (the
grader is not root: ``linux.limit_processes``), else none. :func:`available` says
which controllers work.

A process joins by writing its pid to ``cgroup.procs`` before it starts
anything (``launch`` for a cold kernel, the forked child for a warm one); its
children are born inside and cannot leave, since the sandbox shows no ``/sys``.
The group also lists the run's processes for the reaper (``processes``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["RunGroup", "available", "open_run_group"]

_CONTROLLERS = ("memory", "pids")


def _mounts() -> list[tuple[str, str, set[str]]]:
    """(mount point, fs type, options) of every cgroup file system."""
    out = []
    with contextlib.suppress(OSError), open("/proc/self/mountinfo", encoding="utf-8") as fh:
        for line in fh:
            left, _, right = line.partition(" - ")
            fields, rest = left.split(), right.split()
            if len(fields) > 4 and len(rest) >= 3 and rest[0] in {"cgroup", "cgroup2"}:
                out.append((fields[4].replace("\\040", " "), rest[0], set(rest[2].split(","))))
    return out


def _own_groups() -> dict[str, str]:
    """This process's group path per v1 controller, and ``""`` for the v2 one."""
    out: dict[str, str] = {}
    with contextlib.suppress(OSError), open("/proc/self/cgroup", encoding="utf-8") as fh:
        for line in fh:
            _, names, path = line.rstrip("\n").split(":", 2)
            for name in names.split(",") if names else [""]:
                out[name] = path
    return out


@functools.cache
def _parents() -> dict[str, Path]:
    """Per controller, a folder of the grader's own group where a child group can be made."""
    own = _own_groups()
    found: dict[str, Path] = {}
    for point, kind, options in _mounts():
        for controller in _CONTROLLERS:
            if controller in found:
                continue
            if kind == "cgroup" and controller in options and controller in own:
                base = Path(point) / own[controller].lstrip("/")
            elif kind == "cgroup2" and "" in own:
                base = Path(point) / own[""].lstrip("/")
                enabled = (base / "cgroup.subtree_control").read_text() if base.is_dir() else ""
                if controller not in enabled.split():
                    continue
            else:
                continue
            if base.is_dir() and os.access(base, os.W_OK | os.X_OK):
                found[controller] = base
    return found


def available() -> list[str]:
    """The controllers whose limits this grader can apply per notebook."""
    return sorted(_parents())


@dataclass
class RunGroup:
    """The control groups of one run: one folder per controller (v1), or one (v2)."""

    folders: list[Path] = field(default_factory=list)
    memory: Path | None = None
    pids: Path | None = None

    @property
    def procs_files(self) -> list[str]:
        return [str(f) for f in dict.fromkeys(self.folders)]

    def processes(self) -> list[int]:
        pids: set[int] = set()
        for folder in self.folders:
            with contextlib.suppress(OSError, ValueError):
                pids |= {int(x) for x in (folder / "cgroup.procs").read_text().split()}
        return sorted(pids)

    def kill_all(self, wait: float = 5.0) -> None:
        """Kill every process in the groups until none is left (or ``wait`` runs out)."""
        deadline = time.monotonic() + wait
        while (alive := self.processes()) and time.monotonic() < deadline:
            for pid in alive:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.005)

    def bitten(self) -> list[str]:
        """Which limits were reached during the run: "memory", "processes"."""
        out = []
        if self.memory is not None:
            events = _read(self.memory / "memory.events") or ""  # v2
            v1 = _read(self.memory / "memory.failcnt")
            oom = _read(self.memory / "memory.oom_control") or ""
            if _count(events, "oom_kill") or _count(oom, "oom_kill") or (v1 or "0").strip() != "0":
                out.append("memory")
        if self.pids is not None and _count(_read(self.pids / "pids.events") or "", "max"):
            out.append("processes")
        return out

    def remove(self) -> None:
        self.kill_all()
        for folder in dict.fromkeys(self.folders):
            for _ in range(50):
                try:
                    folder.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.01)  # the last process is still leaving


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None


def _count(text: str, key: str) -> int:
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name == key:
            with contextlib.suppress(ValueError):
                return int(value)
    return 0


def _write(path: Path, value: str) -> bool:
    try:
        path.write_text(value)
    except OSError:
        return False
    return True


def open_run_group(name: str, memory: int, processes: int) -> RunGroup:
    """Make this run's groups with its limits; an empty group where none can be made."""
    group = RunGroup()
    made: dict[Path, Path] = {}
    for controller, parent in _parents().items():
        if (controller == "memory" and memory <= 0) or (controller == "pids" and processes <= 0):
            continue
        folder = made.get(parent) or parent / f"pmcourse-{name}"
        try:
            folder.mkdir(exist_ok=parent in made)
        except OSError:
            continue
        made[parent] = folder
        if controller == "memory":
            v2 = (folder / "memory.max").exists()
            ok = _write(folder / ("memory.max" if v2 else "memory.limit_in_bytes"), str(memory))
            if ok and v2:
                _write(folder / "memory.swap.max", "0")
            elif ok:  # swap may not be accounted; then there is nothing to cap
                _write(folder / "memory.memsw.limit_in_bytes", str(memory))
            if ok:
                group.memory = folder
        elif _write(folder / "pids.max", str(processes)):
            group.pids = folder
        if folder not in group.folders and folder in (group.memory, group.pids):
            group.folders.append(folder)
        elif folder not in group.folders:
            with contextlib.suppress(OSError):
                folder.rmdir()
    return group
