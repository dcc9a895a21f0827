"""Discovery: the command line's paths turned into notebooks and learners, before any grading.

:func:`discover` is the one way notebooks are found, for one notebook and for a
cohort alike. Its rules:

- a folder is searched for ``*.ipynb`` at any depth, except inside hidden
  folders and files (any part of the path below the named folder that starts
  with ``.``: ``.ipynb_checkpoints``, ``.Trash``, ``.git``); a path named on the
  command line is taken as given, hidden or not;
- one file is graded once, however many of the given paths reach it;
- a path that does not exist, and a folder with no notebook, are kept with
  their reason, and graded as notebooks that could not be graded; when that is
  all there is, there is nothing to grade (a usage error).

Two ways to name learners:

Folders (the default)
    ``submissions/<learner>/*.ipynb``: every top-level folder of a folder named on
    the command line is one learner; notebooks in deeper folders belong to it too.
    Notebooks lying directly in the named folder have no learner.

File names (``--learner-pattern REGEX``)
    the regular expression is searched in each notebook's path relative to the
    named folder (for a flat download: its file name). Its named group
    ``learner`` (or else its first group) is the learner; an optional group ``id``
    is appended to it (``name_id``). Two presets cover the
    bulk downloads of learning platforms:

    ``canvas``  ``smithjane_12345_67890_01-title-vs-role.ipynb`` (also ``smithjane_LATE_…``)
                -> learner ``smithjane_12345``: Canvas's sortable name and user id.
    ``moodle``  ``Jane Smith_12345_assignsubmission_file_01-title-vs-role.ipynb``, as a
                file or as a folder ``Jane Smith_12345_assignsubmission_file_/``
                -> learner ``Jane Smith_12345``: full name and participant id.

    Names alone are not unique (two Jane Smiths), so both presets keep the id.

Two copies of one exercise
    A learner who handed in two notebooks of the same exercise (``06-….ipynb`` and
    ``06-… (1).ipynb`` or ``06-…-Copy1.ipynb``) is reported, and the better-named
    copy is graded: the one named exactly like the course's notebook (after the
    platform's prefix), else the one with the shortest name, else the first in
    alphabetical order. Browsers add `` (1)`` to repeated downloads and Jupyter
    adds ``-Copy1`` to duplicates, so the plain name is the copy the learner kept
    working in; file times are not used because platform downloads reset them.

``--shard K/N`` grades the learners whose name hashes to share K of N: stable
across runs and machines, independent of the other learners, never splitting one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import UsageError

__all__ = [
    "NO_NOTEBOOKS",
    "NO_SUCH_PATH",
    "PRESETS",
    "Discovery",
    "discover",
    "in_shard",
    "learner_regex",
    "parse_shard",
]

NO_SUCH_PATH = "No such file or folder."
NO_NOTEBOOKS = "This folder holds no notebooks (.ipynb files)."

PRESETS: dict[str, str] = {
    "canvas": r"^(?P<learner>[^_/]+)_(?:LATE_)?(?P<id>\d+)_\d+_",
    "moodle": r"^(?P<learner>[^/_]+)_(?P<id>\d+)_assign(?:submission|feedback)_[a-z]+_",
}

_EXERCISE_NUMBER = re.compile(r"(?<!\d)(\d{2})-")


def learner_regex(pattern: str) -> re.Pattern[str]:
    """The compiled ``--learner-pattern`` (or preset); a usage error when it cannot name a learner."""
    source = PRESETS.get(pattern, pattern)
    try:
        regex = re.compile(source)
    except re.error as exc:
        raise UsageError(
            f"--learner-pattern {pattern!r} is not a regular expression: {exc}."
        ) from None
    if "learner" not in regex.groupindex and regex.groups == 0:
        raise UsageError(
            f"--learner-pattern {pattern!r} has no group: mark the learner's part with "
            "(?P<learner>...) or parentheses."
        )
    return regex


def _learner_of(regex: re.Pattern[str], rel: str) -> str | None:
    m = regex.search(rel)
    if m is None:
        return None
    name = m.group("learner") if "learner" in regex.groupindex else m.group(1)
    if name is None:
        return None
    name = name.strip()
    if "id" in regex.groupindex and m.group("id"):
        name = f"{name}_{m.group('id')}"
    return name or None


def parse_shard(text: str) -> tuple[int, int]:
    """'2/4' -> (2, 4); K counts from 1."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        raise UsageError(f"--shard {text!r}: write K/N with 1 <= K <= N, like 1/4.")
    return int(m.group(1)), int(m.group(2))


