"""Cohort benchmarks: report, gradebook and merge on synthetic results (no kernels).

    python tests/bench/cohort.py [--learners 10000]

Results are made directly as ``BatchResult`` data: every learner hands in the
eight exercise notebooks, with task verdicts drawn from a fixed seed so that
runs compare.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent.parent / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from pmcourse._cohort.render import render_json
from pmcourse._schema import BatchResult, NotebookResult, TaskResult

TARGET_SECONDS = 5.0
TARGET_REPORT_BYTES = 1_000_000
TARGET_MERGE_SECONDS = 2.0


def synthetic_batch(learners: int, *, seed: int = 7, start: int = 0) -> BatchResult:
    """``learners`` learners x every exercise, verdicts drawn at random (about 1% ungraded)."""
    from pmcourse._tasks import all_exercises, all_tasks

    rng = random.Random(seed + start)
    by_chapter: dict[int, list[object]] = {}
    for task in all_tasks():
        by_chapter.setdefault(task.chapter, []).append(task)
    notebooks = []
    for i in range(start, start + learners):
        learner = f"learner{i:05d}"
        skill = rng.random()
        for ex in all_exercises():
            path = f"submissions/{learner}/{ex.notebook}"
            if rng.random() < 0.01:
                notebooks.append(
                    NotebookResult(
                        path=path,
                        status="error",
                        error="The file is not valid JSON: ask for it again.",
                        learner=learner,
                    )
                )
                continue
            tasks = []
            viewed = []
            for task in by_chapter[ex.number]:
                roll = rng.random()
                if roll < 0.04:
                    status, score, fb = "not attempted", 0.0, "Not answered yet."
                elif roll < 0.35 + 0.6 * skill:
                    status, score, fb = "pass", task.points, "✔ Right: the reason is given."  # type: ignore[attr-defined]
                else:
                    status = "fail"
                    score = round(task.points * rng.choice((0, 0.5)), 2)  # type: ignore[attr-defined]
                    fb = f"✔ Part one\n✘ Criterion {rng.randint(1, 4)}: this point is missing."
                if rng.random() < 0.02:
                    viewed.append(task.id)  # type: ignore[attr-defined]
                tasks.append(
                    TaskResult(
                        task.id,  # type: ignore[attr-defined]
                        task.title,  # type: ignore[attr-defined]
                        status,  # type: ignore[arg-type]
                        score,
                        task.points,  # type: ignore[attr-defined]
                        fb,
                        hint=task.hint,  # type: ignore[attr-defined]
                        link=f"https://pmcourse.github.io/pmcourse/{task.section}",  # type: ignore[attr-defined]
                    )
                )
            notebooks.append(
                NotebookResult(
                    path=path,
                    status="graded",
                    tasks=tasks,
                    seconds=rng.uniform(0.8, 4.0),
                    learner=learner,
                    launch="warm",
                    solution_first=viewed,
                )
            )
    return BatchResult(notebooks=notebooks, sandbox="bubblewrap")


def _run(argv: list[str], runs: int = 3) -> str:
    """``pmcourse ARGV`` as an instructor runs it, a whole process each time (start-up,
    imports and fresh memory included): median wall time, and its CPU time."""
    import os
    import statistics
    import subprocess

    walls, cpus = [], []
    # An installed pmcourse has its bytecode compiled (pip does it at install), so the
    # runs may write and reuse .pyc files even where the shell says not to; the first
    # run writes them, and the median is of three.
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    output = Path(argv[argv.index("-o") + 1])
    for _ in range(runs):
        output.unlink(missing_ok=True)  # as a first run writes it: no old file to replace
        before = os.times()
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pmcourse", *argv],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        walls.append(time.perf_counter() - start)
        after = os.times()
        cpus.append(
            after.children_user
            - before.children_user
            + after.children_system
            - before.children_system
        )
        if done.returncode != 0:
            raise SystemExit(f"pmcourse {' '.join(argv)} exited {done.returncode}: {done.stderr}")
    return f"{statistics.median(walls):.2f} s (CPU {statistics.median(cpus):.2f} s)"


def cohort_rows(
    learners: int = 10_000, shards: int = 10, per_shard: int = 1_000
) -> list[tuple[str, str, str]]:
    """(measure, result, target) rows; each command run as its own process, as from the shell."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = folder / "results.json"
        batch = synthetic_batch(learners)
        results.write_text(render_json(batch), encoding="utf-8")  # as grade writes it
        size = results.stat().st_size / 2**20
        n = len(batch.notebooks)
        del batch
        report = folder / "cohort.html"
        t = _run(["report", str(results), "-o", str(report)])
        rows.append(
            (
                f"pmcourse report, {learners:,} learners x {n // learners} notebooks ({size:.0f} MB JSON)",
                t,
                "< 5 s",
            )
        )
        rows.append(("  report size", f"{report.stat().st_size / 1e3:.0f} KB", "<= 1 MB"))
        t = _run(["gradebook", str(results), "-o", str(folder / "grades.csv")])
        rows.append((f"pmcourse gradebook, {n:,} notebooks", t, "< 5 s"))
        paths = []
        for k in range(shards):
            shard = folder / f"shard-{k + 1}.json"
            data = render_json(synthetic_batch(per_shard, start=k * per_shard))
            shard.write_text(data, encoding="utf-8")
            paths.append(str(shard))
        t = _run(["merge", *paths, "-o", str(folder / "merged.json")])
        rows.append((f"pmcourse merge, {shards} shards x {per_shard:,} learners", t, "< 2 s"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--learners", type=int, default=10_000)
    args = parser.parse_args()
    rows = cohort_rows(args.learners)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':>9}  target")
    for measure, result, target in rows:
        print(f"{measure:<{width}}  {result:>9}  {target}")


if __name__ == "__main__":
    main()
