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
    from ._cohort.gradebook import Gradebook
    from ._cohort.platforms import Filled
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


def parse_disk(text: str) -> int:
    """'512M', '1G', '0' (no cap) -> bytes; at least 16M, so a kernel can start."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", text.lower())
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; write it like 512M or 1G")
    value = int(
        float(m.group(1)) * {"": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}[m.group(2)]
    )
    if 0 < value < 16 * 2**20:
        raise argparse.ArgumentTypeError("a disk cap under 16M leaves no room for a kernel")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (no cap) or more")
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
        "--processes",
        type=_non_negative_int,
        default=DEFAULTS.processes,
        help=(
            "processes and threads one notebook may run at once, where a control group "
            "can be made, or in a sandbox's own user namespace (not as root); 0 for no cap "
            f"(default: {DEFAULTS.processes})"
        ),
    )
    grade.add_argument(
        "--disk",
        type=parse_disk,
        default=DEFAULTS.disk,
        help=(
            "bytes a notebook may write: the size of its private /tmp and /dev/shm, and of "
            f"any one file; 0 for no cap (default: {DEFAULTS.disk // 2**20}M)"
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
        help=(
            "text table (default), JSON, JUnit XML for CI services, or a CSV gradebook (the "
            "plain layout; for Canvas or Moodle write JSON and use 'pmcourse gradebook')"
        ),
    )
    grade.add_argument(
        "--learner-pattern",
        metavar="REGEX",
        help=(
            "read each notebook's learner from its file name (its path inside the folder) "
            "instead of from learner folders: the group (?P<learner>...) or the first group "
            "names the learner, an optional (?P<id>...) is appended as name_id. Presets: "
            "'canvas' (smithjane_12345_67890_01-title-vs-role.ipynb -> smithjane_12345; "
            "anon_xK3p9_67890_... under anonymous grading -> anon_xK3p9) and 'moodle' "
            "(Jane Smith_12345_assignsubmission_file/01-....ipynb, also as ..._file_/ or a "
            "..._file_ prefix -> Jane Smith_12345; one assignment per chapter: grouped by "
            "name, or by --roster). "
            "Without it, submissions/<learner>/*.ipynb: each top-level folder is a learner. "
            "Two copies of one exercise by one learner are reported and the better-named one "
            "is graded: the course's own file name, else the shortest, else A-Z first "
            "(' (1)' and '-Copy1' mark copies; download times are not reliable)"
        ),
    )
    _add_roster(grade, "group a Moodle download's participants into people: ")
    grade.add_argument(
        "--exercises",
        metavar="LIST",
        help=(
            "the cohort's exercises, like 1-8 or 1,3,5 (default: all of the course's): each "
            "learner is expected to hand in each; one not handed in is recorded as missing "
            "(neither 0 nor 'could not be graded'), and other exercises count in no total"
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
    book.add_argument(
        "--template",
        type=Path,
        metavar="CSV",
        help=(
            "the platform's own file, written back with the grades filled in: with --layout "
            "canvas the Canvas gradebook export (Grades, Export, Export Entire Gradebook); "
            "with --layout moodle an assignment's grading worksheet (one per assignment)"
        ),
    )
    book.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="'Exercise N=TITLE'",
        help=(
            "the template's column for an exercise, by its assignment title (repeatable); "
            "by default the column titled 'Exercise N: <title>' or the exercise's title"
        ),
    )
    book.add_argument(
        "--missing",
        choices=["blank", "zero"],
        default="blank",
        help=(
            "work not handed in or not gradable: blank (default: the cell is left as the "
            "platform had it, no grade) or zero (0 points)"
        ),
    )
    book.add_argument(
        "--create-columns",
        action="store_true",
        help="add a column (Canvas creates a new assignment) for an exercise the template lacks",
    )
    book.add_argument(
        "--exercise",
        type=_positive(int),
        metavar="N",
        help=(
            "the exercise a Moodle grading worksheet's assignment is for (default: found from "
            "the participant ids of the notebooks; the total when it holds every exercise)"
        ),
    )
    _add_roster(
        book, "with --layout moodle and no --template, key the rows for Moodle's gradebook import: "
    )

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
    export.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help=(
            "the folder the notebook paths in the results are relative to (default: found "
            "among the current folder, the results file's folder and the folder grading ran in)"
        ),
    )

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
    merge.add_argument(
        "--allow-partial",
        action="store_true",
        help=(
            "merge even when shards of the set are missing (they are named, and listed in the "
            "merged file as missing_shards); by default a set of K/N shards must be complete"
        ),
    )
    return parser


def _add_layout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--layout",
        choices=["plain", "canvas", "moodle"],
        default="plain",
        help=(
            "CSV layout: plain (a column per task, exercise totals, total, percent; default), "
            "canvas (your Canvas gradebook export filled in: --template) or moodle (an "
            "assignment's grading worksheet filled in: --template; or the gradebook import: "
            "--roster)"
        ),
    )


def _add_roster(parser: argparse.ArgumentParser, why: str) -> None:
    parser.add_argument(
        "--roster",
        type=Path,
        action="append",
        metavar="CSV",
        help=(
            why + "a CSV of people with Email address, Username or ID number and a name "
            "(Moodle's participants table or an assignment's grading worksheet); repeatable"
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
        processes=args.processes,
        disk=args.disk,
        sandbox=args.sandbox,
        warm=args.warm,
        verbose=args.verbose,
    )
    if args.verbose:
        import logging

        kernel_log = logging.getLogger("pmcourse.kernel")
        kernel_log.addHandler(logging.StreamHandler(sys.stderr))
        kernel_log.setLevel(logging.INFO)
    from ._grading.learners import discover, parse_exercises, parse_shard
    from ._grading.notebook import display_path

    shard = parse_shard(args.shard) if args.shard else None
    from ._cohort.escape import terminal_text

    roster = None
    if args.roster:
        from ._grading.roster import load_roster

        roster = load_roster(args.roster)
    found = discover(paths, pattern=args.learner_pattern, shard=shard, roster=roster)
    for line in [*found.warnings, *found.duplicates]:
        print(f"pmcourse: {terminal_text(line)}", file=sys.stderr)
    batch = grade(found, limits=limits, jobs=args.jobs, progress=ProgressBar(sys.stderr))
    if found.learners or args.exercises:
        _expect(batch, parse_exercises(args.exercises) if args.exercises else None)
    if shard is not None:
        batch.shard = f"{shard[0]}/{shard[1]}"
    batch.root = display_path(Path.cwd())
    if args.format == "text":
        text = render_text(batch, verbose=args.verbose)
    elif args.format == "csv":
        from ._cohort.gradebook import Gradebook, render_csv

        text = render_csv(Gradebook.build(batch), "plain")
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


def _expect(batch: BatchResult, exercises: list[int] | None) -> None:
    """Record the cohort's exercises, and a 'missing' result for each one a learner lacks."""
    from ._grading.batch import exercise_of_name
    from ._grading.learners import missing_notebooks
    from ._schema import NotebookResult, sort_key
    from ._tasks import all_exercises

    wanted = exercises or [e.number for e in all_exercises()]
    batch.exercises = wanted
    handed: dict[str, set[int]] = {}
    for nb in batch.notebooks:
        if nb.learner is not None:
            got = handed.setdefault(nb.learner, set())
            ex = nb.exercise if nb.exercise is not None else exercise_of_name(nb.path)
            if ex is not None:
                got.add(ex)
    for learner, n, name in missing_notebooks(handed, wanted):
        batch.notebooks.append(
            NotebookResult(path=name, learner=learner, status="missing", exercise=n)
        )
    batch.notebooks.sort(key=lambda nb: sort_key(nb.learner, nb.path))


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
        book = Gradebook.build(batch, _overrides(args, batch))
    if args.layout == "plain":
        if args.template or args.roster:
            raise UsageError("--template and --roster go with --layout canvas or moodle.")
        _write(render_csv(book, "plain"), args.output)
        return EXIT_OK
    filled = _platform_file(args, book)
    for line in filled.notes:
        print(f"pmcourse: {line}", file=sys.stderr)
    _write(filled.text, args.output)
    return EXIT_OK


