"""Every task answers a mistyped answer with one helpful line, never a content hint.

Learners type answers in the wrong type, the wrong case or with stray spaces.
The shape of the answer is then what is wrong, so the feedback says only that:
no hint about the content (which would suggest the reasoning is off), no
traceback. Where the meaning is plain (case, spaces), the answer is read as meant.
"""

from __future__ import annotations

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import all_tasks, get_task
from pmcourse._tasks._choice import Choice
from pmcourse._tasks._classify import Classify
from pmcourse._tasks._numeric import Numeric
from pmcourse._tasks._ranking import Ranking

TASKS = all_tasks()


def _one_line_error(task_id: str, answer: object) -> None:
    result = check(task_id, answer)
    assert result.status == "error", (task_id, answer, result.status)
    assert "\n" not in result.feedback and f"Task {task_id}" in result.feedback
    shown = str(result)
    assert "Hint:" not in shown and "Reread:" not in shown, shown
    assert "Traceback" not in shown


@pytest.mark.parametrize("task_id", [t.id for t in TASKS])
def test_none_gets_one_line_about_the_shape(task_id: str) -> None:
    _one_line_error(task_id, None)


@pytest.mark.parametrize("task_id", [t.id for t in TASKS])
def test_a_wrong_type_gets_one_line_about_the_shape(task_id: str) -> None:
    wrong: object = 3.5 if not isinstance(get_task(task_id), Numeric) else ["22.25"]
    _one_line_error(task_id, wrong)


@pytest.mark.parametrize("task_id", [t.id for t in TASKS if isinstance(t, Numeric)])
def test_a_number_written_as_text_is_told_only_to_drop_the_quotes(task_id: str) -> None:
    text = f"{get_task(task_id).expected:g}"  # type: ignore[attr-defined]
    _one_line_error(task_id, text)
    assert "without quotes" in check(task_id, text).feedback


def _shouted(value: str) -> str:
    return f"  {value.upper()} "


@pytest.mark.parametrize(
    "task_id", [t.id for t in TASKS if isinstance(t, Choice | Classify | Ranking)]
)
def test_wrong_case_and_stray_spaces_are_read_as_meant(task_id: str) -> None:
    task = get_task(task_id)
    answer = solved(task_id)
    if isinstance(task, Choice):
        mistyped: object = (
            [_shouted(x) for x in answer] if isinstance(answer, list) else _shouted(answer)
        )
    elif isinstance(task, Classify):
        mistyped = {f" {item.lower()} ": _shouted(cat) for item, cat in answer.items()}
    else:
        mistyped = [f"{item.lower()}  " for item in answer]
    result = check(task_id, mistyped)
    assert result.status == "pass", result.feedback


def test_an_article_fits_its_noun() -> None:
    assert "got an int" in check("1.1", 4).feedback
    assert "got a float" in check("1.1", 4.5).feedback


def test_a_ranking_given_as_numbers_says_so() -> None:
    result = check("3.2", [1, 2, 3, 4, 5, 6])
    assert result.status == "error"
    assert "list of numbers" in result.feedback and "item names" in result.feedback


def test_a_classify_answer_names_every_unknown_category() -> None:
    answer = dict.fromkeys(solved("1.3"), "PM work")
    items = list(answer)
    answer[items[0]] = "Coding"
    answer[items[1]] = "Sales"
    result = check("1.3", answer)
    assert "'Coding' and 'Sales' are not categories" in result.feedback


@pytest.mark.parametrize("task_id", [t.id for t in TASKS if isinstance(t, Numeric)])
def test_a_rounded_right_result_is_not_told_its_arithmetic_is_wrong(task_id: str) -> None:
    task = get_task(task_id)
    assert isinstance(task, Numeric)
    assert task.problems() == []  # among them: its prompt says how precisely to answer
    inside = check(task_id, task.expected + task.tolerance * 0.9)
    assert inside.status == "pass"  # anything within the stated precision counts
    rounded = round(task.expected)
    if abs(rounded - task.expected) > task.tolerance:
        result = check(task_id, float(rounded))
        assert "rounded" in result.feedback
        assert task.too_high not in result.feedback and task.too_low not in result.feedback


def test_a_story_that_copies_the_instructions_is_told_so_in_one_line() -> None:
    copied = (
        'Rewrite it so that it names a persona ("As a ..."): the user of the product, a '
        "specific kind of person whose problem the story solves. States the outcome for that "
        'user ("so that ..."); has testable acceptance criteria: Given / When / Then, or a '
        "line Acceptance criteria: followed by at least two bulleted checks; contains no "
        "implementation detail."
    )
    result = check("4.3", copied)
    assert result.score == 0
    assert result.feedback.startswith("✘ Your answer mostly repeats the task's own instructions")
    assert "\n" not in result.feedback


def test_the_quoted_story_handed_back_is_judged_not_called_a_copy() -> None:
    from pmcourse._tasks.ch04 import BAD_STORY

    assert check("4.3", BAD_STORY).feedback.startswith("✘ Persona:")


@pytest.mark.parametrize("typed", ["(c)", "option C", "c.", " C) "])
def test_a_choice_letter_typed_with_its_decorations_is_read_as_meant(typed: str) -> None:
    assert check("1.1", typed).feedback == check("1.1", "c").feedback


def test_a_choice_answered_with_the_option_text_is_read_as_its_letter() -> None:
    task = get_task("1.1")
    assert isinstance(task, Choice)
    for letter, option in task.options.items():
        assert check("1.1", option.text.upper()).feedback == check("1.1", letter).feedback


@pytest.mark.parametrize("typed", ["b and d and e", "b, d & e", "B; D and E"])
def test_several_letters_joined_with_and_are_read_as_meant(typed: str) -> None:
    assert check("1.2", typed).score == check("1.2", ["b", "d", "e"]).score


@pytest.mark.parametrize(
    ("task_id", "typed", "number"),
    [
        ("8.3", "42.5%", "42.5"),
        ("9.6", "$5400", "5400"),
        ("9.6", "5,400", "5400"),
        ("6.1", "22,25", "22.25"),
    ],
)
def test_a_number_typed_as_text_with_its_unit_is_told_only_that(
    task_id: str, typed: str, number: str
) -> None:
    _one_line_error(task_id, typed)
    assert check(task_id, typed).feedback.endswith(f"without quotes or units: {number}.")


def test_a_decimal_comma_typed_bare_is_told_to_use_a_dot() -> None:
    _one_line_error("6.1", (22, 25))
    assert "write the decimal point as a dot: 22.25" in check("6.1", (22, 25)).feedback


@pytest.mark.parametrize("typed", [43, 42])  # 42.5 rounded half up as people do, or cut
def test_a_rounding_of_the_right_percentage_is_not_called_an_arithmetic_mistake(
    typed: int,
) -> None:
    result = check("8.3", typed)
    assert result.score == 0.5
    assert result.feedback.startswith(f"{typed} is the right result rounded to 0 decimal")


def test_a_large_wrong_number_is_quoted_as_typed() -> None:
    assert check("9.6", 5400000).feedback.startswith("5400000: ")


def test_a_category_given_by_its_first_words_is_read_as_meant() -> None:
    task = get_task("4.2")
    assert isinstance(task, Classify)
    short = {"Keep in the story": "keep", "Leave to the team": "Leave"}
    answer = {item: short[cat] for item, (cat, _) in task.items.items()}
    assert check("4.2", answer).score == 1.0
    _one_line_error("4.2", dict.fromkeys(task.items, "the"))  # no category starts so
