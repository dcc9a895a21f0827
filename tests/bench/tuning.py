"""Tools for a tuning round of the story analyser and the 9.7 eval-plan check (authors only).

A round, as the READMEs of the story corpora describe it: promote the measured untouched
slice to the tuned corpus, list what is still wrong, fix it by general rules on branches,
merge, and measure the next untouched slice once. Each subcommand does one step::

    python tests/bench/tuning.py wrong [--out FILE]       # every wrong and unsure verdict, tuned
    python tests/bench/tuning.py misses CRITERION [met|not]  # the stories one judge gets wrong
    python tests/bench/tuning.py plan-misses [LABEL]       # the eval plans 9.7 gets wrong
    python tests/bench/tuning.py known FILE.jsonl          # KNOWN_MISSES entries for a file
    python tests/bench/tuning.py sync-known                # both known lists = what fails now
    python tests/bench/tuning.py slices                    # each untouched slice on its own
    python tests/bench/tuning.py rules-on FILE.jsonl...    # which rule gave each wrong verdict

``wrong`` writes one line per wrong (``W``/``PW``) or unsure (``U``/``PU``) verdict, so that
``diff`` of two runs shows exactly what a change moved. ``slices`` and ``rules-on`` read the
untouched slice: run them only after it has been measured (``python tests/bench/story.py``).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "tests" / "bench")]

import storydata

from pmcourse import check
from pmcourse._tasks.story import analyse


def _short(text: str, most: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"


def _plan_states(text: str) -> dict[str, str]:
    """9.7's state for each labelled element, read as the bench reads it."""
    return storydata.grade_plan(text)[0]


