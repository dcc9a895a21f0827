"""Exercise 4: don't design the solution yourself."""

from __future__ import annotations

import textwrap

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify
from .story import Scenario, Story

# ------------------------------------------------------------------ the stories' scenarios
# Each scenario says who its users and builders are and, for an API product, where the
# product's contract ends and the team's implementation begins (the same line as the
# prompt of 4.7 and chapter 4's table).
OVERDUE_INVOICES = Scenario(
    name="OVERDUE_INVOICES",
    need="spot which invoices are overdue in time to chase them",
    users="finance clerks",
    user_roles=(
        "clerk", "finance", "accounts", "accountant", "bookkeeper", "bookkeeping", "controller",
        "receivable", "payable", "credit", "collections", "business", "treasurer", "cashier",
        "administrator", "assistant", "officer", "ar", "office",
    ),
    topic=(
        (
            r"invoices?|bills?|payments?|payers?|receivables?|debtors?|"
            r"customers?\s+(?:who|that)\s+(?:have\s+not|haven't|did\s+not|didn't)\s+pa(?:y|id)|"
            r"money\s+(?:we\s+are\s+)?owed"
        ),
        (
            r"overdue|late|past\s+(?:its\s+|their\s+|the\s+)?due(?:\s+date)?|unpaid|"
            r"outstanding|not\s+(?:yet\s+)?(?:been\s+)?paid|"
            r"(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:been\s+)?pa(?:y|id)|"
            r"owed?|owing|due\s+date\s+(?:has\s+)?passed|delinquent|aged|ageing|"
            r"aging|behind|missed\s+(?:the\s+|their\s+)?due|"
            r"passed\s+(?:its|their|the)\s+due(?:\s+dates?)?|"
            r"(?:after|beyond|over)\s+(?:its\s+|their\s+|the\s+)?due\s+dates?"
        ),
        (
            r"see|sees|seeing|spot(?:s|ted|ting)?|notice(?:s|d)?|know|knows|find|"
            r"identify|tell|shows?|shown|list(?:s|ed)?|flag(?:s|ged)?|"
            r"highlight(?:s|ed)?|alert(?:s|ed)?|notif(?:y|ied|ication|ications)|"
            r"remind(?:s|ed|er|ers)?|warn(?:s|ed|ing)?|aware|visible|at\s+a\s+glance|"
            r"miss(?:es|ed|ing)?|overlook(?:s|ed)?|track|chase|chasing|follow\s+up|"
            r"act\s+on|catch|surface(?:d|s)?|stand\s+out|mark(?:s|ed)?|"
            r"display(?:s|ed)?|appear(?:s)?|slip|slipped|view|call(?:s|ed|ing)?|"
            r"phon(?:e|es|ed|ing)|ring|contact(?:s|ed|ing)?|gather(?:s|ed)?|reports?|"
            r"overview|summary|digest|prioriti[sz]e|attention|look\s+up|"
            r"point(?:s|ed)?\s+out|(?:at\s+the\s+|on\s+)top"
        ),
    ),
)  # fmt: skip
"""Task 4.3: finance clerks miss overdue invoices; the rewrite must let them spot the
overdue ones in time to chase them, written for the clerk, not the team."""

