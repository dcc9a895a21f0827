"""Reading a file that a notebook's kernel could have touched, without trusting it.

The kernel's run folder is writable from inside the sandbox, so a learner's cell
can replace its record file with a named pipe (an ``open`` that never returns),
a symlink to ``/dev/zero`` (a read that never ends) or a huge file. The grader
reads such a path only through :func:`read_untrusted`: opened with
``O_NOFOLLOW | O_NONBLOCK`` (no link is followed, a pipe cannot block the
open), checked with ``fstat`` to be a regular file, read in chunks up to a size
cap and a deadline. Anything else raises :class:`UnsafeRecord` with a one-line
reason, and that notebook (only that one) becomes ungradable.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import time
from pathlib import Path
from typing import Any

from .._errors import NotebookError

__all__ = ["MAX_RECORD_BYTES", "UnsafeRecord", "read_record_file", "read_untrusted"]

# Answers are capped (``_tasks.scoring.MAX_ANSWER_BYTES``): a record file of
# honest checks stays far below this, even with every check run many times.
MAX_RECORD_BYTES = 32 * 2**20
READ_SECONDS = 5.0
_CHUNK = 1 << 20


class UnsafeRecord(NotebookError):
    """A file from the kernel's folder that the grader refuses to read."""


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_untrusted(
    path: Path, *, max_bytes: int = MAX_RECORD_BYTES, seconds: float = READ_SECONDS
) -> bytes | None:
    """The bytes of a regular file the kernel could have replaced; None if it does not exist.

    Raises :class:`UnsafeRecord` for a symlink, a pipe, a device, a folder, a file
    over ``max_bytes``, or a read that takes longer than ``seconds``.
    """
    name = path.name
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        # The folder too: a kernel could swap the folder for a link to one of its choice.
        folder = os.open(path.parent, flags | os.O_DIRECTORY)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnsafeRecord(
            f"The folder of the grader's record file cannot be opened safely ({exc.strerror}); "
            "the notebook cannot be graded."
        ) from None
    try:
        fd = os.open(name, flags, dir_fd=folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeRecord(
                f"The notebook replaced the grader's record file ({name}) with a link; "
                "it cannot be graded."
            ) from None
        raise UnsafeRecord(
            f"The grader's record file ({name}) cannot be read ({exc.strerror}); "
            "the notebook cannot be graded."
        ) from None
    finally:
        os.close(folder)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeRecord(
                f"The notebook replaced the grader's record file ({name}) with "
                f"{_kind(info.st_mode)}; it cannot be graded."
            )
        if info.st_size > max_bytes:
            raise UnsafeRecord(_too_big(name, max_bytes))
        deadline = time.monotonic() + seconds
        chunks: list[bytes] = []
        total = 0
        while True:
            if time.monotonic() > deadline:
                raise UnsafeRecord(
                    f"Reading the grader's record file ({name}) took longer than {seconds:g} s; "
                    "the notebook cannot be graded."
                )
            try:
                chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            except BlockingIOError:
                time.sleep(0.01)
                continue
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise UnsafeRecord(_too_big(name, max_bytes))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_big(name: str, max_bytes: int) -> str:
    return (
        f"The grader's record file ({name}) is larger than {max_bytes // 2**20} MiB; "
        "the notebook cannot be graded."
    )


def read_record_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The answers and solution views a kernel appended to its record file, read safely.

    Lines that are not records are skipped; an unsafe file raises :class:`UnsafeRecord`.
    """
    raw = read_untrusted(path)
    out: dict[str, Any] = {}
    first: list[str] = []
    if raw is None:
        return out, first
    for line in raw.decode("utf-8", errors="replace").splitlines():
        try:
            item = json.loads(line)
            if "solution_first" in item:
                first.append(str(item["solution_first"])[:20])
            else:
                out[str(item["id"])[:20]] = item["entry"]
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return out, first
