"""The classify task (``_classify.py``): partial credit with reasons, bad answers, bad definitions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from synthetic_tasks import CLASSIFY, assert_says_what_to_fix, verdict

from pmcourse import AnswerError


def test_classify_partial_and_reasons() -> None:
    assert verdict(CLASSIFY, {"roadmap": "pm", "schema": "ENGINEERING"}).fraction == 1
    v = verdict(CLASSIFY, {"roadmap": "Engineering"})
    assert v.fraction == 0
    assert "the roadmap is PM work" in v.feedback and "Not classified yet: 'schema'" in v.feedback
    with pytest.raises(AnswerError, match="'Dev' is not a category"):
        CLASSIFY.prepare({"roadmap": "Dev"})
    with pytest.raises(AnswerError, match="not one of the items"):
        CLASSIFY.prepare({"budget": "PM"})
    with pytest.raises(AnswerError, match="empty"):
        CLASSIFY.prepare({})


# A badly defined classify task says what to fix (see test_base.py for the rules
# every task shares).
BAD_CLASSIFY_TASKS = {
    "item in no category": (
        lambda: replace(CLASSIFY, items={"roadmap": ("PM", "a."), "schema": ("Design", "b.")}),
        "'schema' is put under 'Design', which is not a category",
    ),
    "categories typed in the prompt": (
        lambda: replace(CLASSIFY, prompt='Sort them.\n\nReplace each `...` with one of `"PM"`.'),
        "the notebook generator writes it",
    ),
    "one category": (lambda: replace(CLASSIFY, categories=("PM",)), "at least two categories"),
}


@pytest.mark.parametrize("case", BAD_CLASSIFY_TASKS, ids=list(BAD_CLASSIFY_TASKS))
def test_a_badly_defined_classify_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_CLASSIFY_TASKS[case])
