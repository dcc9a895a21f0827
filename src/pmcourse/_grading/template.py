"""The warm template process: ``python -m pmcourse._grading.template FD``.

It runs in its own process, started by ``warm.WarmTemplate`` once per batch.
It imports what every exercise kernel needs, then waits on the control socket
``FD`` (a ``SOCK_SEQPACKET`` socket pair with the grader) and forks one child
per request. It never runs learner code: it only imports, answers ``status``
and forks; the learner's cells run in the children, after they have become
fresh kernels. See ``warm`` for the design and its reasons.

A child, before it becomes a kernel:

1. closes the control socket, asks to be killed when the template dies, and
   starts its own session and process group;
2. writes its run's token into the environment block the kernel reports in
   ``/proc/PID/environ`` (the reaper looks there), then replaces ``os.environ``
   with the kernel environment the grader sent: the same allow-listed
   environment a cold kernel gets, never the template's;
3. joins its run's control groups (``cgroups``: memory and process limits for
   everything the notebook starts), then, with a sandbox: makes new mount, PID,
   network, IPC and UTS namespaces (and a user namespace when not root), builds
   an empty root with only the binds of ``view.View`` (read-only), a minimal
   ``/dev``, a private size-capped ``/tmp`` and ``/dev/shm``, and its own run
   folder, writable, switches into it and brings up loopback. It then forks the
   namespace's PID 1 (a small init that mounts a fresh ``/proc``, makes
   ``/proc/sys`` read-only, drops every capability, sets ``no_new_privs``,
   refuses the keyring calls and reaps), which forks the kernel, PID 2, as
   bubblewrap does for a cold kernel. The first child stays outside as a monitor whose
   process id the grader holds; killing its process group ends them all;
4. caps its address space (``RLIMIT_AS``), turns off core dumps, reseeds the
   random generators it inherited, says ``ok`` on a pipe to the template, and runs ipykernel's
   ``IPKernelApp`` on its own connection file.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import struct
import sys
from typing import Any

from . import linux

TOKEN_ENV = "PMCOURSE_GRADE_TOKEN"  # as processes.TOKEN_ENV; kept here to import nothing heavy
# Variables the preloaded modules set as they were imported (ipykernel.debugger sets
# PYDEVD_USE_FRAME_EVAL): a cold kernel gets them from the same imports, so a child
# sets them again after it has replaced its environment.
IMPORT_ENV: dict[str, str] = {}


def enter_sandbox(box: dict[str, Any]) -> None:
    """Give this process new namespaces and the view a cold kernel gets from bubblewrap.

    ``box``: ``run`` (its run folder, the one writable place besides ``/tmp``),
    ``view`` (``view.View.to_dict``: what it sees of the system, read-only), and
    ``tmp_size`` (bytes of its private ``/tmp`` and ``/dev/shm``). The new root is
    an empty tmpfs; see ``view`` for what is bound in, and ``linux`` for the calls.
    """
    uid, gid = os.getuid(), os.getgid()
    flags = linux.CLONE_NEWNS | linux.CLONE_NEWPID | linux.CLONE_NEWNET
    flags |= linux.CLONE_NEWIPC | linux.CLONE_NEWUTS
    if os.geteuid() != 0:
        flags |= linux.CLONE_NEWUSER
    linux.unshare(flags)
    if flags & linux.CLONE_NEWUSER:
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")
    linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
    run = box["run"]
    view = box["view"]
    size = int(box.get("tmp_size") or 0)
    sized = f",size={size}" if size > 0 else ""
    # Handles on every source, taken while the old root is still in view.
    sources = [(p, os.open(p, os.O_PATH)) for p in view["readonly"] if os.path.exists(p)]
    devices = [
        (d, os.open(f"/dev/{d}", os.O_PATH)) for d in _DEVICES if os.path.exists(f"/dev/{d}")
    ]
    run_fd = os.open(run, os.O_PATH | os.O_DIRECTORY)
    new = "/tmp"  # any folder will do as the mount point of the new root, in this namespace
    nosuid_nodev = linux.MS_NOSUID | linux.MS_NODEV
    linux.mount("tmpfs", new, "tmpfs", nosuid_nodev, "mode=0755")
    # The private /tmp first, then the binds: an interpreter under /tmp stays in view.
    os.mkdir(new + "/tmp")
    linux.mount("tmpfs", new + "/tmp", "tmpfs", nosuid_nodev, "mode=0755" + sized)
    for path, fd in sources:
        target = new + path
        if os.path.isdir(f"/proc/self/fd/{fd}"):
            os.makedirs(target, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            open(target, "wb").close()
        linux.bind_readonly(f"/proc/self/fd/{fd}", target)
    for link_target, link in view["links"]:
        os.symlink(link_target, new + link)
    # A minimal /dev: the harmless character devices, a private pts, a capped shm.
    os.mkdir(new + "/dev")
    linux.mount("tmpfs", new + "/dev", "tmpfs", linux.MS_NOSUID, "mode=0755")
    for name, fd in devices:
        open(f"{new}/dev/{name}", "wb").close()
        linux.bind(f"/proc/self/fd/{fd}", f"{new}/dev/{name}")
    for name, link_target in _DEV_LINKS:
        os.symlink(link_target, f"{new}/dev/{name}")
    os.mkdir(new + "/dev/shm")
    linux.mount("tmpfs", new + "/dev/shm", "tmpfs", nosuid_nodev, "mode=1777" + sized)
    os.mkdir(new + "/dev/pts")
    with contextlib.suppress(OSError):
        linux.mount(
            "devpts",
            new + "/dev/pts",
            "devpts",
            linux.MS_NOSUID | linux.MS_NOEXEC,
            "newinstance,ptmxmode=0666,mode=620",
        )
    linux.remount_readonly(new + "/dev")
    os.mkdir(new + "/proc")
    os.makedirs(new + run)
    linux.bind(f"/proc/self/fd/{run_fd}", new + run)
    for fd in [run_fd, *(fd for _, fd in sources), *(fd for _, fd in devices)]:
        os.close(fd)
    linux.switch_root(new)
    linux.remount_readonly("/")
    linux.loopback_up()


# As bubblewrap's --dev: these devices, and no other.
_DEVICES = ("null", "zero", "full", "random", "urandom", "tty")
_DEV_LINKS = (
    ("ptmx", "pts/ptmx"),
    ("fd", "/proc/self/fd"),
    ("stdin", "/proc/self/fd/0"),
    ("stdout", "/proc/self/fd/1"),
    ("stderr", "/proc/self/fd/2"),
)


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="ascii") as fh:
        fh.write(text)


def _init_mounts() -> None:
    """In the new PID namespace: its own /proc, with the knobs of the system read-only."""
    linux.mount("proc", "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)
    for name in ("sys", "sysrq-trigger", "irq", "bus"):
        path = f"/proc/{name}"
        if os.path.exists(path):
            linux.bind(path, path)
            linux.remount_readonly(path)


def _seal() -> None:
    """As bubblewrap: no capabilities, no new privileges, no keyrings (see ``linux``)."""
    linux.drop_privileges()
    linux.refuse_keyrings()


def _exit_code(status: int) -> int:
    code = os.waitstatus_to_exitcode(status)
    return code if code >= 0 else 128 - code


def _init_loop(kernel: int) -> None:
    """PID 1 of the sandbox: reap everything; leave with the kernel's status."""
    while True:
        try:
            pid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            os._exit(0)
        except InterruptedError:
            continue
        if pid == kernel:
            os._exit(_exit_code(status))


