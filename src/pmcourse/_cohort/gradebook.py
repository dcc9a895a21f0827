"""The gradebook: one row per learner, one column per task, totals; CSV for learning platforms.

The ``plain`` layout, and the starting point for any other gradebook:
``learner``, one column per task (``1.1``, ``1.2``, ...), with overrides an
``<task> auto`` column next to each overridden task, ``exercise N`` totals,
``total``, ``max``, ``percent`` and ``ungraded`` (notebooks that could not be
graded). An empty task cell: the learner handed in no notebook for it. Canvas
and Moodle files are filled in by :mod:`pmcourse._cohort.platforms`, from the
platform's own export, so that grades land in existing assignments.

Columns cover the exercises that appear in the results; a task in two notebooks
of one learner counts with its better score.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass, field

from .._schema import UNCOUNTED, BatchResult, NotebookResult
from .escape import csv_row
from .review import Overrides

__all__ = ["LAYOUTS", "Cell", "Gradebook", "Row", "TaskInfo", "render_csv"]

LAYOUTS = ("plain", "canvas", "moodle")


@dataclass(frozen=True)
class TaskInfo:
    id: str
    title: str
    points: float
    exercise: int
    kind: str


@dataclass(slots=True)
class Cell:
    """One learner's score on one task: automatic and final (after an override)."""

    auto: float
    final: float
    max: float
    status: str
    comment: str = ""
    overridden: bool = False


@dataclass
class Row:
    learner: str
    cells: dict[str, Cell] = field(default_factory=dict)
    ungraded: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    exercise_totals: dict[int, float] = field(default_factory=dict)  # exercises handed in
    seconds: float = 0.0
    paths: list[tuple[str, int | None]] = field(default_factory=list)  # notebook, its exercise
    not_in_version: set[str] = field(default_factory=set)  # tasks its notebooks predate
    missing: list[int] = field(default_factory=list)  # exercises expected and not handed in

    def exercise_total(self, exercise: int) -> float:
        return self.exercise_totals.get(exercise, 0.0)

    def total(self) -> float:
        return round(sum(self.exercise_totals.values()), 2)

    def auto_total(self) -> float:
        return round(sum(c.auto for c in self.cells.values()), 2)


_NUMBERED = re.compile(r"(?<!\d)(\d{2})-[^/]*$")


def _exercise_of(nb: NotebookResult) -> int | None:
    """A notebook's exercise: what its content is, else its tasks', else its file name's NN-."""
    if nb.exercise is not None:
        return nb.exercise
    if nb.tasks:
        return int(nb.tasks[0].task_id.split(".", 1)[0])
    m = _NUMBERED.search(nb.path)
    return int(m.group(1)) if m else None


def _num(x: float) -> str:
    return f"{round(x, 2):g}"


