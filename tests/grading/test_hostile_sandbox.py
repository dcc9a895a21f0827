"""The hostile corpus against the sandbox: each attack beside an honest neighbour, warm and cold.

Every attack notebook is graded in one batch with a fully solved one. The
attack's cells collect what they could reach and fail (an ``AssertionError``
in the notes) if they reached anything; the test then checks that no planted
secret appears anywhere in the batch's results, that the attack's notes show
no success, and that the neighbour is graded exactly as when it is alone.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbfactory as nbf
import pytest

from pmcourse._grading import cgroups
from pmcourse._grading.batch import grade_paths
from pmcourse._grading.kernel import private_root, sandbox_tool
from pmcourse._grading.limits import RunLimits
from pmcourse._schema import encode

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sandbox_tool() is None and not os.environ.get("CI"),
        reason="needs bubblewrap (apt-get install bubblewrap)",
    ),
]

MARK = "PLANTED-SECRET-7c1e"
LAUNCHES = pytest.mark.parametrize("warm", [True, False], ids=["warm", "cold"])


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """An instructor's machine: a home with secrets, a submissions folder, a working folder."""
    # Short: a unix socket's path under it must fit in 108 bytes.
    home = Path(tempfile.mkdtemp(prefix="pmh-", dir="/tmp"))
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text(f"{MARK}-ssh-key\n", encoding="utf-8")
    (home / "project" / ".git").mkdir(parents=True)
    (home / "project" / ".git" / "config").write_text(f"token = {MARK}-ci\n", encoding="utf-8")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    (cwd / "results-last-week.json").write_text(f'{{"x": "{MARK}-results"}}', encoding="utf-8")
    (cwd / "evil.py").write_text(f"SECRET = '{MARK}-pythonpath'\n", encoding="utf-8")
    subs = tmp_path / "submissions"
    (subs / "alice").mkdir(parents=True)
    (subs / "mallory").mkdir(parents=True)
    honest = nbf.write(subs / "alice" / "06-honest.ipynb", nbf.solved(6))
    # A root-owned service's socket on the host, listening.
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(home / "service.sock"))
    server.listen(5)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("PYTHONPATH", str(cwd))
    monkeypatch.chdir(cwd)
    yield {
        "home": home,
        "cwd": cwd,
        "subs": subs,
        "honest": honest,
        "socket": home / "service.sock",
    }
    server.close()
    shutil.rmtree(home)


def _attack(site: dict[str, Any], body: str) -> str:
    return (
        f"HOME_={str(site['home'])!r}\nCWD_={str(site['cwd'])!r}\nSUBS_={str(site['subs'])!r}\n"
        + body
    )


READ = """
import os
found = []
own = os.path.dirname(os.getcwd())  # its own run folder: its own notebook copy
for root in [HOME_, CWD_, SUBS_, "/var", "/srv", "/home", "/root", "/run", "/mnt", "/opt"]:
    seen = 0
    for folder, dirs, files in os.walk(root):  # hidden folders too (.ssh, .git)
        if folder.startswith(own):
            dirs[:] = []
            continue
        for name in files:
            path = os.path.join(folder, name)
            seen += 1
            try:
                with open(path, errors="replace") as fh:
                    text = fh.read(4096)
            except OSError:
                continue
            if "PLANTED" in text or path.endswith(".ipynb"):
                found.append((path, text[:80]))
        if seen > 5000:
            break
for path in [HOME_ + "/.ssh/id_ed25519", HOME_ + "/project/.git/config"]:
    if os.path.exists(path):
        found.append(path)
for path in ["/etc/shadow", "/etc/gshadow", "/etc/ssh"]:
    if os.path.exists(path):
        found.append(path)
extra = set(os.listdir("/etc")) - {"passwd", "group", "hosts", "localtime", "ld.so.cache"}
if extra:
    found.append(("etc", sorted(extra)))
try:
    import evil
    found.append(evil.SECRET)
except ImportError:
    pass
if CWD_ in os.environ.get("PYTHONPATH", ""):
    found.append("PYTHONPATH")
assert not found, found
"""

