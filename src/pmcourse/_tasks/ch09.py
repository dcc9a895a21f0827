"""Exercise 9: the role since 2014 (an addition of the course, not the article's view)."""

from __future__ import annotations

from ._base import Exercise
from ._ch09postings import POSTINGS
from ._choice import Choice, Option
from ._classify import Classify
from ._numeric import Mistake, Numeric
from ._rubric import Criterion
from .evalplan import (
    EvalPlan,
    handles_variation,
    names_quality_measure,
    names_test_set,
    says_when_it_runs,
    sets_budget,
    sets_quality_bar,
    test_set_hint,
)

EXERCISE = Exercise(
    number=9,
    title="The role since 2014",
    notebook="09-the-role-since-2014.ipynb",
    chapter="chapters/09-the-role-since-2014",
    minutes=35,
    intro=(
        "This exercise belongs to the course's own update on the role (the article it is built on\n"
        "is from 2014). You will practise reading what a job posting really asks for, placing the\n"
        "PM/PO debate's camps fairly, turning features into outcomes, and the three new chores of\n"
        "AI features: evals, varying outputs, and the cost of every request."
    ),
    objectives=(
        (
            (
                "classify a job posting as technical program management or technical product "
                "management from its duties"
            ),
            ("9.1", "quiz 1"),
        ),
        (
            (
                'distinguish the article\'s usage of "technical product manager" from the '
                "Pragmatic Institute's triad and Amazon's PM-T"
            ),
            ("9.1", "quiz 6"),
        ),
        (
            "identify which member of a product trio answers for each product risk",
            ("9.2", "quiz 2"),
        ),
        (
            (
                "compare how Cagan, the 2020 Scrum Guide and SAFe divide product work, and place the "
                "article's view among them"
            ),
            ("9.3", "quiz 3"),
        ),
        (
            "rewrite a feature on a roadmap as an outcome with measurable key results",
            ("9.4", "quiz 4"),
        ),
        (
            (
                "identify what product operations takes off a product manager's desk and what it "
                "leaves there"
            ),
            ("9.5",),
        ),
        (
            "compute the monthly running cost of an AI feature from its traffic and token prices",
            ("9.6",),
        ),
        (
            (
                "write an eval plan for an AI feature that names a quality measure, a test set and a "
                "cost or latency budget"
            ),
            ("9.7", "quiz 5"),
        ),
    ),
)

_CH = "chapters/09-the-role-since-2014.html"

_PROGRAM = "Program"
_PRODUCT = "Product"

_POSTINGS_MD = "\n".join(f"- **{name}.** {text}" for name, text in POSTINGS.items())

# The chapter's worked example (09-the-role-since-2014.md, its eval tab), for a different
# product: a plan that repeats it is not a plan for this task's feature.
CHAPTER_PLAN = (
    "Test set: 300 anonymized documents from consenting customers, weighted by real traffic, plus "
    "40 hard cases (scanned tables, mixed languages). Measure: two domain experts mark each summary "
    "as faithful or not; bar 95% faithful, with every case run three times. Budget: expected "
    "traffic is 10,000 summaries a day; each uses about 4,000 input and 250 output tokens. "
    "Latency SLO: 95% of summaries within 5 seconds."
)

BAD_PLAN = "We will test the AI drafts carefully before launch and make sure they are good."

MODEL_PLAN = """\
Eval plan for the AI reply drafts.
Test set: 400 real support tickets from the last quarter, anonymized, in the same mix of
billing, login and bug questions as real traffic, each with the reply an experienced agent
actually sent, plus 50 hard cases (angry customers, questions our help center does not cover).
Quality measure: two senior agents rate every draft as "send as is", "minor edits" or
"rewrite". Bar: at least 80% of drafts need at most minor edits, and 0 drafts promise a
refund or a feature we do not offer.
Varying outputs: we run every ticket 3 times; a case passes only if all three drafts pass.
Budget: 95% of drafts appear within 4 seconds, and the average cost stays below 1 cent per
ticket.
When: before launch, and again after every change to the model, the prompt or the help
center articles it draws on."""

