"""Starting one grading kernel: its environment, its limits and its sandbox.

Each kernel gets

* a private run folder (mode 0700, outside the shared temporary folder) that
  holds its connection file, its sockets, its record file and the copy of the
  notebook it runs;
* Jupyter's ``ipc`` transport: sockets in that folder, no TCP ports, so no port
  races between two graders and nothing on the shared loopback;
* an explicit, minimal environment: never the grader's own, which may hold a
  CI job's secrets;
* a memory cap (``launch``);
* where bubblewrap works, a sandbox: an empty root with only what the
  interpreter needs bound in read-only (``view``), a minimal private ``/dev``,
  a private size-capped ``/tmp``, its own process-id namespace (ending it ends
  every process the notebook started), a new session and no network. Only its
  own run folder is writable.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import UsageError
from .._session import RECORD_FILE_ENV
from .cgroups import RunGroup, open_run_group
from .limits import RunLimits, SandboxMode
from .processes import TOKEN_ENV
from .view import kernel_sys_path, kernel_view, package_parent

__all__ = [
    "KernelPlan",
    "kernel_environment",
    "matplotlib_folder",
    "private_root",
    "sandbox_missing",
    "sandbox_request",
    "sandbox_tool",
    "start_plan",
]

# What a kernel may inherit from the grader's environment: where programs are, and
# the locale. Nothing else crosses: not PYTHONPATH (``PYTHONPATH=.`` would put the
# grader's working folder on every kernel's path), not a CI job's secrets.
ALLOWED_ENV = (
    "PATH",
    "VIRTUAL_ENV",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "TZ",
    "PMCOURSE_SITE_URL",
)


def sandbox_tool() -> str | None:
    """The path of a bubblewrap that really works here, or None."""
    return _probe_bwrap()[0]


def sandbox_missing() -> str:
    """Why there is no sandbox here, and what enables one (for notes and errors); "" if there is."""
    return _probe_bwrap()[1]


# Ubuntu 23.10 and later (GitHub's ubuntu-24.04 runners among them) let AppArmor forbid
# unprivileged user namespaces, which bubblewrap needs; this setting lifts that.
USERNS_SETTING = "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"


@functools.cache
def _probe_bwrap() -> tuple[str | None, str]:
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return None, "bubblewrap is not installed (Debian and Ubuntu: apt-get install bubblewrap)"
    probe = [bwrap, *_SANDBOX_FLAGS, *_view_flags(0), "--remount-ro", "/", "--", "true"]
    try:
        done = subprocess.run(probe, capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"bubblewrap is installed but does not run here ({exc})"
    if done.returncode == 0:
        return bwrap, ""
    said = done.stderr.decode("utf-8", "replace").strip().splitlines()
    why = f" ({said[-1]})" if said else ""
    restricted = Path("/proc/sys/kernel/apparmor_restrict_unprivileged_userns")
    try:
        apparmor = restricted.read_text(encoding="ascii").strip() == "1"
    except OSError:
        apparmor = False
    hint = (
        f"; AppArmor restricts unprivileged user namespaces here: {USERNS_SETTING} lifts it"
        if apparmor
        else "; it needs unprivileged user namespaces (a container may have to allow them)"
    )
    return None, f"bubblewrap is installed but cannot create namespaces here{why}{hint}"


def resolve_sandbox(mode: SandboxMode) -> str | None:
    """The sandbox tool to use for ``mode``, or None; ``on`` without one is a usage error."""
    if mode == "off":
        return None
    tool = sandbox_tool()
    if tool is None and mode == "on":
        raise UsageError(f"--sandbox on needs a working bubblewrap: {sandbox_missing()}.")
    return tool


_SANDBOX_FLAGS = (
    "--unshare-pid",
    "--unshare-net",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    "--die-with-parent",
    # A new session: no controlling terminal, so no typing into the grader's one.
    "--new-session",
    # Run as root, bubblewrap would leave the kernel its capabilities: enough to
    # unmount the tmpfs that hides the other runs. Warm kernels drop them too.
    "--cap-drop",
    "ALL",
)


def _view_flags(tmp_size: int) -> list[str]:
    """bubblewrap's options for the empty root of ``view.kernel_view``."""
    view = kernel_view(kernel_pythonpath())
    flags: list[str] = []
    for path in view.readonly:
        flags += ["--ro-bind", path, path]
    for target, link in view.links:
        flags += ["--symlink", target, link]
    size = ["--size", str(tmp_size)] if tmp_size > 0 else []
    # The private /tmp and /dev come first and the view's binds after them: an
    # interpreter that lives under /tmp (a venv made there) stays in view.
    return [
        # bubblewrap's minimal /dev: null, zero, full, random, urandom, tty, a private pts.
        "--dev",
        "/dev",
        *size,
        "--tmpfs",
        "/dev/shm",
        "--proc",
        "/proc",
        "--ro-bind",
        "/proc/sys",
        "/proc/sys",
        "--ro-bind-try",
        "/proc/sysrq-trigger",
        "/proc/sysrq-trigger",
        *size,
        "--tmpfs",
        "/tmp",
        *flags,
    ]


