"""pmcourse: the technical product manager course as a Python package.

Inside an exercise notebook a learner calls :func:`check` with a task id and an
answer and gets feedback at once. The ``pmcourse`` command copies fresh
notebooks into a workspace (``pmcourse start``) and grades finished ones
(``pmcourse grade``).

This module stays light on purpose: importing it loads no Jupyter machinery.
"""

from __future__ import annotations

from ._check import check, hint, solution, tasks
from ._errors import AnswerError, NotebookError, PmcourseError, UnknownTaskError, UsageError
from ._schema import TaskResult

__version__ = "0.1.0"

__all__ = [
    "AnswerError",
    "NotebookError",
    "PmcourseError",
    "TaskResult",
    "UnknownTaskError",
    "UsageError",
    "__version__",
    "check",
    "hint",
    "solution",
    "tasks",
]
