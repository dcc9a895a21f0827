"""Exercise 3: the three dos."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._barchart import Chart, bars_of
from ._base import Exercise
from ._choice import Choice, Option
from ._ranking import Ranking, Rule
from ._rubric import Criterion

EXERCISE = Exercise(
    number=3,
    title="The three dos",
    notebook="03-the-three-dos.ipynb",
    chapter="chapters/03-the-three-dos",
    minutes=30,
    intro=(
        "You will practise the three dos: keeping the business side first, using technical understanding to\n"
        "prioritize a backlog (and showing your priorities in a chart), and closing the communication gap\n"
        "with technical buyers and with your own company."
    ),
    imports="from pmcourse import check, hint",
    objectives=(
        (
            (
                "decide what a product manager should do first when a clever technology has no "
                "proven customer need, and explain why a technical product manager's job is a "
                "business job with some technology focus"
            ),
            ("3.1", "quiz 1"),
        ),
        (
            (
                "rank a backlog by value-to-effort and then adjust the order for risk, dependencies "
                "and deadlines"
            ),
            ("3.2", "3.3"),
        ),
        ("give examples of trade-offs in complexity, depth and timeline", ("quiz 2", "3.5")),
        (
            (
                "explain how technical credibility helps a team accept hard calls such as risky "
                "changes, bug work and paying down technical debt"
            ),
            ("3.5", "quiz 3"),
        ),
        (
            (
                "choose actions that translate between engineering and the rest of the company, and "
                "that speak credibly to a technical audience without taking over other teams' "
                "deliverables"
            ),
            ("3.4", "quiz 4"),
        ),
    ),
)

_CH = "chapters/03-the-three-dos.html"

BUG = "Fix CSV import data loss"
SSO = "Enterprise SSO"
DRIVER = "Upgrade database driver"
DARK = "Dark mode"
ALERTS = "Real-time alerts"
REWRITE = "Reporting engine rewrite"

#: The backlog of tasks 3.2 and 3.3: item -> (value, effort), both on a 1-13 scale.
VALUE_EFFORT: dict[str, tuple[int, int]] = {
    BUG: (9, 2),
    SSO: (8, 3),
    DRIVER: (3, 3),
    DARK: (4, 2),
    ALERTS: (7, 8),
    REWRITE: (2, 13),
}

RULES: tuple[Rule, ...] = (
    Rule(
        BUG,
        DARK,
        "a bug that silently loses customer data damages trust in everything else; it beats "
        "a cosmetic improvement.",
    ),
    Rule(
        BUG,
        ALERTS,
        "the data-loss fix is cheap (effort 2) and urgent; the big alerts project can start "
        "right after it.",
    ),
    Rule(
        BUG,
        REWRITE,
        "customers are losing data now; a rewrite with no visible benefit cannot come first.",
    ),
    Rule(
        SSO,
        DARK,
        "two signed enterprise deals wait for SSO; no revenue depends on dark mode.",
    ),
    Rule(
        SSO,
        ALERTS,
        "SSO unlocks signed revenue at a third of the effort; its value/effort ratio is about "
        "three times higher.",
    ),
    Rule(
        SSO,
        REWRITE,
        "revenue waiting on a small feature comes before a large internal rewrite.",
    ),
    Rule(
        DRIVER,
        DARK,
        "the driver loses security support in eight weeks: debt with a deadline outranks a "
        "nice-to-have, even though dark mode's value/effort ratio is higher.",
    ),
    Rule(
        DRIVER,
        ALERTS,
        "real-time alerts are built on the new driver; doing them first means building on a "
        "component you are about to replace.",
    ),
    Rule(
        ALERTS,
        REWRITE,
        "alerts deliver value customers asked for; the rewrite has no user-visible benefit and "
        "no planned reporting work to speed up.",
    ),
    Rule(
        DARK,
        REWRITE,
        "a cheap, popular improvement beats a 13-point rewrite whose payoff is uncertain.",
    ),
)

_TOLERANCE = 0.05


def _canon(label: object) -> str | None:
    if not isinstance(label, str):
        return None
    wanted = " ".join(label.split()).lower()
    for item in VALUE_EFFORT:
        if item.lower() == wanted:
            return item
    return None


def _labels(summary: Mapping[str, Any]) -> list[str | None]:
    return [_canon(label) for label, _ in bars_of(summary)]


def _has_title(summary: Mapping[str, Any]) -> bool:
    return bool(str(summary.get("title", "")).strip())


def _has_axis_labels(summary: Mapping[str, Any]) -> bool:
    return bool(str(summary.get("xlabel", "")).strip()) and bool(
        str(summary.get("ylabel", "")).strip()
    )


def _one_bar_per_item(summary: Mapping[str, Any]) -> bool:
    return len(bars_of(summary)) == len(VALUE_EFFORT)


def _bars_named(summary: Mapping[str, Any]) -> bool:
    labels = _labels(summary)
    return len(labels) == len(VALUE_EFFORT) and set(labels) == set(VALUE_EFFORT)


def _heights_are_ratios(summary: Mapping[str, Any]) -> bool:
    """Every bar whose item can be told has its value/effort height.

    A bar with a wrong label costs only the naming criterion, not this one too.
    """
    named = [
        (item, height) for label, height in bars_of(summary) if (item := _canon(label)) is not None
    ]
    if not named:
        return False
    return all(
        abs(height - VALUE_EFFORT[item][0] / VALUE_EFFORT[item][1]) <= _TOLERANCE
        for item, height in named
    )


def keeps_rules(order: Sequence[str | None]) -> bool:
    """True when ``order`` names every item once and respects every rule of task 3.2."""
    if len(order) != len(VALUE_EFFORT) or set(order) != set(VALUE_EFFORT):
        return False
    pos = {item: i for i, item in enumerate(order)}
    return all(pos[r.before] < pos[r.after] for r in RULES)


def _own_order(summary: Mapping[str, Any]) -> list[str] | None:
    """The learner's own 3.2 order, when one was recorded with the chart."""
    context = summary.get("context")
    if isinstance(context, list) and sorted(map(str, context)) == sorted(VALUE_EFFORT):
        return [str(item) for item in context]
    return None


