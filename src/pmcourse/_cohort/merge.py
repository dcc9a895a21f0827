"""Combining the results of shards (``pmcourse grade --shard K/N``) into one results file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .._batch import BatchResult
from .._errors import ResultsError
from .io import load_results
from .review import learner_key

__all__ = ["merge_results", "sort_key"]


def sort_key(nb_learner: str | None, path: str) -> tuple[str, str]:
    return (nb_learner or "", path)


def merge_results(paths: Sequence[Path]) -> BatchResult:
    """One results file from shards: same task set and version, no learner in two shards.

    Notebooks come out ordered by learner, then path: the order one
    ``pmcourse grade`` run over the whole submissions folder gives.
    """
    if not paths:
        raise ResultsError("Nothing to merge: name the shard results files.")
    shards = [(p, load_results(p, check_tasks=False)) for p in paths]
    first_path, first = shards[0]
    owner: dict[str, Path] = {}
    for path, shard in shards:
        if shard.fingerprint != first.fingerprint or shard.version != first.version:
            raise ResultsError(
                f"{path} was graded by pmcourse {shard.version} (tasks {shard.fingerprint}), "
                f"{first_path} by pmcourse {first.version} (tasks {first.fingerprint}): "
                "grade every shard with the same version."
            )
        mine = {learner_key(nb) for nb in shard.notebooks}
        for learner in sorted(mine):
            if learner in owner:
                raise ResultsError(
                    f"Learner {learner!r} is in both {owner[learner]} and {path}: "
                    "shards must not overlap (was one shard given twice?)."
                )
            owner[learner] = path
    notebooks = [nb for _, shard in shards for nb in shard.notebooks]
    notebooks.sort(key=lambda nb: sort_key(nb.learner, nb.path))
    sandboxes = {s.sandbox for _, s in shards}
    return BatchResult(
        notebooks,
        interrupted=any(s.interrupted for _, s in shards),
        sandbox=sandboxes.pop() if len(sandboxes) == 1 else "mixed",
        version=first.version,
        fingerprint=first.fingerprint,
    )
