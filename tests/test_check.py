"""The learner-facing self-check API on the real course tasks."""

from __future__ import annotations

import pmcourse
from pmcourse import _session, check, hint, solution, tasks
from pmcourse._tasks import all_exercises, all_tasks, get_task
from pmcourse._tasks.scoring import grade_entry


def test_every_chapter_has_an_exercise_with_at_least_four_tasks() -> None:
    exercises = all_exercises()
    assert len(exercises) >= 6
    for ex in exercises:
        assert len(tasks(ex.number)) >= 4, ex.title  # Exercise.task_problems, on import


def test_the_set_uses_every_kind_of_task() -> None:
    kinds = {type(t).__name__ for t in all_tasks()}
    assert {"Choice", "Classify", "Ranking", "Chart", "Numeric", "Story", "Code"} <= kinds
    assert any(getattr(t, "multiple", False) for t in all_tasks())


def test_every_option_and_item_carries_its_own_explanation() -> None:
    for t in all_tasks():
        assert t.problems() == [], t.id  # Choice and Classify want a why for each


def test_unknown_task_is_a_one_line_error_not_an_exception() -> None:
    result = check("99.9", "a")
    assert result.status == "error" and "There is no task '99.9'" in result.feedback
    assert check(None, "a").status == "error"  # type: ignore[arg-type]


def test_solution_only_on_request() -> None:
    task = all_tasks()[0]
    plain = check(task.id, None)
    assert plain.solution is None and "Model answer" not in str(plain)
    asked = check(task.id, None, show_solution=True)
    assert asked.solution == task.solution and "Model answer" in str(asked)
    assert str(solution(task.id)) == task.solution
    assert str(hint(task.id)) == task.hint


def test_check_records_the_prepared_answer_for_the_grader() -> None:
    task = get_task("6.1")
    check("6.1", 1.0)
    assert _session.SUBMISSIONS["6.1"] == {"state": "answered", "data": 1.0}
    regraded = grade_entry(task, _session.SUBMISSIONS["6.1"])
    assert regraded.status == "fail"


def test_tampered_entries_grade_as_errors_not_crashes() -> None:
    task = get_task("6.1")
    for entry in (
        {"state": "answered", "data": "lots"},
        {"state": "answered"},
        {"state": "weird"},
        {"state": "answered", "data": {"score": 100}},
    ):
        result = grade_entry(task, entry)
        assert result.status == "error" and result.score == 0


def test_results_render_in_terminal_and_in_jupyter() -> None:
    result = check("6.1", -3.0)
    text = repr(result)
    assert text.startswith("✘ Task 6.1") and "Hint:" in text and "Reread:" in text
    html = result._repr_html_()
    assert 'role="status"' in html and "<a href=" in html and "Task 6.1" in html


def test_public_surface_is_small() -> None:
    assert set(pmcourse.__all__) == {
        "AnswerError",
        "NotebookError",
        "PmcourseError",
        "TaskResult",
        "UnknownTaskError",
        "UsageError",
        "__version__",
        "check",
        "hint",
        "solution",
        "tasks",
    }


def test_import_and_a_check_stay_light() -> None:
    """A learner's kernel pays for no Jupyter, matplotlib or grading code to call check()."""
    import subprocess
    import sys

    probe = (
        "import sys, pmcourse\n"
        "pmcourse.check('1.1', 'c'); pmcourse.check('4.3', 'As a finance clerk I want x so that y')\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'jupyter_client', 'nbclient', 'nbformat', 'ipykernel', 'zmq', 'matplotlib', 'tornado'} "
        "or m.startswith(('pmcourse._grading', 'pmcourse._cohort', 'pmcourse._authoring')))\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]", out
