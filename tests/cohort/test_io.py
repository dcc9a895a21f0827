"""Writing outputs: whole or nothing, with one documented mode for every file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import synthetic, write_results

from pmcourse._cli import main
from pmcourse._cohort.io import write_many
from pmcourse._errors import ResultsError


@pytest.mark.parametrize("command", ["grade", "report", "gradebook", "review", "merge"])
def test_every_output_is_an_ordinary_file_under_the_umask(tmp_path: Path, command: str) -> None:
    # README, "Output files": 0666 less the umask, whichever command wrote it.
    results = write_results(tmp_path / "r.json", synthetic(2))
    argv = {
        "grade": ["grade", str(tmp_path / "nothing-here"), "--format", "json"],
        "report": ["report", str(results)],
        "gradebook": ["gradebook", str(results)],
        "review": ["review", "export", str(results)],
        "merge": ["merge", str(results)],
    }[command]
    for umask, mode in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        out = tmp_path / f"out-{umask:o}"
        old = os.umask(umask)
        try:
            main([*argv, "-o", str(out)])
        finally:
            os.umask(old)
        assert (out.stat().st_mode & 0o777) == mode, (command, oct(umask))


def test_feedback_pages_are_ordinary_files_too(tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.json", synthetic(2))
    old = os.umask(0o022)
    try:
        main(
            [
                "report",
                str(results),
                "-o",
                str(tmp_path / "c.html"),
                "--feedback-dir",
                str(tmp_path / "fb"),
            ]
        )
    finally:
        os.umask(old)
    pages = list((tmp_path / "fb").iterdir())
    assert pages and all((p.stat().st_mode & 0o777) == 0o644 for p in pages)


def test_nothing_is_written_when_one_file_cannot_be(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    with pytest.raises(ResultsError, match="Cannot write"):
        write_many({good: "a", tmp_path / "no" / "b.txt": "b"})
    assert list(tmp_path.iterdir()) == []
