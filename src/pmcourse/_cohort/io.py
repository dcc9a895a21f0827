"""Reading results files and writing outputs: one-line errors in, nothing half-written out."""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, NotRequired, TypedDict

from .._batch import NOTEBOOK_STATUSES, SCHEMA, BatchResult, NotebookStatus
from .._errors import ResultsError
from .._results import STATUSES

__all__ = [
    "as_data",
    "check_data",
    "load_data",
    "load_results",
    "no_cyclic_gc",
    "write_atomic",
    "write_many",
]

Data = dict[str, Any]


def as_data(batch: BatchResult | Data) -> Data:
    """Results as plain data (what the JSON holds): the form the cohort layer aggregates."""
    return batch.to_dict() if isinstance(batch, BatchResult) else batch


def _check_plain(data: Data, source: str, *, tasks: bool = True) -> None:
    """What ``BatchResult.from_dict`` checks, on the plain data, without building objects."""
    try:
        for i, nb in enumerate(data["notebooks"]):
            where = f"{source}: notebook {i + 1} is damaged"
            if not isinstance(nb, dict) or not isinstance(nb.get("path"), str):
                raise ResultsError(f"{where}: no path.")
            if nb.get("status") not in NOTEBOOK_STATUSES:
                raise ResultsError(f"{where}: unknown status {nb.get('status')!r}.")
            learner = nb.get("learner")
            if learner is not None and not isinstance(learner, str):
                raise ResultsError(f"{where}: learner is not text.")
            for field in ("seconds", "score", "max_score"):
                if not isinstance(nb.get(field, 0.0), int | float):
                    raise ResultsError(f"{where}: {field} is not a number.")
            for t in nb.get("tasks", ()) if tasks else ():
                if (
                    t["status"] not in STATUSES
                    or not isinstance(t["score"], int | float)
                    or not isinstance(t["max_score"], int | float)
                    or not isinstance(t["id"], str)
                    or not isinstance(t["feedback"], str)
                ):
                    raise ResultsError(f"{where}: task {t.get('id')!r} is not a task result.")
    except (KeyError, TypeError, AttributeError) as exc:
        raise ResultsError(
            f"{source}: a notebook is damaged ({type(exc).__name__}: {exc})."
        ) from None


def load_data(path: Path, *, check_tasks: bool = True, counts_only: bool = False) -> Data:
    """A results file as checked plain data; the one-line errors of :func:`load_results`.

    ``counts_only``: only what the report and the gradebook read (no task titles,
    hints, links or notes): a third less to decode and to hold for a large cohort.
    """
    raw = _read_bytes(path)
    data = _decode_checked(raw, counts_only)  # the fast path, for a sound file
    if data is None or data.get("schema") != SCHEMA:
        data = check_data(_parse(raw, path), str(path))  # says exactly what is wrong
    if check_tasks:
        _check_tasks(path, data.get("pmcourse"), data.get("tasks_fingerprint"))
    return data


def check_data(data: object, source: str, *, tasks: bool = True) -> Data:
    """Plain results data checked as ``BatchResult.from_dict`` would, with its messages."""
    if not isinstance(data, dict) or not isinstance(data.get("notebooks"), list):
        BatchResult.from_dict(data, source=source)  # raises its own one-line error
        raise ResultsError(f"{source} is not a pmcourse results file.")  # pragma: no cover
    if data.get("schema") != SCHEMA:
        BatchResult.from_dict({"notebooks": [], "schema": data.get("schema")}, source=source)
    _check_plain(data, source, tasks=tasks)
    return data


