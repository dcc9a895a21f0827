"""Scoring one notebook has a time limit (no kernel needed: the scorer is stood in for)."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import nbfactory as nbf
import pytest

from pmcourse._errors import NotebookError
from pmcourse._grading import batch
from pmcourse._grading.notebook import load_notebook
from pmcourse._grading.runner import RunOutcome


def _exnb(tmp_path: Path):  # type: ignore[no-untyped-def]
    return load_notebook(nbf.write(tmp_path / "06.ipynb", nbf.blank(6)))


def test_scoring_within_the_limit_gives_the_scores(tmp_path: Path) -> None:
    exnb = _exnb(tmp_path)
    tasks, notes = asyncio.run(batch.score_in_time(exnb, RunOutcome(), 10))
    assert (tasks, notes) == batch.score_notebook(exnb, RunOutcome())
    assert [t.status for t in tasks] == ["not attempted"] * len(tasks)


def test_scoring_past_the_limit_makes_the_notebook_ungradable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow(*_: object) -> object:
        release.wait(10)
        return [], []

    monkeypatch.setattr(batch, "score_notebook", slow)
    start = time.monotonic()
    with pytest.raises(NotebookError, match=r"took longer than 0.2 s; it cannot be graded"):
        asyncio.run(batch.score_in_time(_exnb(tmp_path), RunOutcome(), 0.2))
    assert time.monotonic() - start < 2
    release.set()


def test_an_error_while_scoring_reaches_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> object:
        raise ValueError("boom")

    monkeypatch.setattr(batch, "score_notebook", broken)
    with pytest.raises(ValueError, match="boom"):
        asyncio.run(batch.score_in_time(_exnb(tmp_path), RunOutcome(), 5))
