"""Rendering a batch's results: a terminal table, JSON, JUnit XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

import msgspec

from .._schema import STATUSES, BatchResult, NotebookResult, encode

__all__ = ["ProgressBar", "render_json", "render_junit", "render_text"]

_MARK = {status: label for status, (_symbol, label, _colour) in STATUSES.items()}

# Characters XML 1.0 cannot hold; a learner's text may carry any of them.
_XML_INVALID = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str | None) -> str:
    """Learner-derived text made safe for XML: invalid characters become U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text or "")


def _pts(x: float) -> str:
    return f"{x:g}"


def _notebook_text(nb: NotebookResult, verbose: bool) -> list[str]:
    if nb.status == "error":
        return [f"{nb.path}", f"  ERROR  {nb.error}"]
    lines = [f"{nb.path}  {_pts(nb.score)}/{_pts(nb.max_score)} points  ({nb.seconds:.1f} s)"]
    lines.extend(f"  note: {note}" for note in nb.notes)
    width = max((len(t.task_id) for t in nb.tasks), default=3)
    for t in nb.tasks:
        lines.append(
            f"  {t.task_id:<{width}}  {_MARK[t.status]:<6} {_pts(t.score):>4}/{_pts(t.max_score):<4} {t.title}"
        )
        # Failed and broken tasks show every line that says what is missing;
        # --verbose shows every line of every task.
        shown = (
            t.feedback.splitlines()
            if verbose
            else t.failed_lines
            if t.status in {"fail", "error"}
            else []
        )
        lines.extend(f"  {'':<{width}}  {'':<6} {'':>9} {line}" for line in shown if line.strip())
    return lines


def render_text(batch: BatchResult, *, verbose: bool = False) -> str:
    """A table per notebook and per task, then the total."""
    out: list[str] = []
    for nb in batch.notebooks:
        out.extend(_notebook_text(nb, verbose))
        out.append("")
    graded = sum(nb.status == "graded" for nb in batch.notebooks)
    errors = len(batch.notebooks) - graded
    tail = (
        f"Total: {_pts(batch.score)}/{_pts(batch.max_score)} points in {graded} graded notebook(s)"
        + (f", {errors} could not be graded" if errors else "")
    )
    out.append(tail)
    if batch.interrupted:
        out.append("Interrupted: the results above are those finished before the stop.")
    return "\n".join(out)


def render_json(batch: BatchResult) -> str:
    if batch.pmcourse is None or batch.tasks_fingerprint is None:
        from .. import __version__
        from .._tasks import fingerprint

        batch = msgspec.structs.replace(
            batch,
            pmcourse=batch.pmcourse or __version__,
            tasks_fingerprint=batch.tasks_fingerprint or fingerprint(),
        )
    return encode(batch).decode("utf-8")


def render_junit(batch: BatchResult) -> str:
    """JUnit XML: a test suite per notebook, a test case per task."""
    x = xml_text
    suites = ET.Element("testsuites", name="pmcourse", tests="0", failures="0", errors="0")
    total = failures = errors = skipped = 0
    for nb in batch.notebooks:
        suite = ET.SubElement(suites, "testsuite", name=x(nb.path), time=f"{nb.seconds:.3f}")
        n_fail = n_err = n_skip = 0
        if nb.status == "error":
            case = ET.SubElement(suite, "testcase", classname=x(nb.path), name="notebook")
            ET.SubElement(case, "error", message=x(nb.error)).text = x(nb.error)
            n_err = 1
            cases = 1
        else:
            cases = len(nb.tasks)
            for t in nb.tasks:
                case = ET.SubElement(
                    suite,
                    "testcase",
                    classname=x(nb.path),
                    name=x(f"task {t.task_id}: {t.title}"),
                )
                if t.status == "fail":
                    n_fail += 1
                    ET.SubElement(
                        case, "failure", message=f"{_pts(t.score)}/{_pts(t.max_score)}"
                    ).text = x(t.feedback)
                elif t.status == "error":
                    n_err += 1
                    first = t.feedback.splitlines()[0] if t.feedback else ""
                    ET.SubElement(case, "error", message=x(first)).text = x(t.feedback)
                elif t.status == "not attempted":
                    n_skip += 1
                    ET.SubElement(case, "skipped", message="not attempted")
        suite.set("tests", str(cases))
        suite.set("failures", str(n_fail))
        suite.set("errors", str(n_err))
        suite.set("skipped", str(n_skip))
        total += cases
        failures += n_fail
        errors += n_err
        skipped += n_skip
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    suites.set("skipped", str(skipped))
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )


class ProgressBar:
    """A one-line progress bar on a terminal; silent when the stream is not one."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.active = stream.isatty()

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.active:
            return
        filled = round(self.width * done / max(total, 1))
        name = path if len(path) <= 40 else "…" + path[-39:]
        self.stream.write(
            f"\r\x1b[2K[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {name}"
        )
        self.stream.flush()
        if done == total:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
