"""Tasks of exercise 10: technical fluency the role needs today (the course's addition)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from solution_cells import solved

from pmcourse import check
from pmcourse._tasks import exercise, get_task
from pmcourse._tasks._ch10text import MODEL_REASON, MODEL_SPEC
from pmcourse._tasks.ch10 import HIDDEN, SHIPPED, SQL_REFERENCE

CHAPTER = Path(__file__).resolve().parents[2] / "docs" / "chapters" / "10-technical-fluency.md"


# ------------------------------------------------------------ the chapter
def test_10_chapter_is_labelled_as_the_course_addition_with_references() -> None:
    text = CHAPTER.read_text(encoding="utf-8")
    assert "An addition of this course" in text
    assert "not Daniel Elizalde's view" in text
    refs = text.split("### References", 1)[1]
    for needed in (
        "amazon.jobs/content/en/how-we-hire/tpm-interview-prep",
        "amazon.jobs/content/en/how-we-hire/pm-t-interview-prep",
        "google.aip.dev/180",
        "semver.org",
        "rfc8594",
        "sqlite.org/lang_select.html",
        "Designing Data-Intensive Applications",
        "How To Write a Good PRD",
    ):
        assert needed in refs, needed


def test_10_the_chapters_query_is_the_tasks_key() -> None:
    """The query the chapter teaches is the one the exercise grades against."""
    text = CHAPTER.read_text(encoding="utf-8")
    block = text.split("```sql\n", 1)[1].split("```", 1)[0]
    taught = " ".join(re.sub(r"--[^\n]*", "", block).split()).rstrip(";")
    assert taught == " ".join(SQL_REFERENCE.split())


def test_10_estimated_time_agrees_with_the_exercise() -> None:
    text = CHAPTER.read_text(encoding="utf-8")
    assert f"about {exercise(10).minutes} minutes for the exercise" in text


# ------------------------------------------------------------ 10.1 classify
def test_10_1_prescribing_a_mechanism_is_not_a_pm_question() -> None:
    answer = dict(solved("10.1"))
    queue = next(k for k in answer if k.startswith("Put the scan jobs on a queue"))
    answer[queue] = "PM question"
    result = check("10.1", answer)
    assert result.status == "fail"
    assert "that is the engineers' design" in result.feedback
    assert result.score == pytest.approx(7 / 8, abs=0.01)


def test_10_1_a_users_question_is_not_design() -> None:
    answer = dict(solved("10.1"))
    cost = next(k for k in answer if k.startswith("What will the new design cost"))
    answer[cost] = "designing"
    result = check("10.1", answer)
    assert "cost against value is the PM's trade-off" in result.feedback


# ------------------------------------------------------------ 10.2 choice, 10.3 its reason
@pytest.mark.parametrize(
    ("letter", "phrase"),
    [
        ("a", "Freshness matters only where users act on it"),
        ("c", "The choice is right but the reason is not"),
        ("d", "That designs the solution for the team"),
    ],
)
def test_10_2_wrong_options_explain_themselves(letter: str, phrase: str) -> None:
    result = check("10.2", letter)
    assert result.status == "fail"
    assert phrase in result.feedback


def test_10_3_model_reason_quotes_its_evidence() -> None:
    result = check("10.3", MODEL_REASON)
    assert result.status == "pass"
    assert '✔ Backs the design the evidence favours: "I back design B."' in result.feedback
    assert "✔ Cites the evidence: " in result.feedback


def test_10_3_backing_design_a_quotes_the_sentence_that_does() -> None:
    reason = (
        "I back design A because the totals must always be current for approvers. Speed "
        "matters less to them than numbers they can trust, whatever the research says about it."
    )
    result = check("10.3", reason)
    assert result.status == "fail"
    assert 'you back design A ("I back design A because' in result.feedback
    assert "✔ Names what users give up" in result.feedback  # it names freshness, for A


def test_10_3_a_reason_without_evidence_loses_that_point_only() -> None:
    reason = (
        "I back design B. The totals may be a few minutes old, which is fine for a dashboard, "
        "and in exchange the page is much faster for everyone who opens it."
    )
    result = check("10.3", reason)
    assert result.score == pytest.approx(0.75)
    assert "✘ Cites the evidence" in result.feedback


# ------------------------------------------------------------ 10.4 API review
def test_10_4_additions_are_compatible_removals_and_renames_break() -> None:
    task = get_task("10.4")
    key = {item: cat for item, (cat, _why) in task.items.items()}  # type: ignore[attr-defined]
    assert [k.split(":")[0] for k, v in key.items() if v == "Breaking"] == [
        "Change 2",
        "Change 3",
        "Change 5",
        "Change 6",
    ]
    answer = dict(solved("10.4"))
    rename = next(k for k in answer if k.startswith("Change 5"))
    answer[rename] = "Compatible"
    result = check("10.4", answer)
    assert "to an old client a rename is a removal" in result.feedback


def test_10_4_the_diff_shows_every_change() -> None:
    prompt = get_task("10.4").prompt
    for n in range(1, 9):
        assert f"# change {n}" in prompt


# ------------------------------------------------------------ 10.5 SQL
def test_10_5_the_shipped_rows_are_in_the_prompt() -> None:
    prompt = get_task("10.5").prompt
    for account_id, name, plan in SHIPPED.tables["accounts"]:
        assert f"| {account_id} | {name} | {plan} |" in prompt


def test_10_5_the_model_query_passes_everywhere() -> None:
    result = check("10.5", SQL_REFERENCE)
    assert result.status == "pass"
    assert "4 of 4 data sets" in result.feedback


def test_10_5_hidden_variations_have_other_answers() -> None:
    task = get_task("10.5")
    shipped = task.expected(SHIPPED)[1]  # type: ignore[attr-defined]
    for data in HIDDEN:
        assert task.expected(data)[1] != shipped  # type: ignore[attr-defined]


def test_10_5_a_query_that_hard_codes_the_shipped_answer_fails() -> None:
    """It matches the shipped rows, and the hidden variations expose it."""
    hard_coded = "SELECT 'business' AS plan, 2 AS accounts UNION ALL SELECT 'team', 2"
    result = check("10.5", hard_coded)
    assert result.status == "fail"
    assert result.score == pytest.approx(0.25)
    assert "1 of 4 data sets" in result.feedback
    assert "It matches the shipped data but not other rows" in result.feedback
    assert "On hidden data set 1" in result.feedback


def test_10_5_filtering_on_the_shipped_ids_fails_too() -> None:
    """A real query that only works on the visible rows is no better than a hard-coded one."""
    query = (
        "SELECT plan, COUNT(*) AS accounts FROM accounts "
        "WHERE account_id IN (1, 2, 5, 6) GROUP BY plan"
    )
    result = check("10.5", query)
    assert result.status == "fail"
    assert "1 of 4" in result.feedback


def test_10_5_counting_events_instead_of_accounts_quotes_the_wrong_totals() -> None:
    query = (
        "SELECT a.plan, COUNT(*) FROM events e JOIN accounts a USING (account_id) "
        "WHERE e.feature = 'export' AND e.day LIKE '2026-03-%' GROUP BY a.plan"
    )
    result = check("10.5", query)
    assert result.score == 0
    assert (
        "wrong totals: ('business', 4) where the data give ('business', 2); "
        "('team', 3) where the data give ('team', 2)"
    ) in result.feedback


def test_10_5_a_missing_date_filter_quotes_the_extra_row() -> None:
    query = (
        "SELECT a.plan, COUNT(DISTINCT a.account_id) FROM events e JOIN accounts a "
        "USING (account_id) WHERE e.feature = 'export' GROUP BY a.plan"
    )
    result = check("10.5", query)
    assert "On the shipped data, extra rows: ('free', 1)." in result.feedback


def test_10_5_grouping_too_finely_is_named() -> None:
    query = (
        "SELECT a.plan, COUNT(DISTINCT a.account_id) FROM events e JOIN accounts a "
        "USING (account_id) WHERE e.feature = 'export' AND e.day LIKE '2026-03-%' "
        "GROUP BY a.plan, e.day"
    )
    result = check("10.5", query)
    assert "wrong grouping: 'business', 'team' appear in more than one row" in result.feedback


def test_10_5_no_rows_names_the_missing_ones() -> None:
    result = check("10.5", "SELECT plan, 1 FROM accounts WHERE plan = 'gold'")
    assert "missing rows: ('business', 2), ('team', 2)." in result.feedback


def test_10_5_too_many_columns_are_named() -> None:
    result = check("10.5", "SELECT plan, name, account_id FROM accounts")
    assert "returns 3 column(s) per row; the question asks for 2: plan, accounts" in (
        result.feedback
    )


@pytest.mark.parametrize(
    ("query", "phrase"),
    [
        ("SELECT plan FROM acounts", "your query did not run: no such table: acounts."),
        ("DELETE FROM accounts", "start it with SELECT or WITH, not 'DELETE'"),
        ("WITH x AS (SELECT 1) DELETE FROM accounts", "tries to do more than read"),
        ("SELECT 1; DROP TABLE accounts", "one statement at a time"),
        ("-- a comment\nPRAGMA table_info(accounts)", "not 'PRAGMA'"),
        ("SELECT * FROM accounts, accounts AS b, events AS c, events AS d", "more than 500 rows"),
        (
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n",
            "took longer than 2 seconds",
        ),
        ("SELECT zeroblob(1000000000)", "string or blob too big"),
    ],
)
def test_10_5_bad_queries_get_one_line_errors(query: str, phrase: str) -> None:
    result = check("10.5", query)
    assert result.status == "error"
    assert phrase in result.feedback
    assert "\n" not in result.feedback


# ------------------------------------------------------------ 10.6 spec
def test_10_6_model_spec_passes_and_quotes_each_part() -> None:
    result = check("10.6", MODEL_SPEC)
    assert result.status == "pass"
    assert '✔ Leaves the design to the team: "The engineers decide the design' in result.feedback


def test_10_6_a_spec_that_names_the_mechanism_is_told_which_words() -> None:
    spec = MODEL_SPEC + "\nTo be fast, put the export jobs on Kafka and keep results in Redis."
    result = check("10.6", spec)
    assert result.score == pytest.approx(0.75)
    assert '✘ Leaves the design to the team: "Kafka" says how to build it' in result.feedback


def test_10_6_a_solution_only_spec_misses_problem_and_measures() -> None:
    spec = (
        "Build a nightly job that writes all expenses to an S3 bucket as CSV files, one per "
        "account, with a manifest file listing them. Use the existing worker fleet and add a "
        "retry on failure. Ship it next sprint so the integration partners can start using the "
        "files right away."
    )
    result = check("10.6", spec)
    assert result.status == "fail"
    assert "✘ Sets measures with numbers" in result.feedback
    assert "✘ Leaves the design to the team" in result.feedback
