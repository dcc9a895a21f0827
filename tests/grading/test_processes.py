"""Processes that shed the run's token are still ended (adopted orphans are reaped), and the
memory a run's processes hold is counted once, however many forked copies share it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmcourse._grading.processes import (
    TOKEN_ENV,
    adopt_orphans,
    child_pids,
    children_without_token,
    marked_processes,
    reap_marked_processes,
    reap_orphans,
    resident_memory,
)

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs Linux /proc")

# A middle process (with the token) starts a process with an empty environment in a
# new session, prints its pid and exits: the grandchild is an orphan without a token.
ESCAPE = (
    "import subprocess\n"
    "p = subprocess.Popen(['sleep', '600'], env={}, start_new_session=True,\n"
    "                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(p.pid)\n"
)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


def test_an_orphan_with_an_empty_environment_is_adopted_and_ended() -> None:
    keep = child_pids()
    assert adopt_orphans(True)
    try:
        done = subprocess.run(
            [sys.executable, "-c", ESCAPE],
            env={**os.environ, TOKEN_ENV: "test-run"},
            capture_output=True,
            check=True,
            timeout=30,
        )
        orphan = int(done.stdout)
        assert b"PMCOURSE" not in Path(f"/proc/{orphan}/environ").read_bytes()
        deadline = time.monotonic() + 5
        while orphan not in children_without_token() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert orphan in children_without_token()  # adopted by this process
        assert reap_orphans(keep) == 0
        assert not _alive(orphan)
        assert not Path(f"/proc/{orphan}").exists()  # collected, not left a zombie
    finally:
        adopt_orphans(False)


def test_children_the_process_had_before_are_kept() -> None:
    before = subprocess.Popen(["sleep", "30"], env={})
    try:
        keep = child_pids()
        assert before.pid in keep
        assert reap_orphans(keep) == 0
        assert before.poll() is None
    finally:
        before.kill()
        before.wait()


# A process that holds 64 MiB it wrote, then forks copies that only sleep: the
# copies share its pages until they write to them.
FORKED_COPIES = (
    "import os, sys, time\n"
    "held = bytearray(b'x') * (64 << 20)\n"
    "for _ in range(15):\n"
    "    if os.fork() == 0:\n"
    "        time.sleep(600)\n"
    "        os._exit(0)\n"
    "print('ready', flush=True)\n"
    "time.sleep(600)\n"
)


def test_forked_copies_of_one_process_count_its_memory_once() -> None:
    # Summing each copy's resident set (as statm gives it) would count the 64 MiB
    # sixteen times, over 1 GiB, and stop an honest notebook that forks workers.
    token = f"memory-{os.getpid()}"
    with subprocess.Popen(
        [sys.executable, "-c", FORKED_COPIES],
        env={**os.environ, TOKEN_ENV: token},
        stdout=subprocess.PIPE,
    ) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
            deadline = time.monotonic() + 10
            while len(marked_processes(token)) < 16 and time.monotonic() < deadline:
                time.sleep(0.01)
            used = resident_memory(token)
        finally:
            reap_marked_processes(token)
    assert 64 << 20 < used < 3 * (64 << 20), used
