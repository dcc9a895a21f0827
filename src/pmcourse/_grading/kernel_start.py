"""A grading kernel's entry point: ipykernel without its debugger.

``python -m pmcourse._grading.kernel_start [--processes N:USERNS] -f CONNECTION_FILE ...``
starts a cold kernel, as ``ipykernel_launcher`` would; the warm template calls
:func:`without_debugger` before it imports ipykernel, so its kernels are the same.

Nobody attaches a debugger to a notebook while it is graded, and importing
debugpy is the largest part of a kernel's start (about 0.4 s of its 1 s here).
ipykernel runs without a debugger wherever debugpy cannot be imported, as on a
machine without it; a learner's ``import debugpy`` fails in a grading kernel.
"""

from __future__ import annotations

import sys
from pathlib import Path


def without_debugger() -> None:
    """Make ``import debugpy`` fail in this process, so ipykernel starts without it."""
    sys.modules.setdefault("debugpy", None)  # type: ignore[arg-type]


def main() -> None:
    without_debugger()
    if sys.argv[1:2] == ["--processes"]:
        # Where no control group bounds the notebook's processes: the limit of the
        # user namespace its sandbox made, if it made one (see linux.limit_processes).
        from .linux import limit_processes

        count, _, grader_namespace = sys.argv[2].partition(":")
        limit_processes(int(count), int(grader_namespace or 0))
        del sys.argv[1:3]
    # As ipykernel_launcher: the launch folder is not an import path of the kernel.
    if sys.path and sys.path[0] in ("", str(Path.cwd())):
        sys.path.pop(0)
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