TASKS = [
    Classify(
        id="9.1",
        prompt=(
            "Six excerpts from job postings follow. Each one carries a title, but titles drift "
            "and follow no standard: classify each posting by its **duties**, using the signals "
            "in the chapter's table.\n"
            "\n"
            '- `"Program"`: the job is to deliver work that spans several teams (plan, '
            "dependencies, risks, launch); it does not decide what the product should be.\n"
            '- `"Product"`: the job owns what gets built and why (the problem, the customers, '
            "the requirements and the results), whether its requirements are business or "
            "technical ones.\n"
            "\n"
            "A system-design round in the interview loop does not decide it: the chapter shows "
            "that both kinds of job can have one.\n"
            "\n"
            f"{_POSTINGS_MD}"
        ),
        title="Program or product?",
        section=f"{_CH}#ch09-program-or-product",
        expects="a dict mapping each posting to 'Program' or 'Product'",
        hint=(
            "Ignore the title and the interview. Ask one question of each posting: does it own "
            "*what* gets built, or only *when and how* work lands across teams?"
        ),
        solution=(
            "Program: A and B (cross-team plans, dependencies, release schedules; B's "
            "'Technical Product Manager' title misleads, and A's system-design round does not "
            "make it a product job). Product: C, D, E and F. C and D own customers, problems and "
            "success metrics; E (titled the Amazon way, Product Manager - Technical) and F own "
            "a technical product and write its technical requirements, which is still deciding "
            "what gets built."
        ),
        categories=(_PROGRAM, _PRODUCT),
        items={
            "Posting A": (
                _PROGRAM,
                (
                    "it drives one migration across many teams: plan, dependencies, risk log and "
                    "status. The service owners decide what each service does, so this job owns "
                    "delivery, not the product; the system-design round only says the job needs "
                    "technical depth."
                ),
            ),
            "Posting B": (
                _PROGRAM,
                (
                    "the title says product, but every duty is a schedule, a dependency or a "
                    "go/no-go meeting across teams. Read the duties: that is program work."
                ),
            ),
            "Posting C": (
                _PRODUCT,
                (
                    "the duties face the market (customer interviews, Sales calls, win/loss, "
                    "pricing) and own what the product becomes: a technical product manager in "
                    "the article's sense."
                ),
            ),
            "Posting D": (
                _PRODUCT,
                (
                    "it owns the problems to solve, the customers and the success metrics; no "
                    "cross-team delivery plan is in its duties."
                ),
            ),
            "Posting E": (
                _PRODUCT,
                (
                    "it owns what the sign-in service must do (requirements, API specs, SLOs): "
                    "a technical product manager, titled the Amazon way (PM-T). The "
                    "system-design round says the job needs depth, not that it is program work."
                ),
            ),
            "Posting F": (
                _PRODUCT,
                (
                    "it owns the roadmap, the launches and the requirements of the speech API; "
                    "its requirements are technical (rate limits, latency targets, webhook "
                    "events), but deciding them is product work."
                ),
            ),
        },
    ),
    Choice(
        id="9.2",
        title="Who owns which risk?",
        section=f"{_CH}#ch09-trio",
        expects="one option letter such as 'a'",
        hint="Cagan names four risks and gives each to the person best placed to see it. Which "
        "option has the three people working on discovery together, each owning their own risk?",
        solution=(
            "(c) The trio works on discovery together: the PM answers for value and viability, "
            "the designer for usability, and the engineers, through the tech lead, for "
            "feasibility."
        ),
        prompt=(
            "A payroll company asks one of its teams to make small employers stop losing staff "
            "over late wages. The team has a technical PM (a former engineer), a product designer "
            "and a tech lead. Which way of working matches the product trio and Cagan's four "
            "risks?"
        ),
        options={
            "a": Option(
                "The PM, being technical, writes a full specification including the payout "
                "architecture; the designer then draws the screens and the tech lead estimates.",
                False,
                "That is a feature team with hand-offs, and the PM has taken feasibility and "
                "design away from the engineers: the trap of chapter 4.",
            ),
            "b": Option(
                "The tech lead decides what to build, because feasibility is the hardest risk in "
                "payments; the PM coordinates the schedule.",
                False,
                "Feasibility is one risk of four. Value and viability still need an owner, and "
                "in the trio that is the PM, not the tech lead.",
            ),
            "c": Option(
                "All three talk to employers and test ideas together; the PM answers for value "
                "and viability, the designer for usability, the tech lead for feasibility.",
                True,
                "Right: the trio does discovery together and splits the risks by expertise, "
                "which is how Cagan assigns them and how Torres describes the trio.",
            ),
            "d": Option(
                "A separate research team interviews employers and hands findings to the PM, who "
                "turns them into stories for the team to build.",
                False,
                "Discovery by hand-off keeps the designer and engineers away from customers; the "
                "trio's point is that the three people who build it also learn first-hand.",
            ),
        },
    ),
    Choice(
        id="9.3",
        multiple=True,
        title="State each camp fairly",
        section=f"{_CH}#ch09-pm-po-debate",
        expects="a list of option letters such as ['a', 'c']",
        hint="Check each statement against the camp's own text: what does the Scrum Guide say "
        "about job titles? Did the article present its view as settled?",
        solution=(
            "(a), (b) and (c) state the camps fairly. The 2020 Scrum Guide defines no product "
            "manager and says nothing about titles (d and f are wrong), and Daniel Elizalde "
            "called his preference for two people controversial and possibly only workable in "
            "mature organizations (e is wrong)."
        ),
        prompt=(
            "You are preparing a short talk on the product manager/product owner debate. Which "
            "statements describe a camp fairly? Pick every one that does."
        ),
        options={
            "a": Option(
                "The 2020 Scrum Guide makes one person, not a committee, accountable for the "
                "product's value and its Product Backlog, and says nothing about job titles.",
                True,
                "Right: the Guide defines the Product Owner's accountability and leaves titles "
                "and everything outside the Scrum Team to the company.",
            ),
            "b": Option(
                "SAFe has both roles by design: Product Management works for a whole Agile "
                "Release Train, and each agile team has its own Product Owner.",
                True,
                "Right: SAFe splits the two roles by level, the train and the team.",
            ),
            "c": Option(
                "Cagan would have the product manager of an empowered team carry the product "
                "owner responsibilities as well.",
                True,
                "Right: in Cagan's view the backlog work is a necessary but small part of the "
                "product manager's job, so one person holds both.",
            ),
            "d": Option(
                "The 2020 Scrum Guide places a product manager above the Product Owner to own "
                "strategy.",
                False,
                "The Guide defines no product manager at all; it only describes the Scrum "
                "Team's accountabilities.",
            ),
            "e": Option(
                "Daniel Elizalde presented separate PM and PO people as the settled best "
                "practice for every company.",
                False,
                "He called the approach controversial and said it might only be possible where "
                "the product process is mature; that is a hedged preference, not a rule.",
            ),
            "f": Option(
                "Since the Scrum Guide exists, the question is closed: a company with both a PM "
                "and a PO is doing Scrum wrong.",
                False,
                "The Guide is silent on product management outside the Scrum Team, so it "
                "cannot close the question; the camps still disagree.",
            ),
        },
    ),
    Choice(
        id="9.4",
        title="From feature to outcome",
        section=f"{_CH}#ch09-outcomes",
        expects="one option letter such as 'a'",
        hint="A key result has a number you can check at the end of the quarter, and it "
        "measures a change for customers or the business, not work finished.",
        solution=(
            "(b) Its objective names a customer outcome, and both key results are numbers that "
            "measure that outcome. Chat becomes one possible answer, not the goal."
        ),
        prompt=(
            'Your roadmap says "Q3: in-app chat with support". Your leadership asks for outcome '
            "roadmaps with OKRs. Which rewrite is an outcome with well-formed key results?"
        ),
        options={
            "a": Option(
                "Objective: launch in-app chat. KR 1: chat is live by 30 September. KR 2: all 15 "
                "chat stories are done.",
                False,
                "These key results measure output, work finished, and the objective is still "
                "the feature. Nothing says whether customers are better off.",
            ),
            "b": Option(
                "Objective: customers get stuck problems solved without leaving the product. "
                "KR 1: the median time to resolve a support request falls from 26 hours to 4. "
                "KR 2: the share of new users who abandon setup after contacting support falls "
                "from 18% to 8%.",
                True,
                "Right: the objective is an outcome for customers and both key results are "
                "measurable changes that can be checked at the end of the quarter.",
            ),
            "c": Option(
                "Objective: be the most loved support experience in our industry. KR: customers "
                "love our support.",
                False,
                "An inspiring objective is fine, but this key result has no number and cannot "
                "be verified, so nobody will know whether it was met.",
            ),
            "d": Option(
                "Objective: reduce churn. KR 1: build chat, a help center and a chatbot by the "
                "end of Q3.",
                False,
                "The objective points at an outcome, but the key result is a list of features "
                "to build: output again, with churn never measured.",
            ),
        },
    ),
    Choice(
        id="9.5",
        multiple=True,
        title="What product operations takes on",
        section=f"{_CH}#ch09-product-ops",
        expects="a list of option letters such as ['a', 'c']",
        hint="Think of the three pillars: data and insights, customer and market insights, "
        "process and practices. Which options build infrastructure, and which take a decision "
        "or a relationship away from the product managers?",
        solution=(
            "(a), (b) and (c): shared data, research infrastructure and common process are the "
            "three pillars. Deciding what teams work on (d) and talking to customers (e) stay "
            "with the product managers, and driving one launch across teams (f) is program "
            "management."
        ),
        prompt=(
            "A company with twelve product teams sets up a product operations group. Which of "
            "these should the group take on? Pick every one that fits."
        ),
        options={
            "a": Option(
                "Build one dashboard that joins product usage with revenue per account, so that "
                "every PM reads the same numbers.",
                True,
                "Right: shared business data and insights is the first pillar.",
            ),
            "b": Option(
                "Run a shared research repository and recruit customers for the teams' interviews.",
                True,
                "Right: customer and market insight infrastructure is the second pillar.",
            ),
            "c": Option(
                "Introduce a common roadmap template and a quarterly planning rhythm for all "
                "teams.",
                True,
                "Right: common processes and practices are the third pillar.",
            ),
            "d": Option(
                "Decide which problems each product team tackles next quarter.",
                False,
                "That is a product decision. Product operations supplies the data for it; the "
                "product managers and their leaders still decide.",
            ),
            "e": Option(
                "Interview customers in place of the product managers, so the PMs have more "
                "time for the backlog.",
                False,
                "Product operations is no substitute for product managers; in the chapter's "
                "reading the PMs still talk to customers themselves, with better support.",
            ),
            "f": Option(
                "Drive the cross-team plan, dependencies and go/no-go of one data-center "
                "migration.",
                False,
                "Driving one cross-team effort to delivery is a technical program manager's "
                "job, not product operations.",
            ),
        },
    ),
    Numeric(
        id="9.6",
        prompt=(
            "Your help-desk product will draft a reply to every incoming support ticket with a "
            "hosted language model. Expected traffic and an illustrative price list:\n"
            "\n"
            "| Item | Value |\n"
            "|---|---|\n"
            "| Tickets drafted per day | 20,000 |\n"
            "| Input tokens per draft (ticket, history, instructions) | 1,500 |\n"
            "| Output tokens per draft | 300 |\n"
            "| Price of input tokens | 3 dollars per million |\n"
            "| Price of output tokens | 15 dollars per million |\n"
            "\n"
            "What does the feature cost per **30-day month**, in dollars? Give a number to the nearest dollar (answers within 1 dollar count)."
        ),
        title="What will the AI feature cost?",
        section=f"{_CH}#ch09-ai",
        expects="a number of dollars per month, such as 1200",
        hint="Work out one draft first: input tokens times the input price per token, plus "
        "output tokens times the output price per token. Then multiply by drafts per day and by "
        "30 days.",
        solution=(
            "One draft: 1,500 x 3 / 1,000,000 = 0.0045 dollars for input, plus 300 x 15 / "
            "1,000,000 = 0.0045 dollars for output, so 0.009 dollars. A day: 0.009 x 20,000 = "
            "180 dollars. A 30-day month: 180 x 30 = 5,400 dollars."
        ),
        expected=5400,
        tolerance=1,
        right="Right: 0.009 dollars a draft, 180 dollars a day, 5,400 dollars a month. Put that "
        "number next to what the feature earns before you commit.",
        mistakes=(
            Mistake(
                2700,
                "you counted only the input tokens; the 300 output tokens cost as much again, "
                "because output is priced five times higher.",
            ),
            Mistake(180, "that is the cost of one day; the question asks for a 30-day month."),
            Mistake(
                16200,
                "you priced every token at the output price; the 1,500 input tokens cost 3 "
                "dollars per million, not 15.",
            ),
            Mistake(
                3240,
                "you priced every token at the input price; the 300 output tokens cost 15 "
                "dollars per million.",
            ),
            Mistake(
                5_400_000,
                "you read the prices as per thousand tokens; they are per million tokens.",
            ),
            Mistake(5580, "you used a 31-day month; the question asks for 30 days."),
            Mistake(0.009, "that is the cost of one draft; multiply by drafts per day and days."),
        ),
        too_high="That is more than the traffic and prices give; check that prices are per "
        "million tokens and that each token type has its own price.",
        too_low="That is too little; check that you counted both input and output tokens, every "
        "draft of the day and all 30 days.",
    ),
    EvalPlan(
        id="9.7",
        product=(
            # what the feature works on: customers' messages, whatever they are called where
            # they arrive (a ticket queue, a shop's inbox, customer emails)
            (
                r"\btickets?\b|\bsupport\b|\bhelp[- ]?desk\b|\bagents?\b|\binbox\b|"
                r"\bcustomer\s+e-?mails?\b|"
                r"\be-?mails?\s+from\s+(?:our\s+)?(?:customers|shoppers|clients)\b"
            ),
            r"\bdrafts?\b|\brepl(?:y|ies)\b",
        ),
        product_name="the help desk's reply drafts",
        example=CHAPTER_PLAN,
        prompt=(
            "The help-desk feature from Task 9.6 drafts replies that support agents edit and "
            "send. Before it launches, write its **eval plan** in 60 to 150 words. Your plan "
            "must:\n"
            "\n"
            "- name a **test set**: which realistic inputs, and how many (for example `300 real "
            "tickets`);\n"
            "- name a **quality measure**: how each draft is judged (for example rated correct "
            "by senior agents);\n"
            "- set a **bar** with a number that the drafts must reach (for example `at least "
            "80%`);\n"
            "- say how you handle **varying outputs** (for example run each case several "
            "times);\n"
            "- set a **cost or latency budget** with a number (seconds, or dollars or cents per "
            "draft);\n"
            "- say **when** the eval runs (for example before launch and after every prompt or "
            "model change).\n"
            "\n"
            'Replace the `...` with your plan as a text; triple quotes (`"""..."""`) let it span '
            "several lines."
        ),
        title="Write the eval plan",
        section=f"{_CH}#ch09-ai",
        expects="the eval plan as a text (a string)",
        hint=(
            "Follow the worked scenario's eval tab: a test set, a measure and its bar, repeated "
            "runs, a budget, and when it runs. One sentence each is enough."
        ),
        solution=MODEL_PLAN,
        min_words=10,
        criteria=(
            Criterion(
                "Names a test set",
                names_test_set,
                test_set_hint,
            ),
            Criterion(
                "Names a quality measure",
                names_quality_measure,
                "Say how each draft is judged, for example rated correct by senior agents, "
                "the share that needs only minor edits, or an error rate.",
            ),
            Criterion(
                "Sets a bar with a number",
                sets_quality_bar,
                "Give the quality measure a bar with a number in the same sentence, for "
                "example 'at least 80% of drafts rated correct'.",
            ),
            Criterion(
                "Plans for varying outputs",
                handles_variation,
                "The model can answer the same ticket differently each time: say how you handle "
                "that, for example run each case 3 times and count how often it passes.",
            ),
            Criterion(
                "Sets a cost or latency budget",
                sets_budget,
                "Add a budget with a number: a latency (for example 95% of drafts within 4 "
                "seconds) or a cost (for example below 1 cent per draft).",
            ),
            Criterion(
                "Says when the eval runs",
                says_when_it_runs,
                "Say when the eval runs, for example before launch and again after every "
                "change to the model or the prompt.",
            ),
        ),
    ),
]
