"""Combining the results of shards (``pmcourse grade --shard K/N``) into one results file.

Shards are large (a thousand learners is some 17 MB of JSON), so merging never
rebuilds the notebooks: each shard is parsed once, checked, and the text of its
notebooks is copied into the merged file as it was.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import ResultsError
from .io import check_data

__all__ = ["Merged", "merge_results", "sort_key"]

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")


def sort_key(learner: str | None, path: str) -> tuple[str, str]:
    """The order of notebooks in merged results, and in one run over learner folders."""
    return (learner or "", path)


@dataclass
class Merged:
    text: str  # the merged results JSON
    learners: int
    notebooks: int

    def data(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.text)
        return result


class _Truncated(Exception):
    pass


def _skip(text: str, idx: int) -> int:
    """The index after any whitespace at ``idx``."""
    m = _WS.match(text, idx)
    return m.end() if m else idx


def _expect(text: str, idx: int, char: str) -> int:
    if text[idx : idx + 1] != char:
        raise _Truncated
    return _skip(text, idx + 1)


def _scan(text: str) -> tuple[dict[str, Any], list[tuple[int, int]]]:
    """The top-level fields, the notebooks and each notebook's span of text."""
    header: dict[str, Any] = {}
    notebooks: list[Any] = []
    spans: list[tuple[int, int]] = []
    idx = _expect(text, _skip(text, 0), "{")
    while text[idx : idx + 1] != "}":
        key, idx = json.decoder.scanstring(text, idx + 1)  # type: ignore[attr-defined]
        idx = _expect(text, _skip(text, idx), ":")
        if key == "notebooks" and text[idx : idx + 1] == "[":
            idx = _expect(text, idx, "[")
            while text[idx : idx + 1] != "]":
                value, end = _DECODER.raw_decode(text, idx)
                notebooks.append(value)
                spans.append((idx, end))
                idx = _skip(text, end)
                if text[idx : idx + 1] == ",":
                    idx = _skip(text, idx + 1)
                elif text[idx : idx + 1] != "]":
                    raise _Truncated
            header[key] = notebooks
            idx = _skip(text, idx + 1)
        else:
            header[key], idx = _DECODER.raw_decode(text, idx)
            idx = _skip(text, idx)
        if text[idx : idx + 1] == ",":
            idx = _skip(text, idx + 1)
        elif text[idx : idx + 1] != "}":
            raise _Truncated
    if text[idx + 1 :].strip():
        raise _Truncated
    return header, spans


Entry = tuple[str | None, str, float, float, str]  # learner, path, score, max, its JSON text


# How ``pmcourse grade`` lays out its results (``json.dumps(..., indent=2)``): the
# notebooks list opens after the header fields, and its items are separated thus.
_OPEN = ',\n  "notebooks": [\n    {\n'
_SEPARATOR = "\n    },\n    {\n"
_CLOSE = "\n    }\n  ]\n}"


def _spans_as_written(text: str, count: int) -> list[str] | None:
    """Each notebook's text, cut where the grader's own layout separates them; or None.

    Cheap (a split, no parsing). Anything laid out otherwise (an edited or a
    re-indented file) returns None, and the careful scanner takes over.
    """
    start = text.find(_OPEN)
    end = text.rfind(_CLOSE)
    if start < 0 or end < start:
        return None
    inner = text[start + len(_OPEN) : end]
    pieces = inner.split(_SEPARATOR)
    if len(pieces) != count:
        return None
    # As the careful scanner cuts them: from the opening brace to the closing one.
    return ["{\n" + piece + "\n    }" for piece in pieces]


