"""Start a grading kernel under its run's limits.

``python -m pmcourse._grading.launch [--memory BYTES] [--disk BYTES] [--cgroup DIR]...
[--no-keyrings] -- COMMAND...``

The grader puts this in front of the kernel's command line (and of bubblewrap's,
when there is a sandbox), so everything the notebook starts inherits what it
sets. It joins the run's control groups (``cgroups``: memory and processes for
the whole notebook), caps each process's address space (so a memory hog gets a
``MemoryError`` instead of taking the machine down) and the size of any file,
turns off core dumps, refuses the keyring calls (``linux.refuse_keyrings``), and
then becomes the command with ``exec``, keeping the process id the kernel
manager signals and kills.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> None:
    memory = disk = 0
    groups: list[str] = []
    keyrings = True
    args = list(argv)
    while args and args[0] != "--":
        option = args.pop(0)
        if option == "--no-keyrings":
            keyrings = False
        elif option in {"--memory", "--disk", "--cgroup"} and args:
            value = args.pop(0)
            if option == "--cgroup":
                groups.append(value)
            elif option == "--memory":
                memory = int(value)
            else:
                disk = int(value)
        else:
            break
    if not args or args[0] != "--" or len(args) < 2:
        raise SystemExit(
            "usage: python -m pmcourse._grading.launch [--memory N] [--disk N] [--cgroup DIR]... "
            "[--no-keyrings] -- COMMAND..."
        )
    cmd = args[1:]
    for group in groups:  # before anything else: every later process is born inside
        with open(os.path.join(group, "cgroup.procs"), "w", encoding="ascii") as fh:
            fh.write(str(os.getpid()))
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        pass
    else:
        if memory > 0:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if disk > 0:
            resource.setrlimit(resource.RLIMIT_FSIZE, (disk, disk))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if not keyrings:
        from .linux import refuse_keyrings

        refuse_keyrings()
    os.execvp(cmd[0], cmd)


if __name__ == "__main__":
    main(sys.argv[1:])
