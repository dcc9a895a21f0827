"""``nox -s bench``: measure what the issues set targets for and print one table.

Figures, not tests: nothing here fails a build. Each row gives the median of
several runs on this machine.

    python tests/bench/run.py [--quick] [--no-site] [--batch N]
"""

from __future__ import annotations

import argparse
import json
import os
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


PLAIN_NBCLIENT_MANY = """
import sys, nbformat
from nbclient import NotebookClient
for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=30, kernel_name="python3", allow_errors=True, shutdown_kernel="immediate"
    ).execute()
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


def _grade(*args: str) -> list[str]:
    return [sys.executable, "-m", "pmcourse", "grade", *args]


def _side_by_side(cmds: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Each command ``runs`` times, interleaved, so that load on the machine hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name] += wall(cmd, 1)
    return times


def bench_grading(runs: int, work: Path) -> list[tuple[str, str, str]]:
    """Issue 13: warm kernels against plain nbclient and against cold kernels, side by side."""
    py = sys.executable
    solved = [nbf.write(work / p.name, nbf.solved(nbf.chapter_of(p))) for p in nbf.exercise_paths()]
    one = solved[2]  # exercise 3 draws a chart: matplotlib in the kernel
    script = work / "plain_nbclient.py"
    script.write_text(PLAIN_NBCLIENT)
    many = work / "plain_nbclient_many.py"
    many.write_text(PLAIN_NBCLIENT_MANY)
    single = _side_by_side(
        {
            "plain": [py, str(script), str(one)],
            "warm": _grade("--jobs", "1", str(one)),
            "cold": _grade("--jobs", "1", "--no-warm", str(one)),
        },
        runs,
    )
    eight = _side_by_side(
        {
            "plain": [py, str(many), *map(str, solved)],
            "warm": _grade("--jobs", "1", *map(str, solved)),
            "cold": _grade("--jobs", "1", "--no-warm", *map(str, solved)),
        },
        max(3, runs // 2),
    )
    p1, w1, c1 = (med(single[k]) for k in ("plain", "warm", "cold"))
    p8, w8, c8 = (med(eight[k]) for k in ("plain", "warm", "cold"))
    n = len(solved)
    return [
        (f"plain nbclient, one notebook ({one.name})", f"{p1:.2f} s", "baseline"),
        (
            "pmcourse grade, the same notebook: warm | --no-warm",
            f"{w1:.2f} | {c1:.2f} s",
            f"warm <= 1.0 x plain: {w1 / p1:.2f} x (cold {c1 / p1:.2f} x)",
        ),
        (
            f"plain nbclient, {n} notebooks in one process (fresh kernel each)",
            f"{p8:.2f} s",
            "baseline",
        ),
        (
            f"pmcourse grade, the {n} notebooks, --jobs 1: warm | --no-warm",
            f"{w8:.2f} | {c8:.2f} s",
            f"warm <= 0.3 x plain: {w8 / p8:.2f} x (cold {c8 / p8:.2f} x)",
        ),
    ]


def _peak_rss(proc: subprocess.Popen[str], marker: str, peaks: dict[str, int]) -> None:
    """Sample the grader's RSS and its template's (found by ``marker``) until the grader ends."""

    def rss(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    template = 0
    while proc.poll() is None:
        if not template:
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    try:
                        cmd = (entry / "cmdline").read_bytes()
                    except OSError:
                        continue
                    if (
                        marker.encode() in cmd
                        and str(proc.pid).encode()
                        in (entry / "stat").read_bytes().split(b")")[-1].split()[1]
                    ):
                        template = int(entry.name)
        grader, tpl = rss(proc.pid), rss(template) if template else 0
        peaks["grader"] = max(peaks.get("grader", 0), grader)
        peaks["template"] = max(peaks.get("template", 0), tpl)
        peaks["both"] = max(peaks.get("both", 0), grader + tpl)
        time.sleep(0.05)


def _timed_batch(folder: Path, *flags: str) -> tuple[float, int, dict[str, int]]:
    import threading

    start = time.perf_counter()
    proc = subprocess.Popen(
        _grade("--jobs", "2", "--format", "json", *flags, str(folder)),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    peaks: dict[str, int] = {}
    sampler = threading.Thread(target=_peak_rss, args=(proc, "pmcourse._grading.template", peaks))
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    sampler.join()
    report = json.loads(out)
    launches = {nb["launch"] for nb in report["notebooks"]}
    graded = sum(nb["status"] == "graded" for nb in report["notebooks"])
    peaks["launch_ok"] = int(launches == ({"cold"} if flags else {"warm"}))
    return elapsed, graded, peaks


def bench_batch(n: int, work: Path) -> list[tuple[str, str, str]]:
    folder = work / "batch"
    folder.mkdir()
    sources = [nbf.solved(nbf.chapter_of(p)) for p in nbf.exercise_paths()]
    for i in range(n):
        nbf.write(folder / f"learner{i:03d}.ipynb", sources[i % len(sources)])
    warm_s, warm_n, warm_mem = _timed_batch(folder)
    cold_s, cold_n, cold_mem = _timed_batch(folder, "--no-warm")
    mib = 2**20
    return [
        (
            f"batch of {n} notebooks, --jobs 2: warm | --no-warm",
            f"{warm_s:.1f} | {cold_s:.1f} s",
            f"warm <= 0.4 x cold: {warm_s / cold_s:.2f} x ({warm_n} | {cold_n} graded)",
        ),
        (
            "  peak RSS, grader + template (kernels excluded): warm | --no-warm",
            f"{warm_mem['both'] / mib:.0f} | {cold_mem['both'] / mib:.0f} MiB",
            f"< 500 MiB (template alone {warm_mem['template'] / mib:.0f} MiB)",
        ),
    ]


def bench_fork_times(n: int, work: Path) -> list[tuple[str, str, str]]:
    """Fork to kernel ready (its first cell can be sent), in this process, over ``n`` notebooks."""
    from pmcourse._grading import warm
    from pmcourse._grading.batch import grade_paths
    from pmcourse._grading.limits import RunLimits

    folder = work / "forks"
    folder.mkdir()
    sources = [nbf.solved(nbf.chapter_of(p)) for p in nbf.exercise_paths()]
    paths = [nbf.write(folder / f"l{i:03d}.ipynb", sources[i % len(sources)]) for i in range(n)]
    warm.START_TIMES.clear()
    grade_paths(paths, limits=RunLimits(timeout=30), jobs=2)
    times = sorted(warm.START_TIMES)
    if not times:
        return [("fork to first cell", "not measured: no warm kernel", "")]
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return [
        (
            f"fork to first cell (kernel ready), {len(times)} warm kernels",
            f"{med(times) * 1e3:.0f} | {p95 * 1e3:.0f} ms",
            "median | p95",
        )
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
    ap.add_argument(
        "--no-site", action="store_true", help="skip page weight, Lighthouse and the browser app"
    )
    ap.add_argument("--batch", type=int, default=0, help="also time a batch of N notebooks")
    ap.add_argument(
        "--grading-only", action="store_true", help="only the grading rows (issue 13's table)"
    )
    args = ap.parse_args()
    runs = 3 if args.quick else 5
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.grading_only:
            rows += bench_import(10 if args.quick else 20)
            rows += bench_check()
            rows += _rows_of("story.py", "story_rows")  # the analyser: precision, recall, speed
            rows += _rows_of("cohort.py", "cohort_rows")  # gradebook, report, merge at scale
            if not args.no_site:
                rows += _rows_of("lite.py", "lite_rows")  # the in-browser app: start, size
        rows += bench_grading(runs, work)
        rows += bench_fork_times(40, work)
        if args.batch:
            rows += bench_batch(args.batch, work)
    if not args.no_site and not args.grading_only:
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
