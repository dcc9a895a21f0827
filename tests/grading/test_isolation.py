"""Learners graded in one batch cannot reach each other's kernels.

A hostile notebook graded beside an honest one tries to read and rewrite
every connection file and record it can find, and to signal every process it
can see. The honest notebook must be graded exactly as when it is alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._grading.batch import grade_paths
from pmcourse._grading.kernel import private_root, sandbox_tool
from pmcourse._grading.limits import RunLimits

# Skipped on a machine without a working bubblewrap, but never in CI, which installs it.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sandbox_tool() is None and not os.environ.get("CI"),
        reason="needs bubblewrap (apt-get install bubblewrap)",
    ),
]

ATTACK = f"""
import glob, json, os, signal, time
ROOTS = ["/tmp", {str(private_root())!r}, os.path.expanduser("~")]
found = {{"files": [], "killed": [], "other_runs": []}}
deadline = time.time() + 6
while time.time() < deadline:
    for root in ROOTS:
        for path in glob.glob(root + "/**/*.json*", recursive=True):
            if os.getcwd() in path:
                continue
            found["files"].append(path)
            try:
                with open(path, "w") as fh:
                    fh.write("{{}}")
            except OSError:
                pass
        found["other_runs"] = [p for p in glob.glob(root + "/run-*") if not os.getcwd().startswith(p)]
    for pid in os.listdir("/proc"):
        if pid.isdigit() and int(pid) not in (os.getpid(), 1):
            try:
                os.kill(int(pid), signal.SIGKILL)
                found["killed"].append(int(pid))
            except OSError:
                pass
    time.sleep(0.05)
print(json.dumps(found))
"""


# Kernels forked from the warm template get the same sandbox as cold ones.
LAUNCHES = pytest.mark.parametrize("warm", [True, False], ids=["warm", "cold"])


@LAUNCHES
def test_a_hostile_neighbour_cannot_touch_another_learners_kernel(
    warm: bool, tmp_path: Path
) -> None:
    limits = RunLimits(timeout=30, warm=warm)
    honest = nbf.write(tmp_path / "honest.ipynb", nbf.solved(6))
    (alone,) = grade_paths([honest], limits=limits).notebooks
    hostile = nbf.write(tmp_path / "hostile.ipynb", nbf.insert_code(nbf.blank(6), 2, ATTACK))
    for _ in range(3):  # the race that broke a neighbour needed a few tries
        batch = grade_paths([hostile, honest], limits=limits, jobs=2)
        assert batch.sandbox == "bubblewrap"
        assert {n.launch for n in batch.notebooks} == {"warm" if warm else "cold"}
        together = batch.notebooks[1]
        assert together.status == "graded", together.error
        assert together.score == alone.score == together.max_score
        assert together.tasks == alone.tasks
        assert together.notes == alone.notes


@LAUNCHES
def test_a_kernel_sees_only_its_own_run_and_no_network(warm: bool, tmp_path: Path) -> None:
    marker = tmp_path / "a-file-of-the-grader-in-tmp"
    marker.write_text("not for learners", encoding="utf-8")
    probe = (
        "import os, socket, glob\n"
        f"others = glob.glob({str(private_root())!r} + '/run-*')\n"
        "assert len(others) == 1 and os.getcwd().startswith(others[0]), others\n"
        f"assert not os.path.exists({str(marker)!r}), 'the shared /tmp is visible'\n"
        "open('/tmp/left-by-the-kernel', 'w').write('x')\n"
        "assert all(int(p) < 100 for p in os.listdir('/proc') if p.isdigit()), 'own pid namespace'\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except OSError as exc:\n"
        "    net = 'down'\n"
        "else:\n"
        "    net = 'up'\n"
        "assert net == 'down'\n"
        "status = open('/proc/self/status').read()\n"
        "assert int(status.split('CapEff:')[1].split()[0], 16) == 0, 'no capabilities'\n"
        "assert os.statvfs('/usr').f_flag & os.ST_RDONLY, 'the system is read-only'\n"
        "open('written-here.txt', 'w').write('the run folder is writable')\n"
    )
    nb = nbf.insert_code(nbf.solved(6), 2, probe)
    limits = RunLimits(warm=warm)
    (result,) = grade_paths([nbf.write(tmp_path / "probe.ipynb", nb)], limits=limits).notebooks
    assert result.status == "graded"
    assert result.launch == ("warm" if warm else "cold"), result.notes
    assert not [n for n in result.notes if "raised" in n], result.notes
    assert result.score == result.max_score
    assert not Path("/tmp/left-by-the-kernel").exists()


@LAUNCHES
def test_the_kernel_cannot_read_the_graders_secrets(
    warm: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI_DEPLOY_TOKEN", "s3cret-value")
    probe = (
        "import os\n"
        "assert 'CI_DEPLOY_TOKEN' not in os.environ\n"
        "assert 's3cret-value' not in open('/proc/self/environ').read()\n"
    )
    nb = nbf.insert_code(nbf.solved(6), 2, probe)
    limits = RunLimits(warm=warm)
    (result,) = grade_paths([nbf.write(tmp_path / "secret.ipynb", nb)], limits=limits).notebooks
    assert result.launch == ("warm" if warm else "cold"), result.notes
    assert not [n for n in result.notes if "raised" in n], result.notes