def _become_kernel(req: dict[str, Any], say: int) -> None:
    import atexit
    import random
    import resource

    os.chdir(req["cwd"])
    if req.get("sandbox"):
        os.environ["PWD"] = req["cwd"]  # as bubblewrap's --chdir does for a cold kernel
    memory = int(req["memory"])
    if memory > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    random.seed()
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed()  # the legacy global generator was seeded in the template
    sys.argv = [sys.executable, "-f", req["connection_file"], *req.get("args", [])]
    os.write(say, b"ok\n")
    os.close(say)
    from ipykernel import kernelapp

    code = 0
    try:
        kernelapp.launch_new_instance()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _child(req: dict[str, Any], say: int, control: int, template: int) -> None:
    """In the fork: become a fresh kernel (see the module docstring). Never returns."""
    os.close(control)
    for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    linux.die_with_parent(signal.SIGKILL)
    if os.getppid() != template:
        os._exit(1)
    os.setsid()
    for group in req.get("cgroups", []):
        _write(os.path.join(group, "cgroup.procs"), str(os.getpid()))
    linux.overwrite_environ_value(TOKEN_ENV, req["env"][TOKEN_ENV])
    os.environ.clear()
    os.environ.update(req["env"])
    for name, value in IMPORT_ENV.items():
        os.environ.setdefault(name, value)
    box = req.get("sandbox")
    if box:
        grader_namespace = linux.user_namespace_id()
        enter_sandbox(box)
        init = os.fork()
        if init:  # the monitor, outside: the grader holds its pid
            os.close(say)
            os._exit(_exit_code(os.waitpid(init, 0)[1]))
        linux.die_with_parent(signal.SIGKILL)
        _init_mounts()
        # Where no control group bounds its processes: the limit of the user
        # namespace the sandbox made, if it made one (seen in its /proc, mounted now).
        linux.limit_processes(int(req.get("processes") or 0), grader_namespace)
        _seal()
        kernel = os.fork()
        if kernel:
            os.close(say)
            _init_loop(kernel)
        linux.die_with_parent(signal.SIGKILL)
    _become_kernel(req, say)


