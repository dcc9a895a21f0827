"""The cohort report: one self-contained HTML file an instructor reads before the next session.

It aggregates; the only learners it names are those at risk (capped) and those
whose notebooks could not be graded (capped). Charts are inline SVG drawn by
matplotlib (imported here only, with the Agg backend and text kept as text), and
each has its numbers in a table next to it.
"""

from __future__ import annotations

import functools
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._schema import STATUSES, UNCOUNTED, BatchResult
from .gradebook import Gradebook, Row, TaskInfo
from .page import esc, num, page, scroll_table
from .review import Overrides

__all__ = ["LIST_CAP", "render_report"]

LIST_CAP = 100  # learners or notebooks listed by name in one section
TOP_LINES = 5  # failed criteria shown per task
BANDS = ((0, 20), (20, 40), (40, 60), (60, 80), (80, 101))
BAND_LABELS = ("under 20%", "20-39%", "40-59%", "60-79%", "80% or more")
# Sequential blues, light to dark: distinguishable without hue, labelled in the legend.
BAND_COLOURS = ("#f4c7c3", "#f9e0a8", "#c6dbef", "#6baed6", "#08519c")
BAR = "#0969da"
INK = "#1f2328"


@dataclass
class TaskStats:
    info: TaskInfo
    graded: int = 0
    passed: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    failed_feedback: Counter[tuple[str, str]] = field(default_factory=Counter)  # (text, status)
    solution_first: int = 0

    @functools.cached_property
    def failed(self) -> Counter[str]:
        """How often each line that says what is missing was given (one count per task).

        Read once all notebooks are counted (the report's criteria section)."""
        lines: Counter[str] = Counter()
        for (feedback, status), count in self.failed_feedback.items():
            for line in _failed_lines(feedback, status):
                lines[line] += count
        return lines

    @property
    def rate(self) -> float:
        return self.passed / self.graded if self.graded else 0.0


# ------------------------------------------------------------------ charts


class _Charts:
    """matplotlib, loaded on first use; every SVG gets its own id prefix."""

    def __init__(self) -> None:
        import matplotlib as mpl

        mpl.use("Agg", force=True)  # no display; pyplot itself is never loaded
        from matplotlib.figure import Figure

        self.mpl: Any = mpl
        self.Figure: Any = Figure
        self.rc: dict[str, Any] = {
            "svg.fonttype": "none",
            "svg.hashsalt": "pmcourse",
            "font.size": 10,
            "font.family": "sans-serif",
            "text.color": INK,
            "axes.labelcolor": INK,
            "axes.edgecolor": "#57606a",
            "xtick.color": INK,
            "ytick.color": INK,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
        self.count = 0

    def svg(self, fig: Any, label: str) -> str:
        self.count += 1
        buf = io.StringIO()
        with self.mpl.rc_context(self.rc):  # svg.fonttype "none": chart text stays text
            fig.savefig(
                buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight"
            )
        text = buf.getvalue()
        text = text[text.index("<svg") :]
        text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
        prefix = f"c{self.count}-"
        text = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}\1"', text)
        text = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}\1)", text)
        text = re.sub(r'xlink:href="#([^"]+)"', rf'xlink:href="#{prefix}\1"', text)
        text = re.sub(r'\s(width|height)="[\d.]+pt"', "", text, count=2)
        return text.replace("<svg ", f'<svg role="img" aria-label="{esc(label)}" ', 1)

    def distribution(self, exercises: list[str], shares: list[list[float]]) -> Any:
        with self.mpl.rc_context(self.rc):
            fig = self.Figure(figsize=(6.4, 0.45 * len(exercises) + 1.3))
            ax = fig.subplots()
            left = [0.0] * len(exercises)
            ys = list(range(len(exercises)))[::-1]
            for band, colour, label in zip(
                range(len(BANDS)), BAND_COLOURS, BAND_LABELS, strict=True
            ):
                widths = [row[band] for row in shares]
                ax.barh(
                    ys, widths, left=left, color=colour, label=label, edgecolor="#fff", height=0.7
                )
                left = [a + b for a, b in zip(left, widths, strict=True)]
            ax.set_yticks(ys, exercises)
            ax.set_xlim(0, 100)
            ax.set_xlabel("share of learners (%)")
            ax.legend(
                ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.22), frameon=False, fontsize=9
            )
        return fig

    def pass_rates(self, labels: list[str], rates: list[float]) -> Any:
        with self.mpl.rc_context(self.rc):
            fig = self.Figure(figsize=(6.4, 0.26 * len(labels) + 0.9))
            ax = fig.subplots()
            ys = list(range(len(labels)))[::-1]
            ax.barh(ys, rates, color=BAR, height=0.7)
            for y, r in zip(ys, rates, strict=True):
                ax.text(min(r + 1, 92), y, f"{r:.0f}%", va="center", fontsize=8)
            ax.set_yticks(ys, labels, fontsize=8)
            ax.set_xlim(0, 100)
            ax.set_xlabel("learners who passed (%)")
        return fig

    def times(self, seconds: list[float]) -> Any:
        with self.mpl.rc_context(self.rc):
            fig = self.Figure(figsize=(6.4, 2.6))
            ax = fig.subplots()
            import numpy as np  # matplotlib's own dependency: an array, not 90,000 floats

            ax.hist(np.asarray(seconds, dtype=float), bins=20, color=BAR, edgecolor="#fff")
            ax.set_xlabel("seconds to grade one notebook")
            ax.set_ylabel("notebooks")
        return fig


