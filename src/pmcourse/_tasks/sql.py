"""The SQL task kind: a read-only query, judged by what it returns on several data sets.

The learner answers with the text of one ``SELECT`` (or ``WITH ... SELECT``) query.
``prepare`` checks that it is read-only and runs on the shipped data, so a typo gets
a one-line message at once. ``grade`` runs the query again, in whichever process
grades, on the shipped data *and* on hidden variations of it (the same tables, other
rows), and compares each result with the reference query's. A query that hard-codes
the answer it saw on the shipped rows matches there and nowhere else.

Everything here is the standard library (``sqlite3`` in memory, no file), so the
same check runs in a local kernel, in the grader and in a browser kernel (Pyodide).
Each run has a time cap, a cap on the rows it may return and an authorizer that
allows reading and nothing else.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._errors import AnswerError
from ._base import NotAttempted, Task, Verdict

__all__ = ["DataSet", "Sql", "run_query"]

Row = tuple[Any, ...]

MAX_QUERY_CHARS = 4000
MAX_ROWS = 500
MAX_SECONDS = 2.0
_SHOWN = 3  # rows quoted per kind of difference

_ALLOWED = {
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}
_COMMENT = re.compile(r"--[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL)


@dataclass(frozen=True)
class DataSet:
    """The rows of every table, for one run of a query: ``{"accounts": [(1, "pro"), ...]}``."""

    name: str  # "the shipped data", "hidden data set 1"
    tables: Mapping[str, Sequence[Row]]


class QueryError(Exception):
    """A query that could not run; the message is one line, for the learner."""


def _authorize(action: int, *_args: object) -> int:
    return sqlite3.SQLITE_OK if action in _ALLOWED else sqlite3.SQLITE_DENY


def _database(schema: str, data: DataSet) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(schema)
    for table, rows in data.tables.items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    conn.commit()
    if hasattr(conn, "setlimit"):  # Python 3.11+: no huge strings or blobs
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100_000)
    conn.set_authorizer(_authorize)
    return conn


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
    if "not authorized" in text:
        return "the query tries to do more than read (only SELECT and WITH queries may run)"
    if text == "interrupted":
        return f"the query took longer than {MAX_SECONDS:g} seconds and was stopped"
    return text


def run_query(schema: str, data: DataSet, query: str) -> tuple[list[str], list[Row]]:
    """The column names and rows ``query`` returns on ``data``; QueryError when it cannot run."""
    conn = _database(schema, data)
    deadline = time.monotonic() + MAX_SECONDS
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        cursor = conn.execute(query)
        rows = cursor.fetchmany(MAX_ROWS + 1)
        columns = [d[0] for d in cursor.description or ()]
    except (sqlite3.Error, sqlite3.Warning, OverflowError, MemoryError) as exc:
        raise QueryError(_one_line(exc)) from None
    finally:
        conn.close()
    if len(rows) > MAX_ROWS:
        raise QueryError(f"the query returns more than {MAX_ROWS} rows")
    return columns, [tuple(r) for r in rows]


def _first_keyword(query: str) -> str:
    words = _COMMENT.sub(" ", query).split()
    return words[0].lstrip("(").upper() if words else ""


def _norm(value: Any) -> Any:
    return round(value, 6) if isinstance(value, float) else value


def _shown(row: Row) -> str:
    if len(row) == 1:  # a group's key: 'team', not ('team',)
        return repr(row[0])
    return "(" + ", ".join(repr(v) for v in row) + ")"


def _rows(rows: Sequence[Row]) -> str:
    quoted = ", ".join(_shown(r) for r in rows[:_SHOWN])
    more = len(rows) - _SHOWN
    return quoted + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True, kw_only=True)
class Sql(Task):
    """A read-only SQL query, graded on the shipped data and on hidden variations.

    ``reference`` is the model query: its result on each data set is the expected
    one. ``key_columns`` leading columns name a group (a plan, a week); the rest are
    its values, so feedback can tell missing, extra, split and wrongly totalled groups
    apart. Rows are compared in any order unless ``ordered``.
    """

    schema: str
    shipped: DataSet
    hidden: Sequence[DataSet]
    reference: str
    key_columns: int = 1
    ordered: bool = False

    def prepare(self, answer: object) -> Any:
        if answer is Ellipsis:
            raise NotAttempted
        if not isinstance(answer, str) or not answer.strip():
            raise self._bad(answer)
        query = answer.strip()
        if len(query) > MAX_QUERY_CHARS:
            raise self._bad(answer, f"the query is longer than {MAX_QUERY_CHARS} characters")
        keyword = _first_keyword(query)
        if keyword not in {"SELECT", "WITH"}:
            raise self._bad(
                answer,
                f"only a read-only query may run: start it with SELECT or WITH, not {keyword!r}",
            )
        try:
            run_query(self.schema, self.shipped, query)
        except QueryError as exc:
            msg = f"Task {self.id}: your query did not run: {exc}."
            raise AnswerError(msg) from None
        return query

    def expected(self, data: DataSet) -> tuple[list[str], list[Row]]:
        return run_query(self.schema, data, self.reference)

    def _compare(self, data: DataSet, query: str) -> str:
        """'' when the query returns what the reference does on ``data``; else why not."""
        where = f"On {data.name}"
        try:
            _cols, got = run_query(self.schema, data, query)
        except QueryError as exc:
            return f"{where} your query did not run: {exc}."
        want_cols, want = self.expected(data)
        got = [tuple(_norm(v) for v in r) for r in got]
        want = [tuple(_norm(v) for v in r) for r in want]
        if got and len(got[0]) != len(want_cols):
            return (
                f"{where} your query returns {len(got[0])} column(s) per row; the question asks "
                f"for {len(want_cols)}: {', '.join(want_cols)}."
            )
        if Counter(got) == Counter(want):
            if self.ordered and got != want:
                return (
                    f"{where} your rows are right but in the wrong order: you start with "
                    f"{_rows(got)}; the order asked for starts with {_rows(want)}."
                )
            return ""
        k = self.key_columns
        want_by_key = {r[:k]: r for r in want}
        got_keys = Counter(r[:k] for r in got)
        lines: list[str] = []
        split = [key for key, n in got_keys.items() if n > 1 and key in want_by_key]
        if split:
            rows = [r for r in got if r[:k] in split]
            lines.append(
                f"wrong grouping: {', '.join(_shown(key) for key in split[:_SHOWN])} "
                f"{'appears' if len(split) == 1 else 'appear'} in more than one row "
                f"({_rows(rows)}); each group should be one row."
            )
        missing = [r for r in want if r[:k] not in got_keys]
        if missing:
            lines.append(f"missing rows: {_rows(missing)}.")
        extra = [r for r in got if r[:k] not in want_by_key]
        if extra:
            lines.append(f"extra rows: {_rows(extra)}.")
        totals = [
            (r, want_by_key[r[:k]])
            for r in got
            if r[:k] in want_by_key and got_keys[r[:k]] == 1 and r != want_by_key[r[:k]]
        ]
        if totals:
            shown = "; ".join(f"{_shown(g)} where the data give {_shown(w)}" for g, w in totals)
            lines.append(f"wrong totals: {shown}.")
        if not lines:  # same groups, different multiplicities
            lines.append(f"your rows {_rows(got)} differ from the expected {_rows(want)}.")
        return f"{where}, " + " ".join(lines)

    def grade(self, data: Any) -> Verdict:
        query = str(data)
        sets = [self.shipped, *self.hidden]
        problems = [(s, self._compare(s, query)) for s in sets]
        passed = sum(1 for _s, why in problems if not why)
        head = f"Your query returns the right rows on {passed} of {len(sets)} data sets"
        failed = [(s, why) for s, why in problems if why]
        if not failed:
            return Verdict(1.0, head + " (the shipped data and every hidden variation).")
        lines = [head + "."]
        if not problems[0][1]:
            lines.append(
                "It matches the shipped data but not other rows in the same tables: a query "
                "that copies the answer it saw, or filters on values only the shipped rows "
                "have, does not answer the question."
            )
        lines.extend(why for _s, why in failed[:2])
        return Verdict(passed / len(sets), "\n".join(lines))
