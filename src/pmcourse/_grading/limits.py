"""The limits of one grading run. Every default is written here, once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

__all__ = ["DEFAULT_JOBS", "RunLimits", "SandboxMode"]

SandboxMode = Literal["auto", "on", "off"]

DEFAULT_JOBS = min(4, os.cpu_count() or 1)  # notebooks graded at once


@dataclass(frozen=True)
class RunLimits:
    timeout: float = 30.0  # seconds per cell
    # Bytes of memory for the whole notebook: all its processes together, and its
    # private /tmp, where a control group can be made (``cgroups``); everywhere, no
    # one process may reserve more (RLIMIT_AS). 0: no cap.
    memory: int = 2 * 2**30
    processes: int = 256  # processes and threads of one notebook at once; 0: no cap
    # Bytes a notebook may write: its private /tmp and /dev/shm hold at most this
    # much each, and no file it writes may grow past it. 0: no cap.
    disk: int = 512 * 2**20
    max_output: int = 5 * 2**20  # bytes of output per notebook before it is stopped
    sandbox: SandboxMode = "auto"  # bubblewrap around each kernel: auto uses it when it works
    start_retries: int = 2  # a kernel that dies before any learner cell ran is started again
    warm: bool = True  # fork kernels from a pre-imported template (Linux); False: cold starts
    verbose: bool = False  # pass the kernel's own log (stderr) through
