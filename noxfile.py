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
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "nox>=2025.2.9"],
            check=True,
        )
    os.execv(str(python), [str(python), str(Path(__file__).resolve()), *sys.argv[1:]])


if __name__ == "__main__":
    try:
        import nox  # noqa: F401
    except ImportError:
        _bootstrap()

import nox  # noqa: E402

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lint", "tests"]

PYPROJECT = nox.project.load_toml(str(ROOT / "pyproject.toml"))
DOCS_OUT = ROOT / "docs" / "_build" / "html"


def _groups(*names: str) -> list[str]:
    return [req for name in names for req in nox.project.dependency_groups(PYPROJECT, name)]


@nox.session
def docs(session: nox.Session) -> None:
    """Build the course site into docs/_build/html (nitpicky, warnings are errors)."""
    session.install(*_groups("docs"))
    session.run(
        "sphinx-build", "-n", "-W", "--keep-going", "-b", "html", "docs", str(DOCS_OUT), *session.posargs
    )
    session.log(f"The course site is at {DOCS_OUT / 'index.html'}")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the whole test suite against the installed package (browser tests included)."""
    session.install(*_groups("test"), ".")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff (lint and format), mypy strict, codespell."""
    session.install("ruff", "mypy", "codespell", "nbclient", "nbformat", "jupyter_client")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("codespell", "docs", "src", "exercises", "README.md", "--skip", "docs/_build,docs/exercises")


@nox.session
def bench(session: nox.Session) -> None:
    """Measure import time, self-check speed, grading speed; print a table."""
    session.install(*_groups("test"), ".")
    session.run("python", "tests/bench/run.py", *session.posargs)


if __name__ == "__main__":
    sys.exit(nox.main())
