"""Feedback to hand back: one self-contained HTML page per learner.

Each page lists the learner's notebooks, every task with its verdict, points,
feedback, hint and a link to the chapter section to reread, and the
instructor's comment where a task was marked by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

from .._errors import ResultsError
from .._schema import BatchResult, NotebookResult
from .gradebook import Gradebook
from .io import write_many
from .page import badge, esc, num, page, scroll_table
from .review import Overrides, learner_key

__all__ = ["feedback_pages", "file_name", "write_feedback"]


def file_name(learner: str, taken: set[str]) -> str:
    """A safe, unique file name for a learner's page."""
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", learner).strip("-.") or "learner"
    name, n = f"{base[:80]}.html", 2
    while name.lower() in taken:
        name, n = f"{base[:80]}-{n}.html", n + 1
    taken.add(name.lower())
    return name


def _notebook(nb: NotebookResult, learner: str, overrides: Overrides) -> str:
    if nb.status != "graded":
        return (
            f"<h2>{esc(Path(nb.path).name)}</h2>"
            f"<p><strong>This notebook could not be graded:</strong> {esc(nb.error or '')}</p>"
        )
    score = nb.score
    rows, details = [], []
    for t in nb.tasks:
        ov = overrides.get((learner, t.task_id))
        final = ov.score if ov is not None and ov.score is not None else t.score
        score += final - t.score
        points = f"{num(final)}/{num(t.max_score)}"
        if final != t.score:
            points += f" <span class=muted>(automatic: {num(t.score)})</span>"
        rows.append(
            f'<tr><th scope="row"><a href="#task-{esc(t.task_id)}">{esc(t.task_id)}</a></th>'
            f"<td>{esc(t.title)}</td><td>{badge(t.status)}</td><td class=n>{points}</td></tr>"
        )
        lines = "".join(f"<p>{esc(line)}</p>" for line in t.feedback.splitlines() if line.strip())
        extra = ""
        if ov is not None and ov.comment:
            extra += f"<p><strong>Your instructor:</strong> {esc(ov.comment)}</p>"
        if t.status != "pass" and t.hint:
            extra += f"<p><em>Hint:</em> {esc(t.hint)}</p>"
        if t.link:
            extra += (
                f'<p><a href="{esc(t.link)}">Reread the section for task {esc(t.task_id)}</a></p>'
            )
        details.append(
            f'<section class=task id="task-{esc(t.task_id)}" aria-labelledby="h-{esc(t.task_id)}">'
            f'<h3 id="h-{esc(t.task_id)}">Task {esc(t.task_id)}: {esc(t.title)}</h3>'
            f"<p>{badge(t.status)}, {points} points</p>{lines}{extra}</section>"
        )
    table = (
        f"<table><caption>Tasks of {esc(Path(nb.path).name)}</caption><thead><tr>"
        '<th scope="col">Task</th><th scope="col">Title</th><th scope="col">Verdict</th>'
        '<th scope="col" class=n>Points</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    notes = "".join(f"<li>{esc(n)}</li>" for n in nb.notes)
    return (
        f"<h2>{esc(Path(nb.path).name)}: {num(score)}/{num(nb.max_score)} points</h2>"
        + (f"<ul>{notes}</ul>" if notes else "")
        + scroll_table(f"Tasks of {Path(nb.path).name}", table)
        + "".join(details)
    )


def feedback_pages(batch: BatchResult, overrides: Overrides | None = None) -> dict[str, str]:
    """File name -> HTML, one page per learner."""
    overrides = overrides or {}
    book = Gradebook.build(batch, overrides)
    by_learner: dict[str, list[NotebookResult]] = {}
    for nb in batch.notebooks:
        by_learner.setdefault(learner_key(nb), []).append(nb)
    taken: set[str] = set()
    pages = {}
    for row in book.rows:
        notebooks = by_learner[row.learner]
        body = (
            f"<h1>Feedback for {esc(row.learner)}</h1>"
            f"<p>You scored <strong>{num(row.total())} of {num(book.max_total)} points "
            f"({book.percent(row):.0f}%)</strong> in the exercises your cohort handed in. "
            "Each task below says what your answer got right or missed, and links to the "
            "section of the course to reread.</p>"
            + "".join(_notebook(nb, row.learner, overrides) for nb in notebooks)
        )
        pages[file_name(row.learner, taken)] = page(
            f"Feedback for {row.learner}", body, description="pmcourse feedback on your exercises"
        )
    return pages


def write_feedback(batch: BatchResult, folder: Path, overrides: Overrides | None = None) -> int:
    """Write every learner's page into ``folder`` (made if needed); all or nothing."""
    pages = feedback_pages(batch, overrides)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ResultsError(f"Cannot make the feedback folder {folder}: {exc.strerror}.") from None
    write_many({folder / name: html for name, html in pages.items()})
    return len(pages)
