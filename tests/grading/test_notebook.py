"""Reading notebooks: each broken file gets one sentence, and the file is only read."""

from __future__ import annotations

import json
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse import NotebookError
from pmcourse._grading.notebook import display_path, load_notebook


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\xff\xfe\x00garbage", "binary"),
        (b'{"cells": [', "cut off"),
        (b'{"cells": [1, 2}', "not valid notebook JSON"),
        (b'{"nbformat": 4}', "not a Jupyter notebook"),
        (b'{"cells": []}', "no nbformat version"),
        (b'{"cells": [], "nbformat": 2}', "too old"),
        (b'{"cells": [], "nbformat": 9}', "newer"),
        (b'{"cells": {}, "nbformat": 4}', "not a list"),
        (b'{"cells": [{"source": "x"}], "nbformat": 4}', "Cell 1 is damaged"),
        (b'{"cells": [{"cell_type": "code", "source": 5}], "nbformat": 4}', "not text"),
        (
            b'{"cells": [{"cell_type": "code", "source": "print(1)"}], "nbformat": 4, "metadata": {}}',
            "No pmcourse tasks",
        ),
    ],
)
def test_broken_files_give_one_line(tmp_path: Path, data: bytes, phrase: str) -> None:
    p = tmp_path / "nb.ipynb"
    p.write_bytes(data)
    with pytest.raises(NotebookError) as info:
        load_notebook(p)
    message = str(info.value)
    assert phrase.lower() in message.lower()
    assert "\n" not in message
    assert p.read_bytes() == data


def test_tasks_are_found_by_their_check_calls(tmp_path: Path) -> None:
    p = nbf.write(tmp_path / "x.ipynb", nbf.blank(1))
    exnb = load_notebook(p)
    assert exnb.chapters == {"1"}
    found = sorted(t for ids in exnb.cell_tasks.values() for t in ids)
    assert found == sorted(nbf.solution_cells(1))


def test_metadata_alone_names_the_exercise(tmp_path: Path) -> None:
    nb = nbf.blank(2)
    for cell in nb["cells"]:
        cell["cell_type"] = "markdown"
    exnb = load_notebook(nbf.write(tmp_path / "x.ipynb", nb))
    assert exnb.chapters == {"2"} and not exnb.cell_tasks


def test_unknown_exercise_in_metadata_is_ignored(tmp_path: Path) -> None:
    nb = {
        "cells": [],
        "metadata": {"pmcourse": {"exercise": 42}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    p = tmp_path / "x.ipynb"
    p.write_text(json.dumps(nb))
    with pytest.raises(NotebookError, match="No pmcourse tasks"):
        load_notebook(p)


def test_display_path_survives_non_utf8_names() -> None:
    shown = display_path(Path("caf\udce9.ipynb"))
    shown.encode("utf-8")  # printable
    assert shown == "caf\\xe9.ipynb"


def test_comments_and_cells_naming_other_tasks_add_nothing(tmp_path: Path) -> None:
    from pmcourse._grading.batch import score_notebook
    from pmcourse._grading.runner import RunOutcome
    from pmcourse._tasks import all_exercises, all_tasks

    every = [f"{e.number}.1" for e in all_exercises()]
    comment = "# " + " ".join(f'check("{t}", x)' for t in every)
    calls = "\n".join(f'check("{t}", ...)' for t in every)
    honest = nbf.blank(6)
    nb = nbf.insert_code(nbf.insert_code(honest, 2, comment), 3, calls)
    nb["metadata"]["pmcourse"] = {"exercise": 6, "tasks": every}
    exnb = load_notebook(nbf.write(tmp_path / "06-attack.ipynb", nb))
    assert exnb.chapters == {"6"}
    assert 2 not in exnb.cell_tasks  # the comment names nothing
    assert exnb.cell_tasks[3] == ["6.1"]  # of the calls, only this exercise's task
    tasks, _ = score_notebook(exnb, RunOutcome())
    own = [t for t in all_tasks() if t.chapter == 6]
    assert [t.task_id for t in tasks] == [t.id for t in own]
    assert sum(t.max_score for t in tasks) == sum(t.points for t in own)


@pytest.mark.parametrize(
    ("name", "metadata", "expected"),
    [
        ("renamed.ipynb", {"exercise": 4}, "4"),  # metadata first
        ("04-anything.ipynb", None, "4"),  # then the file name
        ("renamed.ipynb", None, "6"),  # then most of the check calls
    ],
)
def test_a_notebook_is_graded_as_exactly_one_exercise(
    tmp_path: Path, name: str, metadata: dict[str, int] | None, expected: str
) -> None:
    nb = nbf.blank(6)
    nb["cells"].append(nbf.code_cell('check("1.1", ...)\n# check("2.1", ...)'))
    if metadata is None:
        nb["metadata"].pop("pmcourse", None)
    else:
        nb["metadata"]["pmcourse"] = metadata
    exnb = load_notebook(nbf.write(tmp_path / name, nb))
    assert exnb.chapters == {expected}
