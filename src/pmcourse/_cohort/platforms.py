"""Grades back into a learning platform, in the platform's own files: nothing to retype.

Each route starts from a file the platform gave the instructor, so that the
import matches existing students and assignments instead of creating new ones.

Canvas: the gradebook export (``--layout canvas --template export.csv``)
    Written back whole, with the columns of the course's exercises filled. Canvas's
    importer (``GradebookImporter``) reads a header whose first columns are
    ``Student``, ``ID`` [, ``SIS User ID``, ``SIS Login ID``…], ``Section``; an
    assignment column named ``Title (id)`` updates that assignment, any other name
    creates a new one; a row starting ``Points Possible`` describes the columns;
    students are found by ``ID``, then SIS ids, then name. So here: exercise columns
    are found by ``--map "Exercise 1=Week 1 notebook"`` or by the exercise's title,
    and never added unless asked (``--create-columns``); students by the Canvas user
    id of a Canvas-named download, then by SIS login id, then by a name that fits one
    student only. A row is never guessed: who cannot be matched is listed. Cells of
    work not handed in or not gradable keep what the export had (usually blank: no
    grade) unless ``--missing zero``.
Moodle: an assignment's offline grading worksheet (``--layout moodle --template worksheet.csv``)
    Moodle's worksheet import needs ``Identifier`` (``Participant 12345``),
    ``Grade`` and ``Last modified (grade)``; it skips a row whose grade was changed
    in Moodle after that time. ``Grade`` is filled for matched participants (one
    worksheet per assignment); every other column is kept as it was.
Moodle: the gradebook import (``--layout moodle --roster people.csv``)
    One row per person of the roster who has results, keyed by their email address,
    username or ID number (Moodle's "Map from"/"Map to"), and a column per exercise
    to map to its grade item. Moodle stops the whole import at a user it cannot
    find, so people without results are left out, not written blank.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .._errors import UsageError
from .._grading.learners import platform_ids
from .._grading.roster import Person, Roster
from .escape import csv_row
from .gradebook import Gradebook, Row

__all__ = ["Filled", "fill_canvas", "fill_moodle_worksheet", "moodle_import", "parse_map"]

# Canvas's export columns that are not assignments (read-only totals and overrides).
_CANVAS_TOTALS = re.compile(
    r"Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|"
    r"Override Score|Override Grade|Override Status"
)
_CANVAS_STUDENT = ("Student", "ID", "SIS User ID", "SIS Login ID", "Integration ID")
_TITLE_ID = re.compile(r"^(?P<title>.*?)\s*\((?P<id>\d+)\)$")


@dataclass
class Filled:
    """A platform file, filled: its text, and what could not be matched (for the terminal)."""

    text: str
    matched: int = 0
    notes: list[str] = field(default_factory=list)


def parse_map(pairs: Sequence[str]) -> dict[int, str]:
    """``["Exercise 1=Week 1 notebook", "2=Week 2"]`` -> {1: "Week 1 notebook", 2: "Week 2"}."""
    out: dict[int, str] = {}
    for pair in pairs:
        left, sep, right = pair.partition("=")
        m = re.fullmatch(r"\s*(?:exercise\s*)?(\d+)\s*", left, re.IGNORECASE)
        if not sep or m is None or not right.strip():
            raise UsageError(
                f'--map {pair!r}: write it as "Exercise N=the platform\'s column title".'
            )
        out[int(m.group(1))] = right.strip()
    return out


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _name_keys(name: str) -> set[str]:
    """A person's name as letters only, in both orders: 'Smith, Jane' -> smithjane, janesmith.

    Canvas's download names a student by their sortable name, lower case, without
    spaces or punctuation (``smithjane``); its export writes ``Smith, Jane``.
    """
    name = re.sub(r"_(?:LATE_)?(?:\d+|anon_\w+)$", "", name)  # a download's own id
    parts = [p for p in re.split(r"[,\s]+", name) if p]
    keys = {re.sub(r"\W|_", "", "".join(parts)).casefold()}
    if "," in name:
        last, _, first = name.partition(",")
        keys.add(re.sub(r"\W|_", "", first + last).casefold())
    return {k for k in keys if k}


def _value(book: Gradebook, row: Row, exercise: int, top: float | None, zero: bool) -> str | None:
    """The cell for an exercise: points (scaled to the platform's maximum ``top``), or None
    to keep the cell as it was (not handed in, or not gradable) unless ``zero``."""
    if exercise not in row.exercise_totals:
        return "0" if zero else None
    points = row.exercise_totals[exercise]
    most = book.exercise_max(exercise)
    if top is not None and most and top != most:
        points = points * top / most
    return f"{round(points, 2):g}"


def _read_csv(text: str, what: str) -> tuple[list[list[str]], str, str]:
    """Rows, line ending and byte-order mark of a platform's CSV, to write it back alike."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    text = text.removeprefix("\ufeff")
    ending = "\r\n" if "\r\n" in text[:4096] else "\n"
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise UsageError(f"{what} is not valid CSV ({exc}).") from None
    if not rows:
        raise UsageError(f"{what} is empty.")
    return rows, ending, bom


def _write_csv(rows: list[list[str]], ending: str, bom: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator=ending).writerows(csv_row(r) for r in rows)
    return bom + out.getvalue()


def _list(names: Sequence[str], cap: int = 5) -> str:
    more = f" and {len(names) - cap} more" if len(names) > cap else ""
    return ", ".join(names[:cap]) + more


def fill_canvas(
    book: Gradebook,
    template: str,
    *,
    source: str = "the template",
    mapping: dict[int, str] | None = None,
    missing_zero: bool = False,
    create_columns: bool = False,
) -> Filled:
    """The instructor's Canvas gradebook export with the exercises' columns filled."""
    rows, ending, bom = _read_csv(template, source)
    header = rows[0]
    if len(header) < 3 or "Student" not in header[0] or "ID" not in header[1]:
        raise UsageError(
            f"{source} is not a Canvas gradebook export: its first columns must be Student "
            "and ID (Grades, Export, Export Entire Gradebook)."
        )
    try:
        section = next(i for i, h in enumerate(header) if h.strip() == "Section")
    except StopIteration:
        raise UsageError(f"{source} has no Section column: Canvas would refuse it.") from None
    col = {h.strip(): i for i, h in enumerate(header[: section + 1])}
    assignments: dict[int, str] = {}  # column -> title without its (id)
    for i, h in enumerate(header[section + 1 :], start=section + 1):
        if not _CANVAS_TOTALS.search(h) and h.strip() not in _CANVAS_STUDENT:
            m = _TITLE_ID.match(h.strip())
            assignments[i] = m.group("title") if m else h.strip()
    points_row = next((r for r in rows[1:] if r and "Points Possible" in r[0]), None)
    students = [r for r in rows[1:] if r and "Points Possible" not in r[0] and _is_student(r)]

    notes: list[str] = []
    mapping = mapping or {}
    for n in mapping:
        if n not in book.exercises:
            notes.append(f"--map names exercise {n}, which is not in the results.")
    columns: dict[int, int] = {}  # exercise -> column
    for n, title in book.exercises.items():
        wanted = [mapping[n]] if n in mapping else [f"Exercise {n}: {title}", title]
        hits = [i for i, t in assignments.items() if _fold(t) in {_fold(w) for w in wanted}]
        hits = hits or [i for i, t in assignments.items() if _fold(header[i]) == _fold(wanted[0])]
        if len(hits) > 1:
            raise UsageError(
                f"{source} has {len(hits)} columns titled {assignments[hits[0]]!r}: rename one "
                f"in Canvas or name the column for exercise {n} with --map."
            )
        if hits:
            columns[n] = hits[0]
    if points_row is not None:
        for i in columns.values():
            if i < len(points_row) and "read only" in points_row[i].lower():
                raise UsageError(f"{source}: the column {header[i]!r} is read-only in Canvas.")
    absent = [n for n in book.exercises if n not in columns]
    if absent and create_columns:
        for n in absent:
            columns[n] = len(header)
            header.append(f"Exercise {n}: {book.exercises[n]}")
            for r in rows[1:]:
                r.extend([""] * (len(header) - len(r)))
            if points_row is not None:
                points_row[-1] = f"{book.exercise_max(n):g}"
        notes.append(
            f"Added {len(absent)} column(s) for exercise(s) {', '.join(map(str, absent))}: "
            "Canvas creates an assignment for each on import (--create-columns)."
        )
    elif absent:
        notes.append(
            f"No column for exercise(s) {', '.join(map(str, absent))} in {source}: not "
            'written. Name their Canvas assignments with --map "Exercise N=title" (or '
            "add new assignments with --create-columns)."
        )

    top: dict[int, float | None] = {}
    for n, i in columns.items():
        raw = points_row[i].strip() if points_row is not None and i < len(points_row) else ""
        try:
            top[n] = float(raw) if raw else None
        except ValueError:
            top[n] = None
        if top[n] is not None and top[n] != book.exercise_max(n):
            notes.append(
                f"Exercise {n} is out of {book.exercise_max(n):g} points and Canvas's "
                f"{assignments.get(i, header[i])!r} out of {top[n]:g}: points are scaled."
            )

    matches = _match_canvas(book.rows, students, col)
    unmatched = [r.learner for r in book.rows if id(r) not in matches]
    for row in book.rows:
        student = matches.get(id(row))
        if student is None:
            continue
        student.extend([""] * (len(header) - len(student)))
        for n, i in columns.items():
            value = _value(book, row, n, top[n], missing_zero)
            if value is not None:
                student[i] = value
    if unmatched:
        notes.append(
            f"{len(unmatched)} learner(s) match no student of {source} and are not written: "
            f"{_list(unmatched)}."
        )
    idle = len(students) - len(matches)
    if idle:
        notes.append(f"{idle} student(s) of {source} have no results: their rows are unchanged.")
    return Filled(_write_csv(rows, ending, bom), len(matches), notes)


def _is_student(row: list[str]) -> bool:
    """Not a row of notes (Canvas adds 'Manual Posting' and 'Muted' rows under the header)."""
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and not all(
        re.fullmatch(r"(Muted|Manual Posting.*)?", c, re.IGNORECASE) for c in cells
    )


def _match_canvas(
    rows: list[Row], students: list[list[str]], col: dict[str, int]
) -> dict[int, list[str]]:
    """Learner row id -> the student row it fills: Canvas id, then SIS login, then unique name."""

    def cell(student: list[str], name: str) -> str:
        i = col.get(name)
        return student[i].strip() if i is not None and i < len(student) else ""

    by_id = {cell(s, "ID"): s for s in students if cell(s, "ID")}
    by_login: dict[str, list[list[str]]] = {}
    for s in students:
        for name in ("SIS Login ID", "SIS User ID"):
            if cell(s, name):
                by_login.setdefault(cell(s, name).casefold(), []).append(s)
    by_name: dict[str, list[list[str]]] = {}
    for s in students:
        for key in _name_keys(cell(s, "Student")):
            if s not in by_name.setdefault(key, []):
                by_name[key].append(s)
    out: dict[int, list[str]] = {}
    taken: set[int] = set()
    pending: list[Row] = []
    for row in rows:  # first by id: the surest match claims its student before names do
        ids = {i for path, _ in row.paths if (i := platform_ids(path).get("canvas"))}
        hit = by_id.get(ids.pop()) if len(ids) == 1 else None
        if hit is not None and id(hit) not in taken:
            out[id(row)] = hit
            taken.add(id(hit))
        else:
            pending.append(row)
    rest: list[Row] = []
    for row in pending:
        hits = by_login.get(row.learner.casefold(), [])
        if len(hits) == 1 and id(hits[0]) not in taken:
            out[id(row)] = hits[0]
            taken.add(id(hits[0]))
        else:
            rest.append(row)
    claims: dict[int, list[Row]] = {}
    for row in rest:
        candidates = {id(s): s for key in _name_keys(row.learner) for s in by_name.get(key, [])}
        if len(candidates) == 1:
            claims.setdefault(next(iter(candidates)), []).append(row)
    for sid, claimants in claims.items():
        if len(claimants) == 1 and sid not in taken:
            student = next(s for s in students if id(s) == sid)
            out[id(claimants[0])] = student
            taken.add(sid)
    return out


def _participants(row: Row) -> dict[str, int | None]:
    """A learner's Moodle participant ids, each with the exercise of its notebook."""
    out: dict[str, int | None] = {}
    for path, exercise in row.paths:
        pid = platform_ids(path).get("participant")
        if pid is not None:
            out[pid] = exercise
    return out


def fill_moodle_worksheet(
    book: Gradebook,
    template: str,
    *,
    source: str = "the worksheet",
    exercise: int | None = None,
    missing_zero: bool = False,
) -> Filled:
    """A Moodle assignment's grading worksheet with ``Grade`` filled for matched participants.

    The assignment is one exercise (given, or found from the participant ids of its
    notebooks) or, when its participants handed in several exercises, the course as a
    whole (the total).
    """
    rows, ending, bom = _read_csv(template, source)
    header = [h.strip() for h in rows[0]]
    need = ["Identifier", "Grade", "Last modified (grade)"]
    missing = [c for c in need if c not in header]
    if missing:
        raise UsageError(
            f"{source} has no {', '.join(missing)} column: Moodle's worksheet import needs "
            "Identifier, Grade and Last modified (grade). Download it again from the "
            "assignment (View all submissions, Download grading worksheet)."
        )
    ident, grade = header.index("Identifier"), header.index("Grade")
    top_col = header.index("Maximum Grade") if "Maximum Grade" in header else None
    name_col = header.index("Full name") if "Full name" in header else None
    owner: dict[str, tuple[Row, int | None]] = {}
    for row in book.rows:
        for pid, ex in _participants(row).items():
            owner[pid] = (row, ex)
    sheet = [r for r in rows[1:] if len(r) > ident and r[ident].strip()]
    pids = [m.group(1) for r in sheet if (m := re.search(r"(\d+)\s*$", r[ident]))]
    if exercise is None:
        covered = {owner[p][1] for p in pids if p in owner} - {None}
        exercise = covered.pop() if len(covered) == 1 else None
    notes: list[str] = []
    if exercise is not None and exercise not in book.exercises:
        raise UsageError(f"--exercise {exercise}: the results hold no notebook of it.")
    names: dict[str, list[Row]] = {}
    for row in book.rows:
        for key in _name_keys(row.learner):
            names.setdefault(key, []).append(row)
    matched = 0
    used: set[int] = set()
    unmatched: list[str] = []
    for r in sheet:
        m = re.search(r"(\d+)\s*$", r[ident])
        found = owner[m.group(1)][0] if m and m.group(1) in owner else None
        if found is None and name_col is not None and name_col < len(r):
            hits = {id(x): x for k in _name_keys(r[name_col]) for x in names.get(k, [])}
            found = next(iter(hits.values())) if len(hits) == 1 else None
        if found is None or id(found) in used:
            continue
        used.add(id(found))
        matched += 1
        top = _number(r[top_col]) if top_col is not None and top_col < len(r) else None
        if exercise is not None:
            value = _value(book, found, exercise, top, missing_zero)
        elif found.exercise_totals or missing_zero:
            total = found.total()
            if top is not None and book.max_total and top != book.max_total:
                total = total * top / book.max_total
            value = f"{round(total, 2):g}"
        else:
            value = None
        if value is not None:
            r[grade] = value
    for row in book.rows:
        if id(row) not in used and (exercise is None or exercise in {e for _, e in row.paths}):
            unmatched.append(row.learner)
    what = f"exercise {exercise}" if exercise is not None else "the total of all exercises"
    notes.append(f"{source}: filled Grade with {what} for {matched} participant(s).")
    if unmatched:
        notes.append(
            f"{len(unmatched)} learner(s) match no participant of {source}: "
            f"{_list(sorted(unmatched))}."
        )
    return Filled(_write_csv(rows, ending, bom), matched, notes)


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def moodle_import(book: Gradebook, roster: Roster, *, missing_zero: bool = False) -> Filled:
    """A CSV for Moodle's gradebook import: a key column, the name, a column per exercise."""
    matched: list[tuple[Row, Person]] = []
    unmatched: list[str] = []
    used: set[int] = set()
    for row in book.rows:
        person = roster.by_label(row.learner)
        if person is None:
            for pid in _participants(row):
                person = roster.by_participant(pid)
                if person is not None:
                    break
        if person is None:
            hits = roster.by_name(re.sub(r"_\d+$", "", row.learner))
            person = hits[0] if len(hits) == 1 else None
        if person is None or id(person) in used:
            unmatched.append(row.learner)
            continue
        used.add(id(person))
        matched.append((row, person))
    if not matched:
        raise UsageError(
            "No learner of the results is in the roster: check that it is the course's "
            "participants list (names or emails as the downloads have them)."
        )
    key_column = max(
        ("Email address", "Username", "ID number"),
        key=lambda c: sum(1 for _, p in matched if c in p.keys),
    )
    header = [key_column, "Full name"]
    header += [f"Exercise {n}: {title}" for n, title in book.exercises.items()]
    out = [header]
    notes: list[str] = []
    skipped: list[str] = []
    for row, person in matched:
        key = person.keys.get(key_column)
        if not key:
            skipped.append(row.learner)
            continue
        line = [key, person.name]
        for n in book.exercises:
            value = _value(book, row, n, None, missing_zero)
            line.append(value if value is not None else "")
        out.append(line)
    if skipped:
        notes.append(f"No {key_column} in the roster for {_list(skipped)}: left out.")
    if unmatched:
        notes.append(
            f"{len(unmatched)} learner(s) are not in the roster and are left out (Moodle stops "
            f"an import at an unknown user): {_list(unmatched)}."
        )
    return Filled(_write_csv(out, "\n", ""), len(out) - 1, notes)
