"""Result objects: one for a task, one for a notebook, one for a batch.

Each renders as plain text in a terminal (``str``/``repr``) and as HTML in
Jupyter (``_repr_html_``), and turns into plain data for JSON (``to_dict``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["BatchResult", "NotebookResult", "TaskResult", "TaskStatus"]

TaskStatus = Literal["pass", "fail", "error", "not attempted"]

_ICONS: dict[str, str] = {"pass": "✔", "fail": "✘", "error": "!", "not attempted": "·"}
_COLOURS: dict[str, str] = {
    "pass": "#1a7f37",
    "fail": "#b42318",
    "error": "#9a6700",
    "not attempted": "#57606a",
}


def _points(x: float) -> str:
    return f"{x:g}"


@dataclass(frozen=True)
class TaskResult:
    """The verdict on one answer to one task.

    ``feedback`` explains this particular answer; ``hint`` and ``link`` point to
    what to reread. ``solution`` is filled only when the learner asked for it.
    """

    task_id: str
    title: str
    status: TaskStatus
    score: float
    max_score: float
    feedback: str
    hint: str | None = None
    link: str | None = None
    solution: str | None = None

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.task_id,
            "title": self.title,
            "status": self.status,
            "score": self.score,
            "max_score": self.max_score,
            "feedback": self.feedback,
            "hint": self.hint,
            "link": self.link,
        }

    def __str__(self) -> str:
        head = (
            f"{_ICONS[self.status]} Task {self.task_id} ({self.title}): {self.status.upper()}"
            f" - {_points(self.score)}/{_points(self.max_score)} points"
        )
        lines = [head, *(f"  {line}" for line in self.feedback.splitlines())]
        if self.status != "pass" and self.hint:
            lines.append(f"  Hint: {self.hint}")
        if self.status != "pass" and self.link:
            lines.append(f"  Reread: {self.link}")
        if self.solution:
            lines.append("  Model answer:")
            lines.extend(f"    {line}" for line in self.solution.splitlines())
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        colour = _COLOURS[self.status]
        esc = html.escape
        parts = [
            (
                f'<div class="pmcourse-result" role="status" style="border-left:4px solid {colour};'
                'padding:0.4em 0.8em;margin:0.3em 0">'
            ),
            (
                f'<strong style="color:{colour}">{esc(_ICONS[self.status])} '
                f"Task {esc(self.task_id)}: {esc(self.status.upper())}</strong> "
                f"<span>({esc(self.title)}, {_points(self.score)}/{_points(self.max_score)}"
                " points)</span>"
            ),
            "".join(
                f"<p style='margin:0.3em 0'>{esc(line)}</p>" for line in self.feedback.splitlines()
            ),
        ]
        if self.status != "pass" and self.hint:
            parts.append(f"<p style='margin:0.3em 0'><em>Hint:</em> {esc(self.hint)}</p>")
        if self.status != "pass" and self.link:
            parts.append(
                f'<p style=\'margin:0.3em 0\'><a href="{esc(self.link)}" target="_blank">'
                "Reread the section in the course</a></p>"
            )
        if self.solution:
            parts.append(
                "<details open><summary>Model answer</summary>"
                f"<pre style='white-space:pre-wrap'>{esc(self.solution)}</pre></details>"
            )
        parts.append("</div>")
        return "".join(parts)


@dataclass
class NotebookResult:
    """The verdict on one notebook: graded with task results, or an error with a reason."""

    path: str
    status: Literal["graded", "error"]
    error: str | None = None
    tasks: list[TaskResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return sum(t.score for t in self.tasks)

    @property
    def max_score(self) -> float:
        return sum(t.max_score for t in self.tasks)

    @property
    def ok(self) -> bool:
        return self.status == "graded" and all(t.passed for t in self.tasks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "error": self.error,
            "notes": list(self.notes),
            "score": self.score,
            "max_score": self.max_score,
            "seconds": round(self.seconds, 3),
            "tasks": [t.to_dict() for t in self.tasks],
        }


@dataclass
class BatchResult:
    """Every notebook of one ``pmcourse grade`` run, in the order they were given."""

    notebooks: list[NotebookResult] = field(default_factory=list)
    interrupted: bool = False

    @property
    def score(self) -> float:
        return sum(n.score for n in self.notebooks)

    @property
    def max_score(self) -> float:
        return sum(n.max_score for n in self.notebooks)

    @property
    def ok(self) -> bool:
        return bool(self.notebooks) and not self.interrupted and all(n.ok for n in self.notebooks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "max_score": self.max_score,
            "interrupted": self.interrupted,
            "notebooks": [n.to_dict() for n in self.notebooks],
        }
