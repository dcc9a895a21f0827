"""Exercise 1: the title versus the role."""

from __future__ import annotations

from ._base import Choice, Classify, Exercise, Option

EXERCISE = Exercise(
    number=1,
    title="The title versus the role",
    notebook="01-title-vs-role.ipynb",
    chapter="chapters/01-title-vs-role",
    minutes=20,
    intro=(
        "You will practise reading job titles and postings the way an experienced product manager does:\n"
        "separating what a title says about the *person* from what it says about the *work*, spotting\n"
        'postings that use the title for a different job, and noticing when "product" means something else.'
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
            "(c) The posting looks for a PM whose background lets them understand a developer "
            "product; the work itself is still product management. Coding (a) and architecture "
            "(b) stay with the engineers, and the title says nothing about reporting lines (d)."
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
                "Right: the word describes the person and the product. It attracts candidates "
                "who can understand the technology and talk with a technical audience.",
            ),
            "d": Option(
                "The PM will report to the head of engineering instead of the head of product.",
                False,
                "The title does not tell you the reporting line. Sometimes a role is called "
                "technical because it sits in engineering, but that is an accident of the org "
                "chart, not what the word is meant to signal.",
            ),
        },
    ),
    Choice(
        id="1.2",
        prompt=(
            "A *Technical Product Manager* posting contains the lines below. Which of them suggest that the\n"
            "role may not really be product management? Pick **every** warning sign."
        ),
        title="Warning signs in a posting",
        section=f"{_CH}#ch01-red-flags",
        expects="a list of option letters such as ['a', 'c']",
        hint=(
            "For each line, ask: does it describe product management work done with a technical "
            "background, or different work sold under the title?"
        ),
        solution=(
            "(b), (d) and (e) are warning signs: production coding, running regression tests, and "
            "a vision owned elsewhere that the role only turns into tickets. (a) and (c) describe "
            "product management that benefits from a technical background."
        ),
        multiple=True,
        options={
            "a": Option(
                "Interview customers' platform engineers to find where integrations fail.",
                False,
                "This is discovery work with a technical audience: exactly where a technical "
                "background helps a product manager. It is not a warning sign.",
            ),
            "b": Option(
                "Ship at least two production pull requests per sprint.",
                True,
                "A warning sign: regular production coding is development work, and it eats the "
                "time needed for customers and planning.",
            ),
            "c": Option(
                "Decide the order of roadmap items with the tech lead, weighing value against risk.",
                False,
                "Prioritizing with technical input is core product work, not a warning sign.",
            ),
            "d": Option(
                "Run the regression test suite before every release.",
                True,
                "A warning sign: QA testing is a separate discipline. A posting that lists it as a "
                "core duty treats the PM as an extension of the development team.",
            ),
            "e": Option(
                "Turn the product vision set by the Head of Product into tickets for the team.",
                True,
                "A warning sign: someone else owns the vision and the role only executes. That is "
                "the pattern one reader warned about: the title hides a narrower, "
                "lower-paid job.",
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
                "things a mislabeled role lacks.",
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
]