WEBHOOK_CONTRACT = (
    "event fields, endpoints, headers, status codes, SDK methods and a documented retry or "
    "delivery policy are the product the developers code against; queues, retry tables, "
    "workers, internal storage and the code behind a backoff are the team's"
)
WEBHOOK_RETRIES = Scenario(
    name="WEBHOOK_RETRIES",
    need="receive every shipment event even when their endpoint was down for a while",
    users="developers who integrate the shipment webhooks",
    user_roles=(
        "developer", "developers", "dev", "engineer", "integrator", "integrating", "integration",
        "programmer", "merchant", "shop", "store", "retailer", "e-commerce", "ecommerce", "cto",
    ),
    builders=(
        "API team", "platform team", "webhooks team", "webhook team", "notifications team",
        "TPM", "infrastructure team", "SRE", "backend team", "platform developer",
        "platform engineer",
    ),
    vendor=("Shipmate",),
    contract=("internal interfaces",),
    contract_line=WEBHOOK_CONTRACT,
    topic=(
        (
            r"webhooks?|events?|notifications?|callbacks?|shipment\s+updates?|"
            r"updates?|messages?|deliveries"
        ),
        (
            r"down|offline|unavailable|outages?|fail(?:s|ed|ing|ures?)?|errors?|"
            r"5\d\d|5xx|time(?:s|d)?\s*-?outs?|unreachable|not\s+respond(?:ing)?|"
            r"maintenance|deploy(?:s|ing|ment|ments)?|restart(?:s|ing)?|"
            r"crash(?:es|ed)?|can't\s+be\s+reached|cannot\s+be\s+reached|downtime|"
            r"undeliver(?:ed|able)|comes?\s+back(?:\s+up|\s+online)?|"
            r"back\s+(?:up|online)|recover(?:s|ed|y|ing)?|"
            r"until\s+(?:it|my\s+endpoint|the\s+endpoint|our\s+endpoint)\s+"
            r"(?:accepts|answers|responds)"
        ),
        (
            r"los(?:e|es|t|ing)|miss(?:es|ed|ing)?|drop(?:s|ped)?|retr(?:y|ies|ied)|"
            r"re-?deliver(?:s|ed|y)?|re-?sen[dt]|keep\s+(?:delivering|sending|trying)|replay(?:s|ed)?|receive[ds]?|get|"
            r"catch\s+up|recover(?:s|ed)?|gaps?|eventually|again|later|reach(?:es)?|"
            r"arrives?|delivered"
        ),
    ),
)  # fmt: skip
"""An API product: developers who integrate a shipping platform's webhooks lose
shipment events while their endpoint is down. The developer is the user here, and
the interface they code against is part of the product (``WEBHOOK_CONTRACT``)."""

EMPTY_SHELVES = Scenario(
    name="EMPTY_SHELVES",
    need="never send a warehouse picker to a shelf that has none of the item left",
    users="warehouse pickers",
    user_roles=("picker", "warehouse", "floor", "lead", "packer", "operative", "associate"),
    judge=("criteria", "problem", "topic"),
    topic=(
        (
            r"shel(?:f|ves)|locations?|bins?|slots?|aisles?|pick\s+lists?|picks?|"
            r"items?|stock|products?"
        ),
        (
            r"empty|out\s+of\s+stock|no\s+stock|zero|none\s+left|nothing\s+left|"
            r"ran\s+out|runs?\s+out|unavailable|available|in\s+stock|"
            r"stock\s+(?:level|count)s?|quantity|missing|enough|left|"
            r"has\s+(?:none|the\s+item)|holds?|no\s+more|"
            r"without\s+(?:the\s+|any\s+)?(?:items?|products?|stock)"
        ),
        (
            r"pick(?:er|ers|ed|ing)?|sent|sends?|direct(?:s|ed)?|route(?:s|d)?|"
            r"listed|lists?|walk(?:s|ed)?|shown|shows?|skip(?:s|ped)?|told|tells?|"
            r"go(?:es)?|appear(?:s)?|assign(?:s|ed)?|next"
        ),
    ),
)  # fmt: skip
"""A criteria-only task: the course gives the persona and outcome and the learner writes
the acceptance criteria. Judged on criteria, problem and topic."""

EXERCISE = Exercise(
    number=4,
    title="Don't design the solution yourself",
    notebook="04-dont-design-the-solution.ipynb",
    chapter="chapters/04-dont-design-the-solution",
    minutes=45,
    intro=(
        "You will practise telling requirements from prescriptions, handling the moments when your own\n"
        "design instincts kick in, writing acceptance criteria, and rewriting solution-heavy user stories\n"
        "into ones the team can design freely: one for an invoicing app and one for an API product, whose\n"
        "users are developers. Tasks 4.3, 4.6 and 4.7 ask for free text; allow about ten minutes each."
    ),
    objectives=(
        (
            (
                "explain why engineers who become product managers are tempted to design the "
                "solution, and name the two costs it has for the team and the product"
            ),
            ("quiz 1", "4.4"),
        ),
        (
            (
                "decide how to act when a design question comes up, so that a strong tech lead owns "
                "the design while you stay informed"
            ),
            ("4.4", "4.5", "quiz 3"),
        ),
        (
            (
                "classify the lines of a story as requirements to keep or design decisions to leave "
                "to the team"
            ),
            ("4.1", "4.2", "quiz 2"),
        ),
        (
            "write observable acceptance criteria for a need given as a persona and an outcome",
            ("4.6", "quiz 4"),
        ),
        (
            (
                "rewrite a solution-prescriptive story around a persona, an outcome and acceptance "
                "criteria, including for an API product whose users are developers"
            ),
            ("4.3", "4.7"),
        ),
        (
            (
                "distinguish the user-facing surface of an API or platform product from its "
                "implementation, and technical work a PM does for product purposes from production "
                "deliverables"
            ),
            ("quiz 5", "quiz 6", "4.7"),
        ),
    ),
)

