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

    ``canvas``  ``smithjane_12345_67890_01-title-vs-role.ipynb`` (also ``smithjane_LATE_…``;
                under anonymous grading ``anon_xK3p9_67890_…`` -> learner ``anon_xK3p9``)
                -> learner ``smithjane_12345``: Canvas's sortable name and user id.
    ``moodle``  ``Jane Smith_12345_assignsubmission_file/01-title-vs-role.ipynb`` (4.1+),
                ``…_file_/01-…`` (3.1 to 4.0) or the flat ``…_file_01-…``
                -> learner ``Jane Smith_12345``: full name and participant id.

    Names alone are not unique (two Jane Smiths), so both presets keep the id.
    Both presets also find these names one folder down (one download per assignment,
    unzipped side by side). Moodle gives a person another participant id in each
    assignment: :func:`group_people` makes them one learner again (by ``--roster``, or
    by full name with a warning where two participants of one assignment share it).

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
from .roster import Roster

__all__ = [
    "NO_NOTEBOOKS",
    "NO_SUCH_PATH",
    "PRESETS",
    "Discovery",
    "discover",
    "group_people",
    "in_shard",
    "learner_regex",
    "link_problem",
    "missing_notebooks",
    "parse_exercises",
    "parse_shard",
    "platform_ids",
]

NO_SUCH_PATH = "No such file or folder."
NO_NOTEBOOKS = "This folder holds no notebooks (.ipynb files)."