def _in_priority_order(summary: Mapping[str, Any]) -> bool:
    """The bars that can be told follow the learner's own 3.2 order.

    Without a recorded 3.2 answer, they must keep the trade-offs of task 3.2.
    """
    labels = [item for item in _labels(summary) if item is not None]
    if len(labels) < 2 or len(set(labels)) != len(labels):
        return False
    own = _own_order(summary)
    if own is not None:
        return labels == [item for item in own if item in labels]
    pos = {item: i for i, item in enumerate(labels)}
    return all(pos[r.before] < pos[r.after] for r in RULES if r.before in pos and r.after in pos)


def _table() -> str:
    return ", ".join(f"{k} (value {v}, effort {e})" for k, (v, e) in VALUE_EFFORT.items())


TASKS = [
    Choice(
        id="3.1",
        prompt=(
            "Your engineers have built a compression engine that makes stored files 30% smaller than any\n"
            "competitor's. Leadership asks you to turn it into a new product. What should you do first?"
        ),
        title="A clever engine looking for a customer",
        section=f"{_CH}#ch03-do-business",
        expects="one option letter such as 'a'",
        hint=(
            "Do 1: a product rarely succeeds in the market unless it solves a need someone "
            "will pay for."
        ),
        solution=(
            "(b) Before launching anything, find out which customers have a costly problem the "
            "engine solves, and whether they would pay for the solution."
        ),
        options={
            "a": Option(
                "Launch quickly, before competitors copy the algorithm.",
                False,
                "Speed does not help if nobody needs the product. Technology-first launches "
                "without a customer need rarely do well in the market.",
            ),
            "b": Option(
                "Find out which customers have a costly storage or transfer problem and whether "
                "they would pay to solve it.",
                True,
                "Right: the business side comes first. The engine becomes a product worth "
                "launching once it solves a need someone pays for.",
            ),
            "c": Option(
                "Publish a technical white paper that positions it as the most advanced "
                "engine on the market.",
                False,
                "Messaging about ingenuity answers a question nobody asked yet: who has the "
                "problem and what it costs them.",
            ),
            "d": Option(
                "Ask engineering to push compression to 50% so the lead is unbeatable.",
                False,
                "More of the same cleverness postpones the real question. A better engine is "
                "still not a product without a customer need.",
            ),
        },
    ),
    Ranking(
        id="3.2",
        prompt=(
            "You manage a B2B analytics product. Six items compete for next quarter. Value and effort are\n"
            "relative scores agreed with the team (higher value is better, higher effort costs more).\n"
            "\n"
            "| Item | Value | Effort | Risk | Technical debt? | Notes |\n"
            "|---|---|---|---|---|---|\n"
            "| Dark mode | 4 | 2 | low | no | The most-voted idea on the feedback board. |\n"
            "| Enterprise SSO | 8 | 3 | low | no | Two signed enterprise deals start only when SSO ships. |\n"
            "| Fix CSV import data loss | 9 | 2 | low | no | Some imports silently drop rows; 12 customers affected. |\n"
            "| Real-time alerts | 7 | 8 | high | no | Requested by many mid-size customers; built on streaming support in the new driver. |\n"
            "| Reporting engine rewrite | 2 | 13 | high | yes | Engineers want cleaner code; no reporting changes are planned this year. |\n"
            "| Upgrade database driver | 3 | 3 | medium | yes | The current driver loses security support in 8 weeks. Real-time alerts need the new driver. |\n"
            "\n"
            "Put **all six** item names in a list, highest priority first. Value divided by effort is a good\n"
            "start, but it is not the whole answer."
        ),
        title="Prioritize the backlog",
        section=f"{_CH}#ch03-do-prioritize",
        expects="a list of all six backlog item names, highest priority first",
        hint=(
            "Start from value divided by effort, then let deadlines, dependencies and risk move "
            "items up or down. Which item has a date after which doing nothing becomes dangerous?"
        ),
        solution=(
            f"One order that keeps every trade-off: {SSO}, {BUG}, {DRIVER}, {DARK}, {ALERTS}, "
            f"{REWRITE}. The data-loss bug and SSO lead on value and urgency; the driver upgrade "
            "moves above its ratio because of its security deadline and because alerts depend on "
            "it; the rewrite comes last because it has no user-visible benefit."
        ),
        # shown A-Z: the key's order would already be the answer
        items=tuple(sorted(VALUE_EFFORT)),
        rules=RULES,
    ),
    Chart(
        id="3.3",
        uses_answer_of="3.2",
        prompt=(
            "Show your priorities to the team as a **vertical** bar chart: one bar per backlog item, in your\n"
            "priority order from Task 3.2 (highest priority on the left), each bar as high as the item's value\n"
            "divided by its effort and labeled with the item's name. Give the chart a title and label both\n"
            "axes.\n"
            "\n"
            "The cell already creates an empty figure. Fill in the `...`, draw the bars on `ax`, then set\n"
            '`answer_3_3 = fig`. Tip: `ax.tick_params(axis="x", labelrotation=30)` keeps long names readable.'
        ),
        starter=(
            "VALUE_EFFORT = {  # item: (value, effort), from the table in Task 3.2\n"
            '    "Fix CSV import data loss": (9, 2),\n'
            '    "Enterprise SSO": (8, 3),\n'
            '    "Upgrade database driver": (3, 3),\n'
            '    "Dark mode": (4, 2),\n'
            '    "Real-time alerts": (7, 8),\n'
            '    "Reporting engine rewrite": (2, 13),\n'
            "}\n"
            "\n"
            "try:\n"
            "    import matplotlib.pyplot as plt\n"
            "except ImportError:  # in the browser: pmcourse draws the same chart as SVG\n"
            "    from pmcourse import chart as plt\n"
            "\n"
            "fig, ax = plt.subplots()\n"
            "order = ...  # your priority order, for example: order = answer_3_2\n"
            "# scores = [value / effort for each item in order]\n"
            "# ax.bar(order, scores)\n"
            "# ax.set_title(...)\n"
            "# ax.set_xlabel(...)\n"
            "# ax.set_ylabel(...)\n"
            "\n"
            "answer_3_3 = ...  # when your chart is ready: answer_3_3 = fig\n"
        ),
        title="Chart your priorities",
        section=f"{_CH}#ch03-scenario",
        expects=(
            "a matplotlib figure (or its axes) with one bar per backlog item; in the browser, "
            "the same figure from pmcourse.chart"
        ),
        hint=(
            "Use ax.bar(names, scores) with the names in your order from task 3.2, then give "
            "the chart a title and label both axes."
        ),
        solution=(
            "fig, ax = plt.subplots()\n"
            # the order of the solved task 3.2 (keeps every rule; ties go A-Z)
            f"order = [{SSO!r}, {BUG!r}, {DRIVER!r}, {DARK!r}, {ALERTS!r}, {REWRITE!r}]\n"
            "scores = [VALUE_EFFORT[i][0] / VALUE_EFFORT[i][1] for i in order]\n"
            "ax.bar(order, scores)\n"
            'ax.set_title("Backlog in priority order")\n'
            'ax.set_xlabel("Backlog item (highest priority first)")\n'
            'ax.set_ylabel("Value / effort")\n'
            'ax.tick_params(axis="x", labelrotation=30)\n'
            "answer_3_3 = fig"
        ),
        criteria=(
            Criterion(
                "The chart has a title",
                _has_title,
                "Add a title with ax.set_title(...) that says what the chart shows.",
            ),
            Criterion(
                "Both axes are labeled",
                _has_axis_labels,
                "Label both axes with ax.set_xlabel(...) and ax.set_ylabel(...), for example "
                "'Backlog item' and 'Value / effort'.",
            ),
            Criterion(
                "One bar per backlog item",
                _one_bar_per_item,
                "Draw exactly six bars, one for each backlog item, in a single ax.bar(...) call.",
            ),
            Criterion(
                "Bars are labeled with the item names",
                _bars_named,
                "Label each bar with the exact name of its backlog item, for example by passing "
                "the names as the first argument of ax.bar(names, scores).",
            ),
            Criterion(
                "Bar heights are value divided by effort",
                _heights_are_ratios,
                "Make each bar's height its item's value divided by its effort, from the table "
                f"in task 3.2: {_table()}.",
            ),
            Criterion(
                "Bars are in your priority order",
                _in_priority_order,
                "Draw the bars in your own priority order from task 3.2, highest priority on "
                "the left (run task 3.2's cell first, so that its answer is known; without it, "
                "the order must keep every trade-off of task 3.2).",
            ),
        ),
    ),
    Choice(
        id="3.4",
        prompt=(
            "You manage shipping-label APIs for logistics companies. A prospect's engineering team is comparing\n"
            "you with a competitor. Which actions use your technical skills to close the communication gap?\n"
            "Pick **all** that apply."
        ),
        title="Winning over a technical buyer",
        section=f"{_CH}#ch03-do-communicate",
        expects="a list of option letters such as ['a', 'c']",
        hint=(
            "Good translation gives each audience what it needs in its own language, and keeps "
            "the developers building."
        ),
        solution=(
            "(a), (c) and (d) close the communication gap: you speak to the prospect's engineers "
            "yourself, you give product marketing the facts developers check (the page stays "
            "their deliverable), and feedback reaches the team as concrete problems. (b) and (e) "
            "push the gap onto someone else."
        ),
        multiple=True,
        options={
            "a": Option(
                "Join the evaluation call and answer the prospect's engineers about rate limits "
                "and webhooks yourself.",
                True,
                "Good: speaking directly with the customer's technical staff builds credibility "
                "and can help close the deal.",
            ),
            "b": Option(
                "Ask sales to forward every technical question straight to the developers' "
                "chat channel.",
                False,
                "That widens the gap: developers get interrupted, answers arrive without "
                "business context, and nobody owns the conversation.",
            ),
            "c": Option(
                "Give product marketing the facts developers check (latency figures, SDK "
                "languages, the free sandbox) for the landing page, and review their draft for "
                "technical accuracy.",
                True,
                "Good: messaging for a technical audience must be specific and checkable, and you "
                "supply and check the facts. Writing the page stays product marketing's "
                "deliverable.",
            ),
            "d": Option(
                "Pass the prospect's complaints to the team as concrete problems with examples, "
                "such as 'pagination tokens expire during a bulk sync'.",
                True,
                "Good: you gathered feedback in the customer's language and translated it into "
                "something the team can act on.",
            ),
            "e": Option(
                "Give the sales team a deep dive on the new event-sourcing architecture so they "
                "can pitch it.",
                False,
                "Sales needs the benefits in plain language, not the internals. Translating "
                "means turning architecture into outcomes the buyer cares about.",
            ),
        },
    ),
    Choice(
        id="3.5",
        prompt=(
            "The tech lead asks for a third of the next two sprints to replace a fragile payment-retry\n"
            "component that caused two incidents last month. Sales wants a new feature for a trade show in five\n"
            "weeks. What is the best move?"
        ),
        title="Negotiating technical debt",
        section=f"{_CH}#ch03-trust-hard-calls",
        expects="one option letter such as 'a'",
        hint="A hard call needs both the technical risk and the business cost on the table.",
        solution=(
            "(c) Understand the risk, agree a plan that fixes the fragile component first and "
            "scopes the trade-show feature down, and explain the decision to sales in business "
            "terms."
        ),
        options={
            "a": Option(
                "Refuse the clean-up: features pay the bills, and the incidents were fixed.",
                False,
                "Ignoring a component that keeps failing puts payments, and trust, at risk. "
                "A PM who waves debt away is likely to lose the team's backing for later hard "
                "calls.",
            ),
            "b": Option(
                "Give engineering the two full sprints for the clean-up and tell sales there "
                "will be no feature.",
                False,
                "This avoids the trade-off instead of making it. The team asked for a third of "
                "the time, and the trade show still matters to the business.",
            ),
            "c": Option(
                "Ask what the incidents cost and how likely another is, agree to fix the "
                "component first and cut the feature to a core you can demo, then explain the "
                "choice to sales in terms of lost payments.",
                True,
                "Right: you used technical understanding to weigh the risk, made a trade-off "
                "in scope, and translated it for the business. That is the kind of judgment "
                "that earns a team's trust.",
            ),
            "d": Option(
                "Let the tech lead and the head of sales settle it between themselves.",
                False,
                "Weighing value against technical risk is exactly the PM's job; stepping aside "
                "leaves the decision to whoever argues loudest.",
            ),
        },
    ),
]
