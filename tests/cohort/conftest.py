"""Shared cohort fixtures: a synthetic cohort of 30 learners, graded for real once per session.

The notebooks are exercise 6 (five short tasks): a third solved, a third blank,
a third half solved, so every column of the gradebook has passes and misses.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import nbfactory as nbf

from pmcourse._cli import main
from pmcourse._schema import BatchResult, NotebookResult, TaskResult

LEARNERS = [f"learner{i:02d}" for i in range(30)]
EX6 = "06-pm-and-product-owner.ipynb"


def notebook_for(i: int) -> dict[str, Any]:
    if i % 3 == 0:
        return nbf.solved(6)
    if i % 3 == 1:
        return nbf.blank(6)
    return nbf.solved(6, only={"6.1", "6.2"})


@pytest.fixture(scope="session")
def folder_cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """submissions/<learner>/06-….ipynb for 30 learners."""
    root = tmp_path_factory.mktemp("cohort") / "submissions"
    for i, learner in enumerate(LEARNERS):
        (root / learner).mkdir(parents=True)
        nbf.write(root / learner / EX6, notebook_for(i))
    return root


@pytest.fixture(scope="session")
def graded(folder_cohort: Path) -> Path:
    """The folder cohort graded in one run: the results JSON."""
    out = folder_cohort.parent / "results.json"
    code = main(["grade", str(folder_cohort), "--format", "json", "-o", str(out), "-j", "2"])
    assert code == 1, "blank notebooks fail some tasks"
    return out


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def synthetic(learners: int = 6) -> BatchResult:
    """Small results without kernels: exercises 4 and 6, one ungraded notebook."""
    notebooks = []
    for i in range(learners):
        name = f"l{i}"
        t4 = [
            TaskResult(
                "4.1", "Four one", "pass" if i % 2 else "fail", float(i % 2), 1, "✘ Missed it"
            ),
            TaskResult(
                "4.3",
                "Rewrite the story",
                "fail",
                0.5,
                1,
                "✔ Names a persona\n✘ States the outcome: no 'so that' part",
            ),
        ]
        t6 = [TaskResult("6.1", "Six one", "pass", 1, 1, "Right.")]
        notebooks.append(
            NotebookResult(
                path=f"s/{name}/04.ipynb",
                status="graded",
                tasks=t4,
                seconds=1.5,
                learner=name,
                launch="warm",
                solution_first=["4.1"],
            )
        )
        notebooks.append(
            NotebookResult(
                path=f"s/{name}/06.ipynb", status="graded", tasks=t6, seconds=2.0, learner=name
            )
        )
    notebooks.append(
        NotebookResult(
            path="s/zed/06.ipynb", status="error", error="The file is empty.", learner="zed"
        )
    )
    return BatchResult(notebooks=notebooks, sandbox="none")


def write_results(path: Path, batch: BatchResult) -> Path:
    from pmcourse._cohort.render import render_json

    path.write_text(render_json(batch), encoding="utf-8")
    return path
