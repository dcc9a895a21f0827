"""Run folders go, whatever a notebook left in them."""

from __future__ import annotations

import os
from pathlib import Path

from pmcourse._grading.cleanup import remove_tree


def _nest(top: Path, depth: int) -> None:
    fd = os.open(top, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir("d", dir_fd=fd)
        nxt = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nxt
    file_fd = os.open("f", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd)
    os.write(file_fd, b"x")
    os.close(file_fd)
    os.fchmod(fd, 0)  # unreadable and unwritable at the bottom
    os.close(fd)


def test_deeply_nested_unwritable_folders_are_removed(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    _nest(run, 1500)  # past Python 3.11's recursion limit and past PATH_MAX
    (run / "many").mkdir()
    for i in range(300):
        (run / "many" / f"x{i}").mkdir()
    (run / "many").chmod(0o500)
    assert remove_tree(run)
    assert not run.exists()


def test_links_are_removed_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("the grader's", encoding="utf-8")
    run = tmp_path / "run"
    run.mkdir()
    (run / "to-folder").symlink_to(outside)
    (run / "to-file").symlink_to(outside / "keep.txt")
    assert remove_tree(run)
    assert (outside / "keep.txt").read_text(encoding="utf-8") == "the grader's"


def test_a_missing_folder_or_a_file_is_fine(tmp_path: Path) -> None:
    assert remove_tree(tmp_path / "absent")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert remove_tree(tmp_path / "file")
    assert not (tmp_path / "file").exists()
