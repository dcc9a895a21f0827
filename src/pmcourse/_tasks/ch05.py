"""Exercise 5: non-PM deliverables and the pull of the Agile flow."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify
from ._code import Case, Code
from ._ranking import Ranking, Rule

EXERCISE = Exercise(
    number=5,
    title="Non-PM work and the Agile trap",
    notebook="05-non-pm-work-and-agile.ipynb",
    chapter="chapters/05-non-pm-work-and-agile",
    minutes=30,
    chapter_title="Don't take on non-PM work or drown in Agile",
    intro="You will practise reading a job posting the way a product manager should: spotting the lines that turn the role into extra development capacity, deciding what to do about them, and noticing when the team's process starts to crowd out the PM job. One task asks you to write a small Python function.",
    objectives=(
        (
            (
                "classify the lines of a job posting as product management work or as deliverables "
                "of another function, and explain what taking on the second kind costs the product"
            ),
            ("5.1", "5.2", "quiz 1", "quiz 4"),
        ),
        (
            (
                "identify which of three causes most likely lies behind a posting that reads like an "
                "engineering requisition, and choose what to ask the hiring manager before you accept "
                "or reject the role"
            ),
            ("5.3", "quiz 2"),
        ),
        (
            (
                "identify the signs that the team's Agile process is crowding out customer, Sales and "
                "roadmap work, and explain why former developers drift into it"
            ),
            ("5.4", "quiz 3"),
        ),
        (
            (
                "rank competing uses of a product manager's spare hours, putting product work ahead of "
                "process work and the team's own deliverables"
            ),
            ("5.5",),
        ),
    ),
)

_CH = "chapters/05-non-pm-work-and-agile.html"

_PM = "PM"
_NON = "Non-PM"

TASKS = [
    Classify(
        id="5.1",
        prompt=(
            'A posting for a *Technical Product Manager, Payments API* lists the lines below. For each line decide whether it is a product management deliverable (`"PM"`) or a deliverable that belongs to another function (`"Non-PM"`).'
        ),
        title="Sort the posting",
        section=f"{_CH}#ch05-scenario",
        expects="a dict mapping each posting line to 'PM' or 'Non-PM'",
        hint="For each line ask: is this about why and what we build (for an API, that includes "
        "what its docs must achieve), or is it a deliverable another team normally produces "
        "(code, tests, written docs, UI)?",
        solution="PM: the roadmap, customer discovery, defining features with acceptance "
        "criteria, setting what the developer docs must let a new integrator do, briefing Sales, "
        "and trading scope against dates with the tech lead.\n"
        "Non-PM: shipping features in Go, owning the regression test plan, writing and "
        "maintaining the reference pages yourself, and building the admin screens in React.",
        categories=(_PM, _NON),
        items={
            "Own the 12-month roadmap for the payments API": (
                _PM,
                "the roadmap is one of the deliverables that define the PM job.",
            ),
            "Ship backend features in Go alongside the team": (
                _NON,
                (
                    "shipping code is a development deliverable; it turns the PM into one more "
                    "engineer and takes time from customers and strategy."
                ),
            ),
            "Interview developers at customer companies every month": (
                _PM,
                (
                    "customer discovery is core PM work, and talking to a technical audience in "
                    "its own language is where a technical background pays off."
                ),
            ),
            "Own the regression test plan and run manual QA before each release": (
                _NON,
                "testing is the quality work of the development team, not a PM deliverable.",
            ),
            "Write and maintain the reference pages for every endpoint yourself": (
                _NON,
                (
                    "writing and maintaining the docs is a deliverable of technical writers or "
                    "developers. For an API the docs are part of the product, but the PM's share "
                    "is deciding what they must achieve, not producing every page."
                ),
            ),
            "Set what the developer docs must let a new integrator do in the first hour": (
                _PM,
                (
                    "for an API the docs are part of the product surface; deciding what they must "
                    "achieve is a requirement, owned by the PM like any acceptance criteria."
                ),
            ),
            "Define features as problems, personas and acceptance criteria": (
                _PM,
                (
                    "feature definition is the PM's part of building the product: the what and "
                    "the why, with the how left to the team."
                ),
            ),
            "Build the admin screens in React": (
                _NON,
                "building UI is implementation work, whatever framework the posting names.",
            ),
            "Brief Sales on the technical value of each release": (
                _PM,
                (
                    "translating between engineering and the rest of the company is a use of a "
                    "PM's technical background that Elizalde singles out."
                ),
            ),
            "Trade scope against the release date with the tech lead": (
                _PM,
                (
                    "making informed trade-offs with the team is exactly what technical "
                    "understanding buys a PM."
                ),
            ),
        },
    ),
    Code(
        id="5.2",
        prompt=(
            "Screening dozens of postings by hand is slow, so you write a first-pass filter. It should\n"
            "return the lines of a posting that name one of the non-PM deliverables from the chapter.\n"
            "To keep the filter predictable, it follows these exact rules:\n"
            "\n"
            "1. A line is **flagged** when it contains at least one of the phrases in `NON_PM_PHRASES`\n"
            "   (given in the code cell): phrases for writing code, QA and testing, writing documentation,\n"
            '   and building UI. The list targets testing, not acceptance: a line such as "Accept stories\n'
            '   against their acceptance criteria" is product work (chapters 5 and 6) and matches no phrase.\n'
            '2. Matching ignores case: `"QA"`, `"qa"` and `"Qa"` are the same.\n'
            "3. A phrase must appear as **whole words**. Treat every character that is not a letter or\n"
            '   digit as a space, so `"(QA)"`, `"write code,"` and `"sign-off"` work as expected, but\n'
            '   `"qa"` does not match inside `"Qatar"`. A single word such as `"code"` on its own is not a\n'
            '   phrase, so `"code review of the roadmap"` is not flagged.\n'
            "4. Return the flagged lines **exactly as given** (same text, same spaces), in the posting's\n"
            "   order, keeping repeats. A posting with no lines gives `[]`.\n"
            "\n"
            "Two examples:\n"
            "\n"
            "```python\n"
            'flag_non_pm_duties(["Own the product roadmap", "Write code for new endpoints"])\n'
            '# -> ["Write code for new endpoints"]\n'
            'flag_non_pm_duties(["Perform QA on every release", "Interview customers monthly"])\n'
            '# -> ["Perform QA on every release"]\n'
            "```\n"
            "\n"
            "`check` runs your function on hidden postings that follow the same rules and names each case\n"
            "that fails. A filter like this only finds candidates; the judgement about a posting is still\n"
            "yours (task 5.3)."
        ),
        starter=(
            "NON_PM_PHRASES = (\n"
            '    "write code",\n'
            '    "writing code",\n'
            '    "production code",  # coding\n'
            '    "qa",\n'
            '    "test cases",\n'
            '    "manual testing",  # QA and testing\n'
            '    "write documentation",\n'
            '    "writing documentation",\n'
            '    "user manuals",  # documentation\n'
            '    "build the ui",\n'
            '    "building the ui",\n'
            '    "ui components",  # building UI\n'
            ")\n"
            "\n"
            "\n"
            "def flag_non_pm_duties(lines: list[str]) -> list[str]:\n"
            '    """Return the lines of a posting that name a non-PM deliverable."""\n'
            "    raise NotImplementedError  # replace with your code\n"
            "\n"
            "\n"
            "# Try the examples once your function works:\n"
            '# print(flag_non_pm_duties(["Own the product roadmap", "Write code for new endpoints"]))\n'
            "answer_5_2 = flag_non_pm_duties\n"
        ),
        title="A posting screener",
        section=f"{_CH}#ch05-extension-of-dev",
        expects="a function flag_non_pm_duties(lines) that returns a list of strings",
        hint="Reread rule 3: what does a line look like once every character that is not a "
        "letter or digit is a space? Then ask where a phrase may start and end in it, and "
        "which version of the line goes into your result.",
        solution="def flag_non_pm_duties(lines: list[str]) -> list[str]:\n"
        "    flagged = []\n"
        "    for line in lines:\n"
        '        cleaned = "".join(ch if ch.isalnum() else " " for ch in line.lower())\n'
        '        padded = " " + " ".join(cleaned.split()) + " "\n'
        '        if any(f" {phrase} " in padded for phrase in NON_PM_PHRASES):\n'
        "            flagged.append(line)\n"
        "    return flagged",
        function_name="flag_non_pm_duties",
        cases=[
            Case(
                (
                    [
                        "WRITING CODE for the billing service",
                        "Define the Product Vision",
                        "Build The UI for onboarding",
                    ],
                ),
                ["WRITING CODE for the billing service", "Build The UI for onboarding"],
                "phrases in upper or mixed case still count",
            ),
            Case(([],), [], "an empty posting gives an empty list"),
            Case(
                (
                    [
                        "Build-the-UI for the partner portal",
                        "write_code for the importer",
                        "Write  code   alongside the team",
                        "Own the pricing page copy",
                    ],
                ),
                [
                    "Build-the-UI for the partner portal",
                    "write_code for the importer",
                    "Write  code   alongside the team",
                ],
                "phrases joined by hyphens or underscores, or split by extra spaces, still count",
            ),
            Case(
                (
                    [
                        "Lead a code review of the roadmap with engineering leads",
                        "Set pricing together with Sales",
                    ],
                ),
                [],
                "the word 'code' on its own is not one of the phrases",
            ),
            Case(
                (["Partner with the Qatar sales office", "Run QA regression before releases"],),
                ["Run QA regression before releases"],
                "phrases match whole words only, not parts of longer words",
            ),
            Case(
                (
                    [
                        "Write documentation for the SDK",
                        "Prioritize the backlog",
                        "Write documentation for the SDK",
                    ],
                ),
                ["Write documentation for the SDK", "Write documentation for the SDK"],
                "the posting's order is kept and repeated lines are kept",
            ),
            Case(
                (["Hands-on: write code, review pull requests.", "Sign-off (QA) on releases"],),
                [
                    "Hands-on: write code, review pull requests.",
                    "Sign-off (QA) on releases",
                ],
                "punctuation next to a phrase does not hide it",
            ),
            Case(
                (["  Write test cases for the mobile app  ", "Own the go-to-market plan"],),
                ["  Write test cases for the mobile app  "],
                "flagged lines are returned exactly as given, spaces included",
            ),
            Case(
                (
                    [
                        "Own the product roadmap and vision",
                        "Maintain production code in Python",
                        "Build reusable UI components",
                        "Run customer discovery interviews",
                        "Produce user manuals for each release",
                        "Run manual testing on release candidates",
                        "Work with Sales on technical deals",
                    ],
                ),
                [
                    "Maintain production code in Python",
                    "Build reusable UI components",
                    "Produce user manuals for each release",
                    "Run manual testing on release candidates",
                ],
                "a realistic seven-line posting",
            ),
        ],
    ),
    Choice(
        id="5.3",
        title="A posting that wants a coder",
        section=f"{_CH}#ch05-talk-to-manager",
        expects="one option letter such as 'a'",
        hint="The posting is evidence, but it may not be the hiring manager's own words. "
        "What would you need to know before deciding?",
        solution="(c) Ask for a conversation with the hiring manager. The duties may come from "
        "an engineering template, from a company that does not know what a PM does, or from a "
        "budget that wants two people in one. Each cause leads to a different decision, and "
        "the person who would manage you is best placed to tell you which it is.",
        prompt="You like a 60-person company's product. Its TPM posting asks for 'fluency in Go "
        "and gRPC and the ability to jump in and write code when the team is busy', next to the "
        "usual roadmap and customer duties. What is the best next step?",
        options={
            "a": Option(
                "Withdraw at once: the posting proves the company misunderstands the role.",
                False,
                "The posting is a warning sign, not proof. It may be boilerplate that HR copied "
                "from an engineering requisition; you would walk away without finding out.",
            ),
            "b": Option(
                "Apply and plan to do both jobs well; that is what a TPM is.",
                False,
                "Doing development work as well as product work is the pattern the chapter warns "
                "about: in this course's reading, the coding wins almost every week and the "
                "customer work starves.",
            ),
            "c": Option(
                "Ask to speak with the hiring manager about what the role really needs and why "
                "the coding line is there.",
                True,
                "Right: the manager's view may differ from the posting, and the answer tells "
                "you whether it is a template, a misunderstanding, or two roles in one budget.",
            ),
            "d": Option(
                "Rewrite your CV to stress your coding, since that is what they screen for.",
                False,
                "That aims you at the wrong job. One reader asked, pointedly, whether a company that "
                "hires to such a posting will not almost surely get a coder sitting in a "
                "'marketing' chair rather than a product manager.",
            ),
        },
    ),
    Choice(
        id="5.4",
        title="Signs of the Agile trap",
        section=f"{_CH}#ch05-agile-cost",
        multiple=True,
        expects="a list of option letters such as ['a', 'c']",
        hint="Ceremonies are not the problem. Look for signs that the process is crowding out "
        "customers, Sales and the roadmap.",
        solution="(a), (c) and (e). Each shows process work displacing the core of the role. "
        "(b) and (d) are light, purposeful uses of the team's process that feed PM work.",
        prompt="Which observations suggest that a TPM has been caught up in Agile at the "
        "expense of the PM job? Pick every one that applies.",
        options={
            "a": Option(
                "She has not met a customer in six weeks but has attended every stand-up of "
                "both teams.",
                True,
                "Right: the daily flow has displaced contact with customers, the main source of "
                "what a PM decides.",
            ),
            "b": Option(
                "He joins the Sprint Review every two weeks to see what was built and note which "
                "changes to show customers.",
                False,
                "This is a small, purposeful use of a ceremony: it feeds customer and Sales "
                "conversations rather than replacing them.",
            ),
            "c": Option(
                "The roadmap was last updated two quarters ago, while the team's story-point "
                "scale has been redesigned twice.",
                True,
                "Right: energy has gone into process mechanics while the PM's own deliverable, "
                "the roadmap, went stale.",
            ),
            "d": Option(
                "She spends twenty minutes a week with the tech lead checking that the next "
                "sprint's top stories have clear acceptance criteria.",
                False,
                "Keeping the top of the backlog clear is part of defining the product; twenty "
                "minutes a week is a healthy share.",
            ),
            "e": Option(
                "Sales engineers now ask the tech lead for deal support because the TPM is "
                "always in sprint meetings.",
                True,
                "Right: bridging engineering and Sales is a job Elizalde sees as a perfect use of "
                "a TPM's background, and the process has pushed it onto someone else.",
            ),
        },
    ),
    Ranking(
        id="5.5",
        prompt="A meeting was cancelled and you have six unplanned hours this week. Rank the activities from the most valuable use of a TPM's time to the least valuable.",
        title="Six spare hours",
        section=f"{_CH}#ch05-agile-cost",
        expects="a list with every activity exactly once, most valuable first",
        hint="Start with the work nobody else in the company can do for the product; end with "
        "work that belongs to the team or its process.",
        solution="A defensible order: interview customers about the next roadmap theme; prepare "
        "the sales engineer for the CIO call; tighten the acceptance criteria of next sprint's "
        "top stories; redesign the retrospective format; fix the CSS bug yourself. The first two "
        "may swap; so may the last two. What matters is that customer and Sales work comes "
        "before process work, and defining the product comes before doing the team's work.",
        items=(
            "Redesign the team's retrospective format",
            "Interview three customers about the next roadmap theme",
            "Fix a CSS bug on the settings page yourself",
            "Prepare a sales engineer for a CIO's technical questions",
            "Tighten the acceptance criteria of next sprint's top stories",
        ),
        rules=(
            Rule(
                "Interview three customers about the next roadmap theme",
                "Redesign the team's retrospective format",
                "the retrospective belongs to the team and its Scrum Master; customer insight "
                "for the roadmap only the PM will gather.",
            ),
            Rule(
                "Interview three customers about the next roadmap theme",
                "Fix a CSS bug on the settings page yourself",
                "fixing code is a development deliverable; the interviews are work only the PM "
                "does.",
            ),
            Rule(
                "Prepare a sales engineer for a CIO's technical questions",
                "Redesign the team's retrospective format",
                "closing the gap between engineering and Sales is core TPM work; process "
                "tuning is a small part of the role.",
            ),
            Rule(
                "Prepare a sales engineer for a CIO's technical questions",
                "Fix a CSS bug on the settings page yourself",
                "the bug belongs to the development team; the sales briefing uses your "
                "technical background where it adds the most.",
            ),
            Rule(
                "Tighten the acceptance criteria of next sprint's top stories",
                "Fix a CSS bug on the settings page yourself",
                "defining what done means is the PM's part of the build; fixing the code is "
                "the team's.",
            ),
            Rule(
                "Tighten the acceptance criteria of next sprint's top stories",
                "Redesign the team's retrospective format",
                "clear acceptance criteria define the product; the retrospective format is "
                "process mechanics the team owns.",
            ),
        ),
    ),
]
