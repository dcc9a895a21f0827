"""Tasks of exercise 3: the three dos."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from solution_cells import pyplot

from pmcourse import check
from pmcourse._tasks import get_task
from pmcourse._tasks._choice import Choice
from pmcourse._tasks.ch03 import EXERCISE, RULES, VALUE_EFFORT, keeps_rules

plt = pyplot()
MODEL_ORDER = [
    "Fix CSV import data loss",
    "Enterprise SSO",
    "Upgrade database driver",
    "Dark mode",
    "Real-time alerts",
    "Reporting engine rewrite",
]


# ------------------------------------------------------------ 3.1 and 3.5 choice
@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("a", "Speed does not help if nobody needs the product"),
        ("c", "answers a question nobody asked yet"),
        ("d", "still not a product without a customer need"),
    ],
)
def test_3_1_each_wrong_option_explains_itself(letter: str, phrase: str) -> None:
    result = check("3.1", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("a", "waves debt away"),
        ("b", "avoids the trade-off instead of making it"),
        ("d", "whoever argues loudest"),
    ],
)
def test_3_5_each_wrong_option_explains_itself(letter: str, phrase: str) -> None:
    result = check("3.5", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


# ------------------------------------------------------------ 3.2 ranking
def test_3_2_model_order_keeps_every_rule() -> None:
    assert keeps_rules(MODEL_ORDER)
    result = check("3.2", MODEL_ORDER)
    assert result.status == "pass"
    assert "respects every trade-off" in result.feedback


def test_3_2_other_defensible_orders_also_pass() -> None:
    order = [
        "Upgrade database driver",
        "Fix CSV import data loss",
        "Enterprise SSO",
        "Real-time alerts",
        "Dark mode",
        "Reporting engine rewrite",
    ]
    assert check("3.2", tuple(order)).status == "pass"


def test_3_2_sorting_by_ratio_alone_misses_the_deadline() -> None:
    by_ratio = sorted(VALUE_EFFORT, key=lambda k: -VALUE_EFFORT[k][0] / VALUE_EFFORT[k][1])
    result = check("3.2", by_ratio)
    assert result.status == "fail"
    assert "debt with a deadline outranks" in result.feedback
    assert "building on a component you are about to replace" not in result.feedback
    assert result.score == pytest.approx(1 - 1 / len(RULES), abs=0.01)


def test_3_2_alerts_before_the_driver_explains_the_dependency() -> None:
    order = [
        "Fix CSV import data loss",
        "Enterprise SSO",
        "Real-time alerts",
        "Upgrade database driver",
        "Dark mode",
        "Reporting engine rewrite",
    ]
    result = check("3.2", order)
    assert result.status == "fail"
    assert "building on a component you are about to replace" in result.feedback


def test_3_2_engineering_wish_first_breaks_many_rules() -> None:
    order = ["Reporting engine rewrite", *MODEL_ORDER[:-1]]
    result = check("3.2", order)
    assert result.status == "fail"
    assert "no user-visible benefit" in result.feedback
    assert "silently loses customer data" not in result.feedback
    assert "customers are losing data now" in result.feedback
    assert result.score == pytest.approx(0.6, abs=0.01)


def test_3_2_cosmetic_before_the_bug_explains_why() -> None:
    order = ["Dark mode", *[i for i in MODEL_ORDER if i != "Dark mode"]]
    result = check("3.2", order)
    assert "silently loses customer data" in result.feedback
    assert "no revenue depends on dark mode" in result.feedback


@pytest.mark.parametrize(
    ("answer", "phrase"),
    [
        (MODEL_ORDER[:-1], "'Reporting engine rewrite' is missing"),
        ([*MODEL_ORDER, "Dark mode"], "'Dark mode' appears more than once"),
        (["Dark theme", *MODEL_ORDER[1:]], "is not one of the items"),
        ("Enterprise SSO", "Task 3.2 expects"),
    ],
)
def test_3_2_malformed_orders_are_errors(answer: object, phrase: str) -> None:
    result = check("3.2", answer)
    assert result.status == "error"
    assert phrase in result.feedback
    assert "\n" not in result.feedback


# ------------------------------------------------------------ 3.3 chart
def _chart(
    order: list[str] | None = None,
    *,
    heights: list[float] | None = None,
    title: str = "Backlog priorities",
    xlabel: str = "Item",
    ylabel: str = "Value / effort",
    labels: list[str] | None = None,
) -> Any:
    order = MODEL_ORDER if order is None else order
    if heights is None:
        heights = [VALUE_EFFORT[i][0] / VALUE_EFFORT[i][1] for i in order]
    fig, ax = plt.subplots()
    ax.bar(range(len(heights)), heights)
    ax.set_xticks(range(len(heights)), labels=labels or order)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig


def test_3_3_a_correct_chart_passes_as_figure_or_axes() -> None:
    fig = _chart()
    assert check("3.3", fig).status == "pass"
    assert check("3.3", fig.axes[0]).status == "pass"


def test_3_3_rounded_heights_are_accepted() -> None:
    heights = [round(VALUE_EFFORT[i][0] / VALUE_EFFORT[i][1], 1) for i in MODEL_ORDER]
    assert check("3.3", _chart(heights=heights)).status == "pass"


def test_3_3_missing_title_and_labels_each_say_what_to_add() -> None:
    result = check("3.3", _chart(title="", xlabel="", ylabel="  "))
    assert result.status == "fail"
    assert "Add a title with ax.set_title" in result.feedback
    assert "Label both axes" in result.feedback
    assert result.score == pytest.approx(4 / 6, abs=0.01)


def test_3_3_only_one_axis_label_fails_the_labels_point() -> None:
    result = check("3.3", _chart(xlabel=""))
    assert "Label both axes" in result.feedback


def test_3_3_ratio_order_fails_only_the_order_point() -> None:
    by_ratio = sorted(VALUE_EFFORT, key=lambda k: -VALUE_EFFORT[k][0] / VALUE_EFFORT[k][1])
    result = check("3.3", _chart(by_ratio))
    assert result.status == "fail"
    assert "in your own priority order from task 3.2" in result.feedback
    assert result.feedback.count("\u2718") == 1


def test_3_3_wrong_heights_are_explained_with_the_data() -> None:
    values = [float(VALUE_EFFORT[i][0]) for i in MODEL_ORDER]
    result = check("3.3", _chart(heights=values))
    assert result.status == "fail"
    assert "value divided by its effort" in result.feedback
    assert "Enterprise SSO (value 8, effort 3)" in result.feedback


def test_3_3_too_few_bars_fail_count_and_names() -> None:
    result = check("3.3", _chart(MODEL_ORDER[:4]))
    assert result.status == "fail"
    assert "Draw exactly six bars" in result.feedback
    assert "Label each bar with the exact name" in result.feedback


def test_3_3_unlabeled_bars_fail_the_names_point() -> None:
    result = check("3.3", _chart(labels=[f"Item {i}" for i in range(1, 7)]))
    assert "Label each bar with the exact name" in result.feedback


def test_3_3_horizontal_bars_read_top_to_bottom() -> None:
    fig, ax = plt.subplots()
    order = MODEL_ORDER[::-1]  # barh draws the first item at the bottom
    ax.barh(order, [VALUE_EFFORT[i][0] / VALUE_EFFORT[i][1] for i in order])
    ax.set_title("Priorities")
    ax.set_xlabel("Value / effort")
    ax.set_ylabel("Item")
    assert check("3.3", fig).status == "pass"


def test_3_3_empty_figure_fails_every_point() -> None:
    fig, _ax = plt.subplots()
    result = check("3.3", fig)
    assert result.status == "fail"
    assert result.score == 0


def test_3_3_an_empty_figure_without_axes_is_an_error() -> None:
    result = check("3.3", plt.figure())
    assert result.status == "error"
    assert "Task 3.3 expects a matplotlib figure" in result.feedback


# ------------------------------------------------------------ 3.4 multi-select
def test_3_4_forwarding_questions_widens_the_gap() -> None:
    result = check("3.4", ["a", "b", "c", "d"])
    assert result.status == "fail"
    assert "That widens the gap" in result.feedback


def test_3_4_architecture_deep_dive_is_not_translation() -> None:
    result = check("3.4", ["a", "c", "d", "e"])
    assert "not the internals" in result.feedback
    assert result.score == pytest.approx(2 / 3, abs=0.01)


def test_3_4_missing_picks_are_counted() -> None:
    result = check("3.4", ["c"])
    assert "left out 2" in result.feedback


def test_3_4_the_landing_page_stays_product_marketings_deliverable() -> None:
    result = check("3.4", ["a", "c", "d"])
    assert result.status == "pass"
    assert "Writing the page stays product marketing's deliverable" in result.feedback
    task = get_task("3.4")
    assert isinstance(task, Choice)
    assert "product marketing" in task.options["c"].text


CHAPTER = Path(__file__).resolve().parents[2] / "docs" / f"{EXERCISE.chapter}.md"


def _failed(result: Any) -> list[str]:
    return [line for line in result.feedback.splitlines() if line.startswith("\u2718")]


def test_3_3_follows_the_learners_own_3_2_order() -> None:
    """One slip in 3.2 is not penalised again in 3.3: the chart follows the learner's order."""
    own = [*MODEL_ORDER[:2], MODEL_ORDER[3], MODEL_ORDER[2], *MODEL_ORDER[4:]]  # dark mode first
    assert check("3.2", own).status == "fail"
    assert check("3.3", _chart(own)).status == "pass"
    result = check("3.3", _chart(MODEL_ORDER))  # the key's order is not the learner's
    assert [line.split(":")[0] for line in _failed(result)] == [
        "\u2718 Bars are in your priority order"
    ]


def test_3_3_one_wrong_bar_label_costs_one_criterion() -> None:
    labels = [*MODEL_ORDER[:-1], "Rewrite reporting"]
    result = check("3.3", _chart(MODEL_ORDER, labels=labels))
    assert [line.split(":")[0] for line in _failed(result)] == [
        "\u2718 Bars are labeled with the item names"
    ]


def test_3_2_the_items_as_shown_are_not_already_the_answer() -> None:
    # The notebook lists the items in the task's own order: that order must not pass.
    from pmcourse._tasks import get_task

    shown = list(get_task("3.2").items)
    assert check("3.2", shown).status == "fail"
