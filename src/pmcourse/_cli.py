"""The ``pmcourse`` command: a thin layer that turns library results into output and exit codes.

Exit codes: 0 everything passed; 1 some task failed or a notebook could not be
graded; 2 the command was used wrongly; 130 interrupted (results so far shown).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from ._errors import PmcourseError, UsageError
from ._grading.limits import DEFAULT_JOBS, RunLimits

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
        description="The technical product manager course: start the exercises, grade notebooks.",
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
        choices=["text", "json", "junit"],
        default="text",
        help="text table (default), JSON, or JUnit XML for CI services",
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
    return parser


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    import tempfile

    tmp: Path | None = None
    try:
        # A unique temporary name: two runs writing the same report never collide.
        fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
        tmp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        tmp.replace(output)  # never a half-written report
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise UsageError(f"Cannot write the report to {output}: {exc.strerror}.") from None


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
    from ._grading.batch import grade_paths

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
    batch = grade_paths(paths, limits=limits, jobs=args.jobs, progress=ProgressBar(sys.stderr))
    if args.format == "text":
        text = render_text(batch, verbose=args.verbose)
    else:
        text = {"json": render_json, "junit": render_junit}[args.format](batch)
    _write(text, args.output)
    if batch.interrupted:
        print("pmcourse: interrupted; the results so far are shown above.", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_OK if batch.ok else EXIT_FAIL


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
        return _start(args) if args.command == "start" else _grade(args)
    except UsageError as exc:
        print(f"pmcourse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PmcourseError as exc:
        print(f"pmcourse: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("pmcourse: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
