"""Exercise 6: the product manager and the product owner."""

from __future__ import annotations

from ._base import Choice, Classify, Exercise, Mistake, Numeric, Option

EXERCISE = Exercise(
    number=6,
    title="Product manager and product owner",
    notebook="06-pm-and-product-owner.ipynb",
    chapter="chapters/06-pm-and-product-owner",
    minutes=25,
    intro="You will practise separating the product owner slice of the work from the wider product manager role, computing what a combined role leaves for strategy, and reasoning about when two people are better than one.",
)

_CH = "chapters/06-pm-and-product-owner.html"

_PM = "PM role"
_PO = "PO role"

TASKS = [
    Numeric(
        id="6.1",
        prompt=(
            "You are the TPM of a developer platform and also the product owner of its one Scrum team.\n"
            "A normal 40-hour week holds this PO work:\n"
            "\n"
            "| PO activity | Time |\n"
            "|---|---|\n"
            "| Daily stand-up | 15 minutes, every working day (5 days) |\n"
            "| Backlog refinement | 2 hours a week |\n"
            "| Sprint planning | 4 hours, every two weeks |\n"
            "| Sprint review and retrospective | 3 hours together, every two weeks |\n"
            "| Answering the team's questions about stories | 15% of the 40-hour week |\n"
            "| Writing and splitting stories | 5 hours a week |\n"
            "\n"
            "How many hours per week are left for product management work (customers, Sales, the roadmap)?\n"
            "Give a number of hours."
        ),
        title="What is left for product management?",
        section=f"{_CH}#ch06-scenario",
        expects="a number of hours per week, such as 12.5",
        hint="Convert everything to hours per week first: daily meetings happen five times, "
        "fortnightly ones count half, and a percentage is a share of the 40 hours.",
        solution="Stand-ups 5 x 0.25 = 1.25 h; refinement 2 h; planning 4 / 2 = 2 h; review and "
        "retrospective 3 / 2 = 1.5 h; answering the team 15% of 40 = 6 h; writing stories 5 h. "
        "PO work: 17.75 h. Left for PM work: 40 - 17.75 = 22.25 hours a week.",
        expected=22.25,
        tolerance=0.01,
        right="Right: 17.75 hours of PO work leave 22.25 hours for PM work, barely more than "
        "half the week.",
        mistakes=(
            Mistake(
                18.75,
                "you counted the fortnightly planning and the review and retrospective in full; "
                "they happen every other week, so each counts half per week.",
            ),
            Mistake(
                23.25,
                "you counted the stand-up once; it is 15 minutes on each of five days.",
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
                "you counted the fortnightly meetings in full and the stand-up only once.",
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
        solution="(b) Scrum defines the product owner's accountability inside the team: the "
        "backlog and the value of each increment. It says nothing about pricing, positioning, "
        "Sales, or a multi-year roadmap. Those remain PM work, and whether one person or two "
        "covers both sets is a capacity decision.",
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
                "Right: the PO role is a narrow slice of product management. Splitting it off "
                "is division of labor, not a second captain.",
            ),
            "c": Option(
                "Every company should have both, because a single person can never do both.",
                False,
                "Too strong: a small company with one team can combine them. Splitting pays "
                "off when the load exceeds one person and the product process is mature.",
            ),
            "d": Option(
                "The product owner should simply report to the Scrum Master, which removes the "
                "conflict.",
                False,
                "The Scrum Master coaches the process and has no authority over the backlog; "
                "this does not address the question of who does the market-facing work.",
            ),
        },
    ),
    Classify(
        id="6.3",
        prompt=(
            'A company has decided to split the roles. Put each activity under the role it belongs to: `"PM role"` (market-facing, months ahead) or `"PO role"` (team-facing, within the sprints).\n'
            "\n"
            'Replace each `...` with one of `"PM role"`, `"PO role"`.'
        ),
        title="Whose slice is it?",
        section=f"{_CH}#ch06-two-roles",
        expects="a dict mapping each activity to 'PM role' or 'PO role'",
        hint="The PO role faces the team and the current sprints; the PM role faces the market "
        "and the months ahead.",
        solution="PO role: refining the backlog, answering questions on acceptance criteria "
        "mid-sprint, accepting stories at the sprint review, splitting an epic into stories.\n"
        "PM role: the 12-month roadmap, win/loss analysis with Sales, pricing and packaging, "
        "positioning briefs for product marketing.",
        categories=(_PM, _PO),
        items={
            "Refine and order the backlog with the team each week": (
                _PO,
                "backlog ordering is the PO's core accountability toward the team.",
            ),
            "Answer a developer's question about acceptance criteria mid-sprint": (
                _PO,
                "being available to the team during the sprint is the PO's daily work.",
            ),
            "Accept or reject finished stories at the sprint review": (
                _PO,
                "judging increments against acceptance criteria happens inside the Scrum cycle.",
            ),
            "Split an approved epic into stories the team can finish in a sprint": (
                _PO,
                "turning an agreed direction into sprint-sized work is backlog work.",
            ),
            "Set the 12-month roadmap for the product line": (
                _PM,
                "the roadmap looks months ahead and across teams: strategic PM work.",
            ),
            "Analyze lost deals with Sales to find missing capabilities": (
                _PM,
                "market feedback from Sales shapes strategy; it faces the market, not the sprint.",
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
        "process to coordinate two. The other cases either lack the load or lack the maturity, or "
        "would use the split for the wrong reason.",
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
                "A company where the PM dislikes sprint meetings and wants someone else to "
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
                "Attending ceremonies is part of it, but owning the backlog and accepting work "
                "is the PO's accountability, not schedule tracking.",
            ),
            "d": Option(
                "A product owner role under a TPM title, with strategy held by the director.",
                True,
                "Right: many companies give the PO role a TPM title. Ask who talks to customers "
                "and whether the role grows into broader PM work.",
            ),
        },
    ),
]
