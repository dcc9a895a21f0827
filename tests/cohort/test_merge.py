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
from pmcourse._cohort import merge as merge_module
from pmcourse._cohort.merge import _ranges_as_written, merge_results
from pmcourse._cohort.render import render_json
from pmcourse._schema import BatchResult, NotebookResult

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


def _split(batch: BatchResult) -> tuple[BatchResult, BatchResult]:
    """Two shards of one batch, by learner (as ``--shard`` cuts them)."""
    learners = sorted({nb.learner or nb.path for nb in batch.notebooks})
    first = set(learners[::2])
    parts: tuple[list[NotebookResult], list[NotebookResult]] = ([], [])
    for nb in batch.notebooks:
        parts[(nb.learner or nb.path) not in first].append(nb)
    return (
        BatchResult(notebooks=parts[0], sandbox="none"),
        BatchResult(notebooks=parts[1], sandbox="none"),
    )


def _whole(batch: BatchResult) -> dict[str, Any]:
    """What one run over every learner would have written, read back."""
    data = json.loads(render_json(batch))
    data["notebooks"].sort(key=lambda nb: (nb["learner"] or "", nb["path"]))
    return data


@pytest.mark.parametrize("layout", ["grader", "compact", "reindented"])
def test_merge_reads_any_layout_and_writes_the_graders(tmp_path: Path, layout: str) -> None:
    # Shards as grade writes them are cut without parsing their tasks; a shard
    # saved in another layout (re-indented by an editor, say) takes the careful path.
    batch = synthetic(5)
    a, b = _split(batch)
    write_results(tmp_path / "a.json", a)
    dumps = {
        "grader": render_json,
        "compact": lambda r: json.dumps(json.loads(render_json(r)), separators=(",", ":")),
        "reindented": lambda r: json.dumps(json.loads(render_json(r)), indent=4, ensure_ascii=True),
    }[layout]
    (tmp_path / "b.json").write_text(dumps(b), encoding="utf-8")
    out = tmp_path / "m.json"
    assert main(["merge", str(tmp_path / "b.json"), str(tmp_path / "a.json"), "-o", str(out)]) == 0
    merged = load(out)
    assert merged == {**_whole(batch), "score": merged["score"]}
    assert merged["score"] == pytest.approx(batch.score)
    # The merged file is in the grader's own layout, so it is cut quickly when merged again.
    paths = [nb["path"] for nb in merged["notebooks"]]
    assert _ranges_as_written(memoryview(bytearray(out.read_bytes())), 0, paths) is not None