_CH = "chapters/04-dont-design-the-solution.html"


def _quote(text: str) -> str:
    """A Markdown block quote of ``text``, wrapped like the other prompts."""
    return "\n".join(f"> {line}" for line in textwrap.wrap(text, width=96))


BAD_STORY = (
    "As a developer, add a boolean column is_overdue to the invoices table and an OverdueInvoice "
    "class to the object model, expose it through a GET /invoices/overdue endpoint, and show "
    "overdue rows in red (#D32F2F) in a 14px bold font with a 24px badge at the top right of "
    "the dashboard."
)

PICKER_STORY = (
    "As a warehouse picker, I want my pick list to send me only to shelves that hold the item, "
    "so that I don't walk to empty shelves."
)

PICKER_CRITERIA = f"""\
{PICKER_STORY}

Acceptance criteria:
- When an item is out of stock on one shelf but in stock on another, my pick list sends me to
  the shelf that has it.
- When an item is out of stock on every shelf, it is not on my pick list, and I am told that the
  order is short of it.
- When I find a shelf empty and report it from my handheld, no picker is sent to that shelf for
  that item until it has been restocked.
- When the shelf I am sent to holds fewer items than I need, my pick list tells me where to find
  the rest."""

BAD_WEBHOOK_STORY = (
    "As a backend developer on our team, add a webhook_retries table in Postgres and a Celery "
    "task that re-POSTs every failed delivery every 5 minutes with exponential backoff for up "
    "to 24 hours, and keep each payload as a JSON blob in S3."
)

