"""The shipped exercise notebooks: shape, blank answers, and no answer keys inside."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._tasks import all_exercises, all_tasks

PATHS = nbf.exercise_paths()


def _sources(path: Path) -> list[tuple[str, str]]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [
        (c["cell_type"], "".join(c["source"]) if isinstance(c["source"], list) else c["source"])
        for c in nb["cells"]
    ]


def test_one_notebook_per_chapter() -> None:
    chapters = sorted(p.stem for p in (nbf.ROOT / "docs" / "chapters").glob("*.md"))
    assert [p.stem for p in PATHS] == chapters
    assert [e.notebook for e in all_exercises()] == [p.name for p in PATHS]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebook_opens_with_its_purpose_and_chapter(path: Path) -> None:
    kind, text = _sources(path)[0]
    number = nbf.chapter_of(path)
    assert kind == "markdown" and text.startswith(f"# Exercise {number}:")
    assert f"chapters/{path.stem}.html" in text
    assert re.search(r"practi[sc]e", text, re.IGNORECASE)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebook_is_blank_and_clean(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["pmcourse"]["exercise"] == nbf.chapter_of(path)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    ids = [t.id for t in all_tasks() if t.id.split(".")[0] == str(nbf.chapter_of(path))]
    assert len(ids) >= 4
    for task_id in ids:
        cell = "".join(nb["cells"][nbf.task_cell_index(nb, task_id)]["source"])
        assert "..." in cell or "NotImplementedError" in cell, task_id


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_helpers_the_text_mentions_are_imported(path: Path) -> None:
    text = "\n".join(src for _, src in _sources(path))
    imports = " ".join(src for kind, src in _sources(path) if "from pmcourse import" in src)
    for name in ("check", "hint", "solution"):
        if f"{name}(" in text:
            assert re.search(rf"\b{name}\b", imports), f"{name}() is used but not imported"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_answer_key_in_the_notebook(path: Path) -> None:
    """Reading the notebook source must not give answers away."""
    text = "\n".join(src for _, src in _sources(path))
    chapter = str(nbf.chapter_of(path))
    for task in all_tasks():
        if task.id.split(".")[0] != chapter:
            continue
        assert task.solution[:60] not in text, task.id
        for opt in getattr(task, "options", {}).values():
            assert opt.why[:50] not in text, task.id
        if hasattr(task, "categories"):
            for _cat, why in task.items.values():
                assert why[:50] not in text, task.id
        for case in getattr(task, "cases", ()):
            assert case.label not in text, task.id


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_check_is_imported_in_a_cell_that_cannot_fail_in_the_browser(path: Path) -> None:
    """A cell importing check() imports only pmcourse: the browser has no matplotlib or numpy.

    An import that fails there would leave check undefined and every later cell a NameError.
    """
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] != "code" or not re.search(r"\bimport\b[^\n]*\bcheck\b", source):
            continue
        imports = re.findall(r"^\s*(?:from\s+(\S+)\s+)?import\s+(\S+)", source, re.MULTILINE)
        assert imports
        assert all((mod or name).split(".")[0] == "pmcourse" for mod, name in imports), source
