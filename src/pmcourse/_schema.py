"""The results model (schema 3): the one description of what grading produces.

A batch (:class:`BatchResult`) holds notebooks (:class:`NotebookResult`), each
holding tasks (:class:`TaskResult`), each judged against criteria (the
``✔``/``✘`` lines of its feedback, :attr:`TaskResult.criteria`). The statuses
of tasks and notebooks are in one table each, here. Learners and versions are
fields: the learner a notebook belongs to, the pmcourse and the task set that
graded the batch.

The grader writes these structs, and merge, report, gradebook, review and
feedback read them back; msgspec checks the types while it decodes, and
:func:`decode` turns what it finds wrong into one line. A schema-2 file
(pmcourse 0.1) reads through :func:`upgrade`.

Three things a cohort must never confuse, each said in its own way:

- *missing*: a notebook with status ``"missing"`` (expected, not handed in);
- *could not be graded*: status ``"error"``, with its reason;
- *scored 0*: status ``"graded"``, with a score of 0.

Per task, ``"not in version"`` says that the learner's notebook predates the
task: it counts towards no total. ``"review"`` says a human must look. A
notebook whose content is another exercise than its file name says carries
that exercise in :attr:`NotebookResult.filed_as`.
"""

from __future__ import annotations

import re
from typing import Any, Final, Literal, TypeVar

import msgspec

from ._display import STATUSES
from ._errors import ResultsError

__all__ = [
    "NOTEBOOK_STATUSES",
    "READS",
    "SCHEMA",
    "STATUSES",
    "BatchResult",
    "BatchSummary",
    "NotebookResult",
    "NotebookStatus",
    "NotebookSummary",
    "TaskResult",
    "TaskStatus",
    "decode",
    "encode",
    "sort_key",
    "upgrade",
]

# The version of the results JSON. Bump it when a field changes meaning or goes,
# and teach upgrade() to read the one before.
SCHEMA = 3
READS = (2, 3)  # the schemas decode() reads

# The task statuses; how each shows (symbol, label, colour) is the one table
# STATUSES, in _display (a test keeps the two the same).
# review: a human must look before the verdict counts (free-text answers).
# not in version: the learner's notebook predates the task: not a 0, and in no total.
TaskStatus = Literal["pass", "fail", "review", "error", "not attempted", "not in version"]
#: the one status whose task counts in no total (the notebook predates the task); hot loops
#: over a cohort compare with it directly instead of calling ``TaskResult.counted``
UNCOUNTED: Final = "not in version"

NotebookStatus = Literal["graded", "error", "missing"]
# graded: scored (0 is a score); error: could not be graded (``error`` says why);
# missing: expected of the learner and not handed in (no file).
NOTEBOOK_STATUSES: tuple[NotebookStatus, ...] = ("graded", "error", "missing")

_PASS = STATUSES["pass"][0] + " "
_FAIL = STATUSES["fail"][0] + " "


class TaskResult(msgspec.Struct, omit_defaults=True, gc=False):
    """The verdict on one answer to one task.

    ``feedback`` explains this particular answer; ``hint`` and ``link`` point to
    what to reread. ``solution`` is filled only when the learner asked for it,
    with ``answer`` and ``checklist`` beside it; the grader never fills them.
    It shows itself as text in a terminal and as HTML in Jupyter
    (:mod:`pmcourse._display`).
    """

    task_id: str = msgspec.field(name="id")
    title: str
    status: TaskStatus
    score: float
    max_score: float
    feedback: str
    hint: str | None = None
    link: str | None = None
    solution: str | None = None
    # Free text shown beside the model answer, with questions to compare the two.
    answer: str | None = None
    checklist: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            msg = f"unknown task status {self.status!r}"
            raise ValueError(msg)

    def replace(self, **changes: Any) -> TaskResult:
        """A copy with some fields changed."""
        return msgspec.structs.replace(self, **changes)

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    @property
    def counted(self) -> bool:
        """Whether the task counts towards totals (not when the notebook predates it)."""
        return self.status != UNCOUNTED

    @property
    def criteria(self) -> list[tuple[bool, str]]:
        """The criteria the feedback judged, as (met, text): its ``✔``/``✘`` lines."""
        return [
            (line.startswith(_PASS), line[len(_PASS) :])
            for line in self.feedback.splitlines()
            if line.startswith((_PASS, _FAIL))
        ]

    @property
    def failed_lines(self) -> list[str]:
        """The feedback lines that explain what is missing (all of them for a one-line verdict)."""
        if self.status == "pass":
            return []
        lines = [line for line in self.feedback.splitlines() if line.strip()]
        marked = [line for line in lines if not line.startswith(_PASS)]
        return marked or lines

    def __str__(self) -> str:
        from ._display import task_text

        return task_text(self)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from ._display import task_html

        return task_html(self)