def _figure(svg: str, caption: str, table_id: str) -> str:
    return (
        f'<figure aria-describedby="{table_id}">{svg}'
        f"<figcaption>{esc(caption)} The numbers are in the table below.</figcaption></figure>"
    )


def _table(
    caption: str, head: list[str], rows: list[list[str]], *, numeric: set[int], table_id: str = ""
) -> str:
    ident = f' id="{table_id}"' if table_id else ""
    header_cells = "".join(
        f'<th scope="col"{" class=n" if i in numeric else ""}>{esc(h)}</th>'
        for i, h in enumerate(head)
    )
    body = []
    for row in rows:
        cells = [f'<th scope="row">{row[0]}</th>']
        cells += [
            f"<td{' class=n' if i in numeric else ''}>{c}</td>" for i, c in enumerate(row[1:], 1)
        ]
        body.append(f"<tr>{''.join(cells)}</tr>")
    table = (
        f"<table{ident}><caption>{esc(caption)}</caption><thead><tr>{header_cells}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    return scroll_table(caption, table)


def _pct(x: float) -> str:
    return f"{x:.0f}%"


def _more(total: int, shown: int, what: str) -> str:
    if total <= shown:
        return ""
    return f"<p>… and {total - shown} more {what}, not listed here: see the gradebook.</p>"


# ------------------------------------------------------------------ report


class _ChapterOf(dict[str, str]):
    """Task id -> its chapter ("4.3" -> "4"), each id split once."""

    def __missing__(self, task_id: str) -> str:
        chapter = self[task_id] = task_id.split(".", 1)[0]
        return chapter


def _failed_lines(feedback: str, status: str) -> set[str]:
    """The lines that say what is missing (as ``TaskResult.failed_lines``), without the ✘."""
    if status == "pass":
        return set()
    lines = [line for line in feedback.splitlines() if line.strip()]
    marked = [line for line in lines if not line.startswith(_PASS)] or lines
    return {line.removeprefix(_FAIL).strip() for line in marked}


_PASS = STATUSES["pass"][0] + " "
_FAIL = STATUSES["fail"][0] + " "


def render_report(
    results: BatchResult, *, at_risk: float = 60.0, overrides: Overrides | None = None
) -> str:
    """The whole report as one HTML document."""
    data = results
    book = Gradebook.build(data, overrides)
    stats = {t.id: TaskStats(t) for t in book.tasks}
    seconds: dict[int, list[float]] = {}
    all_seconds: list[float] = []
    errors: list[tuple[str, str, str]] = []
    chapter_of = _ChapterOf()
    review: list[tuple[str, str, str]] = []  # learner, what, why: a human must look
    for nb in data.notebooks:
        who = nb.learner if nb.learner is not None else nb.path
        if nb.status == "missing":
            continue  # not handed in: in the gradebook's rows and the at-risk list
        if nb.status == "graded" and nb.misfiled:
            review.append(
                (
                    who,
                    Path(nb.path).name,
                    (
                        f"Named as exercise {nb.filed_as}, holds exercise {nb.exercise}: "
                        f"graded as exercise {nb.exercise}."
                    ),
                )
            )
        if nb.status == "graded":
            for t in nb.tasks:
                if t.status == "review":
                    review.append((who, f"Task {t.task_id}", "Needs your judgement."))
        if nb.status != "graded":
            learner = nb.learner
            errors.append((learner if learner is not None else nb.path, nb.path, nb.error or ""))
            continue
        secs = nb.seconds
        all_seconds.append(secs)
        tasks = nb.tasks
        chapters = {chapter_of[t.task_id] for t in tasks}
        if len(chapters) == 1:
            seconds.setdefault(int(chapters.pop()), []).append(secs)
        first = nb.solution_first
        for t in tasks:
            s = stats.get(t.task_id)
            if s is None or t.status == UNCOUNTED:  # not t.counted, inlined
                continue
            status = t.status
            s.graded += 1
            s.statuses[status] += 1
            if status == "pass":
                s.passed += 1
            else:
                # Counted whole: the same feedback recurs across learners, so its lines
                # are split once per distinct text, when the report asks (TaskStats.failed).
                s.failed_feedback[t.feedback, status] += 1
            if first and t.task_id in first:
                s.solution_first += 1
    charts = _Charts()
    risky = _risky(book, at_risk)
    reteach = sum(1 for s in stats.values() if s.failed)
    parts = [_header(data, book, errors)]
    parts.append(
        _summary(
            [
                (
                    "at-risk",
                    "At risk",
                    len(risky),
                    "learners below the threshold or with work missing",
                ),
                ("criteria", "What to reteach", reteach, "tasks with failed criteria"),
                ("needs-review", "Needs review", len(review), "answers and notebooks to look at"),
                ("ungraded", "Could not grade", len(errors), "notebooks"),
            ]
        )
    )
    parts.append(_at_risk(book, at_risk, risky))
    parts.append(_criteria(stats))
    parts.append(_needs_review(review))
    parts.append(_ungraded(errors))
    parts.append(_distribution(book, charts))
    parts.append(_pass_rates(stats, charts))
    parts.append(_times(book, seconds, all_seconds, charts))
    parts.append(_solution_first(stats))
    if book.overrides:
        parts.append(_review(book))
    learners = len(book.rows)
    return page(
        "Cohort report",
        "\n".join(parts),
        description=f"pmcourse results of {learners} learners: where the cohort struggles.",
    )


def _header(data: BatchResult, book: Gradebook, errors: list[tuple[str, str, str]]) -> str:
    percents = [book.percent(r) for r in book.rows]
    facts = [
        ("learners", str(len(book.rows))),
        ("notebooks", str(len(data.notebooks))),
        ("could not be graded", str(len(errors))),
        ("median score", _pct(statistics.median(percents)) if percents else "-"),
        ("mean score", _pct(statistics.fmean(percents)) if percents else "-"),
    ]
    items = "".join(f"<li><strong>{esc(v)}</strong>{esc(k)}</li>" for k, v in facts)
    exercises = ", ".join(f"{n}" for n in book.exercises) or "none"
    interrupted = (
        "<p><strong>This grading run was interrupted:</strong> some notebooks are missing.</p>"
        if data.interrupted
        else ""
    )
    return (
        "<h1>Cohort report</h1>"
        f'<ul class="facts" aria-label="Summary">{items}</ul>'
        f"<p class=muted>The cohort's exercises: {esc(exercises)}; "
        f"{num(book.max_total)} points in all. Graded by pmcourse "
        f"{esc(str(data.pmcourse or '?'))} (task set "
        f"{esc(str(data.tasks_fingerprint or '?'))}, sandbox: "
        f"{esc(str(data.sandbox or '?'))}). "
        "Scores are percentages of the points of these exercises (less, for a learner, any "
        "task their copy of a notebook predates).</p>"
        f"{interrupted}"
    )


def _distribution(book: Gradebook, charts: _Charts) -> str:
    labels, shares, rows = [], [], []
    for n, title in book.exercises.items():
        top = book.exercise_max(n)
        counts = [0] * len(BANDS)
        submitted = 0
        for row in book.rows:
            if n not in row.exercise_totals:
                continue
            submitted += 1
            pct = 100 * row.exercise_total(n) / top if top else 0
            counts[next(i for i, (lo, hi) in enumerate(BANDS) if lo <= pct < hi)] += 1
        labels.append(f"Exercise {n}")
        shares.append([100 * c / submitted if submitted else 0 for c in counts])
        rows.append([f"Exercise {n}: {esc(title)}", str(submitted), *(str(c) for c in counts)])
    if not rows:
        return "<h2>Score distribution per exercise</h2><p>No notebook could be graded.</p>"
    weakest = min(zip(labels, shares, strict=True), key=lambda ls: ls[1][3] + ls[1][4])
    summary = (
        f"Score bands of learners per exercise; {weakest[0]} has the fewest learners at 60% "
        f"or more ({weakest[1][3] + weakest[1][4]:.0f}%)."
    )
    svg = charts.svg(charts.distribution(labels, shares), summary)
    table = _table(
        "Learners per score band, per exercise",
        ["Exercise", "Learners", *BAND_LABELS],
        rows,
        numeric=set(range(1, 7)),
        table_id="t-distribution",
    )
    return (
        "<h2 id=distribution>Score distribution per exercise</h2>"
        f"{_figure(svg, summary, 't-distribution')}{table}"
    )


def _ordered(stats: dict[str, TaskStats]) -> list[TaskStats]:
    return sorted((s for s in stats.values() if s.graded), key=lambda s: (s.rate, s.info.id))


def _label(info: TaskInfo, width: int = 38) -> str:
    title = info.title if len(info.title) <= width else info.title[: width - 1] + "…"
    return f"{info.id} {title}"


def _pass_rates(stats: dict[str, TaskStats], charts: _Charts) -> str:
    ordered = _ordered(stats)
    if not ordered:
        return ""
    worst = ordered[0]
    summary = (
        f"Pass rate of every task, most-missed first; the most missed is task {worst.info.id} "
        f"({worst.info.title}), passed by {100 * worst.rate:.0f}% of learners."
    )
    svg = charts.svg(
        charts.pass_rates([_label(s.info) for s in ordered], [100 * s.rate for s in ordered]),
        summary,
    )
    rows = [
        [
            esc(s.info.id),
            esc(s.info.title),
            _pct(100 * s.rate),
            str(s.graded),
            str(s.statuses["fail"]),
            str(s.statuses["review"]),
            str(s.statuses["error"]),
            str(s.statuses["not attempted"]),
        ]
        for s in ordered
    ]
    table = _table(
        "Pass rate per task, most-missed first",
        ["Task", "Title", "Passed", "Graded", "Failed", "Needs review", "Error", "Not attempted"],
        rows,
        numeric={2, 3, 4, 5, 6, 7},
        table_id="t-pass",
    )
    return f"<h2 id=pass-rates>Pass rate per task</h2>{_figure(svg, summary, 't-pass')}{table}"


def _criteria(stats: dict[str, TaskStats]) -> str:
    parts = [
        "<h2 id=criteria>What to reteach: the most frequent failed criteria</h2>",
        (
            "<p>For each task that some learners missed, the feedback lines that say what was "
            f"missing, with how many learners got each (up to {TOP_LINES} per task).</p>"
        ),
    ]
    for s in _ordered(stats):
        if not s.failed:
            continue
        rows = [[esc(line), str(count)] for line, count in _most_common(s.failed, TOP_LINES)]
        parts.append(
            f"<h3>Task {esc(s.info.id)}: {esc(s.info.title)} "
            f"<span class=muted>({_pct(100 * s.rate)} passed)</span></h3>"
        )
        parts.append(
            _table(
                f"Failed criteria of task {s.info.id}",
                ["Feedback", "Learners"],
                rows,
                numeric={1},
            )
        )
    if len(parts) == 2:
        parts.append("<p>Every graded task passed.</p>")
    return "".join(parts)


def _most_common(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """The n most frequent, ties in alphabetical order: the same bytes for the same results,
    whatever order the notebooks came in (Counter.most_common keeps first-seen order)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def _summary(items: list[tuple[str, str, int, str]]) -> str:
    """Links to the sections an instructor acts on, each with its count."""
    links = "".join(
        f'<li><a href="#{anchor}"><strong>{count}</strong> {esc(label)}</a>'
        f"<span class=muted> {esc(what)}</span></li>"
        for anchor, label, count, what in items
    )
    return f'<nav aria-label="What needs you"><ul class=summary>{links}</ul></nav>'


def _risky(book: Gradebook, threshold: float) -> list[Row]:
    """Learners below the threshold, or who did not hand in every exercise (partial work)."""
    return sorted(
        (r for r in book.rows if book.percent(r) < threshold or r.missing),
        key=lambda r: (book.percent(r), r.learner),
    )


def _at_risk(book: Gradebook, threshold: float, risky: list[Row]) -> str:
    head = f"<h2 id=at-risk>At risk: learners below {threshold:g}% or with work missing</h2>"
    if not risky:
        return (
            head + f"<p>No learner is below {threshold:g}% of the points, and everyone "
            "handed in every exercise.</p>"
        )
    rows = [
        [
            esc(r.learner),
            num(r.total()),
            _pct(book.percent(r)),
            esc(", ".join(str(n) for n in sorted(r.missing)) or "none"),
            str(len(r.ungraded)),
        ]
        for r in risky[:LIST_CAP]
    ]
    intro = f"<p>{len(risky)} of {len(book.rows)} learners, lowest first.</p>"
    table = _table(
        f"Learners below {threshold:g}% of {num(book.max_total)} points or with work missing",
        ["Learner", "Points", "Score", "Exercises not handed in", "Notebooks not graded"],
        rows,
        numeric={1, 2, 4},
    )
    return head + intro + table + _more(len(risky), LIST_CAP, "learners")


def _needs_review(review: list[tuple[str, str, str]]) -> str:
    head = "<h2 id=needs-review>Needs review</h2>"
    if not review:
        return head + "<p>Nothing is waiting for your judgement.</p>"
    rows = [[esc(a), esc(b), esc(c)] for a, b, c in sorted(review)[:LIST_CAP]]
    intro = (
        f"<p>{len(review)} item(s): answers the grader leaves to you, and notebooks saved "
        "under another exercise's name.</p>"
    )
    table = _table("Needs review", ["Learner", "What", "Why"], rows, numeric=set())
    return head + intro + table + _more(len(review), LIST_CAP, "items")


def _ungraded(errors: list[tuple[str, str, str]]) -> str:
    head = "<h2 id=ungraded>Could not grade: notebooks that could not be graded</h2>"
    if not errors:
        return head + "<p>Every notebook could be graded.</p>"
    reasons = Counter(reason for _, _, reason in errors)
    summary = _table(
        "Reasons, most frequent first",
        ["Reason", "Notebooks"],
        [[esc(r), str(c)] for r, c in _most_common(reasons, 20)],
        numeric={1},
    )
    rows = [[esc(learner), esc(path), esc(reason)] for learner, path, reason in errors[:LIST_CAP]]
    listing = _table("Notebooks not graded", ["Learner", "Notebook", "Reason"], rows, numeric=set())
    return head + summary + listing + _more(len(errors), LIST_CAP, "notebooks")


def _quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def _times(
    book: Gradebook, seconds: dict[int, list[float]], every: list[float], charts: _Charts
) -> str:
    head = "<h2 id=times>Time per notebook</h2>"
    if not every:
        return head + "<p>No notebook was graded.</p>"
    summary = (
        f"Seconds to grade each notebook: median {statistics.median(every):.1f} s, "
        f"slowest {max(every):.1f} s."
    )
    svg = charts.svg(charts.times(every), summary)
    rows = [
        [
            f"Exercise {n}",
            str(len(xs)),
            f"{statistics.median(xs):.1f}",
            f"{_quantile(xs, 0.9):.1f}",
            f"{max(xs):.1f}",
        ]
        for n in book.exercises
        if (xs := seconds.get(n))
    ]
    rows.append(
        [
            "All notebooks",
            str(len(every)),
            f"{statistics.median(every):.1f}",
            f"{_quantile(every, 0.9):.1f}",
            f"{max(every):.1f}",
        ]
    )
    table = _table(
        "Seconds to grade one notebook",
        ["Exercise", "Notebooks", "Median", "90th percentile", "Slowest"],
        rows,
        numeric={1, 2, 3, 4},
        table_id="t-times",
    )
    return head + _figure(svg, summary, "t-times") + table


def _solution_first(stats: dict[str, TaskStats]) -> str:
    head = "<h2 id=solution-first>Solutions viewed before an answer</h2>"
    rows = [
        [
            esc(s.info.id),
            esc(s.info.title),
            str(s.solution_first),
            _pct(100 * s.solution_first / s.graded),
        ]
        for s in sorted(stats.values(), key=lambda s: (-s.solution_first, s.info.id))
        if s.solution_first
    ]
    if not rows:
        return head + "<p>No learner viewed a solution before giving an answer.</p>"
    return head + _table(
        "Tasks whose model answer was shown before the learner answered",
        ["Task", "Title", "Learners", "Share"],
        rows,
        numeric={2, 3},
    )


def _review(book: Gradebook) -> str:
    per_task: dict[str, list[tuple[float, float]]] = {}
    comments = 0
    for row in book.rows:
        for task_id, cell in row.cells.items():
            if cell.overridden:
                per_task.setdefault(task_id, []).append((cell.auto, cell.final))
            comments += bool(cell.comment)
    titles = {t.id: t.title for t in book.tasks}
    rows = [
        [
            esc(task_id),
            esc(titles.get(task_id, "")),
            str(len(pairs)),
            num(statistics.fmean(a for a, _ in pairs)),
            num(statistics.fmean(f for _, f in pairs)),
        ]
        for task_id, pairs in sorted(per_task.items())
    ]
    return (
        "<h2 id=review>Marked by hand</h2>"
        f"<p>{sum(len(p) for p in per_task.values())} scores were set by hand and {comments} "
        "comments given; the report and the gradebook use the final scores.</p>"
        + _table(
            "Automatic and final scores of the tasks marked by hand",
            ["Task", "Title", "Scores set", "Mean automatic", "Mean final"],
            rows,
            numeric={2, 3, 4},
        )
    )
