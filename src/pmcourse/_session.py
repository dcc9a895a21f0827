"""What the learner's checks recorded in this kernel.

:func:`pmcourse.check` stores the prepared form of each answer here. The
grader reads it once at the end of a run through the kernel's reply channel
(``user_expressions`` on the shell channel, see ``_runner``), and grades it
again in its own process; printed output never reaches it. While grading, each
record is also appended to a private file so that answers checked before a
kernel crash still count.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["RECORD_FILE_ENV", "SOLUTION_FIRST", "SUBMISSIONS", "export_json", "record"]

RECORD_FILE_ENV = "PMCOURSE_RECORD_FILE"
SUBMISSIONS: dict[str, dict[str, Any]] = {}
SOLUTION_FIRST: set[str] = set()  # tasks whose model answer was shown before any answer
_record_file = os.environ.get(RECORD_FILE_ENV)


def _append(item: dict[str, Any]) -> None:
    if _record_file:
        import json

        try:
            with open(_record_file, "a", encoding="utf-8") as fh:  # noqa: PTH123 - hot path, no pathlib
                fh.write(json.dumps(item, default=repr) + "\n")
        except OSError:
            pass


def record(task_id: str, entry: dict[str, Any]) -> None:
    SUBMISSIONS[task_id] = entry
    _append({"id": task_id, "entry": entry})


def record_solution_view(task_id: str) -> None:
    """Note that the model answer was shown; it counts as 'first' if no answer came before."""
    answered = SUBMISSIONS.get(task_id, {}).get("state") == "answered"
    if not answered and task_id not in SOLUTION_FIRST:
        SOLUTION_FIRST.add(task_id)
        _append({"solution_first": task_id})


def export_json() -> str:
    import json

    return json.dumps(
        {"submissions": SUBMISSIONS, "solution_first": sorted(SOLUTION_FIRST)}, default=repr
    )
