"""Exercise 6: the product manager and the product owner."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify
from ._numeric import Mistake, Numeric

EXERCISE = Exercise(
    number=6,
    title="Product manager and product owner",
    notebook="06-pm-and-product-owner.ipynb",
    chapter="chapters/06-pm-and-product-owner",
    minutes=30,
    intro="You will practise separating the product owner slice of the work from the wider product manager role, using a full framework to find the work a backlog-only role leaves uncovered, computing what a combined role leaves for strategy, and reasoning about a debated question: when two people are better than one.",
    objectives=(
        (
            (
                "classify product activities as the product owner's team-facing slice or as part of "
                "the wider product manager role"
            ),
            ("6.3",),
        ),
        (
            (
                "use a full product management framework, such as the Pragmatic Institute's, to "
                "identify the responsibilities that a backlog-only role leaves without an owner"
            ),
            ("6.6",),
        ),
        (
            (
                "state the case for and against putting different people in the two roles, present "
                "it as one side of a live debate, and identify the situations where a split is most "
                "likely to pay off"
            ),
            ("6.4", "quiz 1", "quiz 2", "quiz 4"),
        ),
        (
            (
                "identify what a company means by product owner or TPM from the listed duties rather "
                "than the job title"
            ),
            ("6.5", "quiz 3"),
        ),
        (
            "answer, with reasons, the objection that having both roles is incoherent",
            ("6.2",),
        ),
        (
            "compute how many hours a week a combined PM and PO role leaves for market-facing work",
            ("6.1",),
        ),
    ),
)

_CH = "chapters/06-pm-and-product-owner.html"

_PM = "PM role"
_PO = "PO role"

TASKS = [
    Numeric(
        id="6.1",
        prompt=(
            "You are the TPM of a developer platform and also the product owner of its one Scrum team.\n"
            "A normal 40-hour week holds this team-facing work. (The Scrum Guide makes the Daily Scrum an\n"
            "event for the Developers; this team has asked its PO to attend, so it counts here.)\n"
            "\n"
            "| Team-facing activity | Time |\n"
            "|---|---|\n"
            "| Daily Scrum (stand-up), attended at the team's request | 15 minutes, every working day (5 days) |\n"
            "| Product Backlog refinement | 2 hours a week |\n"
            "| Sprint Planning | 4 hours, every two weeks |\n"
            "| Sprint Review and Sprint Retrospective | 3 hours together, every two weeks |\n"
            "| Answering the team's questions about stories | 15% of the 40-hour week |\n"
            "| Writing and splitting stories | 5 hours a week |\n"
            "\n"
            "How many hours per week are left for product management work (customers, Sales, the roadmap)?\n"
            "Give the exact number of hours to two decimal places, for example 12.75. Every item works out\n"
            "to whole quarter hours, and the check accepts only answers within 0.01 hours of the exact\n"
            "result, so do not round to one decimal place."
        ),
        title="What is left for product management?",
        section=f"{_CH}#ch06-scenario",
        expects="a number of hours per week to two decimal places, such as 12.75",
        hint="Convert everything to hours per week first: daily meetings happen five times, "
        "fortnightly ones count half, and a percentage is a share of the 40 hours. Keep the "
        "quarter hours: do not round.",
        solution="Daily Scrum 5 x 0.25 = 1.25 h; refinement 2 h; Sprint Planning 4 / 2 = 2 h; "
        "Sprint Review and Retrospective 3 / 2 = 1.5 h; answering the team 15% of 40 = 6 h; writing stories 5 h. "
        "PO work: 17.75 h. Left for PM work: 40 - 17.75 = 22.25 hours a week.",
        expected=22.25,
        tolerance=0.01,
        right="Right: 17.75 hours of PO work leave 22.25 hours for PM work, barely more than "
        "half the week.",
        mistakes=(
            Mistake(
                18.75,
                "you counted the fortnightly Sprint Planning and the Sprint Review and "
                "Retrospective in full; "
                "they happen every other week, so each counts half per week.",
            ),
            Mistake(
                23.25,
                "you counted the Daily Scrum once; it is 15 minutes on each of five days.",
            ),
            Mistake(
                13.25,
                "you read 15% as 15 hours; 15% of a 40-hour week is 6 hours.",
            ),
            Mistake(
                17.75,
                "that is the PO share of the week; the question asks what is left for PM work.",
            ),
            Mistake(
                28.25,
                "you left out the time spent answering the team's questions (15% of the week).",
            ),
            Mistake(
                19.75,
                "you counted the fortnightly meetings in full and the Daily Scrum only once.",
            ),
        ),
        too_high="That leaves more time than the schedule allows; check that every PO item is "
        "included and converted to hours per week.",
        too_low="That is too little; check the fortnightly meetings and the percentage.",
    ),
    Choice(
        id="6.2",
        title="Is having both incoherent?",
        section=f"{_CH}#ch06-incoherent",
        expects="one option letter such as 'a'",
        hint="Compare what Scrum asks of its product owner with everything a product needs to "
        "succeed in the market.",
        solution="(b) The Scrum Guide defines the Product Owner's accountability inside the Scrum "
        "Team: the product's value, through the Product Backlog and the Product Goal. It does not "
        "list pricing, positioning, Sales support or a multi-year roadmap. Those still need an "
        "owner, and whether one person or two covers both sets is, in Elizalde's framing, a "
        "capacity decision. He favors two people but calls that view controversial and says it "
        "might only be possible in companies whose product process is more mature; (b) is the "
        "best reply because it reasons from what each set of work needs and leaves that choice "
        "open.",
        prompt="A colleague argues: 'Product owner is the Scrum position that replaces the "
        "product manager, so a company with both is incoherent.' Which reply reasons best?",
        options={
            "a": Option(
                "They are right: in a Scrum company the product manager role is obsolete.",
                False,
                "Scrum covers how one team turns a backlog into working increments. Market "
                "research, pricing, positioning and the long-term roadmap still need an owner.",
            ),
            "b": Option(
                "Scrum defines what the team needs from a product owner; the product still needs "
                "market-facing PM work, and one or two people can cover the two sets.",
                True,
                "Right: the reply reasons from the work, not the titles. In Elizalde's view the "
                "PO role is a narrow slice of product management and splitting it off is division "
                "of labor, a view he calls controversial and thinks might only be possible where the "
                "product process is more mature; whether it pays off for a given company "
                "is the capacity question, one person or two.",
            ),
            "c": Option(
                "Every company should have both, because a single person can never do both.",
                False,
                "Too strong: a small company with one team can combine them. Even Elizalde, who "
                "favors a split, calls it controversial and says it might only be possible where "
                "the product process is mature.",
            ),
            "d": Option(
                "The product owner should simply report to the Scrum Master, which removes the "
                "conflict.",
                False,
                "The Scrum Master serves the team and its process and has no authority over the "
                "Product Backlog, which the Product Owner answers for; this does not address "
                "who does the market-facing work.",
            ),
        },
    ),
    Classify(
        id="6.3",
        prompt=(
            'A company has decided to split the roles. Put each activity under the role it belongs to: `"PM role"` (market-facing, months ahead) or `"PO role"` (team-facing, within the Sprints).'
        ),
        title="Whose slice is it?",
        section=f"{_CH}#ch06-two-roles",
        expects="a dict mapping each activity to 'PM role' or 'PO role'",
        hint="The PO role faces the team and the current Sprints; the PM role faces the market "
        "and the months ahead.",
        solution="PO role: refining the backlog, answering questions on acceptance criteria "
        "mid-Sprint, checking finished stories against their criteria during the Sprint, "
        "splitting an epic into stories.\n"
        "PM role: the 12-month roadmap, win/loss analysis with Sales, pricing and packaging, "
        "positioning briefs for product marketing.",
        categories=(_PM, _PO),
        items={
            "Refine and order the backlog with the team each week": (
                _PO,
                "ordering the Product Backlog is at the core of the Product Owner accountability.",
            ),
            "Answer a developer's question about acceptance criteria mid-Sprint": (
                _PO,
                "being available to the Developers during the Sprint is the PO's daily work.",
            ),
            "Check each finished story against its acceptance criteria during the Sprint": (
                _PO,
                (
                    "giving the team feedback on finished work happens inside the Sprint. It is not "
                    "saved for the Sprint Review, which the 2020 Scrum Guide says is never a gate "
                    "to releasing value."
                ),
            ),
            "Split an approved epic into stories the team can finish in one Sprint": (
                _PO,
                "turning an agreed direction into Sprint-sized work is Product Backlog work.",
            ),
            "Set the 12-month roadmap for the product line": (
                _PM,
                "the roadmap looks months ahead and across teams: strategic PM work.",
            ),
            "Analyze lost deals with Sales to find missing capabilities": (
                _PM,
                "market feedback from Sales shapes strategy; it faces the market, not the Sprint.",
            ),
            "Decide pricing and packaging for the next release": (
                _PM,
                "pricing is a business decision about the market, far outside the team's backlog.",
            ),
            "Brief product marketing on positioning for a technical audience": (
                _PM,
                "positioning and messaging are go-to-market work.",
            ),
        },
    ),
    Choice(
        id="6.4",
        title="When does a split pay off?",
        section=f"{_CH}#ch06-when-to-split",
        expects="one option letter such as 'a'",
        hint="A split costs a second salary and a hand-off. When is the load too high for one "
        "person and the organization ready to coordinate two?",
        solution="(c) A mature product organization where one PM covers three Scrum teams and "
        "strategic work is visibly slipping. The load exceeds one person and the company has the "
        "process to coordinate two. A split is still a judgement call (Elizalde, who favors it, "
        "calls it controversial and says it might only be possible with a more mature product "
        "process), but this case has both the load and the maturity. The other "
        "cases lack the load or the maturity, or would use the split for the wrong reason.",
        prompt="In which situation is it easiest to argue for separate people in the PM and "
        "PO roles?",
        options={
            "a": Option(
                "A seven-person startup with one product, one team and no defined product "
                "process yet.",
                False,
                "With one team and no settled process, a split adds a hand-off without relieving "
                "much load; one person can usually carry both roles here.",
            ),
            "b": Option(
                "A company where the PM dislikes Sprint events and wants someone else to "
                "attend them.",
                False,
                "Preference is not a capacity argument. The split is justified by workload and "
                "by what falls through the cracks, not by taste.",
            ),
            "c": Option(
                "A mature product organization where one PM serves three Scrum teams and "
                "customer visits and roadmap reviews keep getting cancelled.",
                True,
                "Right: the load is visibly too high for one person, strategic work is "
                "slipping, and the organization is mature enough to coordinate two roles.",
            ),
            "d": Option(
                "A team that wants a PO so that the PM can spend more time designing the "
                "technical solution.",
                False,
                "Freed PM time should go to customers, Sales and the roadmap. Using it to design "
                "the solution repeats the mistake from chapter 4.",
            ),
        },
    ),
    Choice(
        id="6.5",
        title="Read the title, then the duties",
        section=f"{_CH}#ch06-titles",
        expects="one option letter such as 'a'",
        hint="Titles vary from company to company; the duty list tells you which slice of "
        "product management the job covers.",
        solution="(d) Every duty sits inside the Scrum cycle, so this is a product owner role "
        "under a TPM title. That can be a fine job, but ask who owns the roadmap and the "
        "customer, and whether the role leads toward broader PM work.",
        prompt="A posting titled 'Technical Product Manager' lists: maintain the backlog for "
        "two Scrum teams, write user stories with acceptance criteria, attend all ceremonies, "
        "accept completed work. A 'Director of Product' owns the roadmap. What is this job?",
        options={
            "a": Option(
                "A full product management job with a technical flavor.",
                False,
                "Nothing on the list faces the market: no customers, roadmap, pricing or Sales. "
                "The director holds that part.",
            ),
            "b": Option(
                "An engineering job with a product title.",
                False,
                "No code, tests or documentation are listed; the duties are backlog and "
                "acceptance work, which is product work, just a narrow slice of it.",
            ),
            "c": Option(
                "A project management job, since it is about ceremonies.",
                False,
                "Attending ceremonies is part of it, but ordering the backlog is the Product "
                "Owner's accountability in Scrum, and checking completed work is product work, "
                "not schedule tracking.",
            ),
            "d": Option(
                "A product owner role under a TPM title, with strategy held by the director.",
                True,
                "Right: one reader often sees the PO role carry a TPM title, and Elizalde has seen "
                "companies want a TPM in the PO seat for very technical products. Ask who talks "
                "to customers and whether the role grows into broader PM work.",
            ),
        },
    ),
    Choice(
        id="6.6",
        title="What the framework sees that Scrum does not list",
        section=f"{_CH}#ch06-framework",
        multiple=True,
        expects="a list of option letters such as ['a', 'c']",
        hint="Read the Scrum Guide's list of Product Owner duties: it is about the Product Goal "
        "and the Product Backlog. Which areas of a full framework are not on that list?",
        solution="(b), (c) and (e). Win/loss analysis, pricing and packaging, and launch and "
        "sales enablement appear in a full framework such as the Pragmatic Institute's, but the "
        "2020 Scrum Guide's list of Product Backlog management does not name them. The PO's "
        "accountability for maximizing value may reach them, but only if the company says so, "
        "so it must name an owner. (a), (d) and (f) are on the Guide's own list of Product Backlog "
        "management.",
        prompt="A 30-person company has one Scrum team with a capable Product Owner and nobody "
        "else in product. You lay a full product management framework (the Pragmatic "
        "Institute's, for example) next to the Product Owner accountability in the 2020 Scrum "
        "Guide. The Guide makes the Product Owner accountable for maximizing the product's "
        "value and leaves *how* to the organization; it then lists the Product Backlog "
        "management that this includes. Which of these areas are *not named* on that list, so "
        "that the company must decide explicitly who owns them? Pick every one that applies.",
        options={
            "a": Option(
                "Ordering the Product Backlog items",
                False,
                "Ordering Product Backlog items is on the Guide's own list of what the Product "
                "Owner is accountable for.",
            ),
            "b": Option(
                "Analysing won and lost deals with Sales",
                True,
                "Right: win/loss analysis is a framework activity that faces the market; the "
                "Guide's Product Owner duties do not mention it.",
            ),
            "c": Option(
                "Setting prices and packaging",
                True,
                "Right: pricing is a business decision about the market. The PO's accountability "
                "for value could reach it, but the Guide's list does not name it, so someone "
                "must decide who owns it.",
            ),
            "d": Option(
                "Developing and explicitly communicating the Product Goal",
                False,
                "The Product Goal is the first item in the Guide's description of Product "
                "Backlog management, so the Product Owner already answers for it.",
            ),
            "e": Option(
                "Planning the launch and preparing the sales team for it",
                True,
                "Right: launch and sales enablement sit in a full framework's later columns; "
                "Scrum says nothing about them.",
            ),
            "f": Option(
                "Creating and clearly communicating Product Backlog items",
                False,
                "Writing and explaining backlog items is on the Guide's list; it is the core "
                "of the PO slice.",
            ),
        },
    ),
]
