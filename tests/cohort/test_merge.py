"""Shards graded in separate processes merge into the results of one run; bad results files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import load, synthetic, write_results

from pmcourse._cli import main

SRC = Path(__file__).resolve().parents[2] / "src"


def _strip_timings(data: dict[str, Any]) -> dict[str, Any]:
    for nb in data["notebooks"]:
        nb.pop("seconds")
        nb.pop("launch")
    return data


@pytest.mark.slow
def test_four_shards_in_separate_processes_merge_into_one_run(
    folder_cohort: Path, graded: Path, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    shards = [tmp_path / f"shard-{k}.json" for k in range(1, 5)]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pmcourse",
                "grade",
                str(folder_cohort),
                "--shard",
                f"{k}/4",
                "--format",
                "json",
                "-o",
                str(shard),
                "-j",
                "1",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k, shard in enumerate(shards, 1)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode in {0, 1}, err
    sizes = [len(load(s)["notebooks"]) for s in shards]
    assert sum(sizes) == 30 and all(sizes)
    merged = tmp_path / "results.json"
    assert main(["merge", *map(str, shards), "-o", str(merged)]) == 0
    assert _strip_timings(load(merged)) == _strip_timings(load(graded))


def test_merge_refuses_overlap_and_mixed_task_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write_results(tmp_path / "a.json", synthetic(2))
    out = tmp_path / "m.json"
    assert main(["merge", str(a), str(a), "-o", str(out)]) == 1
    assert "Learner 'l0' is in both" in capsys.readouterr().err
    data = load(a)
    data["tasks_fingerprint"] = "0123456789abcdef"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    assert main(["merge", str(a), str(other), "-o", str(out)]) == 1
    assert "differ in task set" in capsys.readouterr().err
    assert not out.exists()


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = write_results(tmp_path / "good.json", synthetic(2))
    text = good.read_text(encoding="utf-8")
    data = json.loads(text)
    cases: dict[str, tuple[Path, str]] = {}

    def case(name: str, content: str, message: str) -> None:
        path = tmp_path / f"{name}.json"
        path.write_text(content, encoding="utf-8")
        cases[name] = (path, message)

    case("truncated", text[: len(text) // 2], "truncated or not a results file")
    case("other-version", json.dumps({**data, "schema": 1}), "schema 1")
    case("foreign", json.dumps({"cells": []}), "not a pmcourse results file")
    case("damaged", json.dumps({**data, "notebooks": [{"path": 3}]}), "notebook 1 is damaged")
    case("other-tasks", json.dumps({**data, "tasks_fingerprint": "x"}), "another task set")
    cases["missing"] = (tmp_path / "nope.json", "Cannot read")
    return cases


@pytest.mark.parametrize(
    "name", ["truncated", "other-version", "foreign", "damaged", "other-tasks", "missing"]
)
@pytest.mark.parametrize("command", ["report", "gradebook", "review", "merge"])
def test_bad_results_files_one_line_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: str
) -> None:
    path, message = _bad_files(tmp_path)[name]
    if command == "merge" and name == "other-tasks":
        message = "differ in task set"  # merge reads any task set, never two at once
        argv = ["merge", str(tmp_path / "good.json"), str(path)]
    else:
        argv = {
            "report": ["report", str(path)],
            "gradebook": ["gradebook", str(path)],
            "review": ["review", "export", str(path)],
            "merge": ["merge", str(path)],
        }[command]
    out = tmp_path / "out.file"
    assert main([*argv, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