DEVICES = """
import os, stat
found = []
allowed = {"null", "zero", "full", "random", "urandom", "tty", "pts", "ptmx", "shm",
           "fd", "stdin", "stdout", "stderr", "core"}
extra = set(os.listdir("/dev")) - allowed
if extra:
    found.append(sorted(extra))
for name in os.listdir("/dev"):
    path = "/dev/" + name
    if not os.path.islink(path) and stat.S_ISBLK(os.stat(path).st_mode):
        found.append(path)
try:
    with open("/dev/tty", "w") as tty:
        tty.write("typed into the grader's terminal")
    found.append("/dev/tty is writable")
except OSError:
    pass
others = [p for p in os.listdir("/dev/pts") if p.isdigit()]
if others:
    found.append(("pts", others))
assert not found, found
"""

SOCKETS = """
import os, socket, stat
found = []
own = os.path.dirname(os.getcwd())
for top in os.listdir("/"):
    if top in ("proc", "sys"):
        continue
    for folder, dirs, files in os.walk("/" + top):
        for name in files + dirs:
            path = os.path.join(folder, name)
            try:
                mode = os.lstat(path).st_mode
            except OSError:
                continue
            if stat.S_ISSOCK(mode) and not path.startswith(own):
                found.append(path)
try:
    s = socket.socket(socket.AF_UNIX)
    s.connect(HOME_ + "/service.sock")
    found.append("connected to the host's service")
except OSError:
    pass
assert not found, found
"""

KERNEL_KNOBS = """
import ctypes, os, platform
found = []
libc = ctypes.CDLL(None, use_errno=True)
KEYCTL = {"x86_64": 250, "aarch64": 219}.get(platform.machine())
if KEYCTL:
    # keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, create=1)
    if libc.syscall(KEYCTL, 0, -4, 1) != -1 or ctypes.get_errno() != 1:
        found.append("the user keyring answered")
for path in ["/proc/sys/kernel/domainname", "/proc/sys/vm/drop_caches"]:
    try:
        with open(path, "w") as fh:
            fh.write("1")
        found.append(path + " is writable")
    except OSError:
        pass
for path in ["/", "/usr", "/etc", "/dev"]:
    try:
        open(os.path.join(path, "left-here"), "w").close()
        found.append(path + " is writable")
    except OSError:
        pass
assert not found, found
"""

FORK_STORM = """
import os, time
pids = []
try:
    for _ in range(400):
        pid = os.fork()
        if pid == 0:
            time.sleep(60)
            os._exit(0)
        pids.append(pid)
except OSError:
    pass
for pid in pids:
    os.kill(pid, 9)
    os.waitpid(pid, 0)
assert len(pids) < 64, len(pids)
"""

MEMORY = """
import os, time
kids = []
for _ in range(4):
    pid = os.fork()
    if pid == 0:
        try:
            block = b"x" * (300 * 2**20)
            time.sleep(20)
        finally:
            os._exit(0)
    kids.append(pid)
for pid in kids:
    os.waitpid(pid, 0)
"""

TMP_FILL = """
import os
written = 0
try:
    with open("/tmp/fill", "wb") as fh:
        for _ in range(600):
            fh.write(b"x" * 2**20)
            fh.flush()
            written += 2**20
except OSError:
    pass
try:
    with open("/dev/shm/fill", "wb") as fh:
        for _ in range(600):
            fh.write(b"x" * 2**20)
            fh.flush()
            written += 2**20
except OSError:
    pass
assert written <= 2 * 256 * 2**20, written
"""

NESTED = """
import os
fd = os.open(".", os.O_RDONLY)
for _ in range(1500):
    os.mkdir("d", dir_fd=fd)
    nxt = os.open("d", os.O_RDONLY, dir_fd=fd)
    os.close(fd)
    fd = nxt
open(os.open("big", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd), "wb").write(b"x" * 2**20)
os.fchmod(fd, 0)
os.close(fd)
os.chmod("d", 0o500)
"""

DISK_FILL = """
import os
written = 0
try:
    with open("fill", "wb") as fh:  # the run folder, on the grader's disk
        for _ in range(2000):
            fh.write(b"x" * 2**20)
            fh.flush()
            written += 2**20
except OSError:
    pass
try:
    for i in range(10**6):
        os.mkdir(f"f{i}")
except OSError:
    pass
"""

BURST = """
import sys
sys.stdout.write("x" * (96 * 2**20))  # one buffered write, far past the output cap
sys.stdout.flush()
"""

