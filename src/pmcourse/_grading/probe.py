"""Calling a learner's function for a code task outside the notebook's kernel.

A kernel's cells can patch anything in it: ``json``, IPython's display
formatters, builtins, ``sys.modules``, ``pmcourse`` itself. So the grader does
not call a code task's function there. After the notebook ran, it takes the
function's definition from its own copy of the notebook (never from the kernel),
and runs it in a *fresh* interpreter (``python -I``), in the same sandbox and
under the same memory cap as the kernel, with a time limit:

* what crosses into that interpreter is the notebook's top-level ``import``
  statements, ``def`` and ``class`` statements, and assignments of literal values
  (``NON_PM_PHRASES = (...)``), in notebook order: nothing else a cell did, so a
  cell that patches ``json`` or a formatter has no effect there;
* the hidden cases' arguments and ``_tasks/calls.py`` (standard library only)
  come from the grader;
* the results come back on the interpreter's standard output, which the kernel
  never had; the learner's own prints go to ``/dev/null``.

What remains (the README's Isolation section says it too): the learner's function
itself runs in that interpreter, so code *inside the function* could still reach
the probe's own machinery in memory. What it cannot do is change the results
from another cell, or from the kernel.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .limits import RunLimits

if TYPE_CHECKING:
    from .._tasks._code import Code
    from .kernel import KernelPlan
    from .notebook import ExerciseNotebook

__all__ = ["MAX_PROBE_OUTPUT", "call_code_tasks", "carried_source"]

MAX_PROBE_OUTPUT = 2 * 2**20
# Runs first in the fresh interpreter, before any learner code. It keeps the real
# standard output for itself and sends everything else to /dev/null. Every tool it
# uses after learner code has run is bound beforehand (default arguments), and what
# a function returned is turned into plain data by looking only at exact built-in
# types, so no learner code runs while it is converted: a patched ``json``,
# ``builtins``, ``sys.modules`` or ``copy`` changes nothing in what is written. The
# data goes out as ``repr`` of built-in types (C code no module can patch) and the
# grader reads it with ``ast.literal_eval``.
_DRIVER = r"""
import ast as _ast, math as _math, os as _os, sys as _sys

def _probe(
    _type=type, _repr=repr, _len=len, _str=str, _sorted=sorted, _write=_os.write,
    _exit=_os._exit, _finite=_math.isfinite, _literal=_ast.literal_eval,
    _compile=compile, _exec=exec, _callable=callable, _base=BaseException,
    _nie=NotImplementedError, _issub=issubclass, _int=int.__int__, _float=float.__float__,
    _strcopy=str.__str__, _builtins=__builtins__, _listcopy=list.copy,
    _tupleslice=tuple.__getitem__, _all=slice(None), _setcopy=set.copy, _fcopy=frozenset.copy,
    _dictcopy=dict.copy,
):
    job = _literal(_sys.stdin.buffer.read().decode("utf-8"))
    out = _os.dup(1)
    null = _os.open(_os.devnull, _os.O_RDWR)
    for fd in (0, 1, 2):
        _os.dup2(null, fd)
    _sys.stdout = _sys.stderr = open(_os.devnull, "w")
    atoms = (_type(None), bool)

    def plain(value, depth=0):
        # Subclasses are read through their base type's own C methods, never their own.
        kind = _type(value)
        if depth > 20:
            raise ValueError("the value is nested too deeply")
        if kind in atoms:
            return value
        if _issub(kind, str):
            return _strcopy(value)
        if _issub(kind, int):
            return _int(value)
        if _issub(kind, float):
            number = _float(value)
            return number if _finite(number) else _repr(number)
        if _issub(kind, list):
            return [plain(v, depth + 1) for v in _listcopy(value)]
        if _issub(kind, tuple):
            return [plain(v, depth + 1) for v in _tupleslice(value, _all)]
        if _issub(kind, (set, frozenset)):
            members = _setcopy(value) if _issub(kind, set) else _fcopy(value)
            return _sorted([plain(v, depth + 1) for v in members], key=_repr)
        if _issub(kind, dict):
            return {
                (k if _type(k) is str else _repr(plain(k, depth + 1))): plain(v, depth + 1)
                for k, v in _dictcopy(value).items()
            }
        return "<object>"

    def name_of(kind):
        name = kind.__name__
        return _strcopy(name) if _issub(_type(name), str) else "object"

    learner = {"__name__": "__main__", "__builtins__": _builtins}
    results = {}
    try:
        _exec(_compile(job["source"], "<notebook>", "exec"), learner)
        setup = None
    except _base as exc:
        setup = name_of(_type(exc))
    for task_id, name, cases in job["tasks"]:
        function = learner.get(name)
        if setup is not None:
            results[task_id] = {"setup_error": _strcopy(setup)}
            continue
        if not _callable(function):
            results[task_id] = {"missing": True}
            continue
        rows = []
        for args in _literal(cases):
            try:
                value = function(*args)
            except _base as exc:
                kind = _type(exc)
                if _issub(kind, _nie):
                    rows.append({"error": "NotImplementedError"})
                    continue
                try:
                    lines = _str(exc).splitlines()
                    text = _strcopy(lines[0])[:120] if lines else ""
                except _base:
                    text = ""
                name = name_of(kind)
                rows.append({"error": name + ": " + text if text else name})
                continue
            try:
                rows.append({"value": plain(value), "type": name_of(_type(value))})
            except _base:
                rows.append({"error": "the value is nested too deeply"})
        results[task_id] = {"results": rows}
    data = (_repr(results) + "\n").encode()
    while data:
        data = data[_write(out, data):]
    _exit(0)


