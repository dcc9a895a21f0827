"""Exercise 8: capstone, a TPM's first months at an API platform company."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify
from ._numeric import Mistake, Numeric
from .ch04 import WEBHOOK_RETRIES
from .story import Story

EXERCISE = Exercise(
    number=8,
    title="A TPM at an API company (capstone)",
    notebook="08-summary-and-capstone.ipynb",
    chapter="chapters/08-summary-and-capstone",
    minutes=45,
    chapter_title="Summary and capstone",
    intro="A capstone case that draws on every chapter. You join an API platform company as its technical product manager; each task is a decision from your first six months. You will practise the whole course at once: reading a posting, keeping to the business side, writing a problem-first story, guarding your time from non-PM work, and splitting PM and PO duties. Read the case in the chapter first.",
    objectives=(
        (
            "state in one sentence what a technical product manager is and is not",
            ("quiz 1",),
        ),
        (
            (
                "classify a new TPM's first-month to-do list into work to keep, hand off or "
                "renegotiate"
            ),
            ("8.1", "quiz 2"),
        ),
        (
            (
                "write a user story for an API product with a persona, an outcome and acceptance "
                "criteria, without prescribing the design"
            ),
            ("8.2",),
        ),
        (
            "compute how much of a week is left for product management work",
            ("8.3",),
        ),
        (
            (
                "identify evidence that a PM is succeeding, and choose a response to a "
                "reorganization that protects the product management work"
            ),
            ("8.4", "8.5", "quiz 3"),
        ),
    ),
)

_CH = "chapters/08-summary-and-capstone.html"
_STORIES = "chapters/04-dont-design-the-solution.html#ch04-writing-stories"
_CAPACITY = "chapters/06-pm-and-product-owner.html#ch06-scenario"

MODEL_STORY = """\
As an integrating developer at an online shop whose webhook endpoint is sometimes down for
maintenance or an outage, I want to receive the shipment events that were sent while my endpoint
was unreachable once it is reachable again, so that my shop's order statuses stay correct and my
customers can see where their parcels are without my staff checking orders by hand.

Acceptance criteria:
- Given my endpoint was unreachable for up to 24 hours, when it responds again, then every
  shipment event issued during that time reaches it.
- When several late updates arrive for the same parcel, I can tell which one is the most recent.
- I can look up which events failed to reach my endpoint, and whether and when each one was
  finally delivered.
- If an event still has not reached my endpoint after 24 hours, I am told, and I can still get
  that event's content.
