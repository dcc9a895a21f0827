"""The grader on real kernels: reference solutions, blank notebooks, and a corpus of
broken and hostile notebooks graded one by one and all together.

Every case must end with a clear verdict, leave every input byte-identical, and
never raise a score above what the honest answers earn.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse import UsageError
from pmcourse._grading.batch import NOT_ISOLATED, grade_paths
from pmcourse._grading.kernel import sandbox_tool
from pmcourse._grading.limits import RunLimits
from pmcourse._grading.processes import grader_prefix, marked_processes
from pmcourse._schema import BatchResult, NotebookResult, encode
from pmcourse._tasks import all_tasks

pytestmark = pytest.mark.slow

CH = 5  # the exercise the corpus is built from (it has a coding task)
TIMEOUT = 4.0
MEMORY = 1 * 2**30


def points(*, skip: frozenset[str] = frozenset(), only: set[str] | None = None) -> float:
    return sum(
        t.points
        for t in all_tasks()
        if t.id.startswith(f"{CH}.") and t.id not in skip and (only is None or t.id in only)
    )


def task_ids() -> list[str]:
    return [t.id for t in all_tasks() if t.id.startswith(f"{CH}.")]


def leftover_processes(grader_pid: int | None = None) -> list[int]:
    """Live processes started by a grading run of this test process (or of ``grader_pid``).

    Every run's token starts with its grader's pid, so grading that other
    programs do on the same machine at the same time is not counted.
    """
    return marked_processes(grader_prefix(grader_pid), prefix=True)


# --------------------------------------------------------------- reference notebooks
@pytest.mark.parametrize("path", nbf.exercise_paths(), ids=lambda p: p.stem)
def test_reference_solutions_score_full_marks(path: Path, tmp_path: Path) -> None:
    solved = nbf.write(tmp_path / path.name, nbf.solved(nbf.chapter_of(path)))
    (result,) = grade_paths([solved], limits=RunLimits(timeout=30)).notebooks
    assert result.status == "graded", result.error
    bad = [(t.task_id, t.status, t.feedback) for t in result.tasks if t.status != "pass"]
    assert not bad
    assert result.score == result.max_score > 0


@pytest.mark.parametrize("path", nbf.exercise_paths(), ids=lambda p: p.stem)
def test_blank_notebooks_grade_zero_without_errors(path: Path) -> None:
    batch = grade_paths([path], limits=RunLimits(timeout=30))
    assert batch.sandbox == ("bubblewrap" if sandbox_tool() else "none")
    for nb in batch.notebooks:
        assert nb.status == "graded", (nb.path, nb.error)
        assert nb.score == 0 and nb.max_score > 0
        assert {t.status for t in nb.tasks} == {"not attempted"}, nb.path
        notes = [n for n in nb.notes if not n.startswith(NOT_ISOLATED)]
        assert not notes, (nb.path, notes)  # a blank notebook raises nothing


# --------------------------------------------------------------- the hostile corpus
@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]  # writes the input under a folder, returns its path
    status: str  # "graded" or "error"
    # a phrase the learner must see (error or notes), "" for none; "{timeout}" stands for
    # the cell limit in force
    reason: str
    score: float | None = None  # exact score expected when graded
    max_score_at_most: float | None = None  # for tampering: never above the honest score
    timeout: float = TIMEOUT  # each cell's limit when the case is graded alone


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(data)
        return p

    return make


def _nb(name: str, build: Callable[[], nbf.Notebook]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        return nbf.write(folder / name, build())

    return make


def _with_cell(base: Callable[[], nbf.Notebook], source: str, before: str | None = None):  # type: ignore[no-untyped-def]
    """``base`` with a code cell inserted before the cell of task ``before`` (or after the import)."""

    def build() -> nbf.Notebook:
        nb = base()
        at = nbf.task_cell_index(nb, before) if before else 2
        return nbf.insert_code(nb, at, source)

    return build


def _first() -> str:
    return task_ids()[0]


def _second() -> str:
    return task_ids()[1]


def _solved() -> nbf.Notebook:
    return nbf.solved(CH)


def _blank() -> nbf.Notebook:
    return nbf.blank(CH)


def _delete_task_cell() -> nbf.Notebook:
    nb = _solved()
    del nb["cells"][nbf.task_cell_index(nb, _first())]
    return nb


def _duplicate_task_cell() -> nbf.Notebook:
    nb = _solved()
    i = nbf.task_cell_index(nb, _first())
    nb["cells"].insert(i + 1, copy.deepcopy(nb["cells"][i]))
    nb["cells"][i + 1]["id"] = "duplicated"
    return nb


def _reorder_task_cells() -> nbf.Notebook:
    nb = _solved()
    idx = [nbf.task_cell_index(nb, t) for t in task_ids()]
    cells = [nb["cells"][i] for i in idx]
    for i, cell in zip(idx, reversed(cells), strict=True):
        nb["cells"][i] = cell
    return nb


def _code_to_markdown() -> nbf.Notebook:
    nb = _solved()
    cell = nb["cells"][nbf.task_cell_index(nb, _first())]
    cell["cell_type"] = "markdown"
    for key in ("outputs", "execution_count"):
        cell.pop(key, None)
    return nb


def _stale_outputs() -> nbf.Notebook:
    nb = _blank()
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["execution_count"] = 1
            cell["outputs"] = [
                {"output_type": "stream", "name": "stdout", "text": "✔ Task PASS - 1/1 points\n"},
                {
                    "output_type": "display_data",
                    "metadata": {},
                    "data": {"text/plain": "PASS", "application/json": {"score": 100}},
                },
            ]
    return nb


def _metadata_edit() -> nbf.Notebook:
    nb = _blank()
    nb["metadata"]["pmcourse"] = {"exercise": 99, "score": 100, "max_score": 1}
    for cell in nb["cells"]:
        cell.setdefault("metadata", {})["points"] = 100
    return nb


def _other_course() -> nbf.Notebook:
    nb = _blank()
    nb["metadata"].pop("pmcourse", None)
    nb["cells"] = [nbf.code_cell("print('hello from another course')\nresult = 6 * 7")]
    return nb


def _v3(folder: Path) -> Path:
    import nbformat

    v4 = nbformat.from_dict(_solved())
    for cell in v4.cells:
        cell.pop("id", None)
    v4.nbformat_minor = 4
    v3 = nbformat.convert(v4, 3)
    p = folder / "old-format.ipynb"
    p.write_text(json.dumps(v3), encoding="utf-8")
    return p


def _truncated(folder: Path) -> Path:
    return _file("cut.ipynb", json.dumps(_solved()).encode()[:700])(folder)


def _non_utf8_name(folder: Path) -> Path:
    raw = os.fsencode(folder) + b"/caf\xe9-\xff.ipynb"
    with open(raw, "wb") as fh:  # noqa: PTH123 - pathlib cannot take bytes paths
        fh.write(json.dumps(_solved()).encode())
    return Path(os.fsdecode(raw))


def _empty_folder(folder: Path) -> Path:
    p = folder / "empty-folder"
    p.mkdir()
    (p / "notes.txt").write_text("no notebooks here")
    return p


def _missing(folder: Path) -> Path:
    return folder / "does-not-exist.ipynb"


def _fifo(folder: Path) -> Path:
    p = folder / "pipe.ipynb"
    os.mkfifo(p)
    return p


FAKE_PASS = "print('✔ Task {t}: PASS - 1/1 points')\nprint('Total: 100/100 points')"
PATCH_CHECKS = """
import pmcourse, pmcourse._check, pmcourse._session
from pmcourse._tasks import _barchart, _base, _choice, _classify, _code, _numeric, _ranking, _rubric
for kind in (_choice.Choice, _classify.Classify, _ranking.Ranking, _numeric.Numeric, _rubric.Rubric, _code.Code, _barchart.Chart):
    kind.grade = lambda self, data: _base.Verdict(1.0, "patched")
    kind.revalidate = lambda self, data: data
