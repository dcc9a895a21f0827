"""The in-browser app: time from opening a notebook to the first check() result, and its size.

Cold: a new browser profile (nothing cached). Warm: the same profile opening the
notebook again, as a learner coming back does (the HTTP cache and the app's storage
kept). The app is served gzip-compressed with caching headers, as a static host does.

    python tests/bench/lite.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))

NOTEBOOK = "01-title-vs-role.ipynb"
FIRST_TASK = "Task 1.1"


def _expose_app(route: Any) -> None:
    response = route.fetch()
    config = response.json()
    config.setdefault("jupyter-config-data", {})["exposeAppInBrowser"] = "true"
    route.fulfill(response=response, json=config)


def _first_check(context: Any, url: str) -> tuple[float, int]:
    """Seconds from opening the notebook to check()'s first verdict on the page; bytes fetched."""
    page = context.new_page()
    fetched = [0]

    def count(response: Any) -> None:
        fetched[0] += int(response.headers.get("content-length", "0") or 0)

    page.on("response", count)
    page.route("**/jupyter-lite.json", _expose_app)
    start = time.perf_counter()
    page.goto(f"{url}notebooks/index.html?path={NOTEBOOK}")
    page.wait_for_function(
        """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
                   const k = w && w.sessionContext.session && w.sessionContext.session.kernel;
                   return !!k && k.status === "idle"; }""",
        timeout=300_000,
        polling=100,
    )
    # what a learner does next: run the import cell and the first task's cell
    page.evaluate(
        """async () => { const nb = window.jupyterapp.shell.currentWidget;
             nb.content.activeCellIndex = 1;
             await window.jupyterapp.commands.execute('notebook:run-cell-and-select-next');
             await window.jupyterapp.commands.execute('notebook:run-cell-and-select-next');
             await window.jupyterapp.commands.execute('notebook:run-cell-and-select-next'); }"""
    )
    page.wait_for_function(
        f"() => document.querySelector('.jp-OutputArea') && "
        f"[...document.querySelectorAll('.jp-OutputArea')].some("
        f"o => o.innerText.includes({FIRST_TASK!r}))",
        timeout=300_000,
        polling=100,
    )
    seconds = time.perf_counter() - start
    page.close()
    return seconds, fetched[0]


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def lite_rows(runs: int = 2) -> list[tuple[str, str, str]]:
    from browserkit import CHROMIUM, CHROMIUM_ARGS, _static_server
    from playwright.sync_api import sync_playwright

    from pmcourse._authoring import lite

    if not CHROMIUM.is_file():
        return [("browser app", "not measured: no Chromium", "")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        app = work / "site" / "lite"
        start = time.perf_counter()
        try:
            lite.build(ROOT, app, work)
        except lite.LiteUnavailable as exc:
            return [("browser app", f"not built: {exc}", "")]
        build_s = time.perf_counter() - start
        size, files = _size(app)
        cold: list[float] = []
        warm: list[float] = []
        cold_bytes = 0
        with _static_server().serve(app, compress=True, cache=True) as url, sync_playwright() as pw:
            for n in range(runs):
                profile = work / f"profile-{n}"
                context = pw.chromium.launch_persistent_context(
                    str(profile),
                    executable_path=str(CHROMIUM),
                    args=CHROMIUM_ARGS,
                    headless=True,
                )
                try:
                    seconds, cold_bytes = _first_check(context, url)
                    cold.append(seconds)
                    warm.append(_first_check(context, url)[0])
                finally:
                    context.close()
    return [
        ("browser app: build (downloads cached)", f"{build_s:.1f} s", ""),
        ("browser app: size on disk", f"{size / 1e6:.1f} MB in {files} files", ""),
        ("browser app: fetched on a first visit (gzip)", f"{cold_bytes / 1e6:.1f} MB", ""),
        (
            "browser app: open notebook -> first check(), cold",
            f"{statistics.median(cold):.1f} s (of {len(cold)})",
            "<= 15 s",
        ),
        (
            "browser app: open notebook -> first check(), warm",
            f"{statistics.median(warm):.1f} s (of {len(warm)})",
            "<= 6 s",
        ),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    for measure, value, target in lite_rows(args.runs):
        print(f"{measure:<50}  {value:>26}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