def test_merge_of_merged_results_and_a_shard_with_no_notebooks(tmp_path: Path) -> None:
    batch = synthetic(4)
    a, b = _split(batch)
    write_results(tmp_path / "a.json", a)
    write_results(tmp_path / "b.json", b)
    write_results(tmp_path / "empty.json", BatchResult(notebooks=[], sandbox="none"))
    first = tmp_path / "ab.json"
    assert (
        main(["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "-o", str(first)]) == 0
    )
    again = tmp_path / "again.json"
    assert main(["merge", str(first), str(tmp_path / "empty.json"), "-o", str(again)]) == 0
    assert load(again) == load(first)
    assert main(["merge", str(tmp_path / "empty.json"), "-o", str(again)]) == 0
    assert load(again)["notebooks"] == []


def test_merge_to_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = synthetic(2)
    write_results(tmp_path / "a.json", batch)
    assert main(["merge", str(tmp_path / "a.json")]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == _whole(batch)


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
    # Damage deep inside a task, where merge does not decode: still refused, not copied.
    case("bad-task-json", text.replace('"feedback": "', '"feedback": ', 1), "not complete JSON")
    raw = text.encode("utf-8").replace("✘ Missed it".encode(), b"\xff Missed it", 1)
    path = tmp_path / "bad-bytes.json"
    path.write_bytes(raw)
    cases["bad-bytes"] = (path, "not a results file")
    case("other-tasks", json.dumps({**data, "tasks_fingerprint": "x"}), "another task set")
    cases["missing"] = (tmp_path / "nope.json", "Cannot read")
    return cases


@pytest.mark.parametrize(
    "name",
    [
        "truncated",
        "other-version",
        "foreign",
        "damaged",
        "bad-task-json",
        "bad-bytes",
        "other-tasks",
        "missing",
    ],
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


@pytest.mark.parametrize("command", ["report", "gradebook", "merge"])
def test_a_notebook_score_that_is_not_a_number_is_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    # merge adds the notebooks' scores up; report and gradebook read the same checks.
    data = json.loads(render_json(synthetic(2)))
    data["notebooks"][1]["score"] = "4"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out.file"
    assert main([command, str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "notebook 2 is damaged: score is not a number" in err, err
    assert not out.exists()


def _shards(tmp_path: Path, learners: int = 6) -> tuple[BatchResult, list[Path]]:
    batch = synthetic(learners)
    a, b = _split(batch)
    return batch, [write_results(tmp_path / "a.json", a), write_results(tmp_path / "b.json", b)]


def test_merged_bytes_are_the_same_copied_by_the_kernel_or_through_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch, shards = _shards(tmp_path)
    kernel, memory = tmp_path / "kernel.json", tmp_path / "memory.json"
    assert main(["merge", *map(str, shards), "-o", str(kernel)]) == 0
    monkeypatch.setattr(merge_module, "_COPY_FILE_RANGE", [False])
    assert main(["merge", *map(str, shards), "-o", str(memory)]) == 0
    assert kernel.read_bytes() == memory.read_bytes()
    assert load(kernel) == {**_whole(batch), "score": load(kernel)["score"]}


def test_one_learners_notebooks_are_copied_as_one_range(tmp_path: Path) -> None:
    _batch, shards = _shards(tmp_path, 6)  # 3 learners a shard, two notebooks each (one has one)
    merged = merge_results(shards)
    ranges = [item for item in merged.layout if isinstance(item, tuple)]
    assert len(ranges) == merged.learners < merged.notebooks
    merged.close()


def test_a_shard_that_changes_while_merging_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _batch, shards = _shards(tmp_path)
    real = merge_module.merge_results

    def then_edit(paths: list[Path]) -> merge_module.Merged:
        merged = real(paths)
        shards[1].write_text(shards[1].read_text(encoding="utf-8") + " ", encoding="utf-8")
        return merged

    monkeypatch.setattr(merge_module, "merge_results", then_edit)
    out = tmp_path / "m.json"
    assert main(["merge", *map(str, shards), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{shards[1]} changed while it was being merged" in err, err
    assert not out.exists() and not list(tmp_path.glob(".m.json.*"))


def test_many_shards_never_need_more_open_files_than_the_system_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = synthetic(8)
    by_learner: dict[str, list[NotebookResult]] = {}
    for nb in batch.notebooks:
        by_learner.setdefault(nb.learner or nb.path, []).append(nb)
    shards = [  # a shard per learner: nine shards
        write_results(tmp_path / f"s{i}.json", BatchResult(notebooks=nbs, sandbox="none"))
        for i, nbs in enumerate(by_learner.values())
    ]
    # Pretend the process may hold only two shards open: merge closes and goes on.
    real_open, opened = os.open, set()

    def scarce_open(path: Any, flags: int, *args: Any) -> int:
        if str(path) in map(str, shards) and len(opened) >= 2:
            raise OSError(24, "Too many open files")  # EMFILE
        fd = real_open(path, flags, *args)
        opened.add(fd)
        return fd

    real_close = os.close
    monkeypatch.setattr(merge_module.os, "open", scarce_open)
    monkeypatch.setattr(
        merge_module.os, "close", lambda fd: (opened.discard(fd), real_close(fd))[1]
    )
    merged = merge_results(shards)
    data = json.loads(merged.content)
    assert data == {**_whole(batch), "score": data["score"]}
    assert not opened, "every shard is closed again"