def _read(path: Path) -> tuple[dict[str, Any], list[Entry]]:
    """A shard's top-level fields and, per notebook, what merging needs; one-line errors."""
    with _no_cyclic_gc():
        return _read_shard(path)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Parsing makes millions of objects and no cycles: the cyclic collector only slows it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _read_shard(path: Path) -> tuple[dict[str, Any], list[Entry]]:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ResultsError(f"Cannot read {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise ResultsError(f"{path} is not UTF-8 JSON: not a results file.") from None
    try:
        header = json.loads(text)  # the whole file at C speed: it is complete JSON
    except json.JSONDecodeError:
        raise ResultsError(
            f"{path} is not complete JSON: truncated or not a results file."
        ) from None
    # The notebooks' shape; their tasks are checked by whatever reads the merged file.
    check_data(header, str(path), tasks=False)
    notebooks = header.pop("notebooks")
    texts = _spans_as_written(text, len(notebooks))
    if texts is None or any(
        f'"path": {json.dumps(nb["path"], ensure_ascii=False)}' not in piece
        for nb, piece in zip(notebooks, texts, strict=True)
    ):
        try:
            _scanned, spans = _scan(text)
        except (_Truncated, json.JSONDecodeError, IndexError, ValueError):
            raise ResultsError(
                f"{path} is not complete JSON: truncated or not a results file."
            ) from None
        texts = [text[a:b] for a, b in spans]
    entries = [
        (nb.get("learner"), nb["path"], nb.get("score", 0.0), nb.get("max_score", 0.0), t)
        for nb, t in zip(notebooks, texts, strict=True)
    ]
    return header, entries


def _read_all(paths: Sequence[Path]) -> list[tuple[dict[str, Any], list[Entry]]]:
    """Every shard read, in parallel processes when there is enough to gain (over 64 MB)."""
    try:
        size = sum(p.stat().st_size for p in paths)
    except OSError:
        size = 0
    workers = min(len(paths), os.cpu_count() or 1)
    if workers < 2 or size < 64 * 2**20:
        return [_read(p) for p in paths]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn: never fork a process that may hold threads
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            return list(pool.map(_read, paths))
    except BrokenProcessPool:
        # Spawned workers re-import the caller's main module; where that cannot be
        # done (code fed on standard input, some embedders), read one by one.
        return [_read(p) for p in paths]


def merge_results(paths: Sequence[Path]) -> Merged:
    """One results file from shards: same task set and version, no learner in two shards.

    Notebooks come out ordered by learner, then path: the order of one
    ``pmcourse grade`` run over the whole submissions folder.
    """
    if not paths:
        raise ResultsError("Nothing to merge: name the shard results files.")
    with _no_cyclic_gc():
        return _merge(paths)


def _merge(paths: Sequence[Path]) -> Merged:
    owner: dict[str, Path] = {}
    pieces: list[tuple[tuple[str, str], str]] = []
    first: dict[str, Any] | None = None
    first_path = paths[0]
    score = max_score = 0.0
    interrupted = False
    sandboxes: set[object] = set()
    for path, (header, entries) in zip(paths, _read_all(paths), strict=True):
        if first is None:
            first = header
        for field, what in (("pmcourse", "pmcourse"), ("tasks_fingerprint", "task set")):
            if header.get(field) != first.get(field):
                raise ResultsError(
                    f"{path} and {first_path} differ in {what} ({header.get(field)} and "
                    f"{first.get(field)}): grade every shard with the same pmcourse."
                )
        mine: set[str] = set()
        for learner, nb_path, nb_score, nb_max, nb_text in entries:
            mine.add(learner if learner is not None else nb_path)
            pieces.append((sort_key(learner, nb_path), nb_text))
            score += nb_score
            max_score += nb_max
        for key in sorted(mine):
            if key in owner:
                raise ResultsError(
                    f"Learner {key!r} is in both {owner[key]} and {path}: shards must not "
                    "overlap (was one shard given twice?)."
                )
            owner[key] = path
        interrupted = interrupted or bool(header.get("interrupted"))
        sandboxes.add(header.get("sandbox"))
    assert first is not None
    pieces.sort(key=lambda p: p[0])
    head = {
        "schema": first.get("schema"),
        "pmcourse": first.get("pmcourse"),
        "tasks_fingerprint": first.get("tasks_fingerprint"),
        "sandbox": sandboxes.pop() if len(sandboxes) == 1 else "mixed",
        "score": round(score, 2),
        "max_score": max_score,
        "interrupted": interrupted,
    }
    opening = json.dumps(head, indent=2, ensure_ascii=False)[:-2]
    text = opening + ',\n  "notebooks": [\n' + ",\n".join(p for _, p in pieces) + "\n  ]\n}\n"
    return Merged(text, len(owner), len(pieces))
