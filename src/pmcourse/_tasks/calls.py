"""Calling a learner's function on hidden cases and turning what it returns into JSON data.

This module is self-contained on purpose (standard library only, no relative
imports): :class:`~pmcourse._tasks._code.Code` uses it inside ``check``, and
the grader sends its *source* into the kernel after the notebook has run, to
call the learner's function itself in a fresh namespace. What the session
recorded, or a patched ``pmcourse`` inside the kernel, then cannot stand in for
the function's real results.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["plain", "run_cases"]


def plain(value: Any, depth: int = 0) -> Any:
    """A return value as JSON data; sets become sorted lists, tuples plain lists."""
    if depth > 20:
        raise ValueError("the value is nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, list | tuple):
        return [plain(v, depth + 1) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v, depth + 1) for v in value), key=repr)
    if isinstance(value, Mapping):
        return {str(k): plain(v, depth + 1) for k, v in value.items()}
    return f"<{type(value).__name__}>"


def run_cases(function: Any, cases: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Call ``function(*args)`` for each case; one {"value": ...} or {"error": ...} each."""
    results: list[dict[str, Any]] = []
    for args in cases:
        try:
            value = function(*copy.deepcopy(args))
        except NotImplementedError:
            results.append({"error": "NotImplementedError"})
        except Exception as exc:  # noqa: BLE001 - any failure is feedback
            msg = str(exc).splitlines()[0][:120] if str(exc) else ""
            results.append({"error": f"{type(exc).__name__}: {msg}".rstrip(": ")})
        else:
            kind = type(value).__name__
            try:
                results.append({"value": plain(value), "type": kind})
            except ValueError as exc:
                results.append({"error": str(exc)})
    return results
