"""The safe reader of files a kernel could have touched: no link, no pipe, no device, capped."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from pmcourse._errors import NotebookError
from pmcourse._grading.records import UnsafeRecord, read_record_file, read_untrusted


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    path.write_bytes(b"abc\n" * 1000)
    assert read_untrusted(path) == b"abc\n" * 1000


def test_a_missing_file_or_folder_is_no_record(tmp_path: Path) -> None:
    assert read_untrusted(tmp_path / "none.jsonl") is None
    assert read_untrusted(tmp_path / "gone" / "none.jsonl") is None
    assert read_record_file(tmp_path / "none.jsonl") == ({}, [])


def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    os.mkfifo(path)
    start = time.monotonic()
    with pytest.raises(UnsafeRecord, match="named pipe"):
        read_untrusted(path)
    assert time.monotonic() - start < 1  # no writer ever comes: a blocking open would hang


def test_a_pipe_with_a_writer_that_never_stops_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    os.mkfifo(path)
    stop = threading.Event()

    def writer() -> None:
        fd = os.open(path, os.O_RDWR)  # does not wait for a reader
        try:
            while not stop.is_set():
                try:
                    os.write(fd, b"x" * 4096)
                except BlockingIOError:
                    time.sleep(0.001)
        finally:
            os.close(fd)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        with pytest.raises(UnsafeRecord, match="named pipe"):
            read_untrusted(path)
    finally:
        stop.set()
        thread.join(5)


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null", "elsewhere.jsonl"])
def test_a_symlink_is_refused_wherever_it_points(tmp_path: Path, target: str) -> None:
    real = tmp_path / "elsewhere.jsonl"
    real.write_text('{"id": "5.1", "entry": {"state": "answered", "data": "x"}}\n')
    path = tmp_path / "record.jsonl"
    path.symlink_to(target if target.startswith("/") else real)
    with pytest.raises(UnsafeRecord, match="with a link"):
        read_untrusted(path)


def test_a_folder_swapped_for_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "record.jsonl").write_text("{}\n")
    (tmp_path / "conn").symlink_to(elsewhere)
    with pytest.raises(UnsafeRecord, match="cannot be opened safely"):
        read_untrusted(tmp_path / "conn" / "record.jsonl")


def test_a_device_is_refused() -> None:
    with pytest.raises(UnsafeRecord, match="a device"):
        read_untrusted(Path("/dev/zero"))


def test_a_socket_and_a_folder_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(UnsafeRecord, match="cannot be graded"):
            read_untrusted(path)
    finally:
        server.close()
    path.unlink()
    path.mkdir()
    with pytest.raises(UnsafeRecord, match="folder"):
        read_untrusted(path)


def test_an_oversize_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    with path.open("wb") as fh:
        fh.truncate(10 * 2**30)  # sparse: 10 GiB announced, nothing on disk
    with pytest.raises(UnsafeRecord, match="larger than 1 MiB"):
        read_untrusted(path, max_bytes=2**20)


def test_the_reasons_are_one_line_notebook_errors(tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    os.mkfifo(path)
    with pytest.raises(NotebookError) as info:
        read_record_file(path)
    assert "\n" not in str(info.value)
    assert "cannot be graded" in str(info.value)


def test_records_and_solution_views_are_parsed_and_junk_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "record.jsonl"
    lines = [
        json.dumps({"id": "5.1", "entry": {"state": "answered", "data": "PM"}}),
        "not json",
        json.dumps([1, 2]),
        json.dumps({"solution_first": "5.3"}),
        json.dumps({"id": "5.1", "entry": {"state": "not attempted"}}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    answers, first = read_record_file(path)
    assert answers == {"5.1": {"state": "not attempted"}}
    assert first == ["5.3"]
