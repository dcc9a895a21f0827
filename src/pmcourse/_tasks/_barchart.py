"""The chart task: a bar chart the learner draws, read through a summary of it.

The summary (axes, title, labels, bars and their tick labels) is plain data taken
from a matplotlib figure or a :mod:`pmcourse.chart` one; criteria read it, with
:func:`bars_of` giving the bars in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._errors import AnswerError
from ._base import Json, Task, Verdict, raise_if_placeholder
from ._rubric import Criterion, criteria_problems, score_criteria

__all__ = [
    "Chart",
    "bars_of",
]


def _axis_labels(axis: Any) -> list[list[Any]]:
    """[position, label] for each tick of a matplotlib axis, as the reader sees it."""
    mapping = getattr(axis.get_units(), "_mapping", None)
    formatter = type(axis.get_major_formatter()).__name__
    if isinstance(mapping, dict) and mapping and formatter == "StrCategoryFormatter":
        return [[float(pos), str(label)] for label, pos in mapping.items()]
    return [
        [float(pos), lab.get_text()]
        for pos, lab in zip(axis.get_majorticklocs(), axis.get_majorticklabels(), strict=False)
    ]


def _summarise_figure(answer: object) -> dict[str, Any]:
    from ..chart import Axes, Figure  # the SVG charts drawn where matplotlib is absent

    if isinstance(answer, (Axes, Figure)):
        return answer.chart_summary()
    fig = getattr(answer, "figure", None) if hasattr(answer, "get_title") else answer
    axes = getattr(fig, "axes", None)
    if not isinstance(axes, list) or not axes:
        raise TypeError
    ax = axes[0]
    bars = []
    for container in getattr(ax, "containers", []):
        horizontal = getattr(container, "orientation", "vertical") == "horizontal"
        for patch in getattr(container, "patches", []):
            bars.append(
                {
                    "horizontal": horizontal,
                    "x": float(patch.get_x()),
                    "y": float(patch.get_y()),
                    "w": float(patch.get_width()),
                    "h": float(patch.get_height()),
                }
            )
    # Only the axis that names the bars matters, and reading tick labels makes
    # matplotlib place every tick: take category names straight from the axis
    # when it shows them unchanged.
    horizontal = bool(bars) and all(b["horizontal"] for b in bars)
    ticks: dict[str, list[list[Any]]] = {"x": [], "y": []}
    if bars:
        name = "y" if horizontal else "x"
        ticks[name] = _axis_labels(getattr(ax, f"{name}axis"))
    suptitle = getattr(fig, "_suptitle", None)
    return {
        "axes": len(axes),
        "title": ax.get_title() or (suptitle.get_text() if suptitle is not None else ""),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "bars": bars,
        "xticks": ticks["x"],
        "yticks": ticks["y"],
    }


def bars_of(summary: Mapping[str, Any]) -> list[tuple[str, float]]:
    """The bars of a chart summary as (label, value), in reading order.

    Vertical bars read left to right and take their labels from the x ticks;
    horizontal bars read top to bottom and take theirs from the y ticks.
    """
    bars = summary.get("bars", [])
    if not bars:
        return []
    horizontal = all(b.get("horizontal", False) for b in bars)
    out = []
    if horizontal:
        ticks = {round(p, 6): t for p, t in summary.get("yticks", [])}
        for b in sorted(bars, key=lambda b: -b["y"]):
            centre = round(b["y"] + b["h"] / 2, 6)
            out.append((ticks.get(centre, ""), b["w"]))
    else:
        ticks = {round(p, 6): t for p, t in summary.get("xticks", [])}
        for b in sorted(bars, key=lambda b: b["x"]):
            centre = round(b["x"] + b["w"] / 2, 6)
            out.append((ticks.get(centre, ""), b["h"]))
    return out


@dataclass(frozen=True, kw_only=True)
class Chart(Task):
    """A bar chart the learner draws; criteria read a summary of it.

    The chart is a matplotlib figure or, where matplotlib is absent (in the
    browser), a :mod:`pmcourse.chart` figure drawn with the same calls.
    """

    max_answer: int = 256 * 2**10  # the summary of a figure with many bars and ticks

    criteria: Sequence[Criterion] = field(default_factory=tuple)
    # A task whose recorded answer the chart builds on (3.3 draws the order of 3.2):
    # it travels with the chart as ``context``, so the chart is judged against the
    # learner's own earlier answer, and one slip there is not penalised twice.
    uses_answer_of: str = ""

    def problems(self) -> list[str]:
        out = super().problems() + criteria_problems(self.criteria)
        if self.uses_answer_of:
            used = self.uses_answer_of
            if not re.fullmatch(r"\d+\.\d+", used) or used.split(".")[0] != self.id.split(".")[0]:
                out.append(f"uses_answer_of={used!r} must be a task id of the same chapter")
            elif int(used.split(".")[1]) >= int(self.id.split(".")[1]):
                out.append(f"uses_answer_of={used!r} must be an earlier task")
        return out

    def prepare(self, answer: object) -> Json:
        raise_if_placeholder(answer)
        try:
            summary = _summarise_figure(answer)
        except Exception:  # noqa: BLE001 - anything that is not a figure
            raise self._bad(answer) from None
        if self.uses_answer_of:
            from .._session import SUBMISSIONS

            entry = SUBMISSIONS.get(self.uses_answer_of, {})
            if entry.get("state") == "answered":
                summary["context"] = entry.get("data")
        return summary

    def revalidate(self, data: Json) -> Json:
        keys = {"axes", "title", "xlabel", "ylabel", "bars", "xticks", "yticks"}
        if not isinstance(data, dict) or not keys <= data.keys():
            raise AnswerError(f"Task {self.id}: the recorded chart is unreadable.")
        return data

    def grade(self, data: Json) -> Verdict:
        return score_criteria(self.criteria, data)
