"""Learner-derived text made harmless for the people and programs that read reports.

Two readers are at risk from text a notebook controls (file names, answers,
error messages, notes):

* a terminal, which obeys escape sequences: :func:`terminal_text` shows every
  control character as a visible ``\\xNN`` (or ``\\uNNNN``), line breaks kept;
* a spreadsheet, which runs a cell starting with ``=``, ``+``, ``-`` or ``@``
  (and, per the OWASP guidance on CSV injection, a tab or a carriage return)
  as a formula: :func:`csv_cell` prefixes such a cell with ``'`` unless it is
  a plain number, and :func:`csv_uncell` undoes it on reading the file back.
"""

from __future__ import annotations

import re

__all__ = ["csv_cell", "csv_row", "csv_uncell", "terminal_text"]

# C0 controls but line feed, DEL, C1 controls, and the invisible Unicode controls that
# reorder or hide text on screen (bidirectional overrides and isolates, zero-width marks).
_CONTROL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str) -> str:
    """``text`` with every control and escape character shown, not obeyed; newlines kept."""
    return _CONTROL.sub(_visible, text)


def csv_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: a formula-like start is prefixed with ``'``."""
    # A value that already starts with quotes before a formula character gets one
    # more, so that :func:`csv_uncell` gives back exactly what was written.
    # A lone sign ("-", Moodle's "no grade") cannot start a formula: it stays as it is.
    if (
        value.lstrip("'").startswith(_FORMULA_START)
        and not _NUMBER.fullmatch(value)
        and value not in {"-", "+"}
    ):
        return "'" + value
    return value


def csv_row(values: list[str]) -> list[str]:
    return [csv_cell(v) for v in values]


def csv_uncell(value: str) -> str:
    """The text :func:`csv_cell` was given, from what it wrote."""
    if value.startswith("'") and value.lstrip("'").startswith(_FORMULA_START):
        return value[1:]
    return value
