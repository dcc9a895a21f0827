"""The ``pmcourse`` command: a thin layer that turns library results into output and exit codes.

Exit codes: 0 everything passed; 1 some task failed or a notebook could not be
graded; 2 the command was used wrongly; 130 interrupted (results so far shown).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._errors import PmcourseError, UsageError
from ._grading.limits import DEFAULT_JOBS, RunLimits

if TYPE_CHECKING:
    from ._cohort.review import Overrides
    from ._schema import BatchResult

DEFAULTS = RunLimits()

__all__ = ["main"]

DEFAULT_WORKSPACE = Path("pmcourse-work")
EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def parse_size(text: str) -> int:
    """'2G', '512M', '1.5GiB', '0' (no cap) -> bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", text.lower())
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; write it like 2G or 512M")
    scale = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}[m.group(2)]
    value = int(float(m.group(1)) * scale)
    if 0 < value < 256 * 2**20:
        raise argparse.ArgumentTypeError("a memory cap under 256M leaves no room for a kernel")
    return value


def _positive(kind: type[int | float]):  # type: ignore[no-untyped-def]
    def convert(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError("must be more than 0")
        return value

    return convert


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="pmcourse",
        description=(
            "The technical product manager course: start the exercises, grade notebooks, "
            "and for instructors: report on a cohort, merge shards, export free text for review."
        ),
        epilog="Inside a notebook, check one answer with: from pmcourse import check; check('1.1', answer)",
    )
    parser.add_argument("--version", action="version", version=f"pmcourse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = sub.add_parser(
        "start",
        help="copy fresh exercise notebooks into a workspace",
        description="Copy the blank exercise notebooks into DIR. Existing files are never overwritten.",
    )
    start.add_argument(
        "dir",
        nargs="?",
        type=Path,
        default=DEFAULT_WORKSPACE,
        help=f"the workspace folder (default: ./{DEFAULT_WORKSPACE})",
    )

    grade = sub.add_parser(
        "grade",
        help="grade completed notebooks",
        description=(
            "Run each notebook in its own fresh Jupyter kernel, from a temporary copy, and grade "
            "the answers its checks recorded. The notebooks themselves are never modified."
        ),
        epilog="Exit status: 0 all tasks pass, 1 something failed or could not be graded, 2 usage error.",
    )
    grade.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=f"notebooks or folders of notebooks (default: ./{DEFAULT_WORKSPACE})",
    )
    grade.add_argument(
        "--jobs",
        "-j",
        type=_positive(int),
        default=DEFAULT_JOBS,
        help=f"notebooks graded at once (default: {DEFAULT_JOBS}, one per CPU, up to 4)",
    )
    grade.add_argument(
        "--timeout",
        type=_positive(float),
        default=DEFAULTS.timeout,
        help=f"seconds a cell may run before it is stopped (default: {DEFAULTS.timeout:g})",
    )
    grade.add_argument(
        "--memory",
        type=parse_size,
        default=DEFAULTS.memory,
        help=(
            "memory cap per notebook, like 2G or 512M; 0 for none "
            f"(default: {DEFAULTS.memory // 2**30}G)"
        ),
    )
    grade.add_argument(
        "--sandbox",
        choices=["auto", "on", "off"],
        default=DEFAULTS.sandbox,
        help=(
            "run each kernel in a bubblewrap sandbox (private /tmp, own processes, no network): "
            "auto uses it where it works, on requires it, off never uses it (default: auto)"
        ),
    )
    grade.add_argument(
        "--no-warm",
        dest="warm",
        action="store_false",
        default=DEFAULTS.warm,
        help=(
            "start every kernel cold, as a new Python process. By default (Linux) kernels are "
            "forked from one pre-imported template process, each into its own sandbox and "
            "fresh state, which is much faster; a notebook whose warm start fails is started "
            "cold, with a note. The JSON report records each notebook's launch"
        ),
    )
    grade.add_argument(
        "--format",
        choices=["text", "json", "junit", "csv"],
        default="text",
        help="text table (default), JSON, JUnit XML for CI services, or a CSV gradebook",
    )
    _add_layout(grade)
    grade.add_argument(
        "--learner-pattern",
        metavar="REGEX",
        help=(
            "read each notebook's learner from its file name (its path inside the folder) "
            "instead of from learner folders: the group (?P<learner>...) or the first group "
            "names the learner, an optional (?P<id>...) is appended as name_id. Presets: "
            "'canvas' (smithjane_12345_67890_01-title-vs-role.ipynb -> smithjane_12345) and "
            "'moodle' (Jane Smith_12345_assignsubmission_file_01-....ipynb -> Jane Smith_12345). "
            "Without it, submissions/<learner>/*.ipynb: each top-level folder is a learner. "
            "Two copies of one exercise by one learner are reported and the better-named one "
            "is graded: the course's own file name, else the shortest, else A-Z first "
            "(' (1)' and '-Copy1' mark copies; download times are not reliable)"
        ),
    )
    grade.add_argument(
        "--shard",
        metavar="K/N",
        help=(
            "grade only share K of N (1 <= K <= N) of the learners, chosen by a hash of the "
            "learner's name: stable, and never splitting a learner; combine with 'pmcourse merge'"
        ),
    )
    grade.add_argument(
        "--feedback-dir",
        type=Path,
        metavar="DIR",
        help="also write one self-contained HTML feedback page per learner into DIR",
    )
    grade.add_argument(
        "--output",
        "-o",
        type=Path,
        help="write the report to this file instead of the standard output",
    )
    grade.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="show the feedback of every task, not only failed ones, and the kernels' own logs",
    )

    report = sub.add_parser(
        "report",
        help="a self-contained HTML report on a cohort's results",
        description=(
            "Write one HTML file (inline SVG charts, no script, no external request) from a "
            "results file of 'pmcourse grade --format json' or 'pmcourse merge'."
        ),
    )
    report.add_argument("results", type=Path, metavar="RESULTS", help="the results JSON")
    report.add_argument("--output", "-o", type=Path, required=True, help="the HTML file to write")
    report.add_argument(
        "--at-risk",
        type=_percent,
        default=60.0,
        metavar="PERCENT",
        help="list learners whose total is below this share of the points (default: 60%%)",
    )
    _add_overrides(report)
    report.add_argument(
        "--feedback-dir",
        type=Path,
        metavar="DIR",
        help="also write one self-contained HTML feedback page per learner into DIR",
    )

    book = sub.add_parser(
        "gradebook",
        help="a CSV gradebook from a results file",
        description="One row per learner, one column per task, totals; or a platform's layout.",
    )
    book.add_argument("results", type=Path, metavar="RESULTS", help="the results JSON")
    book.add_argument("--output", "-o", type=Path, help="the CSV file (default: standard output)")
    _add_layout(book)
    _add_overrides(book)

    review = sub.add_parser(
        "review",
        help="export free-text answers for marking by hand",
        description=(
            "'review export' lists every free-text answer with its automatic verdict and "
            "evidence; fill in score and comment, then pass the file to report or gradebook "
            "with --overrides."
        ),
    )
    review_sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    export = review_sub.add_parser("export", help="write the review CSV")
    export.add_argument("results", type=Path, metavar="RESULTS", help="the results JSON")
    export.add_argument("--output", "-o", type=Path, help="the CSV file (default: standard output)")

    merge = sub.add_parser(
        "merge",
        help="combine the results of shards",
        description=(
            "Combine results files of 'pmcourse grade --shard K/N' into one. Refuses shards "
            "that share a learner or were graded by another pmcourse or task set."
        ),
    )
    merge.add_argument("shards", type=Path, nargs="+", metavar="SHARD", help="shard results JSON")
    merge.add_argument(
        "--output", "-o", type=Path, help="the merged JSON (default: standard output)"
    )
    return parser