def _story_misses(story: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(criterion, finding) for each decided verdict against the story's label."""
    result = analyse(story["text"], storydata.scenario(story["scenario"]))
    for f in result.findings:
        label = story["labels"].get(f.criterion)
        if label is not None and f.decided and f.passed != label:
            yield f.criterion, f


def wrong(out: Path) -> None:
    lines = []
    decided = n_wrong = unsure = 0
    for s in storydata.tuned():
        for f in analyse(s["text"], storydata.scenario(s["scenario"])).findings:
            label = s["labels"].get(f.criterion)
            if label is None:
                continue
            if not f.decided:
                unsure += 1
                lines.append(f"U {s['id']} {f.criterion}")
                continue
            decided += 1
            if f.passed != label:
                n_wrong += 1
                lines.append(f"W {s['id']} {f.criterion} {f.state}")
    plans_wrong = plans_unsure = 0
    for p in storydata.evalplans("tuning"):
        for label, state in _plan_states(p["text"]).items():
            if state == "unsure":
                plans_unsure += 1
                lines.append(f"PU {p['id']} {label}")
            elif (state == "met") != p["labels"][label]:
                plans_wrong += 1
                lines.append(f"PW {p['id']} {label} {state}")
    out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(
        f"stories: decided {decided}, wrong {n_wrong} ({100 * (1 - n_wrong / decided):.2f} % "
        f"right), unsure {unsure}; plans: wrong {plans_wrong}, unsure {plans_unsure}; "
        f"each in {out}"
    )


def misses(criterion: str, state: str | None) -> None:
    count = 0
    for s in storydata.tuned():
        found = [f for crit, f in _story_misses(s) if crit == criterion]
        if not found or (state and (found[0].state == "met") != (state == "met")):
            continue
        count += 1
        print("=" * 100)
        print(f"{s['id']}  {s['scenario']}  labels={s['labels']}  unsure_ok={s.get('unsure_ok')}")
        print(f"defect={s.get('defect')!r} words={s.get('defect_words')!r}\nnote: {s.get('note')}")
        print("-" * 40, s["text"], "-" * 40, sep="\n")
        for f in analyse(s["text"], storydata.scenario(s["scenario"])).findings:
            print("  " + _short(f.line, 400))
    print(f"\n{count} stories wrong on {criterion}", file=sys.stderr)


def plan_misses(only: str | None) -> None:
    count = 0
    for p in storydata.evalplans("tuning"):
        states = _plan_states(p["text"])
        bad = {
            label: state
            for label, state in states.items()
            if state != "unsure" and (state == "met") != p["labels"][label]
        }
        if not bad or (only and only not in bad):
            continue
        count += 1
        print("=" * 100)
        print(f"{p['id']} wrong={bad} labels={p['labels']} unsure_ok={p.get('unsure_ok')}")
        print(f"note: {p.get('note')}", "-" * 40, p["text"], "-" * 40, sep="\n")
        print(check("9.7", p["text"]).feedback)
    print(f"\n{count} plans wrong", file=sys.stderr)


def known(name: str) -> None:
    """Entries for KNOWN_MISSES (stories) or KNOWN_PLAN_MISSES (``evalplans*`` files)."""
    for row in storydata.load(name):
        doubt = set(row.get("unsure_ok") or [])
        if name.startswith("evalplans"):
            bits = [
                f"{label}{' (unsure_ok)' if label in doubt else ''} labelled "
                f"{'met' if row['labels'][label] else 'not met'}, judged {state}"
                for label, state in _plan_states(row["text"]).items()
                if state != "unsure" and (state == "met") != row["labels"][label]
            ]
        else:
            bits = [
                f"{crit}{' (unsure_ok)' if crit in doubt else ''} labelled "
                f"{'met' if f.state != 'met' else 'not met'}, judged {f.state}: "
                f"{_short(f.message)}"
                for crit, f in _story_misses(row)
            ]
        if bits:
            reason = "; ".join(bits) + "; the rule is still to generalise"
            print(f"    {row['id']!r}: {reason!r},")


def _corpus_test_fails(story: dict[str, Any]) -> list[str]:
    """Why ``test_corpus_story`` fails on a tuned story (empty when it passes)."""
    bits = [
        f"{crit} labelled {'met' if f.state != 'met' else 'not met'}, judged {f.state}: "
        f"{_short(f.message)}"
        for crit, f in _story_misses(story)
    ]
    words = str(story.get("defect_words") or "").lower()
    result = analyse(story["text"], storydata.scenario(story["scenario"]))
    bits += [
        f"a {f.criterion} tick quotes the defect words {words!r}"
        for f in result.findings
        if words and f.state == "met" and words in f.message.lower()
    ]
    return bits


def _plan_test_fails(plan: dict[str, Any]) -> list[str]:
    result = check("9.7", str(plan["text"]))
    states = (
        dict.fromkeys(storydata.PLAN_LINES.values(), "not met")
        if result.status == "error"
        else storydata.plan_verdicts(result.feedback)
    )
    return [
        f"{label} labelled {'met' if plan['labels'][label] else 'not met'}, judged {state}"
        for label, state in states.items()
        if state != "unsure" and (state == "met") != plan["labels"][label]
    ]


def _sync(path: Path, name: str, rows: list[dict[str, Any]], fails: Any) -> None:
    """Edit the dict ``name`` in ``path`` in place: entries that pass now are cut (with
    their lines), new failures are added at the end; the others keep their text."""
    src = path.read_text(encoding="utf-8")
    node = next(
        n
        for n in ast.parse(src).body
        if isinstance(n, ast.AnnAssign | ast.Assign)
        and getattr(n.target if isinstance(n, ast.AnnAssign) else n.targets[0], "id", "") == name
    )
    assert isinstance(node.value, ast.Dict)
    old = ast.literal_eval(node.value)
    failing = {row["id"]: fails(row) for row in rows}
    added = {
        k: "; ".join(v) + "; the rule is still to generalise"
        for k, v in failing.items()
        if v and k not in old
    }
    gone = {k for k in old if not failing.get(k)}
    lines = src.split("\n")
    drop: set[int] = set()
    for key, value in zip(node.value.keys, node.value.values, strict=True):
        if isinstance(key, ast.Constant) and key.value in gone:
            last = value.end_lineno or value.lineno
            last += lines[last].strip().startswith(")")  # a value in parentheses
            drop.update(range(key.lineno - 1, last))
    close = (node.value.end_lineno or 0) - 1
    new = [f"    {k!r}: {v!r}," for k, v in added.items()]
    kept = [line for i, line in enumerate(lines[:close]) if i not in drop]
    path.write_text("\n".join(kept + new + lines[close:]), encoding="utf-8")
    print(f"{name}: added {len(added)} {sorted(added)}, removed {len(gone)} {sorted(gone)}")


def sync_known() -> None:
    tests = ROOT / "tests" / "tasks"
    _sync(tests / "test_story.py", "KNOWN_MISSES", storydata.tuned(), _corpus_test_fails)
    _sync(
        tests / "test_ch09.py", "KNOWN_PLAN_MISSES", storydata.evalplans("tuning"), _plan_test_fails
    )
    print("now run: ruff format tests/tasks/test_story.py tests/tasks/test_ch09.py")


def slices() -> None:
    import story

    for name in storydata.holdout_files():
        number = name.removeprefix("stories-holdout-").removesuffix(".jsonl")
        plans = f"evalplans-holdout-{number}.jsonl"
        rows = story._slice(name, storydata.load(name)) + story.plan_rows(
            plans, storydata.load(plans)
        )
        width = max(len(measure) for measure, _, _ in rows)
        for measure, result, target in rows:
            print(f"{measure:<{width}} {result:>8}  {target}")
        print()


def rules_on(files: list[str]) -> None:
    """The rule table of ``rules.py`` over the given files instead of the tuned corpus."""
    import rules

    storydata.tuned = lambda: [s for name in files for s in storydata.load(name)]
    table = rules._verdicts()
    for (crit, site, state), (right, bad) in sorted(table.items(), key=lambda kv: -len(kv[1][1])):
        if bad:
            n = len(right) + len(bad)
            print(f"{crit:9} {site:40} {state:8} {len(right)}/{n}  wrong: {' '.join(bad)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("wrong", help="every wrong and unsure verdict on the tuned corpus")
    w.add_argument("--out", type=Path, default=Path(".tuning-verdicts.txt"))
    m = sub.add_parser("misses", help="the tuned stories one judge gets wrong")
    m.add_argument("criterion", choices=storydata.CRITERIA)
    m.add_argument("state", nargs="?", choices=["met", "not"])
    pm = sub.add_parser("plan-misses", help="the tuned eval plans 9.7 gets wrong")
    pm.add_argument("label", nargs="?", choices=list(storydata.PLAN_LINES.values()))
    k = sub.add_parser("known", help="known-miss entries for one corpus file")
    k.add_argument("file")
    sub.add_parser("sync-known", help="make both known-miss lists what fails now")
    sub.add_parser("slices", help="each untouched slice on its own (after measuring)")
    r = sub.add_parser("rules-on", help="which rule gave each wrong verdict in these files")
    r.add_argument("files", nargs="+")
    args = parser.parse_args()
    if args.command == "wrong":
        wrong(args.out)
    elif args.command == "misses":
        misses(args.criterion, args.state)
    elif args.command == "plan-misses":
        plan_misses(args.label)
    elif args.command == "known":
        known(args.file)
    elif args.command == "sync-known":
        sync_known()
    elif args.command == "slices":
        slices()
    else:
        rules_on(args.files)


if __name__ == "__main__":
    main()
