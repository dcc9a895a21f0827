"""The blank notebooks are generated from the task modules, and the committed ones match."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pmcourse._authoring.generate import stale_notebooks, write_notebooks
from pmcourse._authoring.notebooks import notebook_json, task_code
from pmcourse._tasks import all_exercises, all_tasks

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = all_exercises()


@pytest.mark.parametrize("number", [e.number for e in EXERCISES], ids=lambda n: f"exercise{n}")
def test_committed_notebook_is_what_its_source_generates(number: int) -> None:
    exercise = next(e for e in EXERCISES if e.number == number)
    problems = [p for p in stale_notebooks(ROOT) if exercise.notebook in p]
    assert not problems, "\n".join(problems)


def test_a_stale_notebook_is_reported_with_its_task(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    write_notebooks(tmp_path)
    path = tmp_path / "exercises" / EXERCISES[3].notebook
    nb = json.loads(path.read_text(encoding="utf-8"))
    # A typo in a classify item, as an author editing the notebook by hand would make.
    cell = next(
        c for c in nb["cells"] if c["cell_type"] == "code" and "4.2" in "".join(c["source"])
    )
    cell["source"] = [line.replace("Warehouse", "Warehose") for line in cell["source"]]
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    (problem,) = stale_notebooks(tmp_path)
    assert EXERCISES[3].notebook in problem and "task 4.2" in problem
    assert "python noxfile.py -s notebooks" in problem


def test_regenerating_is_byte_identical(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "exercises", tmp_path / "exercises")
    assert write_notebooks(tmp_path) == []


def test_every_task_cell_checks_its_own_answer() -> None:
    for task in all_tasks():
        code = task_code(task)
        name = "answer_" + task.id.replace(".", "_")
        assert code.rstrip().endswith(f'check("{task.id}", {name})'), task.id
        assert "..." in code or task.starter, (
            f"task {task.id}: its blank cell has nothing to fill in"
        )


def test_notebook_metadata_names_its_exercise() -> None:
    for exercise in EXERCISES:
        tasks = [t for t in all_tasks() if t.chapter == exercise.number]
        nb = json.loads(notebook_json(exercise, tasks))
        assert nb["metadata"]["pmcourse"] == {"exercise": exercise.number}
        assert nb["cells"][0]["source"][0] == f"# Exercise {exercise.number}: {exercise.title}\n"


def test_a_classify_cell_lists_its_categories() -> None:
    from pmcourse._authoring.notebooks import task_markdown
    from pmcourse._tasks._classify import Classify

    for task in all_tasks():
        if isinstance(task, Classify):
            wanted = ", ".join(f'`"{c}"`' for c in task.categories)
            last = task_markdown(task).splitlines()[-1]
            assert last == f"Replace each `...` with one of {wanted}.", task.id
