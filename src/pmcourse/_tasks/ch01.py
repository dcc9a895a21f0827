"""Exercise 1: the title versus the role."""

from __future__ import annotations

from ._base import Choice, Classify, Exercise, Option

EXERCISE = Exercise(
    number=1,
    title="The title versus the role",
    notebook="01-title-vs-role.ipynb",
    chapter="chapters/01-title-vs-role",
)

_CH = "chapters/01-title-vs-role.html"

TASKS = [
    Choice(
        id="1.1",
        title="What the adjective signals",
        section=f"{_CH}#ch01-objectives",
        expects="one option letter such as 'a'",
        hint="Ask whether the word describes the work of the job or the person hired for it.",
        solution="(b) The word describes the person: a PM with a technical background on a "
        "technical product. The job is still product management.",
        question="A posting says 'Technical Product Manager'. What does 'Technical' most often signal?",
        options={
            "a": Option("The hire will write production code.", False,
                        "Writing production code is the development team's job, whatever the title."),
            "b": Option("A PM with a technical background, on a technical product.", True,
                        "Right: the adjective describes the person and the product, not a different job."),
            "c": Option("The hire will run the sprint ceremonies.", False,
                        "Running ceremonies is process work; the title says nothing about it."),
        },
    ),
    Classify(
        id="1.2",
        title="Whose job is it?",
        section=f"{_CH}#ch01-takeaways",
        expects="a dict mapping each activity to 'PM', 'Engineering' or 'Both'",
        hint="The PM owns the why and the what; the team owns the how.",
        solution="Roadmap: PM. Database schema: Engineering. Release trade-offs: Both.",
        categories=("PM", "Engineering", "Both"),
        items={
            "Set the product roadmap": ("PM", "the roadmap is the PM's core deliverable."),
            "Design the database schema": ("Engineering", "the schema is part of the technical solution."),
            "Trade scope against the release date": ("Both", "the PM weighs value, the team weighs cost."),
        },
    ),
]
