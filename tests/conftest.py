"""Hooks shared by the whole test suite.

Keep this file small and additive: fixtures belong in the module that uses them.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """When a browser test fails, save what its page showed to test-artifacts/<test>.png."""
    report = yield
    if report.when == "call" and report.failed and item.get_closest_marker("browser"):
        page = getattr(item, "funcargs", {}).get("page")
        if page is not None and hasattr(page, "screenshot"):
            ARTIFACTS.mkdir(exist_ok=True)
            target = ARTIFACTS / (re.sub(r"[^A-Za-z0-9_.-]+", "_", item.name) + ".png")
            try:
                page.screenshot(path=str(target), full_page=True)
            except Exception as exc:  # noqa: BLE001 - a screenshot must never hide the failure
                report.sections.append(("screenshot", f"could not save a screenshot: {exc}"))
            else:
                report.sections.append(("screenshot", f"saved {target}"))
    return report