class NotebookSummary(msgspec.Struct, kw_only=True, gc=False):
    """What a notebook's result says without its tasks: what merging reads.

    ``path`` comes first: merging finds each notebook in a file by it.
    """

    path: str
    learner: str | None = None
    status: NotebookStatus
    error: str | None = None
    score: float = 0.0
    max_score: float = 0.0
    seconds: float = 0.0
    exercise: int | None = None  # the exercise its content is (for "missing": the one expected)
    filed_as: int | None = None  # the exercise its file name says, only where that is another


class NotebookResult(NotebookSummary, kw_only=True, gc=False):
    """The verdict on one notebook: graded with task results, or why not.

    ``score`` and ``max_score`` are the sums of its counted tasks, always.
    """

    notes: list[str] = msgspec.field(default_factory=list)
    launch: str | None = None  # how its kernel started: "cold" or "warm"
    solution_first: list[str] = msgspec.field(default_factory=list)  # solution seen first
    tasks: list[TaskResult] = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        self.total()

    def total(self) -> None:
        """Set ``score`` and ``max_score`` from the tasks (after changing them)."""
        # One plain loop: every notebook of a decoded cohort (100,000 of them) runs it.
        score = most = 0.0
        for t in self.tasks:
            if t.status != UNCOUNTED:  # t.counted, inlined
                score += t.score
                most += t.max_score
        self.score = round(score, 2)
        self.max_score = most

    @property
    def ok(self) -> bool:
        return self.status == "graded" and all(t.passed for t in self.tasks if t.counted)

    @property
    def misfiled(self) -> bool:
        """Its content belongs to another exercise than its file name says."""
        return self.filed_as is not None and self.filed_as != self.exercise


def sort_key(learner: str | None, path: str) -> tuple[str, str]:
    """The order of a cohort's notebooks in results: by learner, then path."""
    return (learner or "", path)


class _Head(msgspec.Struct, kw_only=True, gc=False):
    """What a results file says before its notebooks (which come last: merging relies on it)."""

    schema: int = SCHEMA
    pmcourse: str | None = None  # the pmcourse that graded (render_json fills it when unknown)
    tasks_fingerprint: str | None = None  # of the task set; results of two never mix
    sandbox: str | None = None  # "bubblewrap", "none", or "mixed" after a merge
    exercises: list[int] | None = None  # the cohort's exercises, where they were given
    shard: str | None = None  # "K/N" for 'pmcourse grade --shard K/N': merge checks the set
    root: str | None = None  # the folder grading ran in: notebook paths are relative to it
    missing_shards: list[str] | None = None  # shards a merge went without (--allow-partial)
    score: float = 0.0
    max_score: float = 0.0
    interrupted: bool = False


class BatchSummary(_Head, kw_only=True, gc=False):
    """A results file read without its tasks: what merging needs, at a fraction of the cost."""

    notebooks: list[NotebookSummary]


class BatchResult(_Head, kw_only=True, gc=False):
    """Every notebook of one ``pmcourse grade`` run (or merge), in order."""

    notebooks: list[NotebookResult]

    def __post_init__(self) -> None:
        self.total()

    def total(self) -> None:
        """Set ``score`` and ``max_score`` from the notebooks."""
        self.score = round(sum(n.score for n in self.notebooks), 2)
        self.max_score = sum(n.max_score for n in self.notebooks)

    @property
    def ok(self) -> bool:
        return bool(self.notebooks) and not self.interrupted and all(n.ok for n in self.notebooks)


B = TypeVar("B", BatchResult, BatchSummary)


