"""The numeric task: a number, right within a tolerance.

A number typed as text, with its unit or a decimal comma, is refused with one line
that says how to write it; a coarser rounding of the right result earns half, and
known wrong results (mistakes) get their own explanation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._base import QUOTE, Json, Task, Verdict, raise_if_placeholder

__all__ = [
    "Mistake",
    "Numeric",
]


# What says how precisely a number is wanted: "to one decimal place", "to the nearest dollar".
_PRECISION = re.compile(r"decimal places?|\bnearest\b", re.IGNORECASE)


@dataclass(frozen=True)
class Mistake:
    value: float
    why: str


@dataclass(frozen=True, kw_only=True)
class Numeric(Task):
    """A number, within a tolerance; known wrong results get their own explanation."""

    expected: float
    tolerance: float = 0.01
    mistakes: Sequence[Mistake] = ()
    too_high: str = "That is too high."
    too_low: str = "That is too low."
    right: str = "Right."

    def problems(self) -> list[str]:
        out = super().problems()
        if not _PRECISION.search(self.prompt):
            out.append(
                "its prompt must say how precisely to answer ('to one decimal place', 'to the "
                f"nearest dollar'): the check accepts only answers within {self.tolerance:g}"
            )
        if not (math.isfinite(self.expected) and math.isfinite(self.tolerance)):
            out.append("expected and tolerance must be finite numbers")
        if not self.tolerance >= 0:
            out.append("tolerance must be 0 or more")
        for m in self.mistakes:
            if abs(m.value - self.expected) <= self.tolerance:
                out.append(f"the mistake {m.value:g} is within the tolerance of the right result")
            if not m.why.strip():
                out.append(f"the mistake {m.value:g} needs its explanation (why)")
        return out

    def prepare(self, answer: object) -> Json:
        raise_if_placeholder(answer)
        if isinstance(answer, str):
            # "42.5", "42,5", "42.5%", "$5400", "5,400 dollars": a number with its unit
            bare = re.sub(
                r"^[$€£]\s*|\s*(?:%|percent|dollars?|usd|hours?|h)$",
                "",
                answer.strip(),
                flags=re.IGNORECASE,
            )
            thousands = re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", bare)
            number = bare.replace(",", "" if thousands else ".")
            try:
                float(number)
            except ValueError:
                pass
            else:  # the right kind of content, in the wrong type: say only that
                raise self._bad(
                    answer, f"write it as a number, without quotes or units: {number[:QUOTE]}"
                )
        if (
            isinstance(answer, tuple)
            and len(answer) == 2
            and all(type(x) is int and x >= 0 for x in answer)
        ):  # 22,25 typed with a decimal comma is a tuple in Python
            raise self._bad(
                answer, f"write the decimal point as a dot: {answer[0]}.{answer[1]}, not a comma"
            )
        if isinstance(answer, bool) or not isinstance(answer, int | float):
            raise self._bad(answer)
        value = float(answer)
        if not math.isfinite(value):
            raise self._bad(answer, f"got {value}")
        return value

    def grade(self, data: Json) -> Verdict:
        if abs(data - self.expected) <= self.tolerance:
            return Verdict(1.0, self.right)
        shown = _number(data)
        for places in range(3):
            # A coarser rounding of the right result, however it was rounded (half up as
            # people do, half to even as Python does, or cut off), is no arithmetic mistake.
            if data in _roundings(self.expected, places) and abs(data - self.expected) < 1:
                return Verdict(
                    0.5,
                    f"{shown} is the right result rounded to {places} decimal place(s); "
                    f"give it as precisely as the task asks (within {self.tolerance:g}).",
                )
        for m in self.mistakes:
            if abs(data - m.value) <= self.tolerance:
                return Verdict(0.0, f"{shown}: {m.why}")
        return Verdict(0.0, f"{shown}: {self.too_high if data > self.expected else self.too_low}")


def _number(value: float) -> str:
    """A number as a learner types it: 5400000, not 5.4e+06; 0.2225, not 0.2225000."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _roundings(value: float, places: int) -> set[float]:
    from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

    step = Decimal(1).scaleb(-places)
    exact = Decimal(repr(value))
    return {
        float(exact.quantize(step, rounding=mode))
        for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)
    }
