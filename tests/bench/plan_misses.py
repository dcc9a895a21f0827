"""Task 9.7's eval-plan check against its labels, plan by plan.

``python tests/bench/plan_misses.py [FILE] [--review]`` prints every labelled plan where a
decided verdict disagrees with its label (and, with ``--review``, every plan sent to a
human), with the check's feedback and the labeller's note. Without FILE it reads every
tuned plan (``storydata.evalplans("tuning")``). Plans are judged as ``story.py``'s
``plan_rows`` judges them: task 9.7's ``grade``, read by ``storydata.plan_verdicts``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import storydata

from pmcourse._errors import AnswerError
from pmcourse._tasks import get_task


def main(argv: list[str]) -> None:
    names = [a for a in argv if not a.startswith("--")]
    show_review = "--review" in argv
    plans = storydata.load(names[0]) if names else storydata.evalplans("tuning")
    task = get_task("9.7")
    wrong = review = 0
    for plan in plans:
        try:
            verdict = task.grade(task.prepare(str(plan["text"])))
        except AnswerError as turned_away:  # too few words: it meets nothing
            states, _ = storydata.grade_plan(str(plan["text"]))
            if any(plan["labels"].values()):
                print(f"===== {plan['id']}: turned away ({turned_away}); labels {plan['labels']}")
            continue
        labels = plan["labels"]
        states = storydata.plan_verdicts(verdict.feedback)
        bad = [
            (label, state, labels[label])
            for label, state in states.items()
            if state != "unsure" and (state == "met") != labels[label]
        ]
        if not bad and not (show_review and verdict.review):
            continue
        wrong += bool(bad)
        review += verdict.review
        unsure = [label for label, state in states.items() if state == "unsure"]
        false = [label for label, value in labels.items() if not value]
        print(
            "=====",
            plan["id"],
            "false:",
            false,
            "unsure_ok:",
            plan.get("unsure_ok"),
            "REVIEW" if verdict.review else "",
            "unsure:",
            unsure,
        )
        print(plan["text"])
        for label, state, value in bad:
            print(f"  >>> WRONG {label}: {state}, label {value}")
        print("  feedback:\n    " + verdict.feedback.replace("\n", "\n    "))
        print("  note:", plan.get("note"))
    print("plans wrong:", wrong, "review:", review)


if __name__ == "__main__":
    main(sys.argv[1:])
