"""Exercise 2: what technical skill buys you."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify

EXERCISE = Exercise(
    number=2,
    title="What technical skill buys you",
    notebook="02-what-technical-skill-buys.ipynb",
    chapter="chapters/02-what-technical-skill-buys",
    minutes=20,
    intro=(
        "You will practise recognizing the four advantages of technical skill that Daniel Elizalde lists\n"
        "in real situations, telling product uses of that skill from designing the solution or doing the\n"
        "team's work, and drawing the course's line between being *informed* about a technical design\n"
        "and being *involved* in making it."
    ),
    objectives=(
        (
            "identify what technical skill adds to product leadership and what it cannot replace",
            ("quiz 1", "2.5"),
        ),
        (
            (
                "match everyday situations to the four advantages of technical fluency that the "
                "article lists, and give an example of each"
            ),
            ("2.1", "quiz 2"),
        ),
        (
            (
                "identify uses of technical skill that design the solution or do the team's work "
                "instead of serving customers and the business"
            ),
            ("2.4", "quiz 4"),
        ),
        (
            (
                "classify activities as being informed about a technical design or being "
                "involved in making it"
            ),
            ("2.2", "2.3", "quiz 3"),
        ),
    ),
)

_CH = "chapters/02-what-technical-skill-buys.html"

_TRUST = "Team trust"
_TRENDS = "Tech trends"
_CUSTOMERS = "Customer technologists"
_TRADE_OFFS = "Trade-offs"

TASKS = [
    Classify(
        id="2.1",
        prompt=(
            'For each situation, name the advantage of technical skill it shows: `"Team trust"`,\n'
            '`"Tech trends"`, `"Customer technologists"` or `"Trade-offs"`.'
        ),
        title="Which advantage is at work?",
        section=f"{_CH}#ch02-advantages",
        expects=(
            "a dict mapping each situation to 'Team trust', 'Tech trends', "
            "'Customer technologists' or 'Trade-offs'"
        ),
        hint=(
            "Ask who the PM is dealing with in each situation: the team, the market's technology, "
            "a customer's technical leaders, or a plan that needs a compromise."
        ),
        solution=(
            "Team trust: the developer who explains a constraint once; the engineers who ask the "
            "PM's view early. Tech trends: the passkey standard that could replace passwords. "
            "Customer technologists: the bank's security chief asking about encryption keys. Trade-offs: "
            "shipping to one region first; offering CSV before the rare formats."
        ),
        categories=(_TRUST, _TRENDS, _CUSTOMERS, _TRADE_OFFS),
        items={
            "A developer explains a queue limitation once and the PM gets it at once": (
                _TRUST,
                (
                    "it is about communication with your own team: they explain once and trust "
                    "that you understood."
                ),
            ),
            "Engineers start inviting the PM to early technical discussions": (
                _TRUST,
                "being asked in early is a sign of trust from the development team.",
            ),
            "The PM sees that a new passkey standard could remove the login complaints": (
                _TRENDS,
                (
                    "linking a new technology to an existing customer problem is reading tech "
                    "trends for the roadmap."
                ),
            ),
            "A bank's security chief asks how encryption keys are managed, and the PM answers": (
                _CUSTOMERS,
                (
                    "a customer's technical leader can block a deal; answering credibly is the "
                    "customer-facing advantage."
                ),
            ),
            "The PM proposes launching in one region first to avoid a data-residency problem": (
                _TRADE_OFFS,
                "understanding why something is hard lets the PM trade scope for time.",
            ),
            "The PM offers CSV import now and the rare file formats next quarter": (
                _TRADE_OFFS,
                "trading depth (fewer formats) for an earlier release is an informed trade-off.",
            ),
        },
    ),
    Classify(
        id="2.2",
        prompt=(
            'Who owns each activity: `"PM"`, `"Engineering"`, or `"Both"` (a decision that needs the PM\'s\n'
            "view of value and the team's view of cost)? Where the answer is Engineering, the course's rule\n"
            "of thumb is that the PM stays *informed*, not *involved*."
        ),
        title="Informed or involved?",
        section=f"{_CH}#ch02-informed-not-involved",
        expects="a dict mapping each activity to 'PM', 'Engineering' or 'Both'",
        hint=(
            "The PM owns why and what, the team owns how, and decisions that trade value against "
            "cost need both."
        ),
        solution=(
            "PM: which customer segment the release serves; the user problem the export feature "
            "must solve. "
            "Engineering: the caching strategy; the class structure of billing; the migration "
            "estimate. Both: how much scope to cut for the launch date; how much of the next "
            "sprint goes to technical debt."
        ),
        categories=("PM", "Engineering", "Both"),
        items={
            "Decide which customer segment the next release serves": (
                "PM",
                "choosing whose problems to solve is the PM's call, informed by the market.",
            ),
            "Decide which user problem the new export feature must solve": (
                "PM",
                (
                    "whose problem a feature solves, and why it matters, is product work: Elizalde "
                    "asks the PM to define features by the problem and the persona."
                ),
            ),
            "Pick the caching strategy for the search service": (
                "Engineering",
                "it is a design decision. Stay informed about it, do not make it.",
            ),
            "Design the class structure of the billing module": (
                "Engineering",
                "the internal structure of the code is the team's craft.",
            ),
            "Write the task-by-task estimate the team commits to for the data migration": (
                "Engineering",
                (
                    "the people doing the work own the estimate they commit to. Your own feel for "
                    "duration, which Elizalde says technical skill sharpens, lets you question "
                    "it, not replace it."
                ),
            ),
            "Agree how much scope to cut to hit the launch date": (
                "Both",
                (
                    "the PM knows what the value is, the team knows what the cost is: the trade-off "
                    "needs both."
                ),
            ),
            "Decide how much of the next sprint goes to technical debt": (
                "Both",
                (
                    "the team knows the cost of the debt, the PM weighs it against features; it is "
                    "a negotiation."
                ),
            ),
        },
    ),
    Choice(
        id="2.3",
        prompt=(
            "In a design review, the tech lead presents a new import pipeline. From sales calls you know two\n"
            "prospects have archives about forty times larger than usual, and you suspect the design will\n"
            "struggle with them. What do you do?"
        ),
        title="The design review",
        section=f"{_CH}#ch02-informed-not-involved",
        expects="one option letter such as 'a'",
        hint="Bring what only you know, and leave the design with the people who own it.",
        solution=(
            "(c) Share the customer facts and the risk you see, and ask the tech lead how the "
            "design handles that case. The team keeps the design; you make sure it is informed."
        ),
        options={
            "a": Option(
                "Sketch a better pipeline on the whiteboard and ask the team to build yours.",
                False,
                "That is being involved in the design: the team loses work that is theirs, "
                "and your sketch lacks what they know about the code.",
            ),
            "b": Option(
                "Say nothing: the design is engineering's business, not yours.",
                False,
                "Too far the other way. In the course's reading, being informed includes sharing "
                "what you know about customers and risk; keeping quiet lets a foreseeable problem "
                "reach customers.",
            ),
            "c": Option(
                "Share the prospects' volumes and timelines and ask how the design copes with "
                "them.",
                True,
                "Right: you add the customer facts only you have and let the team own the "
                "answer. That is the course's 'informed, not involved' rule of thumb.",
            ),
            "d": Option(
                "Escalate to the VP of Engineering that the design is wrong.",
                False,
                "You do not know yet that it is wrong, and going over the tech lead's head "
                "destroys the trust that makes your technical judgment worth anything.",
            ),
        },
    ),
    Choice(
        id="2.4",
        prompt="Which of these are good uses of a PM's technical skill? Pick **all** that apply.",
        title="Good uses of technical skill",
        section=f"{_CH}#ch02-pitfall",
        expects="a list of option letters such as ['a', 'c']",
        hint=(
            "Keep the uses that serve the business and user needs; drop the ones that design the "
            "solution or do the engineers' work for them."
        ),
        solution=(
            "(a), (c) and (e) put technical skill to product use: a credible CTO conversation, a "
            "trend tied to a customer problem, and a sanity check on a risky estimate. (b) is "
            "doing the team's work (a production deliverable that is not product management), and "
            "(d) is designing the solution."
        ),
        multiple=True,
        options={
            "a": Option(
                "Answering a prospect's CTO about how the product isolates customer data.",
                True,
                "A good use: talking credibly with customers' technical leaders moves deals "
                "forward.",
            ),
            "b": Option(
                "Writing the database migration script so the team can move faster.",
                False,
                "That is the team's work: not designing the solution but doing it, a production "
                "deliverable that Elizalde counts as outside product management. It costs you time "
                "with customers and takes work away from the engineers who own it.",
            ),
            "c": Option(
                "Noticing that a new browser capability could remove a plug-in customers hate.",
                True,
                "A good use: connecting a technology trend to an existing customer problem is "
                "how innovation reaches the roadmap.",
            ),
            "d": Option(
                "Specifying which design pattern the team must use for the new module.",
                False,
                "That is designing the solution. The pattern is a technical decision for the "
                "team and its tech lead.",
            ),
            "e": Option(
                "Asking why a two-day estimate ignores the partner API's rate limits.",
                True,
                "A good use: understanding technical challenges lets you question an estimate "
                "and plan for the risk without taking over the design.",
            ),
        },
    ),
    Choice(
        id="2.5",
        prompt=(
            "A cloud provider launches a managed speech-to-text service. You manage a tool that helps support\n"
            "teams review recorded customer calls. What is the best first step?"
        ),
        title="A trend arrives",
        section=f"{_CH}#ch02-trends",
        expects="one option letter such as 'a'",
        hint="A technology matters to the roadmap only through the customer problems it touches.",
        solution=(
            "(b) Ask which customer problem the new capability would solve better or cheaper, "
            "check that with customers and the team, and move roadmap items only if the answer "
            "is convincing."
        ),
        options={
            "a": Option(
                "Ask the team to rebuild the product around the new service this quarter.",
                False,
                "Rebuilding before you know the customer value is technology for its own sake, "
                "and it skips the team's own assessment of the cost.",
            ),
            "b": Option(
                "Work out which customer problem it could solve better or cheaper, then test that "
                "with customers and the team before touching the roadmap.",
                True,
                "Right: a trend earns a roadmap slot by connecting to a real need, and the team "
                "confirms what it would cost.",
            ),
            "c": Option(
                "Ignore it until a customer asks for speech-to-text by name.",
                False,
                "Customers rarely ask for technologies by name; spotting what a trend makes "
                "possible is one of the advantages a technical PM brings.",
            ),
            "d": Option(
                "Write the integration design yourself so the team can estimate it.",
                False,
                "That is designing the solution. Describe the problem and let the team propose "
                "and estimate the integration.",
            ),
        },
    ),
]
