"""Tasks of exercise 7: practitioners' perspectives."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from pmcourse import TaskResult, check
from pmcourse._tasks import get_task
from pmcourse._tasks._base import Choice

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions" / "ch07.py"


def _cells() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("solutions_ch07", SOLUTIONS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cells: dict[str, str] = module.CELLS
    return cells


CELLS = _cells()


def _run_cell(source: str) -> list[TaskResult]:
    results: list[TaskResult] = []

    def recording_check(*args: Any, **kwargs: Any) -> TaskResult:
        result = check(*args, **kwargs)
        results.append(result)
        return result

    exec(source, {"check": recording_check})  # noqa: S102 - our own reference solutions
    return results


def _solved(task_id: str) -> Any:
    namespace: dict[str, Any] = {"check": lambda *_a, **_k: None}
    exec(CELLS[task_id], namespace)  # noqa: S102 - our own reference solutions
    return namespace["answer_" + task_id.replace(".", "_")]


# ------------------------------------------------------------ every task
TASK_IDS = ["7.1", "7.2", "7.3", "7.4", "7.5"]


def test_every_task_has_a_solution_cell() -> None:
    assert sorted(CELLS) == TASK_IDS


@pytest.mark.parametrize("task_id", TASK_IDS)
def test_solution_cell_grades_full_marks(task_id: str) -> None:
    results = _run_cell(CELLS[task_id])
    assert [r.task_id for r in results] == [task_id]
    assert all(r.status == "pass" and r.score == r.max_score for r in results)


@pytest.mark.parametrize("task_id", TASK_IDS)
def test_placeholder_is_not_attempted(task_id: str) -> None:
    assert check(task_id, ...).status == "not attempted"


@pytest.mark.parametrize("task_id", TASK_IDS)
@pytest.mark.parametrize("bad", [None, True, "", [], {}])
def test_malformed_answers_are_errors_naming_the_task(task_id: str, bad: object) -> None:
    result = check(task_id, bad)
    assert result.status == "error"
    assert f"Task {task_id}" in result.feedback
    assert "\n" not in result.feedback


@pytest.mark.parametrize("task_id", TASK_IDS)
def test_section_links_point_to_this_chapter(task_id: str) -> None:
    task = get_task(task_id)
    assert task.section.startswith("chapters/07-practitioners-perspectives.html#ch07-")
    assert task.hint
    assert task.solution
    assert task.expects


# ------------------------------------------------------------ choice tasks
@pytest.mark.parametrize("task_id", ["7.2", "7.3", "7.4"])
def test_every_option_has_its_own_explanation(task_id: str) -> None:
    task = get_task(task_id)
    assert isinstance(task, Choice)
    whys = [o.why for o in task.options.values()]
    assert len(set(whys)) == len(whys)
    if not task.multiple:
        for letter, option in task.options.items():
            assert option.why in check(task_id, letter).feedback
        return
    right = [k for k, o in task.options.items() if o.correct]
    full = check(task_id, right).feedback
    for letter, option in task.options.items():
        assert option.why in (full if option.correct else check(task_id, [letter]).feedback)


# ------------------------------------------------------------ 7.1 classify
def test_7_1_mixing_up_extend_and_challenge_explains_why() -> None:
    answer = dict(_solved("7.1"))
    euphemism = (
        "A TPM title is often a euphemism for lower pay, grunt work and no say in the vision."
    )
    keyword = "In job searches, 'technical' mostly signals that the product is software."
    answer[euphemism] = "Extends"
    answer[keyword] = "Challenges"
    result = check("7.1", answer)
    assert result.status == "fail"
    assert "this reader says it often hides a lesser job" in result.feedback
    assert "without disputing anything" in result.feedback
    assert result.score == pytest.approx(5 / 7, abs=0.01)


def test_7_1_unknown_category_is_an_error() -> None:
    result = check("7.1", {next(iter(_solved("7.1"))): "Neutral"})
    assert result.status == "error"
    assert "'Neutral' is not a category" in result.feedback


# ------------------------------------------------------------ 7.2 - 7.4 choice
@pytest.mark.parametrize(
    ("task_id", "letter", "phrase"),
    [
        ("7.2", "a", "development role with a PM title"),
        ("7.2", "c", "trust with the team"),
        ("7.2", "d", "Seniority changes scope"),
        ("7.3", "b", "the skills helped"),
        ("7.3", "c", "moved on to be a product owner"),
        ("7.3", "d", "Protecting a role at the product's expense"),
        ("7.4", "a", "Tone does not make an observation false"),
        ("7.4", "b", "throws away good jobs"),
        ("7.4", "d", "not how every company uses it"),
    ],
)
def test_wrong_choices_explain_themselves(task_id: str, letter: str, phrase: str) -> None:
    result = check(task_id, letter)
    assert result.status == "fail"
    assert phrase in result.feedback


# ------------------------------------------------------------ 7.5 ranking
def test_7_5_allowed_swaps_still_pass() -> None:
    order = list(_solved("7.5"))
    order[0], order[1] = order[1], order[0]
    order[3], order[4] = order[4], order[3]
    assert check("7.5", order).status == "pass"


def test_7_5_trusting_the_title_first_explains_why() -> None:
    order = list(reversed(_solved("7.5")))
    result = check("7.5", order)
    assert result.status == "fail"
    assert result.score == 0
    assert "the title is the weakest evidence" in result.feedback
    assert "postings are often pasted from templates" in result.feedback


def test_7_5_unknown_item_is_an_error() -> None:
    order = [*_solved("7.5")[:-1], "A horoscope"]
    result = check("7.5", order)
    assert result.status == "error"
    assert "'A horoscope' is not one of the items" in result.feedback
