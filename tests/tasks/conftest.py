"""Fixtures for the task tests of every chapter."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    """Close the figures a test drew (chart tasks and their solution cells)."""
    yield
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close("all")


@pytest.fixture(autouse=True)
def _fresh_session() -> Iterator[None]:
    """Each test starts with no recorded answers, as a fresh kernel would."""
    from pmcourse import _session

    _session.SUBMISSIONS.clear()
    _session.SOLUTION_FIRST.clear()
    yield
    _session.SUBMISSIONS.clear()
    _session.SOLUTION_FIRST.clear()
