"""The SQL task kind, on a tiny data set of its own (exercise 10 uses it for real)."""

from __future__ import annotations

import pytest

from pmcourse._errors import AnswerError
from pmcourse._tasks._base import NotAttempted
from pmcourse._tasks.sql import DataSet, Sql, run_query

SCHEMA = "CREATE TABLE sales (region TEXT, amount INTEGER);"
SHIPPED = DataSet("the shipped data", {"sales": [("north", 5), ("north", 7), ("south", 1)]})
HIDDEN = (
    DataSet("hidden data set 1", {"sales": [("east", 2), ("east", 2), ("west", 9)]}),
    DataSet("hidden data set 2", {"sales": []}),
)
TASK = Sql(
    id="99.1",
    title="Totals per region",
    section="chapters/99-test.html#ch99-sql",
    prompt="Write the query that totals sales per region.",
    hint="Group by region.",
    solution="SELECT region, SUM(amount) FROM sales GROUP BY region",
    expects="an SQL query as a text (a string)",
    schema=SCHEMA,
    shipped=SHIPPED,
    hidden=HIDDEN,
    reference="SELECT region, SUM(amount) AS total FROM sales GROUP BY region",
)


def grade(query: str) -> tuple[float, str]:
    verdict = TASK.grade(TASK.revalidate(TASK.prepare(query)))
    return verdict.fraction, verdict.feedback


def test_the_reference_passes_on_every_data_set() -> None:
    fraction, feedback = grade("select region, sum(amount) from sales group by 1")
    assert fraction == 1.0
    assert "3 of 3 data sets" in feedback


def test_a_hard_coded_answer_passes_only_the_shipped_data() -> None:
    fraction, feedback = grade("SELECT 'north', 12 UNION ALL SELECT 'south', 1")
    assert fraction == pytest.approx(1 / 3)
    assert "It matches the shipped data but not other rows" in feedback
    assert "On hidden data set 1, missing rows: ('east', 4), ('west', 9)." in feedback
    assert "extra rows: ('north', 12), ('south', 1)." in feedback


def test_the_order_of_rows_does_not_matter_unless_asked() -> None:
    fraction, _ = grade("SELECT region, SUM(amount) FROM sales GROUP BY region ORDER BY 2")
    assert fraction == 1.0
    ordered = Sql(**{**TASK.__dict__, "ordered": True, "reference": TASK.reference + " ORDER BY 1"})
    verdict = ordered.grade("SELECT region, SUM(amount) FROM sales GROUP BY region ORDER BY 2 DESC")
    assert "your rows are right but in the wrong order" in verdict.feedback


def test_wrong_totals_and_grouping_are_told_apart() -> None:
    _, totals = grade("SELECT region, COUNT(*) FROM sales GROUP BY region")
    assert "wrong totals: ('north', 2) where the data give ('north', 12)" in totals
    _, grouping = grade("SELECT region, SUM(amount) FROM sales GROUP BY region, amount")
    assert "wrong grouping: 'north' appears in more than one row" in grouping


@pytest.mark.parametrize(
    ("answer", "phrase"),
    [
        ("", "got empty text"),
        (42, "got an int"),
        ("UPDATE sales SET amount = 0", "not 'UPDATE'"),
        ("/* hi */ INSERT INTO sales VALUES ('x', 1)", "not 'INSERT'"),
        ("SELECT nope FROM sales", "no such column: nope"),
        ("WITH t AS (SELECT 1) INSERT INTO sales VALUES ('x', 1)", "tries to do more than read"),
        ("SELECT 1 " + "x" * 5000, "longer than 4000 characters"),
    ],
)
def test_bad_answers_raise_one_line_errors(answer: object, phrase: str) -> None:
    with pytest.raises(AnswerError, match=r"^Task 99\.1") as info:
        TASK.prepare(answer)
    assert phrase in str(info.value)
    assert "\n" not in str(info.value)


def test_the_placeholder_is_not_attempted() -> None:
    with pytest.raises(NotAttempted):
        TASK.prepare(...)


def test_a_tampered_record_that_writes_is_still_refused_by_the_grader() -> None:
    with pytest.raises(AnswerError):
        TASK.revalidate("DELETE FROM sales")


def test_queries_see_a_fresh_database_every_time() -> None:
    """Nothing a query does can leak into the next run: each run builds its own database."""
    assert run_query(SCHEMA, SHIPPED, "SELECT COUNT(*) FROM sales")[1] == [(3,)]
    assert run_query(SCHEMA, HIDDEN[1], "SELECT COUNT(*) FROM sales")[1] == [(0,)]
