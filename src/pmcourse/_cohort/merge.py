"""Combining the results of shards (``pmcourse grade --shard K/N``) into one results file.

Shards are large (a thousand learners is some 28 MB of JSON), so merging never
rebuilds the notebooks and never holds them all in memory:

1. each shard is read once, into one reused buffer, and checked: UTF-8, and
   complete JSON shaped like results. msgspec decodes only the fields merging
   needs (:class:`~pmcourse._schema.BatchSummary`) and checks the rest (the
   tasks) as JSON without building it;
2. each notebook is found as a byte range of its shard, cut where the grader's
   own layout separates notebooks;
3. the merged file is written from those ranges, in learner order, copied from
   the shards by the operating system (``copy_file_range``); one learner's
   notebooks, next to each other in their shard, go as one range.

A shard laid out otherwise (an edited or re-indented file) is decoded in full,
and its notebooks are written out in the grader's layout. A shard that changes
while it is merged is refused.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from .._errors import ResultsError
from .._schema import SCHEMA, BatchResult, BatchSummary, decode, encode, sort_key
from .io import no_cyclic_gc

__all__ = ["Merged", "merge_results"]


# How ``pmcourse grade`` lays out its results (``_schema.encode``, as ``json.dumps(indent=2)``): the
# notebooks list comes last, and its objects are separated thus. Merged files keep it.
_OPEN = b',\n  "notebooks": [\n    {\n'
_SEPARATOR = b"\n    },\n    {\n"
_CLOSE = b"\n    }\n  ]\n}"
_PATH = b'      "path": '

Range = tuple[int, int, int]  # shard number, start, end: a notebook's members in its shard
Members = Range | bytes  # or the members themselves, rewritten in the grader's layout


@dataclass(frozen=True)
class _Source:
    path: Path
    stat: tuple[int, int, int, int]  # device, inode, size, mtime: to notice a change


@dataclass
class Merged:
    """The merged results: its header, and where each notebook's text is to be copied from."""

    head: bytes
    layout: list[Range | bytes]  # what the file holds after ``head``, in order
    sources: list[_Source]
    learners: int
    notebooks: int
    _fds: dict[int, int] = field(default_factory=dict, repr=False)

    def write(self, fd: int) -> None:
        """Write the merged JSON to the open file ``fd``; raise ResultsError if a shard changed."""
        try:
            _write_all(fd, self.head)
            for item in self.layout:
                if isinstance(item, bytes):
                    _write_all(fd, item)
                else:
                    _copy(self._open(item[0]), fd, item[1], item[2] - item[1])
            self._check_unchanged()
        finally:
            self.close()

    @property
    def content(self) -> bytes:
        """The merged JSON, in memory (for standard output and the tests)."""
        try:
            parts = [self.head]
            for item in self.layout:
                if isinstance(item, bytes):
                    parts.append(item)
                else:
                    parts.append(os.pread(self._open(item[0]), item[2] - item[1], item[1]))
            self._check_unchanged()
            return b"".join(parts)
        finally:
            self.close()

    def _check_unchanged(self) -> None:
        """Raise ResultsError if a shard changed while its bytes were being copied."""
        for number, opened in self._fds.items():
            if _stat(os.fstat(opened)) != self.sources[number].stat:
                path = self.sources[number].path
                raise ResultsError(f"{path} changed while it was being merged: merge again.")

    def data(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.content)
        return result

    def _open(self, number: int) -> int:
        fd = self._fds.get(number)
        if fd is not None:
            return fd
        source = self.sources[number]
        try:
            fd = os.open(source.path, os.O_RDONLY)
        except OSError as exc:
            if exc.errno != errno.EMFILE or not self._fds:
                raise ResultsError(f"Cannot read {source.path}: {exc.strerror}.") from None
            self.close()  # a thousand shards: keep fewer open at once
            return self._open(number)
        self._fds[number] = fd
        if _stat(os.fstat(fd)) != source.stat:
            raise ResultsError(f"{source.path} changed while it was being merged: merge again.")
        return fd

    def close(self) -> None:
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()


