"""Exercise 10: technical fluency the role needs today (an addition of the course)."""

from __future__ import annotations

import random

from ._base import Exercise
from ._ch10text import (
    MODEL_REASON,
    MODEL_SPEC,
    backing_feedback,
    backs_a_design,
    cites_evidence,
    design_feedback,
    leaves_design_to_team,
    names_what_is_gained,
    names_what_is_given_up,
    sets_constraints,
    sets_measures,
    states_problem,
)
from ._choice import Choice, Option
from ._classify import Classify
from ._rubric import Criterion, Rubric
from .sql import DataSet, Sql

EXERCISE = Exercise(
    number=10,
    title="Technical fluency the role needs today",
    notebook="10-technical-fluency.ipynb",
    chapter="chapters/10-technical-fluency",
    minutes=40,
    intro=(
        "This exercise belongs to the course's own addition on what technical interviews for\n"
        "product roles test today. Every task uses technical fluency the way the article asks:\n"
        "to ask better questions and make product decisions, never to design the solution for\n"
        "the team. You will practise telling questions from designs, backing a design by its\n"
        "trade-off, reviewing an API change as its users would, answering a product question\n"
        "with SQL, and writing a short spec."
    ),
    objectives=(
        (
            (
                "distinguish the questions a product manager asks about a system design from "
                "designing the solution"
            ),
            ("10.1", "quiz 1"),
        ),
        (
            (
                "choose between two designs by the trade-off that matters to users (latency, "
                "consistency, cost or failure) and justify the choice with evidence"
            ),
            ("10.2", "10.3", "quiz 2"),
        ),
        (
            "classify changes to an API as breaking or compatible, and plan a deprecation",
            ("10.4", "quiz 3"),
        ),
        (
            "write an SQL query that answers a product question from data",
            ("10.5", "quiz 4"),
        ),
        (
            (
                "write a short technical spec that states the problem, the constraints and the "
                "measures and leaves the design to the team"
            ),
            ("10.6", "quiz 5"),
        ),
    ),
)

_CH = "chapters/10-technical-fluency.html"

_ASK = "PM question"
_DESIGN = "Designing the solution"

_BREAKING = "Breaking"
_COMPATIBLE = "Compatible"

# ------------------------------------------------------------------ 10.5 the data
SCHEMA = """\
CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL);
CREATE TABLE events (account_id INTEGER NOT NULL, feature TEXT NOT NULL, day TEXT NOT NULL);
"""

SHIPPED_ACCOUNTS = [
    (1, "Alder & Co", "team"),
    (2, "Birchline", "business"),
    (3, "Cedar Works", "free"),
    (4, "Dunmore Ltd", "team"),
    (5, "Elmstead", "business"),
    (6, "Fernhill", "team"),
    (7, "Gorse Studio", "free"),
]

SHIPPED_EVENTS = [
    (1, "export", "2026-03-02"),
    (1, "export", "2026-03-16"),
    (1, "search", "2026-03-03"),
    (2, "export", "2026-03-05"),
    (2, "export", "2026-03-06"),
    (2, "export", "2026-03-30"),
    (3, "export", "2026-02-27"),
    (3, "search", "2026-03-10"),
    (4, "share", "2026-03-11"),
    (4, "export", "2026-04-01"),
    (5, "export", "2026-03-31"),
    (6, "export", "2026-03-12"),
    (7, "search", "2026-03-20"),
    (7, "share", "2026-03-21"),
]

SQL_REFERENCE = """\
SELECT a.plan AS plan, COUNT(DISTINCT e.account_id) AS accounts
FROM events AS e
JOIN accounts AS a ON a.account_id = e.account_id
WHERE e.feature = 'export'
  AND e.day >= '2026-03-01' AND e.day < '2026-04-01'
GROUP BY a.plan"""

_PLANS = ("free", "team", "business", "enterprise")
_FEATURES = ("export", "export", "search", "share")
_DAYS = (
    "2026-02-26",
    "2026-02-28",
    "2026-03-01",
    "2026-03-09",
    "2026-03-18",
    "2026-03-31",
    "2026-04-01",
    "2026-04-07",
)


def variation(seed: int) -> DataSet:
    """Other rows in the same tables: other accounts, plans, features and days."""
    rng = random.Random(seed)
    n = rng.randint(8, 16)
    accounts = [(i, f"Account {i}", rng.choice(_PLANS)) for i in range(1, n + 1)]
    events = []
    for account_id, _name, _plan in accounts:
        for _ in range(rng.randint(0, 4)):
            events.append((account_id, rng.choice(_FEATURES), rng.choice(_DAYS)))
    return DataSet(f"hidden data set {seed}", {"accounts": accounts, "events": events})


SHIPPED = DataSet("the shipped data", {"accounts": SHIPPED_ACCOUNTS, "events": SHIPPED_EVENTS})
HIDDEN = tuple(variation(seed) for seed in (1, 2, 3))


