"""An author adds a chapter as the README says, in a copy of this checkout.

``new-chapter`` with a free chapter number: the untouched scaffold passes its chapter
loop, the fast suite and ruff. Then an author writes a small chapter and four tasks,
regenerates the notebooks, and the chapter loop, the fast suite, the site and its
tests, lint and the originality checks are green with no other edit.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from pmcourse._errors import UsageError

ROOT = Path(__file__).resolve().parents[2]
SHARED_TOOLS = ROOT.parent / "shared" / "tools"
SLUG = "working-with-designers"
TITLE = "Working with designers"


def free_chapter() -> int:
    """The first chapter number the course does not use yet."""
    taken = {int(p.name[:2]) for p in (ROOT / "docs" / "chapters").glob("[0-9][0-9]-*.md")}
    return next(n for n in range(1, 100) if n not in taken)


def chapter_tests() -> list[str]:
    """The test paths of ``nox -s chapter`` (CHAPTER_TESTS in noxfile.py)."""
    for node in ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == [
            "CHAPTER_TESTS"
        ]:
            return list(ast.literal_eval(node.value))
    raise AssertionError("noxfile.py defines no CHAPTER_TESTS")


def _copy_checkout(target: Path) -> None:
    """The checkout's files as a fresh clone has them (no builds, no caches)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:  # not a git checkout (an sdist): copy the tree
        shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(".nox", "_build", ".git"))
        return
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)


