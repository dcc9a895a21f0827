"""A story written as a table (a header row naming its parts, a separator, one row),
read as the sentence it stands for (used by ``_parse``)."""

from __future__ import annotations

import re

from ._text import I

# A story written as a table: a header row naming the parts, a separator, one row.
_TABLE_PARTS = (
    ("persona", re.compile(r"^(?:as\s+an?|persona|role|who|user)$", I)),
    ("want", re.compile(r"^(?:i\s+want(?:\s+to)?|want|need|what)$", I)),
    ("outcome", re.compile(r"^(?:so\s+that|outcome|why|benefit|goal)$", I)),
)
_SEPARATOR = re.compile(r"^\s*\|?[\s|:-]*-{3}[\s|:-]*$")


def _cells(line: str) -> list[str]:
    return [c.strip(" *_") for c in line.strip().strip("|").split("|")]


def untable(lines: list[str]) -> list[str]:
    """A story table ("| As a | I want | So that |", a separator, a row) read as the
    sentence it stands for; its three lines become one, then two blank ones."""
    for i in range(len(lines) - 2):
        if "|" not in lines[i] or not _SEPARATOR.match(lines[i + 1]):
            continue
        names = _cells(lines[i])
        parts = {}
        for col, name in enumerate(names):
            for part, pat in _TABLE_PARTS:
                if pat.match(name):
                    parts[part] = col
        if len(parts) < 3:
            continue
        row = _cells(lines[i + 2])
        if len(row) < len(names):
            continue
        who, want, gain = (row[parts[k]] for k in ("persona", "want", "outcome"))
        want = re.sub(r"^(?:to\s+)", "", want, flags=I)
        gain = re.sub(r"^(?:so\s+that\s+)", "", gain, flags=I)
        article = "" if re.match(r"(?:an?|the)\b", who, I) else "a "
        sentence = f"As {article}{who}, I want to {want}, so that {gain}."
        return [*lines[:i], sentence, "", "", *lines[i + 3 :]]
    return lines


# A table row labelled as a check: "| Check 1 | ... |", "| AC 2 | ... |", "| Acceptance 1 |"
_CHECK_ROW = re.compile(
    r"^(?:acceptance(?:\s+(?:check|criterion|test))?|a\.?c|check|criterion|test|scenario)"
    r"\s*#?\s*\d{1,2}$",
    I,
)
# a table's header naming a situation (or what the user does), then what is seen or
# received in it
_WHEN_HEAD = re.compile(r"\b(?:situation|when|given|if|condition|case|event|scenario|action)\b", I)
_THEN_HEAD = re.compile(
    r"\b(?:then|see|sees|get|gets|receive|receives|expected|result|outcome|happens)\b", I
)


def table_checks(lines: list[str]) -> list[tuple[int, str]]:
    """Checks told as table rows, with the index of each row's line: rows labelled as a
    check ("| Check 1 | paid -> not shown |"), and the rows of a table of two to four
    columns whose header names a situation and, last, what is seen in it ("| Situation |
    What I see |", "| Item | When | What I see |"), each read as "situation -> what is
    seen" (a column of row numbers left out)."""
    found: list[tuple[int, str]] = []
    columns = 0
    for j, line in enumerate(lines):
        if "|" not in line or _SEPARATOR.match(line):
            if "|" not in line:
                columns = 0
            continue
        cells = [c for c in _cells(line) if c]
        if (
            j + 1 < len(lines)
            and _SEPARATOR.match(lines[j + 1])
            and 2 <= len(cells) <= 4
            and any(_WHEN_HEAD.search(c) for c in cells[:-1])
            and _THEN_HEAD.search(cells[-1])
        ):
            columns = len(cells)
            continue
        if len(cells) == 2 and _CHECK_ROW.match(cells[0]):
            found.append((j, cells[1]))
        elif columns and len(cells) == columns:
            case = ", ".join(c for c in cells[:-1] if not c.rstrip(".").isdigit())
            found.append((j, f"{case} -> {cells[-1]}"))
    return found
