"""One exception hierarchy. Messages are one line, written for learners.

The library raises; only the command line turns these into exit codes.
"""

from __future__ import annotations

__all__ = [
    "AnswerError",
    "DefinitionError",
    "NotebookError",
    "PmcourseError",
    "ResultsError",
    "UnknownTaskError",
    "UsageError",
]


class PmcourseError(Exception):
    """Base class of every error pmcourse raises on purpose."""


class UnknownTaskError(PmcourseError, LookupError):
    """A task id that no exercise defines."""


class AnswerError(PmcourseError, ValueError):
    """An answer of the wrong shape: wrong type, empty, ``None``, a function that raises."""


class DefinitionError(PmcourseError, ValueError):
    """A task or exercise defined against the course's rules (an author's mistake, found on import)."""


class NotebookError(PmcourseError):
    """A notebook that cannot be graded: unreadable, not a notebook, no tasks, a dead kernel."""


class UsageError(PmcourseError):
    """The command line was called with arguments that cannot work."""


class ResultsError(PmcourseError):
    """A results, shard or overrides file that cannot be read or does not fit."""
