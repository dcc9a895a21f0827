"""The README's Quick start must stay two commands a reader can paste."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")


def _quick_start() -> list[str]:
    """The lines of the Quick start section, up to the next heading of the same or higher level."""
    lines = README.read_text(encoding="utf-8").splitlines()
    section: list[str] | None = None
    level = 0
    fence: str | None = None
    for line in lines:
        opening = FENCE.match(line)
        if fence is None:
            heading = HEADING.match(line)
            if heading:
                if section is not None and len(heading[1]) <= level:
                    break
                if section is None and heading[2].strip().lower() == "quick start":
                    section, level = [], len(heading[1])
                    continue
            if opening:
                fence = opening[1]
        elif opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
            fence = None
        if section is not None:
            section.append(line)
    assert section is not None, "README.md has no 'Quick start' heading"
    return section


def _fenced_blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] | None = None
    fence = ""
    for line in lines:
        opening = FENCE.match(line)
        if current is None:
            if opening:
                current, fence = [], opening[1]
        elif (
            opening
            and opening[1][0] == fence[0]
            and len(opening[1]) >= len(fence)
            and not line.strip()[len(opening[1]) :].strip()
        ):
            blocks.append(current)
            current = None
        else:
            current.append(line)
    assert current is None, "a fenced block in the Quick start section is never closed"
    return blocks


def test_quick_start_is_one_block_of_two_lines() -> None:
    blocks = _fenced_blocks(_quick_start())
    assert len(blocks) == 1, f"expected one fenced block in Quick start, found {len(blocks)}"
    commands = [line for line in blocks[0] if line.strip()]
    assert len(commands) == 2, f"expected two non-empty lines, found {commands}"
