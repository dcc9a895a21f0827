"""What the learner's checks recorded in this kernel.

:func:`pmcourse.check` stores the prepared form of each answer here; the grader
reads it once at the end of a run through the kernel's reply channel (see
``_runner``) and grades it again in its own process. Printed output never
reaches the grader.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["SUBMISSIONS", "export_json", "record"]

SUBMISSIONS: dict[str, dict[str, Any]] = {}


def record(task_id: str, entry: dict[str, Any]) -> None:
    SUBMISSIONS[task_id] = entry


def export_json() -> str:
    return json.dumps(SUBMISSIONS, default=repr)