def sandbox_request(run: Path, limits: RunLimits) -> dict[str, object]:
    """What a warm kernel's sandbox is made of (``template.enter_sandbox``): as a cold one's."""
    return {
        "run": str(run),
        "view": kernel_view(kernel_pythonpath()).to_dict(),
        "tmp_size": limits.disk,
    }


def private_root() -> Path:
    """A folder only this user can open, outside the shared temporary folder."""
    candidates = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append(Path(runtime) / "pmcourse")
    candidates.append(Path.home() / ".cache" / "pmcourse" / "runs")
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            folder.chmod(0o700)
        except OSError:
            continue
        if os.access(folder, os.W_OK | os.X_OK):
            return folder
    # Last resort: a fresh 0700 folder in the temporary folder; its name is unguessable.
    return Path(tempfile.mkdtemp(prefix="pmcourse-runs-"))


def kernel_environment(
    run: Path, token: str, record_file: Path, source: dict[str, str] | None = None
) -> dict[str, str]:
    """The whole environment of a kernel: an allow-list of the grader's, then our own."""
    source = dict(os.environ) if source is None else source
    env = {name: source[name] for name in ALLOWED_ENV if name in source}
    # The kernel must import this very pmcourse, even from a source checkout.
    path = kernel_pythonpath()
    if path:
        env["PYTHONPATH"] = path
    env.setdefault("PATH", os.defpath)
    env.update(
        {
            TOKEN_ENV: token,
            RECORD_FILE_ENV: str(record_file),
            "HOME": str(run / "home"),
            "TMPDIR": "/tmp",
            "IPYTHONDIR": str(run / "home" / ".ipython"),
            "MPLCONFIGDIR": str(run / "mpl"),
            "MPLBACKEND": "Agg",
            "JUPYTER_PLATFORM_DIRS": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
            "PYTHONUNBUFFERED": "1",
            # Bound glibc's per-thread malloc arenas: each one reserves address
            # space, which counts against the kernel's RLIMIT_AS cap.
            "MALLOC_ARENA_MAX": "2",
        }
    )
    return env


@functools.cache
def kernel_pythonpath() -> str:
    """The kernel's whole ``PYTHONPATH``: this package's parent where the interpreter
    would not find it by itself (a checkout named by the grader's PYTHONPATH), else
    nothing (installed, or editable through a .pth file)."""
    parent = package_parent()
    found = {Path(p).resolve() for p in kernel_sys_path("") if p}
    return "" if parent in found else str(parent)


# Options of every grading kernel, warm or cold. IPython keeps its input history in
# memory: a history file on disk costs a kernel about 0.1 s at start (SQLite makes
# its tables and syncs them), and would keep a learner's code once the run is gone.
KERNEL_ARGS = ("--HistoryManager.hist_file=:memory:",)