pmcourse.check = lambda *a, **k: "PASS"
pmcourse._session.SUBMISSIONS.update({t: {"state": "answered", "data": "z", "score": 100} for t in TASKS})
_orig = pmcourse._session.export_json
pmcourse._session.export_json = lambda: '{"%s": {"state": "answered", "data": 12345, "score": 99}}' % TASKS[0]
"""
FAKE_FILES = """
import json, os
for name in ("results.json", "grades.json", ".pmcourse-record.jsonl"):
    with open(name, "w") as fh:
        json.dump({"score": 100, "max_score": 100, "tasks": {t: "pass" for t in TASKS}}, fh)
with open(os.environ.get("PMCOURSE_RECORD_FILE", "record.jsonl"), "a") as fh:
    for t in TASKS:
        fh.write(json.dumps({"id": t, "entry": {"state": "answered", "data": 12345}}) + "\\n")
"""
# The expected outputs of a code task are readable from the installed package; a
# cell that writes them into the session's record must not pass the task.
FORGE_CODE_RECORD = """
import pmcourse._session as session
from pmcourse._tasks import all_tasks
from pmcourse._tasks._code import Code
from pmcourse._tasks.calls import plain
for task in all_tasks():
    if isinstance(task, Code):
        forged = [{"value": plain(case.expected)} for case in task.cases]
        session.record(task.id, {"state": "answered", "data": forged})
