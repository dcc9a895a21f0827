"""Combining the results of shards (``pmcourse grade --shard K/N``) into one results file.

Shards are large (a thousand learners is some 28 MB of JSON), so merging never
rebuilds the notebooks. Each shard is decoded once into just the fields merging
needs (msgspec checks the rest as JSON and skips it), checked, and the bytes of
its notebooks are copied into the merged file as they were written: no copy in
memory, one pass to the output. A shard in another layout than the grader's (an
edited file) is decoded in full and its notebooks written out in the grader's.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from .._errors import ResultsError
from .io import check_data

__all__ = ["Merged", "merge_results", "sort_key"]


def sort_key(learner: str | None, path: str) -> tuple[str, str]:
    """The order of notebooks in merged results, and in one run over learner folders."""
    return (learner or "", path)


@dataclass
class Merged:
    chunks: list[bytes | memoryview]  # the merged results JSON (UTF-8), in order
    learners: int
    notebooks: int

    @property
    def content(self) -> bytes:
        return b"".join(self.chunks)

    def data(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.content)
        return result


class _Notebook(msgspec.Struct, gc=False):
    """What merging reads of a notebook. Typed ``Any``: ``check_data`` judges the values."""

    path: Any = None
    learner: Any = None
    status: Any = None
    score: Any = 0.0
    max_score: Any = 0.0
    seconds: Any = 0.0


class _Shard(msgspec.Struct, gc=False):
    notebooks: list[_Notebook]
    schema: Any = None
    pmcourse: Any = None
    tasks_fingerprint: Any = None
    sandbox: Any = None
    interrupted: Any = False


_SHARD = msgspec.json.Decoder(_Shard)


Entry = tuple[str | None, str, memoryview]  # learner, path, the notebook's members as JSON


# How ``pmcourse grade`` lays out its results (``json.dumps(..., indent=2)``): the
# notebooks list comes last, and its objects are separated thus. Merged files keep it.
_OPEN = b',\n  "notebooks": [\n    {\n'
_SEPARATOR = b"\n    },\n    {\n"
_CLOSE = b"\n    }\n  ]\n}"
_PATH = b'      "path": '


def _members_as_written(raw: bytes, paths: list[str]) -> list[memoryview] | None:
    """Each notebook's members (the text inside its braces), cut where the grader's layout
    separates them, without a copy; or None for any other layout (an edited file).

    A raw line break never occurs inside a JSON string, so in valid JSON these
    separators are only ever between notebooks; each piece must also open with
    the path that the decoder read for that notebook.
    """
    start = raw.find(_OPEN)
    end = raw.rfind(_CLOSE)
    if not paths or start < 0 or end < start or raw[end + len(_CLOSE) :].strip():
        return None
    view = memoryview(raw)
    members = []
    at = start + len(_OPEN)
    last = len(paths) - 1
    for i, path in enumerate(paths):
        stop = raw.find(_SEPARATOR, at, end)
        if (stop < 0) != (i == last):  # fewer pieces than notebooks, or more
            return None
        if i == last:
            stop = end
        if not raw.startswith(_PATH + msgspec.json.encode(path), at):
            return None
        members.append(view[at:stop])
        at = stop + len(_SEPARATOR)
    return members


def _members_rewritten(raw: bytes) -> list[memoryview]:
    """For any other layout: each notebook decoded and written out as the grader lays it out."""
    notebooks = json.loads(raw)["notebooks"]
    members = []
    for nb in notebooks:
        text = json.dumps(nb, indent=2, ensure_ascii=False)  # "{\n  members\n}"
        members.append(memoryview(("    " + text[2:-2].replace("\n", "\n    ")).encode("utf-8")))
    return members


def _check_utf8(raw: bytes, chunk: int = 1 << 20) -> None:
    """Raise UnicodeDecodeError unless ``raw`` is UTF-8, a chunk at a time (no copy of it all)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    for start in range(0, len(raw), chunk):
        decoder.decode(view[start : start + chunk])
    decoder.decode(b"", final=True)