def _table(header: str, rows: list[tuple[object, ...]]) -> str:
    cols = header.split(",")
    head = "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n"
    return head + "".join("| " + " | ".join(str(v) for v in r) + " |\n" for r in rows)


# ------------------------------------------------------------------ the tasks
API_DIFF = """\
```diff
 GET /v1/expenses
   query parameters:
     status     string, optional
+    currency   string, optional                        # change 1
   each expense in the response:
-    id         integer
+    id         string                                  # change 2
-    amount     number
+    amount_minor  integer (amount in cents)            # change 3
     merchant   string
+    category   string                                  # change 4
-    receipt_url   string
+    receipt       string                               # change 5
 POST /v1/expenses
   request body:
     amount     number, required
-    project_code  string, optional
+    project_code  string, required                     # change 6
+GET /v1/reports                                        # change 7
 GET /v1/teams
+  deprecated: yes; Sunset: 2026-12-31 (still answers as before)   # change 8
```"""

TASKS = [
    Classify(
        id="10.1",
        prompt=(
            "Your tech lead walks the team through a new design: receipts that users "
            "photograph are scanned in the background instead of while the user waits. Eight "
            "remarks are made in the review. Sort each one: is it a question a product manager "
            "should ask (what the design must promise users: speed, freshness, cost, what "
            "happens when something fails), or is it designing the solution (how to build it), "
            "which is the engineers' call?\n"
            "\n"
            'Replace each `...` with `"PM question"` or `"Designing the solution"`.'
        ),
        title="Ask, or design?",
        section=f"{_CH}#ch10-read-a-design",
        expects="a dict mapping each remark to 'PM question' or 'Designing the solution'",
        hint=(
            "Does the remark ask what users get (how fast, how fresh, at what cost, what they "
            "see when it breaks), or does it name a mechanism: a queue, a store, a cache, a "
            "retry rule?"
        ),
        solution=(
            "PM questions: the outage, the wait, the monthly cost and the old amount after an "
            "edit, each about what users get. Designing the solution: the partitioned queue, "
            "the document database, the in-memory cache and the retry schedule, each a "
            "mechanism the engineers choose."
        ),
        categories=(_ASK, _DESIGN),
        items={
            "If the scanning service is down for ten minutes, what do users see, and can a "
            "receipt be lost?": (
                _ASK,
                (
                    "it asks what users experience when part of the system fails, and whether "
                    "anything is lost: the failure dimension, asked as a PM."
                ),
            ),
            "How long may a user wait before the scanned amount appears, and for what share "
            "of scans must that hold?": (
                _ASK,
                (
                    "it asks for the latency the design must promise, a product decision about "
                    "users, not a mechanism."
                ),
            ),
            "What will the new design cost per month at next year's expected volume?": (
                _ASK,
                (
                    "cost against value is the PM's trade-off to weigh; the question names no "
                    "mechanism."
                ),
            ),
            "After an approver edits an amount, can a report show the old amount for a few "
            "seconds, and does that matter to anyone?": (
                _ASK,
                (
                    "it asks about consistency in users' terms: what they may see, and whether it "
                    "matters to them."
                ),
            ),
            "Put the scan jobs on a queue with twelve partitions keyed by account id.": (
                _DESIGN,
                "it names the mechanism and even its sizing: that is the engineers' design.",
            ),
            "Store receipts in a document database instead of the relational one.": (
                _DESIGN,
                "choosing the store is architecture, the part chapter 4 leaves to the team.",
            ),
            "Cache scan results in memory on each API server for five minutes.": (
                _DESIGN,
                "it prescribes a cache and its lifetime; ask instead how fresh results must be.",
            ),
            "Retry a failed scan three times, waiting 200 ms, then 400 ms, then 800 ms.": (
                _DESIGN,
                (
                    "a retry schedule is how to build it; the PM question is what users see when "
                    "a scan fails."
                ),
            ),
        },
    ),
    Choice(
        id="10.2",
        title="Back a design by its trade-off",
        section=f"{_CH}#ch10-read-a-design",
        expects="one option letter such as 'a'",
        hint=(
            "Which dimension do the approvers feel, according to the research: how fresh the "
            "totals are, or how fast the page loads at month-end?"
        ),
        solution=(
            "(b) The research shows approvers check the dashboard once a day, so totals up to "
            "10 minutes old cost them little, while the slow month-end load loses 40% of "
            "sessions. The trade-off is chosen by evidence about users, not by a rule."
        ),
        prompt=(
            "Approvers use a dashboard of their team's spend this month. At month-end it is "
            "slow. The tech lead brings two designs and asks which trade-off the product "
            "wants:\n"
            "\n"
            "| Aspect | Design A | Design B |\n"
            "|---|---|---|\n"
            "| Where the totals come from | the main database, at every page load | a copy "
            "refreshed every 10 minutes |\n"
            "| How fresh the totals are | always current | up to 10 minutes old |\n"
            "| Page load at month-end (95th percentile) | 900 ms | 150 ms |\n"
            "\n"
            "Your research: approvers open the dashboard about once a day to see where the "
            "month stands; the approval itself happens on another screen that reads live data. "
            "At month-end, 40% of dashboard sessions are abandoned before the page loads.\n"
            "\n"
            "Which answer do you give the tech lead?"
        ),
        options={
            "a": Option(
                "Design A: a total that is even a minute old is a bug, whatever users do with it.",
                False,
                "Freshness matters only where users act on it. Approvers check once a day, and "
                "approvals read live data elsewhere; the evidence says speed is what they feel.",
            ),
            "b": Option(
                "Design B: approvers look once a day, so totals up to 10 minutes old cost them "
                "little, while the slow month-end load loses 40% of sessions.",
                True,
                "Right: you gave up the dimension users do not need (freshness) for the one the "
                "evidence says they feel (latency), and said why.",
            ),
            "c": Option(
                "Design B: faster is always better, so the faster design wins.",
                False,
                "The choice is right but the reason is not: a rule like 'faster always wins' "
                "would pick wrongly where users act on live numbers. Back it with the evidence.",
            ),
            "d": Option(
                "Neither: ask the team to build a real-time cache so that the totals are both "
                "current and fast.",
                False,
                "That designs the solution for the team, and it ignores the trade-off the team "
                "asked you to decide. State what users need; the team designs.",
            ),
        },
    ),
    Rubric(
        id="10.3",
        prompt=(
            "The tech lead asks you to write your decision from Task 10.2 down for the design "
            "review, in two to four sentences (at least 25 words). Name the design you back "
            "(`design A` or `design B`), what users give up, what they gain, and the evidence "
            "from the research that makes the trade-off right.\n"
            "\n"
            'Replace the `...` with your text; triple quotes (`"""..."""`) let it span '
            "several lines."
        ),
        title="Write the reason down",
        section=f"{_CH}#ch10-read-a-design",
        expects="the reason as a text (a string)",
        hint=(
            "One sentence for the choice, one for what is given up (how fresh the totals are), "
            "one for what is gained (how fast the page loads), each tied to something the "
            "research found."
        ),
        solution=MODEL_REASON,
        min_words=25,
        criteria=(
            Criterion("Backs the design the evidence favours", backs_a_design, backing_feedback),
            Criterion(
                "Names what users give up",
                names_what_is_given_up,
                "Say what the design costs users: how fresh (or current, or old) the totals "
                "will be.",
            ),
            Criterion(
                "Names what users gain",
                names_what_is_gained,
                "Say what users gain: how fast the page loads, or how long they wait.",
            ),
            Criterion(
                "Cites the evidence",
                cites_evidence,
                "Tie the choice to the research: how often approvers look, or how many "
                "sessions the slow load loses.",
            ),
        ),
    ),
    Classify(
        id="10.4",
        prompt=(
            "The team proposes these changes to the public expenses API, which 300 customer "
            "integrations call. Review them as those integrations' developers would: would "
            "code written against today's API keep working after the change?\n"
            "\n"
            f"{API_DIFF}\n"
            "\n"
            "Assume that clients ignore response fields they do not know, as the API's "
            "documentation asks them to.\n"
            "\n"
            'Replace each `...` with `"Breaking"` or `"Compatible"`.'
        ),
        title="Breaking or compatible?",
        section=f"{_CH}#ch10-api-change",
        expects="a dict mapping each change to 'Breaking' or 'Compatible'",
        hint=(
            "For each change, picture a client written against today's API that is not "
            "updated. Does it still send valid requests and read the fields it expects, with "
            "the types it expects?"
        ),
        solution=(
            "Breaking: changes 2 (id's type), 3 (amount removed), 5 (a renamed field) and 6 "
            "(an optional field made required). Compatible: changes 1 (a new optional "
            "parameter), 4 (a new response field), 7 (a new endpoint) and 8 (a deprecation "
            "that still answers; it breaks only at the sunset date, which is why it is "
            "announced)."
        ),
        categories=(_BREAKING, _COMPATIBLE),
        items={
            "Change 1: a new optional query parameter `currency`": (
                _COMPATIBLE,
                "old requests that leave it out still work exactly as before.",
            ),
            "Change 2: `id` becomes a string instead of an integer": (
                _BREAKING,
                (
                    "a client that parses, stores or compares ids as numbers breaks, even though "
                    "the field keeps its name."
                ),
            ),
            "Change 3: `amount` is removed and `amount_minor` added": (
                _BREAKING,
                (
                    "every client reading `amount` loses it; adding the new field is compatible, "
                    "removing the old one is not."
                ),
            ),
            "Change 4: a new response field `category`": (
                _COMPATIBLE,
                "clients ignore fields they do not know, so nothing they rely on changes.",
            ),
            "Change 5: `receipt_url` is renamed `receipt`": (
                _BREAKING,
                "to an old client a rename is a removal: the field it reads is gone.",
            ),
            "Change 6: `project_code` becomes required in POST /v1/expenses": (
                _BREAKING,
                "old clients that never sent it now get their requests rejected.",
            ),
            "Change 7: a new endpoint GET /v1/reports": (
                _COMPATIBLE,
                "nothing an existing client calls has changed.",
            ),
            "Change 8: GET /v1/teams is marked deprecated with a Sunset date and still answers": (
                _COMPATIBLE,
                (
                    "today nothing breaks: the endpoint answers as before. The deprecation is the "
                    "notice that lets clients move before the sunset date, when it would break."
                ),
            ),
        },
    ),
    Sql(
        id="10.5",
        prompt=(
            "The team is deciding whether to improve the export feature, and asks which plans "
            "use it. Answer from data: **for each plan, how many different accounts used the "
            "`export` feature at least once in March 2026?**\n"
            "\n"
            "Write one SQL query (SQLite) on these two tables. Return one row per plan that had "
            "at least one such account, with two columns: the plan and the number of accounts. "
            "The order of the rows does not matter. Days are text in the form `YYYY-MM-DD`.\n"
            "\n"
            "`accounts`:\n"
            "\n"
            f"{_table('account_id,name,plan', list(SHIPPED_ACCOUNTS))}"
            "\n"
            "`events` (one row each time an account used a feature):\n"
            "\n"
            f"{_table('account_id,feature,day', list(SHIPPED_EVENTS))}"
            "\n"
            "`check` runs your query on these rows **and on hidden variations of them** (the "
            "same tables, other accounts, plans and days), so write a query that answers the "
            "question, not one that returns the numbers you can read above. When a result is "
            "wrong, the feedback quotes the rows that differ. Only a read-only query runs "
            "(`SELECT`, or `WITH ... SELECT`).\n"
            "\n"
            'Replace the `...` with your query as a text; triple quotes (`"""..."""`) let it '
            "span several lines."
        ),
        title="Answer a product question with SQL",
        section=f"{_CH}#ch10-sql",
        expects="an SQL query as a text (a string)",
        hint=(
            "Join `events` to `accounts` to get each event's plan, keep only `export` events "
            "with a day in March 2026, then group by plan and count each account once: "
            "`COUNT(DISTINCT ...)`."
        ),
        solution=SQL_REFERENCE,
        schema=SCHEMA,
        shipped=SHIPPED,
        hidden=HIDDEN,
        reference=SQL_REFERENCE,
        key_columns=1,
    ),
    Rubric(
        id="10.6",
        prompt=(
            "Finance administrators at your business-plan customers copy approved expenses "
            "into their accounting tools by hand every month-end; 9 of the 12 you interviewed "
            "said it takes most of a day. You want an export through the API. Write the short "
            "**technical spec** you would hand the team (at least 50 words; a short page at "
            "most). It must:\n"
            "\n"
            "- state the **problem** and whose problem it is;\n"
            "- set the **constraints**: what must hold (for example compatibility for existing "
            "API clients, a size, who may export, a date);\n"
            "- set the **measures** of success, with numbers;\n"
            "- **leave the design to the team**: say so, and name no technology or mechanism "
            "(no store, queue, cache or framework).\n"
            "\n"
            'Replace the `...` with your spec as a text; triple quotes (`"""..."""`) let it '
            "span several lines."
        ),
        title="Write a short technical spec",
        section=f"{_CH}#ch10-spec",
        expects="the spec as a text (a string)",
        hint=(
            "Four short paragraphs: Problem (who, what hurts, how you know), Constraints "
            "(must/only/at most/by when), Measures (a number that should move), and a line "
            "that leaves how to build it to the engineers."
        ),
        solution=MODEL_SPEC,
        min_words=50,
        criteria=(
            Criterion(
                "States the problem and whose it is",
                states_problem,
                "Say what hurts and for whom, in one sentence: for example 'finance admins "
                "copy expenses by hand every month-end'.",
            ),
            Criterion(
                "Sets constraints",
                sets_constraints,
                "Add what must hold, with words such as 'must', 'only', 'at most', 'within': "
                "for example 'existing API clients must keep working'.",
            ),
            Criterion(
                "Sets measures with numbers",
                sets_measures,
                "Say how you will know it worked, with a number: for example '30% of business "
                "accounts export at least once a month'.",
            ),
            Criterion("Leaves the design to the team", leaves_design_to_team, design_feedback),
        ),
    ),
]
