"""The story analyser against its labelled corpus: agreement, precision, recall, speed.

``python tests/bench/story.py`` prints one table; ``story_rows()`` gives the same rows
(measure, result, target) to other bench scripts. Precision and recall treat "the
criterion is met" as the positive class, so a low recall means good stories fail and
a low precision means bad stories pass.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "stories.jsonl"
sys.path.insert(0, str(ROOT / "src"))

from pmcourse._tasks import ch04, story

CRITERIA = ("persona", "outcome", "criteria", "problem", "topic")


def load() -> list[dict[str, object]]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:.1f}%" if den else "n/a"


def story_rows(repeats: int = 5) -> list[tuple[str, str, str]]:
    """Per-criterion agreement, precision and recall, then time per story."""
    rows: list[tuple[str, str, str]] = []
    stories = load()
    counts = {c: [0, 0, 0, 0] for c in CRITERIA}  # tp, fp, fn, tn
    for s in stories:
        scenario = getattr(ch04, str(s["scenario"]))
        result = story.analyse(str(s["text"]), scenario)
        labels = s["labels"]
        assert isinstance(labels, dict)
        for crit, expected in labels.items():
            got = result.passed(crit)
            tp, fp, fn, tn = counts[crit]
            counts[crit] = [
                tp + (got and expected),
                fp + (got and not expected),
                fn + (not got and expected),
                tn + (not got and not expected),
            ]
    rows.append((f"story corpus: {len(stories)} labelled stories", "", ""))
    for crit in CRITERIA:
        tp, fp, fn, tn = counts[crit]
        n = tp + fp + fn + tn
        rows.append(
            (
                f"  {crit}: agreement (n={n})",
                _pct(tp + tn, n),
                ">= 95%",
            )
        )
        rows.append(
            (f"  {crit}: precision / recall", f"{_pct(tp, tp + fp)} / {_pct(tp, tp + fn)}", "")
        )
    samples: list[float] = []
    for s in stories:
        scenario = getattr(ch04, str(s["scenario"]))
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            story.analyse(str(s["text"]), scenario)
            best = min(best, time.perf_counter() - start)
        samples.append(best)
    rows.append(
        ("analyse() per story, median", f"{statistics.median(samples) * 1e3:.2f} ms", "< 5 ms")
    )
    rows.append(("analyse() per story, worst", f"{max(samples) * 1e3:.2f} ms", "< 5 ms"))
    return rows


def main() -> None:
    rows = story_rows()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':>16}  target")
    for measure, result, target in rows:
        print(f"{measure:<{width}}  {result:>16}  {target}")


if __name__ == "__main__":
    main()
