"""What a sandboxed kernel sees of the machine: an empty root and a short list of binds.

The list is derived from the kernel's interpreter, not guessed:

* the system's programs and libraries: ``/usr`` and the top-level links a
  merged-``/usr`` system has (``/bin``, ``/lib``, ...), read-only;
* a minimal ``/etc``: ``passwd``, ``group``, ``hosts``, ``localtime`` and the
  dynamic loader's cache ``ld.so.cache`` (never ``shadow``);
* the Python installation: ``sys.prefix``, ``sys.base_prefix``, the folder of
  the executable, and every entry of the *kernel's* ``sys.path`` (asked of the
  interpreter once, with the kernel's environment: site-packages and the paths
  that ``.pth`` files of editable installs add), read-only;
* this ``pmcourse``'s own package folder (only the package, not the checkout
  around it).

Nothing else: not the grader's home, not the working folder, not the
submissions, ``/var``, ``/srv``, ``/home``, ``/root`` or ``/run``. A path that would
show the grader's home or working folder whole (``/``, ``/root`` as a
``sys.path`` entry) is left out. The grader's ``PYTHONPATH`` never reaches the
kernel (``kernel.kernel_environment``), so it adds nothing here either.

The cold sandbox (bubblewrap, ``kernel.KernelPlan.command``) and the warm one
(``template.enter_sandbox``) are built from the same :class:`View`.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ETC_FILES", "View", "kernel_sys_path", "kernel_view", "package_parent"]

# The only files of /etc a kernel sees. passwd and group name the kernel's user;
# hosts and localtime keep the standard library's defaults working; ld.so.cache
# lets the dynamic loader find the system's libraries.
ETC_FILES = ("/etc/passwd", "/etc/group", "/etc/hosts", "/etc/localtime", "/etc/ld.so.cache")
# Top-level folders that a merged-/usr system makes links into /usr.
_SYSTEM_LINKS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")


@dataclass(frozen=True)
class View:
    """Read-only binds (each at its own path) and links, on an empty root."""

    readonly: tuple[str, ...]  # folders and files, parents before children
    links: tuple[tuple[str, str], ...]  # (target, link path)

    def to_dict(self) -> dict[str, list[str] | list[list[str]]]:
        return {"readonly": list(self.readonly), "links": [list(x) for x in self.links]}

    @classmethod
    def from_dict(cls, data: dict[str, list[str] | list[list[str]]]) -> View:
        links = data.get("links", [])
        return cls(
            tuple(str(p) for p in data.get("readonly", [])),
            tuple((str(x[0]), str(x[1])) for x in links if isinstance(x, list)),
        )


def package_parent() -> Path:
    """The folder that holds this ``pmcourse`` package (a site-packages or a checkout's src)."""
    return Path(__file__).resolve().parents[2]


@functools.cache
def kernel_sys_path(pythonpath: str) -> tuple[str, ...]:
    """The ``sys.path`` of a kernel of this interpreter whose ``PYTHONPATH`` is ``pythonpath``."""
    env = {"PATH": os.environ.get("PATH", os.defpath)}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    code = "import json, sys; print(json.dumps(sys.path[1:]))"  # [0] is -c's ''
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd="/",
            capture_output=True,
            timeout=60,
            check=True,
        )
        paths = json.loads(done.stdout)
    except (OSError, subprocess.SubprocessError, ValueError):
        paths = None
    return tuple(str(p) for p in (paths if isinstance(paths, list) else sys.path[1:]))


def _exposes(path: Path, private: list[Path]) -> bool:
    """Whether binding ``path`` would show one of ``private`` whole (an ancestor of it)."""
    return any(p == path or p.is_relative_to(path) for p in private)


def _minimal(paths: set[Path]) -> list[Path]:
    """Drop paths inside another one of the set; parents first."""
    out: list[Path] = []
    for path in sorted(paths, key=lambda p: (len(p.parts), str(p))):
        if not any(path.is_relative_to(kept) for kept in out):
            out.append(path)
    return sorted(out, key=lambda p: (len(p.parts), str(p)))


@functools.cache
def kernel_view(pythonpath: str = "") -> View:
    """The view of every sandboxed kernel of this grader (computed once).

    ``pythonpath``: the ``PYTHONPATH`` the kernel gets (this package's parent, when
    the interpreter cannot import it otherwise).
    """
    parent = package_parent()
    private = [Path.home().resolve(), Path.cwd().resolve()]
    wanted: set[Path] = set()
    for raw in [
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        sys.base_exec_prefix,
        str(Path(sys.executable).parent),
        *kernel_sys_path(pythonpath),
    ]:
        if not raw:
            continue
        for found in {Path(os.path.abspath(raw)), Path(raw).resolve()}:
            # Of this package's own parent, the package only, not the checkout around it.
            path = parent / "pmcourse" if found == parent else found
            if path.exists() and not _exposes(path, private):
                wanted.add(path)
    wanted.add(parent / "pmcourse")
    readonly = [Path("/usr")]
    links: list[tuple[str, str]] = []
    for top in _SYSTEM_LINKS:
        if os.path.islink(top):
            links.append((os.readlink(top), top))
        elif os.path.isdir(top):
            readonly.append(Path(top))
    binds = _minimal({p for p in wanted if not p.is_relative_to("/usr")} | set(readonly))
    etc = [f for f in ETC_FILES if os.path.exists(f)]
    return View((*map(str, binds), *etc), tuple(links))
