"""Removing a run folder whatever a notebook left in it.

``shutil.rmtree`` recurses (Python 3.11 fails on 1,500 nested folders) and gives
up on folders without write permission. :func:`remove_tree` walks the tree
bottom-up with a loop, not recursion, holding one open folder at a time (no
path grows past ``PATH_MAX``, no descriptor per level), never follows a symbolic
link, and gives each folder back its owner's permissions before emptying it.
It runs after every process of the run is gone, so nothing adds to the tree.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

__all__ = ["remove_tree"]

_DIR = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


def _empty_files(fd: int) -> list[str]:
    """Unlink every non-folder entry of ``fd``; return the names of its subfolders."""
    folders = []
    with os.scandir(fd) as entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                folders.append(entry.name)
                continue
            with contextlib.suppress(FileNotFoundError, PermissionError):
                os.unlink(entry.name, dir_fd=fd)
    return folders


def remove_tree(path: Path | str) -> bool:
    """Remove ``path`` and everything below it; True when nothing is left."""
    try:
        fd = os.open(path, _DIR)
    except FileNotFoundError:
        return True
    except OSError:  # a file or a link, not a folder
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        return not os.path.lexists(path)
    # One entry per level below ``path``: (this folder's name, subfolders still to visit).
    stack: list[tuple[str, list[str]]] = []
    name = ""
    arrived = True  # in a folder not yet emptied
    try:
        while True:
            if arrived:
                with contextlib.suppress(OSError):
                    os.fchmod(fd, stat.S_IRWXU)
                stack.append((name, _empty_files(fd)))
                arrived = False
            while stack and not stack[-1][1]:
                # This folder holds no more subfolders to visit: go up and remove it.
                done, _ = stack.pop()
                if not stack:
                    break
                parent = os.open("..", _DIR, dir_fd=fd)
                os.close(fd)
                fd = parent
                with contextlib.suppress(OSError):
                    os.rmdir(done, dir_fd=fd)
            if not stack:
                break
            name = stack[-1][1].pop()
            try:
                child = os.open(name, _DIR, dir_fd=fd)
            except OSError:  # not a folder after all
                with contextlib.suppress(OSError):
                    os.unlink(name, dir_fd=fd)
                continue
            os.close(fd)
            fd = child
            arrived = True
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):
        os.rmdir(path)
    return not os.path.lexists(path)
