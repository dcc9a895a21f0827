"""An author adds a chapter with the scaffold, and it builds and passes its tests as created."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmcourse._errors import UsageError

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _copy_checkout(target: Path) -> None:
    """The checkout's files as a fresh clone has them (no builds, no caches)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:  # not a git checkout (an sdist): copy the tree
        shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(".nox", "_build", ".git"))
        return
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)


def test_scaffolded_chapter_builds_and_passes_its_tests(tmp_path: Path) -> None:
    copy = tmp_path / "course"
    _copy_checkout(copy)
    env = {**os.environ, "PYTHONPATH": str(copy / "src")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, check=False
        )

    made = run("-m", "pmcourse._authoring", "--root", str(copy), "new-chapter",
               "11", "working-with-designers", "Working with designers")  # fmt: skip
    assert made.returncode == 0, made.stderr
    for name in (
        "docs/chapters/11-working-with-designers.md",
        "src/pmcourse/_tasks/ch11.py",
        "tests/tasks/test_ch11.py",
        "exercises/11-working-with-designers.ipynb",
    ):
        assert (copy / name).is_file(), f"the scaffold did not create {name}"
    index = (copy / "docs/index.md").read_text(encoding="utf-8")
    assert "chapters/11-working-with-designers\nexercises/11-working-with-designers" in index
    assert "11. Working with designers" in index  # the course-map card
    site = run("-m", "sphinx", "-n", "-W", "--keep-going", "-q", "-b", "html",
               "docs", str(tmp_path / "html"))  # fmt: skip
    assert site.returncode == 0, site.stderr[-3000:]
    assert (tmp_path / "html/chapters/11-working-with-designers.html").is_file()
    tests = run("-m", "pytest", "-q", "-p", "no:cacheprovider", "--chapter", "11",
                "tests/tasks", "tests/authoring/test_notebooks.py", "tests/test_exercises.py",
                "tests/test_pedagogy.py", "tests/grading/test_batch.py")  # fmt: skip
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout.splitlines()[-1]


def test_the_scaffold_never_overwrites_a_chapter(tmp_path: Path) -> None:
    from pmcourse._authoring.scaffold import new_chapter

    chapters = tmp_path / "docs" / "chapters"
    chapters.mkdir(parents=True)
    (chapters / "04-something.md").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="chapter 4 exists already"):
        new_chapter(tmp_path, 4, "other", "Other")
    assert (chapters / "04-something.md").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("number", "slug", "title", "why"),
    [
        (0, "x", "X", "between 1 and 99"),
        (11, "Not A Slug", "X", "not a slug"),
        (11, "x", " ", "title"),
    ],
)
def test_the_scaffold_rejects_bad_arguments(
    tmp_path: Path, number: int, slug: str, title: str, why: str
) -> None:
    from pmcourse._authoring.scaffold import new_chapter

    with pytest.raises(UsageError, match=why):
        new_chapter(tmp_path, number, slug, title)
