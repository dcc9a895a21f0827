"""Results of grading: one per notebook, one per batch.

These are plain data: the grader makes them, the reports read them, and they
round-trip through JSON (``to_dict``/``from_dict``), so a results file written
by ``pmcourse grade`` can be reported on, merged and reviewed later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ._errors import ResultsError
from ._results import TaskResult

__all__ = ["NOTEBOOK_STATUSES", "SCHEMA", "BatchResult", "NotebookResult", "NotebookStatus"]

NotebookStatus = Literal["graded", "error"]
NOTEBOOK_STATUSES: tuple[NotebookStatus, ...] = ("graded", "error")

# The version of the results JSON. Bump it when a field changes meaning or goes.
SCHEMA = 2


@dataclass
class NotebookResult:
    """The verdict on one notebook: graded with task results, or an error with a reason."""

    path: str
    status: NotebookStatus
    error: str | None = None
    tasks: list[TaskResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    learner: str | None = None
    launch: str | None = None  # how its kernel started: "cold" or "warm"
    solution_first: list[str] = field(default_factory=list)  # solution viewed before an answer

    def __post_init__(self) -> None:
        if self.status not in NOTEBOOK_STATUSES:
            msg = f"unknown notebook status {self.status!r}"
            raise ValueError(msg)

    @property
    def score(self) -> float:
        return round(sum(t.score for t in self.tasks), 2)

    @property
    def max_score(self) -> float:
        return sum(t.max_score for t in self.tasks)

    @property
    def ok(self) -> bool:
        return self.status == "graded" and all(t.passed for t in self.tasks)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "learner": self.learner,
            "status": self.status,
            "error": self.error,
            "notes": list(self.notes),
            "score": self.score,
            "max_score": self.max_score,
            "seconds": round(self.seconds, 3),
            "launch": self.launch,
            "solution_first": list(self.solution_first),
            "tasks": [t.to_dict() for t in self.tasks],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NotebookResult:
        try:
            return cls(
                path=str(data["path"]),
                status=data["status"],
                error=data.get("error"),
                tasks=[TaskResult.from_dict(t) for t in data.get("tasks", [])],
                notes=[str(n) for n in data.get("notes", [])],
                seconds=float(data.get("seconds", 0.0)),
                learner=data.get("learner"),
                launch=data.get("launch"),
                solution_first=[str(t) for t in data.get("solution_first", [])],
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            msg = f"not a notebook result ({exc})"
            raise ValueError(msg) from None


@dataclass
class BatchResult:
    """Every notebook of one ``pmcourse grade`` run, in the order they were given."""

    notebooks: list[NotebookResult] = field(default_factory=list)
    interrupted: bool = False
    sandbox: str | None = None  # "bubblewrap" or "none": how kernels were isolated
    version: str | None = None  # the pmcourse that graded; filled by to_dict when unknown
    fingerprint: str | None = None  # of the task set; results of two task sets never mix
    shard: str | None = None  # "K/N" for 'pmcourse grade --shard K/N'; merge checks the set
    root: str | None = None  # the folder grading ran in: notebook paths are relative to it

    @property
    def score(self) -> float:
        return round(sum(n.score for n in self.notebooks), 2)

    @property
    def max_score(self) -> float:
        return sum(n.max_score for n in self.notebooks)

    @property
    def ok(self) -> bool:
        return bool(self.notebooks) and not self.interrupted and all(n.ok for n in self.notebooks)

    def to_dict(self) -> dict[str, Any]:
        from . import __version__
        from ._tasks import fingerprint

        return {
            "schema": SCHEMA,
            "pmcourse": self.version or __version__,
            "tasks_fingerprint": self.fingerprint or fingerprint(),
            "sandbox": self.sandbox,
            "score": self.score,
            "max_score": self.max_score,
            "interrupted": self.interrupted,
            "shard": self.shard,
            "root": self.root,
            "notebooks": [n.to_dict() for n in self.notebooks],
        }

    @classmethod
    def from_dict(cls, data: object, *, source: str = "the results") -> BatchResult:
        """Read results back; raise :class:`ResultsError` with one line when they are not ours."""
        if not isinstance(data, dict) or "notebooks" not in data:
            raise ResultsError(f"{source} is not a pmcourse results file (no 'notebooks').")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise ResultsError(
                f"{source} has results schema {schema!r}; this pmcourse reads schema {SCHEMA}. "
                "Grade again with this version."
            )
        if not isinstance(data["notebooks"], list):
            raise ResultsError(f"{source}: 'notebooks' is not a list.")
        notebooks = []
        for i, item in enumerate(data["notebooks"]):
            try:
                notebooks.append(NotebookResult.from_dict(item))
            except ValueError as exc:
                raise ResultsError(f"{source}: notebook {i + 1} is damaged: {exc}.") from None
        return cls(
            notebooks,
            interrupted=bool(data.get("interrupted", False)),
            sandbox=data.get("sandbox"),
            version=data.get("pmcourse"),
            fingerprint=data.get("tasks_fingerprint"),
            shard=data.get("shard") if isinstance(data.get("shard"), str) else None,
            root=data.get("root") if isinstance(data.get("root"), str) else None,
        )