def upgrade(batch: B) -> B:
    """Schema-2 results (pmcourse 0.1), decoded, as schema 3.

    Schema 3 only adds fields (``exercise``, ``filed_as``, ``exercises``) and
    statuses (``missing``, ``review``, ``not in version``); every field of
    schema 2 keeps its name and meaning, so a schema-2 file decodes field for
    field and the new fields take their defaults. What is left is the number.
    """
    if batch.schema != 2:
        msg = f"upgrade() reads schema 2, not {batch.schema!r}"
        raise ValueError(msg)
    batch.schema = SCHEMA
    return batch


def encode(batch: BatchResult) -> bytes:
    """The JSON of a batch, laid out as ``json.dumps(..., indent=2)`` would (merging relies on it)."""
    return msgspec.json.format(msgspec.json.encode(batch), indent=2)


_DECODERS: dict[type[Any], Any] = {}

_AT = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<where>[^`]*)`)?$")
_INDEX = re.compile(r"\.notebooks\[(\d+)\](?:\.tasks\[(\d+)\])?\.?(\w*)")


def _decoder(kind: type[B]) -> msgspec.json.Decoder[B]:
    decoder = _DECODERS.get(kind)
    if decoder is None:
        decoder = _DECODERS[kind] = msgspec.json.Decoder(kind)
    return decoder


def _damage(source: str, exc: msgspec.ValidationError) -> ResultsError:
    """msgspec's account of a wrong value, as one line for the person who has the file."""
    found = _AT.match(str(exc))
    assert found is not None
    what, where = found["what"], found["where"] or ""
    spot = _INDEX.match(where)
    if spot is None:  # the file itself, or a top-level field
        if "`notebooks`" in what or where in ("", ".notebooks"):
            return ResultsError(f"{source} is not a pmcourse results file (no 'notebooks').")
        return ResultsError(f"{source}: {where.lstrip('.')} is damaged ({what}).")
    notebook, task, field = spot.groups()
    field = field or (what.split("`")[1] if "missing required field" in what else "")
    if "Expected `float" in what or "Expected `int" in what:
        problem = f"{field} is not a number"
    elif "Expected `str" in what:
        problem = f"{field} is not text"
    elif "missing required field" in what:
        problem = f"no {field}"
    elif field == "status":
        problem = f"unknown status ({what.lower()})"
    else:
        problem = f"{field or 'it'}: {what}"
    if task is not None:
        problem = f"task {int(task) + 1} is not a task result: {problem}"
    return ResultsError(f"{source}: notebook {int(notebook) + 1} is damaged: {problem}.")


def check_schema(schema: object, source: str) -> None:
    """Raise ResultsError with one line unless this pmcourse reads results of ``schema``."""
    if schema not in READS:
        raise ResultsError(
            f"{source} has results schema {schema!r}; this pmcourse reads schema "
            f"{' and '.join(map(str, READS))}. Grade again with this version."
        )


def decode(raw: bytes | memoryview, source: str, kind: type[B]) -> B:
    """Results from JSON bytes; :class:`ResultsError` with one line when they are not sound.

    A schema-2 file reads through :func:`upgrade`; ``kind`` is :class:`BatchResult`,
    or :class:`BatchSummary` to skip the tasks (they are still checked to be JSON).
    """
    try:
        batch = _decoder(kind).decode(raw)
    except msgspec.ValidationError as exc:
        data = _plain(raw, source)
        if not isinstance(data, dict) or not isinstance(data.get("notebooks"), list):
            raise ResultsError(
                f"{source} is not a pmcourse results file (no 'notebooks')."
            ) from None
        check_schema(data.get("schema"), source)
        raise _damage(source, exc) from None
    except msgspec.DecodeError:
        _plain(raw, source)  # says whether it is cut off or not JSON at all
        raise ResultsError(f"{source} is not a pmcourse results file.") from None
    check_schema(batch.schema, source)
    return upgrade(batch) if batch.schema == 2 else batch


def _plain(raw: bytes | memoryview, source: str) -> object:
    """The JSON as plain data, or a one-line error saying why it is not JSON."""
    try:
        return msgspec.json.decode(raw)
    except msgspec.DecodeError:
        pass
    import json

    try:
        return json.loads(bytes(raw))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "its bytes"
        raise ResultsError(
            f"{source} is not complete JSON ({where}): truncated or not a results file."
        ) from None
