"""Write the generated notebooks into a checkout, or say which ones are out of date."""

from __future__ import annotations

import json
from pathlib import Path

from .._tasks import all_exercises, all_tasks
from .notebooks import notebook_json, task_cells

__all__ = ["stale_notebooks", "write_notebooks"]


def _expected() -> list[tuple[str, str, list[tuple[str | None, dict[str, object]]]]]:
    out = []
    for ex in all_exercises():
        tasks = [t for t in all_tasks() if t.chapter == ex.number]
        out.append((ex.notebook, notebook_json(ex, tasks), task_cells(ex, tasks)))
    return out


def write_notebooks(root: Path) -> list[Path]:
    """Regenerate every exercise notebook; return the files that changed."""
    changed = []
    for name, text, _cells in _expected():
        path = root / "exercises" / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def stale_notebooks(root: Path) -> list[str]:
    """One line per notebook that differs from its source, naming the first task that differs."""
    problems = []
    for name, text, cells in _expected():
        path = root / "exercises" / name
        if not path.exists():
            problems.append(f"exercises/{name} is missing: run python noxfile.py -s notebooks")
            continue
        current = path.read_text(encoding="utf-8")
        if current == text:
            continue
        where = "its metadata or formatting"
        try:
            have = json.loads(current).get("cells", [])
        except ValueError:
            have = []
        for i, (task_id, cell) in enumerate(cells):
            if i >= len(have) or have[i].get("source") != cell["source"]:
                where = f"task {task_id}" if task_id else "its introduction"
                break
        else:
            if len(have) != len(cells):
                where = "extra cells at the end"
        problems.append(
            f"exercises/{name} differs from its source at {where}: edit the task in "
            f"src/pmcourse/_tasks/, then run python noxfile.py -s notebooks"
        )
    return problems
