"""The verdict on one answer, as a learner sees it, and the one table of statuses.

It renders as plain text in a terminal (``str``/``repr``) and as HTML in
Jupyter (``_repr_html_``), turns into plain data for JSON (``to_dict``) and
back (``from_dict``).
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at run time

if TYPE_CHECKING:  # typing and dataclasses cost import time a notebook should not pay
    from typing import Any, Literal

    TaskStatus = Literal["pass", "fail", "review", "error", "not attempted"]

__all__ = ["STATUSES", "TaskResult", "TaskStatus"]

# The one table of task statuses: status -> (symbol, label in reports, colour).
# No single text colour passes WCAG AA on both a light and a dark background,
# so in HTML these colours are only ever backgrounds behind white symbols
# (contrast 5:1 or more) and borders; the text itself keeps the theme's colour.
# Meaning never rests on colour: each status has its own symbol and word.
STATUSES: dict[str, tuple[str, str, str]] = {
    "pass": ("✔", "PASS", "#1a7f37"),
    "fail": ("✘", "FAIL", "#b42318"),
    # Free text the checks could not decide: the score counts only what they decided.
    "review": ("?", "needs a human look", "#6639ba"),
    "error": ("!", "ERROR", "#9a6700"),
    "not attempted": ("·", "-", "#57606a"),
}


def _escape(text: str) -> str:
    """HTML-escape text (``html.escape`` would pull ``re`` into a notebook's import)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def _points(x: float) -> str:
    return f"{x:g}"


def _badge(symbol: str, colour: str) -> str:
    return (
        f"<span aria-hidden='true' style='background:{colour};color:#fff;border-radius:3px;"
        f"padding:0 0.3em;font-weight:bold'>{symbol}</span>"
    )


def _feedback_html(line: str) -> str:
    """One feedback line; a ✔/✘ verdict line gets its symbol in colour and bold."""
    said = {"pass": "passed", "fail": "missed", "review": "not sure"}
    for status in ("pass", "fail", "review"):
        symbol, _label, colour = STATUSES[status]
        if line.startswith(symbol + " "):
            return (
                f"<p class='pmcourse-{status}' style='margin:0.3em 0'>"
                f"{_badge(symbol, colour)} "
                f"<span class='pmcourse-sr'>{said[status]}:</span> "
                f"{_escape(line[len(symbol) + 1 :])}</p>"
            )
    return f"<p style='margin:0.3em 0'>{_escape(line)}</p>"


class TaskResult:
    """The verdict on one answer to one task.

    ``feedback`` explains this particular answer; ``hint`` and ``link`` point to
    what to reread. ``solution`` is filled only when the learner asked for it.
    """

    __slots__ = (
        "answer",
        "checklist",
        "feedback",
        "hint",
        "link",
        "max_score",
        "score",
        "solution",
        "status",
        "task_id",
        "title",
    )

    def __init__(
        self,
        task_id: str,
        title: str,
        status: TaskStatus,
        score: float,
        max_score: float,
        feedback: str,
        hint: str | None = None,
        link: str | None = None,
        solution: str | None = None,
        answer: str | None = None,
        checklist: tuple[str, ...] = (),
    ) -> None:
        if status not in STATUSES:
            msg = f"unknown task status {status!r}"
            raise ValueError(msg)
        self.task_id = task_id
        self.title = title
        self.status: TaskStatus = status
        self.score = score
        self.max_score = max_score
        self.feedback = feedback
        self.hint = hint
        self.link = link
        self.solution = solution
        # Free text shown beside the model answer, with questions to compare the two.
        self.answer = answer
        self.checklist = checklist

    def replace(self, **changes: Any) -> TaskResult:
        """A copy with some fields changed."""
        fields = {name: getattr(self, name) for name in self.__slots__}
        return TaskResult(**{**fields, **changes})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TaskResult):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    @property
    def _guided(self) -> bool:
        """Hints and links help with a wrong or missing answer, not with a malformed one."""
        return self.status in {"fail", "not attempted"}

    @property
    def _word(self) -> str:
        """The status in a heading: PASS, FAIL, NEEDS A HUMAN LOOK..."""
        return STATUSES[self.status][1].upper() if self.status == "review" else self.status.upper()

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    @property
    def failed_lines(self) -> list[str]:
        """The feedback lines that explain what is missing (all of them for a one-line verdict)."""
        lines = [line for line in self.feedback.splitlines() if line.strip()]
        if self.status == "pass":
            return []
        marked = [line for line in lines if not line.startswith(STATUSES["pass"][0] + " ")]
        return marked or lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.task_id,
            "title": self.title,
            "status": self.status,
            "score": self.score,
            "max_score": self.max_score,
            "feedback": self.feedback,
            "hint": self.hint,
            "link": self.link,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TaskResult:
        """The inverse of :meth:`to_dict`; raises ``ValueError`` on data that is not one."""
        try:
            return cls(
                task_id=str(data["id"]),
                title=str(data["title"]),
                status=data["status"],
                score=float(data["score"]),
                max_score=float(data["max_score"]),
                feedback=str(data["feedback"]),
                hint=data.get("hint"),
                link=data.get("link"),
            )
        except (KeyError, TypeError) as exc:
            msg = f"not a task result ({type(exc).__name__}: {exc})"
            raise ValueError(msg) from None

    def __str__(self) -> str:
        symbol, _label, _colour = STATUSES[self.status]
        head = (
            f"{symbol} Task {self.task_id} ({self.title}): {self._word}"
            f" - {_points(self.score)}/{_points(self.max_score)} points"
        )
        lines = [head, *(f"  {line}" for line in self.feedback.splitlines())]
        if self._guided and self.hint:
            lines.append(f"  Hint: {self.hint}")
        if self._guided and self.link:
            lines.append(f"  Reread: {self.link}")
        if self.answer is not None:
            lines.append("  Your answer:")
            lines.extend(f"    {line}" for line in self.answer.splitlines())
        if self.solution:
            lines.append("  Model answer:")
            lines.extend(f"    {line}" for line in self.solution.splitlines())
        if self.checklist:
            lines.append("  Compare the two:" if self.solution else "  Check yours yourself:")
            lines.extend(f"    [ ] {item}" for item in self.checklist)
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        symbol, _label, colour = STATUSES[self.status]
        esc = _escape
        parts = [
            (
                f'<div class="pmcourse-result" role="status" style="border-left:4px solid {colour};'
                'padding:0.4em 0.8em;margin:0.3em 0">'
                "<style>.pmcourse-sr{position:absolute;width:1px;height:1px;overflow:hidden;"
                "clip:rect(0 0 0 0)}</style>"
            ),
            (
                f"<strong>{_badge(symbol, colour)} "
                f"Task {esc(self.task_id)}: {esc(self._word)}</strong> "
                f"<span>({esc(self.title)}, {_points(self.score)}/{_points(self.max_score)}"
                " points)</span>"
            ),
            "".join(_feedback_html(line) for line in self.feedback.splitlines()),
        ]
        if self._guided and self.hint:
            parts.append(f"<p style='margin:0.3em 0'><em>Hint:</em> {esc(self.hint)}</p>")
        if self._guided and self.link:
            parts.append(
                f'<p style=\'margin:0.3em 0\'><a href="{esc(self.link)}" target="_blank">'
                "Reread the section in the course</a></p>"
            )
        pre = "<pre style='white-space:pre-wrap;margin:0'>"
        if self.solution and self.answer is not None:
            # Side by side where there is room, one under the other where there is not.
            column = "<div style='flex:1 1 18em;min-width:0'>"
            parts.append(
                "<div style='display:flex;flex-wrap:wrap;gap:1em;margin:0.5em 0'>"
                f"{column}<strong>Your answer</strong>{pre}{esc(self.answer)}</pre></div>"
                f"{column}<strong>Model answer</strong>{pre}{esc(self.solution)}</pre></div>"
                "</div>"
            )
        elif self.solution:
            parts.append(
                "<details open><summary>Model answer</summary>"
                f"{pre}{esc(self.solution)}</pre></details>"
            )
        if self.checklist:
            heading = "Compare the two:" if self.solution else "Check yours yourself:"
            items = "".join(f"<li>{esc(item)}</li>" for item in self.checklist)
            parts.append(
                f"<p style='margin:0.3em 0'><strong>{heading}</strong></p><ul>{items}</ul>"
            )
        parts.append("</div>")
        return "".join(parts)