WEBHOOK_STORY = """\
As a developer who integrates the shipment webhooks into our online shop, I want the events
sent while my endpoint was down to reach me once it is back, so that my order pages show every
parcel's real status without a polling job of my own.

Acceptance criteria:
- Given my endpoint returns an error or does not answer, when a shipment event is sent, then it
  is delivered again later, for at least 24 hours, until my endpoint accepts it.
- When the same event reaches me twice, both deliveries carry the same event ID, so that I can
  ignore the duplicate.
- Every event says when the shipment's status changed, so that I can tell which status is the
  latest even if events arrive out of order.
- Events that could not be delivered within 24 hours are listed in my developer dashboard, and I
  can ask for them to be sent again."""

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
    Story(
        scenario=OVERDUE_INVOICES,
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
            '- names a **persona** ("As a ..."): the user of the product, a specific kind of person whose\n'
            "  problem the story solves. Here that is someone who uses the invoicing app, not the developer\n"
            "  who builds it (in an API product, by contrast, the user would be a developer);\n"
            '- states the **outcome** for that user ("so that ...");\n'
            "- has testable **acceptance criteria**: Given / When / Then, or a line `Acceptance criteria:`\n"
            "  followed by at least two bulleted checks;\n"
            "- contains **no implementation detail**, that is, nothing the team decides: in this app, how the\n"
            "  data is stored or the code is structured (databases, tables, columns, classes, the object\n"
            "  model, the app's internal endpoints) and how the screen is drawn (pixels, fonts, CSS, color\n"
            "  codes). The clerk never sees any of it.\n"
            "\n"
            'Replace the `...` with your story as a text; triple quotes (`"""..."""`) let it span several\n'
            "lines."
        ),
        title="Rewrite the story",
        section=f"{_CH}#ch04-rewrite",
        expects="the rewritten user story as a text (a string)",
        hint=(
            "Follow the worked example: who uses this product, what do they need, why does it "
            "matter, and how will everyone know it works? Then delete every word about what the "
            "team decides and the clerk never sees: storage, code structure, internal endpoints "
            "or layout."
        ),
        solution=MODEL_STORY,
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
                "Right: it addresses both problems the chapter describes. The team gets its "
                "design work back and the product gets its manager back.",
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
                "As one reader warned, telling engineering how to build can cost you "
                "credibility with them and pull your attention away from the market.",
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
                "Escalating a design preference is likely to damage trust and gives you no "
                "better requirements. Interlock with the team instead.",
            ),
        },
    ),
    Story(
        scenario=EMPTY_SHELVES,
        id="4.6",
        prompt=(
            "You manage the handheld picking app in a warehouse. Pickers walk to the shelf their pick list\n"
            "names. When a shelf turns out to be empty, the picker has walked there for nothing, then has to\n"
            "find a supervisor to ask where else the item might be; on a busy morning this happens dozens\n"
            "of times. You have agreed the need with the floor lead:\n"
            "\n"
            "- **Persona:** a warehouse picker\n"
            "- **Need:** a pick list that sends them only to shelves that hold the item\n"
            "- **Outcome:** no more walks to empty shelves\n"
            "\n"
            "Write the **acceptance criteria** for this story: under a line `Acceptance criteria:`, at least\n"
            "two checks that someone on the warehouse floor could test without reading the code (or write\n"
            "them as Given / When / Then). Each check names a situation and what the picker then sees or\n"
            "where they are sent. Leave out how the team will build it, such as how stock counts are stored\n"
            'or kept up to date. You may start with the story line ("As a ..., I want ..., so that ...").\n'
            "\n"
            'Replace the `...` with your text; triple quotes (`"""..."""`) let it span several lines.'
        ),
        title="Write the acceptance criteria",
        section=f"{_CH}#ch04-writing-stories",
        expects="the acceptance criteria as a text (a string)",
        hint=(
            "Imagine the floor lead testing the story on a busy morning. What situations can a "
            "picker meet (the item on one shelf, on none, a shelf that turns out empty, too few "
            "items)? For each, what should the picker see, or where should they be sent?"
        ),
        solution=PICKER_CRITERIA,
    ),
    Story(
        scenario=WEBHOOK_RETRIES,
        id="4.7",
        prompt=(
            "You are the product manager of a shipping platform's API. Online shops integrate it: their\n"
            "developers subscribe to webhooks, and your platform calls their endpoint whenever a shipment's\n"
            "status changes (picked up, in transit, delivered). Support tickets show that while a shop's\n"
            "endpoint is down, for a deploy or an outage, the events sent in that time are simply lost: order\n"
            "pages show parcels as in transit that arrived days ago, and some developers have written polling\n"
            "jobs to catch up. A colleague drafted this story:\n"
            "\n"
            f"{_quote(BAD_WEBHOOK_STORY)}\n"
            "\n"
            "Rewrite it as a story the team can design freely:\n"
            "\n"
            "- the **persona** is the user of the product. Here the users are the developers who integrate\n"
            "  your webhooks, so a developer persona is right; the developer on *your* team who builds the\n"
            "  feature is not the user;\n"
            '- state the **outcome** for that user ("so that ...");\n'
            "- add at least two observable **acceptance criteria** under a line `Acceptance criteria:` (or as\n"
            "  Given / When / Then);\n"
            "- keep what the integrating developer sees and codes against: event fields, endpoints, headers,\n"
            "  status codes, SDK methods and a documented retry or delivery policy are part of the product.\n"
            "  Leave out what only your team decides: queues, retry tables, workers, internal storage and\n"
            "  the code behind a backoff.\n"
            "\n"
            'Replace the `...` with your story; triple quotes (`"""..."""`) let it span several lines.'
        ),
        title="Rewrite a story for an API product",
        section=f"{_CH}#ch04-interface-is-product",
        expects="the rewritten user story as a text (a string)",
        hint=(
            "Ask who suffers when events are lost: the shop's developer, whose order pages go "
            "stale. What do they need to be true after their endpoint comes back, and how could "
            "they check it from their side of the API? Then delete the tables, task queues and "
            "storage: those are your team's choices."
        ),
        solution=WEBHOOK_STORY,
    ),
]
