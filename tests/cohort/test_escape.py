"""Text from notebooks cannot drive the instructor's terminal or spreadsheet."""

from __future__ import annotations

import csv
import io

import pytest

from pmcourse._cohort.escape import csv_cell, csv_row, csv_uncell, terminal_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J\x1b[31mred", "\\x1b[2J\\x1b[31mred"),
        ("bell\x07 and back\x08space", "bell\\x07 and back\\x08space"),
        ("carriage\rreturn", "carriage\\x0dreturn"),
        ("tab\there", "tab\\x09here"),
        ("C1 \x9b31m csi", "C1 \\x9b31m csi"),
        ("del\x7f", "del\\x7f"),
        ("bidi \u202eevil\u202c", "bidi \\u202eevil\\u202c"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
    ],
)
def test_control_characters_are_shown_not_obeyed(raw: str, shown: str) -> None:
    assert terminal_text(raw) == shown


def test_plain_text_line_breaks_and_unicode_are_kept() -> None:
    text = "Task 5.1 ✘ café — 3/4 points\nnext line"
    assert terminal_text(text) == text


@pytest.mark.parametrize(
    "raw",
    [
        '=HYPERLINK("http://evil.example","click")',
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "'=already quoted",
        "''=twice",
    ],
)
def test_formula_cells_are_neutralised_and_read_back_unchanged(raw: str) -> None:
    cell = csv_cell(raw)
    assert cell.startswith("'")
    assert csv_uncell(cell) == raw
    # Through a real CSV writer and reader, as the review file travels.
    out = io.StringIO()
    csv.writer(out).writerow(csv_row([raw, "x"]))
    (row,) = csv.reader(io.StringIO(out.getvalue()))
    assert row[0] == cell
    assert csv_uncell(row[0]) == raw


@pytest.mark.parametrize(
    "raw", ["12", "-3", "+4.5", "-0.25", "1e3", "55.0%", "ada_123", "'quoted", ""]
)
def test_numbers_and_plain_text_are_left_alone(raw: str) -> None:
    assert csv_cell(raw) == raw
    assert csv_uncell(raw) == raw


def test_a_lone_sign_stays_as_written() -> None:
    # Moodle's worksheet writes "-" for "no grade"; a lone sign cannot start a formula.
    from pmcourse._cohort.escape import csv_cell, csv_uncell

    assert csv_cell("-") == "-" and csv_cell("+") == "+"
    assert csv_cell("-1+2") == "'-1+2" and csv_uncell(csv_cell("'-")) == "'-"