ATTACKS = {
    "read": READ,
    "devices": DEVICES,
    "sockets": SOCKETS,
    "kernel-knobs": KERNEL_KNOBS,
    "fork-storm": FORK_STORM,
    "memory": MEMORY,
    "tmp-fill": TMP_FILL,
    "nested-folders": NESTED,
    "disk-fill": DISK_FILL,
    "output-burst": BURST,
}
LIMITS = {"timeout": 60, "memory": 2**30, "processes": 64, "disk": 256 * 2**20}


def _grade(paths: list[Path], warm: bool) -> Any:
    return grade_paths(paths, limits=RunLimits(warm=warm, **LIMITS), jobs=2)  # type: ignore[arg-type]


@LAUNCHES
@pytest.mark.parametrize("name", list(ATTACKS))
def test_an_attack_reaches_nothing_and_leaves_its_neighbour_alone(
    name: str, warm: bool, site: dict[str, Any]
) -> None:
    if name in {"memory", "fork-storm"} and not {"memory", "pids"} & set(cgroups.available()):
        pytest.skip("no control group can be made here: the per-notebook limit falls back")
    (alone,) = _grade([site["honest"]], warm).notebooks
    hostile = nbf.write(
        site["subs"] / "mallory" / "06-hostile.ipynb",
        nbf.insert_code(nbf.blank(6), 2, _attack(site, ATTACKS[name])),
    )
    batch = _grade([hostile, site["honest"]], warm)
    assert batch.sandbox == "bubblewrap"
    assert {n.launch for n in batch.notebooks} == {"warm" if warm else "cold"}, batch.notebooks
    attacker, neighbour = batch.notebooks
    text = encode(batch).decode()
    assert MARK not in text
    assert attacker.status == "graded", attacker.error
    assert not [n for n in attacker.notes if "AssertionError" in n], attacker.notes
    assert neighbour.status == "graded", neighbour.error
    assert neighbour.score == alone.score == neighbour.max_score
    assert neighbour.tasks == alone.tasks
    assert neighbour.notes == alone.notes
    if name == "memory":
        assert any("memory cap" in n for n in attacker.notes), attacker.notes
    if name == "disk-fill":
        assert any("more than its folder may hold" in n for n in attacker.notes), attacker.notes
    if name == "fork-storm":
        assert any("processes or threads" in n for n in attacker.notes), attacker.notes
    # Cleanup cannot fail: no run folder and no control group of this batch is left.
    assert not list(private_root().glob("run-*"))


@LAUNCHES
def test_without_a_control_group_the_grader_sums_a_notebooks_memory(
    warm: bool, site: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cgroups, "_parents", dict)  # as on a machine with none writable
    hostile = nbf.write(
        site["subs"] / "mallory" / "06-hostile.ipynb",
        nbf.insert_code(nbf.blank(6), 2, MEMORY),
    )
    batch = _grade([hostile, site["honest"]], warm)
    attacker, neighbour = batch.notebooks
    assert any("together used more than the memory cap" in n for n in attacker.notes), (
        attacker.notes
    )
    assert neighbour.status == "graded"
    assert neighbour.score == neighbour.max_score
    assert not list(private_root().glob("run-*"))


