"""The two failures that once made the suite flaky, repeated until a race would show.

* A killed process can stay listed for some milliseconds: grading must return
  only when every process a notebook started is gone.
* Under CPU load a fresh kernel must still start (no port races: kernels talk
  over sockets in their own folder; a kernel that dies before any learner cell
  ran is started again, with a note, and never scored as the learner's failure).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._grading.batch import grade_paths
from pmcourse._grading.limits import RunLimits
from pmcourse._grading.processes import grader_prefix, marked_processes

pytestmark = pytest.mark.slow

ORPHAN = """
import subprocess, sys
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
subprocess.Popen([sys.executable, "-c", "import os, time; os.fork(); time.sleep(600)"])
"""


def test_an_orphan_never_outlives_its_grading_25_times_in_a_row(tmp_path: Path) -> None:
    path = nbf.write(tmp_path / "orphan.ipynb", nbf.insert_code(nbf.solved(6), 2, ORPHAN))
    leftovers = []
    for _ in range(25):
        (result,) = grade_paths([path], limits=RunLimits(timeout=10)).notebooks
        assert result.status == "graded", result.error
        assert result.score == result.max_score
        # Checked at once: the grader must return only after the processes are gone.
        leftovers.append(len(marked_processes(grader_prefix(), prefix=True)))
    assert leftovers == [0] * 25


def test_kernels_start_under_cpu_load(tmp_path: Path) -> None:
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(3)]
    try:
        paths = [nbf.write(tmp_path / f"nb{i:02d}.ipynb", nbf.solved(6)) for i in range(12)]
        batch = grade_paths(paths, limits=RunLimits(timeout=60), jobs=2)
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    failed = [(n.path, n.error, n.notes) for n in batch.notebooks if n.score != n.max_score]
    assert not failed
    restarted = [n.path for n in batch.notebooks if any("started again" in x for x in n.notes)]
    assert not restarted, "a kernel failed to start under load"
    assert not marked_processes(grader_prefix(), prefix=True)
