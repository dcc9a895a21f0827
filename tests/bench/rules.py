"""Each decision rule of the story analyser against the tuned corpus: how often it is right.

A rule is a place in the analyser's code that returns a verdict (``_outcome.py:231``);
for a verdict summed up from items, the item rule that failed the first item is part of it
(``_criteria.py:568<_criteria.py:359``).
``python tests/bench/rules.py`` runs the whole tuned corpus once, remembers which rule
gave each decided verdict, and prints every rule that decides at least ``--min`` times
with its agreement with the labels, weakest first. ``weak_rules()`` gives the same to a
test: a rule that agrees with careful readers less often than ``WEAK`` is weak evidence,
and weak evidence says "unsure" (issue 22), never "met" or "not met".

The untouched slice is never read here: a rule's measure comes from the tuned corpus only.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import storydata

from pmcourse._tasks import story as story_pkg
from pmcourse._tasks.story import _criteria, _types, analyse

# Below this share of agreement with the labels a rule's verdict is weak evidence.
WEAK = 0.90
# A rule that decided fewer times than this has no measure worth reading.
MIN_DECIDED = 5

_Base = _types.Finding

# A judge that sums up its items gives one verdict from one line, whichever item rule
# failed them; the line of the item rule that gave the first failed item its reason is
# part of that verdict's rule ("_criteria.py:568<_criteria.py:359"), so calibration sees
# each item rule. judge -> (its item rule, cached)
_ITEM_RULES = {_criteria.judge_criteria: _criteria.criterion_problem}
_item_reasons: list[str] = []


def _site(frame: FrameType) -> str:
    return f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"


class _Traced(_Base):
    """A Finding that remembers the line of code that made it.

    ``dataclasses.replace`` makes a copy: the copy keeps the original's rule (the
    original is ``obj`` in the frame of ``replace``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        caller = sys._getframe(1)
        if caller.f_code is dataclasses.replace.__code__:
            site = getattr(caller.f_locals.get("obj"), "site", _site(caller))
        else:
            site = _site(caller)
        if self.state == "not met" and caller.f_code in _JUDGE_CODES and _item_reasons:
            site = f"{site}<{_item_reasons[0]}"
        object.__setattr__(self, "site", site)


_JUDGE_CODES = {judge.__code__ for judge in _ITEM_RULES}
_RULE_CODES = {rule.__wrapped__.__code__: judge.__code__ for judge, rule in _ITEM_RULES.items()}


def _record_reason(frame: FrameType, event: str, arg: object) -> None:
    """Profiler: remember where an item rule, called by its judge, found a reason."""
    if event != "return" or arg is None:
        return
    judge = _RULE_CODES.get(frame.f_code)
    if judge is not None and frame.f_back is not None and frame.f_back.f_code is judge:
        _item_reasons.append(_site(frame))


def _analyse(text: str, scenario: Any) -> Any:
    """``analyse`` with each item rule's reasons recorded (its cache cleared, so that every
    item is judged afresh)."""
    _item_reasons.clear()
    for rule in _ITEM_RULES.values():
        rule.cache_clear()
    sys.setprofile(_record_reason)
    try:
        return analyse(text, scenario)
    finally:
        sys.setprofile(None)


@contextmanager
def _traced() -> Iterator[None]:
    """Every analyser module makes its Findings through ``_Traced`` while inside; the real
    class is put back after (a traced Finding never equals a plain one)."""
    modules = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith(story_pkg.__name__) and getattr(module, "Finding", None) is _Base
    ]
    for module in modules:
        module.Finding = _Traced  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in modules:
            module.Finding = _Base  # type: ignore[attr-defined]


@cache
def rule_table() -> dict[tuple[str, str, str], tuple[int, int]]:
    """(criterion, rule, state) -> (right, decided) over the whole tuned corpus."""
    return {k: (len(v[0]), len(v[0]) + len(v[1])) for k, v in _verdicts().items()}


@cache
def _verdicts() -> dict[tuple[str, str, str], tuple[list[str], list[str]]]:
    """(criterion, rule, state) -> (ids it got right, ids it got wrong)."""
    table: dict[tuple[str, str, str], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for s in storydata.tuned():
        with _traced():
            result = _analyse(str(s["text"]), storydata.scenario(str(s["scenario"])))
        for f in result.findings:
            label = s["labels"].get(f.criterion)
            if label is None or not f.decided:
                continue
            table[(f.criterion, getattr(f, "site", "?"), f.state)][f.passed != label].append(
                str(s["id"])
            )
    return dict(table)


def weak_rules(
    weak: float = WEAK, least: int = MIN_DECIDED
) -> list[tuple[str, str, str, int, int]]:
    """Rules deciding at least ``least`` times and right less often than ``weak``."""
    return sorted(
        (crit, site, state, right, n)
        for (crit, site, state), (right, n) in rule_table().items()
        if n >= least and right < weak * n
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min", type=int, default=MIN_DECIDED, help="least decisions shown")
    parser.add_argument("--all", action="store_true", help="every rule, not only the weak")
    parser.add_argument("--wrong", action="store_true", help="list the stories each got wrong")
    args = parser.parse_args()
    rows = sorted(
        (
            (right / n, crit, site, state, right, n)
            for (crit, site, state), (right, n) in rule_table().items()
        )
        if args.all
        else ((r / n, c, s, st, r, n) for c, s, st, r, n in weak_rules(least=args.min))
    )
    print(f"{'criterion':10} {'rule':28} {'verdict':8} {'right':>12}")
    for share, crit, site, state, right, n in rows:
        if n >= args.min:
            print(f"{crit:10} {site:28} {state:8} {right:>5}/{n:<5} {100 * share:5.1f}%")
            if args.wrong:
                print("    wrong on: " + " ".join(_verdicts()[(crit, site, state)][1]))
    if not rows:
        print(f"no rule decides {args.min}+ times and agrees with the labels under {WEAK:.0%}")


if __name__ == "__main__":
    main()