def _platform_file(args: argparse.Namespace, book: Gradebook) -> Filled:
    from ._cohort import platforms

    zero = args.missing == "zero"
    if args.template is not None:
        try:
            # bytes, decoded as they are: the file goes back with its own line ends and mark
            template = args.template.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
            raise UsageError(f"Cannot read the template {args.template}: {why}.") from None
        if args.layout == "canvas":
            return platforms.fill_canvas(
                book,
                template,
                source=str(args.template),
                mapping=platforms.parse_map(args.map),
                missing_zero=zero,
                create_columns=args.create_columns,
            )
        return platforms.fill_moodle_worksheet(
            book, template, source=str(args.template), exercise=args.exercise, missing_zero=zero
        )
    if args.layout == "moodle" and args.roster:
        from ._grading.roster import load_roster

        return platforms.moodle_import(book, load_roster(args.roster), missing_zero=zero)
    if args.layout == "canvas":
        raise UsageError(
            "--layout canvas needs --template: your Canvas gradebook export (Grades, Export, "
            "Export Entire Gradebook), so that grades go into your existing assignments and "
            "students instead of new ones."
        )
    raise UsageError(
        "--layout moodle needs --template (an assignment's grading worksheet) or --roster "
        "(the participants, for the gradebook import)."
    )


def _review(args: argparse.Namespace) -> int:
    from ._cohort.io import load_results
    from ._cohort.review import render_review

    batch = load_results(args.results)
    roots = [args.root] if args.root else [Path.cwd(), args.results.resolve().parent]
    if not args.root and batch.root:
        roots.append(Path(batch.root))
    review = render_review(batch, roots=roots)
    if review.unread:
        where = ", ".join(str(r) for r in roots)
        print(
            f"pmcourse: the answers of {review.unread} of {review.notebooks} notebook(s) could "
            f"not be read (looked in {where}; first missing: {review.first_unread}): their "
            "answer cells are empty. Pass --root with the folder you graded in.",
            file=sys.stderr,
        )
    _write(review.text, args.output)
    return EXIT_FAIL if review.unread else EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from ._cohort.merge import merge_results

    merged = merge_results(args.shards, allow_partial=args.allow_partial)
    for line in merged.warnings:
        print(f"pmcourse: {line}", file=sys.stderr)
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