def in_shard(learner: str, shard: tuple[int, int]) -> bool:
    """Whether this learner belongs to share K of N (stable: a hash of the name alone)."""
    k, n = shard
    digest = hashlib.sha256(learner.encode("utf-8", "surrogateescape")).digest()
    return int.from_bytes(digest[:8], "big") % n == k - 1


@dataclass
class Discovery:
    """What to grade, and for whom."""

    paths: list[Path] = field(default_factory=list)  # in grading order
    problems: dict[Path, str] = field(default_factory=dict)  # paths that cannot be graded: why
    learners: dict[Path, str] = field(default_factory=dict)
    notes: dict[Path, list[str]] = field(default_factory=dict)  # duplicate copies, per kept path
    duplicates: list[str] = field(default_factory=list)  # one line each, for the terminal

    @property
    def learner_names(self) -> list[str]:
        return sorted(set(self.learners.values()))


def _hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def _notebooks(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.rglob("*.ipynb") if not _hidden(p, folder))
    except OSError as exc:
        raise UsageError(f"Cannot read the folder {folder}: {exc.strerror}.") from None


def _exercise_key(name: str, stem_of: dict[str, str]) -> str | None:
    """The exercise a file name is for: a course notebook's stem in it, or its NN- number."""
    for number, stem in stem_of.items():
        if stem in name:
            return number
    m = _EXERCISE_NUMBER.search(name)
    return str(int(m.group(1))) if m else None


def _plainness(
    path: Path, rel: str, regex: re.Pattern[str] | None, stems: set[str]
) -> tuple[int, int, str]:
    """Sort key of copies: the course's own name first, then the shortest, then A-Z."""
    name = path.name
    m = regex.search(name) if regex is not None else None
    if m is not None:
        name = name[m.end() :]  # the platform's prefix is not part of the name
    stem = name.removesuffix(".ipynb")
    return (0 if stem in stems else 1, len(name), rel)


def _dedupe(
    learner: str | None,
    found: list[tuple[Path, str]],
    regex: re.Pattern[str] | None,
    out: Discovery,
) -> list[Path]:
    """One notebook per exercise for a learner: the better-named one; others reported."""
    if learner is None:
        return [p for p, _ in found]
    from .._tasks import all_exercises

    stem_of = {str(e.number): e.notebook.removesuffix(".ipynb") for e in all_exercises()}
    stems = set(stem_of.values())
    groups: dict[str, list[tuple[Path, str]]] = {}
    kept: list[Path] = []
    for path, rel in found:
        key = _exercise_key(path.name, stem_of)
        if key is None:
            kept.append(path)
        else:
            groups.setdefault(key, []).append((path, rel))
    for key, copies in groups.items():
        ranked = sorted(copies, key=lambda c: _plainness(c[0], c[1], regex, stems))
        best, others = ranked[0], ranked[1:]
        kept.append(best[0])
        for other in others:
            line = (
                f"Learner {learner} handed in two copies of exercise {key}: graded "
                f"{best[1]}, not {other[1]} (the better-named copy counts)."
            )
            out.notes.setdefault(best[0], []).append(line)
            out.duplicates.append(line)
    return sorted(kept)


