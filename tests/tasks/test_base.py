"""The task kinds on small synthetic tasks: verdicts, partial credit, bad answers."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from pmcourse import AnswerError
from pmcourse._errors import DefinitionError
from pmcourse._tasks import all_exercises, all_tasks
from pmcourse._tasks._base import (
    Case,
    Chart,
    Choice,
    Classify,
    Code,
    Criterion,
    Exercise,
    Mistake,
    NotAttempted,
    Numeric,
    Option,
    Ranking,
    Rubric,
    Rule,
    bars_of,
)

# What every task needs (each kind checks its rules when a task is defined: see the end).
COMMON = {
    "section": "chapters/99-kinds.html#ch99-kinds",
    "hint": "h",
    "solution": "the model answer",
    "prompt": "q",
}

CHOICE = Choice(
    id="99.1",
    title="t",
    expects="one letter",
    **COMMON,
    options={
        "a": Option("A", False, "A is wrong because of alpha."),
        "b": Option("B", True, "B is right because of beta."),
    },
)
MULTI = Choice(
    id="99.2",
    title="t",
    expects="letters",
    multiple=True,
    **COMMON,
    options={
        "a": Option("A", True, "alpha holds."),
        "b": Option("B", False, "beta fails."),
        "c": Option("C", True, "gamma holds."),
    },
)
CLASSIFY = Classify(
    id="99.3",
    title="t",
    expects="a dict",
    categories=("PM", "Engineering"),
    **COMMON,
    items={
        "roadmap": ("PM", "the roadmap is PM work."),
        "schema": ("Engineering", "schemas are design."),
    },
)
RANKING = Ranking(
    id="99.4",
    title="t",
    expects="a list",
    items=("bug", "feature", "polish"),
    **COMMON,
    rules=(Rule("bug", "feature", "outages first."), Rule("feature", "polish", "value first.")),
)
NUMERIC = Numeric(
    id="99.5",
    title="t",
    expects="a number",
    expected=24,
    tolerance=0.5,
    **{**COMMON, "prompt": "How many hours? Give it to the nearest half hour."},
    mistakes=(Mistake(16, "you computed the PO share."),),
    too_high="too high!",
    too_low="too low!",
)
RUBRIC = Rubric(
    id="99.6",
    title="t",
    expects="text",
    min_words=3,
    **COMMON,
    criteria=(
        Criterion("names a persona", lambda s: "as a" in s.lower(), "name who it is for."),
        Criterion("no tables", lambda s: "table" not in s.lower(), "drop the database detail."),
    ),
)


def _double_add(x: int, y: int) -> int:
    return 2 * (x + y)


CODE = Code(
    id="99.7",
    title="t",
    expects="a function",
    function_name="f",
    starter="def f(x, y):\n    raise NotImplementedError",
    **COMMON,
    cases=(
        Case((1, 2), 6, "small numbers"),
        Case((-1, 1), 0, "a sum of zero"),
        Case((10, 0), 20, "a zero"),
    ),
)


def verdict(task, answer):  # type: ignore[no-untyped-def]
    return task.grade(task.revalidate(task.prepare(answer)))


def test_choice_explains_the_picked_option() -> None:
    assert verdict(CHOICE, "b").fraction == 1
    wrong = verdict(CHOICE, " A) ")
    assert wrong.fraction == 0 and "alpha" in wrong.feedback


@pytest.mark.parametrize("bad", [None, 3, "", "z", ["b"]])
def test_choice_rejects_malformed(bad: object) -> None:
    with pytest.raises(AnswerError, match=r"^Task 99\.1 expects one letter; "):
        CHOICE.prepare(bad)


def test_multi_choice_partial_credit_and_penalty() -> None:
    assert verdict(MULTI, ["a", "c"]).fraction == 1
    half = verdict(MULTI, "a")
    assert half.fraction == 0.5 and "left out 1" in half.feedback
    assert verdict(MULTI, "a, b").fraction == 0
    assert "beta fails" in verdict(MULTI, {"a", "b"}).feedback


def test_placeholder_is_not_attempted() -> None:
    for task in (CHOICE, CLASSIFY, RANKING, NUMERIC, RUBRIC, CODE):
        with pytest.raises(NotAttempted):
            task.prepare(...)
    with pytest.raises(NotAttempted):
        CLASSIFY.prepare({"roadmap": ..., "schema": ...})


def test_classify_partial_and_reasons() -> None:
    assert verdict(CLASSIFY, {"roadmap": "pm", "schema": "ENGINEERING"}).fraction == 1
    v = verdict(CLASSIFY, {"roadmap": "Engineering"})
    assert v.fraction == 0
    assert "the roadmap is PM work" in v.feedback and "Not classified yet: 'schema'" in v.feedback
    with pytest.raises(AnswerError, match="'Dev' is not a category"):
        CLASSIFY.prepare({"roadmap": "Dev"})
    with pytest.raises(AnswerError, match="not one of the items"):
        CLASSIFY.prepare({"budget": "PM"})
    with pytest.raises(AnswerError, match="empty"):
        CLASSIFY.prepare({})


def test_ranking_scores_kept_rules() -> None:
    assert verdict(RANKING, ["bug", "feature", "polish"]).fraction == 1
    v = verdict(RANKING, ["feature", "bug", "polish"])
    assert v.fraction == 0.5 and "outages first" in v.feedback
    for bad, phrase in (
        (["bug", "bug", "polish"], "more than once"),
        (["bug"], "missing"),
        (["bug", "feature", "nap"], "not one of"),
        ("bug", "expects"),
    ):
        with pytest.raises(AnswerError, match=phrase):
            RANKING.prepare(bad)


def test_numeric_known_mistakes_and_direction() -> None:
    assert verdict(NUMERIC, 24.2).fraction == 1
    assert "PO share" in verdict(NUMERIC, 16).feedback
    assert "too high!" in verdict(NUMERIC, 30).feedback
    assert "too low!" in verdict(NUMERIC, 1).feedback
    for bad in (True, "24", float("nan"), None):
        with pytest.raises(AnswerError):
            NUMERIC.prepare(bad)


def test_rubric_names_each_missed_point() -> None:
    assert verdict(RUBRIC, "As a buyer I want receipts").fraction == 1
    v = verdict(RUBRIC, "Add a receipts table please")
    assert v.fraction == 0
    assert "✘ names a persona: name who it is for." in v.feedback
    assert "drop the database detail" in v.feedback
    with pytest.raises(AnswerError, match="at least 3 words"):
        RUBRIC.prepare("too short")


def test_code_runs_hidden_cases_and_hides_their_inputs() -> None:
    assert verdict(CODE, _double_add).fraction == 1
    v = verdict(CODE, lambda x, y: x + y)
    assert v.fraction == pytest.approx(1 / 3)
    assert "small numbers" in v.feedback and "(1, 2)" not in v.feedback

    def boom(x: int, y: int) -> float:
        return x / y

    raised = verdict(CODE, boom)
    assert "raised ZeroDivisionError" in raised.feedback
    with pytest.raises(AnswerError, match="expects a function"):
        CODE.prepare("def f(): pass")


def test_code_placeholder_function_is_not_attempted() -> None:
    def unwritten(x: int, y: int) -> int:
        raise NotImplementedError

    with pytest.raises(NotAttempted):
        CODE.prepare(unwritten)


def test_code_rejects_tampered_results() -> None:
    with pytest.raises(AnswerError, match="unreadable"):
        CODE.revalidate([{"value": 6}])  # fewer results than cases
    with pytest.raises(AnswerError):
        CODE.revalidate("all pass")


def test_chart_reads_a_real_matplotlib_figure() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    chart = Chart(
        id="99.8",
        title="t",
        expects="a figure",
        **COMMON,
        criteria=(
            Criterion("has a title", lambda s: bool(s["title"]), "add a title."),
            Criterion(
                "bars in order", lambda s: [b[0] for b in bars_of(s)] == ["b", "a"], "sort them."
            ),
        ),
    )
    fig, ax = plt.subplots()
    ax.bar(["b", "a"], [3, 1])
    ax.set_title("Priority")
    assert verdict(chart, fig).fraction == 1
    fig2, ax2 = plt.subplots()
    ax2.barh(["b", "a"], [3, 1])
    summary = chart.prepare(ax2)
    assert [label for label, _ in bars_of(summary)] == ["a", "b"]  # top to bottom
    v = verdict(chart, fig2)
    assert v.fraction == 0 and "add a title" in v.feedback
    plt.close("all")
    with pytest.raises(AnswerError, match="expects a figure"):
        chart.prepare([1, 2, 3])


def test_every_message_is_one_line() -> None:
    for task, bad in (
        (CHOICE, {}),
        (CLASSIFY, [1]),
        (RANKING, 5),
        (NUMERIC, "x"),
        (RUBRIC, 7),
        (CODE, 1),
    ):
        with pytest.raises(AnswerError) as info:
            task.prepare(bad)
        assert re.fullmatch(r"Task 99\.\d expects [^\n]+\.", str(info.value))


def test_chart_reads_relabelled_ticks_as_the_reader_sees_them() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    chart = Chart(
        id="99.9",
        title="t",
        expects="a figure",
        **COMMON,
        criteria=(Criterion("has bars", lambda s: bool(s["bars"]), "draw the bars."),),
    )
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    ax.set_xticks([0, 1], ["Alpha", "Beta"])  # categories renamed on the chart itself
    assert bars_of(chart.prepare(fig)) == [("Alpha", 1.0), ("Beta", 2.0)]
    fig2, ax2 = plt.subplots()
    ax2.bar(range(3), [3, 2, 1])  # plain numbers: labels come from the ticks
    assert [float(label) for label, _ in bars_of(chart.prepare(fig2))] == [0, 1, 2]
    plt.close("all")


# ---------------------------------------------------------------- definitions
# Every kind checks its own rules when a task is defined, with a message that says
# what to fix; a course with a badly defined task does not import. README: "For authors".


def test_every_task_and_exercise_of_the_course_follows_the_rules() -> None:
    for task in all_tasks():
        assert task.problems() == [], task.id
    for exercise in all_exercises():
        tasks = [t for t in all_tasks() if t.chapter == exercise.number]
        assert exercise.problems() == [], exercise.number
        assert exercise.task_problems(tasks) == [], exercise.number


def _numeric(**changes: object) -> Numeric:
    return replace(NUMERIC, **changes)  # type: ignore[arg-type]


BAD_TASKS = {
    "no prompt": (lambda: replace(CHOICE, prompt=" "), "task 99.1: it has no prompt"),
    "bad id": (lambda: replace(CHOICE, id="99"), "must look like '4.2'"),
    "bad section": (lambda: replace(CHOICE, section="x.html#y"), "must link the section"),
    "no hint": (lambda: replace(CHOICE, hint=""), "it needs a hint"),
    "numeric without precision": (
        lambda: _numeric(prompt="How many hours are left?"),
        "its prompt must say how precisely to answer",
    ),
    "a mistake that is right": (
        lambda: _numeric(mistakes=(Mistake(24.2, "x"),)),
        "the mistake 24.2 is within the tolerance",
    ),
    "two right options": (
        lambda: replace(
            CHOICE, options={"a": Option("A", True, "x."), "b": Option("B", True, "y.")}
        ),
        "exactly one right option, not 2",
    ),
    "options share a why": (
        lambda: replace(
            CHOICE, options={"a": Option("A", True, "x."), "b": Option("B", False, "x.")}
        ),
        "every option needs its own explanation",
    ),
    "options not lettered": (
        lambda: replace(
            CHOICE, options={"a": Option("A", True, "x."), "c": Option("C", False, "y.")}
        ),
        "letter them 'a', 'b', 'c'",
    ),
    "a why in the prompt": (
        lambda: replace(CHOICE, prompt="Pick one. B is right because of beta."),
        "an option's explanation shows in the notebook",
    ),
    "the solution in the prompt": (
        lambda: replace(CHOICE, prompt="Pick one (the model answer)."),
        "gives the solution away",
    ),
    "item in no category": (
        lambda: replace(CLASSIFY, items={"roadmap": ("PM", "a."), "schema": ("Design", "b.")}),
        "'schema' is put under 'Design', which is not a category",
    ),
    "categories typed in the prompt": (
        lambda: replace(CLASSIFY, prompt='Sort them.\n\nReplace each `...` with one of `"PM"`.'),
        "the notebook generator writes it",
    ),
    "one category": (lambda: replace(CLASSIFY, categories=("PM",)), "at least two categories"),
    "a ranking rule on no item": (
        lambda: replace(RANKING, rules=(Rule("bug", "typo", "x."),)),
        "must name two of its items",
    ),
    "ranking rules in a cycle": (
        lambda: replace(RANKING, rules=(Rule("bug", "polish", "x."), Rule("polish", "bug", "y."))),
        "form a cycle",
    ),
    "a short model answer": (
        lambda: replace(RUBRIC, solution="Two words"),
        "model answer (solution) is shorter than min_words=3",
    ),
    "a rubric without criteria": (lambda: replace(RUBRIC, criteria=()), "at least one criterion"),
    "code without its function": (
        lambda: replace(CODE, starter="# write f here"),
        "its starter must define f()",
    ),
    "a hidden label in the prompt": (
        lambda: replace(CODE, prompt="Mind the case of small numbers."),
        "a hidden case's label shows",
    ),
    "a chart on a later answer": (
        lambda: Chart(
            id="99.2",
            title="t",
            expects="a figure",
            uses_answer_of="99.3",
            **COMMON,
            criteria=(Criterion("has bars", bool, "draw bars."),),
        ),
        "must be an earlier task",
    ),
}


@pytest.mark.parametrize("case", BAD_TASKS, ids=list(BAD_TASKS))
def test_a_badly_defined_task_says_what_to_fix(case: str) -> None:
    make, message = BAD_TASKS[case]
    with pytest.raises(DefinitionError, match=re.escape(message)) as info:
        make()
    assert str(info.value).startswith("task 99")
    assert "\n" not in str(info.value)


def test_several_problems_are_reported_together() -> None:
    with pytest.raises(DefinitionError) as info:
        replace(CHOICE, hint="", prompt="")
    assert "it needs a hint" in str(info.value) and "it has no prompt" in str(info.value)


EXERCISE = Exercise(
    number=12,
    title="Working with designers",
    notebook="12-working-with-designers.ipynb",
    chapter="chapters/12-working-with-designers",
    intro="You practise it.",
    objectives=(("explain the idea", ("12.1", "quiz 1")),),
)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"notebook": "12_designers.ipynb"}, "must be '12-<slug>.ipynb'"),
        ({"chapter": "chapters/12-designers"}, "must be 'chapters/12-working-with-designers'"),
        ({"minutes": 0}, "minutes (the exercise's time, stated in the chapter) must be 1"),
        ({"objectives": (("explain the idea", ()),)}, "nothing practises the objective"),
        ({"objectives": (("explain the idea", ("4.1",)),)}, "refers to '4.1': use this chapter"),
        ({"intro": ""}, "it needs an intro"),
    ],
)
def test_a_badly_defined_exercise_says_what_to_fix(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(DefinitionError, match=re.escape(message)) as info:
        replace(EXERCISE, **changes)  # type: ignore[arg-type]
    assert str(info.value).startswith("exercise 12: ")


def _tasks_of_12(*numbers: int) -> list[Choice]:
    section = "chapters/12-working-with-designers.html#ch12-core"
    return [replace(CHOICE, id=f"12.{n}", section=section) for n in numbers]


def test_an_exercise_has_four_tasks_numbered_in_order() -> None:
    assert EXERCISE.task_problems(_tasks_of_12(1, 2, 3, 4)) == []
    assert EXERCISE.task_problems(_tasks_of_12(1, 2, 3)) == [
        "it has 3 task(s); an exercise has at least 4"
    ]
    assert EXERCISE.task_problems(_tasks_of_12(1, 2, 4, 5)) == [
        "its task ids are ['12.1', '12.2', '12.4', '12.5']; number them 12.1, 12.2, ... in order"
    ]
    mapped = replace(EXERCISE, objectives=(("explain the idea", ("12.7",)),))
    assert mapped.task_problems(_tasks_of_12(1, 2, 3, 4)) == [
        "the objective 'explain the idea' refers to task 12.7, which does not exist"
    ]
