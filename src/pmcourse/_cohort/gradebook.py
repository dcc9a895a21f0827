"""The gradebook: one row per learner, one column per task, totals; CSV for learning platforms.

Three layouts (``--layout``):

``plain``
    ``learner``, one column per task (``1.1``, ``1.2``, ...), with overrides an
    ``<task> auto`` column next to each overridden task, ``exercise N`` totals,
    ``total``, ``max``, ``percent`` and ``ungraded`` (notebooks that could not
    be graded). An empty task cell: the learner handed in no notebook for it.
``canvas``
    Canvas's gradebook import: ``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``,
    ``Section``, then one column per exercise (``Exercise N: title``) holding its
    points, and a ``Points Possible`` row. ``ID`` is the Canvas user id, taken
    from a learner named ``name_12345`` (what ``--learner-pattern canvas`` gives).
``moodle``
    Moodle's assignment grading worksheet: ``Identifier`` (``Participant 12345``,
    from ``--learner-pattern moodle``), ``Full name``, ``Grade`` (total points),
    ``Maximum Grade`` and ``Feedback comments`` (points per exercise).

Columns cover the exercises that appear in the results; a task in two notebooks
of one learner counts with its better score.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass, field

from .._schema import BatchResult
from .review import Overrides

__all__ = ["LAYOUTS", "Cell", "Gradebook", "Row", "TaskInfo", "render_csv"]

LAYOUTS = ("plain", "canvas", "moodle")
_ID = re.compile(r"^(?P<name>.*?)_(?P<id>\d+)$")


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

    def exercise_total(self, exercise: int) -> float:
        return self.exercise_totals.get(exercise, 0.0)

    def total(self) -> float:
        return round(sum(self.exercise_totals.values()), 2)

    def auto_total(self) -> float:
        return round(sum(c.auto for c in self.cells.values()), 2)


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

    def exercise_max(self, exercise: int) -> float:
        return round(sum(t.points for t in self.tasks if t.exercise == exercise), 2)

    def percent(self, row: Row) -> float:
        return round(100 * row.total() / self.max_total, 1) if self.max_total else 0.0

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
            if nb.status != "graded":
                row.ungraded.append((nb.path, nb.error or ""))
                continue
            cells = row.cells
            for t in nb.tasks:
                if not t.counted:
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
        chapters = set(exercise_of.values())
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
    header += ["total", "max", "percent", "ungraded"]
    out = [header]
    for row in book.rows:
        line = [row.learner]
        for t in book.tasks:
            cell = row.cells.get(t.id)
            line.append(_num(cell.final) if cell else "")
            if t.id in overridden:
                line.append(_num(cell.auto) if cell else "")
        line += [_num(row.exercise_total(n)) for n in book.exercises]
        line += [
            _num(row.total()),
            _num(book.max_total),
            f"{book.percent(row):.1f}",
            str(len(row.ungraded)),
        ]
        out.append(line)
    return out


def _split(learner: str) -> tuple[str, str]:
    m = _ID.match(learner)
    return (m.group("name"), m.group("id")) if m else (learner, "")


def _canvas(book: Gradebook) -> list[list[str]]:
    header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    header += [f"Exercise {n}: {title}" for n, title in book.exercises.items()]
    out = [header, ["    Points Possible", "", "", "", ""]]
    out[1] += [_num(book.exercise_max(n)) for n in book.exercises]
    for row in book.rows:
        name, uid = _split(row.learner)
        line = [name, uid, "", "", ""]
        line += [_num(row.exercise_total(n)) for n in book.exercises]
        out.append(line)
    return out


def _moodle(book: Gradebook) -> list[list[str]]:
    out = [["Identifier", "Full name", "Grade", "Maximum Grade", "Feedback comments"]]
    for row in book.rows:
        name, pid = _split(row.learner)
        comments = "; ".join(
            f"Exercise {n}: {_num(row.exercise_total(n))}/{_num(book.exercise_max(n))}"
            for n in book.exercises
        )
        out.append(
            [
                f"Participant {pid}" if pid else name,
                name,
                _num(row.total()),
                _num(book.max_total),
                comments,
            ]
        )
    return out


def render_csv(book: Gradebook, layout: str = "plain") -> str:
    rows = {"plain": _plain, "canvas": _canvas, "moodle": _moodle}[layout](book)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()