@dataclass(frozen=True)
class KernelPlan:
    """Where one kernel lives and how it is started."""

    run: Path  # the private run folder
    work: Path  # the kernel's working folder, with the notebook copy
    connection_file: Path
    ipc_prefix: Path
    record_file: Path
    sandbox: str | None  # bubblewrap's path, or None
    group: RunGroup = field(default_factory=RunGroup)  # its control groups (maybe none)

    def command(
        self, kernel_cmd: list[str], limits: RunLimits, cgroups: Sequence[str] = ()
    ) -> list[str]:
        """The full command line: limits (``launch``) → [sandbox] → the kernel."""
        launch = [sys.executable, "-m", "pmcourse._grading.launch", "--memory", str(limits.memory)]
        launch += ["--disk", str(limits.disk)]
        for group in cgroups:
            launch += ["--cgroup", group]
        if self.sandbox is not None:
            launch.append("--no-keyrings")
        launch.append("--")
        cmd = [*kernel_cmd, *KERNEL_ARGS]
        if self.sandbox is None:
            return [*launch, *cmd]
        run = str(self.run)
        return [
            *launch,
            self.sandbox,
            *_SANDBOX_FLAGS,
            *_view_flags(limits.disk),
            # Its own run folder, writable: connection file, sockets, record, notebook copy.
            "--bind",
            run,
            run,
            # Nothing else is writable: not the new root, not /dev.
            "--remount-ro",
            "/dev",
            "--remount-ro",
            "/",
            "--chdir",
            str(self.work),
            # ipykernel polls its parent's pid; inside a pid namespace that is
            # bubblewrap's init, so the poll would end the kernel at once.
            # --die-with-parent does that job here.
            "--unsetenv",
            "JPY_PARENT_PID",
            "--",
            *cmd,
        ]


@functools.cache
def matplotlib_folder() -> Path:
    """This user's matplotlib folder for grading: the font list is built there once and
    kept for later runs (building it costs a template or a kernel about 0.7 s).

    It lives in the private root, which sandboxed kernels never see; they get a
    copy of the font list (cold) or have it in memory already (warm).
    """
    folder = private_root() / "matplotlib"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _matplotlib_cache() -> Path | None:
    """A font cache built once per grader process, copied into each kernel's folder.

    Without it every sandboxed kernel (whose home is empty) would rebuild
    matplotlib's font list on its first plot. A warm template fills the same
    folder as it imports matplotlib.
    """
    folder = matplotlib_folder()
    if any(folder.glob("fontlist-*.json")):
        return folder
    env = {k: v for k, v in os.environ.items() if k in ALLOWED_ENV}
    env["MPLCONFIGDIR"] = str(folder)
    try:
        subprocess.run(
            [sys.executable, "-c", "import matplotlib.font_manager"],
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return folder


def start_plan(
    sandbox: str | None, limits: RunLimits | None = None, *, fonts: bool = True
) -> KernelPlan:
    """Make a fresh private run folder for one kernel, and its control groups.

    ``fonts``: copy matplotlib's font list in (a forked kernel has it in memory already).
    """
    root = private_root()
    run = Path(tempfile.mkdtemp(prefix="run-", dir=root))  # mode 0700
    limits = limits or RunLimits()
    group = open_run_group(run.name + f"-{os.getpid()}", limits.memory, limits.processes)
    for name in ("work", "conn", "home", "mpl"):
        (run / name).mkdir(mode=0o700)
    template = _matplotlib_cache() if fonts else None
    if template is not None:
        for item in template.glob("fontlist-*.json"):
            shutil.copyfile(item, run / "mpl" / item.name)
    return KernelPlan(
        run=run,
        work=run / "work",
        connection_file=run / "conn" / "kernel.json",
        ipc_prefix=run / "conn" / "k",
        record_file=run / "conn" / "record.jsonl",
        sandbox=sandbox,
        group=group,
    )