@dataclass
class Gradebook:
    tasks: list[TaskInfo]
    exercises: dict[int, str]  # number -> title, those in the results
    rows: list[Row]
    overrides: Overrides = field(default_factory=dict)

    @functools.cached_property
    def max_total(self) -> float:  # asked once per learner by percent()
        return round(sum(t.points for t in self.tasks), 2)

    def exercise_max(self, exercise: int, row: Row | None = None) -> float:
        """An exercise's points; for a row, without the tasks its notebook predates."""
        skip = row.not_in_version if row is not None else set()
        return round(
            sum(t.points for t in self.tasks if t.exercise == exercise and t.id not in skip), 2
        )

    def row_max(self, row: Row) -> float:
        """The points a learner could earn: all, less the tasks their notebooks predate."""
        if not row.not_in_version:
            return self.max_total
        return round(sum(t.points for t in self.tasks if t.id not in row.not_in_version), 2)

    def percent(self, row: Row) -> float:
        most = self.row_max(row)
        return round(100 * row.total() / most, 1) if most else 0.0

    @classmethod
    def build(cls, results: BatchResult, overrides: Overrides | None = None) -> Gradebook:
        """From results, with overrides already checked."""
        from .._tasks import all_exercises, all_tasks

        overrides = overrides or {}
        rows: dict[str, Row] = {}
        for nb in results.notebooks:
            learner = nb.learner
            key = learner if learner is not None else nb.path
            row = rows.get(key)
            if row is None:
                row = rows[key] = Row(key)
            row.seconds += nb.seconds
            if nb.status == "missing":  # not handed in: neither a 0 nor a failed grading
                if nb.exercise is not None:
                    row.missing.append(nb.exercise)
                continue
            row.paths.append((nb.path, _exercise_of(nb)))
            if nb.status != "graded":
                row.ungraded.append((nb.path, nb.error or ""))
                continue
            cells = row.cells
            for t in nb.tasks:
                if t.status == UNCOUNTED:  # not t.counted, inlined: the hot loop
                    row.not_in_version.add(t.task_id)
                    continue
                task_id, score = t.task_id, t.score
                old = cells.get(task_id)
                if old is None or score > old.auto:
                    cells[task_id] = Cell(score, score, t.max_score, t.status)
        for (learner, task_id), ov in overrides.items():
            cell = rows[learner].cells[task_id]
            cell.comment = ov.comment
            if ov.score is not None:
                cell.final = ov.score
                cell.overridden = True
        exercise_of: dict[str, int] = {}  # task id -> exercise, each id split once
        for row in rows.values():
            totals = row.exercise_totals
            for task_id, cell in row.cells.items():
                ex = exercise_of.get(task_id)
                if ex is None:
                    ex = exercise_of[task_id] = int(task_id.split(".", 1)[0])
                totals[ex] = totals.get(ex, 0.0) + cell.final
            for ex, value in totals.items():
                totals[ex] = round(value, 2)
        # The cohort's exercises: those the results were graded for, else the course's;
        # never merely those someone handed in.
        course = [e.number for e in all_exercises()]
        chapters = set(results.exercises if results.exercises is not None else course)
        for row in rows.values():  # a notebook of another exercise counts in no total
            for ex in [ex for ex in row.exercise_totals if ex not in chapters]:
                del row.exercise_totals[ex]
        tasks = [
            TaskInfo(t.id, t.title, t.points, t.chapter, type(t).__name__)
            for t in all_tasks()
            if t.chapter in chapters
        ]
        exercises = {e.number: e.title for e in all_exercises() if e.number in chapters}
        return cls(tasks, exercises, [rows[k] for k in sorted(rows)], dict(overrides))


def _plain(book: Gradebook) -> list[list[str]]:
    overridden = {task for (_, task), ov in book.overrides.items() if ov.score is not None}
    header = ["learner"]
    for t in book.tasks:
        header.append(t.id)
        if t.id in overridden:
            header.append(f"{t.id} auto")
    header += [f"exercise {n}" for n in book.exercises]
    header += ["total", "max", "percent", "ungraded", "missing"]
    out = [header]
    for row in book.rows:
        line = [row.learner]
        for t in book.tasks:
            cell = row.cells.get(t.id)
            line.append(_num(cell.final) if cell else "")
            if t.id in overridden:
                line.append(_num(cell.auto) if cell else "")
        # An exercise not handed in, or not gradable, is blank; one that scored nothing is 0.
        line += [
            _num(row.exercise_totals[n]) if n in row.exercise_totals else "" for n in book.exercises
        ]
        line += [
            _num(row.total()),
            _num(book.row_max(row)),
            f"{book.percent(row):.1f}",
            str(len(row.ungraded)),
            str(len(row.missing)),
        ]
        out.append(line)
    return out


def render_csv(book: Gradebook, layout: str = "plain") -> str:
    """The plain layout (Canvas and Moodle files: :mod:`pmcourse._cohort.platforms`)."""
    if layout != "plain":
        msg = f"layout {layout!r} needs the platform's file: see _cohort.platforms"
        raise ValueError(msg)
    rows = _plain(book)
    out = io.StringIO()
    # Learner names come from file names: none may start a spreadsheet formula.
    csv.writer(out, lineterminator="\n").writerows(csv_row(r) for r in rows)
    return out.getvalue()