@dataclass
class Checkout:
    root: Path
    number: int

    def run(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``python ARGS`` in the copy, importing the copy's pmcourse."""
        return subprocess.run(
            [sys.executable, *args],
            cwd=self.root,
            env={**os.environ, "PYTHONPATH": str(self.root / "src"), **(env or {})},
            capture_output=True,
            text=True,
            check=False,
        )

    def pytest(self, *args: str, env: dict[str, str] | None = None) -> None:
        proc = self.run("-m", "pytest", "-q", "-p", "no:cacheprovider", *args, env=env)
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
        assert " passed" in proc.stdout.splitlines()[-1]

    def new_chapter(self) -> str:
        made = self.run("-m", "pmcourse._authoring", "--root", str(self.root), "new-chapter",
                        str(self.number), SLUG, TITLE)  # fmt: skip
        assert made.returncode == 0, made.stderr
        return made.stdout

    def chapter_loop(self) -> None:
        """What ``nox -s chapter -- N`` runs."""
        self.pytest(f"--chapter={self.number}", *chapter_tests())

    def write(self, name: str, text: str) -> None:
        (self.root / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def _scaffolded(tmp: Path) -> Checkout:
    copy = Checkout(tmp / "course", free_chapter())
    _copy_checkout(copy.root)
    return copy


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Checkout, str]:
    copy = _scaffolded(tmp_path_factory.mktemp("scaffolded"))
    return copy, copy.new_chapter()


@pytest.mark.slow
def test_the_scaffold_says_what_it_created_and_what_it_updated(
    scaffolded: tuple[Checkout, str],
) -> None:
    copy, said = scaffolded
    nn = f"{copy.number:02d}"
    lines = said.splitlines()
    for name in (
        f"docs/chapters/{nn}-{SLUG}.md",
        f"docs/figures/ch{nn}-{SLUG}.svg",
        f"src/pmcourse/_tasks/ch{nn}.py",
        f"tests/tasks/test_ch{nn}.py",
        f"exercises/{nn}-{SLUG}.ipynb",
    ):
        assert (copy.root / name).is_file(), f"the scaffold did not create {name}"
        assert f"created {copy.root / name}" in lines
    assert f"updated {copy.root / 'docs/index.md'}" in lines
    assert not any(line.startswith("created") and "index.md" in line for line in lines)
    index = (copy.root / "docs/index.md").read_text(encoding="utf-8")
    assert f"chapters/{nn}-{SLUG}\nexercises/{nn}-{SLUG}" in index
    assert f"{copy.number}. {TITLE}" in index  # the course-map card


@pytest.mark.slow
def test_the_untouched_scaffold_passes_its_chapter_loop(scaffolded: tuple[Checkout, str]) -> None:
    scaffolded[0].chapter_loop()


@pytest.mark.slow
def test_the_untouched_scaffold_passes_the_fast_suite_and_ruff(
    scaffolded: tuple[Checkout, str],
) -> None:
    copy = scaffolded[0]
    copy.pytest("-m", "not slow")
    for check in (["check", "."], ["format", "--check", "."]):
        proc = copy.run("-m", "ruff", *check)
        assert proc.returncode == 0, proc.stdout + proc.stderr


# ------------------------------------------------------------------ an author's chapter
CHAPTER = """
# {n}. Working with designers

({c}-objectives)=
## Learning objectives

By the end of this chapter you will be able to:

- tell a request that states a problem from one that hands a designer a finished design;
- sort product decisions into those the product manager owns, those the designer owns and
  those the two make together;
- estimate the designer days a release needs from its new and changed screens;
- order the steps of a design round so that options and tests come before polish.

**Estimated time:** 15 minutes to read, plus about 20 minutes for the exercise

This chapter is the course's own addition: the source article does not discuss designers.

({c}-core)=
## Bring the problem, not the picture

Engineers who move into product often sketch a screen and ask a designer to "make it
pretty". The sketch feels helpful, yet it hides what the designer needs most: who has the
problem, what they are trying to get done, and what limits any answer must respect. Give a
designer a {{term}}`Persona`, a goal and the constraints, and you get several options to
choose from. Give them a wireframe, and you get your own idea back with nicer colours.

The product manager owns the problem and the priority. The designer owns how the product
looks and flows. Scope for a release and the trade-offs inside it are settled together.

({c}-scenario)=
## Worked scenario

::::{{card}} Scenario: the export screen
Support tickets say that finance teams cannot get their monthly figures out of the product.
Instead of drawing an export dialog, the product manager shares three tickets, names the
finance analyst as the user, and states one limit: the first version ships within a month.
The designer comes back with three options; a quick test with two analysts picks the one
that schedules a monthly file, which nobody had sketched.
::::

({c}-does-not-apply)=
## When this advice does not apply

In the course's reading, a team with no designer at all, or a change that only follows an
existing design system, needs no separate design round: the product manager and the
engineers apply the system's patterns directly.

({c}-picture)=
## The idea in one picture

```{{pmfigure}} figures/{c}-working-with-designers.svg
:alt: The product manager brings the problem and its limits, the designer brings options, and both choose one before any polish.

The problem and its limits go to the designer first; the options come back, and the choice
is made together.
```

({c}-takeaways)=
## Key takeaways

- Hand a designer the user, the goal and the limits, not a drawing.
- The problem is the product manager's, the flow is the designer's, scope is shared.
- Test options with users before anyone spends time on polish.

({c}-quiz)=
## Check your understanding

**1.** Why does a wireframe make a weak request to a designer?

:::{{dropdown}} Model answer
It fixes one answer before the designer has seen the problem, so the options that a designer
would explore never appear.
:::

**2.** What comes right after the problem is agreed in a design round?

:::{{dropdown}} Model answer
Sketching several options, before any one of them is tested or polished.
:::

({c}-practise)=
## Practise

Try the exercise: [Exercise {n}: Working with designers](../exercises/{nn}-working-with-designers.ipynb).
"""

FIGURE = """
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 160" font-family="system-ui, sans-serif">
  <title>From problem to options to a shared choice</title>
  <style>
    text{{font-size:14px;fill:currentColor}}
    .box{{fill:var(--pm-fig-accent-soft,#e8f0fb);stroke:var(--pm-fig-accent,#1a5fb4);stroke-width:1.5}}
    .arrow{{stroke:currentColor;stroke-width:2}}
  </style>
  <rect class="box" x="6" y="40" width="110" height="70" rx="8"/>
  <text x="61" y="70" text-anchor="middle">Problem</text>
  <text x="61" y="90" text-anchor="middle">and limits</text>
  <line class="arrow" x1="118" y1="75" x2="142" y2="75"/>
  <rect class="box" x="145" y="40" width="110" height="70" rx="8"/>
  <text x="200" y="70" text-anchor="middle">Several</text>
  <text x="200" y="90" text-anchor="middle">options</text>
  <line class="arrow" x1="257" y1="75" x2="281" y2="75"/>
  <rect class="box" x="284" y="40" width="110" height="70" rx="8"/>
  <text x="339" y="70" text-anchor="middle">Chosen</text>
  <text x="339" y="90" text-anchor="middle">together</text>
  <text x="200" y="140" text-anchor="middle">Chapter {n}: polish comes last</text>
</svg>
"""

TASKS = '''
"""Exercise {n}: working with designers."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify
from ._numeric import Mistake, Numeric
from ._ranking import Ranking, Rule

EXERCISE = Exercise(
    number={n},
    title="Working with designers",
    notebook="{nn}-working-with-designers.ipynb",
    chapter="chapters/{nn}-working-with-designers",
    minutes=20,
    intro="You will practise briefing a designer, sharing decisions and planning design time.",
    objectives=(
        (
            "tell a request that states a problem from one that hands a designer a finished design",
            ("{n}.1", "quiz 1"),
        ),
        (
            (
                "sort product decisions into those the product manager owns, those the designer "
                "owns and those the two make together"
            ),
            ("{n}.2",),
        ),
        ("estimate the designer days a release needs from its new and changed screens", ("{n}.3",)),
        (
            "order the steps of a design round so that options and tests come before polish",
            ("{n}.4", "quiz 2"),
        ),
    ),
)

_CH = "chapters/{nn}-working-with-designers.html"
_PM = "Product manager"
_DESIGNER = "Designer"
_BOTH = "Together"

TASKS = [
    Choice(
        id="{n}.1",
        title="A brief or a drawing?",
        section=f"{{_CH}}#{c}-core",
        prompt="Which request gives the designer a problem to solve?",
        expects="one option letter such as 'a'",
        hint="Look for the request that names a user and a goal, not a layout.",
        solution="(b) It names the user, the goal and the limit.",
        options={{
            "a": Option(
                "Make my export dialog sketch look good by Friday.",
                False,
                "A sketch to polish fixes the answer before the problem is shared.",
            ),
            "b": Option(
                "Finance analysts cannot get monthly figures out; it must ship this month.",
                True,
                "Right: a user, a goal and a limit leave room for options.",
            ),
            "c": Option(
                "Add a blue Export button at the top right of the report.",
                False,
                "A button and its place are a design decision taken for the designer.",
            ),
        }},
    ),
    Classify(
        id="{n}.2",
        title="Who decides?",
        section=f"{{_CH}}#{c}-core",
        prompt="For each decision, say who makes it in this chapter's reading.",
        expects="a dict mapping each decision to 'Product manager', 'Designer' or 'Together'",
        hint="The problem and priority, the look and flow, or the scope of a release?",
        solution=(
            "Product manager: which problem comes first. Designer: the flow of the screen. "
            "Together: what the first release leaves out."
        ),
        categories=(_PM, _DESIGNER, _BOTH),
        items={{
            "Which user problem the team tackles this quarter": (
                _PM,
                "the priority of problems is the product manager's call.",
            ),
            "The order of the steps in the export flow": (
                _DESIGNER,
                "how a flow moves is the designer's craft.",
            ),
            "What the first release leaves out": (
                _BOTH,
                "scope trades value against effort, so both decide it.",
            ),
        }},
    ),
    Numeric(
        id="{n}.3",
        title="Design days for a release",
        section=f"{{_CH}}#{c}-scenario",
        prompt=(
            "A release has 6 new screens and 4 changed screens. Your team plans 1.5 designer "
            "days for a new screen and 0.5 for a changed one, then adds 20% for reviews with "
            "users. How many designer days should you plan? Give the number to one decimal place."
        ),
        expects="a number of days, such as 7.5",
        hint="Add up the screens first, then add the 20% on top.",
        solution="(6 x 1.5 + 4 x 0.5) x 1.2 = 13.2 days.",
        expected=13.2,
        tolerance=0.05,
        mistakes=(
            Mistake(11.0, "that is the screens alone: add the 20% for reviews with users."),
            Mistake(10.8, "the 4 changed screens are missing from the sum."),
        ),
    ),
    Ranking(
        id="{n}.4",
        title="A design round in order",
        section=f"{{_CH}}#{c}-scenario",
        prompt="Put the steps of a design round in the order this chapter recommends.",
        expects="a list of the four steps, first step first",
        hint="What must be settled before anyone draws, and what waits until the end?",
        solution="Agree the problem, sketch options, test with users, then polish.",
        items=(
            "Polish the visual details",
            "Sketch several options",
            "Agree the problem and who has it",
            "Test the chosen option with users",
        ),
        rules=(
            Rule(
                "Agree the problem and who has it",
                "Sketch several options",
                "options drawn before the problem is agreed answer a guess.",
            ),
            Rule(
                "Sketch several options",
                "Test the chosen option with users",
                "a test needs an option to test.",
            ),
            Rule(
                "Test the chosen option with users",
                "Polish the visual details",
                "polish spent on an option users reject is wasted.",
            ),
        ),
    ),
]
'''

TEST = '''
"""Tests particular to the tasks of exercise {n}: working with designers."""

from __future__ import annotations

from pmcourse import check


def test_{n}_3_forgetting_the_reviews_is_named() -> None:
    result = check("{n}.3", 11)
    assert result.status == "fail"
    assert "reviews" in result.feedback


def test_{n}_4_polish_first_is_explained() -> None:
    order = [
        "Polish the visual details",
        "Agree the problem and who has it",
        "Sketch several options",
        "Test the chosen option with users",
    ]
    assert "wasted" in check("{n}.4", order).feedback
'''


@pytest.fixture(scope="module")
def authored(tmp_path_factory: pytest.TempPathFactory) -> Checkout:
    """A copy where an author ran new-chapter, wrote the chapter and four tasks, and
    regenerated the notebooks, as the README's "For authors" section says."""
    copy = _scaffolded(tmp_path_factory.mktemp("authored"))
    copy.new_chapter()
    n, nn = copy.number, f"{copy.number:02d}"
    fields = {"n": n, "nn": nn, "c": f"ch{nn}"}
    copy.write(f"docs/chapters/{nn}-{SLUG}.md", CHAPTER.format(**fields))
    copy.write(f"docs/figures/ch{nn}-{SLUG}.svg", FIGURE.format(**fields))
    copy.write(f"src/pmcourse/_tasks/ch{nn}.py", TASKS.format(**fields))
    copy.write(f"tests/tasks/test_ch{nn}.py", TEST.format(**fields))
    made = copy.run("-m", "pmcourse._authoring", "--root", str(copy.root), "notebooks")
    assert made.returncode == 0, made.stderr
    return copy


@pytest.mark.slow
def test_an_authors_chapter_passes_its_chapter_loop(authored: Checkout) -> None:
    authored.chapter_loop()


@pytest.mark.slow
def test_an_authors_chapter_passes_the_fast_suite(authored: Checkout) -> None:
    authored.pytest("-m", "not slow")


@pytest.mark.slow
def test_an_authors_chapter_builds_and_passes_the_site_tests(authored: Checkout) -> None:
    html = authored.root.parent / "html"
    site = authored.run("-m", "sphinx", "-n", "-W", "--keep-going", "-q", "-b", "html",
                        "docs", str(html))  # fmt: skip
    assert site.returncode == 0, site.stderr[-3000:]
    assert (html / f"chapters/{authored.number:02d}-{SLUG}.html").is_file()
    authored.pytest("-m", "not browser", "tests/test_site.py", "tests/test_figures.py",
                    env={"PMCOURSE_SITE_DIR": str(html)})  # fmt: skip


@pytest.mark.slow
def test_an_authors_chapter_passes_lint(authored: Checkout) -> None:
    nn = f"{authored.number:02d}"
    new = [f"docs/chapters/{nn}-{SLUG}.md", f"src/pmcourse/_tasks/ch{nn}.py",
           f"tests/tasks/test_ch{nn}.py"]  # fmt: skip
    for command in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "--cache-dir", str(authored.root.parent / "mypy-cache")],
        ["codespell_lib", *new],
    ):
        proc = authored.run("-m", *command)
        assert proc.returncode == 0, (command, proc.stdout[-3000:], proc.stderr[-2000:])


