"""The classify task: the learner puts each item in one of the categories.

The check reads categories and item names as the learner types them (any case, the
first words of a category) and explains each misplaced item with its own reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ._base import (
    Json,
    NotAttempted,
    Task,
    Verdict,
    join_quoted,
    kind_of,
    quote_value,
    raise_if_placeholder,
)

__all__ = [
    "CATEGORIES_LINE",
    "Classify",
]


# The notebook generator writes this line under every classify task; a prompt never repeats it.
CATEGORIES_LINE = "Replace each `...` with one of"


@dataclass(frozen=True, kw_only=True)
class Classify(Task):
    """Put each item in one category. ``items`` maps item -> (category, why)."""

    categories: Sequence[str]
    items: Mapping[str, tuple[str, str]]

    def problems(self) -> list[str]:
        out = super().problems()
        cats = [" ".join(c.split()).casefold() for c in self.categories]
        if len(cats) < 2 or not all(cats) or len(set(cats)) != len(cats):
            out.append("it needs at least two categories, each named differently")
        if isinstance(self.categories, str):
            out.append("categories must be a tuple of names, not one text")
        names = [" ".join(i.split()).casefold() for i in self.items]
        if len(names) < 2 or not all(names) or len(set(names)) != len(names):
            out.append("it needs at least two items, each named differently")
        for item, (cat, why) in self.items.items():
            if cat not in self.categories:
                out.append(f"the item {item!r} is put under {cat!r}, which is not a category")
            if not why.strip():
                out.append(f"the item {item!r} needs its own explanation (why)")
            elif why.strip()[:50] in self.shown_text():
                out.append(f"the explanation of {item!r} shows in the notebook")
        if CATEGORIES_LINE in self.prompt:
            out.append(
                f"its prompt repeats the line {CATEGORIES_LINE!r}: the notebook generator "
                "writes it, listing the categories"
            )
        return out

    def prepare(self, answer: object) -> Json:
        raise_if_placeholder(answer)
        if not isinstance(answer, Mapping):
            raise self._bad(answer)
        if not answer:
            raise self._bad(answer, "the dictionary is empty")
        canon = {c.strip().casefold(): c for c in self.categories}
        items = {i.strip().casefold(): i for i in self.items}
        out: dict[str, str] = {}
        unknown_items: list[str] = []
        unknown_categories: list[str] = []
        for item, cat in answer.items():
            key = items.get(item.strip().casefold()) if isinstance(item, str) else None
            if key is None:
                unknown_items.append(repr(str(item)[:40]))
                continue
            if cat is Ellipsis:
                continue
            if isinstance(cat, str) and cat.strip().casefold() not in canon:
                # the first word(s) of exactly one category ("keep", "hand off") mean it
                said = " ".join(cat.split()).casefold()
                starts = [c for k, c in canon.items() if said and (k + " ").startswith(said + " ")]
                if len(starts) == 1:
                    out[key] = starts[0]
                    continue
            if not isinstance(cat, str) or cat.strip().casefold() not in canon:
                shown = quote_value(cat) if isinstance(cat, str) else kind_of(cat)
                if shown not in unknown_categories:
                    unknown_categories.append(shown)
                continue
            out[key] = canon[cat.strip().casefold()]
        if unknown_items:
            raise self._bad(
                answer,
                f"{join_quoted(unknown_items)} "
                f"{'is not one' if len(unknown_items) == 1 else 'are not any'} of the items to "
                "classify (copy the names from the task)",
            )
        if unknown_categories:
            raise self._bad(
                answer,
                f"{join_quoted(unknown_categories)} "
                f"{'is not a category' if len(unknown_categories) == 1 else 'are not categories'}"
                f" (use one of {', '.join(map(repr, self.categories))})",
            )
        if not out:
            raise NotAttempted
        return out

    def grade(self, data: Json) -> Verdict:
        lines = []
        right = 0
        for item, (cat, why) in self.items.items():
            given = data.get(item)
            if given == cat:
                right += 1
            elif given is None:
                lines.append(f"Not classified yet: {item!r}.")
            else:
                lines.append(f"{item!r} is not {given}: {why}")
        if not lines:
            lines.append(f"All {right} items are in the right place.")
        return Verdict(right / len(self.items), "\n".join(lines))