@LAUNCHES
@pytest.mark.skipif(platform.machine() != "x86_64", reason="the probe uses x86-64's keyctl number")
def test_two_graders_side_by_side_cannot_reach_each_other(warm: bool, tmp_path: Path) -> None:
    """Two graders, as the same user with different HOMEs: an attack in one batch
    looks for the other's connection files and sockets and tries to use them."""
    homes = [Path(tempfile.mkdtemp(prefix=f"pmh{x}-", dir="/tmp")) for x in "ab"]
    roots = [h / ".cache" / "pmcourse" / "runs" for h in homes]
    attack = f"""
import glob, json, os, socket, time
found = []
deadline = time.time() + 20
while time.time() < deadline:
    for root in {[str(r) for r in roots]!r} + ["/tmp", "/run/user"]:
        for path in glob.glob(root + "/**", recursive=True):
            if path.startswith(os.path.dirname(os.getcwd())):
                continue
            if path.endswith("kernel.json"):
                found.append(path)
                try:
                    open(path, "w").write("{{}}")
                except OSError:
                    pass
            if "/conn/k-" in path:
                try:
                    s = socket.socket(socket.AF_UNIX)
                    s.connect(path)
                    found.append(path)
                except OSError:
                    pass
    time.sleep(0.1)
assert not found, found
"""
    subs = [tmp_path / "a", tmp_path / "b"]
    for folder in subs:
        folder.mkdir()
    nbf.write(subs[0] / "06-hostile.ipynb", nbf.insert_code(nbf.blank(6), 2, attack))
    nbf.write(subs[0] / "06-honest.ipynb", nbf.solved(6))
    slow = nbf.insert_code(nbf.solved(6), 2, "import time\ntime.sleep(15)")
    nbf.write(subs[1] / "06-honest-slow.ipynb", slow)
    procs = []
    for home, folder in zip(homes, subs, strict=True):
        env = {**os.environ, "HOME": str(home)}
        env.pop("XDG_RUNTIME_DIR", None)
        out = folder.parent / f"{folder.name}.json"
        cmd = [sys.executable, "-m", "pmcourse", "grade", str(folder), "--format", "json"]
        cmd += [] if warm else ["--no-warm"]
        procs.append((subprocess.Popen([*cmd, "-o", str(out)], env=env), out))
    results = []
    for proc, out in procs:
        proc.wait(timeout=240)
        results.append(json.loads(out.read_text(encoding="utf-8")))
    a, b = results
    by_name = {Path(n["path"]).name: n for n in a["notebooks"]}
    hostile = by_name["06-hostile.ipynb"]
    assert not [n for n in hostile["notes"] if "AssertionError" in n], hostile["notes"]
    for nb in [by_name["06-honest.ipynb"], *b["notebooks"]]:
        assert nb["launch"] == ("warm" if warm else "cold")
        assert nb["status"] == "graded"
        assert nb["score"] == nb["max_score"] > 0
        assert not nb.get("solution_first")
    for home in homes:
        shutil.rmtree(home)


SRC = str(Path(__file__).resolve().parents[2] / "src")


@LAUNCHES
def test_a_grader_started_in_tmp_with_pythonpath_dot_shows_no_submission(
    warm: bool, site: dict[str, Any]
) -> None:
    """The instructor grades from a folder under /tmp that holds the submissions, with
    ``PYTHONPATH=.``: no kernel sees that folder, its modules or another submission."""
    cwd = Path(tempfile.mkdtemp(prefix="pmw-", dir="/tmp"))
    try:
        (cwd / "evil.py").write_text(f"SECRET = '{MARK}-pythonpath'\n", encoding="utf-8")
        subs = cwd / "submissions"
        here = {**site, "cwd": cwd, "subs": subs}
        for learner in ("alice", "mallory"):
            (subs / learner).mkdir(parents=True)
        nbf.write(subs / "alice" / "06-honest.ipynb", nbf.solved(6))
        nbf.write(
            subs / "mallory" / "06-hostile.ipynb",
            nbf.insert_code(nbf.blank(6), 2, _attack(here, READ + SOCKETS)),
        )
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([".", SRC]), "HOME": str(site["home"])}
        out = site["home"] / "results.json"
        cmd = [sys.executable, "-m", "pmcourse", "grade", "submissions", "-j", "2"]
        cmd += ["--format", "json", "-o", str(out), *([] if warm else ["--no-warm"])]
        done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, timeout=300, check=False)
        text = out.read_text(encoding="utf-8")
    finally:
        shutil.rmtree(cwd)
    assert MARK not in text and MARK not in done.stdout.decode(), done.stderr
    data = json.loads(text)
    by_name = {Path(n["path"]).name: n for n in data["notebooks"]}
    hostile, honest = by_name["06-hostile.ipynb"], by_name["06-honest.ipynb"]
    assert {hostile["launch"], honest["launch"]} == {"warm" if warm else "cold"}
    assert hostile["status"] == "graded", hostile
    assert not [n for n in hostile["notes"] if "AssertionError" in n], hostile["notes"]
    assert honest["status"] == "graded" and honest["score"] == honest["max_score"] > 0


UNPRIVILEGED = 65534  # nobody


