"""The grader's own call of a code task, in a fresh interpreter (no kernel, no sandbox here)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._grading.kernel import kernel_environment, start_plan
from pmcourse._grading.limits import RunLimits
from pmcourse._grading.notebook import load_notebook
from pmcourse._grading.probe import call_code_tasks, carried_source

CODE = "5.2"
SOLVED = nbf.solution_cells(5)[CODE]


def test_only_imports_definitions_and_literals_cross() -> None:
    cells = [
        "from pmcourse import check, hint\nimport re\nfrom collections import Counter",
        "WORDS = ('a', 'b')\nLIMIT: int = 3\nBUILT = sorted(WORDS)\nimport json\njson.dumps = len",
        "@staticmethod\ndef helper(x):\n    return x\nclass Box:\n    pass\nprint('hi')",
        "def broken(:\n    pass",  # a syntax error: left out, as the kernel could not run it
        "for i in range(3):\n    def hidden():\n        pass",
    ]
    src = carried_source(cells)
    assert "import re" in src and "from collections import Counter" in src
    assert "WORDS = ('a', 'b')" in src and "LIMIT: int = 3" in src
    assert "@staticmethod\ndef helper(x):" in src and "class Box:" in src
    for absent in ("pmcourse", "BUILT", "json.dumps", "print(", "broken", "hidden"):
        assert absent not in src, absent
    compile(src, "<carried>", "exec")


def _call(tmp_path: Path, code_cell: str) -> dict[str, object]:
    nb = nbf.blank(5)
    nb["cells"][nbf.task_cell_index(nb, CODE)]["source"] = code_cell
    exnb = load_notebook(nbf.write(tmp_path / "05.ipynb", nb))
    plan = start_plan(None, fonts=False)
    try:
        env = kernel_environment(plan.run, "test-probe", plan.record_file)
        entries = asyncio.run(call_code_tasks(exnb, plan, env, RunLimits(timeout=5)))
    finally:
        shutil.rmtree(plan.run, ignore_errors=True)
    return entries[CODE]


def test_the_reference_solution_passes_from_the_notebooks_own_definitions(
    tmp_path: Path,
) -> None:
    from pmcourse._tasks import get_task
    from pmcourse._tasks.scoring import grade_entry

    entry = _call(tmp_path, SOLVED)
    assert entry["state"] == "answered"
    assert grade_entry(get_task(CODE), entry).status == "pass"


@pytest.mark.parametrize(
    ("cell", "state", "says"),
    [
        ("x = 1", "error", "no function named flag_non_pm_duties"),
        (
            "def flag_non_pm_duties(lines):\n    raise NotImplementedError",
            "not attempted",
            "",
        ),
        (
            "import no_such_module_here\ndef flag_non_pm_duties(lines):\n    return []",
            "error",
            "could not be loaded on their own to call your function (ModuleNotFoundError)",
        ),
        (
            "def flag_non_pm_duties(lines):\n    import os\n    os._exit(0)",
            "error",
            "ended the interpreter before returning",
        ),
        pytest.param(
            "def flag_non_pm_duties(lines):\n    while True:\n        pass",
            "error",
            "did not return within",
            marks=pytest.mark.slow,  # waits for the time limit
        ),
    ],
)
def test_functions_that_cannot_be_called_get_one_line(
    tmp_path: Path, cell: str, state: str, says: str
) -> None:
    entry = _call(tmp_path, cell)
    assert entry["state"] == state, entry
    assert says in str(entry.get("message", "")), entry
    assert "\n" not in str(entry.get("message", ""))


def test_a_global_built_by_other_code_is_not_carried(tmp_path: Path) -> None:
    cell = (
        "PHRASES = [p.upper() for p in ('qa',)]\n"
        "def flag_non_pm_duties(lines):\n    return [l for l in lines if PHRASES[0] in l]"
    )
    entry = _call(tmp_path, cell)
    assert entry["state"] == "answered"
    data = entry["data"]
    assert isinstance(data, list)
    assert any(r.get("error", "").startswith("NameError: name 'PHRASES'") for r in data)
    assert all(r.get("value", []) == [] for r in data)  # only the empty posting "works"


def test_patches_inside_the_call_do_not_change_what_is_written(tmp_path: Path) -> None:
    cell = (
        "class Loud(str):\n"
        "    def __str__(self):\n        return 'forged'\n"
        "    def __iter__(self):\n        raise RuntimeError('read me')\n"
        "class Many(list):\n"
        "    def __iter__(self):\n        return iter(['forged'])\n"
        "def flag_non_pm_duties(lines):\n"
        "    import builtins, json, os, sys\n"
        "    builtins.repr = lambda o: 'forged'\n"
        "    builtins.isinstance = lambda *a: True\n"
        "    json.dumps = lambda *a, **k: 'forged'\n"
        "    sys.modules['ast'] = None\n"
        "    return Many([Loud(line) for line in lines])\n"
    )
    entry = _call(tmp_path, cell)
    assert entry["state"] == "answered", entry
    data = entry["data"]
    assert isinstance(data, list)
    # What each call returned, read through list and str themselves: every line, unchanged.
    from pmcourse._tasks import get_task

    cases = get_task(CODE).cases  # type: ignore[attr-defined]
    assert [r["value"] for r in data] == [list(c.args[0]) for c in cases]
    assert {r["type"] for r in data} == {"Many"}
