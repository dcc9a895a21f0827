"""What every real-browser test shares: Debian's Chromium, its flags, and axe-core.

Test modules import this by its bare name (``tests/`` is on ``sys.path`` through
its conftest). Without Chromium or npm a test skips with the install hint,
except under ``CI=true``, where a missing browser fails instead of passing quietly.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BROWSER_DEPS = Path(__file__).resolve().parent / "browser_deps"
AXE_JS = BROWSER_DEPS / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
CHROMIUM = Path(os.environ.get("PMCOURSE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ON_CI = os.environ.get("CI", "").lower() == "true"
# Stops CSS transitions so that colours read right after a theme switch are final.
NO_TRANSITIONS = "*,*::before,*::after{transition:none!important;animation:none!important}"


def missing(what: str) -> None:
    """Skip locally, fail on CI: a CI run without its browser must not pass quietly."""
    if ON_CI:
        pytest.fail(what)
    pytest.skip(what)


def require_chromium() -> Path:
    if not CHROMIUM.is_file():
        missing(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    return CHROMIUM


def axe_js() -> str:
    """axe-core's source, installed with ``npm ci`` into tests/browser_deps when missing."""
    if not AXE_JS.is_file():
        npm = shutil.which("npm")
        if npm is None:
            missing("axe-core needs npm: apt-get install npm (Node 20), then rerun")
        subprocess.run(
            [str(npm), "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=BROWSER_DEPS,
            check=True,
            timeout=900,
        )
    return AXE_JS.read_text(encoding="utf-8")


def _static_server() -> Any:
    """tests/bench/gzip_server.py, the static server the page-weight bench already uses."""
    path = Path(__file__).resolve().parent / "bench" / "gzip_server.py"
    spec = importlib.util.spec_from_file_location("bench_gzip_server", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a folder on a free port of 127.0.0.1; yields its base URL (ending in /)."""
    with _static_server().serve(folder, compress=False) as url:
        yield url