def _check_tasks(path: Path, version: object, tasks: object) -> None:
    from .. import __version__
    from .._tasks import fingerprint

    if tasks != fingerprint():
        raise ResultsError(
            f"{path} was graded by pmcourse {version} against another task set "
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


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ResultsError(f"Cannot read {path}: {exc.strerror}.") from None


def _read_json(path: Path) -> object:
    return _parse(_read_bytes(path), path)


def _parse(raw: bytes, path: Path) -> object:
    import msgspec

    with contextlib.suppress(msgspec.DecodeError), no_cyclic_gc():
        # The same values as json.loads, in a third of the time; anything it refuses
        # (damage, or what only Python's json accepts, such as NaN) goes to json.loads.
        return msgspec.json.decode(raw)
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "its bytes"
        raise ResultsError(
            f"{path} is not complete JSON ({where}): truncated or not a results file."
        ) from None
    return data


# The shape of a results file, as msgspec checks it while it decodes: the checks of
# check_data, at C speed. TypedDicts decode to plain dicts, the same data as
# json.loads gives; every field the grader writes is named, so none is dropped.
_TaskStatus = Literal[
    "pass", "fail", "review", "error", "not attempted"
]  # STATUSES (a test compares)


class _NotebookData(TypedDict):
    path: str
    learner: NotRequired[str | None]
    status: NotebookStatus
    error: NotRequired[str | None]
    notes: NotRequired[list[str]]
    score: NotRequired[int | float]
    max_score: NotRequired[int | float]
    seconds: NotRequired[int | float]
    launch: NotRequired[str | None]
    solution_first: NotRequired[list[str]]
    tasks: NotRequired[list[_TaskData]]


class _ResultsData(TypedDict):
    notebooks: list[_NotebookData]
    schema: NotRequired[Any]
    pmcourse: NotRequired[Any]
    tasks_fingerprint: NotRequired[Any]
    sandbox: NotRequired[Any]
    score: NotRequired[Any]
    max_score: NotRequired[Any]
    interrupted: NotRequired[Any]


# What the report and the gradebook read: the fields above they aggregate.
class _TaskCounts(TypedDict):
    id: str
    status: _TaskStatus
    score: int | float
    max_score: int | float
    feedback: str


class _TaskData(_TaskCounts):
    title: NotRequired[str]
    hint: NotRequired[str | None]
    link: NotRequired[str | None]


class _NotebookCounts(TypedDict):
    path: str
    learner: NotRequired[str | None]
    status: NotebookStatus
    error: NotRequired[str | None]
    score: NotRequired[int | float]
    max_score: NotRequired[int | float]
    seconds: NotRequired[int | float]
    solution_first: NotRequired[list[str]]
    tasks: NotRequired[list[_TaskCounts]]


class _ResultsCounts(TypedDict):
    notebooks: list[_NotebookCounts]
    schema: NotRequired[Any]
    pmcourse: NotRequired[Any]
    tasks_fingerprint: NotRequired[Any]
    sandbox: NotRequired[Any]
    interrupted: NotRequired[Any]


@functools.cache
def _results_decoder(counts_only: bool) -> Any:
    import msgspec

    return msgspec.json.Decoder(_ResultsCounts if counts_only else _ResultsData)


def _decode_checked(raw: bytes, counts_only: bool = False) -> Data | None:
    """Results decoded and checked at C speed; None when anything is off (or unusual)."""
    import msgspec

    with no_cyclic_gc():
        try:
            data: Data = _results_decoder(counts_only).decode(raw)
        except msgspec.DecodeError:  # ValidationError too
            return None
    return data


def load_results(path: Path, *, check_tasks: bool = True) -> BatchResult:
    """A results file written by ``pmcourse grade --format json`` (or ``merge``).

    Raises :class:`ResultsError` with one line for a missing, truncated, foreign
    or other-version file, and (with ``check_tasks``) for results graded against
    another task set than the installed one.
    """
    batch = BatchResult.from_dict(_read_json(path), source=str(path))
    if check_tasks:
        _check_tasks(path, batch.version, batch.fingerprint)
    return batch


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all (a temporary file renamed over it)."""
    write_many({path: text})


def write_many(files: Mapping[Path, str]) -> None:
    """Write several files; each appears whole, and none does if any cannot be written."""
    temps: list[tuple[Path, Path]] = []
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        for path, text in files.items():
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps.append((Path(name), path))
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            Path(name).chmod(0o666 & ~umask)  # as an ordinary file: readable by others
    except OSError as exc:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        target = path.parent if not path.parent.is_dir() else path
        raise ResultsError(f"Cannot write {target}: {exc.strerror}.") from None
    for tmp, path in temps:
        tmp.replace(path)
