"""Exercise 4: don't design the solution yourself."""

from __future__ import annotations

import re

from ._base import Choice, Classify, Criterion, Exercise, Option, Rubric

EXERCISE = Exercise(
    number=4,
    title="Don't design the solution yourself",
    notebook="04-dont-design-the-solution.ipynb",
    chapter="chapters/04-dont-design-the-solution",
    minutes=30,
    intro=(
        "You will practise telling requirements from prescriptions, rewriting a solution-heavy user story\n"
        "into one the team can design freely, and handling the moments when your own design instincts kick\n"
        "in."
    ),
)

_CH = "chapters/04-dont-design-the-solution.html"

_FLAGS = re.IGNORECASE | re.MULTILINE

# A persona is a kind of user: "As a finance clerk", or a line "Persona: ...".
# Builders and machines are not personas.
_NOT_PERSONA = (
    r"(?:developers?|engineers?|programmers?|devs?|coders?|systems?|back-?ends?|front-?ends?|"
    r"apis?|databases?|servers?|product\s+managers?|pms?|tech\s+leads?|architects?|"
    r"qa|testers?|users?|someone|persons?|people|admins?)\b"
)
_PERSONA = re.compile(
    rf"(?:^|[.!?:;]\s+)\W*as\s+(?:an?|the)\s+(?!{_NOT_PERSONA})[a-z]+"
    rf"|^\W*persona\s*:\s*(?:an?\s+|the\s+)?(?!{_NOT_PERSONA})[a-z]+",
    _FLAGS,
)
_OUTCOME = re.compile(r"\bso\s+that\b[\s,]+\S+(?:\s+\S+){2,}", _FLAGS)
_GIVEN = re.compile(r"\bgiven\b", _FLAGS)
_WHEN = re.compile(r"\bwhen\b", _FLAGS)
_THEN = re.compile(r"\bthen\b", _FLAGS)
_AC_HEADING = re.compile(r"\bacceptance\s+criteria\b", _FLAGS)
_BULLET = re.compile(
    r"^[ \t]*(?:[-*\u2022]|\d+[.)]|\[ ?[xX]? ?\])[ \t]+\S+(?:[ \t]+\S+){2,}", re.MULTILINE
)

# How the data is stored or the code is structured: the team's decisions.
_DATA_DETAIL = re.compile(
    r"(?<![\w-])(?:databases?|db|tables?|columns?|schemas?|sql|queries|query|indexe?s|"
    r"foreign\s+keys?|primary\s+keys?|rows?\s+in\s+the|object\s+model|classes|class|"
    r"endpoints?|rest\s+api|(?:get|post|put|patch|delete)\s+/\S*|json|orm|migrations?|"
    r"booleans?|varchar|integer\s+field|microservices?|cron\s+jobs?)(?![\w-])",
    re.IGNORECASE,
)
# How the screen is drawn: layout decisions for design and engineering.
_LAYOUT_DETAIL = re.compile(
    r"(?<![\w-])(?:pixels?|px|\d+\s*px|css|fonts?|font-size|hex|rgb|padding|\d+\s*pt)(?![\w-])"
    r"|#(?=[0-9a-f]*[a-f])[0-9a-f]{3}(?:[0-9a-f]{3})?\b",
    re.IGNORECASE,
)
# The rewrite must stay about the need in the scenario.
_TOPIC_OVERDUE = re.compile(r"\b(?:overdue|late|past\s+due|unpaid|outstanding)\b", re.IGNORECASE)
_TOPIC_INVOICE = re.compile(r"\b(?:invoices?|bills?|payments?)\b", re.IGNORECASE)


def names_persona(text: str) -> bool:
    return bool(_PERSONA.search(text))


def states_outcome(text: str) -> bool:
    return bool(_OUTCOME.search(text))


def _bullets_after_heading(text: str) -> int:
    match = _AC_HEADING.search(text)
    if not match:
        return 0
    return len(_BULLET.findall(text[match.end() :]))


def has_acceptance_criteria(text: str) -> bool:
    gherkin = all(p.search(text) for p in (_GIVEN, _WHEN, _THEN))
    return gherkin or _bullets_after_heading(text) >= 2


def free_of_data_detail(text: str) -> bool:
    return not _DATA_DETAIL.search(text)


def free_of_layout_detail(text: str) -> bool:
    return not _LAYOUT_DETAIL.search(text)


def keeps_the_need(text: str) -> bool:
    return bool(_TOPIC_OVERDUE.search(text) and _TOPIC_INVOICE.search(text))


BAD_STORY = (
    "As a developer, add a boolean column is_overdue to the invoices table and an OverdueInvoice "
    "class to the object model, expose it through a GET /invoices/overdue endpoint, and show "
    "overdue rows in red (#D32F2F) in a 14px bold font with a 24px badge at the top right of "
    "the dashboard."
)

