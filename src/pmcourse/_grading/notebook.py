"""Reading learners' notebooks: every way a file can be broken gets one clear sentence.

Pure file handling, no kernels: this layer never writes the learner's file.
"""

from __future__ import annotations

import json
import re
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import NotebookError

__all__ = ["ExerciseNotebook", "display_path", "load_notebook"]

TASK_CALL = re.compile(r"""\bcheck\(\s*(["'])(\d+\.\d+)\1""")
MAX_BYTES = 50 * 1024 * 1024


def display_path(path: Path | str) -> str:
    """The path as text that can always be printed, even when the name is not UTF-8."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass
class ExerciseNotebook:
    """A readable notebook and the pmcourse tasks it holds."""

    path: Path
    notebook: dict[str, Any]
    cell_tasks: dict[int, list[str]]  # code cell index -> task ids checked in it
    chapters: set[str]
    notes: list[str] = field(default_factory=list)


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.exists():
            raise NotebookError("No such file or folder.")
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise NotebookError("This is a folder, not a notebook.")
        if not stat.S_ISREG(info.st_mode):
            raise NotebookError("This is not a regular file (a pipe or a device), not a notebook.")
        if info.st_size > MAX_BYTES:
            raise NotebookError(
                f"The file is larger than {MAX_BYTES // 2**20} MB; no notebook is that big."
            )
        return path.read_bytes()
    except PermissionError:
        raise NotebookError("The file cannot be read (permission denied).") from None
    except IsADirectoryError:
        raise NotebookError("This is a folder, not a notebook.") from None
    except OSError as exc:
        raise NotebookError(
            f"The file cannot be read ({exc.strerror or type(exc).__name__})."
        ) from None


def _unclosed(text: str) -> bool:
    """True when the text is a valid start of JSON that stops early: a cut-off file."""
    stack: list[str] = []
    in_string = escape = False
    for ch in text:
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            stack.append("]" if ch == "[" else "}")
        elif ch in "]}" and (not stack or stack.pop() != ch):
            return False  # a bracket that does not match: broken, not cut off
    return in_string or bool(stack)


def _parse(raw: bytes) -> Any:
    if not raw.strip():
        raise NotebookError("The file is empty: save the notebook in Jupyter and try again.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotebookError("The file is binary, not a notebook (it is not UTF-8 text).") from None
    if "\x00" in text:
        raise NotebookError("The file is binary, not a notebook (it holds NUL bytes).")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if _unclosed(text):
            raise NotebookError(
                "The notebook is cut off (its JSON ends early): the file is incomplete; "
                "restore it from Jupyter's checkpoint or download it again."
            ) from None
        raise NotebookError(
            f"The file is not valid notebook JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg.lower()})."
        ) from None


def _to_v4(data: Any, notes: list[str]) -> dict[str, Any]:
    if not isinstance(data, dict) or ("cells" not in data and "worksheets" not in data):
        raise NotebookError("The file is JSON but not a Jupyter notebook (it has no cells).")
    major = data.get("nbformat")
    if not isinstance(major, int):
        raise NotebookError("The file is JSON but not a Jupyter notebook (no nbformat version).")
    if major < 4:
        if major < 3:
            raise NotebookError(
                f"This is an nbformat {major} notebook, too old to read: open and save it in Jupyter."
            )
        import nbformat

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                old = nbformat.from_dict(data)  # type: ignore[no-untyped-call]
                data = dict(nbformat.convert(old, 4))  # type: ignore[no-untyped-call]
        except Exception:  # noqa: BLE001 - any failure means the old notebook is malformed
            raise NotebookError(
                "This nbformat 3 notebook could not be converted: open and save it in Jupyter."
            ) from None
        notes.append("An old nbformat 3 notebook: it was converted to nbformat 4 for grading.")
    elif major > 4:
        raise NotebookError(f"nbformat {major} is newer than this grader understands.")
    cells = data.get("cells")
    if not isinstance(cells, list):
        raise NotebookError("The notebook's 'cells' is not a list: the file is damaged.")
    clean = []
    for i, cell in enumerate(cells):
        if not isinstance(cell, dict) or "cell_type" not in cell:
            raise NotebookError(f"Cell {i + 1} is damaged (it has no cell type).")
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(s, str) for s in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise NotebookError(f"Cell {i + 1} is damaged (its source is not text).")
        clean.append({"cell_type": cell["cell_type"], "source": source})
    metadata = data.get("metadata")
    return {"cells": clean, "metadata": metadata if isinstance(metadata, dict) else {}}


def _checked_tasks(source: str) -> list[str]:
    """Task ids of the real ``check("N.M", ...)`` calls in a cell: not comments, not strings.

    A cell that does not parse (a learner's syntax error) falls back to the text
    search, so its task is still named in the notes.
    """
    import ast

    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return [m.group(2) for m in TASK_CALL.finditer(source)]
    ids = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name | ast.Attribute)
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) == "check"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and re.fullmatch(r"\d+\.\d+", node.args[0].value.strip())
        ):
            ids.append(node.args[0].value.strip())
    return ids


def _exercise_of(nb: dict[str, Any], path: Path, called: list[str], known: set[str]) -> str | None:
    """The one exercise a notebook is graded as: its metadata, else its file name,
    else the chapter most of its check calls name."""
    meta = nb["metadata"].get("pmcourse")
    if isinstance(meta, dict) and str(meta.get("exercise")) in known:
        return str(meta["exercise"])
    named = re.match(r"(\d+)-", path.name)
    if named and str(int(named.group(1))) in known:
        return str(int(named.group(1)))
    chapters = [t.split(".")[0] for t in called if t.split(".")[0] in known]
    if not chapters:
        return None
    return max(sorted(set(chapters), key=int), key=chapters.count)


def load_notebook(path: Path) -> ExerciseNotebook:
    """Read and check one notebook; raise :class:`NotebookError` with a one-line reason.

    A notebook is graded as exactly one exercise, and its tasks are the course's
    tasks of that exercise: nothing in its cells or comments adds another task.
    """
    from .._tasks import all_exercises

    notes: list[str] = []
    nb = _to_v4(_parse(_read_bytes(path)), notes)
    found: dict[int, list[str]] = {}
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            ids = _checked_tasks(cell["source"])
            if ids:
                found[i] = ids
    known = {str(e.number) for e in all_exercises()}
    exercise = _exercise_of(nb, path, [t for ids in found.values() for t in ids], known)
    if exercise is None:
        raise NotebookError(
            "No pmcourse tasks in this notebook: it is not one of the course's exercises."
        )
    # Cells are tied to tasks only for notes; only this exercise's tasks count.
    cell_tasks = {
        i: own
        for i, ids in found.items()
        if (own := [t for t in ids if t.split(".")[0] == exercise])
    }
    return ExerciseNotebook(path, nb, cell_tasks, {exercise}, notes)
