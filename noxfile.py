#!/usr/bin/env python3
# /// script
# dependencies = ["nox>=2025.2.9"]
# ///
"""Task runner. ``python noxfile.py -s NAME`` works with nothing but Python installed.

Run directly, this file first makes itself a small virtual environment with
nox in it (``.nox/_bootstrap``) and re-runs itself there, so the README's two
commands need no ``pip install`` beforehand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def _bootstrap() -> None:
    """Re-run this file under a private interpreter that has nox, making it if needed."""
    import subprocess
    import venv

    env_dir = ROOT / ".nox" / "_bootstrap"
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        print("noxfile: making .nox/_bootstrap with nox in it (first run only)", flush=True)
        venv.create(env_dir, with_pip=True, clear=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "nox>=2025.2.9"], check=True)
    os.execv(str(python), [str(python), str(Path(__file__).resolve()), *sys.argv[1:]])


if __name__ == "__main__":
    try:
        import nox
    except ImportError:
        _bootstrap()

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "venv"

PYPROJECT = nox.project.load_toml(str(ROOT / "pyproject.toml"))
DOCS_OUT = ROOT / "docs" / "_build" / "html"


def _groups(*names: str) -> list[str]:
    return [req for name in names for req in nox.project.dependency_groups(PYPROJECT, name)]


@nox.session(default=False)
def docs(session: nox.Session) -> None:
    """Build the course site into docs/_build/html (nitpicky, warnings are errors)."""
    session.install(*_groups("docs"))
    sphinx = ["sphinx-build", "-n", "-W", "--keep-going", "-b", "html"]
    session.run(*sphinx, "docs", str(DOCS_OUT), *session.posargs)
    session.log(f"The course site is at {DOCS_OUT / 'index.html'}")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the whole test suite against the installed package (browser tests included)."""
    session.install(*_groups("test"), ".")
    session.run("pytest", *session.posargs)


@nox.session
def browser(session: nox.Session) -> None:
    """Only the browser tests: Debian's Chromium (apt-get install chromium), axe-core via npm."""
    session.install(*_groups("test"), ".")
    session.run("pytest", "-m", "browser", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff (lint and format), mypy strict, codespell, CI/RTD schemas, repo-review."""
    session.install(*_groups("lint"), ".")  # the package too: mypy sees its real dependencies
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("codespell")  # paths and skips: [tool.codespell] in pyproject.toml
    schema = ("check-jsonschema", "--builtin-schema")
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    session.run(*schema, "vendor.github-workflows", *workflows)
    session.run(*schema, "vendor.readthedocs", ".readthedocs.yaml")
    session.run(*schema, "vendor.dependabot", ".github/dependabot.yml")
    session.run("repo-review", ".")


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Measure import time, self-check speed, grading speed; print a table."""
    session.install(*_groups("test"), ".")
    session.run("python", "tests/bench/run.py", *session.posargs)


if __name__ == "__main__":
    sys.exit(nox.main())
