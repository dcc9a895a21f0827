"""Reference solutions are derived from the keys; each one must earn full marks."""

from __future__ import annotations

import pytest

from pmcourse._authoring.solutions import ranking_order, solution_cell
from pmcourse._tasks import all_tasks
from pmcourse._tasks._ranking import Ranking


def test_ranking_order_keeps_every_rule() -> None:
    for task in all_tasks():
        if isinstance(task, Ranking):
            order = ranking_order(task)
            assert sorted(order) == sorted(task.items), task.id
            assert task.grade(order).fraction == 1.0, task.id


@pytest.mark.parametrize("task_id", [t.id for t in all_tasks()])
def test_a_solution_cell_ends_with_the_check(task_id: str) -> None:
    cell = solution_cell(task_id)
    assert cell.splitlines()[-1].startswith(f'check("{task_id}"')


def test_the_chart_model_draws_the_solved_ranking_in_its_order() -> None:
    # Task 3.3's model chart must show the order the solved notebook gives task 3.2.
    from pmcourse._authoring.solutions import ranking_order
    from pmcourse._tasks import get_task

    order = ranking_order(get_task("3.2"))  # type: ignore[arg-type]
    assert f"order = {order!r}" in get_task("3.3").solution
