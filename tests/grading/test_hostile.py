"""The hostile corpus: each attack is graded beside an honest, fully solved notebook.

The honest neighbour's result must be exactly what it gets alone, warm and cold;
the attack must gain nothing, and the batch must end on time. The attacks are
those of issue 19 that target the grader rather than the sandbox: a record file
swapped for a pipe, a link or a huge file; forged calls of a code task; huge
answers; a comment that claims every chapter's tasks; an erased "viewed the
solution first" trace; output that ignores the interrupt; and text that attacks
the report's reader.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._grading.batch import grade_paths
from pmcourse._grading.limits import RunLimits
from pmcourse._grading.processes import grader_prefix, marked_processes
from pmcourse._schema import NotebookResult
from pmcourse._tasks import all_exercises, all_tasks

pytestmark = pytest.mark.slow

CH = 5  # exercise 5 has the code task 5.2
CODE = "5.2"
FULL = sum(t.points for t in all_tasks() if t.chapter == CH)
LIMITS = {"timeout": 8.0, "memory": 1 * 2**30}
LAUNCHES = pytest.mark.parametrize("warm", [True, False], ids=["warm", "cold"])

RECORD = "import os\nrecord = os.environ['PMCOURSE_RECORD_FILE']\n"
FIFO = RECORD + "if os.path.exists(record):\n    os.unlink(record)\nos.mkfifo(record)\n"
LINK = (
    RECORD + "if os.path.exists(record):\n    os.unlink(record)\nos.symlink('/dev/zero', record)\n"
)
HUGE = RECORD + "with open(record, 'ab') as fh:\n    fh.truncate(64 * 2**20)\n"

# A function that does nothing, and a patch that makes it look right to a caller
# that serialises through json or displays through IPython's formatter.
DO_NOTHING = "def flag_non_pm_duties(lines):\n    return None\n"
EXPECTED = (
    "from pmcourse._tasks import get_task\n"
    "from pmcourse._tasks.calls import plain\n"
    f"FORGED = [{{'value': plain(c.expected), 'type': 'list'}} for c in get_task({CODE!r}).cases]\n"
)
PATCH_JSON = (
    DO_NOTHING
    + EXPECTED
    + "import json\n_real = json.dumps\n"
    + "def _forge(obj, *a, **k):\n"
    + "    if isinstance(obj, list) and obj and isinstance(obj[0], dict):\n"
    + "        return _real(FORGED)\n"
    + "    return _real(obj, *a, **k)\n"
    + "json.dumps = _forge\n"
)
PATCH_FORMATTER = (
    DO_NOTHING
    + EXPECTED
    + "import json\n"
    + "fmt = get_ipython().display_formatter.formatters['text/plain']\n"
    + "fmt.for_type(str, lambda s, p, cycle: p.text(repr(json.dumps(FORGED)) if '\"value\"' in s "
    + "or 'error' in s else repr(s)))\n"
)
PATCH_MODULES = (
    DO_NOTHING
    + EXPECTED
    + "import builtins, sys, types\n"
    + "fake = types.ModuleType('json')\n"
    + "fake.dumps = lambda *a, **k: __import__('importlib').import_module('_json') and "
    + "sys.modules['pmcourse_real_json'].dumps(FORGED)\n"
    + "sys.modules['pmcourse_real_json'] = sys.modules['json']\n"
    + "sys.modules['json'] = fake\n"
    + "_import = builtins.__import__\n"
    + "builtins.__import__ = lambda name, *a, **k: fake if name == 'json' else _import(name, *a, **k)\n"
    + "builtins.callable = lambda obj: True\n"
)
# Inside the function itself, aimed at the grader's call (not at the kernel, whose
# own messages go through json): it patches json and builtins, then returns nothing.
PATCH_INSIDE = (
    EXPECTED
    + "def flag_non_pm_duties(lines):\n"
    + "    import builtins, json, sys\n"
    + "    if 'ipykernel' not in sys.modules:\n"
    + "        json.dumps = lambda *a, **k: '{}'\n"
    + "        builtins.repr = lambda obj: 'forged'\n"
    + "    return None\n"
)
# A class body runs when the grader loads the definitions: it patches what a caller
# would write the results with, in the grader's own call.
PATCH_CLASS_BODY = (
    DO_NOTHING
    + "class Sneaky:\n"
    + "    import builtins, json, os, sys\n"
    + "    def _forge():\n"
    + "        from pmcourse._tasks import get_task\n"
    + "        from pmcourse._tasks.calls import plain\n"
    + f"        cases = get_task({CODE!r}).cases\n"
    + "        return [{'value': plain(c.expected), 'type': 'list'} for c in cases]\n"
    + "    forged = _forge()\n"
    + "    if 'ipykernel' not in sys.modules:  # only where the grader calls the function\n"
    + "        builtins.repr = lambda obj, f=forged: str(f)\n"
    + "        json.dumps = lambda *a, f=forged, j=json, **k: j.JSONEncoder().encode(f)\n"
    + "        os.write = lambda fd, data, w=os.write, f=forged: w(fd, str(f).encode())\n"
    + "        json.JSONEncoder.encode = lambda self, o, f=forged: json.encoder.encode_basestring"
    + "(str(f))\n"
)
BIG_ANSWERS = (
    "from pmcourse import check\n"
    "big = 'As a finance clerk I want the export so that I close the month. ' * (30 * 2**20 // 64)\n"
    "for task in ('5.3', '5.4', '5.5'):\n"
    "    check(task, big)\n"
)
EVERY_CHAPTER = "# " + " ".join(f'check("{e.number}.1", ...)' for e in all_exercises())
WIPE_TRACE = (
    "import os, pmcourse._session as s\n"
    "s.SOLUTION_FIRST.clear()\n"
    "open(os.environ['PMCOURSE_RECORD_FILE'], 'w').close()\n"
)
DEAF_FLOOD = (
    "import signal, sys\n"
    "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
    "line = 'x' * 4096 + '\\n'\n"
    "while True:\n"
    "    sys.stdout.write(line)\n"
)
ESCAPES = "raise ValueError('\\x1b]0;owned\\x07\\x1b[2J=HYPERLINK(\"http://evil.example\")')"


def _solved() -> nbf.Notebook:
    return nbf.solved(CH)


def _blank() -> nbf.Notebook:
    return nbf.blank(CH)


def _replace_code_cell(nb: nbf.Notebook, source: str) -> nbf.Notebook:
    out = copy.deepcopy(nb)
    index = nbf.task_cell_index(out, CODE)
    out["cells"][index]["source"] = (
        source + f'\nanswer_5_2 = flag_non_pm_duties\ncheck("{CODE}", answer_5_2)\n'
    )
    return out


def _append(nb: nbf.Notebook, source: str) -> nbf.Notebook:
    return nbf.insert_code(nb, len(nb["cells"]), source)


@dataclass(frozen=True)
class Attack:
    name: str
    build: object  # () -> notebook
    status: str = "graded"
    reason: str = ""  # in the error or the notes; "a|b": either guard may stop it first
    score_at_most: float = FULL
    code_task: str | None = None  # the status task 5.2 must have


ATTACKS = [
    Attack(
        "record file swapped for a pipe", lambda: _append(_solved(), FIFO), "error", "named pipe"
    ),
    Attack("record file linked to /dev/zero", lambda: _append(_solved(), LINK), "error", "link"),
    Attack("record file of 64 MiB", lambda: _append(_solved(), HUGE), "error", "larger than"),
    Attack(
        "json.dumps patched to forge the code task",
        lambda: _replace_code_cell(_blank(), PATCH_JSON),
        score_at_most=0,
        code_task="fail",
    ),
    Attack(
        "IPython's str formatter patched to forge the code task",
        lambda: _replace_code_cell(_blank(), PATCH_FORMATTER),
        score_at_most=0,
        code_task="fail",
    ),
    Attack(
        "sys.modules and builtins patched to forge the code task",
        lambda: _replace_code_cell(_blank(), PATCH_MODULES),
        score_at_most=0,
        code_task="fail",
    ),
    Attack(
        "the function patches json and builtins itself",
        lambda: _replace_code_cell(_blank(), PATCH_INSIDE),
        score_at_most=0,
        code_task="fail",
    ),
    Attack(
        "a class body patches repr, json and os.write for the grader's call",
        lambda: _replace_code_cell(_blank(), PATCH_CLASS_BODY),
        score_at_most=0,
        code_task="fail",
    ),
    Attack("three 30 MiB answers", lambda: _append(_blank(), BIG_ANSWERS), score_at_most=0),
    Attack(
        "a comment claiming every chapter's tasks",
        lambda: nbf.insert_code(_blank(), 2, EVERY_CHAPTER),
        score_at_most=0,
    ),
    Attack(
        "output flood that ignores the interrupt",
        lambda: _append(_solved(), DEAF_FLOOD),
        # past the output cap or the cell's time limit, or, on a loaded machine, the
        # memory cap first: the kernel buffers what it writes until its IO thread gets
        # the CPU to send it, and that buffer can reach 1 GiB before the grader has
        # read past the output cap (seen once with two CI runs on 2 cores). When that
        # buffer fills only after the cell's time limit, the interrupt is ignored but
        # the memory cap then ends the cell, the kernel answers again and the run goes
        # on: the note tells the time limit (seen once, two CI runs on 2 cores again)
        reason="grading stopped at cell|ran out of memory|ran longer than",
    ),
]


def _grade(paths: list[Path], warm: bool) -> list[NotebookResult]:
    batch = grade_paths(paths, limits=RunLimits(warm=warm, **LIMITS), jobs=2)  # type: ignore[arg-type]
    assert not batch.interrupted
    return batch.notebooks


_ALONE: dict[bool, NotebookResult] = {}


def _alone(honest: Path, warm: bool) -> NotebookResult:
    if warm not in _ALONE:
        (_ALONE[warm],) = _grade([honest], warm)
    return _ALONE[warm]


def _same(a: NotebookResult, b: NotebookResult) -> None:
    assert b.status == a.status == "graded", b.error
    assert b.score == a.score == FULL
    assert b.tasks == a.tasks
    assert b.notes == a.notes and b.solution_first == a.solution_first == []


@LAUNCHES
@pytest.mark.parametrize("attack", ATTACKS, ids=[a.name for a in ATTACKS])
def test_an_attack_beside_an_honest_neighbour(attack: Attack, warm: bool, tmp_path: Path) -> None:
    honest = nbf.write(tmp_path / "honest.ipynb", _solved())
    hostile = nbf.write(tmp_path / "05-hostile.ipynb", attack.build())  # type: ignore[operator]
    alone = _alone(honest, warm)
    start = time.monotonic()
    result, neighbour = _grade([hostile, honest], warm)
    assert time.monotonic() - start < 120
    _same(alone, neighbour)
    assert result.status == attack.status, (result.error, result.notes)
    told = result.error if attack.status == "error" else " ".join(result.notes)
    assert any(r.lower() in (told or "").lower() for r in attack.reason.split("|")), told
    assert "\n" not in (result.error or "")
    if result.status == "graded":
        assert result.max_score == FULL  # nothing added to the maximum
        assert result.score <= attack.score_at_most
        if attack.code_task is not None:
            (code,) = [t for t in result.tasks if t.task_id == CODE]
            assert code.status == attack.code_task, code.feedback
            assert code.score == 0
        assert all(len(t.feedback) < 4000 for t in result.tasks)
    assert not marked_processes(grader_prefix(), prefix=True)


@LAUNCHES
def test_the_solution_first_trace_survives_a_notebook_that_erases_it(
    warm: bool, tmp_path: Path
) -> None:
    nb = nbf.insert_code(_blank(), 2, 'from pmcourse import solution\nsolution("5.1")')
    nb = _append(nb, WIPE_TRACE)
    (result,) = _grade([nbf.write(tmp_path / "05-wipe.ipynb", nb)], warm)
    assert result.status == "graded", result.error
    assert result.solution_first == ["5.1"]


@LAUNCHES
def test_huge_answers_leave_small_results(warm: bool, tmp_path: Path) -> None:
    nb = nbf.write(tmp_path / "05-big.ipynb", _append(_blank(), BIG_ANSWERS))
    out = tmp_path / "results.json"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    cmd = [sys.executable, "-m", "pmcourse", "grade", str(nb), "--format", "json", "-o", str(out)]
    done = subprocess.run(
        [*cmd, *([] if warm else ["--no-warm"])],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert out.stat().st_size < 64 * 2**10
    data = json.loads(out.read_text(encoding="utf-8"))
    feedback = {t["id"]: t["feedback"] for t in data["notebooks"][0]["tasks"]}
    assert all("limited to 64 KiB" in feedback[t] for t in ("5.3", "5.4", "5.5")), feedback


def test_escapes_from_a_notebook_reach_neither_terminal_nor_spreadsheet(tmp_path: Path) -> None:
    name = "=HYPERLINK(1+1)@x.ipynb"
    nbf.write(tmp_path / name, nbf.insert_code(_solved(), 2, ESCAPES))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    base = [sys.executable, "-m", "pmcourse"]

    def run(*args: str) -> str:
        done = subprocess.run(
            [*base, *args], env=env, cwd=tmp_path, capture_output=True, timeout=300, check=False
        )
        return done.stdout.decode()

    text = run("grade", name, "--no-warm")
    assert "\x1b" not in text and "\x07" not in text
    assert "\\x1b]0;owned\\x07" in text
    run("grade", name, "--no-warm", "--format", "json", "-o", "r.json")
    rows = list(csv.reader(io.StringIO(run("gradebook", "r.json"))))
    assert rows[1][0] == "'" + name  # the learner is the path: shown, never run
    for row in rows:
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in row), row


def _run_tokens(grader: int) -> set[str]:
    """The run tokens of the kernels a grader process has started so far."""
    needle = f"PMCOURSE_GRADE_TOKEN={grader_prefix(grader)}".encode()
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            env = (entry / "environ").read_bytes()
        except OSError:
            continue
        found.update(v for v in env.split(b"\0") if v.startswith(needle))
    return {t.decode() for t in found}


@LAUNCHES
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_ends_the_grader_in_seconds_with_partial_results(
    sig: signal.Signals, warm: bool, tmp_path: Path
) -> None:
    honest = nbf.write(tmp_path / "a-honest.ipynb", _solved())
    stuck = nbf.write(
        tmp_path / "b-stuck.ipynb",
        _append(
            _solved(),
            "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    time.sleep(1)",
        ),
    )
    out = tmp_path / "results.json"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    log = (tmp_path / "stderr.txt").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pmcourse",
            "grade",
            str(honest),
            str(stuck),
            "-j",
            "1",
            *([] if warm else ["--no-warm"]),
            "--timeout",
            "300",
            "--format",
            "json",
            "-o",
            str(out),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:
        # One notebook at a time: once a run token has gone, the honest notebook is
        # graded and its kernel stopped (the stuck one never ends). Warm kernels may be
        # forked ahead, so a second token alone does not say that.
        deadline = time.monotonic() + 120
        seen: set[str] = set()
        live: set[str] = set()
        while time.monotonic() < deadline and not (seen - live and live):
            live = _run_tokens(proc.pid)
            seen |= live
            time.sleep(0.05)
        assert seen - live and live, (seen, live)
        time.sleep(4)  # into the stuck one's endless cell
        sent = time.monotonic()
        proc.send_signal(sig)
        code = proc.wait(timeout=30)
        assert time.monotonic() - sent < 15
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    log.close()
    assert code == 130, (tmp_path / "stderr.txt").read_text()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["interrupted"] is True
    (graded,) = data["notebooks"]
    assert graded["path"].endswith("a-honest.ipynb") and graded["score"] == FULL
    assert not marked_processes(grader_prefix(proc.pid), prefix=True)
