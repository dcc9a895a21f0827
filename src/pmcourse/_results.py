"""The verdict on one answer, as a learner sees it.

It renders as plain text in a terminal (``str``/``repr``) and as HTML in
Jupyter (``_repr_html_``), and turns into plain data for JSON (``to_dict``).
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at run time

if TYPE_CHECKING:  # typing and dataclasses cost import time a notebook should not pay
    from typing import Any, Literal

    TaskStatus = Literal["pass", "fail", "error", "not attempted"]

__all__ = ["TaskResult"]

_ICONS: dict[str, str] = {"pass": "✔", "fail": "✘", "error": "!", "not attempted": "·"}
_COLOURS: dict[str, str] = {
    "pass": "#1a7f37",
    "fail": "#b42318",
    "error": "#9a6700",
    "not attempted": "#57606a",
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


class TaskResult:
    """The verdict on one answer to one task.

    ``feedback`` explains this particular answer; ``hint`` and ``link`` point to
    what to reread. ``solution`` is filled only when the learner asked for it.
    """

    __slots__ = (
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
    ) -> None:
        self.task_id = task_id
        self.title = title
        self.status: TaskStatus = status
        self.score = score
        self.max_score = max_score
        self.feedback = feedback
        self.hint = hint
        self.link = link
        self.solution = solution

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
    def passed(self) -> bool:
        return self.status == "pass"

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

    def __str__(self) -> str:
        head = (
            f"{_ICONS[self.status]} Task {self.task_id} ({self.title}): {self.status.upper()}"
            f" - {_points(self.score)}/{_points(self.max_score)} points"
        )
        lines = [head, *(f"  {line}" for line in self.feedback.splitlines())]
        if self.status != "pass" and self.hint:
            lines.append(f"  Hint: {self.hint}")
        if self.status != "pass" and self.link:
            lines.append(f"  Reread: {self.link}")
        if self.solution:
            lines.append("  Model answer:")
            lines.extend(f"    {line}" for line in self.solution.splitlines())
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        colour = _COLOURS[self.status]
        esc = _escape
        parts = [
            (
                f'<div class="pmcourse-result" role="status" style="border-left:4px solid {colour};'
                'padding:0.4em 0.8em;margin:0.3em 0">'
            ),
            (
                f'<strong style="color:{colour}">{esc(_ICONS[self.status])} '
                f"Task {esc(self.task_id)}: {esc(self.status.upper())}</strong> "
                f"<span>({esc(self.title)}, {_points(self.score)}/{_points(self.max_score)}"
                " points)</span>"
            ),
            "".join(
                f"<p style='margin:0.3em 0'>{esc(line)}</p>" for line in self.feedback.splitlines()
            ),
        ]
        if self.status != "pass" and self.hint:
            parts.append(f"<p style='margin:0.3em 0'><em>Hint:</em> {esc(self.hint)}</p>")
        if self.status != "pass" and self.link:
            parts.append(
                f'<p style=\'margin:0.3em 0\'><a href="{esc(self.link)}" target="_blank">'
                "Reread the section in the course</a></p>"
            )
        if self.solution:
            parts.append(
                "<details open><summary>Model answer</summary>"
                f"<pre style='white-space:pre-wrap'>{esc(self.solution)}</pre></details>"
            )
        parts.append("</div>")
        return "".join(parts)
