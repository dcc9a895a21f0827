"""The in-browser app: time from opening a notebook to the first check() result, and its size.

Cold: a new browser profile (nothing cached). Warm: the same profile opening the
notebook again, as a learner coming back does (the HTTP cache and the app's storage
kept). The app is served gzip-compressed with caching headers, as a static host does.

    python tests/bench/lite.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
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


def _first_check(context: Any, url: str) -> tuple[float, int]:
    """Seconds from opening the notebook to check()'s first verdict on the page; bytes fetched.

    Driven as a learner does it, through the page only: wait until the kernel indicator
    says idle, click the import cell, press Shift+Enter through to the first task's cell.
    """
    page = context.new_page()
    fetched = [0]

    def count(response: Any) -> None:
        fetched[0] += int(response.headers.get("content-length", "0") or 0)

    page.on("response", count)
    start = time.perf_counter()
    page.goto(f"{url}notebooks/index.html?path={NOTEBOOK}")
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=300_000)
    page.locator(".jp-Notebook .jp-Cell").nth(1).click()
    for _ in range(3):  # run the import cell, pass the task's text, run the task's cell
        page.keyboard.press("Shift+Enter")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-OutputArea')].some("
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
        (
            "browser app: Python precompiled to bytecode",
            "yes (Node found)" if shutil.which("node") else "no (no Node: slower start)",
            "",
        ),
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