"""

_KEEP = "Keep"
_HAND = "Hand off"
_RENEG = "Renegotiate"

TASKS = [
    Classify(
        id="8.1",
        prompt=(
            "Your first month at the API company. Sort your to-do list: **Keep** what a PM should do herself, **Hand off** what belongs to someone else already, and **Renegotiate** what your job description assigned to you although it is not PM work."
        ),
        title="The first-month list",
        section=f"{_CH}#ch08-capstone",
        expects="a dict mapping each item to 'Keep', 'Hand off' or 'Renegotiate'",
        hint="Keep what only a PM does. Hand off what already belongs to someone else. "
        "Renegotiate what your job description assigned to you but is not PM work.",
        solution="Keep: customer interviews, the sales-engineer briefing, acceptance criteria "
        "for the retry story.\n"
        "Hand off: choosing the queue technology (tech lead), running the stand-ups (the "
        "team), fixing the flaky integration test (developers).\n"
        "Renegotiate: writing the SDK reference docs and building the status page UI, both "
        "from the job description.",
        categories=(_KEEP, _HAND, _RENEG),
        items={
            "Interview five integrating developers about their worst webhook failures": (
                _KEEP,
                "customer discovery with a technical audience is core TPM work.",
            ),
            "Brief the sales engineers on what the new rate-limits mean for large shippers": (
                _KEEP,
                "translating engineering changes for Sales is one of Elizalde's three do's.",
            ),
            "Write acceptance criteria for the webhook retry story": (
                _KEEP,
                (
                    "defining what done means, from the user's side, is the PM's part of the "
                    "build; the team reviews and sharpens the criteria, but writing them starts "
                    "with you."
                ),
            ),
            "Choose the message queue technology for the retry service": (
                _HAND,
                (
                    "this is solution design; frame the need and the constraints, then let the tech "
                    "lead and team decide."
                ),
            ),
            "Run the daily stand-ups of the labels team": (
                _HAND,
                (
                    "the team runs its own stand-up (in Scrum, the Daily Scrum belongs to the "
                    "Developers); sitting at the center of the daily flow is the Agile trap from "
                    "chapter 5."
                ),
            ),
            "Fix the flaky integration test that blocks releases": (
                _HAND,
                (
                    "fixing tests is the developers' work; raise its priority if it hurts customers, "
                    "but do not take it on."
                ),
            ),
            "Write the SDK reference documentation (in your job description)": (
                _RENEG,
                (
                    "what the docs must do for integrators is yours to define, but writing the "
                    "reference is a non-PM deliverable written into your job; raise it with your "
                    "manager rather than quietly doing it or quietly dropping it."
                ),
            ),
            "Build the public status page UI (in your job description)": (
                _RENEG,
                (
                    "building UI is development work that your job description assigned to you; "
                    "discuss who should own it."
                ),
            ),
        },
    ),
    Story(
        scenario=WEBHOOK_RETRIES,
        id="8.2",
        prompt=(
            "Month 2. In your interviews, integrating developers at online shops told you the same story:\n"
            "when their webhook endpoint is down (a deploy, an outage, an expired certificate), the\n"
            "shipment events that Shipmate sends in that time are lost. Their shops then show stale\n"
            "order statuses, their customers ask where their parcels are, and their staff check orders\n"
            "by hand.\n"
            "\n"
            "Write the user story that the TPM should bring to the notifications team. It must have:\n"
            "\n"
            '- a **persona** ("As a ..."), a specific kind of user;\n'
            '- what that user **wants** ("I want ...");\n'
            '- the **outcome** for that user ("so that ...");\n'
            "- at least two testable **acceptance criteria**, seen from the user's side: Given / When /\n"
            "  Then, or a line `Acceptance criteria:` followed by bulleted checks.\n"
            "\n"
            "State the need. What the developers see and code against is part of the product and may\n"
            "appear: event fields, endpoints, headers, status codes, SDK methods and a documented retry\n"
            "or delivery policy. Leave how Shipmate builds it to the team: queues, retry tables, workers,\n"
            "internal storage and the code behind a backoff.\n"
            "\n"
            'Replace the `...` with your story as a text; triple quotes (`"""..."""`) let it span several\n'
            "lines."
        ),
        title="Write the retry story",
        section=_STORIES,
        expects="the user story as a text (a string)",
        hint="Start from the user: who loses what, and what do they need to be true once their "
        "endpoint is back? Say what done looks like from their side, and leave retries, queues "
        "and ordering mechanisms to the team.",
        solution=MODEL_STORY,
    ),
    Numeric(
        id="8.3",
        prompt=(
            "Before the reorganization, you are the PO for two of the five component teams, and each\n"
            "takes 9 hours of PO work a week. You also sit in a cross-team dependency meeting series that\n"
            "takes 5 hours a week. Your week is 40 hours.\n"
            "\n"
            "What **percentage** of your week is left for PM work? Give it as a number rounded to one\n"
            "decimal place, such as `37.5`; answers within 0.1 of the exact percentage count."
        ),
        title="Your share of the week",
        section=_CAPACITY,
        expects="a percentage as a number, such as 37.5",
        hint="Add up everything that is not PM work, subtract it from 40 hours, then divide "
        "the remainder by 40.",
        solution="PO work: 2 teams x 9 h = 18 h. Cross-team dependency meeting: 5 h. Left for "
        "PM work: 40 - 18 - 5 = 17 h, which is 17 / 40 = 42.5% of the week.",
        expected=42.5,
        tolerance=0.1,
        right="Right: 17 of 40 hours, 42.5%. Less than half the week is left for customers, "
        "Sales and the roadmap.",
        mistakes=(
            Mistake(65, "you counted the PO work for one team only; you are PO for two."),
            Mistake(55, "you left out the 5 hours of cross-team dependency meetings."),
            Mistake(
                57.5,
                "that is the share taken by PO work and coordination; the question asks for "
                "the share left for PM work.",
            ),
            Mistake(17, "that is the number of hours; the question asks for a percentage."),
            Mistake(0.425, "that is a fraction; give it as a percentage (multiply by 100)."),
        ),
        too_high="That is more than the schedule leaves; check that both teams and the "
        "dependency meeting are counted.",
        too_low="That is too little; check your subtraction and the division by 40.",
    ),
    Choice(
        id="8.4",
        title="Evidence at the 90-day review",
        section=f"{_CH}#ch08-summary",
        multiple=True,
        expects="a list of option letters such as ['a', 'c']",
        hint="In Elizalde's summary, success for any PM means customer focus, driving a "
        "vision, and a product that meets market needs. Which items show that?",
        solution="(a), (c) and (e). Each shows customer focus, a vision being driven, or a "
        "product meeting a market need. (b), (d) and (f) show busy hands in development, "
        "documentation or process, not product success.",
        prompt="At your 90-day review at the API company, which items are good evidence that "
        "you are succeeding as a product manager? Pick every one that applies.",
        options={
            "a": Option(
                "Two roadmap bets were checked against twelve customer interviews, and one was "
                "dropped.",
                True,
                "Right: customer focus that changed a decision is exactly what the role is for.",
            ),
            "b": Option(
                "You merged thirty pull requests to speed up the retry service.",
                False,
                "That is development output. It shows you did the team's job, not yours.",
            ),
            "c": Option(
                "Sales engineers now win technical evaluations using your briefings.",
                True,
                "Right: bridging engineering and Sales with your technical background moves the "
                "product in the market.",
            ),
            "d": Option(
                "Velocity rose after you redesigned every Scrum event.",
                False,
                "In Elizalde's view Agile is a very small part of a PM's role. And, in the "
                "course's words, velocity says nothing about whether customers get value.",
            ),
            "e": Option(
                "Integrators' failed-delivery tickets fell by half after the retry feature you "
                "defined shipped.",
                True,
                "Right: a product change you defined met a real market need, and the result is "
                "measured from the customer's side.",
            ),
            "f": Option(
                "You wrote the complete SDK reference yourself.",
                False,
                "Writing documentation is a non-PM deliverable in Elizalde's list; defining what "
                "the docs must do for integrators was your part, and writing it all yourself took "
                "time from customers and the roadmap.",
            ),
        },
    ),
    Choice(
        id="8.5",
        title="The reorganization",
        section=f"{_CH}#ch08-capstone",
        expects="one option letter such as 'a'",
        hint="Recall the practitioner in chapter 7 who reported that, after a move to "
        "cross-functional teams, there were fewer dependencies and no more need for a TPM role. "
        "What does the change free you to do?",
        solution="(b) The move should cut the cross-team dependency meetings; use the freed "
        "time for the work only a PM does, and agree openly with leadership who plays the PO "
        "role in each new team.",
        prompt="Six months in, leadership announces that the five component teams will become "
        "three cross-functional teams. As you worked out in month 3, PO work for two teams "
        "takes 18 hours of your 40-hour week and the cross-team dependency meetings another 5. "
        "What is the best response?",
        options={
            "a": Option(
                "Argue against the change, since it removes the dependency meetings you sit in "
                "and the coordination you do there.",
                False,
                "Fewer dependencies should mean less overhead and more throughput for the "
                "product, as the practitioner in chapter 7 reported. Defending coordination "
                "work for its own sake puts your role above the product.",
            ),
            "b": Option(
                "Support it, move the freed hours to customers, Sales and the roadmap, and agree "
                "with leadership who plays the PO role in each new team.",
                True,
                "Right: the dependency overhead should shrink, the PM work stays, and the PM/PO "
                "split becomes an explicit capacity decision rather than an accident.",
            ),
            "c": Option(
                "Volunteer to be the product owner of all three new teams.",
                False,
                "Three backlogs would fill your week with PO work (about 27 of 40 hours at 9 "
                "hours a team) and push out everything strategic, the overload that Elizalde's "
                "case for splitting the roles aims to prevent.",
            ),
            "d": Option(
                "Use the freed time to design the architecture of each new team's services.",
                False,
                "Architecture belongs to the teams and their tech leads; this is the 'design "
                "the solution yourself' trap from chapter 4.",
            ),
        },
    ),
]
