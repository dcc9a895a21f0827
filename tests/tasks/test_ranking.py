"""The ranking task (``_ranking.py``): the share of rules an order keeps, bad answers, bad definitions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from synthetic_tasks import RANKING, assert_says_what_to_fix, verdict

from pmcourse import AnswerError
from pmcourse._tasks._ranking import Rule


def test_ranking_scores_kept_rules() -> None:
    assert verdict(RANKING, ["bug", "feature", "polish"]).fraction == 1
    v = verdict(RANKING, ["feature", "bug", "polish"])
    assert v.fraction == 0.5 and "outages first" in v.feedback
    for bad, phrase in (
        (["bug", "bug", "polish"], "more than once"),
        (["bug"], "missing"),
        (["bug", "feature", "nap"], "not one of"),
        ("bug", "expects"),
    ):
        with pytest.raises(AnswerError, match=phrase):
            RANKING.prepare(bad)


# A badly defined ranking task says what to fix (see test_base.py for the rules
# every task shares).
BAD_RANKING_TASKS = {
    "a ranking rule on no item": (
        lambda: replace(RANKING, rules=(Rule("bug", "typo", "x."),)),
        "must name two of its items",
    ),
    "ranking rules in a cycle": (
        lambda: replace(RANKING, rules=(Rule("bug", "polish", "x."), Rule("polish", "bug", "y."))),
        "form a cycle",
    ),
}


@pytest.mark.parametrize("case", BAD_RANKING_TASKS, ids=list(BAD_RANKING_TASKS))
def test_a_badly_defined_ranking_task_says_what_to_fix(case: str) -> None:
    assert_says_what_to_fix(*BAD_RANKING_TASKS[case])
