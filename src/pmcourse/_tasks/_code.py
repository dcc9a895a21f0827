"""The code task: the learner writes a function, run on hidden cases.

The function runs where it is defined (the learner's kernel) and only its return
values travel to the grader; feedback names each failing case by its label, never
by its arguments, so the cases stay hidden.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._errors import AnswerError
from ._base import Json, NotAttempted, Task, Verdict, kind_of, raise_if_placeholder
from .calls import plain, run_cases

__all__ = [
    "Case",
    "Code",
]


@dataclass(frozen=True)
class Case:
    """A hidden case: the arguments, the expected return value, and a label.

    Feedback names the label, never the arguments, so the cases stay hidden.
    """

    args: tuple[Any, ...]
    expected: Any
    label: str


_plain = plain  # one definition, in calls.py


def _what_came_back(value: Json, expected: Any) -> str:
    """What a function returned, told without echoing the hidden case's inputs."""
    if isinstance(value, list) and isinstance(expected, list):
        want = len(expected)
        return (
            f"your function returned {len(value)} item(s) where {want} "
            f"{'was' if want == 1 else 'were'} expected"
            if len(value) != want
            else f"your function returned {want} item(s), as expected, but not the right ones "
            "(or not in the right order)"
        )
    return f"your function returned {kind_of(value)}, not what the rules ask for"


@dataclass(frozen=True, kw_only=True)
class Code(Task):
    """The learner writes a function; it runs on hidden cases where it is defined."""

    function_name: str
    cases: Sequence[Case]

    def problems(self) -> list[str]:
        out = super().problems()
        name = self.function_name
        if not name.isidentifier():
            out.append(f"function_name={name!r} is not a Python name")
        elif not re.search(rf"^def {name}\(", self.starter, re.MULTILINE):
            out.append(f"its starter must define {name}() for the learner to complete")
        labels = [c.label.strip() for c in self.cases]
        if not labels:
            out.append("it needs hidden cases")
        if not all(labels) or len(set(labels)) != len(labels):
            out.append("every hidden case needs a label of its own (feedback names it)")
        shown = self.shown_text()
        if any(label and label in shown for label in labels):
            out.append("a hidden case's label shows in the notebook")
        return out

    def prepare(self, answer: object) -> Json:
        raise_if_placeholder(answer)
        if not callable(answer) or isinstance(answer, type):
            raise self._bad(answer)
        results = run_cases(answer, [case.args for case in self.cases])
        if all(r.get("error") == "NotImplementedError" for r in results):
            raise NotAttempted
        return results

    def revalidate(self, data: Json) -> Json:
        ok = (
            isinstance(data, list)
            and len(data) == len(self.cases)
            and all(isinstance(r, dict) and ("value" in r or "error" in r) for r in data)
        )
        if not ok:
            raise AnswerError(
                f"Task {self.id}: the recorded results of your function are unreadable."
            )
        return data

    def grade(self, data: Json) -> Verdict:
        lines = []
        passed = 0
        for case, result in zip(self.cases, data, strict=True):
            if "error" in result:
                lines.append(f"✘ {case.label}: your function raised {result['error']}")
            elif result["value"] == _plain(case.expected):
                passed += 1
            elif result.get("type") in {"NoneType", "generator"}:
                lines.append(
                    f"✘ {case.label}: your function printed or yielded instead of returning a "
                    f"list (it returned {'None' if result['type'] == 'NoneType' else 'a generator'})"
                )
            else:
                lines.append(f"✘ {case.label}: {_what_came_back(result['value'], case.expected)}")
        head = f"{passed} of {len(self.cases)} hidden cases pass."
        return Verdict(passed / len(self.cases), "\n".join([head, *lines]))
