"""Checks that hold for every task of every chapter, whatever its kind.

Chapters and task ids come from the task registry, and solutions from the keys;
what is particular to one task lives in ``test_chNN.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from solution_cells import cell, cells, run_cell, solution_chapters, solved

from pmcourse import check
from pmcourse._tasks import all_tasks, exercise_of, get_task
from pmcourse._tasks._choice import Choice
from pmcourse._tasks._numeric import Numeric

DOCS = Path(__file__).resolve().parents[2] / "docs"
TASKS = all_tasks()
TASK_IDS = [task.id for task in TASKS]
CHOICE_IDS = [task.id for task in TASKS if isinstance(task, Choice)]
CHAPTERS = sorted({exercise_of(task_id).number for task_id in TASK_IDS} | {*solution_chapters()})

# Wrong shapes for any task. A number is a real answer to a Numeric task (it is
# graded, not rejected), so those tasks are spared the 3.
MALFORMED = [None, True, 3, "", [], {}]


def _natural(task_id: str) -> tuple[int, ...]:
    return tuple(int(part) for part in task_id.split("."))


def _malformed_cases() -> list[object]:
    return [
        pytest.param(task.id, bad, id=f"{task.id}-{bad!r}")
        for task in TASKS
        for bad in MALFORMED
        if not (isinstance(task, Numeric) and type(bad) is int)
    ]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_task_has_a_solution_cell(chapter: int) -> None:
    task_ids = [task_id for task_id in TASK_IDS if exercise_of(task_id).number == chapter]
    assert task_ids, f"src/pmcourse/_tasks/ch{chapter:02d}.py defines no tasks"
    # numbered N.1, N.2, ... in order: Exercise.task_problems checks it on import
    assert sorted(cells(chapter), key=_natural) == task_ids


@pytest.mark.parametrize("task_id", TASK_IDS)
def test_solution_cell_grades_full_marks(task_id: str) -> None:
    results = run_cell(cell(task_id))
    assert [r.task_id for r in results] == [task_id]
    assert all(r.status == "pass" and r.score == r.max_score for r in results)


@pytest.mark.parametrize("task_id", TASK_IDS)
def test_solution_is_shown_only_on_request(task_id: str) -> None:
    answer = solved(task_id)
    assert check(task_id, answer).solution is None
    assert check(task_id, answer, show_solution=True).solution


@pytest.mark.parametrize("task_id", TASK_IDS)
def test_placeholder_is_not_attempted(task_id: str) -> None:
    assert check(task_id, ...).status == "not attempted"


@pytest.mark.parametrize(("task_id", "bad"), _malformed_cases())
def test_malformed_answers_are_errors_naming_the_task(task_id: str, bad: object) -> None:
    result = check(task_id, bad)
    assert result.status == "error"
    assert f"Task {task_id}" in result.feedback
    assert "\n" not in result.feedback


@pytest.mark.parametrize("task_id", TASK_IDS)
def test_tasks_link_to_their_chapter_and_explain_themselves(task_id: str) -> None:
    exercise = exercise_of(task_id)
    nn = f"{exercise.number:02d}"
    assert re.fullmatch(rf"chapters/{nn}-[a-z0-9-]+", exercise.chapter)
    assert (DOCS / f"{exercise.chapter}.md").is_file()
    task = get_task(task_id)
    # A task links to the section that teaches its method: usually its own chapter,
    # sometimes an earlier one (the capstone's story links to chapter 4's lesson).
    # The link's shape, the hint, the solution and the expected shape: Task.problems.
    assert task.problems() == []
    linked = DOCS / (task.section.split(".html#", 1)[0] + ".md")
    assert linked.is_file(), f"task {task_id} links {task.section}: no {linked.name}"


@pytest.mark.parametrize("task_id", CHOICE_IDS)
def test_every_option_has_its_own_explanation(task_id: str) -> None:
    task = get_task(task_id)
    assert isinstance(task, Choice)
    assert task.problems() == []  # each option's explanation is its own: Choice.problems
    if not task.multiple:
        for letter, option in task.options.items():
            assert option.why in check(task_id, letter).feedback
        return
    right = [k for k, o in task.options.items() if o.correct]
    full = check(task_id, right).feedback
    for letter, option in task.options.items():
        assert option.why in (full if option.correct else check(task_id, [letter]).feedback)
