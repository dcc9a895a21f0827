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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--chapter",
        type=int,
        default=None,
        help="run only the tests about one chapter (an author's fast loop: nox -s chapter -- N)",
    )


def _chapter_of(value: object) -> int | None:
    """The chapter a test parameter is about, if it names one.

    An exercise or a task (its number), a chapter, notebook or page (``04-slug``, as a
    path or its name), a figure (``ch04-name.svg``), a task id (``"4.2"``) or a chapter
    number.
    """
    from pmcourse._tasks._base import Exercise, Task

    if isinstance(value, Exercise):
        return value.number
    if isinstance(value, Task):
        return value.chapter
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    name = value.name if isinstance(value, Path) else value
    if isinstance(name, str):
        # "4.2" (a task id), "04-slug" (a chapter, notebook or page), "ch04-name.svg" (a figure)
        match = re.fullmatch(r"(\d+)\.\d+", name.strip()) or re.match(r"(?:ch)?(\d\d)-", name)
        return int(match[1]) if match else None
    return None


def _about_chapter(item: pytest.Item, n: int) -> bool:
    """True when a test is about chapter ``n``: its module, or one of its parameters."""
    if item.path.name == f"test_ch{n:02d}.py":
        return True
    callspec = getattr(item, "callspec", None)
    if callspec is None:
        return False
    return any(_chapter_of(value) == n for value in callspec.params.values())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    n = config.getoption("--chapter")
    if n is None:
        return
    keep = [item for item in items if _about_chapter(item, n)]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep
