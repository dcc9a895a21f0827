"""Bar charts without matplotlib: the part of ``matplotlib.pyplot`` the exercises use, as SVG.

In the browser (JupyterLite) there is no matplotlib. Exercise 3 then imports
this module under the same name::

    try:
        import matplotlib.pyplot as plt
    except ImportError:
        from pmcourse import chart as plt

and the same code draws the chart: ``fig, ax = plt.subplots()``, ``ax.bar(names,
heights)`` (or ``ax.barh``), ``ax.set_title``, ``ax.set_xlabel``,
``ax.set_ylabel``, ``ax.tick_params(axis="x", labelrotation=30)``,
``fig.suptitle`` and ``plt.show()``. A figure shows itself at the end of the
cell that made it, as with matplotlib in Jupyter, and ``check`` reads it the way
it reads a matplotlib figure. Pure Python and the standard library only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

__all__ = ["Axes", "Figure", "show", "subplots"]

_WIDTH = 0.8  # matplotlib's default bar width, in category steps
_pending: list[Figure] = []
_hooked = False


class Axes:
    """One set of axes holding bar charts (vertical or horizontal)."""

    def __init__(self, figure: Figure) -> None:
        self.figure = figure
        self._title = ""
        self._xlabel = ""
        self._ylabel = ""
        self._positions: dict[str, float] = {}  # category label -> position, as matplotlib
        self._bars: list[dict[str, Any]] = []
        self._rotation = 0.0

    def _place(self, names: Iterable[object]) -> list[float]:
        out = []
        for name in names:
            if isinstance(name, (int, float)) and not isinstance(name, bool):
                out.append(float(name))
                continue
            key = str(name)
            if key not in self._positions:
                self._positions[key] = float(len(self._positions))
            out.append(self._positions[key])
        return out

    def _add(self, names: Iterable[object], sizes: Iterable[float], horizontal: bool) -> Axes:
        names, sizes = list(names), [float(s) for s in sizes]
        if len(names) != len(sizes):
            raise ValueError(
                f"{len(names)} bar names but {len(sizes)} sizes: give one size per name"
            )
        for pos, size in zip(self._place(names), sizes, strict=True):
            low = pos - _WIDTH / 2
            if horizontal:
                bar = {"horizontal": True, "x": 0.0, "y": low, "w": size, "h": _WIDTH}
            else:
                bar = {"horizontal": False, "x": low, "y": 0.0, "w": _WIDTH, "h": size}
            self._bars.append(bar)
        return self

    def bar(self, x: Iterable[object], height: Iterable[float], **_style: object) -> Axes:
        """Vertical bars: one per name in ``x``, as high as ``height``."""
        return self._add(x, height, horizontal=False)

    def barh(self, y: Iterable[object], width: Iterable[float], **_style: object) -> Axes:
        """Horizontal bars: one per name in ``y``, as long as ``width``, read top to bottom."""
        return self._add(y, width, horizontal=True)

    def set_title(self, label: object, **_style: object) -> None:
        self._title = str(label)

    def set_xlabel(self, label: object, **_style: object) -> None:
        self._xlabel = str(label)

    def set_ylabel(self, label: object, **_style: object) -> None:
        self._ylabel = str(label)

    def get_title(self) -> str:
        return self._title

    def get_xlabel(self) -> str:
        return self._xlabel

    def get_ylabel(self) -> str:
        return self._ylabel

    def tick_params(self, axis: str = "both", **kwargs: object) -> None:
        """Only ``labelrotation`` of the x axis changes the drawing; the rest is accepted."""
        rotation = kwargs.get("labelrotation")
        if axis in {"x", "both"} and isinstance(rotation, (int, float)):
            self._rotation = float(rotation)

    def chart_summary(self) -> dict[str, Any]:
        """What ``check`` reads from a chart: titles, labels, bars and the ticks naming them."""
        ticks = [[pos, label] for label, pos in self._positions.items()]
        horizontal = bool(self._bars) and all(b["horizontal"] for b in self._bars)
        suptitle = self.figure.suptitle_text
        return {
            "axes": len(self.figure.axes),
            "title": self._title or suptitle,
            "xlabel": self._xlabel,
            "ylabel": self._ylabel,
            "bars": [dict(b) for b in self._bars],
            "xticks": [] if horizontal or not self._bars else ticks,
            "yticks": ticks if horizontal else [],
        }

    def _repr_svg_(self) -> str:
        return self.figure._repr_svg_()


class Figure:
    """A figure with one set of axes; shown in Jupyter as an SVG image."""

    def __init__(self) -> None:
        self.axes: list[Axes] = [Axes(self)]
        self.suptitle_text = ""

    def suptitle(self, t: object, **_style: object) -> None:
        self.suptitle_text = str(t)

    def chart_summary(self) -> dict[str, Any]:
        return self.axes[0].chart_summary()

    def _repr_svg_(self) -> str:
        return _svg(self.axes[0].chart_summary(), self.axes[0]._rotation)


def subplots(nrows: int = 1, ncols: int = 1, **_options: object) -> tuple[Figure, Axes]:
    """A new figure and its axes; only one set of axes is supported."""
    if (nrows, ncols) != (1, 1):
        raise ValueError("pmcourse.chart draws one chart per figure: call subplots() alone")
    fig = Figure()
    _pending.append(fig)
    _hook()
    return fig, fig.axes[0]


def show() -> None:
    """Show every figure made since the last show, as matplotlib does in Jupyter."""
    figures = list(_pending)
    _pending.clear()
    try:
        from IPython.display import display
    except ImportError:  # plain Python: nowhere to show an image
        return
    for fig in figures:
        display(fig)  # type: ignore[no-untyped-call]


def _hook() -> None:
    """Show new figures at the end of the cell, once per session (inside IPython only)."""
    global _hooked  # noqa: PLW0603 - one registration per session
    if _hooked:
        return
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.events.register("post_execute", show)
        _hooked = True


def _nice_top(value: float) -> float:
    if value <= 0:
        return 1.0
    step = 10.0 ** math.floor(math.log10(value))
    for mult in (1, 2, 2.5, 5, 10):
        if value <= mult * step:
            return float(mult * step)
    return 10.0 * step  # pragma: no cover - the loop always returns


def _text(x: float, y: float, text: str, extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" {extra}>{escape(text)}</text>'


def _svg(summary: dict[str, Any], rotation: float) -> str:
    """The chart as a self-contained SVG: bars, their names, a value axis, titles."""
    width, height = 640, 420
    left, right, top, bottom = 70, 20, 40, 120
    bars = summary["bars"]
    horizontal = bool(bars) and all(b["horizontal"] for b in bars)
    ticks = summary["yticks"] if horizontal else summary["xticks"]
    names = {round(p, 6): t for p, t in ticks}
    sizes = [b["w"] if horizontal else b["h"] for b in bars]
    top_value = _nice_top(max([0.0, *sizes]))
    n = max([1, len(names), *(round(b["y" if horizontal else "x"] + _WIDTH / 2) + 1 for b in bars)])
    plot_w, plot_h = width - left - right, height - top - bottom
    if horizontal:
        left = 200
        plot_w = width - left - right
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" font-family="sans-serif" font-size="13">'
        ),
        f"<title>{escape(summary['title'] or 'Bar chart')}</title>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    if summary["title"]:
        parts.append(_text(width / 2, 24, summary["title"], 'text-anchor="middle" font-size="16"'))
    for i in range(5):  # value grid
        value = top_value * i / 4
        if horizontal:
            x = left + plot_w * i / 4
            parts.append(
                f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#ddd"/>'
            )
            parts.append(_text(x, top + plot_h + 16, f"{value:g}", 'text-anchor="middle"'))
        else:
            y = top + plot_h - plot_h * i / 4
            parts.append(
                f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>'
            )
            parts.append(_text(left - 6, y + 4, f"{value:g}", 'text-anchor="end"'))
    step = (plot_h if horizontal else plot_w) / n
    for bar in bars:
        pos = bar["y" if horizontal else "x"] + _WIDTH / 2
        size = max(0.0, bar["w"] if horizontal else bar["h"]) / top_value
        label = names.get(round(pos, 6), "")
        if horizontal:
            y = top + step * (n - 1 - pos) + step * 0.1
            parts.append(
                f'<rect x="{left}" y="{y:.1f}" width="{plot_w * size:.1f}" height="{step * 0.8:.1f}" fill="#1f77b4"/>'
            )
            parts.append(_text(left - 6, y + step * 0.45, label, 'text-anchor="end"'))
        else:
            x = left + step * pos + step * 0.1
            bar_h = plot_h * size
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" width="{step * 0.8:.1f}" height="{bar_h:.1f}" fill="#1f77b4"/>'
            )
            cx, cy = x + step * 0.4, top + plot_h + 16
            turn = f' transform="rotate({-rotation:g} {cx:.1f} {cy:.1f})"' if rotation else ""
            anchor = "end" if rotation else "middle"
            parts.append(_text(cx, cy, label, f'text-anchor="{anchor}"{turn}'))
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="black"/>'
    )
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="black"/>')
    if summary["xlabel"]:
        parts.append(
            _text(left + plot_w / 2, height - 10, summary["xlabel"], 'text-anchor="middle"')
        )
    if summary["ylabel"]:
        mid = top + plot_h / 2
        parts.append(
            _text(
                16,
                mid,
                summary["ylabel"],
                f'text-anchor="middle" transform="rotate(-90 16 {mid:.1f})"',
            )
        )
    parts.append("</svg>")
    return "\n".join(parts)
