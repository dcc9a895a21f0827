"""How results show themselves: the status table, and a
:class:`~pmcourse.TaskResult` as plain text in a terminal and as HTML in Jupyter."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._schema import TaskResult, TaskStatus

__all__ = ["STATUSES", "badge", "task_html", "task_text"]

# The one table of task statuses: status -> (symbol, label in reports, colour).
# No single text colour passes WCAG AA on both a light and a dark background,
# so in HTML these colours are only ever backgrounds behind white symbols
# (contrast 5:1 or more) and borders; the text itself keeps the theme's colour.
# Meaning never rests on colour: each status has its own symbol and word.
STATUSES: dict[TaskStatus, tuple[str, str, str]] = {
    "pass": ("✔", "PASS", "#1a7f37"),
    "fail": ("✘", "FAIL", "#b42318"),
    # Free text the checks could not decide: the score counts only what they decided.
    "review": ("?", "needs a human look", "#6639ba"),
    "error": ("!", "ERROR", "#9a6700"),
    "not attempted": ("·", "-", "#57606a"),
    "not in version": ("○", "N/A", "#57606a"),  # the notebook predates the task
}


def _points(x: float) -> str:
    return f"{x:g}"


def _guided(result: TaskResult) -> bool:
    """Hints and links help with a wrong or missing answer, not with a malformed one."""
    return result.status in {"fail", "not attempted"}


def badge(symbol: str, colour: str) -> str:
    """A status symbol, white on its colour, hidden from screen readers (the word says it)."""
    return (
        f"<span aria-hidden='true' style='background:{colour};color:#fff;border-radius:3px;"
        f"padding:0 0.3em;font-weight:bold'>{symbol}</span>"
    )


def _feedback_html(line: str) -> str:
    """One feedback line; a ✔/✘/? verdict line gets its symbol in colour and bold."""
    said: dict[TaskStatus, str] = {"pass": "passed", "fail": "missed", "review": "not sure"}
    for status, word in said.items():
        symbol, _label, colour = STATUSES[status]
        if line.startswith(symbol + " "):
            return (
                f"<p class='pmcourse-{status}' style='margin:0.3em 0'>"
                f"{badge(symbol, colour)} "
                f"<span class='pmcourse-sr'>{word}:</span> "
                f"{escape(line[len(symbol) + 1 :])}</p>"
            )
    return f"<p style='margin:0.3em 0'>{escape(line)}</p>"


def _word(r: TaskResult) -> str:
    """The status in a heading: PASS, FAIL, NEEDS A HUMAN LOOK..."""
    return STATUSES[r.status][1].upper() if r.status == "review" else r.status.upper()


def task_text(r: TaskResult) -> str:
    symbol, _label, _colour = STATUSES[r.status]
    head = (
        f"{symbol} Task {r.task_id} ({r.title}): {_word(r)}"
        f" - {_points(r.score)}/{_points(r.max_score)} points"
    )
    lines = [head, *(f"  {line}" for line in r.feedback.splitlines())]
    if _guided(r) and r.hint:
        lines.append(f"  Hint: {r.hint}")
    if _guided(r) and r.link:
        lines.append(f"  Reread: {r.link}")
    if r.answer is not None:
        lines.append("  Your answer:")
        lines.extend(f"    {line}" for line in r.answer.splitlines())
    if r.solution:
        lines.append("  Model answer:")
        lines.extend(f"    {line}" for line in r.solution.splitlines())
    if r.checklist:
        lines.append("  Compare the two:" if r.solution else "  Check yours yourself:")
        lines.extend(f"    [ ] {item}" for item in r.checklist)
    return "\n".join(lines)


def task_html(r: TaskResult) -> str:
    symbol, _label, colour = STATUSES[r.status]
    esc = escape
    parts = [
        (
            f'<div class="pmcourse-result" role="status" style="border-left:4px solid {colour};'
            'padding:0.4em 0.8em;margin:0.3em 0">'
            "<style>.pmcourse-sr{position:absolute;width:1px;height:1px;overflow:hidden;"
            "clip:rect(0 0 0 0)}</style>"
        ),
        (
            f"<strong>{badge(symbol, colour)} "
            f"Task {esc(r.task_id)}: {esc(_word(r))}</strong> "
            f"<span>({esc(r.title)}, {_points(r.score)}/{_points(r.max_score)}"
            " points)</span>"
        ),
        "".join(_feedback_html(line) for line in r.feedback.splitlines()),
    ]
    if _guided(r) and r.hint:
        parts.append(f"<p style='margin:0.3em 0'><em>Hint:</em> {esc(r.hint)}</p>")
    if _guided(r) and r.link:
        parts.append(
            f'<p style=\'margin:0.3em 0\'><a href="{esc(r.link)}" target="_blank">'
            "Reread the section in the course</a></p>"
        )
    pre = "<pre style='white-space:pre-wrap;margin:0'>"
    if r.solution and r.answer is not None:
        # Side by side where there is room, one under the other where there is not.
        column = "<div style='flex:1 1 18em;min-width:0'>"
        parts.append(
            "<div style='display:flex;flex-wrap:wrap;gap:1em;margin:0.5em 0'>"
            f"{column}<strong>Your answer</strong>{pre}{esc(r.answer)}</pre></div>"
            f"{column}<strong>Model answer</strong>{pre}{esc(r.solution)}</pre></div>"
            "</div>"
        )
    elif r.solution:
        parts.append(
            f"<details open><summary>Model answer</summary>{pre}{esc(r.solution)}</pre></details>"
        )
    if r.checklist:
        heading = "Compare the two:" if r.solution else "Check yours yourself:"
        items = "".join(f"<li>{esc(item)}</li>" for item in r.checklist)
        parts.append(f"<p style='margin:0.3em 0'><strong>{heading}</strong></p><ul>{items}</ul>")
    parts.append("</div>")
    return "".join(parts)
