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

try:  # written by the build from the git tag (hatch-vcs)
    from ._version import __version__
except ImportError:  # pragma: no cover - a source tree that was never built or installed
    __version__ = "0.0.0+unknown"

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