PRESETS: dict[str, str] = {
    # Canvas names each file {sortable name}[_LATE]_{user id}_{file id}_{file name}; under
    # anonymous grading the name goes and the id is anon_{anonymous id}.
    "canvas": (
        r"(?:^|/)(?:(?P<learner>(?!LATE_|anon_)[^_/]+)_)?(?:LATE_)?"
        r"(?P<id>\d+|anon_[0-9A-Za-z]+)_\d+_"
    ),
    # Moodle names {full name}_{participant id}_assignsubmission_file: a folder (4.1 and
    # later, no trailing underscore), a folder ending in _ (3.1 to 4.0), or a prefix of a
    # flat file name ({...}_file_{file name}). Blind marking writes Participant as the name.
    "moodle": r"(?:^|/)(?P<learner>[^/_]+)_(?P<id>\d+)_assign(?:submission|feedback)_[a-z]+(?:_|/)",
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
    ident = m.group("id") if "id" in regex.groupindex else None
    parts = [part.strip() for part in (name, ident) if part and part.strip()]
    return "_".join(parts) or None


def parse_shard(text: str) -> tuple[int, int]:
    """'2/4' -> (2, 4); K counts from 1."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        raise UsageError(f"--shard {text!r}: write K/N with 1 <= K <= N, like 1/4.")
    return int(m.group(1)), int(m.group(2))


def parse_exercises(text: str) -> list[int]:
    """'1-8' or '1,3,5-7' -> the course's exercises named; a usage error for any other."""
    from .._tasks import all_exercises

    course = {e.number for e in all_exercises()}
    chosen: set[int] = set()
    for part in text.split(","):
        m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if m is None:
            raise UsageError(f"--exercises {text!r}: write numbers and ranges, like 1-8 or 1,3,5.")
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        chosen.update(range(first, last + 1))
    unknown = sorted(chosen - course)
    if unknown or not chosen:
        raise UsageError(
            f"--exercises {text!r}: the course has exercises {min(course)} to {max(course)}"
            + (f", not {', '.join(map(str, unknown))}." if unknown else ".")
        )
    return sorted(chosen)


def missing_notebooks(
    handed_in: dict[str, set[int]], exercises: Sequence[int]
) -> list[tuple[str, int, str]]:
    """(learner, exercise, the course's notebook name) for each expected exercise a learner
    did not hand in; ``handed_in`` maps each learner to the exercises of their notebooks."""
    from .._tasks import all_exercises

    name = {e.number: e.notebook for e in all_exercises()}
    return [
        (learner, n, name[n])
        for learner in sorted(handed_in)
        for n in exercises
        if n not in handed_in[learner]
    ]


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
    warnings: list[str] = field(default_factory=list)  # how learners were told apart

    @property
    def learner_names(self) -> list[str]:
        return sorted(set(self.learners.values()))


def _hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def link_problem(path: Path, inside: Path) -> str | None:
    """Why a notebook found in ``inside`` is not graded, if it is a link to a file elsewhere.

    A link (or a linked folder) is read as the file it points to only when that
    file is inside ``inside``: the learner's own folder, or the folder named on
    the command line. Otherwise one learner could hand in another's notebook.
    """
    try:
        target = path.resolve(strict=True)
        home = inside.resolve(strict=True)
    except (OSError, RuntimeError):
        return "This notebook is a broken or looping link; it is not graded."
    if target.is_relative_to(home):
        return None
    return f"This notebook is a link to a file outside {inside.name}/; it is not graded."


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


def platform_ids(path: str | Path) -> dict[str, str]:
    """The ids a platform's download wrote into a notebook's path.

    ``canvas``: the Canvas user id (``canvas``) or anonymous id (``anonymous``);
    ``moodle``: the participant id of the assignment (``participant``) and the
    full name (``name``). Empty when the path is named neither way.
    """
    text = Path(path).as_posix()
    m = learner_regex("moodle").search(text)
    if m is not None:
        return {"participant": m.group("id"), "name": m.group("learner").strip()}
    m = learner_regex("canvas").search(text)
    if m is not None:
        ident = m.group("id")
        key = "anonymous" if ident.startswith("anon_") else "canvas"
        return {key: ident.removeprefix("anon_")}
    return {}


_BLIND = "participant"  # Moodle's name for everyone under blind marking


def group_people(
    learners: dict[Path, str], roster: Roster | None = None
) -> tuple[dict[Path, str], list[str]]:
    """One learner per person across Moodle assignments; returns the new names and warnings.

    Moodle gives a person one participant id per assignment, so a course with one
    assignment per chapter names each person once per chapter. With a roster,
    each participant is found by id (from an assignment's grading worksheet) or
    by full name, and named as the roster names them. Without one, notebooks are
    grouped by full name, except where two participants of one assignment share
    a name: they are kept apart by id, with a warning. Paths not named the
    Moodle way keep their learner.
    """
    regex = learner_regex("moodle")
    info: dict[Path, tuple[str, str, str]] = {}  # path -> name, participant id, assignment
    for path in learners:
        text = path.as_posix()
        m = regex.search(text)
        if m is not None:
            info[path] = (" ".join(m.group("learner").split()), m.group("id"), text[: m.start()])
    out = dict(learners)
    warnings: list[str] = []
    if roster is not None:
        unknown: set[str] = set()
        for path, (name, pid, _) in info.items():
            person = roster.by_participant(pid)
            if person is None:
                hits = roster.by_name(name)
                person = hits[0] if len(hits) == 1 else None
            if person is None:
                unknown.add(f"{name}_{pid}")
            else:
                out[path] = roster.label(person)
        if unknown:
            names = sorted(unknown)
            more = f" and {len(names) - 3} more" if len(names) > 3 else ""
            warnings.append(
                f"{len(names)} participant(s) are not in the roster, or share a name in it, "
                f"and keep their download names: {', '.join(names[:3])}{more}."
            )
        return out, warnings
    ids: dict[str, dict[str, set[str]]] = {}  # folded name -> assignment -> participant ids
    for name, pid, assignment in info.values():
        ids.setdefault(name.casefold(), {}).setdefault(assignment, set()).add(pid)
    collided: list[str] = []
    grouped = 0
    for path, (name, _, _) in info.items():
        per_assignment = ids[name.casefold()]
        if name.casefold() == _BLIND or len(set().union(*per_assignment.values())) < 2:
            continue  # blind marking, or one id: the download's own name stays
        if any(len(found) > 1 for found in per_assignment.values()):
            if name not in collided:
                collided.append(name)
            continue
        out[path] = name
        grouped += 1
    for name in collided:
        warnings.append(
            f"Two or more participants of one assignment are named {name}: their notebooks "
            "are kept apart by participant id. Give --roster (a participants or grading "
            "worksheet CSV) to group each one's chapters."
        )
    if grouped:
        people = len({out[p] for p in info if out[p] != learners[p]})
        warnings.append(
            f"Grouped {grouped} notebooks of {people} people by full name across Moodle "
            "assignments (each assignment gives a person another participant id); give "
            "--roster to group them by email, username or ID number instead."
        )
    return out, warnings


def _one_folder_too_high(given: Path, by_learner: dict[str | None, list[tuple[Path, str]]]) -> None:
    """Stop when a 'learner' folder is a folder of learners: one exercise in several subfolders.

    ``pmcourse grade course/`` over ``course/submissions/<learner>/`` would make one
    learner called ``submissions`` and drop every other learner's notebooks as copies.
    """
    from .._tasks import all_exercises

    stem_of = {str(e.number): e.notebook.removesuffix(".ipynb") for e in all_exercises()}
    for learner, found in by_learner.items():
        if learner is None:
            continue
        where: dict[str, set[str]] = {}  # exercise -> second-level folders holding it
        for path, rel in found:
            parts = rel.split("/")
            key = _exercise_key(path.name, stem_of)
            if key is not None and len(parts) > 2:
                where.setdefault(key, set()).add(parts[1])
        spread = max((len(folders) for folders in where.values()), default=0)
        alone = sum(1 for name in by_learner if name is not None) == 1
        if spread >= 3 or (spread >= 2 and alone):
            inner = {folder for folders in where.values() for folder in folders}
            raise UsageError(
                f"{given / learner} looks like a folder of learners, not one learner: "
                f"{len(inner)} of its folders hold the same exercise. This is one folder too "
                f"high: grade {given / learner} instead (each of its folders is a learner)."
            )


def discover(
    paths: Sequence[Path],
    *,
    pattern: str | None = None,
    shard: tuple[int, int] | None = None,
    roster: Roster | None = None,
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
                problem = link_problem(nb, given)
                if problem is not None:
                    out.problems[nb] = problem
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
                problem = link_problem(nb, given / parts[0] if name is not None else given)
                if problem is not None:
                    out.problems[nb] = problem
                by_learner.setdefault(name, []).append((nb, "/".join(parts)))
            _one_folder_too_high(given, by_learner)
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
    if roster is not None or pattern == "moodle":
        out.learners, out.warnings = group_people(out.learners, roster)
        out.paths = sorted(out.paths, key=lambda p: (out.learners.get(p, ""), str(p)))
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
