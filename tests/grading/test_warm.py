"""Kernels forked from the warm template: fresh state, the same environment, and a cold fallback.

The hostile corpus (``test_batch``) and the isolation tests (``test_isolation``)
run with the template on and off; these tests cover what only the template can
get wrong: state carried from one notebook to the next, learner code reaching
the template, and what happens when the template is missing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbfactory as nbf
import pytest

from pmcourse._grading import warm as warm_module
from pmcourse._grading.aio import run_blocking
from pmcourse._grading.batch import grade_paths
from pmcourse._grading.kernel import kernel_environment, resolve_sandbox
from pmcourse._grading.limits import RunLimits
from pmcourse._grading.notebook import load_notebook
from pmcourse._grading.processes import grader_prefix, marked_processes
from pmcourse._grading.runner import run_notebook
from pmcourse._grading.warm import WarmPool, WarmTemplate, WarmUnavailable

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(warm_module.warm_supported() is not None, reason="needs fork and pidfd"),
]

POLLUTE = """
import builtins, os, statistics, sys, types
import matplotlib, matplotlib.pyplot as plt
import pmcourse, pmcourse._session
builtins.LEAKED_BUILTIN = 1
LEAKED_GLOBAL = 1
statistics.mean = lambda xs: 42
pmcourse.check = lambda *a, **k: "PASS"
pmcourse.TEMPLATE_MARKER = "learner code ran here"
pmcourse._session.SUBMISSIONS["6.1"] = {"state": "answered", "data": "forged"}
sys.modules["pmcourse_leak"] = types.ModuleType("pmcourse_leak")
sys.path.insert(0, "/leaked/path")
os.environ["PMCOURSE_LEAK"] = "1"
matplotlib.rcParams["lines.linewidth"] = 42
plt.figure()
open("/tmp/leak.txt", "w").write("left for the next learner")
"""

CLEAN = """
import builtins, os, statistics, sys
import matplotlib, matplotlib.pyplot as plt
import pmcourse, pmcourse._session
assert not hasattr(builtins, "LEAKED_BUILTIN"), "a builtin leaked"
assert "LEAKED_GLOBAL" not in globals(), "a global leaked"
assert statistics.mean([1, 3]) == 2, "a monkeypatched module leaked"
assert pmcourse.check.__module__ == "pmcourse._check", "a patched pmcourse leaked"
assert not hasattr(pmcourse, "TEMPLATE_MARKER"), "the marker leaked"
assert not pmcourse._session.SUBMISSIONS, "a record leaked"
assert "pmcourse_leak" not in sys.modules, "sys.modules leaked"
assert "/leaked/path" not in sys.path, "sys.path leaked"
assert "PMCOURSE_LEAK" not in os.environ, "os.environ leaked"
assert matplotlib.rcParams["lines.linewidth"] != 42, "rcParams leaked"
assert plt.get_fignums() == [], "a figure leaked"
"""
CLEAN_TMP = """
import os
assert not os.path.exists("/tmp/leak.txt"), "a file in /tmp leaked"
"""


def _write_pair(folder: Path, extra: str = "") -> tuple[Path, Path]:
    first = nbf.write(folder / "a-pollute.ipynb", nbf.insert_code(nbf.blank(6), 2, POLLUTE))
    second = nbf.write(folder / "b-clean.ipynb", nbf.insert_code(nbf.solved(6), 2, CLEAN + extra))
    return first, second


@pytest.mark.parametrize("sandbox", ["auto", "off"])
def test_nothing_a_notebook_does_reaches_the_next_one(sandbox: str, tmp_path: Path) -> None:
    # Without a sandbox, /tmp is shared: only the kernel's memory is fresh then.
    first, second = _write_pair(tmp_path, CLEAN_TMP if sandbox == "auto" else "")
    limits = RunLimits(timeout=30, sandbox=sandbox)  # type: ignore[arg-type]
    batch = grade_paths([first, second], limits=limits, jobs=1)
    polluter, clean = batch.notebooks
    assert polluter.launch == clean.launch == "warm", (polluter.notes, clean.notes)
    assert polluter.score == 0
    assert clean.status == "graded", clean.error
    assert not [n for n in clean.notes if "raised" in n], clean.notes
    assert clean.score == clean.max_score > 0
    assert not marked_processes(grader_prefix(), prefix=True)


def test_the_template_never_runs_learner_code(tmp_path: Path) -> None:
    """Its modules, globals and environment are the same before and after hostile notebooks."""
    first, second = _write_pair(tmp_path)
    limits = RunLimits(timeout=30)
    sandbox = resolve_sandbox(limits.sandbox)

    async def scenario() -> tuple[list[dict[str, Any]], list[str], int]:
        pool = WarmPool.open(limits, sandbox, jobs=1, budget=2)
        assert pool.template is not None, pool.problem
        try:
            states = [await pool.template.status()]
            launches = []
            for path in (first, second):
                outcome = await run_notebook(load_notebook(path), limits, sandbox, pool)
                launches.append(outcome.launch)
                assert not [n for n in outcome.notes if "usual way" in n], outcome.notes
                states.append(await pool.template.status())
            return states, launches, pool.requested
        finally:
            await pool.close()

    states, launches, requested = run_blocking(scenario())
    assert launches == ["warm", "warm"]
    assert requested == 2
    for state in states:
        assert state["threads"] == 1
        for key in ("pid", "modules", "pmcourse", "builtins", "main", "environ"):
            assert state[key] == states[0][key], (key, states)
    assert [s["forks"] for s in states] == [0, 2, 2]  # the second forked while the first ran
    assert not marked_processes(grader_prefix(), prefix=True)


def test_the_next_kernel_is_forked_before_the_previous_notebook_finishes(tmp_path: Path) -> None:
    paths = [nbf.write(tmp_path / f"nb{i}.ipynb", nbf.solved(6)) for i in range(3)]
    limits = RunLimits(timeout=30)
    sandbox = resolve_sandbox(limits.sandbox)

    async def scenario() -> list[int]:
        pool = WarmPool.open(limits, sandbox, jobs=1, budget=3)
        asked = []
        take = pool.take

        async def spy() -> Any:
            kernel = await take()
            asked.append(pool.requested)  # the notebook has not run yet
            return kernel

        pool.take = spy  # type: ignore[method-assign]
        try:
            for path in paths:
                outcome = await run_notebook(load_notebook(path), limits, sandbox, pool)
                assert outcome.launch == "warm"
        finally:
            await pool.close()
        return asked

    # Each notebook's successor was asked for before that notebook ran.
    assert run_blocking(scenario()) == [2, 3, 3]
    assert not marked_processes(grader_prefix(), prefix=True)


def test_a_template_that_cannot_start_means_cold_kernels_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WarmTemplate, "module", "pmcourse._grading.no_such_module")
    path = nbf.write(tmp_path / "solved.ipynb", nbf.solved(6))
    (result,) = grade_paths([path], limits=RunLimits(timeout=30)).notebooks
    assert result.launch == "cold"
    assert result.score == result.max_score
    assert any("started the usual way" in n for n in result.notes), result.notes
    assert not marked_processes(grader_prefix(), prefix=True)


def test_a_failed_fork_means_a_cold_kernel_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_fork(*_: object, **__: object) -> None:
        raise WarmUnavailable("the fork failed (Resource temporarily unavailable)")

    monkeypatch.setattr(WarmTemplate, "fork", no_fork)
    paths = [nbf.write(tmp_path / f"nb{i}.ipynb", nbf.solved(6)) for i in range(2)]
    batch = grade_paths(paths, limits=RunLimits(timeout=30), jobs=1)
    for result in batch.notebooks:
        assert result.launch == "cold"
        assert result.score == result.max_score
        assert any("fork failed" in n for n in result.notes), result.notes


def test_without_fork_every_kernel_is_cold_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warm_module, "warm_supported", lambda: "kernels cannot be forked on darwin")
    path = nbf.write(tmp_path / "solved.ipynb", nbf.solved(6))
    (result,) = grade_paths([path], limits=RunLimits(timeout=30)).notebooks
    assert result.launch == "cold"
    assert any("cannot be forked on darwin" in n for n in result.notes), result.notes


ENVIRONMENT = """
import os
# Set by ipykernel and IPython's shell, and PWD by the sandbox, warm or cold.
extra = {"TERM", "CLICOLOR", "CLICOLOR_FORCE", "FORCE_COLOR", "PAGER", "GIT_PAGER", "PWD"}
assert set(os.environ) == set(EXPECTED) | extra, sorted(set(os.environ) ^ (set(EXPECTED) | extra))
assert os.environ["PWD"] == os.getcwd()
assert os.environ["HOME"] == os.path.join(os.path.dirname(os.getcwd()), "home")
assert os.environ["PMCOURSE_GRADE_TOKEN"].startswith(PREFIX)
block = open("/proc/self/environ", "rb").read().split(b"\\0")
token = ("PMCOURSE_GRADE_TOKEN=" + os.environ["PMCOURSE_GRADE_TOKEN"]).encode()
assert token in block, "the reaper reads the token here"
# No debugger in a grading kernel, warm or cold (kernel_start): debugpy is never imported.
import sys
assert sys.modules.get("debugpy", None) is None and "_pydevd_bundle" not in sys.modules
# Input history in memory, as every grading kernel keeps it: no SQLite file to make.
assert get_ipython().history_manager.hist_file == ":memory:"
assert not os.path.exists(os.path.join(os.environ["IPYTHONDIR"], "profile_default", "history.sqlite"))
"""


@pytest.mark.parametrize("warm", [True, False], ids=["warm", "cold"])
def test_a_warm_kernel_has_the_environment_of_a_cold_one(warm: bool, tmp_path: Path) -> None:
    expected = sorted(kernel_environment(tmp_path, "token", tmp_path / "record"))
    source = f"EXPECTED = {expected!r}\nPREFIX = {grader_prefix()!r}\n" + ENVIRONMENT
    path = nbf.write(tmp_path / "env.ipynb", nbf.insert_code(nbf.solved(6), 2, source))
    (result,) = grade_paths([path], limits=RunLimits(timeout=30, warm=warm)).notebooks
    assert result.launch == ("warm" if warm else "cold")
    assert not [n for n in result.notes if "raised" in n], result.notes
    assert result.score == result.max_score


def test_the_command_records_each_launch_and_no_warm_turns_it_off(tmp_path: Path) -> None:
    path = nbf.write(tmp_path / "solved.ipynb", nbf.solved(6))
    for flags, launch in (([], "warm"), (["--no-warm"], "cold")):
        done = subprocess.run(
            [sys.executable, "-m", "pmcourse", "grade", "--format", "json", *flags, str(path)],
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr
        (nb,) = json.loads(done.stdout)["notebooks"]
        assert nb["launch"] == launch
        assert nb["score"] == nb["max_score"]
        assert not nb["notes"], nb["notes"]