def _unprivileged(cmd: list[str]) -> list[str]:
    """``cmd`` as an unprivileged user: as it is when the tests already run as one."""
    if os.geteuid() != 0:
        return cmd
    ids = [f"--reuid={UNPRIVILEGED}", f"--regid={UNPRIVILEGED}", "--clear-groups"]
    return ["setpriv", *ids, *cmd]


def _unprivileged_bwrap() -> bool:
    tool = sandbox_tool()
    probe = [tool or "bwrap", "--ro-bind", "/", "/", "--unshare-pid", "--unshare-net", "true"]
    try:
        done = subprocess.run(_unprivileged(probe), capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _runs_unprivileged(path: str) -> bool:
    code = (
        "import os, sys\n"
        f"assert sys.version_info[:2] == {tuple(sys.version_info[:2])!r}\n"
        "assert os.access(os.path.realpath(sys.executable), os.R_OK)\n"
    )
    probe = _unprivileged([path, "-c", code])
    try:
        done = subprocess.run(probe, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _unprivileged_python(base: Path) -> str:
    """This interpreter's packages, for a user who may not read this interpreter (a
    Python under root's home): a venv on the first readable one of the same version,
    whose ``.pth`` names this one's site-packages and the checkout's ``src``."""
    if os.geteuid() != 0:
        return sys.executable
    version = "python{}.{}".format(*sys.version_info[:2])
    candidates = [os.path.realpath(sys.executable), shutil.which(version), f"/usr/bin/{version}"]
    found = next((c for c in candidates if c and _runs_unprivileged(c)), None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"no {version} that an unprivileged user can run")
        pytest.skip(f"no {version} that an unprivileged user can run")
    venv = base / "venv"
    subprocess.run([found, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    (site_packages,) = venv.glob("lib/python*/site-packages")
    import site

    (site_packages / "outer.pth").write_text(
        "\n".join([*site.getsitepackages(), SRC]) + "\n", encoding="utf-8"
    )
    return str(venv / "bin" / "python")


@LAUNCHES
def test_an_unprivileged_grader_bounds_a_fork_storm_without_control_groups(warm: bool) -> None:
    """As a user who can make no control group: the sandbox's own user namespace
    limits the notebook's processes (``RLIMIT_NPROC``), warm and cold."""
    if not _unprivileged_bwrap() and not os.environ.get("CI"):
        pytest.skip("bubblewrap cannot run as an unprivileged user here")
    base = Path(tempfile.mkdtemp(prefix="pmu-"))
    try:
        subs, home = base / "subs", base / "home"
        subs.mkdir()
        home.mkdir()
        nbf.write(subs / "06-honest.ipynb", nbf.solved(6))
        storm = nbf.insert_code(nbf.blank(6), 2, FORK_STORM)
        nbf.write(subs / "06-storm.ipynb", storm)
        python = _unprivileged_python(base)
        if os.geteuid() == 0:
            for path in [base, *base.rglob("*")]:
                os.chown(path, UNPRIVILEGED, UNPRIVILEGED)
        out = base / "results.json"
        env = {"PATH": os.environ.get("PATH", os.defpath), "HOME": str(home)}
        cmd = [python, "-m", "pmcourse", "grade", str(subs), "--processes", "64"]
        cmd += ["--format", "json", "-o", str(out), *([] if warm else ["--no-warm"])]
        done = subprocess.run(
            _unprivileged(cmd), env=env, cwd=base, capture_output=True, timeout=300, check=False
        )
        assert out.exists(), done.stderr.decode()
        data = json.loads(out.read_text(encoding="utf-8"))
        left = list((home / ".cache" / "pmcourse" / "runs").glob("run-*"))
    finally:
        shutil.rmtree(base)
    assert data["sandbox"] == "bubblewrap", data
    by_name = {Path(n["path"]).name: n for n in data["notebooks"]}
    storm_, honest = by_name["06-storm.ipynb"], by_name["06-honest.ipynb"]
    assert {storm_["launch"], honest["launch"]} == {"warm" if warm else "cold"}, data
    assert storm_["status"] == "graded", storm_
    # Its forks were refused: it was not stopped (as by the memory sum, when 400
    # processes add up past the cap), and its cell saw fewer than 64 of them.
    assert storm_["notes"] == [], storm_["notes"]
    assert honest["status"] == "graded" and honest["score"] == honest["max_score"] > 0
    assert not left
