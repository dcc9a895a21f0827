"""Results of grading: one per notebook, one per batch (the grader's side)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ._results import TaskResult

__all__ = ["BatchResult", "NotebookResult"]


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
