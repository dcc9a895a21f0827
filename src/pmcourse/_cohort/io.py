"""Reading results files and writing outputs: one-line errors in, nothing half-written out.

Every file pmcourse writes (``grade -o``, ``report -o``, ``gradebook -o``,
``review export -o``, ``merge -o``, the feedback pages) goes through
:func:`write_many`: it appears whole or not at all, and is created as an
ordinary file, as the shell's ``>`` would: mode ``0666`` less the umask
(``0644`` under the usual umask ``022``). An instructor who wants results
readable only by themself sets ``umask 077``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .._errors import ResultsError
from .._schema import BatchResult, decode

__all__ = ["check_task_set", "load_results", "no_cyclic_gc", "write_atomic", "write_many"]

# What a file is written from: its text, its bytes, or a function that writes
# them to an open file descriptor (merge copies the shards' bytes that way).
Content = str | bytes | Callable[[int], None]


def check_task_set(source: object, version: object, tasks: object) -> None:
    """Raise ResultsError unless results were graded against the installed task set."""
    from .. import __version__
    from .._tasks import fingerprint

    if tasks != fingerprint():
        raise ResultsError(
            f"{source} was graded by pmcourse {version} against another task set "
            f"(fingerprint {tasks}; this pmcourse {__version__} has {fingerprint()}): "
            "use that version, or grade again."
        )


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Results make millions of objects and no cycles: the cyclic collector would only
    walk them again and again (a third of a cohort report's time, measured)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or ResultsError with one line."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ResultsError(f"Cannot read {path}: {exc.strerror}.") from None


def load_results(path: Path, *, check_tasks: bool = True) -> BatchResult:
    """A results file written by ``pmcourse grade --format json`` (or ``merge``).

    Raises :class:`ResultsError` with one line for a missing, truncated, foreign
    or other-version file, and (with ``check_tasks``) for results graded against
    another task set than the installed one. Schema-2 files read too.
    """
    raw = read_bytes(path)
    with no_cyclic_gc():
        batch = decode(raw, str(path), BatchResult)
    if check_tasks:
        check_task_set(path, batch.pmcourse, batch.tasks_fingerprint)
    return batch


def write_atomic(path: Path, content: Content) -> None:
    """Write a file whole or not at all (a temporary file renamed over it)."""
    write_many({path: content})


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def write_many(files: Mapping[Path, Content]) -> None:
    """Write several files; each appears whole, and none does if any cannot be written.

    Each is created with mode ``0666`` less the umask, as any ordinary file.
    Raises :class:`ResultsError` with one line when one cannot be written.
    """
    temps: list[tuple[Path, Path]] = []
    mode = 0o666 & ~_umask()
    path = Path()
    try:
        for path, content in files.items():
            # A unique temporary name: two runs writing the same file never collide.
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps.append((Path(name), path))
            try:
                os.fchmod(fd, mode)
                if callable(content):
                    content(fd)
                else:
                    data = content.encode("utf-8") if isinstance(content, str) else content
                    view = memoryview(data)
                    while view:
                        view = view[os.write(fd, view) :]
            finally:
                os.close(fd)
    except BaseException as exc:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            target = path.parent if not path.parent.is_dir() else path
            raise ResultsError(f"Cannot write {target}: {exc.strerror}.") from None
        raise
    for tmp, path in temps:
        tmp.replace(path)
