"""Exercise 1: the title versus the role."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify

EXERCISE = Exercise(
    number=1,
    title="The title versus the role",
    notebook="01-title-vs-role.ipynb",
    chapter="chapters/01-title-vs-role",
    minutes=25,
    intro=(
        "You will practise reading job titles and postings the way an experienced product manager does:\n"
        "sorting title variants by what their qualifier signals, separating what a title says about the\n"
        "*person* from what it says about the *work*, spotting postings whose work may not match the title,\n"
        'and noticing when "product" means something else.'
    ),
    objectives=(
        (
            (
                "classify common variants of the product manager title by what each qualifier signals: "
                "the scope of the work, the industry, the candidate's background or the team the PM "
                "works with"
            ),
            ("1.6", "quiz 4"),
        ),
        (
            (
                'identify what the word "technical" in a job title describes (the person hired and the '
                "product) and what it does not (a different kind of job)"
            ),
            ("1.1", "quiz 1", "quiz 2"),
        ),
        (
            (
                "separate, line by line, what a job posting says about the candidate's background from "
                "what it says about the work"
            ),
            ("1.3",),
        ),
        (
            (
                "identify the lines in a posting that suggest the work may not match the title, and "
                "choose the interview question that tests them"
            ),
            ("1.2", "1.4", "quiz 3"),
        ),
        (
            (
                "identify when colleagues mean the goods a company sells, not what it builds, by "
                '"product"'
            ),
            ("1.5",),
        ),
    ),
)

_CH = "chapters/01-title-vs-role.html"

TASKS = [
    Choice(
        id="1.1",
        prompt=(
            "A company that sells a data-integration platform to developers advertises a *Technical Product\n"
            "Manager*. What is the most likely reason for the adjective?"
        ),
        title="What the adjective signals",
        section=f"{_CH}#ch01-person-not-role",
        expects="one option letter such as 'a'",
        hint="Ask whether the word describes the work of the job or the person hired to do it.",
        solution=(
            "(c) In Elizalde's reading, the posting looks for a PM whose background lets them "
            "understand a developer product; the work itself is still product management. Coding "
            "(a) and architecture (b) stay with the engineers, and the title by itself says "
            "nothing about reporting lines (d)."
        ),
        options={
            "a": Option(
                "The PM will write part of the integration code.",
                False,
                "Writing production code is the development team's job; the adjective describes "
                "the background of the person, not extra engineering duties.",
            ),
            "b": Option(
                "The PM will own the architecture of the platform.",
                False,
                "Architecture belongs to the engineers and their tech lead. A PM who takes it "
                "over leaves the product work undone and sidelines the team.",
            ),
            "c": Option(
                "The company wants a PM whose technical background fits a product for developers.",
                True,
                "Right: as Elizalde reads it, the word describes the person and the product. A "
                "company may choose it to attract candidates who can understand the technology "
                "and talk with a technical audience.",
            ),
            "d": Option(
                "The PM will report to the head of engineering instead of the head of product.",
                False,
                "The title does not tell you the reporting line. One reader got the title because "
                "the role sat in engineering, but that is an accident of the org chart, not what "
                "the word is meant to signal.",
            ),
        },
    ),
    Choice(
        id="1.2",
        prompt=(
            "A *Technical Product Manager* posting contains the lines below. Which of them suggest that the\n"
            "work may not match the title, so that you should ask about them before you accept? Pick\n"
            "**every** such line. (A line can deserve a question without making the job a bad one.)"
        ),
        title="Lines to ask about in a posting",
        section=f"{_CH}#ch01-red-flags",
        expects="a list of option letters such as ['a', 'c']",
        hint=(
            "For each line, ask: does it describe the product manager's work done with a technical "
            "background, or different or narrower work under the title?"
        ),
        solution=(
            "(b), (d) and (e) deserve a question: production coding, running regression tests and "
            "writing the documentation are development work, which Elizalde does not count as "
            "the PM's. (a) and (c) describe product management that benefits from a technical "
            "background."
        ),
        multiple=True,
        options={
            "a": Option(
                "Interview customers' platform engineers to find where integrations fail.",
                False,
                "This is discovery work with a technical audience: exactly where a technical "
                "background helps a product manager. Nothing to worry about here.",
            ),
            "b": Option(
                "Ship at least two production pull requests per sprint.",
                True,
                "Ask about it: regular production coding is development work, and it eats the "
                "time needed for customers and planning.",
            ),
            "c": Option(
                "Decide the order of roadmap items with the tech lead, weighing value against risk.",
                False,
                "Prioritizing with technical input is core product work; it matches the title.",
            ),
            "d": Option(
                "Run the regression test suite before every release.",
                True,
                "Ask about it: QA testing is a separate discipline. Elizalde sees postings that list "
                "it as a core duty as treating the PM as an extension of the development team.",
            ),
            "e": Option(
                "Write the user manual and the API reference for every release.",
                True,
                "Ask about it: writing documentation is on Elizalde's list of development duties "
                "that some postings add to the PM role, which to him shows a misunderstanding of "
                "what the role is worth.",
            ),
        },
    ),
    Classify(
        id="1.3",
        prompt=(
            "You are taking a posting apart, line by line. Put each line under one of three categories:\n"
            "\n"
            '- `"Background"`: it describes who the candidate is (what the adjective asks for);\n'
            '- `"PM work"`: it describes product management work;\n'
            '- `"Not PM work"`: it describes work that belongs to another role.'
        ),
        title="Person, work, or not product management?",
        section=f"{_CH}#ch01-scenario",
        expects=("a dict mapping each posting line to 'Background', 'PM work' or 'Not PM work'"),
        hint=(
            "Some lines describe who the candidate is, some describe what product managers do, "
            "and some describe work that belongs to another role."
        ),
        solution=(
            "Background: 'Six years building backend services', 'Can read an API reference and "
            "discuss rate limits with integrators'. PM work: 'Decide which partner problems the "
            "next two quarters address', 'Explain the release plan to sales in plain language'. "
            "Not PM work: 'Maintain the deployment scripts', 'Choose the message queue for the "
            "new event service'."
        ),
        categories=("Background", "PM work", "Not PM work"),
        items={
            "Six years building backend services": (
                "Background",
                "it describes the candidate's experience, which is what the adjective asks for.",
            ),
            "Can read an API reference and discuss rate limits with integrators": (
                "Background",
                "it is a skill the person brings; it lets them talk with a technical audience.",
            ),
            "Decide which partner problems the next two quarters address": (
                "PM work",
                "choosing which problems to solve is the heart of product management.",
            ),
            "Explain the release plan to sales in plain language": (
                "PM work",
                "translating between engineering and the rest of the company is product work.",
            ),
            "Maintain the deployment scripts": (
                "Not PM work",
                (
                    "it is engineering or operations work; a posting that lists it treats the PM "
                    "as an extra developer."
                ),
            ),
            "Choose the message queue for the new event service": (
                "Not PM work",
                "picking a technology is a design decision for the engineers and their tech lead.",
            ),
        },
    ),
    Choice(
        id="1.4",
        prompt=(
            "You are offered a *Technical Product Manager* role that sits inside the engineering department.\n"
            "You have one question left in the interview. Which question best reveals whether the job is\n"
            "really product management?"
        ),
        title="The interview question",
        section=f"{_CH}#ch01-red-flags",
        expects="one option letter such as 'a'",
        hint="Which answer would tell you whether you own the product's direction?",
        solution=(
            "(b) Asking who decides what the product does next, and how much of the week goes to "
            "customers and the market, reveals whether the role is product management."
        ),
        options={
            "a": Option(
                "Which programming languages does the team use?",
                False,
                "Useful for fitting in, but the answer says nothing about whether you will own "
                "product decisions.",
            ),
            "b": Option(
                "Who decides what goes on the roadmap, and how much of my week is spent with "
                "customers and sales?",
                True,
                "Right: it tests ownership of the direction and time for market work, the two "
                "things a mislabelled role is most likely to lack.",
            ),
            "c": Option(
                "How many story points does the team complete per sprint?",
                False,
                "Velocity tells you about the team's process, not about your role in it.",
            ),
            "d": Option(
                "Can the title be changed to 'Senior Technical Product Manager'?",
                False,
                "A grander title changes nothing about the work; the chapter's point is to read "
                "the work, not the title.",
            ),
        },
    ),
    Choice(
        id="1.5",
        prompt=(
            "You are the new product manager of an online furniture shop's website. A buyer from the\n"
            'merchandising team asks you to "approve the product list for the summer range". What is the best\n'
            "reading of the situation?"
        ),
        title="Which 'product'?",
        section=f"{_CH}#ch01-what-is-a-product",
        expects="one option letter such as 'a'",
        hint="Two colleagues are using the same word for different things.",
        solution=(
            "(a) The buyer means the goods on sale; the PM means the website and app the "
            "company builds. Clarify the two meanings and route the request to merchandising."
        ),
        options={
            "a": Option(
                "The buyer means the goods the shop sells; you manage what the company builds. "
                "Clarify this kindly and point them to the right owner.",
                True,
                "Right: in retail, 'product' easily means the stock. Your product is the website "
                "and its features, not the sofas.",
            ),
            "b": Option(
                "Approving the range is part of your job because your title contains 'product'.",
                False,
                "The shared word misleads: choosing stock is merchandising or inventory work, not "
                "product management.",
            ),
            "c": Option(
                "The request shows the company needs a technical PM instead of you.",
                False,
                "The adjective is not the issue: the confusion is about what 'product' means, "
                "whatever the PM's background.",
            ),
            "d": Option(
                "Add the summer range to the website's roadmap as a new feature.",
                False,
                "Stocking new goods is not a feature of the website. Putting it on your roadmap "
                "would mix the two meanings of 'product' even further.",
            ),
        },
    ),
    Classify(
        id="1.6",
        prompt=(
            "Five openings carry five different titles. Using the article's reading of the titles, as this\n"
            "chapter sorts them, put each title under what its qualifier most likely signals. (Other\n"
            "usages differ, such as the Pragmatic Institute's triad; the chapter shows them.)\n"
            "\n"
            '- `"Scope"`: how far ahead and how broadly the role looks;\n'
            '- `"Industry"`: the market or customers the product serves;\n'
            '- `"Background"`: the experience the company hopes the candidate brings;\n'
            '- `"Team"`: the people the PM works beside every day.'
        ),
        title="What the qualifier signals",
        section=f"{_CH}#ch01-title-variations",
        expects="a dict mapping each title to 'Scope', 'Industry', 'Background' or 'Team'",
        hint=(
            "For each title, ask what the extra word adds to plain 'Product Manager': a horizon, a "
            "market, a kind of candidate, or the people around the role."
        ),
        solution=(
            "Scope: 'Strategic Product Manager'. Industry: 'E-commerce Product Manager', 'Energy "
            "Product Manager'. Background: 'Technical Product Manager'. Team: 'Product Development "
            "Manager'. In every case the core job is still product management."
        ),
        categories=("Scope", "Industry", "Background", "Team"),
        items={
            "Strategic Product Manager": (
                "Scope",
                (
                    "'strategic' signals a longer horizon: markets and multi-year bets rather than the "
                    "next release."
                ),
            ),
            "E-commerce Product Manager": (
                "Industry",
                "'e-commerce' names the market the product serves; the job itself is the same.",
            ),
            "Energy Product Manager": (
                "Industry",
                "'energy' names the customers' industry, not a different kind of job.",
            ),
            "Technical Product Manager": (
                "Background",
                (
                    "in Elizalde's reading, 'technical' describes the person hired (and the product), "
                    "not extra engineering duties. (In the Pragmatic Institute's triad the same "
                    "title names a development-facing role; the task asks for the article's "
                    "reading.)"
                ),
            ),
            "Product Development Manager": (
                "Team",
                (
                    "in this chapter's reading, 'development' points at the software team the PM works "
                    "beside, not at development work on the PM's own desk."
                ),
            ),
        },
    ),
]