MODEL_STORY = """\
As a finance clerk at a small company, I want to see at a glance which invoices are overdue
when I open the dashboard in the morning, so that I can chase late payments before they hurt
our cash flow.

Acceptance criteria:
- Given an invoice is past its due date and unpaid, when I open the dashboard, then it is
  shown as overdue together with how many days late it is.
- When a customer pays an overdue invoice, then it no longer appears as overdue.
- When nothing is overdue, then the dashboard tells me so instead of showing an empty list."""

TASKS = [
    Choice(
        id="4.1",
        prompt=(
            "A draft story for a clinic's booking app contains the lines below. Which lines prescribe the\n"
            "solution and should be removed? Pick **all** that apply."
        ),
        title="Spot the prescription",
        section=f"{_CH}#ch04-writing-stories",
        expects="a list of option letters such as ['a', 'c']",
        hint=(
            "Keep what describes the user, the problem and how to tell it works; pick what "
            "tells the team how to build it."
        ),
        solution=(
            "(b), (d) and (e) prescribe the implementation (a table, an object model change, a "
            "font size and position) and belong to the team. (a) is the persona and problem and "
            "(c) is a testable acceptance criterion."
        ),
        multiple=True,
        options={
            "a": Option(
                "Patients who miss appointments often say they forgot the date.",
                False,
                "Keep it: this is the problem and the persona, the heart of the story.",
            ),
            "b": Option(
                "Add a reminders table with a foreign key to appointments.",
                True,
                "Remove it: table design is the team's decision, and a PM who hands it down "
                "takes their work away.",
            ),
            "c": Option(
                "A patient with a booking tomorrow receives a reminder the day before.",
                False,
                "Keep it: this is a testable acceptance criterion described from the user's side.",
            ),
            "d": Option(
                "Extend the Appointment class with a reminder_sent flag.",
                True,
                "Remove it: changes to the object model are implementation detail.",
            ),
            "e": Option(
                "Show the reminder banner in 18px bold, 12px from the top of the screen.",
                True,
                "Remove it: pixel-level layout is a design and engineering choice, not a "
                "requirement.",
            ),
        },
    ),
    Classify(
        id="4.2",
        prompt=(
            "A warehouse team's story is a mix of requirements and design decisions. For each line, decide:\n"
            '`"Keep in the story"` or `"Leave to the team"`.'
        ),
        title="Keep it or hand it over?",
        section=f"{_CH}#ch04-writing-stories",
        expects="a dict mapping each line to 'Keep in the story' or 'Leave to the team'",
        hint=(
            "A line stays in the story if someone who never reads the code could write it and "
            "test it."
        ),
        solution=(
            "Keep in the story: the persona and problem, the user-level flow, the two acceptance "
            "criteria. Leave to the team: the cache choice, the column name, the CSS grid."
        ),
        categories=("Keep in the story", "Leave to the team"),
        items={
            "Warehouse pickers lose time walking back for items they missed": (
                "Keep in the story",
                (
                    "it states the problem and the persona, which the team needs in order to design "
                    "well."
                ),
            ),
            "Picker scans a shelf, sees the next item and its aisle, confirms the pick": (
                "Keep in the story",
                "it is a user-level flow: what the picker does and sees, not how it is built.",
            ),
            "When the last item is picked, the order shows as ready to pack": (
                "Keep in the story",
                "it is a testable acceptance criterion stated in the user's terms.",
            ),
            "A picker never sees an item that is out of stock": (
                "Keep in the story",
                "it is a testable acceptance criterion about the outcome for the picker.",
            ),
            "Cache the pick list in Redis for speed": (
                "Leave to the team",
                (
                    "choosing a cache is a technical design decision. If speed matters, state the "
                    "speed the picker needs instead."
                ),
            ),
            "Store pick status in a new status_code column": (
                "Leave to the team",
                "database changes are implementation detail for the team to decide.",
            ),
            "Lay out the pick screen with a three-column CSS grid": (
                "Leave to the team",
                (
                    "screen layout is for design and engineering; the story says what the picker "
                    "must see, not how it is drawn."
                ),
            ),
        },
    ),
    Rubric(
        id="4.3",
        prompt=(
            "You manage an invoicing app for small businesses. In interviews, finance clerks told you that they\n"
            "lose track of invoices once they are past their due date: they notice late payers weeks too late,\n"
            "and their company's cash flow suffers. They open the app's dashboard every morning. After a long\n"
            "evening in the code, you wrote this story:\n"
            "\n"
            "> As a developer, add a boolean column is_overdue to the invoices table and an OverdueInvoice class\n"
            "> to the object model, expose it through a GET /invoices/overdue endpoint, and show overdue rows in\n"
            "> red (#D32F2F) in a 14px bold font with a 24px badge at the top right of the dashboard.\n"
            "\n"
            "Rewrite it so that it:\n"
            "\n"
            '- names a **persona** ("As a ..."), a specific kind of user;\n'
            '- states the **outcome** for that user ("so that ...");\n'
            "- has testable **acceptance criteria**: Given / When / Then, or a line `Acceptance criteria:`\n"
            "  followed by at least two bulleted checks;\n"
            "- contains **no implementation detail**: nothing about databases, tables, columns, classes, the\n"
            "  object model, endpoints, pixels, fonts, CSS or color codes.\n"
            "\n"
            'Replace the `...` with your story as a text; triple quotes (`"""..."""`) let it span several\n'
            "lines."
        ),
        title="Rewrite the story",
        section=f"{_CH}#ch04-rewrite",
        expects="the rewritten user story as a text (a string)",
        hint=(
            "Follow the worked example: who is the user, what do they need, why does it matter, "
            "and how will everyone know it works? Then delete every word about storage, code "
            "or layout."
        ),
        solution=MODEL_STORY,
        min_words=15,
        criteria=(
            Criterion(
                "Names a persona",
                names_persona,
                "Name the persona the story serves: start with 'As a <specific kind of user> "
                "...' (for example a finance clerk), not 'a user', a developer, the system or "
                "the PM.",
            ),
            Criterion(
                "States the outcome",
                states_outcome,
                "Say why it matters to the user: add an outcome in the form 'so that ...' with "
                "what they can achieve.",
            ),
            Criterion(
                "Has testable acceptance criteria",
                has_acceptance_criteria,
                "Add acceptance criteria: either Given ... When ... Then ..., or a line "
                "'Acceptance criteria:' followed by at least two bulleted checks.",
            ),
            Criterion(
                "No storage or code detail",
                free_of_data_detail,
                "Remove words about how data is stored or code is structured, such as database, "
                "table, column, schema, SQL, query, object model, class or endpoint; that is "
                "for the team to decide.",
            ),
            Criterion(
                "No layout detail",
                free_of_layout_detail,
                "Remove layout prescriptions such as pixels or px, fonts, CSS, color codes or "
                "padding; describe what the user must notice instead.",
            ),
            Criterion(
                "Still about the original need",
                keeps_the_need,
                "Keep the story about the scenario's need: spotting overdue (late, unpaid) "
                "invoices.",
            ),
        ),
    ),
    Choice(
        id="4.4",
        prompt=(
            "A PM who used to be an architect spends about 60% of the week in architecture reviews and pairing\n"
            "with developers. The team seems quieter than before and the roadmap for next quarter is still\n"
            "empty. Which change should come first?"
        ),
        title="Where did the week go?",
        section=f"{_CH}#ch04-two-problems",
        expects="one option letter such as 'a'",
        hint="Which change gives the design back to its owners and the time back to the product?",
        solution=(
            "(d) Hand design ownership to the tech lead explicitly and move the freed hours to "
            "customers and sales; stay informed through the design reviews."
        ),
        options={
            "a": Option(
                "Keep the reviews but run them faster, so the roadmap gets a few more hours.",
                False,
                "Faster involvement is still involvement: the team still does not own its "
                "design, and the customer work stays squeezed.",
            ),
            "b": Option(
                "Hire a second PM to write the roadmap while this PM keeps the technical work.",
                False,
                "That makes the confusion permanent: the company pays a PM to be an architect "
                "and still sidelines its engineers.",
            ),
            "c": Option(
                "Stop attending anything technical and communicate only through tickets.",
                False,
                "Over-correction: a technical PM should stay informed about the design and "
                "available to the team, just not design it.",
            ),
            "d": Option(
                "Agree with the tech lead that the team owns design, attend reviews only to "
                "answer questions about users, and move the freed time to customers and sales.",
                True,
                "Right: it fixes both problems at once. The team gets its design work back and "
                "the product gets its manager back.",
            ),
        },
    ),
    Choice(
        id="4.5",
        prompt=(
            "The tech lead proposes storing saved searches on the user's device. You would have stored them on\n"
            "the server. The requirements say nothing about storage, and the acceptance criteria are met. What\n"
            "do you do?"
        ),
        title="A design you would have done differently",
        section=f"{_CH}#ch04-readers",
        expects="one option letter such as 'a'",
        hint="Requirements, priority, then interlock: whose design is it?",
        solution=(
            "(a) Check the design against the requirements and the user outcome. If it meets "
            "them, it is the team's call; raise concerns only where users or the business are "
            "affected."
        ),
        options={
            "a": Option(
                "Check the design against the requirements and user outcomes; if they hold, "
                "accept it, and raise only concerns that affect users or the business.",
                True,
                "Right: you defined the requirements; how the team meets them is theirs. Your "
                "concerns count when they touch users, such as searches lost when a phone is "
                "replaced.",
            ),
            "b": Option(
                "Insist on server storage because you know it is the better architecture.",
                False,
                "Telling engineering how to build costs you credibility with them and pulls "
                "your attention away from the market.",
            ),
            "c": Option(
                "Add 'store on the server' to the story so the question cannot come up again.",
                False,
                "That turns a requirement into a prescription. If a user need lies behind your "
                "preference, write that need as an acceptance criterion instead.",
            ),
            "d": Option(
                "Ask the head of engineering to overrule the tech lead.",
                False,
                "Escalating a design preference damages trust and gives you no better "
                "requirements. Interlock with the team instead.",
            ),
        },
    ),
]