"""
SPAWN = """
import subprocess, sys
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", "pmcourse-orphan-marker"],
                 start_new_session=True)
"""


def corpus() -> list[Case]:
    first, second = _first(), _second()
    full = points()
    without_first = points(skip=frozenset({first}))
    tasks_literal = f"TASKS = {task_ids()!r}\n"
    return [
        # 1. broken files
        Case("empty file", _file("empty.ipynb", b""), "error", "empty"),
        Case(
            "not JSON",
            _file("prose.ipynb", b"This is my homework, I wrote it in Word."),
            "error",
            "not valid notebook JSON",
        ),
        Case(
            "truncated JSON",
            _truncated,
            "error",
            "cut off",
        ),
        Case("binary garbage", _file("garbage.ipynb", bytes(range(256)) * 8), "error", "binary"),
        Case(
            "JSON that is not a notebook",
            _file("data.ipynb", b'{"name": "Ada", "grade": 20}'),
            "error",
            "not a Jupyter notebook",
        ),
        Case("JSON list", _file("list.ipynb", b"[1, 2, 3]"), "error", "not a Jupyter notebook"),
        Case("nbformat 3", _v3, "graded", "converted", score=full),
        Case("non-UTF-8 file name", _non_utf8_name, "graded", "", score=full),
        Case("missing path", _missing, "error", "No such file"),
        Case("named pipe", _fifo, "error", "not a regular file"),
        Case("folder with no notebooks", _empty_folder, "error", "holds no notebooks"),
        Case(
            "another course's notebook",
            _nb("other.ipynb", _other_course),
            "error",
            "No pmcourse tasks",
        ),
        # 2. learner edits
        Case(
            "task cell deleted",
            _nb("deleted.ipynb", _delete_task_cell),
            "graded",
            "",
            score=without_first,
        ),
        Case(
            "task cell duplicated", _nb("dup.ipynb", _duplicate_task_cell), "graded", "", score=full
        ),
        Case(
            "task cells reordered",
            _nb("reordered.ipynb", _reorder_task_cells),
            "graded",
            "",
            score=full,
        ),
        Case(
            "code cell turned into markdown",
            _nb("md.ipynb", _code_to_markdown),
            "graded",
            "",
            score=without_first,
        ),
        Case(
            "stale outputs that claim a pass",
            _nb("stale.ipynb", _stale_outputs),
            "graded",
            "",
            score=0,
        ),
        Case(
            "renamed notebook",
            _nb("My homework (final) v2.ipynb", _solved),
            "graded",
            "",
            score=full,
        ),
        # 3. runaway code
        Case(
            "infinite loop",
            _nb("loop.ipynb", _with_cell(_solved, "while True:\n    pass")),
            "graded",
            "longer than {timeout} s",
            score=full,
        ),
        Case(
            "output flood",
            _nb(
                "flood.ipynb",
                _with_cell(_solved, "line = 'x' * 999\nfor i in range(10**7):\n    print(line)"),
            ),
            "graded",
            "printed more than",
            score=full,
        ),
        Case(
            "memory hog",
            _nb("hog.ipynb", _with_cell(_solved, "hog = bytearray(40 * 2**30)")),
            "graded",
            "out of memory",
            score=full,
        ),
        Case(
            "growing memory hog",
            _nb(
                "grow.ipynb",
                _with_cell(
                    _solved, "hog = []\nwhile True:\n    hog.append(bytearray(300 * 2**20))"
                ),
            ),
            "graded",
            "out of memory",
            score=full,
            # it writes some 700 MB below the cap before the cap refuses more: with two
            # test runs side by side on two cores that took over 4 s once, and the cell
            # was stopped as an endless loop; the case is about the memory verdict
            timeout=30.0,
        ),
        Case(
            "os._exit between tasks",
            _nb("exit.ipynb", _with_cell(_solved, "import os\nos._exit(1)", before=second)),
            "graded",
            "kernel died",
            score=points(only={first}),
        ),
        Case(
            "segfault",
            _nb(
                "segv.ipynb",
                _with_cell(_solved, "import ctypes\nctypes.string_at(0)", before=second),
            ),
            "graded",
            "kernel died",
            score=points(only={first}),
        ),
        Case(
            "input() waiting for stdin",
            _nb("input.ipynb", _with_cell(_solved, "name = input('Your name? ')")),
            "graded",
            "input()",
            score=full,
        ),
        Case(
            "sys.exit()",
            _nb("sysexit.ipynb", _with_cell(_solved, "import sys\nsys.exit(2)")),
            "graded",
            "sys.exit()",
            score=full,
        ),
        Case(
            "process that outlives the notebook",
            _nb("spawn.ipynb", _with_cell(_solved, SPAWN)),
            "graded",
            "",
            score=full,
        ),
        # 4. tampering: never above the honest score of the same answers (blank: 0)
        Case(
            "printed fake pass",
            _nb("fakepass.ipynb", _with_cell(_blank, FAKE_PASS.format(t=first))),
            "graded",
            "",
            score=0,
        ),
        Case(
            "patched check functions",
            _nb("patched.ipynb", _with_cell(_blank, tasks_literal + PATCH_CHECKS)),
            "graded",
            "",
            score=0,
        ),
        Case(
            "patched checks before honest answers",
            _nb(
                "patched-half.ipynb",
                _with_cell(lambda: nbf.solved(CH, only={first}), tasks_literal + PATCH_CHECKS),
            ),
            "graded",
            "",
            max_score_at_most=points(only={first}),
        ),
        Case(
            "fake results files",
            _nb("fakefiles.ipynb", _with_cell(_blank, tasks_literal + FAKE_FILES)),
            "graded",
            "",
            score=0,
        ),
        Case(
            "fake results file, then a crash",
            _nb(
                "fakefiles-crash.ipynb",
                _with_cell(_blank, tasks_literal + FAKE_FILES + "\nimport os\nos._exit(0)"),
            ),
            "graded",
            "kernel died",
            score=0,
        ),
        Case(
            "forged record of a code task",
            # last, so that no honest check of the blank cell overwrites the forgery
            _nb(
                "forge.ipynb",
                lambda: nbf.insert_code(_blank(), len(_blank()["cells"]), FORGE_CODE_RECORD),
            ),
            "graded",
            "",
            score=0,
        ),
        Case("edited metadata", _nb("metadata.ipynb", _metadata_edit), "graded", "", score=0),
    ]


CASES = corpus()


def _check(case: Case, result: NotebookResult, timeout: float) -> None:
    assert result.status == case.status, (case.name, result.error, result.notes)
    told = result.error if case.status == "error" else " ".join(result.notes)
    assert told is not None
    if case.reason:
        reason = case.reason.replace("{timeout}", f"{timeout:g}")
        assert reason.lower() in told.lower(), (case.name, told)
    for line in [result.error or "", *result.notes]:
        assert "\n" not in line and "Traceback" not in line, (case.name, line)
    if case.score is not None:
        assert result.score == pytest.approx(case.score), (
            case.name,
            [str(t) for t in result.tasks],
        )
    if case.max_score_at_most is not None:
        assert result.score <= case.max_score_at_most + 1e-9, case.name


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    except OSError:
        return None


# Every case runs twice: in a kernel forked from the warm template, and in a cold one.
LAUNCHES = pytest.mark.parametrize("warm", [True, False], ids=["warm", "cold"])


def _launch_of(case: Case, result: NotebookResult, warm: bool) -> None:
    if case.status == "graded":
        assert result.launch == ("warm" if warm else "cold"), (case.name, result.notes)


@LAUNCHES
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_case_alone(case: Case, warm: bool, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    before = _digest(path) if path.exists() and not path.is_fifo() else None
    limits = RunLimits(timeout=case.timeout, memory=MEMORY, warm=warm)
    if case.make is _empty_folder:  # alone, it is nothing to grade (with others: an error row)
        with pytest.raises(UsageError, match="Nothing to grade"):
            grade_paths([path], limits=limits)
        return
    (result,) = grade_paths([path], limits=limits).notebooks
    _check(case, result, case.timeout)
    _launch_of(case, result, warm)
    if before is not None:
        assert _digest(path) == before, "the learner's file changed"
    assert not leftover_processes()


@LAUNCHES
def test_whole_corpus_in_one_batch_through_the_command(warm: bool, tmp_path: Path) -> None:
    """All cases at once, two at a time, through the real command: each verdict as alone."""
    # one limit for the whole batch, the longest any case needs (see Case.timeout)
    timeout = max(case.timeout for case in CASES)
    paths = []
    for i, case in enumerate(CASES):
        folder = tmp_path / f"{i:02d}"
        folder.mkdir()
        paths.append(case.make(folder))
    digests = {p: _digest(p) for p in paths if p.exists() and not p.is_fifo()}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pmcourse",
            "grade",
            "--format",
            "json",
            "--jobs",
            "2",
            "--timeout",
            str(timeout),
            "--memory",
            "1G",
            *([] if warm else ["--no-warm"]),
            *map(str, paths),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    stdout, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 1, stderr
    assert "Traceback" not in stdout + stderr
    report = json.loads(stdout)
    assert len(report["notebooks"]) == len(CASES)
    for case, nb in zip(CASES, report["notebooks"], strict=True):
        result = NotebookResult(
            path=nb["path"], status=nb["status"], error=nb["error"], notes=nb["notes"]
        )
        _check(Case(case.name, case.make, case.status, case.reason), result, timeout)
        if case.status == "graded":
            assert nb["launch"] == ("warm" if warm else "cold"), (case.name, nb["notes"])
        if case.score is not None:
            assert nb["score"] == pytest.approx(case.score), case.name
    for p, digest in digests.items():
        assert _digest(p) == digest, f"{p} changed"
    assert not leftover_processes(proc.pid)
    orphans = subprocess.run(
        ["pgrep", "-f", "pmcourse-orphan-marker"], capture_output=True, check=False
    )
    assert orphans.returncode == 1, "a process spawned by a notebook outlived the grading"


@LAUNCHES
def test_a_cohort_of_200_notebooks_two_at_a_time(warm: bool, tmp_path: Path) -> None:
    """Results for all 200, in order, right for each, and no kernel or process left behind."""
    chapters = [nbf.chapter_of(p) for p in nbf.exercise_paths()]
    expected = []
    for i in range(200):
        ch = chapters[i % len(chapters)]
        if i % 3 == 0:
            nb, full = nbf.blank(ch), False
        else:
            nb, full = nbf.solved(ch), True
        nbf.write(tmp_path / f"learner{i:03d}-ex{ch:02d}.ipynb", nb)
        expected.append(full)
    batch = grade_paths([tmp_path], limits=RunLimits(timeout=30, warm=warm), jobs=2)
    assert len(batch.notebooks) == 200
    assert {nb.launch for nb in batch.notebooks} == {"warm" if warm else "cold"}
    for nb_result, full in zip(batch.notebooks, expected, strict=True):
        assert nb_result.status == "graded", (nb_result.path, nb_result.error)
        assert nb_result.score == (nb_result.max_score if full else 0), nb_result.path
    assert not leftover_processes()


def test_a_solution_viewed_before_any_answer_is_recorded(tmp_path: Path) -> None:
    """The instructor's report shows which tasks were answered after seeing the model answer."""
    peek = 'check("6.2", ..., show_solution=True)\nsolution("6.3")'
    nb = nbf.insert_code(nbf.solved(6), 2, "from pmcourse import solution\n" + peek)
    # 6.1 is answered first, and only then is its model answer shown: that is not a peek.
    nb = nbf.insert_code(nb, len(nb["cells"]), 'check("6.1", answer_6_1, show_solution=True)')
    (result,) = grade_paths([nbf.write(tmp_path / "peek.ipynb", nb)]).notebooks
    assert result.solution_first == ["6.2", "6.3"]
    assert json.loads(encode(BatchResult(notebooks=[result])))["notebooks"][0][
        "solution_first"
    ] == ["6.2", "6.3"]
