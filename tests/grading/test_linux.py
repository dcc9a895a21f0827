"""One test per guarantee of the hand-made system calls (``linux``), each in a throw-away child."""

from __future__ import annotations

import ctypes
import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pmcourse._grading import linux

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux system calls")


def _in_child(body: Callable[[], int]) -> int:
    """Run ``body`` in a forked child; its return value is the exit code (99: it raised)."""
    pid = os.fork()
    if pid == 0:
        code = 99
        try:
            code = body()
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def _can_unshare() -> bool:
    def body() -> int:
        flags = linux.CLONE_NEWNS | (0 if os.geteuid() == 0 else linux.CLONE_NEWUSER)
        linux.unshare(flags)
        return 0

    return _in_child(body) == 0


@pytest.mark.skipif(not linux.keyring_filter_covers(), reason="architecture not in the filter")
def test_refuse_keyrings_makes_every_keyring_call_fail_with_eperm() -> None:
    keyctl = {"x86_64": 250, "aarch64": 219}.get(platform.machine())
    if keyctl is None:
        pytest.skip("no keyctl number for this test's probe")

    def body() -> int:
        libc = ctypes.CDLL(None, use_errno=True)
        linux.refuse_keyrings()
        # KEYCTL_GET_KEYRING_ID of the session keyring, creating it
        failed = libc.syscall(keyctl, 0, -3, 1) == -1 and ctypes.get_errno() == 1
        return 0 if failed and os.getpid() > 0 else 1

    assert _in_child(body) == 0


def test_drop_privileges_leaves_no_capability_and_no_new_privileges() -> None:
    def body() -> int:
        linux.drop_privileges()
        status = Path("/proc/self/status").read_text()
        fields = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        caps = [int(fields[k].strip(), 16) for k in ("CapEff", "CapPrm", "CapBnd", "CapAmb")]
        return 0 if caps == [0, 0, 0, 0] and fields["NoNewPrivs"].strip() == "1" else 1

    assert _in_child(body) == 0


def test_bind_readonly_and_switch_root_show_only_what_was_bound(tmp_path: Path) -> None:
    if not _can_unshare():
        pytest.skip("this machine does not let a process make namespaces")
    shown = tmp_path / "shown"
    shown.mkdir()
    (shown / "file").write_text("seen", encoding="utf-8")
    (tmp_path / "hidden").write_text("not seen", encoding="utf-8")
    new = tmp_path / "root"
    new.mkdir()

    def body() -> int:
        uid = os.getuid()
        linux.unshare(linux.CLONE_NEWNS | (0 if uid == 0 else linux.CLONE_NEWUSER))
        if uid != 0:
            Path("/proc/self/setgroups").write_text("deny")
            Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
        linux.mount("tmpfs", str(new), "tmpfs", 0, "mode=0755")
        (new / "shown").mkdir()
        linux.bind_readonly(str(shown), str(new / "shown"))
        linux.switch_root(str(new))
        seen = Path("/shown/file").read_text() == "seen"
        try:
            Path("/shown/new").write_text("x")
            readonly = False
        except OSError:
            readonly = True
        hidden = not Path(str(tmp_path / "hidden")).exists() and [
            p.name for p in Path("/").iterdir()
        ] == ["shown"]
        return 0 if seen and readonly and hidden else 1

    assert _in_child(body) == 0
    assert not (shown / "new").exists()


def test_overwrite_environ_value_changes_what_proc_environ_shows() -> None:
    os.environ["PMCOURSE_TEST_MARK"] = "a" * 16  # os.environ alone does not reach the block

    def body() -> int:
        os.execve(
            sys.executable,
            [sys.executable, "-c", CHILD],
            {**os.environ, "PMCOURSE_TEST_MARK": "a" * 16},
        )
        return 1

    try:
        assert _in_child(body) == 0
    finally:
        del os.environ["PMCOURSE_TEST_MARK"]


CHILD = """
import os
from pmcourse._grading import linux
linux.overwrite_environ_value("PMCOURSE_TEST_MARK", "b" * 16)
block = open("/proc/self/environ", "rb").read().split(b"\\0")
raise SystemExit(0 if b"PMCOURSE_TEST_MARK=" + b"b" * 16 in block else 1)
"""


def test_loopback_up_in_a_new_network_namespace() -> None:
    if os.geteuid() != 0 and not _can_unshare():
        pytest.skip("this machine does not let a process make namespaces")

    def body() -> int:
        import socket

        flags = linux.CLONE_NEWNET | (0 if os.geteuid() == 0 else linux.CLONE_NEWUSER)
        linux.unshare(flags)
        linux.loopback_up()
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            socket.create_connection(server.getsockname(), timeout=2).close()
        return 0

    assert _in_child(body) == 0


def test_limit_processes_counts_only_the_processes_of_its_own_user_namespace() -> None:
    """As the unprivileged user a grader without control groups runs as: the limit holds
    in the new user namespace, whatever that user runs outside it."""

    def body() -> int:
        grader = linux.user_namespace_id()
        if linux.limit_processes(8, grader):
            return 3  # the grader's own namespace: never set there
        if os.geteuid() == 0:
            os.setgroups([])
            os.setresgid(65534, 65534, 65534)
            os.setresuid(65534, 65534, 65534)
            ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE: /proc/self is its own again
        uid, gid = os.getuid(), os.getgid()
        try:
            linux.unshare(linux.CLONE_NEWUSER)
        except OSError:
            return 42
        for name, text in (
            ("setgroups", "deny"),
            ("uid_map", f"{uid} {uid} 1"),
            ("gid_map", f"{gid} {gid} 1"),
        ):
            Path("/proc/self", name).write_bytes(text.encode())
        if not linux.limit_processes(8, grader):
            return 4
        kids = []
        try:
            for _ in range(50):
                pid = os.fork()
                if pid == 0:
                    os.pause()
                kids.append(pid)
        except BlockingIOError:
            pass
        for pid in kids:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        return 0 if 0 < len(kids) < 8 else 5

    import resource  # noqa: F401 - loaded before the child drops to a user who may not read it

    code = _in_child(body)
    if code == 42:
        pytest.skip("this machine does not let an unprivileged process make a user namespace")
    assert code == 0
