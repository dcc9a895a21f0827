"""The chart task (``_barchart.py``): a real matplotlib figure, read as its reader sees it."""

from __future__ import annotations

import pytest
from synthetic_tasks import COMMON, assert_says_what_to_fix, verdict

from pmcourse import AnswerError
from pmcourse._tasks._barchart import Chart, bars_of
from pmcourse._tasks._rubric import Criterion


def test_chart_reads_a_real_matplotlib_figure() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    chart = Chart(
        id="99.8",
        title="t",
        expects="a figure",
        **COMMON,
        criteria=(
            Criterion("has a title", lambda s: bool(s["title"]), "add a title."),
            Criterion(
                "bars in order", lambda s: [b[0] for b in bars_of(s)] == ["b", "a"], "sort them."
            ),
        ),
    )
    fig, ax = plt.subplots()
    ax.bar(["b", "a"], [3, 1])
    ax.set_title("Priority")
    assert verdict(chart, fig).fraction == 1
    fig2, ax2 = plt.subplots()
    ax2.barh(["b", "a"], [3, 1])
    summary = chart.prepare(ax2)
    assert [label for label, _ in bars_of(summary)] == ["a", "b"]  # top to bottom
    v = verdict(chart, fig2)
    assert v.fraction == 0 and "add a title" in v.feedback
    plt.close("all")
    with pytest.raises(AnswerError, match="expects a figure"):
        chart.prepare([1, 2, 3])


def test_chart_reads_relabelled_ticks_as_the_reader_sees_them() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    chart = Chart(
        id="99.9",
        title="t",
        expects="a figure",
        **COMMON,
        criteria=(Criterion("has bars", lambda s: bool(s["bars"]), "draw the bars."),),
    )
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    ax.set_xticks([0, 1], ["Alpha", "Beta"])  # categories renamed on the chart itself
    assert bars_of(chart.prepare(fig)) == [("Alpha", 1.0), ("Beta", 2.0)]
    fig2, ax2 = plt.subplots()
    ax2.bar(range(3), [3, 2, 1])  # plain numbers: labels come from the ticks
    assert [float(label) for label, _ in bars_of(chart.prepare(fig2))] == [0, 1, 2]
    plt.close("all")


# A badly defined chart task says what to fix (see test_base.py for the rules
# every task shares).
BAD_CHART_TASKS = {
    "a chart on a later answer": (
        lambda: Chart(
            id="99.2",
            title="t",
            expects="a figure",
            uses_answer_of="99.3",
            **COMMON,
            criteria=(Criterion("has bars", bool, "draw bars."),),
        ),
        "must be an earlier task",
    ),
}


@pytest.mark.parametrize("case", BAD_CHART_TASKS, ids=list(BAD_CHART_TASKS))
def test_a_badly_defined_chart_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_CHART_TASKS[case])
