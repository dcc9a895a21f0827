"""The judges of persona, outcome and acceptance criteria, in one place for the
analyser and the topic judge: persona in ``_persona``, outcome in ``_outcome``,
criteria in ``_criteria``."""

from __future__ import annotations

from ._criteria import criterion_problem, judge_criteria
from ._outcome import judge_outcome
from ._persona import judge_persona
from ._roles import CHECK, persona_problem

__all__ = [
    "CHECK",
    "criterion_problem",
    "judge_criteria",
    "judge_outcome",
    "judge_persona",
    "persona_problem",
]
