"""No module of the package reaches into another module's private names.

The layers and cycles are import-linter contracts (``[tool.importlinter]``,
checked by ``nox -s lint``). import-linter has no contract for names, so this
test reads every module: a name that starts with ``_`` may be used only in the
module that defines it. Private *modules* (``_tasks._base``) are the package's
own structure and may be imported; their public names are the interface.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "pmcourse"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    path = SRC.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str | None:
    """The absolute name of what ``from ... import`` reads, when it is in the package."""
    if node.level == 0:
        target = node.module or ""
    else:
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = package[: len(package) - (node.level - 1)]
        target = ".".join([*base, node.module] if node.module else base)
    return target if target.split(".")[0] == "pmcourse" else None


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def reaches(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """Where a module uses a private name of another module: ``line: module.name``."""
    tree = ast.parse(source)
    found: list[str] = []
    aliases: dict[str, str] = {}  # local name -> the package module it is bound to
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _absolute(module, is_package, node)
            if target is None:
                continue
            for alias in node.names:
                full = f"{target}.{alias.name}"
                if _is_module(full):
                    aliases[alias.asname or alias.name] = full
                elif _private(alias.name) and target != module:
                    found.append(f"{node.lineno}: {full}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "pmcourse" and alias.asname:
                    aliases[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and _private(node.attr)
            and not _is_module(f"{aliases[node.value.id]}.{node.attr}")
        ):
            found.append(f"{node.lineno}: {aliases[node.value.id]}.{node.attr}")
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=_module_name)
def test_no_module_uses_another_modules_private_names(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    found = reaches(_module_name(path), source, is_package=path.name == "__init__.py")
    assert found == [], _module_name(path)


def test_the_scan_finds_a_reach_into_private_names() -> None:
    # The scan itself: each form of reaching in is found, and the allowed forms are not.
    probe = (
        "from .runner import _not_public, RunOutcome\n"
        "from . import runner, batch\n"
        "from .._tasks import _base\n"
        "from .._tasks._base import Task\n"
        "import pmcourse._tasks as tasks\n"
        "runner._shutdown()\n"
        "runner.run_notebook, batch.__doc__\n"
        "tasks._load.cache_clear()\n"
        "def _mine(): return _mine\n"
    )
    assert reaches("pmcourse._grading.probe", probe) == [
        "1: pmcourse._grading.runner._not_public",
        "6: pmcourse._grading.runner._shutdown",
        "8: pmcourse._tasks._load",
    ]
