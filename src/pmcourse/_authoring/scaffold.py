"""Scaffold a new chapter: every file, label, toctree entry and course-map card it needs.

The new chapter builds and passes the whole test suite as created; the author
then replaces its placeholder content. Nothing existing is overwritten.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from .. import _tasks
from .._errors import UsageError
from .generate import write_notebooks

__all__ = ["new_chapter"]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


_NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _in_words(n: int) -> str:
    """1 to 99 in words, without spaces: "seven", "twelve", "fortytwo"."""
    return (
        _NUMBERS[n] if n < len(_NUMBERS) else _TENS[n // 10] + (_NUMBERS[n % 10] if n % 10 else "")
    )


def _chapter_md(n: int, slug: str, title: str) -> str:
    c = f"ch{n:02d}"
    marker = f"draftchapter{_in_words(n)}"
    return f"""# {n}. {title}

({c}-objectives)=
## Learning objectives

By the end of this chapter you will be able to:

- identify the main idea of this chapter in a realistic situation;
- sort statements about it into the right categories.

**Estimated time:** 20 minutes to read, plus about 20 minutes for the exercise

({c}-core)=
## The main idea

Every text of this chapter is a placeholder to replace (search the chapter for {marker}).
Write the lesson here: start from a concrete case, then state the idea in the course's own
words. Attribute ideas from the source article to its author where you introduce them.

({c}-scenario)=
## Worked scenario

::::{{card}} Scenario: a first case
Describe a realistic situation and walk through how a technical product manager handles it.
::::

({c}-does-not-apply)=
## When this advice does not apply

Say, as the course's own reading, where the advice of this chapter stops fitting.

({c}-picture)=
## The idea in one picture

```{{pmfigure}} figures/{c}-{slug}.svg
:alt: A placeholder box that waits for the one picture of this chapter's central idea.

Replace this caption with one sentence that says what the picture shows.
```

({c}-takeaways)=
## Key takeaways

- The main idea, in one sentence.

({c}-quiz)=
## Check your understanding

**1.** A question that checks the main idea.

:::{{dropdown}} Model answer
The model answer.
:::

({c}-practise)=
## Practise

Try the exercise: [Exercise {n}: {title}](../exercises/{n:02d}-{slug}.ipynb).
"""


def _figure_svg(n: int, title: str) -> str:
    label = html.escape(f"Chapter {n}: {title}")
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 120" font-family="system-ui, sans-serif">
  <title>Placeholder for the picture of chapter {n}</title>
  <style>
    text{{font-size:14px;fill:currentColor}}
    .box{{fill:var(--pm-fig-accent-soft,#e8f0fb);stroke:var(--pm-fig-accent,#1a5fb4);stroke-width:1.5}}
  </style>
  <rect class="box" x="6" y="6" width="388" height="108" rx="10"/>
  <text x="200" y="55" text-anchor="middle">{label}</text>
  <text x="200" y="80" text-anchor="middle">Draw the chapter's idea here.</text>
</svg>
"""


def _py(text: str) -> str:
    """A Python string literal in the style ruff format writes (double quotes)."""
    return json.dumps(text, ensure_ascii=False)


def _tasks_py(n: int, slug: str, title: str) -> str:
    c = f"ch{n:02d}"
    return f'''"""Exercise {n}: {title.lower()}."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify

EXERCISE = Exercise(
    number={n},
    title={_py(title)},
    notebook="{n:02d}-{slug}.ipynb",
    chapter="chapters/{n:02d}-{slug}",
    minutes=20,
    intro="You will practise the main idea of this chapter on realistic cases.",
    objectives=(
        ("identify the main idea of this chapter in a realistic situation", ("{n}.1", "quiz 1")),
        ("sort statements about it into the right categories", ("{n}.2",)),
    ),
)

_CH = "chapters/{n:02d}-{slug}.html"

TASKS = [
    Choice(
        id="{n}.1",
        title="Spot the main idea",
        section=f"{{_CH}}#{c}-core",
        prompt="Which option applies the main idea of this chapter?",
        expects="one option letter such as \'a\'",
        hint="Reread the main idea, then look for the option that acts on it.",
        solution="(a) It applies the main idea.",
        options={{
            "a": Option("An option that applies the idea.", True, "Right: it applies the idea."),
            "b": Option("An option that ignores it.", False, "This ignores the main idea."),
        }},
    ),
    Classify(
        id="{n}.2",
        title="Sort the statements",
        section=f"{{_CH}}#{c}-core",
        prompt="Put each statement in the category it belongs to.",
        expects="a dict mapping each statement to \'Fits\' or \'Does not fit\'",
        hint="Ask of each statement whether it follows the main idea.",
        solution="Fits: the first statement. Does not fit: the second.",
        categories=("Fits", "Does not fit"),
        items={{
            "A statement that follows the idea": ("Fits", "it follows the main idea."),
            "A statement that goes against it": ("Does not fit", "it goes against the idea."),
        }},
    ),
    Choice(
        id="{n}.3",
        title="Apply it to a case",
        section=f"{{_CH}}#{c}-scenario",
        prompt="In the worked scenario, what should the product manager do first?",
        expects="one option letter such as \'a\'",
        hint="What did the worked scenario do first?",
        solution="(b) What the scenario shows.",
        options={{
            "a": Option("Something the scenario warns against.", False, "The scenario warns."),
            "b": Option("What the scenario shows.", True, "Right: the scenario shows it."),
        }},
    ),
    Choice(
        id="{n}.4",
        title="Where it stops fitting",
        section=f"{{_CH}}#{c}-does-not-apply",
        prompt="Which cases does the advice of this chapter not fit? Pick all that apply.",
        expects="a list of option letters such as [\'a\', \'c\']",
        hint="Reread \'When this advice does not apply\'.",
        solution="(a) and (c) are outside the advice.",
        multiple=True,
        options={{
            "a": Option("A first case outside the advice.", True, "Right: the first limit."),
            "b": Option("A case the advice fits.", False, "The advice fits this case."),
            "c": Option("A second case outside the advice.", True, "Right: the second limit."),
        }},
    ),
]
'''