def _add_layout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--layout",
        choices=["plain", "canvas", "moodle"],
        default="plain",
        help=(
            "CSV layout: plain (a column per task, exercise totals, total, percent), canvas "
            "(Canvas gradebook import) or moodle (Moodle grading worksheet); default: plain"
        ),
    )


def _add_overrides(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overrides",
        type=Path,
        metavar="CSV",
        help="scores and comments given by hand (a filled-in 'pmcourse review export' file)",
    )


def _percent(text: str) -> float:
    try:
        value = float(text.strip().removesuffix("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage, like 60%") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("a percentage is between 0 and 100")
    return value


def _write(content: str | Callable[[int], None], output: Path | None) -> None:
    """Write a report whole (see :func:`pmcourse._cohort.io.write_many`), or to standard output.

    ``content`` is the text, or a function that writes it to an open file
    descriptor (merge copies the shards' bytes that way).
    """
    if output is None:
        assert isinstance(content, str)
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
        return
    from ._cohort.io import write_atomic

    write_atomic(output, content)


def _start(args: argparse.Namespace) -> int:
    from ._workspace import start_workspace

    report = start_workspace(args.dir)
    for name in report.copied:
        print(f"copied   {report.folder / name}")
    for name in report.skipped:
        print(f"skipped  {report.folder / name} (already there; your work is untouched)")
    print(
        f"{len(report.copied)} notebook(s) copied, {len(report.skipped)} skipped. "
        f"Open them with: jupyter lab {report.folder}"
    )
    return EXIT_OK


def _grade(args: argparse.Namespace) -> int:
    from ._cohort.render import ProgressBar, render_json, render_junit, render_text
    from ._grading.batch import grade

    paths: list[Path] = args.paths
    if not paths:
        if not DEFAULT_WORKSPACE.is_dir():
            raise UsageError(
                f"Nothing to grade: ./{DEFAULT_WORKSPACE} does not exist. "
                "Name notebooks or folders, or run 'pmcourse start' first."
            )
        paths = [DEFAULT_WORKSPACE]
    limits = RunLimits(
        timeout=args.timeout,
        memory=args.memory,
        sandbox=args.sandbox,
        warm=args.warm,
        verbose=args.verbose,
    )
    if args.verbose:
        import logging

        kernel_log = logging.getLogger("pmcourse.kernel")
        kernel_log.addHandler(logging.StreamHandler(sys.stderr))
        kernel_log.setLevel(logging.INFO)
    from ._grading.learners import discover, parse_shard

    shard = parse_shard(args.shard) if args.shard else None
    found = discover(paths, pattern=args.learner_pattern, shard=shard)
    for line in found.duplicates:
        print(f"pmcourse: {line}", file=sys.stderr)
    batch = grade(found, limits=limits, jobs=args.jobs, progress=ProgressBar(sys.stderr))
    if args.format == "text":
        text = render_text(batch, verbose=args.verbose)
    elif args.format == "csv":
        from ._cohort.gradebook import Gradebook, render_csv

        text = render_csv(Gradebook.build(batch), args.layout)
    else:
        text = {"json": render_json, "junit": render_junit}[args.format](batch)
    if args.feedback_dir is not None:
        from ._cohort.feedback import write_feedback

        write_feedback(batch, args.feedback_dir)
    _write(text, args.output)
    if batch.interrupted:
        print("pmcourse: interrupted; the results so far are shown above.", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_OK if batch.ok else EXIT_FAIL


def _report(args: argparse.Namespace) -> int:
    from ._cohort.io import load_results, no_cyclic_gc, write_atomic
    from ._cohort.report import render_report

    with no_cyclic_gc():
        batch = load_results(args.results)
        overrides = _overrides(args, batch)
        html = render_report(batch, at_risk=args.at_risk, overrides=overrides)
        if args.feedback_dir is not None:
            from ._cohort.feedback import write_feedback

            write_feedback(batch, args.feedback_dir, overrides=overrides)
    write_atomic(args.output, html)
    print(f"pmcourse: wrote {args.output} ({len(html.encode()) / 1024:.0f} KB)", file=sys.stderr)
    return EXIT_OK


def _overrides(args: argparse.Namespace, batch: BatchResult) -> Overrides:
    if args.overrides is None:
        return {}
    from ._cohort.review import load_overrides

    return load_overrides(args.overrides, batch)


def _gradebook(args: argparse.Namespace) -> int:
    from ._cohort.gradebook import Gradebook, render_csv
    from ._cohort.io import load_results, no_cyclic_gc

    with no_cyclic_gc():
        batch = load_results(args.results)
        text = render_csv(Gradebook.build(batch, _overrides(args, batch)), args.layout)
    _write(text, args.output)
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from ._cohort.io import load_results
    from ._cohort.review import render_review

    _write(render_review(load_results(args.results)), args.output)
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from ._cohort.merge import merge_results

    merged = merge_results(args.shards)
    _write(merged.write if args.output else merged.content.decode("utf-8"), args.output)
    print(
        f"pmcourse: merged {len(args.shards)} shard(s): {merged.learners} learner(s), "
        f"{merged.notebooks} notebook(s)",
        file=sys.stderr,
    )
    return EXIT_OK


COMMANDS = {
    "start": _start,
    "grade": _grade,
    "report": _report,
    "gradebook": _gradebook,
    "review": _review,
    "merge": _merge,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"pmcourse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PmcourseError as exc:
        print(f"pmcourse: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("pmcourse: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
