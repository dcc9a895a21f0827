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