def _test_py(n: int, title: str) -> str:
    return f'''"""Tests particular to the tasks of exercise {n}: {title.lower()}."""

from __future__ import annotations

from pmcourse import check


def test_{n}_1_a_wrong_option_explains_itself() -> None:
    result = check("{n}.1", "b")
    assert result.status == "fail"
    assert "ignores" in result.feedback
'''


def _card(n: int, slug: str, title: str) -> str:
    return (
        f":::{{grid-item-card}} {n}. {title}\n"
        "What this chapter teaches, in one or two sentences.\n"
        "```{card-footer}\n"
        f"[Chapter {n}](chapters/{n:02d}-{slug}.md) ·\n"
        f"[Exercise {n}](exercises/{n:02d}-{slug}.ipynb)\n"
        "```\n"
        ":::\n"
    )


def _in_order(text: str, pattern: str, n: int, default: int) -> int:
    """Where chapter ``n``'s entry goes: before the first entry of a later chapter."""
    for match in re.finditer(pattern, text):
        if int(match[1]) > n:
            return match.start()
    return default


def _add_to_index(index: Path, n: int, slug: str, title: str, count: int) -> None:
    text = index.read_text(encoding="utf-8")
    # The course map: a card before the next chapter's card, or before the grid's closing fence.
    grid = text.index("::::{grid}", text.index("(home-map)="))
    close = text.index("\n::::\n", grid) + 1  # the grid's closing fence (cards use three colons)
    grid_text = text[grid:close]
    at = grid + _in_order(grid_text, r"(?m)^:::\{grid-item-card\} (\d+)\.", n, len(grid_text))
    text = text[:at] + _card(n, slug, title) + "\n" + text[at:]
    # The course toctree: the chapter and its exercise, in chapter order.
    toc = text.index(":caption: Course")
    end = text.index("```", toc)
    at = toc + _in_order(text[toc:end], r"(?m)^chapters/(\d+)-", n, end - toc)
    text = text[:at] + f"chapters/{n:02d}-{slug}\nexercises/{n:02d}-{slug}\n" + text[at:]
    # "You read nine chapters": the count, where the page states it in words.
    if count + 1 < len(_NUMBERS):
        old, new = _NUMBERS[count], _NUMBERS[count + 1]
        text = re.sub(
            rf"\b({old}|{old.capitalize()})(\s+chapters\b)",
            lambda m: (new if m[1] == old else new.capitalize()) + m[2],
            text,
        )
    index.write_text(text, encoding="utf-8")


def new_chapter(root: Path, number: int, slug: str, title: str) -> list[tuple[str, Path]]:
    """Add chapter ``number`` to the checkout at ``root``.

    Returns each file touched, with ``"created"`` or ``"updated"``.
    """
    if not 1 <= number <= 99:
        raise UsageError("the chapter number must be between 1 and 99")
    if not _SLUG.fullmatch(slug):
        raise UsageError(f"{slug!r} is not a slug: use lower-case words joined by hyphens")
    if not title.strip():
        raise UsageError("the chapter needs a title")
    c = f"ch{number:02d}"
    files = {
        root / "docs" / "chapters" / f"{number:02d}-{slug}.md": _chapter_md(number, slug, title),
        root / "docs" / "figures" / f"{c}-{slug}.svg": _figure_svg(number, title),
        root / "src" / "pmcourse" / "_tasks" / f"{c}.py": _tasks_py(number, slug, title),
        root / "tests" / "tasks" / f"test_{c}.py": _test_py(number, title),
    }
    chapters = root / "docs" / "chapters"
    taken = [p for p in files if p.exists()]
    taken += list(chapters.glob(f"{number:02d}-*.md"))
    if taken:
        raise UsageError(f"chapter {number} exists already: {taken[0]}")
    count = len(list(chapters.glob("[0-9][0-9]-*.md")))
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    index = root / "docs" / "index.md"
    _add_to_index(index, number, slug, title, count)
    touched = [("created", path) for path in files] + [("updated", index)]
    _tasks.reload()  # the new chapter module joins the task set
    notebook = root / "exercises" / f"{number:02d}-{slug}.ipynb"
    for path in write_notebooks(root):
        touched.append(("created" if path == notebook else "updated", path))
    return touched
