"""Reading results files and writing outputs: one-line errors in, nothing half-written out."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .._batch import BatchResult
from .._errors import ResultsError

__all__ = ["load_results", "write_atomic", "write_many"]


def load_results(path: Path, *, check_tasks: bool = True) -> BatchResult:
    """A results file written by ``pmcourse grade --format json`` (or ``merge``).

    Raises :class:`ResultsError` with one line for a missing, truncated, foreign
    or other-version file, and (with ``check_tasks``) for results graded against
    another task set than the installed one.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ResultsError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "its bytes"
        raise ResultsError(
            f"{path} is not complete JSON ({where}): truncated or not a results file."
        ) from None
    batch = BatchResult.from_dict(data, source=str(path))
    if check_tasks:
        from .. import __version__
        from .._tasks import fingerprint

        if batch.fingerprint != fingerprint():
            raise ResultsError(
                f"{path} was graded by pmcourse {batch.version} against another task set "
                f"(fingerprint {batch.fingerprint}, this pmcourse {__version__} has "
                f"{fingerprint()}): use that version, or grade again."
            )
    return batch


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all (a temporary file renamed over it)."""
    write_many({path: text})


def write_many(files: Mapping[Path, str]) -> None:
    """Write several files; each appears whole, and none does if any cannot be written."""
    temps: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps.append((Path(name), path))
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
    except OSError as exc:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        target = path.parent if not path.parent.is_dir() else path
        raise ResultsError(f"Cannot write {target}: {exc.strerror}.") from None
    for tmp, path in temps:
        tmp.replace(path)