@pytest.mark.slow
def test_an_authors_chapter_is_in_the_courses_own_words(authored: Checkout) -> None:
    if not SHARED_TOOLS.is_dir() and os.environ.get("CI") != "true":
        pytest.skip(
            "the originality and paraphrase checks need the course's shared/ folder (its tools "
            f"and the source article) beside the repository: {SHARED_TOOLS.parent} is absent"
        )
    nn = f"{authored.number:02d}"
    new = [f"docs/chapters/{nn}-{SLUG}.md", f"src/pmcourse/_tasks/ch{nn}.py",
           f"exercises/{nn}-{SLUG}.ipynb"]  # fmt: skip
    for tool in ("originality.py", "paraphrase.py"):
        proc = authored.run(str(SHARED_TOOLS / tool), *new)
        assert proc.returncode == 0, (tool, proc.stdout[-3000:])


# ------------------------------------------------------------------ bad arguments
def test_the_scaffold_never_overwrites_a_chapter(tmp_path: Path) -> None:
    from pmcourse._authoring.scaffold import new_chapter

    chapters = tmp_path / "docs" / "chapters"
    chapters.mkdir(parents=True)
    (chapters / "04-something.md").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="chapter 4 exists already"):
        new_chapter(tmp_path, 4, "other", "Other")
    assert (chapters / "04-something.md").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("number", "slug", "title", "why"),
    [
        (0, "x", "X", "between 1 and 99"),
        (100, "x", "X", "between 1 and 99"),
        (free_chapter(), "Not A Slug", "X", "not a slug"),
        (free_chapter(), "x", " ", "title"),
    ],
)
def test_the_scaffold_rejects_bad_arguments(
    tmp_path: Path, number: int, slug: str, title: str, why: str
) -> None:
    from pmcourse._authoring.scaffold import new_chapter

    with pytest.raises(UsageError, match=why):
        new_chapter(tmp_path, number, slug, title)
