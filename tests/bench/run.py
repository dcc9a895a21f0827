"""``nox -s bench``: measure what the issues set targets for and print one table.

Figures, not tests: nothing here fails a build. Each row gives the median of
several runs on this machine.

    python tests/bench/run.py [--quick] [--no-site] [--batch N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import nbfactory as nbf

PLAIN_NBCLIENT = """
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=30, kernel_name="python3", allow_errors=True).execute()
"""


def wall(cmd: list[str], runs: int, **kw: object) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            cmd,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            **kw,
        )  # type: ignore[call-overload]
        times.append(time.perf_counter() - start)
    return times


def med(xs: list[float]) -> float:
    return statistics.median(xs)


def bench_import(runs: int) -> list[tuple[str, str, str]]:
    py = sys.executable
    whole = wall([py, "-c", "import pmcourse"], runs)
    bare = wall([py, "-c", "pass"], runs)
    code = "import time; t=time.perf_counter(); import pmcourse; print(time.perf_counter()-t)"
    inner = [
        float(subprocess.run([py, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return [
        ('python -c "import pmcourse" (whole process)', f"{med(whole) * 1e3:.0f} ms", "< 100 ms"),
        ("  of which Python start-up alone", f"{med(bare) * 1e3:.0f} ms", ""),
        ("  of which the import itself", f"{med(inner) * 1e3:.1f} ms", ""),
    ]


def bench_check() -> list[tuple[str, str, str]]:
    import pmcourse
    from pmcourse import check

    answers: list[tuple[str, object]] = []

    def capture(task_id: str, answer: object, **_: object) -> None:
        answers.append((task_id, answer))

    import matplotlib as mpl

    mpl.use("Agg")
    # Run each solved notebook's code with check() swapped for a recorder, to get the answers.
    pmcourse.check = capture  # type: ignore[assignment]
    try:
        for path in nbf.exercise_paths():
            namespace: dict[str, object] = {}
            for cell in nbf.solved(nbf.chapter_of(path))["cells"]:
                if cell["cell_type"] == "code":
                    exec("".join(cell["source"]), namespace)  # noqa: S102 - our own solutions
    finally:
        pmcourse.check = check
    per_task = []
    for task_id, answer in answers:
        check(task_id, answer)  # warm up: the registry loads once
        samples = []
        for _ in range(200):
            start = time.perf_counter()
            check(task_id, answer)
            samples.append(time.perf_counter() - start)
        per_task.append((med(samples), task_id))
    overall = med([m for m, _ in per_task])
    worst = max(per_task)
    return [
        (
            f"one self-check call, median over {len(per_task)} tasks",
            f"{overall * 1e3:.3f} ms",
            "< 1 ms",
        ),
        (f"  slowest task ({worst[1]}), its median", f"{worst[0] * 1e3:.3f} ms", "< 1 ms"),
    ]


def bench_grading(runs: int, work: Path) -> list[tuple[str, str, str]]:
    py = sys.executable
    solved = [nbf.write(work / p.name, nbf.solved(nbf.chapter_of(p))) for p in nbf.exercise_paths()]
    one = solved[2]  # exercise 3 draws a chart: matplotlib in the kernel
    script = work / "plain_nbclient.py"
    script.write_text(PLAIN_NBCLIENT)
    plain = wall([py, str(script), str(one)], runs)
    ours = wall([py, "-m", "pmcourse", "grade", "--jobs", "1", str(one)], runs)
    serial = wall(
        [py, "-m", "pmcourse", "grade", "--jobs", "1", *map(str, solved)], max(1, runs // 2)
    )
    jobs2 = wall(
        [py, "-m", "pmcourse", "grade", "--jobs", "2", *map(str, solved)], max(1, runs // 2)
    )
    return [
        (f"plain nbclient, one notebook ({one.name})", f"{med(plain):.2f} s", "baseline"),
        ("pmcourse grade, the same notebook", f"{med(ours):.2f} s", f"<= {med(plain):.2f} s"),
        (f"pmcourse grade, all {len(solved)} notebooks, --jobs 1", f"{med(serial):.2f} s", ""),
        (
            f"pmcourse grade, all {len(solved)} notebooks, --jobs 2",
            f"{med(jobs2):.2f} s",
            f"< 0.6 x serial = {0.6 * med(serial):.2f} s ({med(jobs2) / med(serial):.2f} x)",
        ),
    ]


def bench_batch(n: int, work: Path) -> list[tuple[str, str, str]]:
    folder = work / "batch"
    folder.mkdir()
    sources = [nbf.solved(nbf.chapter_of(p)) for p in nbf.exercise_paths()]
    for i in range(n):
        nbf.write(folder / f"learner{i:03d}.ipynb", sources[i % len(sources)])
    start = time.perf_counter()
    proc = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "-m",
            "pmcourse",
            "grade",
            "--jobs",
            "2",
            "--format",
            "json",
            str(folder),
        ],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    graded = len(json.loads(proc.stdout)["notebooks"])
    peak_kib = proc.stderr.strip().splitlines()[-1]
    return [
        (f"batch of {n} notebooks, --jobs 2: wall time", f"{elapsed:.1f} s", f"{graded} graded"),
        (
            "  peak RSS of the grader process",
            f"{int(peak_kib) / 1024:.0f} MiB",
            "kernels are children",
        ),
    ]


def _rows_of(script: str, function: str) -> list[tuple[str, str, str]]:
    """The rows of another bench script in this folder, if it is there."""
    import importlib.util

    path = HERE / script
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    if spec is None or spec.loader is None or not path.exists():
        return []
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows: list[tuple[str, str, str]] = getattr(module, function)()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--no-site", action="store_true", help="skip page weight and Lighthouse")
    ap.add_argument("--batch", type=int, default=0, help="also time a batch of N notebooks")
    args = ap.parse_args()
    runs = 3 if args.quick else 5
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows += bench_import(10 if args.quick else 20)
        rows += bench_check()
        rows += _rows_of("story.py", "story_rows")  # the analyser: precision, recall, speed
        rows += _rows_of("cohort.py", "cohort_rows")  # gradebook, report, merge at scale
        rows += bench_grading(runs, work)
        if args.batch and shutil.which("/usr/bin/time"):
            rows += bench_batch(args.batch, work)
    if not args.no_site:
        try:
            import importlib.util
            import site as _  # noqa: F401 - the stdlib module; ours is loaded by path below

            spec = importlib.util.spec_from_file_location("bench_site", HERE / "site.py")
            if spec and spec.loader and (HERE / "site.py").exists():
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                for row in module.rows():
                    rows.append(
                        (
                            str(row.get("measure", row.get("page", ""))),
                            str(row.get("value", "")),
                            str(row.get("target", "")),
                        )
                    )
        except Exception as exc:  # noqa: BLE001 - a figure missing is reported, not fatal
            rows.append(("site figures", f"not measured: {type(exc).__name__}: {exc}", ""))
    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    print(f"\n{'measure':<{w1}}  {'result':>{w2}}  target")
    print(f"{'-' * w1}  {'-' * w2}  {'-' * 30}")
    for measure, value, target in rows:
        print(f"{measure:<{w1}}  {value:>{w2}}  {target}")
    print(f"\n(machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
