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

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at run time

if TYPE_CHECKING:
    from typing import Any

__all__ = ["RECORD_FILE_ENV", "SUBMISSIONS", "export_json", "record"]

RECORD_FILE_ENV = "PMCOURSE_RECORD_FILE"
SUBMISSIONS: dict[str, dict[str, Any]] = {}
_record_file = os.environ.get(RECORD_FILE_ENV)


def record(task_id: str, entry: dict[str, Any]) -> None:
    SUBMISSIONS[task_id] = entry
    if _record_file:
        import json

        try:
            with open(_record_file, "a", encoding="utf-8") as fh:  # noqa: PTH123 - hot path, no pathlib
                fh.write(json.dumps({"id": task_id, "entry": entry}, default=repr) + "\n")
        except OSError:
            pass


def export_json() -> str:
    import json

    return json.dumps(SUBMISSIONS, default=repr)