_probe()
"""


def _literal(node: ast.AST) -> bool:
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


def _carried(stmt: ast.stmt) -> bool:
    if isinstance(stmt, ast.Import):
        return not any(a.name.split(".")[0] == "pmcourse" for a in stmt.names)
    if isinstance(stmt, ast.ImportFrom):
        return stmt.level == 0 and (stmt.module or "").split(".")[0] != "pmcourse"
    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return True
    if isinstance(stmt, ast.Assign):
        return all(isinstance(t, ast.Name) for t in stmt.targets) and _literal(stmt.value)
    if isinstance(stmt, ast.AnnAssign):
        return isinstance(stmt.target, ast.Name) and stmt.value is not None and _literal(stmt.value)
    return False


def carried_source(cells: list[str]) -> str:
    """The part of the notebook's code that the probe runs: see the module's docstring.

    A cell that does not parse is left out (it raised SyntaxError in the kernel too).
    """
    parts: list[str] = []
    for source in cells:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            continue
        lines = source.splitlines()
        for stmt in tree.body:
            if _carried(stmt) and stmt.end_lineno is not None:
                first = min([stmt.lineno, *(d.lineno for d in getattr(stmt, "decorator_list", []))])
                parts.append("\n".join(lines[first - 1 : stmt.end_lineno]))
    return "\n\n".join(parts) + "\n"


@dataclass
class _Ran:
    data: dict[str, Any] | None
    problem: str | None = None  # why there is no data


async def _run(cmd: list[str], env: dict[str, str], cwd: str, job: bytes, seconds: float) -> _Ran:
    proc = await asyncio.create_subprocess_exec(
        *cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=cwd,
        start_new_session=True,
    )

    async def talk() -> bytes:
        assert proc.stdin is not None
        assert proc.stdout is not None
        with contextlib.suppress(OSError):  # BrokenPipeError, ConnectionResetError
            proc.stdin.write(job)
            await proc.stdin.drain()
            proc.stdin.close()
        chunks: list[bytes] = []
        size = 0
        while chunk := await proc.stdout.read(1 << 16):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_PROBE_OUTPUT:
                raise OverflowError
        await proc.wait()
        return b"".join(chunks)

    try:
        raw = await asyncio.wait_for(talk(), seconds)
    except TimeoutError:
        return _Ran(None, f"it did not return within {seconds:g} s")
    except OverflowError:
        return _Ran(None, "its results were too large to read")
    finally:
        if proc.returncode is None:
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                await proc.wait()
    try:
        line = raw.decode("utf-8").strip().splitlines()[-1] if raw.strip() else "None"
        data = ast.literal_eval(line)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError, IndexError):
        data = None
    if not isinstance(data, dict):
        return _Ran(None, "it ended the interpreter before returning (or ran out of memory)")
    return _Ran(data)


def _entry(task: Code, found: Any, problem: str | None) -> dict[str, Any]:
    if problem is not None or not isinstance(found, dict):
        why = problem or "its results are unreadable"
        return {
            "state": "error",
            "message": f"Task {task.id}: your function could not be called after the notebook "
            f"ran ({why}).",
        }
    if found.get("missing"):
        return {
            "state": "error",
            "message": f"Task {task.id}: no function named {task.function_name} is defined at "
            "the top level of a cell; keep the name and the def line the task gives.",
        }
    if "setup_error" in found:
        return {
            "state": "error",
            "message": f"Task {task.id}: the notebook's definitions could not be loaded on their "
            f"own to call your function ({str(found['setup_error'])[:160]}).",
        }
    data = found.get("results")
    if not isinstance(data, list):
        return {"state": "error", "message": f"Task {task.id}: the results are unreadable."}
    if data and all(isinstance(r, dict) and r.get("error") == "NotImplementedError" for r in data):
        return {"state": "not attempted"}
    return {"state": "answered", "data": data}


async def call_code_tasks(
    exnb: ExerciseNotebook, plan: KernelPlan, env: dict[str, str], limits: RunLimits
) -> dict[str, dict[str, Any]]:
    """Call each code task's function on its hidden cases, outside the kernel.

    ``env`` is the kernel's environment (it carries the run's token, so the reaper
    finds the probe too). One entry per code task of the notebook's exercise.
    """
    from .._tasks import all_tasks
    from .._tasks._code import Code

    tasks = [t for t in all_tasks() if isinstance(t, Code) and str(t.chapter) in exnb.chapters]
    if not tasks:
        return {}
    cells = [c["source"] for c in exnb.notebook["cells"] if c["cell_type"] == "code"]
    job = repr(
        {
            "source": carried_source(cells),
            "tasks": [[t.id, t.function_name, repr([c.args for c in t.cases])] for t in tasks],
        }
    ).encode()
    cmd = plan.command([sys.executable, "-I", "-c", _DRIVER], limits, plan.group.procs_files)
    seconds = max(5.0, limits.timeout) + 5.0  # the interpreter's own start
    ran = await _run(cmd, env, str(plan.work), job, seconds)
    found = ran.data or {}
    return {t.id: _entry(t, found.get(t.id), ran.problem) for t in tasks}
