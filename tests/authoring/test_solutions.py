"""Reference solutions are derived from the keys; each one must earn full marks."""

from __future__ import annotations

import pytest

from pmcourse._authoring.solutions import ranking_order, solution_cell
from pmcourse._tasks import all_tasks
from pmcourse._tasks._base import Ranking, Rule


def test_ranking_order_keeps_every_rule() -> None:
    for task in all_tasks():
        if isinstance(task, Ranking):
            order = ranking_order(task)
            assert sorted(order) == sorted(task.items), task.id
            assert task.grade(order).fraction == 1.0, task.id


def test_ranking_rules_that_form_a_cycle_are_an_authoring_error() -> None:
    task = Ranking(
        id="99.1",
        title="t",
        section="s",
        hint="h",
        solution="s",
        expects="e",
        items=("a", "b"),
        rules=(Rule("a", "b", "x"), Rule("b", "a", "y")),
    )
    with pytest.raises(ValueError, match="cycle"):
        ranking_order(task)


@pytest.mark.parametrize("task_id", [t.id for t in all_tasks()])
def test_a_solution_cell_ends_with_the_check(task_id: str) -> None:
    cell = solution_cell(task_id)
    assert cell.splitlines()[-1].startswith(f'check("{task_id}"')
