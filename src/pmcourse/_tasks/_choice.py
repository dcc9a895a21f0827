"""The choice task: the learner picks one option, or several, by letter.

Each option carries its own explanation, shown when it is picked; a multiple choice
scores each right pick and takes off for each wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ._base import Json, Task, Verdict, quote_value, raise_if_placeholder

__all__ = [
    "Choice",
    "Option",
]


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    why: str  # shown when the learner picks this option


@dataclass(frozen=True, kw_only=True)
class Choice(Task):
    """Multiple choice. Every option carries its own explanation.

    ``prompt`` is the question; the notebook lists the options under it.
    With ``multiple=True`` the answer is a collection of letters and the score
    is partial: each right pick earns, each wrong pick costs.
    """

    options: Mapping[str, Option]
    multiple: bool = False

    def problems(self) -> list[str]:
        out = super().problems()
        keys = list(self.options)
        if keys != [chr(ord("a") + i) for i in range(len(keys))]:
            out.append(f"its options are {keys}; letter them 'a', 'b', 'c', ... in order")
        if len(keys) < 2:
            out.append("it needs at least two options")
        right = sum(o.correct for o in self.options.values())
        if not self.multiple and right != 1:
            out.append(f"a single choice needs exactly one right option, not {right}")
        if self.multiple and right < 1:
            out.append("a multiple choice needs at least one right option")
        whys = [o.why.strip() for o in self.options.values()]
        if not all(whys) or len(set(whys)) != len(whys):
            out.append("every option needs its own explanation (why), different from the others")
        texts = [" ".join(o.text.split()).casefold() for o in self.options.values()]
        if not all(texts) or len(set(texts)) != len(texts):
            out.append("every option needs a text of its own")
        shown = self.shown_text()
        if any(why and why[:50] in shown for why in whys):
            out.append("an option's explanation shows in the notebook (keep it out of the prompt)")
        return out

    def shown_text(self) -> str:
        return super().shown_text() + "\n" + "\n".join(o.text for o in self.options.values())

    def _letter(self, answer: object, raw: object) -> str:
        if not isinstance(answer, str) or not answer.strip():
            raise self._bad(raw)
        # "c", "C", "(c)", "c)", "c.", "option c", or the option's own text: read as meant
        letter = re.sub(r"^(?:option|answer)\s+", "", answer.strip().lower()).strip("().: ")
        if letter not in self.options:
            said = " ".join(answer.split()).casefold().rstrip(".")
            by_text = [k for k, o in self.options.items() if o.text.casefold().rstrip(".") == said]
            letter = by_text[0] if by_text else letter
        if letter not in self.options:
            raise self._bad(
                raw,
                f"{quote_value(answer)} is not an option (choose from {', '.join(self.options)})",
            )
        return letter

    def prepare(self, answer: object) -> Json:
        raise_if_placeholder(answer)
        if not self.multiple:
            return self._letter(answer, answer)
        if isinstance(answer, str):
            picks: Iterable[object] = [
                p for p in re.split(r"[\s,;]+(?:(?:and|&)[\s,;]+)?", answer) if p
            ]
        elif isinstance(answer, list | tuple | set | frozenset):
            picks = answer
        else:
            raise self._bad(answer)
        letters = sorted({self._letter(p, answer) for p in picks})
        if not letters:
            raise self._bad(answer, "no option was picked")
        return letters

    def grade(self, data: Json) -> Verdict:
        if not self.multiple:
            opt = self.options[data]
            return Verdict(1.0 if opt.correct else 0.0, f"({data}) {opt.why}")
        right = {k for k, o in self.options.items() if o.correct}
        picked = set(data)
        lines = [f"({k}) {self.options[k].why}" for k in sorted(picked - right)]
        missed = right - picked
        if missed:
            lines.append(f"You left out {len(missed)} statement(s) that also hold.")
        frac = max(0.0, (len(picked & right) - len(picked - right)) / len(right))
        if not lines:
            lines = [f"({k}) {self.options[k].why}" for k in sorted(picked)]
        return Verdict(frac, "\n".join(lines))
