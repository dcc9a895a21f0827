"""Tasks of exercise 4: don't design the solution yourself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import get_task
from pmcourse._tasks.ch04 import (
    BAD_STORY,
    BAD_WEBHOOK_STORY,
    EMPTY_SHELVES,
    EXERCISE,
    MODEL_STORY,
    PICKER_CRITERIA,
    PICKER_STORY,
    TASKS,
    WEBHOOK_RETRIES,
    WEBHOOK_STORY,
)
from pmcourse._tasks.story import Story, analyse


# ------------------------------------------------------------ 4.1 multi-select
def test_4_1_removing_the_problem_statement_says_keep_it() -> None:
    result = check("4.1", ["a", "b", "d", "e"])
    assert result.status == "fail"
    assert "the heart of the story" in result.feedback


def test_4_1_removing_an_acceptance_criterion_says_keep_it() -> None:
    result = check("4.1", "b c d e")
    assert "testable acceptance criterion" in result.feedback


def test_4_1_missing_prescriptions_are_counted() -> None:
    result = check("4.1", ["b"])
    assert "left out 2" in result.feedback
    assert result.score == pytest.approx(1 / 3, abs=0.01)


# ------------------------------------------------------------ 4.2 classify
def test_4_2_design_lines_kept_in_the_story_fail_with_reasons() -> None:
    answer = dict(solved("4.2"))
    answer["Cache the pick list in Redis for speed"] = "Keep in the story"
    answer["Lay out the pick screen with a three-column CSS grid"] = "keep in the story"
    result = check("4.2", answer)
    assert result.status == "fail"
    assert "state the speed the picker needs instead" in result.feedback
    assert "not how it is drawn" in result.feedback
    assert result.score == pytest.approx(5 / 7, abs=0.01)


def test_4_2_handing_over_the_flow_fails_with_reason() -> None:
    answer = dict(solved("4.2"))
    answer["Picker scans a shelf, sees the next item and its aisle, confirms the pick"] = (
        "Leave to the team"
    )
    result = check("4.2", answer)
    assert "user-level flow" in result.feedback


def test_4_2_unknown_category_is_an_error() -> None:
    answer = dict(solved("4.2"))
    answer["Cache the pick list in Redis for speed"] = "Engineering"
    result = check("4.2", answer)
    assert result.status == "error"
    assert "'Engineering' is not a category" in result.feedback


# ------------------------------------------------------------ 4.3 story
# The story analyser has its own labelled corpus (tests/tasks/test_story.py); these
# tests check the task as a learner meets it: verdicts, evidence, and what to fix.
GOOD_STORIES = {
    "model answer": MODEL_STORY,
    "en-dash bullets under AC": (
        "As an accounts receivable clerk, I want overdue invoices to stand out when I open the "
        "dashboard, so I can chase late payers the same morning.\n\nAC:\n"
        "\u2013 An invoice unpaid one day after its due date is shown as overdue\n"
        "\u2013 Paying an overdue invoice removes it from the overdue list"
    ),
    "plural persona, in order to, customer queries": (
        "As finance clerks, we want to spot overdue invoices at a glance in order to answer "
        "customer queries about late payments quickly.\n\n**Acceptance criteria**\n"
        "+ unpaid invoices past their due date are flagged as overdue\n"
        "+ the number of days late is shown next to each overdue invoice"
    ),
}


@pytest.mark.parametrize("name", sorted(GOOD_STORIES))
def test_4_3_good_stories_pass(name: str) -> None:
    result = check("4.3", GOOD_STORIES[name])
    assert result.status == "pass", result.feedback


JOB_STORY = (
    "When I open the invoice list on Monday morning, I want to see which invoices are past "
    "their due date, so that I can call those customers before the week fills up.\n\n"
    "Done when:\n1) every unpaid invoice past its due date is marked overdue\n"
    "2) an invoice that is paid no longer shows as overdue"
)


def test_4_3_a_persona_outside_the_users_needs_a_human_look() -> None:
    story = "As the CFO of a small wholesaler, I want" + JOB_STORY.split("I want", 1)[1]
    result = check("4.3", story)
    assert result.status == "review"
    assert "NEEDS A HUMAN LOOK" in str(result)
    # the decided criteria keep their points; the unsure one waits for a human
    assert result.score == 0.8
    assert result.feedback.splitlines()[0].startswith("? Persona:")
    assert result.checklist and "Check yours yourself:" in str(result)
    assert (
        "Decided so far: Outcome 0.2, Acceptance criteria 0.2, Problem-oriented 0.2, "
        "On topic 0.2 of 1 point; Persona waits for a human look."
    ) in result.feedback
    assert "Check yours yourself:" in result._repr_html_()


def test_4_3_a_job_story_without_a_role_misses_the_persona() -> None:
    result = check("4.3", JOB_STORY)
    assert result.status == "fail"
    assert "✘ Persona: job story" in str(result)


def test_4_3_the_original_story_fails_and_quotes_its_evidence() -> None:
    result = check("4.3", BAD_STORY)
    assert result.status == "fail"
    failed = [line for line in result.feedback.splitlines() if line.startswith("\u2718")]
    names = [line.split(":", 1)[0] for line in failed]
    assert names == [
        "\u2718 Persona",
        "\u2718 Outcome",
        "\u2718 Acceptance criteria",
        "\u2718 Problem-oriented",
    ]
    persona = failed[0]
    assert '"As a developer"' in persona and "builds the product" in persona
    problem = failed[3]
    assert "(line 1)" in problem
    for quoted in ("is_overdue", "GET /invoices/overdue"):
        assert quoted in problem, problem
    assert "(and 3 more)" in problem  # the 14px font and the rest, counted


@pytest.mark.parametrize(
    ("story", "criterion", "evidence"),
    [
        (
            (
                "As a finance clerk I want overdue invoices cached in Redis and rendered by a React "
                "component so that I can chase late payers before the month ends.\n"
                "Acceptance criteria:\n- overdue invoices are marked on the dashboard\n"
                "- paid invoices are no longer marked as overdue"
            ),
            "Problem-oriented",
            "Redis",
        ),
        (
            (
                "As a finance clerk I want overdue invoices in bold red at the top right so that I "
                "can chase late payers before the month ends.\nAcceptance criteria:\n"
                "- overdue invoices are marked on the dashboard\n"
                "- paid invoices are no longer marked as overdue"
            ),
            "Problem-oriented",
            "bold red",
        ),
        (
            (
                "As a user I want overdue invoices flagged so that it is better for everyone.\n"
                "Acceptance criteria:\n- overdue invoices are marked on the dashboard\n"
                "- paid invoices are no longer marked as overdue"
            ),
            "Persona",
            '"As a user"',
        ),
    ],
)
def test_4_3_each_verdict_names_its_evidence(story: str, criterion: str, evidence: str) -> None:
    result = check("4.3", story)
    assert result.status == "fail"
    line = next(
        line for line in result.feedback.splitlines() if line.startswith(f"\u2718 {criterion}:")
    )
    assert evidence in line, result.feedback


def test_4_3_keyword_stuffing_is_not_a_story() -> None:
    stuffed = "As a finance clerk so that overdue invoice late payment given when then"
    result = check("4.3", stuffed)
    assert result.status == "fail"
    assert result.score <= 0.4


def test_4_3_too_short_text_is_an_error() -> None:
    result = check("4.3", "As a clerk, see overdue invoices.")
    assert result.status == "error"
    assert "at least 10 words" in result.feedback


# ------------------------------------------------------------ 4.4 and 4.5 choice
@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("a", "Faster involvement is still involvement"),
        ("b", "makes the confusion permanent"),
        ("c", "Over-correction"),
    ],
)
def test_4_4_each_wrong_option_explains_itself(letter: str, phrase: str) -> None:
    result = check("4.4", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("b", "can cost you credibility"),
        ("c", "turns a requirement into a prescription"),
        ("d", "Escalating a design preference"),
    ],
)
def test_4_5_each_wrong_option_explains_itself(letter: str, phrase: str) -> None:
    result = check("4.5", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


def test_4_5_the_credibility_warning_is_one_readers() -> None:
    assert "As one reader warned" in check("4.5", "b").feedback


# ------------------------------------------------------------ 4.3 wording
def test_4_3_prompt_states_the_principle_not_a_word_ban() -> None:
    task = get_task("4.3")
    assert "the user of the product" in task.prompt
    assert "in an API product, by contrast, the user would be a developer" in task.prompt
    assert "nothing the team decides" in task.prompt
    assert "API" not in task.prompt.replace("API product", "")
    assert "JSON" not in task.prompt


# ------------------------------------------------------------ 4.6 and 4.7 free text
_CRITERIA_HEADING = re.compile(r"^Acceptance criteria:$", re.MULTILINE)
_CRITERION = re.compile(r"^- \S", re.MULTILINE)
_BUILD_WORDS = re.compile(
    r"\b(?:postgres|celery|s3|tables?|columns?|queues?|cron|cache|database|class|blob)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("task_id", ["4.6", "4.7"])
def test_4_6_and_4_7_models_are_good_stories(task_id: str) -> None:
    model = get_task(task_id).solution
    assert re.search(r"^As an? .+, I want .+", model, re.MULTILINE | re.DOTALL)
    assert _CRITERIA_HEADING.search(model)
    assert len(_CRITERION.findall(model.split("Acceptance criteria:", 1)[1])) >= 2
    assert not _BUILD_WORDS.search(model)
    assert check(task_id, model).status == "pass"


def test_4_6_model_keeps_the_given_need_and_has_no_storage_detail() -> None:
    assert PICKER_CRITERIA.startswith(PICKER_STORY)
    assert analyse(PICKER_CRITERIA, EMPTY_SHELVES).passed("problem")
    prompt = get_task("4.6").prompt
    assert "**Persona:** a warehouse picker" in prompt
    assert "**Outcome:**" in prompt


def test_4_7_model_has_a_developer_persona_and_drops_the_build() -> None:
    assert WEBHOOK_STORY.startswith("As a developer who integrates the shipment webhooks")
    assert "endpoint" in WEBHOOK_STORY  # user-facing in an API product
    prompt = " ".join(get_task("4.7").prompt.replace("\n> ", " ").split())
    assert BAD_WEBHOOK_STORY in prompt
    assert _BUILD_WORDS.search(BAD_WEBHOOK_STORY)


@pytest.mark.parametrize(
    ("task_id", "scenario"), [("4.6", EMPTY_SHELVES), ("4.7", WEBHOOK_RETRIES)]
)
def test_4_6_and_4_7_are_judged_by_the_story_analyser(task_id: str, scenario: object) -> None:
    task = get_task(task_id)
    assert isinstance(task, Story) and task.scenario is scenario
    vague = check(
        task_id, "Pickers should see the right shelf and nothing else, it should work well."
    )
    assert vague.status == "fail"
    assert "\u2718 Acceptance criteria" in vague.feedback


def test_4_6_and_4_7_follow_4_5() -> None:
    assert [t.id for t in TASKS][-3:] == ["4.5", "4.6", "4.7"]


# ------------------------------------------------------------ objectives and time
CHAPTER = Path(__file__).resolve().parents[2] / "docs" / f"{EXERCISE.chapter}.md"


def test_no_overstatement_of_the_source() -> None:
    markdown = CHAPTER.read_text(encoding="utf-8")
    for phrase in ("does the most damage", "the most common trap"):
        assert phrase not in markdown
    assert '"a key source of confusion"' in markdown
