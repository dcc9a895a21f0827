"""The command line through ``main(argv)``, and once as a real subprocess."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._cli import main, parse_size
from pmcourse._grading.processes import grader_prefix, marked_processes


def test_help_lists_both_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "start" in out and "grade" in out


def test_grade_help_documents_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grade", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--jobs", "--timeout", "--memory", "--format", "--output", "--no-warm"):
        assert option in out
    assert "template" in out  # --no-warm says what it turns off


def test_no_warm_turns_the_template_off() -> None:
    from pmcourse._cli import build_parser

    assert build_parser().parse_args(["grade"]).warm is True
    assert build_parser().parse_args(["grade", "--no-warm"]).warm is False


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["grade", "--jobs", "0"],
        ["grade", "--timeout", "-1"],
        ["grade", "--memory", "lots"],
        ["grade", "--memory", "10M"],
        ["grade", "--format", "xml"],
        ["frobnicate"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("pmcourse")
    assert "Traceback" not in "\n".join(err)


def test_grade_without_workspace_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["grade"]) == 2
    assert "pmcourse start" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "size"), [("2G", 2 * 2**30), ("512M", 512 * 2**20), ("1.5GiB", 3 * 2**29), ("0", 0)]
)
def test_memory_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_start_then_start_again_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    assert main(["start", str(work)]) == 0
    names = sorted(p.name for p in work.glob("*.ipynb"))
    assert names == sorted(p.name for p in nbf.exercise_paths())
    mine = work / names[0]
    mine.write_text("my precious work")
    capsys.readouterr()
    assert main(["start", str(work)]) == 0
    out = capsys.readouterr().out
    assert mine.read_text() == "my precious work"
    assert f"skipped  {mine}" in out and f"{len(names)} skipped" in out


@pytest.mark.slow
def test_grade_json_and_junit_on_a_solved_and_a_blank_notebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    solved = nbf.write(tmp_path / "solved.ipynb", nbf.solved(6))
    blank = nbf.write(tmp_path / "blank.ipynb", nbf.blank(6))
    assert main(["grade", "--format", "json", str(solved)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["score"] == report["max_score"] > 0
    assert {t["status"] for t in report["notebooks"][0]["tasks"]} == {"pass"}

    out = tmp_path / "junit.xml"
    assert main(["grade", "--format", "junit", "-o", str(out), str(solved), str(blank)]) == 1
    suites = ET.parse(out).getroot()
    assert suites.tag == "testsuites"
    n_tasks = len(report["notebooks"][0]["tasks"])
    assert int(suites.get("tests", "0")) == 2 * n_tasks
    assert len(suites.findall(".//skipped")) == n_tasks  # the blank one's tasks


@pytest.mark.slow
def test_real_subprocess_text_table_and_exit_code(tmp_path: Path) -> None:
    work = tmp_path / "pmcourse-work"
    subprocess.run(
        [sys.executable, "-m", "pmcourse", "start", str(work)],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    nbf.write(work / "06-pm-and-product-owner.ipynb", nbf.solved(6))
    proc = subprocess.run(
        [sys.executable, "-m", "pmcourse", "grade", "--jobs", "2"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert proc.returncode == 1  # the other notebooks are blank
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1].startswith("Total: ")
    assert any("06-pm-and-product-owner.ipynb" in line and "points" in line for line in lines)
    assert any(" PASS " in line for line in lines) and any(" - " in line for line in lines)


def _token_processes(grader_pid: int) -> list[int]:
    """Live processes that a run of the grader with this pid started."""
    return marked_processes(grader_prefix(grader_pid), prefix=True)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupt_stops_cleanly_and_reports_results_so_far(
    sig: signal.Signals, tmp_path: Path
) -> None:
    slow = nbf.insert_code(nbf.solved(6), 2, "import time\ntime.sleep(3)")
    paths = [nbf.write(tmp_path / f"nb{i:02d}.ipynb", slow) for i in range(16)]
    report = tmp_path / "report.json"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pmcourse",
            "grade",
            "--jobs",
            "2",
            "--format",
            "json",
            "-o",
            str(report),
            *map(str, paths),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    time.sleep(12)  # long enough for the first notebooks to finish, far from all sixteen
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in out + err
    data = json.loads(report.read_text())  # complete, valid JSON: no partial file
    assert data["interrupted"] is True
    assert 1 <= len(data["notebooks"]) < 16
    assert all(nb["status"] == "graded" for nb in data["notebooks"])
    assert not list(tmp_path.glob(".*.tmp"))
    # No sleep: the grader exits only after every process it started is gone.
    assert not _token_processes(proc.pid), "a kernel outlived the interrupted batch"
    assert paths[0].exists()
