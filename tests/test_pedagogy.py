"""What every chapter owes its learners, read from the course itself.

Every learning objective is practised by a quiz item or a task (the map is
data in each ``chNN.py``), and every chapter says where its advice stops
fitting. Each failure says what to fix and where.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pmcourse._tasks import all_exercises, all_tasks
from pmcourse._tasks._base import Exercise

DOCS = Path(__file__).resolve().parents[1] / "docs"
EXERCISES = all_exercises()


def chapter_text(exercise: Exercise) -> str:
    return (DOCS / f"{exercise.chapter}.md").read_text(encoding="utf-8")


def _normal(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"[;.,]?(?: and)?$", "", text).strip()


def objective_bullets(text: str) -> list[str]:
    """The bullets of the chapter's 'Learning objectives' list, continuation lines joined."""
    section = text.split("## Learning objectives", 1)[1].split("\n## ", 1)[0]
    bullets: list[str] = []
    for line in section.splitlines():
        if line.startswith("- "):
            bullets.append(line[2:])
        elif line.startswith("  ") and bullets:
            bullets[-1] += " " + line.strip()
    return [_normal(b) for b in bullets]


def quiz_numbers(text: str) -> set[int]:
    quiz = text.split("## Check your understanding", 1)[-1]
    return {int(n) for n in re.findall(r"^\*\*(\d+)\.\*\*", quiz, re.MULTILINE)}


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: f"ch{e.number:02d}")
def test_every_objective_is_practised(exercise: Exercise) -> None:
    where = f"src/pmcourse/_tasks/ch{exercise.number:02d}.py (Exercise.objectives)"
    text = chapter_text(exercise)
    bullets = objective_bullets(text)
    assert bullets, f"docs/{exercise.chapter}.md has no bullets under '## Learning objectives'"
    mapped = {_normal(objective): refs for objective, refs in exercise.objectives}
    missing = [b for b in bullets if b not in mapped]
    assert not missing, f"objectives of docs/{exercise.chapter}.md not mapped in {where}: {missing}"
    stale = [m for m in mapped if m not in bullets]
    assert not stale, f"{where} maps objectives that the chapter no longer lists: {stale}"
    # Every objective is practised by something, and each task it names exists:
    # Exercise.problems and Exercise.task_problems check that on import.
    tasks = [t for t in all_tasks() if t.chapter == exercise.number]
    assert exercise.problems() == [] and exercise.task_problems(tasks) == []
    quizzes = quiz_numbers(text)
    for refs in mapped.values():
        for ref in refs:
            if ref.startswith("quiz "):
                assert int(ref.split()[1]) in quizzes, f"{where}: {ref} does not exist"


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: f"ch{e.number:02d}")
def test_every_chapter_says_where_its_advice_does_not_apply(exercise: Exercise) -> None:
    label = f"(ch{exercise.number:02d}-does-not-apply)=\n## When this advice does not apply"
    assert label in chapter_text(exercise), (
        f"docs/{exercise.chapter}.md needs a section '{label}' (the course's own reading of "
        "where the chapter's advice stops fitting)"
    )


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: f"ch{e.number:02d}")
def test_the_chapter_states_its_exercises_time(exercise: Exercise) -> None:
    text = chapter_text(exercise)
    assert "**Estimated time:**" in text, f"docs/{exercise.chapter}.md has no estimated time"
    line = " ".join(text.split("**Estimated time:**", 1)[1].split("\n\n", 1)[0].split())
    want = f"{exercise.minutes} minutes for the exercise"
    assert want in line, (
        f"docs/{exercise.chapter}.md says {line!r}; it should say {want!r}, as "
        f"src/pmcourse/_tasks/ch{exercise.number:02d}.py (Exercise.minutes) does"
    )
