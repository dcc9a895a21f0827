"""The labelled story corpora and the scenarios they are written for (test data only).

``stories.jsonl`` and every ``stories-tuning*.jsonl`` are the corpus the analyser is tuned
on (``stories-tuning-2.jsonl`` to ``-73`` were untouched slices: each
measured once, see its ``-measured.txt``, and tuned on since). Every
``stories-holdout*.jsonl`` is the untouched slice: written blind by another writer, measured
once, never tuned on; there may be none. Stories of the course's own scenarios name them
(``OVERDUE_INVOICES``...); the other domains' scenarios live in ``story-scenarios.json`` and
any ``story-scenarios-*.json`` dropped in beside a new slice: who their users and builders
are, what their need is, and the words of their topic.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from pmcourse._tasks import ch04
from pmcourse._tasks.story import CRITERIA, Scenario

DATA = Path(__file__).resolve().parent / "data"


def tuned_files() -> list[str]:
    """The corpus tuned on: ``stories.jsonl`` and every ``stories-tuning*.jsonl``."""
    return ["stories.jsonl", *sorted(p.name for p in DATA.glob("stories-tuning*.jsonl"))]


def holdout_files() -> list[str]:
    """The untouched slice: every ``stories-holdout*.jsonl`` (none, once measured)."""
    return sorted(p.name for p in DATA.glob("stories-holdout*.jsonl"))


def load(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def tuned() -> list[dict[str, Any]]:
    return [s for name in tuned_files() for s in load(name)]


def holdout() -> list[dict[str, Any]]:
    return [s for name in holdout_files() for s in load(name)]


def _strings(value: object) -> tuple[str, ...]:
    """A list field of a scenario file; writers give a single vendor as a plain string."""
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()


def _contract(value: object) -> tuple[str, ...]:
    """A scenario file's ``contract``: the kinds a developer product's users code against;
    a writer's plain ``true`` says the usual one, its interfaces."""
    return ("internal interfaces",) if value is True else _strings(value)


@cache
def _other_domains() -> dict[str, Scenario]:
    files = [DATA / "story-scenarios.json", *sorted(DATA.glob("story-scenarios-*.json"))]
    rows = [r for path in files for r in json.loads(path.read_text(encoding="utf-8"))]
    return {
        r["name"]: Scenario(
            name=r["name"],
            need=r["need"],
            users=r.get("users", ""),
            user_roles=_strings(r.get("user_roles", ())),
            builders=_strings(r.get("builders", ())),
            vendor=_strings(r.get("vendor", ())),
            contract=_contract(r.get("contract", ())),
            contract_line=r.get("contract_line", ""),
            topic=_strings(r.get("topic", ())),
            judge=_strings(r.get("judge", CRITERIA)),
        )
        for r in rows
    }


def scenario(name: str) -> Scenario:
    """The scenario a story names: one of the course's or of the other domains'."""
    found = getattr(ch04, name, None)
    if isinstance(found, Scenario):
        return found
    return _other_domains()[name]


# Task 9.7's feedback lines and the eval-plan corpus's labels they answer.
PLAN_LINES = {
    "Names a test set": "test_set",
    "Names a quality measure": "measure",
    "Sets a bar with a number": "bar",
    "Plans for varying outputs": "varying",
    "Sets a cost or latency budget": "budget",
    "Says when the eval runs": "when",
    "Length": "length_ok",
    "About this product": "on_topic",
}


def evalplans(split: str) -> list[dict[str, Any]]:
    """Labelled eval plans for task 9.7: "tuning" ones (all of ``evalplans.jsonl``, whose
    first "holdout" split has been measured and tuned on since, and every
    ``evalplans-tuning*.jsonl``), or the untouched "holdout"
    (every ``evalplans-holdout*.jsonl``, written blind; there may be none)."""
    if split == "tuning":
        names = ["evalplans.jsonl", *sorted(p.name for p in DATA.glob("evalplans-tuning*.jsonl"))]
        return [p for name in names for p in load(name)]
    return [p for path in sorted(DATA.glob("evalplans-holdout*.jsonl")) for p in load(path.name)]


def grade_plan(text: str) -> tuple[dict[str, str], bool]:
    """Task 9.7's verdict on a plan: each labelled element's state, and whether it waits
    for a human. A plan the task turns away before judging it (fewer words than it asks
    for) meets nothing: the learner is told to write more and gets no point."""
    from pmcourse._errors import AnswerError
    from pmcourse._tasks import get_task

    task = get_task("9.7")
    try:
        verdict = task.grade(task.prepare(text))
    except AnswerError:
        return dict.fromkeys(PLAN_LINES.values(), "not met"), False
    return plan_verdicts(verdict.feedback), verdict.review


def plan_verdicts(feedback: str) -> dict[str, str]:
    """Each labelled element's state in 9.7's feedback: "met", "not met" or "unsure"; a
    plan about the product gets no "About this product" line, which is "met"."""
    if feedback.startswith("✘ Keyword list:"):
        return dict.fromkeys(PLAN_LINES.values(), "not met")
    states = {"on_topic": "met"}
    marks = {"✔": "met", "✘": "not met", "?": "unsure"}
    for line in feedback.splitlines():
        for name, label in PLAN_LINES.items():
            if line[2:].startswith(name):
                states[label] = marks[line[0]]
    return states
