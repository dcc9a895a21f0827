"""``pmcourse start``: blank notebooks copied, existing work never touched."""

from __future__ import annotations

import json
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse import UsageError
from pmcourse._workspace import blank_notebooks, start_workspace


def test_shipped_notebooks_are_the_exercises() -> None:
    assert [p.name for p in blank_notebooks()] == [p.name for p in nbf.exercise_paths()]
    for p in blank_notebooks():
        assert json.loads(p.read_text())["nbformat"] == 4


def test_start_copies_every_notebook_into_a_new_folder(tmp_path: Path) -> None:
    report = start_workspace(tmp_path / "a" / "b")
    assert len(report.copied) == len(nbf.exercise_paths()) and not report.skipped
    for name in report.copied:
        assert (tmp_path / "a" / "b" / name).read_bytes() == (nbf.EXERCISES / name).read_bytes()


def test_start_skips_existing_files_byte_for_byte(tmp_path: Path) -> None:
    first = nbf.exercise_paths()[0].name
    (tmp_path / first).write_bytes(b"\x00 learner work")
    report = start_workspace(tmp_path)
    assert report.skipped == [first]
    assert (tmp_path / first).read_bytes() == b"\x00 learner work"


def test_start_into_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(UsageError, match="not a folder"):
        start_workspace(target)