def _fork(req: dict[str, Any], control: int, forks: int) -> tuple[dict[str, Any], int | None]:
    """Fork one kernel; wait until it says it is about to start (or fails)."""
    hear, say = os.pipe()
    me = os.getpid()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(hear)
            _child(req, say, control, me)
        except BaseException as exc:  # noqa: BLE001 - reported to the grader, then gone
            with contextlib.suppress(OSError):
                os.write(say, f"error: {type(exc).__name__}: {exc}"[:300].encode() + b"\n")
        finally:
            os._exit(70)
    os.close(say)
    pidfd = os.pidfd_open(pid)
    word = b""
    try:
        while not word.endswith(b"\n"):
            ready, _, _ = select.select([hear], [], [], 30)
            chunk = os.read(hear, 512) if ready else b""
            if not chunk:
                break
            word += chunk
    finally:
        os.close(hear)
    if word == b"ok\n":
        return {"ok": True, "pid": pid, "forks": forks}, pidfd
    with contextlib.suppress(OSError):
        signal.pidfd_send_signal(pidfd, signal.SIGKILL)
    os.close(pidfd)
    text = word.decode(errors="replace").strip() or "the child ended before it became a kernel"
    return {"ok": False, "error": text.removeprefix("error: ")}, None


def _probe_sandbox(req: dict[str, Any]) -> str | None:
    """Try the sandbox once in a throw-away child; None when it works, else why not."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            linux.die_with_parent(signal.SIGKILL)
            enter_sandbox(req)
            init = os.fork()
            if init == 0:
                _init_mounts()
                _seal()
                os._exit(0 if os.getpid() == 1 else 3)
            code = _exit_code(os.waitpid(init, 0)[1])
        except BaseException as exc:  # noqa: BLE001
            with contextlib.suppress(OSError):
                os.write(2, f"pmcourse template: sandbox probe: {exc}\n".encode())
            code = 2
        finally:
            os._exit(code)
    code = _exit_code(os.waitpid(pid, 0)[1])
    return None if code == 0 else f"namespaces cannot be made here (probe exit {code})"


def _preload() -> str | None:
    """Import what every kernel needs; None when the template is fit to fork, else why not."""
    import asyncio
    import gc

    from .kernel_start import without_debugger

    before = dict(os.environ)
    without_debugger()  # as a cold grading kernel: no debugpy, the bulk of ipykernel's imports
    import ipykernel.debugger
    import ipykernel.ipkernel
    import ipykernel.kernelapp
    import ipykernel.zmqshell
    import IPython
    import matplotlib as mpl
    import matplotlib.font_manager  # noqa: F401 - loads the font list into memory
    import matplotlib.pyplot as plt
    import zmq

    for name in (  # imported by every kernel as it starts (seen with -X importtime)
        "sqlite3",
        "pdb",
        "faulthandler",
        "argcomplete",
        "IPython.extensions",
        "tornado.platform.asyncio",
        "ipykernel.comm",
        "ipykernel.inprocess.ipkernel",
    ):
        with contextlib.suppress(ImportError):
            __import__(name)

    import pmcourse
    import pmcourse._check
    import pmcourse._session
    from pmcourse._tasks import all_tasks

    all_tasks()  # the task registry, built once
    IMPORT_ENV.update({k: v for k, v in os.environ.items() if before.get(k) != v})
    del ipykernel, IPython, mpl, plt, pmcourse
    threads = len(os.listdir("/proc/self/task"))
    if threads != 1:
        return f"the template has {threads} threads after its imports; it must have one"
    if zmq.Context._instance is not None:
        return "a zmq context exists in the template"
    with contextlib.suppress(RuntimeError):
        asyncio.get_running_loop()
        return "an event loop runs in the template"
    gc.collect()
    # Any event loop object at all, running or not, found without asyncio's private state.
    if any(isinstance(obj, asyncio.AbstractEventLoop) for obj in gc.get_objects()):
        return "an event loop exists in the template"
    gc.freeze()  # children's collections then leave the template's objects (and pages) alone
    return None


def status(forks: int) -> dict[str, Any]:
    """What the template holds: proof that no learner code ever ran in it."""
    import builtins
    import hashlib

    import pmcourse

    def digest(names: Any) -> str:
        return hashlib.sha256("\n".join(sorted(map(str, names))).encode()).hexdigest()[:16]

    main = sys.modules["__main__"]
    return {
        "pid": os.getpid(),
        "forks": forks,
        "threads": len(os.listdir("/proc/self/task")),
        "modules": digest(sys.modules),
        "pmcourse": digest(vars(pmcourse)),
        "builtins": digest(vars(builtins)),
        "main": digest(vars(main)),
        "environ": digest(f"{k}={v}" for k, v in os.environ.items()),
    }


def serve(control: socket.socket) -> None:
    forks = 0
    fd = control.fileno()
    while True:
        ready, _, _ = select.select([control], [], [], 1.0)
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        if not ready:
            continue
        try:
            data = control.recv(1 << 20)
        except OSError:
            return
        if not data:
            return  # the grader closed its end: the batch is over
        req = json.loads(data)
        if req.get("op") == "fork":
            forks += 1
            reply, pidfd = _fork(req, fd, forks)
            control.sendmsg(
                [json.dumps(reply).encode()],
                [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", pidfd))]
                if pidfd is not None
                else [],
            )
            if pidfd is not None:
                os.close(pidfd)
        elif req.get("op") == "probe":
            control.send(json.dumps({"ok": True, "problem": _probe_sandbox(req)}).encode())
        else:
            control.send(json.dumps({"ok": True, **status(forks)}).encode())


def main(argv: list[str]) -> int:
    linux.die_with_parent(signal.SIGKILL)  # the grader gone, the template goes too
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    control = socket.socket(fileno=int(argv[0]))
    # As ipykernel_launcher: the launch folder is not an import path of the kernel.
    if sys.path and sys.path[0] in ("", os.getcwd()):
        sys.path.pop(0)
    try:
        problem = _preload()
    except Exception as exc:  # noqa: BLE001 - told to the grader, which starts kernels cold
        problem = f"{type(exc).__name__}: {exc}"
    control.send(json.dumps({"ok": problem is None, "error": problem, "pid": os.getpid()}).encode())
    if problem is None:
        serve(control)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
