"""Build notebooks for tests: blank exercises, solved ones, and altered copies.

Solved notebooks come from the shipped blank ones with each task's cell
replaced by the reference solution derived from its key; nothing here
writes into ``exercises/``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from pmcourse._authoring.solutions import solution_cells as derived_solution_cells
from pmcourse._grading.notebook import TASK_CALL

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"

Notebook = dict[str, Any]


def exercise_paths() -> list[Path]:
    return sorted(EXERCISES.glob("[0-9][0-9]-*.ipynb"))


def chapter_of(path: Path) -> int:
    return int(path.name[:2])


def blank(number: int) -> Notebook:
    (path,) = EXERCISES.glob(f"{number:02d}-*.ipynb")
    data: Notebook = json.loads(path.read_text(encoding="utf-8"))
    return data


def solution_cells(number: int) -> dict[str, str]:
    return derived_solution_cells(number)


def task_cell_index(nb: Notebook, task_id: str) -> int:
    """The index of the code cell that checks ``task_id``, found as the grader finds it."""
    for i, cell in enumerate(nb["cells"]):
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "code" and task_id in [m[2] for m in TASK_CALL.finditer(src)]:
            return i
    raise KeyError(task_id)


def solved(number: int, only: set[str] | None = None) -> Notebook:
    """The blank notebook with reference solutions in every task cell (or only in ``only``)."""
    nb = copy.deepcopy(blank(number))
    for task_id, source in solution_cells(number).items():
        if only is None or task_id in only:
            nb["cells"][task_cell_index(nb, task_id)]["source"] = source
    return nb


def code_cell(source: str) -> dict[str, Any]:
    return {
        "cell_type": "code",
        "metadata": {},
        "source": source,
        "outputs": [],
        "execution_count": None,
    }


def insert_code(nb: Notebook, index: int, source: str) -> Notebook:
    out = copy.deepcopy(nb)
    out["cells"].insert(index, code_cell(source))
    for i, cell in enumerate(out["cells"]):
        cell["id"] = f"cell-{i}"
    return out


def write(path: Path, nb: Notebook) -> Path:
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return path