def discover(
    paths: Sequence[Path],
    *,
    pattern: str | None = None,
    shard: tuple[int, int] | None = None,
) -> Discovery:
    """Find the notebooks under ``paths`` and their learners; raise UsageError on bad input.

    Raises for: a folder named with nothing to grade in it at all, a learner
    folder without notebooks, a notebook whose name does not match the
    pattern, and ``--shard`` with notebooks that have no learner.
    """
    regex = learner_regex(pattern) if pattern is not None else None
    out = Discovery()
    passthrough: list[Path] = []  # given paths the grader reports on itself
    for given in paths:
        try:
            is_dir = given.is_dir()
        except OSError:
            is_dir = False
        if not is_dir and not given.exists() and not given.is_symlink():
            out.problems[given] = NO_SUCH_PATH
            out.paths.append(given)
            continue
        if not is_dir:
            if regex is not None and given.suffix == ".ipynb" and given.exists():
                name = _learner_of(regex, given.name)
                if name is None:
                    raise UsageError(
                        f"{given.name} does not match --learner-pattern {pattern!r}; "
                        "rename it or fix the pattern."
                    )
                out.learners[given] = name
            out.paths.append(given)
            continue
        found = _notebooks(given)
        if not found:
            passthrough.append(given)
            out.problems[given] = NO_NOTEBOOKS
            out.paths.append(given)
            continue
        by_learner: dict[str | None, list[tuple[Path, str]]] = {}
        if regex is not None:
            unmatched = []
            for nb in found:
                rel = nb.relative_to(given).as_posix()
                name = _learner_of(regex, rel)
                if name is None:
                    unmatched.append(rel)
                by_learner.setdefault(name, []).append((nb, rel))
            if unmatched:
                more = f" (and {len(unmatched) - 1} more)" if len(unmatched) > 1 else ""
                raise UsageError(
                    f"{given / unmatched[0]}{more} does not match --learner-pattern "
                    f"{pattern!r}: rename it or fix the pattern."
                )
        else:
            for nb in found:
                parts = nb.relative_to(given).parts
                name = parts[0] if len(parts) > 1 else None
                by_learner.setdefault(name, []).append((nb, "/".join(parts)))
            empty = sorted(
                child.name
                for child in given.iterdir()
                if child.is_dir()
                and not child.name.startswith(".")
                and child.name not in by_learner
            )
            if empty:
                more = f" (and {len(empty) - 1} more)" if len(empty) > 1 else ""
                raise UsageError(
                    f"The learner folder {given / empty[0]}{more} holds no notebooks (.ipynb): "
                    "remove it or add the learner's work."
                )
        for name in sorted(by_learner, key=lambda n: (n is not None, n or "")):
            for nb in sorted(_dedupe(name, by_learner[name], regex, out), key=str):
                if name is not None:
                    out.learners[nb] = name
                out.paths.append(nb)
    if not any(p.suffix == ".ipynb" or p in out.learners for p in out.paths) and passthrough:
        raise UsageError(f"Nothing to grade: {passthrough[0]} holds no notebooks (.ipynb files).")
    _once(out)
    if shard is not None:
        loose = [p for p in out.paths if p not in out.learners]
        if loose:
            raise UsageError(
                f"--shard splits by learner, and {loose[0]} has none: put notebooks in "
                "learner folders or use --learner-pattern."
            )
        out.paths = [p for p in out.paths if in_shard(out.learners[p], shard)]
        out.learners = {p: out.learners[p] for p in out.paths}
        out.notes = {p: n for p, n in out.notes.items() if p in out.learners}
        out.duplicates = [line for p, lines in out.notes.items() for line in lines]
    return out


def _once(out: Discovery) -> None:
    """Each file graded once: the first of the given paths that reaches it counts."""
    seen: set[Path] = set()
    kept: list[Path] = []
    for path in out.paths:
        try:
            same = path.resolve()
        except (OSError, RuntimeError):
            same = path
        if same not in seen:
            seen.add(same)
            kept.append(path)
    out.paths = kept
    out.learners = {p: out.learners[p] for p in kept if p in out.learners}
