"""The task framework (``_base.py``): what every kind shares, and the exercise's rules.

Each kind's own verdicts, partial credit, bad answers and definition rules are tested in
its module's test file (``test_choice.py``, ``test_classify.py``, ``test_ranking.py``,
``test_numeric.py``, ``test_rubric.py``, ``test_code.py``, ``test_barchart.py``), on the
synthetic tasks of ``synthetic_tasks.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from synthetic_tasks import (
    CHOICE,
    CLASSIFY,
    CODE,
    NUMERIC,
    RANKING,
    RUBRIC,
    assert_says_what_to_fix,
)

from pmcourse import AnswerError
from pmcourse._errors import DefinitionError
from pmcourse._tasks import all_exercises, all_tasks
from pmcourse._tasks._base import Exercise, NotAttempted
from pmcourse._tasks._choice import Choice


def test_placeholder_is_not_attempted() -> None:
    for task in (CHOICE, CLASSIFY, RANKING, NUMERIC, RUBRIC, CODE):
        with pytest.raises(NotAttempted):
            task.prepare(...)
    with pytest.raises(NotAttempted):
        CLASSIFY.prepare({"roadmap": ..., "schema": ...})


def test_every_message_is_one_line() -> None:
    for task, bad in (
        (CHOICE, {}),
        (CLASSIFY, [1]),
        (RANKING, 5),
        (NUMERIC, "x"),
        (RUBRIC, 7),
        (CODE, 1),
    ):
        with pytest.raises(AnswerError) as info:
            task.prepare(bad)
        assert re.fullmatch(r"Task 99\.\d expects [^\n]+\.", str(info.value))


# ---------------------------------------------------------------- definitions
# Every kind checks its own rules when a task is defined, with a message that says
# what to fix; a course with a badly defined task does not import. README: "For authors".


def test_every_task_and_exercise_of_the_course_follows_the_rules() -> None:
    for task in all_tasks():
        assert task.problems() == [], task.id
    for exercise in all_exercises():
        tasks = [t for t in all_tasks() if t.chapter == exercise.number]
        assert exercise.problems() == [], exercise.number
        assert exercise.task_problems(tasks) == [], exercise.number


# The rules every task shares; each kind's own are tested with the kind.
BAD_TASKS = {
    "no prompt": (lambda: replace(CHOICE, prompt=" "), "task 99.1: it has no prompt"),
    "bad id": (lambda: replace(CHOICE, id="99"), "must look like '4.2'"),
    "bad section": (lambda: replace(CHOICE, section="x.html#y"), "must link the section"),
    "no hint": (lambda: replace(CHOICE, hint=""), "it needs a hint"),
    "the solution in the prompt": (
        lambda: replace(CHOICE, prompt="Pick one (the model answer)."),
        "gives the solution away",
    ),
}


@pytest.mark.parametrize("case", BAD_TASKS, ids=list(BAD_TASKS))
def test_a_badly_defined_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_TASKS[case])


def test_several_problems_are_reported_together() -> None:
    with pytest.raises(DefinitionError) as info:
        replace(CHOICE, hint="", prompt="")
    assert "it needs a hint" in str(info.value) and "it has no prompt" in str(info.value)


EXERCISE = Exercise(
    number=12,
    title="Working with designers",
    notebook="12-working-with-designers.ipynb",
    chapter="chapters/12-working-with-designers",
    intro="You practise it.",
    objectives=(("explain the idea", ("12.1", "quiz 1")),),
)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"notebook": "12_designers.ipynb"}, "must be '12-<slug>.ipynb'"),
        ({"chapter": "chapters/12-designers"}, "must be 'chapters/12-working-with-designers'"),
        ({"minutes": 0}, "minutes (the exercise's time, stated in the chapter) must be 1"),
        ({"objectives": (("explain the idea", ()),)}, "nothing practises the objective"),
        ({"objectives": (("explain the idea", ("4.1",)),)}, "refers to '4.1': use this chapter"),
        ({"intro": ""}, "it needs an intro"),
    ],
)
def test_a_badly_defined_exercise_says_what_to_fix(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(DefinitionError, match=re.escape(message)) as info:
        replace(EXERCISE, **changes)  # type: ignore[arg-type]
    assert str(info.value).startswith("exercise 12: ")


def _tasks_of_12(*numbers: int) -> list[Choice]:
    section = "chapters/12-working-with-designers.html#ch12-core"
    return [replace(CHOICE, id=f"12.{n}", section=section) for n in numbers]


def test_an_exercise_has_four_tasks_numbered_in_order() -> None:
    assert EXERCISE.task_problems(_tasks_of_12(1, 2, 3, 4)) == []
    assert EXERCISE.task_problems(_tasks_of_12(1, 2, 3)) == [
        "it has 3 task(s); an exercise has at least 4"
    ]
    assert EXERCISE.task_problems(_tasks_of_12(1, 2, 4, 5)) == [
        "its task ids are ['12.1', '12.2', '12.4', '12.5']; number them 12.1, 12.2, ... in order"
    ]
    mapped = replace(EXERCISE, objectives=(("explain the idea", ("12.7",)),))
    assert mapped.task_problems(_tasks_of_12(1, 2, 3, 4)) == [
        "the objective 'explain the idea' refers to task 12.7, which does not exist"
    ]
