"""Manual marking of free text: export the answers to a CSV, read the instructor's scores back.

``pmcourse review export results.json -o review.csv`` lists every free-text
answer (tasks of kind Rubric, or Story) with its automatic verdict and evidence.
The instructor fills in ``score`` (and ``comment``); ``--overrides review.csv``
then applies them in ``report`` and ``gradebook``. Every row is checked before
any is applied: a bad row stops everything with a message that names it.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._batch import BatchResult, NotebookResult
from .._errors import ResultsError

__all__ = [
    "REVIEW_COLUMNS",
    "Override",
    "Overrides",
    "learner_key",
    "load_overrides",
    "render_review",
    "reviewable_tasks",
]

REVIEW_COLUMNS = [
    "learner",
    "task",
    "title",
    "notebook",
    "auto_status",
    "auto_score",
    "max_score",
    "evidence",
    "answer",
    "score",
    "comment",
]
REVIEW_KINDS = {"Rubric", "EvalPlan", "Story"}


def learner_key(nb: NotebookResult) -> str:
    """The learner a notebook counts for: its learner, or its path when it has none."""
    return nb.learner if nb.learner is not None else nb.path


def reviewable_tasks() -> set[str]:
    """Ids of the tasks whose answers are free text (worth a human look)."""
    from .._tasks import all_tasks

    return {t.id for t in all_tasks() if type(t).__name__ in REVIEW_KINDS}


def _answer_text(path: str, task_id: str) -> str:
    """The learner's cell for a task, read from the notebook file if it is still there."""
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
        needles = (f'check("{task_id}"', f"check('{task_id}'")
        for cell in nb.get("cells", []):
            src = cell.get("source", "")
            src = "".join(src) if isinstance(src, list) else str(src)
            if cell.get("cell_type") == "code" and any(n in src for n in needles):
                lines = [ln for ln in src.splitlines() if not ln.lstrip().startswith("check(")]
                return "\n".join(lines).strip()
    except (OSError, ValueError, AttributeError, TypeError):
        pass
    return ""


def render_review(batch: BatchResult, *, read_answers: bool = True) -> str:
    """The review CSV: one row per free-text answer, ``score`` and ``comment`` left empty."""
    ids = reviewable_tasks()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REVIEW_COLUMNS)
    # answers the checks could not decide ("review") come first
    pairs = [
        (nb, t)
        for nb in batch.notebooks
        if nb.status == "graded"
        for t in nb.tasks
        if t.task_id in ids
    ]
    pairs.sort(key=lambda pair: pair[1].status != "review")
    for nb, t in pairs:
        writer.writerow(
            [
                learner_key(nb),
                t.task_id,
                t.title,
                nb.path,
                t.status,
                f"{t.score:g}",
                f"{t.max_score:g}",
                t.feedback,
                _answer_text(nb.path, t.task_id) if read_answers else "",
                "",
                "",
            ]
        )
    return out.getvalue()


@dataclass(frozen=True)
class Override:
    """A score (or only a comment) the instructor gave one learner's task."""

    learner: str
    task: str
    score: float | None  # None: keep the automatic score, add the comment
    comment: str
    row: int


Overrides = dict[tuple[str, str], Override]


def load_overrides(path: Path, results: BatchResult | dict[str, Any]) -> Overrides:
    """Read and check an overrides CSV against the results; every row or nothing.

    Needs the columns ``learner``, ``task`` and ``score`` (``comment`` optional).
    A row with an empty score and comment is skipped. Raises :class:`ResultsError`
    naming the first bad row: an unknown learner or task, a score that is not a
    number or out of the task's range, or a second row for the same cell.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ResultsError(f"Cannot read the overrides {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise ResultsError(f"{path} is not a UTF-8 CSV file: save it as CSV UTF-8.") from None
    data = results.to_dict() if isinstance(results, BatchResult) else results
    max_of: dict[tuple[str, str], float] = {}
    learners: set[str] = set()
    for nb in data["notebooks"]:
        key = nb["learner"] if nb.get("learner") is not None else nb["path"]
        learners.add(key)
        for t in nb["tasks"]:
            max_of[(key, t["id"])] = t["max_score"]
    known_tasks = {task for _, task in max_of}
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
        missing = [c for c in ("learner", "task", "score") if c not in header]
        if missing:
            raise ResultsError(
                f"{path} has no column {', '.join(missing)}: start from the file "
                "'pmcourse review export' writes."
            )
        out: Overrides = {}
        for row in reader:
            n = reader.line_num
            where = f"{path} row {n}"
            learner = (row.get("learner") or "").strip()
            task = (row.get("task") or "").strip()
            raw = (row.get("score") or "").strip()
            comment = (row.get("comment") or "").strip()
            if not raw and not comment:
                continue
            if learner not in learners:
                raise ResultsError(f"{where}: learner {learner!r} is not in the results.")
            if (learner, task) not in max_of:
                what = "has no task" if task in known_tasks else "names an unknown task"
                raise ResultsError(f"{where}: learner {learner!r} {what} {task!r}.")
            score: float | None = None
            if raw:
                try:
                    score = float(raw.replace(",", "."))
                except ValueError:
                    raise ResultsError(f"{where}: score {raw!r} is not a number.") from None
                top = max_of[(learner, task)]
                if not math.isfinite(score) or not 0 <= score <= top:
                    raise ResultsError(
                        f"{where}: score {raw} is out of range for task {task} (0 to {top:g})."
                    )
            if (learner, task) in out:
                first = out[(learner, task)].row
                raise ResultsError(
                    f"{where}: learner {learner!r}, task {task} was already given in row {first}."
                )
            out[(learner, task)] = Override(learner, task, score, comment, n)
    except csv.Error as exc:
        raise ResultsError(f"{path} row {reader.line_num}: not valid CSV ({exc}).") from None
    return out
