"""The ranking task: the learner orders every item.

The score is the share of the task's ordering rules that the order keeps, and each
broken rule explains itself; a task whose rules form a cycle does not define.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._base import Json, Task, Verdict, join_quoted, quote_value, raise_if_placeholder

__all__ = [
    "Ranking",
    "Rule",
]


@dataclass(frozen=True)
class Rule:
    before: str
    after: str
    why: str  # shown when ``after`` is ranked above ``before``


@dataclass(frozen=True, kw_only=True)
class Ranking(Task):
    """Order every item; the score is the share of ordering rules the order keeps."""

    items: Sequence[str]
    rules: Sequence[Rule]

    def problems(self) -> list[str]:
        out = super().problems()
        names = [" ".join(i.split()).casefold() for i in self.items]
        if len(names) < 2 or not all(names) or len(set(names)) != len(names):
            out.append("it needs at least two items, each named differently")
        if not self.rules:
            out.append("it needs ordering rules: the score is the share of rules an order keeps")
        for r in self.rules:
            if r.before not in self.items or r.after not in self.items or r.before == r.after:
                out.append(f"the rule {r.before!r} before {r.after!r} must name two of its items")
            if not r.why.strip():
                out.append(f"the rule {r.before!r} before {r.after!r} needs its explanation (why)")
        if not out and _has_cycle(self.rules):
            out.append("its ordering rules form a cycle: no order can keep them all")
        return out

    def prepare(self, answer: object) -> Json:
        raise_if_placeholder(answer)
        if isinstance(answer, str) or not isinstance(answer, Sequence):
            raise self._bad(answer)
        given = list(answer)
        if given and all(isinstance(x, int) and not isinstance(x, bool) for x in given):
            raise self._bad(
                answer, "got a list of numbers; give the item names themselves, as text"
            )
        names = {i.strip().casefold(): i for i in self.items}
        order = [names.get(x.strip().casefold(), x) if isinstance(x, str) else x for x in given]
        unknown = [repr(str(x)[:40]) for x in order if x not in self.items]
        if unknown:
            raise self._bad(
                answer,
                f"{join_quoted(unknown)} {'is not one' if len(unknown) == 1 else 'are not any'} of the "
                "items (copy the names from the task)",
            )
        dupes = sorted({x for x in order if order.count(x) > 1})
        if dupes:
            raise self._bad(answer, f"{quote_value(dupes[0])} appears more than once")
        missing = [x for x in self.items if x not in order]
        if missing:
            raise self._bad(answer, f"{missing[0]!r} is missing")
        return order

    def grade(self, data: Json) -> Verdict:
        pos = {item: i for i, item in enumerate(data)}
        broken = [r for r in self.rules if pos[r.before] > pos[r.after]]
        if not broken:
            return Verdict(1.0, "Your order respects every trade-off in the scenario.")
        lines = [f"{r.after!r} is above {r.before!r}: {r.why}" for r in broken]
        return Verdict(1 - len(broken) / len(self.rules), "\n".join(lines))


def _has_cycle(rules: Sequence[Rule]) -> bool:
    remaining = {item for r in rules for item in (r.before, r.after)}
    while remaining:
        free = [
            i for i in remaining if not any(r.after == i and r.before in remaining for r in rules)
        ]
        if not free:
            return True
        remaining -= set(free)
    return False