def _stat(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy(src: int, dst: int, offset: int, count: int) -> None:
    """Copy ``count`` bytes of ``src`` from ``offset`` to the end of ``dst``."""
    while count > 0:
        n = 0
        if _COPY_FILE_RANGE[0]:
            try:
                n = os.copy_file_range(src, dst, count, offset)
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
                    raise
                _COPY_FILE_RANGE[0] = False  # not between these files: copy through memory
        if not n:
            data = os.pread(src, min(count, 1 << 22), offset)
            if not data:
                raise ResultsError("A shard became shorter while it was being merged.")
            _write_all(dst, data)
            n = len(data)
        offset += n
        count -= n


# Linux copies between files in the kernel; elsewhere, or where it refuses, through memory.
_COPY_FILE_RANGE = [hasattr(os, "copy_file_range")]


def _ranges_as_written(buf: memoryview, number: int, paths: list[str]) -> list[Members] | None:
    """Each notebook's members (the text inside its braces) as a byte range, cut where the
    grader's layout separates them; or None for any other layout (an edited file).

    A raw line break never occurs inside a JSON string, so in valid JSON these
    separators are only ever between notebooks; each piece must also open with
    the path that the decoder read for that notebook.
    """
    raw = buf.obj  # the bytearray behind the view: find() with bounds, no copies
    assert isinstance(raw, bytearray)
    size = len(buf)
    start = raw.find(_OPEN, 0, size)
    end = raw.rfind(_CLOSE, 0, size)
    if not paths or start < 0 or end < start or bytes(buf[end + len(_CLOSE) :]).strip():
        return None
    ranges: list[Members] = []
    at = start + len(_OPEN)
    last = len(paths) - 1
    for i, path in enumerate(paths):
        stop = raw.find(_SEPARATOR, at, end)
        if (stop < 0) != (i == last):  # fewer pieces than notebooks, or more
            return None
        if i == last:
            stop = end
        if not raw.startswith(_PATH + msgspec.json.encode(path), at, stop):
            return None
        ranges.append((number, at, stop))
        at = stop + len(_SEPARATOR)
    return ranges


def _members_rewritten(buf: memoryview) -> list[Members]:
    """For any other layout: each notebook decoded and written out as the grader lays it out."""
    members: list[Members] = []
    for nb in json.loads(bytes(buf))["notebooks"]:
        text = json.dumps(nb, indent=2, ensure_ascii=False)  # "{\n  members\n}"
        members.append(("    " + text[2:-2].replace("\n", "\n    ")).encode("utf-8"))
    return members


def _check_utf8(buf: memoryview, chunk: int = 1 << 20) -> None:
    """Raise UnicodeDecodeError unless ``buf`` is UTF-8, a chunk at a time (no copy of it all)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for start in range(0, len(buf), chunk):
        decoder.decode(buf[start : start + chunk])
    decoder.decode(b"", final=True)


class _Reader:
    """Reads shards one after another into one buffer, reused (no fresh memory per shard)."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def read(self, path: Path, number: int) -> tuple[BatchSummary, list[Members], _Source]:
        """A shard's fields and its notebooks' members; one-line errors for a bad file."""
        try:
            with path.open("rb") as fh:
                st = os.fstat(fh.fileno())
                if len(self._buf) < st.st_size + 1:
                    self._buf = bytearray(st.st_size + 1)
                size = fh.readinto(self._buf)
                if size != st.st_size:  # pragma: no cover - written to while we read it
                    raise ResultsError(f"{path} changed while it was being read: merge again.")
        except OSError as exc:
            raise ResultsError(f"Cannot read {path}: {exc.strerror}.") from None
        with memoryview(self._buf) as whole:
            buf = whole[:size]
            try:
                return (*self._parse(path, buf, number), _Source(path, _stat(st)))
            finally:
                buf.release()

    @staticmethod
    def _parse(path: Path, buf: memoryview, number: int) -> tuple[BatchSummary, list[Members]]:
        try:
            _check_utf8(buf)  # the decoder does not look inside the strings it skips
        except UnicodeDecodeError:
            raise ResultsError(f"{path} is not UTF-8 JSON: not a results file.") from None
        shard = decode(buf, str(path), BatchSummary)
        # The notebooks' tasks are checked by whatever reads the merged file.
        paths = [nb.path for nb in shard.notebooks]
        members = _ranges_as_written(buf, number, paths) or _members_rewritten(buf)
        return shard, members


def merge_results(paths: Sequence[Path]) -> Merged:
    """One results file from shards: same task set and version, no learner in two shards.

    Notebooks come out ordered by learner, then path: the order of one
    ``pmcourse grade`` run over the whole submissions folder. Nothing is written
    here: :meth:`Merged.write` copies the notebooks from the shards.
    """
    if not paths:
        raise ResultsError("Nothing to merge: name the shard results files.")
    with no_cyclic_gc():
        return _merge(paths)


def _merge(paths: Sequence[Path]) -> Merged:
    reader = _Reader()
    owner: dict[str, Path] = {}
    pieces: list[tuple[tuple[str, str], Members]] = []
    sources: list[_Source] = []
    first: BatchSummary | None = None
    score = max_score = 0.0
    interrupted = False
    sandboxes: set[str | None] = set()
    for number, path in enumerate(paths):
        shard, members, source = reader.read(path, number)
        sources.append(source)
        if first is None:
            first = shard
        for name, what in (("pmcourse", "pmcourse"), ("tasks_fingerprint", "task set")):
            if getattr(shard, name) != getattr(first, name):
                raise ResultsError(
                    f"{path} and {paths[0]} differ in {what} ({getattr(shard, name)} and "
                    f"{getattr(first, name)}): grade every shard with the same pmcourse."
                )
        mine: set[str] = set()
        for nb, member in zip(shard.notebooks, members, strict=True):
            mine.add(nb.learner if nb.learner is not None else nb.path)
            pieces.append((sort_key(nb.learner, nb.path), member))
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
    head = BatchResult(
        schema=SCHEMA,  # a schema-2 shard's notebooks are schema-3 notebooks as they are
        pmcourse=first.pmcourse,
        tasks_fingerprint=first.tasks_fingerprint,
        sandbox=sandboxes.pop() if len(sandboxes) == 1 else "mixed",
        exercises=first.exercises,
        interrupted=interrupted,
        notebooks=[],
    )
    head.score, head.max_score = round(score, 2), max_score
    opening = encode(head).rsplit(b',\n  "notebooks": []', 1)[0]
    if not pieces:
        return Merged(opening, [b',\n  "notebooks": []\n}\n'], sources, 0, 0)
    return Merged(
        opening,
        [_OPEN, *_layout([m for _, m in pieces]), _CLOSE + b"\n"],
        sources,
        len(owner),
        len(pieces),
    )


def _layout(members: list[Members]) -> list[Range | bytes]:
    """The notebooks, separated; neighbours in one shard become one range with their separator."""
    out: list[Range | bytes] = []
    run: Range | None = None
    for item in members:
        if isinstance(item, bytes):
            if run is not None:
                out += [run, _SEPARATOR]
                run = None
            out += [item, _SEPARATOR]
            continue
        if run is not None and item[0] == run[0] and item[1] == run[2] + len(_SEPARATOR):
            run = (run[0], run[1], item[2])  # the next notebook of the same shard
            continue
        if run is not None:
            out += [run, _SEPARATOR]
        run = item
    if run is not None:
        out.append(run)
    else:
        out.pop()  # the separator after the last notebook
    return out
