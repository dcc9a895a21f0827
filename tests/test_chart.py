"""pmcourse.chart: the SVG bar charts used where matplotlib is absent (in the browser)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import matplotlib as mpl
import pytest

from pmcourse import chart, check
from pmcourse._tasks import get_task
from pmcourse._tasks._barchart import _summarise_figure, bars_of
from pmcourse._tasks.ch03 import VALUE_EFFORT

mpl.use("Agg")
import matplotlib.pyplot as plt

ORDER = list(VALUE_EFFORT)


@pytest.fixture(autouse=True)
def _close_figures() -> Any:
    yield
    plt.close("all")


def _model(plt: Any) -> Any:
    fig, ax = plt.subplots()
    ax.bar(ORDER, [VALUE_EFFORT[i][0] / VALUE_EFFORT[i][1] for i in ORDER])
    ax.set_title("Backlog in priority order")
    ax.set_xlabel("Backlog item")
    ax.set_ylabel("Value / effort")
    ax.tick_params(axis="x", labelrotation=30)
    return fig


def _horizontal(plt: Any) -> Any:
    fig, ax = plt.subplots()
    order = ORDER[::-1]
    ax.barh(order, [VALUE_EFFORT[i][0] / VALUE_EFFORT[i][1] for i in order])
    fig.suptitle("Priorities")
    ax.set_xlabel("Value / effort")
    ax.set_ylabel("Item")
    return fig


def _two_calls_untitled(plt: Any) -> Any:
    fig, ax = plt.subplots()
    ax.bar(ORDER[:3], [1, 2, 3])
    ax.bar(ORDER[3:], [4, 5, 6])
    ax.set_xlabel("Item")
    return fig


def _empty(plt: Any) -> Any:
    return plt.subplots()[0]


DRAWINGS: list[Callable[[Any], Any]] = [_model, _horizontal, _two_calls_untitled, _empty]


@pytest.mark.parametrize("draw", DRAWINGS, ids=lambda d: d.__name__)
def test_the_svg_chart_reads_as_the_same_matplotlib_chart(draw: Callable[[Any], Any]) -> None:
    ours = _summarise_figure(draw(chart))
    theirs = _summarise_figure(draw(plt))
    assert [name for name, _ in bars_of(ours)] == [name for name, _ in bars_of(theirs)]
    assert [size for _, size in bars_of(ours)] == pytest.approx([s for _, s in bars_of(theirs)])
    for key in ("axes", "title", "xlabel", "ylabel"):
        assert ours[key] == theirs[key], key


@pytest.mark.parametrize("draw", DRAWINGS, ids=lambda d: d.__name__)
def test_check_gives_the_same_verdict_for_both(draw: Callable[[Any], Any]) -> None:
    ours, theirs = check("3.3", draw(chart)), check("3.3", draw(plt))
    assert (ours.status, ours.score, ours.feedback) == (
        theirs.status,
        theirs.score,
        theirs.feedback,
    )


def test_the_model_chart_passes_as_figure_or_axes() -> None:
    fig = _model(chart)
    assert check("3.3", fig).status == "pass"
    assert check("3.3", fig.axes[0]).status == "pass"


def test_the_recorded_summary_is_plain_data_the_grader_revalidates() -> None:
    task = get_task("3.3")
    data = task.prepare(_model(chart))
    assert task.revalidate(data) == data
    assert task.grade(data).fraction == 1


def test_the_svg_is_well_formed_and_shows_names_titles_and_bars() -> None:
    svg = _model(chart)._repr_svg_()
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "Backlog in priority order" in texts
    assert "Value / effort" in texts
    assert set(ORDER) <= set(texts)
    bars = [r for r in root.iter(f"{ns}rect") if r.get("fill") == "#1f77b4"]
    assert len(bars) == 6
    heights = [float(r.get("height", 0)) for r in bars]
    assert heights[0] == max(heights)  # the data-loss bug has the best ratio, 9/2


def test_mismatched_names_and_sizes_say_so() -> None:
    _fig, ax = chart.subplots()
    with pytest.raises(ValueError, match="3 bar names but 2 sizes"):
        ax.bar(["a", "b", "c"], [1, 2])


def test_one_chart_per_figure() -> None:
    with pytest.raises(ValueError, match="one chart per figure"):
        chart.subplots(2, 1)


def test_show_displays_each_new_figure_once(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[object] = []
    monkeypatch.setattr("IPython.display.display", shown.append)
    chart.show()  # figures of earlier tests
    shown.clear()
    fig, _ax = chart.subplots()
    chart.show()
    chart.show()
    assert shown == [fig]
