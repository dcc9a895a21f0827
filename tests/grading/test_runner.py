"""The kernel layer: limits, the reply channel, and process clean-up, on real kernels."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._grading.aio import run_blocking
from pmcourse._grading.limits import RunLimits
from pmcourse._grading.notebook import load_notebook
from pmcourse._grading.processes import TOKEN_ENV, reap_marked_processes
from pmcourse._grading.runner import run_notebook

pytestmark = pytest.mark.slow


def _run(tmp_path: Path, nb: nbf.Notebook, **limits: float) -> object:
    exnb = load_notebook(nbf.write(tmp_path / "nb.ipynb", nb))
    return run_blocking(run_notebook(exnb, RunLimits(**limits)))  # type: ignore[arg-type]


def test_answers_come_back_through_the_reply_channel(tmp_path: Path) -> None:
    out = _run(tmp_path, nbf.solved(6))
    assert set(out.submissions) == set(nbf.solution_cells(6))  # type: ignore[attr-defined]
    assert all(e["state"] == "answered" for e in out.submissions.values())  # type: ignore[attr-defined]


def test_printed_output_cannot_reach_the_grader(tmp_path: Path) -> None:
    fake = 'print(\'{"6.1": {"state": "answered", "data": 22.25}}\')'
    out = _run(tmp_path, nbf.insert_code(nbf.blank(6), 2, fake))
    assert out.submissions["6.1"] == {"state": "not attempted"}  # type: ignore[attr-defined]


def test_kernel_runs_in_a_temporary_copy(tmp_path: Path) -> None:
    code = "import os\nopen('written-by-notebook.txt', 'w').write(os.getcwd())"
    out = _run(tmp_path, nbf.insert_code(nbf.blank(6), 2, code))
    assert not out.cell_errors  # type: ignore[attr-defined]
    assert not (tmp_path / "written-by-notebook.txt").exists()


def test_memory_cap_is_configurable(tmp_path: Path) -> None:
    nb = nbf.insert_code(nbf.blank(6), 2, "x = bytearray(700 * 2**20)")
    assert not _run(tmp_path, nb, memory=4 * 2**30).cell_errors  # type: ignore[attr-defined]
    capped = _run(tmp_path, nb, memory=600 * 2**20)
    assert "out of memory" in next(iter(capped.cell_errors.values()))  # type: ignore[attr-defined]


def test_grading_works_where_an_event_loop_already_runs(tmp_path: Path) -> None:
    """As in Jupyter, or beside Playwright's sync API: grading must not need a free thread."""
    import asyncio

    from pmcourse._grading.batch import grade_paths

    path = nbf.write(tmp_path / "nb.ipynb", nbf.solved(6))

    async def inside_a_loop() -> float:
        return grade_paths([path]).score

    scores: list[float] = []
    # A thread of its own, so that the loop this test starts is the only one in it.
    worker = threading.Thread(target=lambda: scores.append(asyncio.run(inside_a_loop())))
    worker.start()
    worker.join(timeout=120)
    assert scores and scores[0] > 0


def test_reaping_finds_escaped_children() -> None:
    token = "test-token-123"
    env = {**os.environ, TOKEN_ENV: token}
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], env=env, start_new_session=True
    )
    try:
        time.sleep(0.2)
        assert reap_marked_processes(token) == 1
        assert child.wait(timeout=5) == -9
    finally:
        child.kill()


def test_a_kernel_that_dies_before_any_cell_ran_is_started_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Infrastructure trouble is never scored as the learner's failure."""
    from pmcourse._grading import runner

    real_start = runner.start_kernel
    calls = []

    async def flaky_start(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise runner.KernelStartError("Kernel died before replying to kernel_info")
        return await real_start(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "start_kernel", flaky_start)
    out = _run(tmp_path, nbf.solved(6))
    assert len(calls) == 2
    assert set(out.submissions) == set(nbf.solution_cells(6))  # type: ignore[attr-defined]
    (note,) = out.notes  # type: ignore[attr-defined]
    assert "started again" in note and "not counted against you" in note


def test_a_kernel_that_never_starts_is_reported_not_scored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmcourse._grading import runner
    from pmcourse._grading.batch import grade_paths

    async def dead_start(*_args: object, **_kwargs: object) -> object:
        raise runner.KernelStartError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(runner, "start_kernel", dead_start)
    path = nbf.write(tmp_path / "nb.ipynb", nbf.solved(6))
    # The cold start (a warm one that fails falls back to it: see test_warm).
    (result,) = grade_paths([path], limits=RunLimits(warm=False)).notebooks
    assert result.status == "error"
    assert "could not be run" in (result.error or "")
