"""Start a grading kernel under resource limits: ``python -m pmcourse._grading.launch MEM -- CMD...``.

The grader puts this in front of the kernel's command line. It caps the
address space (so a memory hog gets a ``MemoryError`` instead of taking the
machine down), turns off core dumps, and then becomes the kernel with
``exec``, keeping the process id the kernel manager signals and kills.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> None:
    limit, sep, *cmd = argv
    if sep != "--" or not cmd:
        raise SystemExit("usage: python -m pmcourse._grading.launch MEMORY_BYTES -- COMMAND...")
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        pass
    else:
        if int(limit) > 0:
            resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.execv(cmd[0], cmd)


if __name__ == "__main__":
    main(sys.argv[1:])