def _read(path: Path) -> tuple[_Shard, list[Entry]]:
    """A shard's top-level fields and, per notebook, what merging needs; one-line errors."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ResultsError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        _check_utf8(raw)  # the decoder does not look inside the strings it skips
    except UnicodeDecodeError:
        raise ResultsError(f"{path} is not UTF-8 JSON: not a results file.") from None
    try:
        shard = _SHARD.decode(raw)
    except msgspec.ValidationError as exc:
        # Complete JSON, not shaped like results: the full reader says what is wrong.
        check_data(json.loads(raw), str(path), tasks=False)
        raise ResultsError(f"{path}: a notebook is damaged ({exc}).") from None
    except msgspec.DecodeError:
        raise ResultsError(
            f"{path} is not complete JSON: truncated or not a results file."
        ) from None
    # The notebooks' shape, with the messages of every results reader; their tasks
    # are checked by whatever reads the merged file.
    light = [msgspec.structs.asdict(nb) for nb in shard.notebooks]
    check_data({"schema": shard.schema, "notebooks": light}, str(path), tasks=False)
    paths = [nb.path for nb in shard.notebooks]
    members = _members_as_written(raw, paths) or _members_rewritten(raw)
    if len(members) != len(paths):  # pragma: no cover - both readers saw one JSON text
        raise ResultsError(f"{path} is not a results file.")
    entries = [(nb.learner, nb.path, m) for nb, m in zip(shard.notebooks, members, strict=True)]
    return shard, entries


def merge_results(paths: Sequence[Path]) -> Merged:
    """One results file from shards: same task set and version, no learner in two shards.

    Notebooks come out ordered by learner, then path: the order of one
    ``pmcourse grade`` run over the whole submissions folder.
    """
    if not paths:
        raise ResultsError("Nothing to merge: name the shard results files.")
    with _no_cyclic_gc():
        return _merge(paths)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Merging makes a million objects and no cycles: the cyclic collector would only
    walk them again and again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _merge(paths: Sequence[Path]) -> Merged:
    owner: dict[str, Path] = {}
    pieces: list[tuple[tuple[str, str], memoryview]] = []
    first: _Shard | None = None
    first_path = paths[0]
    score = max_score = 0.0
    interrupted = False
    sandboxes: set[object] = set()
    for path in paths:
        shard, entries = _read(path)
        if first is None:
            first = shard
        for field, what in (("pmcourse", "pmcourse"), ("tasks_fingerprint", "task set")):
            if getattr(shard, field) != getattr(first, field):
                raise ResultsError(
                    f"{path} and {first_path} differ in {what} ({getattr(shard, field)} and "
                    f"{getattr(first, field)}): grade every shard with the same pmcourse."
                )
        mine: set[str] = set()
        for learner, nb_path, members in entries:
            mine.add(learner if learner is not None else nb_path)
            pieces.append((sort_key(learner, nb_path), members))
        for nb in shard.notebooks:
            score += nb.score
            max_score += nb.max_score
        for key in sorted(mine):
            if key in owner:
                raise ResultsError(
                    f"Learner {key!r} is in both {owner[key]} and {path}: shards must not "
                    "overlap (was one shard given twice?)."
                )
            owner[key] = path
        interrupted = interrupted or bool(shard.interrupted)
        sandboxes.add(shard.sandbox)
    assert first is not None
    pieces.sort(key=lambda p: p[0])
    head = {
        "schema": first.schema,
        "pmcourse": first.pmcourse,
        "tasks_fingerprint": first.tasks_fingerprint,
        "sandbox": sandboxes.pop() if len(sandboxes) == 1 else "mixed",
        "score": round(score, 2),
        "max_score": max_score,
        "interrupted": interrupted,
    }
    opening = json.dumps(head, indent=2, ensure_ascii=False)[:-2].encode("utf-8")
    if not pieces:
        return Merged([opening, b',\n  "notebooks": []\n}\n'], 0, 0)
    chunks: list[bytes | memoryview] = [opening, _OPEN]
    for i, (_key, members) in enumerate(pieces):
        if i:
            chunks.append(_SEPARATOR)
        chunks.append(members)
    chunks.append(_CLOSE + b"\n")
    return Merged(chunks, len(owner), len(pieces))
