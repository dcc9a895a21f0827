"""``pytest --chapter N`` (an author's loop, ``nox -s chapter -- N``) runs every test about
chapter N: its own test module and the parametrised tests whose parameter is chapter N's
exercise, task, notebook, page, figure, task id or number."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pmcourse._tasks import all_exercises

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    "tests/test_pedagogy.py",
    "tests/test_exercises.py",
    "tests/authoring/test_notebooks.py",
    "tests/tasks/test_every_task.py",
    "tests/tasks/test_feedback.py",
    "tests/tasks/test_ch01.py",
    "tests/test_site.py",
    "tests/test_figures.py",
]


def _collected(*args: str) -> set[str]:
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
    proc = subprocess.run(
        [*command, *args, *FILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return {line for line in proc.stdout.splitlines() if "::" in line}


def _names_chapter(test_id: str, n: int) -> bool:
    """Whether a test's id names chapter ``n`` in one of the ways the suite spells it."""
    if f"test_ch{n:02d}.py::" in test_id:
        return True
    param = re.search(r"\[(.*)\]$", test_id)
    if not param:
        return False
    p = param[1]
    return (
        p in {f"ch{n:02d}", f"exercise{n}", str(n)}
        or p.startswith((f"{n:02d}-", f"ch{n:02d}-"))
        or re.match(rf"{n}\.\d+(?:-|$)", p) is not None
    )


def test_the_chapter_option_runs_every_test_about_the_chapter() -> None:
    n = all_exercises()[-1].number  # a chapter the course has, whichever is last
    everything = _collected()
    about = _collected(f"--chapter={n}")
    assert about == {t for t in everything if _names_chapter(t, n)}
    pedagogy = {t for t in about if t.startswith("tests/test_pedagogy.py::")}
    functions = {t.split("[")[0] for t in everything if t.startswith("tests/test_pedagogy.py::")}
    assert {t.split("[")[0] for t in pedagogy} == functions  # every pedagogy check, for chapter n
    assert not any("test_ch01.py" in t for t in about) or n == 1
