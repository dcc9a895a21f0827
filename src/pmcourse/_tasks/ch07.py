"""Exercise 7: weighing what practitioners add to the article."""

from __future__ import annotations

from ._base import Exercise
from ._choice import Choice, Option
from ._classify import Classify
from ._ranking import Ranking, Rule

EXERCISE = Exercise(
    number=7,
    title="Practitioners' perspectives",
    notebook="07-practitioners-perspectives.ipynb",
    chapter="chapters/07-practitioners-perspectives",
    minutes=25,
    intro="You will practise weighing practitioners' claims against the article by Daniel Elizalde (Mind the Product, 2014) that this course is built on: sorting them into agreement, extension and challenge, and turning anecdotes into questions you can check for a real job.",
    objectives=(
        (
            (
                "classify practitioners' claims about the TPM role as agreeing with, extending or "
                "challenging the article"
            ),
            ("7.1", "quiz 1"),
        ),
        (
            (
                "explain what one TPM's path, from new hire to agile coach, suggests about how team "
                "structure can create or remove the need for the role"
            ),
            ("7.3", "quiz 2"),
        ),
        (
            "answer a job seeker's question about how technical the role is day to day",
            ("7.2",),
        ),
        (
            (
                "rank evidence about a specific job, and turn an anecdote into questions you can "
                "check with the hiring manager"
            ),
            ("7.4", "7.5", "quiz 3"),
        ),
    ),
)

_CH = "chapters/07-practitioners-perspectives.html"

_AGREE = "Agrees"
_EXTEND = "Extends"
_CHALLENGE = "Challenges"

TASKS = [
    Classify(
        id="7.1",
        prompt=(
            "Here are points paraphrased from the reader comments under Daniel Elizalde's article. Decide for each whether it **agrees** with the article, **extends** it with something new, or **challenges** one of its claims."
        ),
        title="Agree, extend or challenge?",
        section=f"{_CH}#ch07-map",
        expects="a dict mapping each claim to 'Agrees', 'Extends' or 'Challenges'",
        hint="'Agrees' restates a point the article makes. 'Extends' adds something the article "
        "does not cover without contradicting it. 'Challenges' disputes one of its claims.",
        solution="Agrees: the credibility warning, the define-prioritize-interlock claim, the "
        "complaint about postings with UI and testing.\n"
        "Extends: 'technical' as a search keyword, and the job-alert tactic.\n"
        "Challenges: the question whether having a PM and a PO is incoherent.",
        categories=(_AGREE, _EXTEND, _CHALLENGE),
        items={
            "A PM who starts telling engineering how to build loses credibility and market "
            "focus.": (
                _AGREE,
                "this restates the article's warning against designing the solution yourself.",
            ),
            "The PM defines requirements and priorities, then agrees with engineering on how "
            "the team will build.": (
                _AGREE,
                (
                    "this is the article's division of labor: the what and why for the PM, the how "
                    "for the team."
                ),
            ),
            "It does seem that too many postings have PMs building the UI or testing, which is "
            "not where a good PM spends time.": (
                _AGREE,
                "this backs the article's advice to avoid non-PM deliverables.",
            ),
            "In job searches, 'technical' works as a hidden keyword meaning the product is "
            "software.": (
                _EXTEND,
                (
                    "the article says the word signals a needed background; this adds a practical "
                    "use as a search filter without disputing anything."
                ),
            ),
            "Set job alerts for 'Product Owner' and 'Technical Product Manager' to skip PM jobs "
            "in unrelated industries.": (
                _EXTEND,
                (
                    "a job-search tactic the article does not discuss; it builds on the keyword "
                    "view rather than contradicting the article."
                ),
            ),
            "If the product owner is the Scrum position that replaces the traditional role (the "
            "comment says 'Product Owner', most likely a slip for product manager), is having "
            "both not incoherent?": (
                _CHALLENGE,
                (
                    "even asked as a question, this doubts the article's proposal to put "
                    "different people in the PM and PO roles."
                ),
            ),
        },
    ),
    Choice(
        id="7.2",
        title="How technical, day to day?",
        section=f"{_CH}#ch07-how-technical",
        expects="one option letter such as 'a'",
        hint="The depth needed follows the product and its buyers. What does the PM use the "
        "knowledge for?",
        solution="(b) Enough depth to follow the architecture, weigh trade-offs with the team "
        "and speak with technical buyers, and more of it the more technical the product. The "
        "knowledge serves judgement and communication, not daily coding. Ask in the interview "
        "what a typical week looks like.",
        prompt="A candidate who has written some scripts but never worked as an engineer asks "
        "how technical a TPM must be day to day. Which answer is most accurate?",
        options={
            "a": Option(
                "Deeply: expect to review pull requests and write code most days.",
                False,
                "A role that needs daily coding is a development role with a PM title; "
                "Elizalde advises avoiding roles that add development duties such as writing "
                "code.",
            ),
            "b": Option(
                "Enough to understand the architecture, weigh trade-offs and talk with "
                "technical buyers; the depth needed grows with how technical the product is.",
                True,
                "Right: a TPM for a developer API needs more depth than one for a consumer "
                "app, but in both cases the skill serves decisions and communication.",
            ),
            "c": Option(
                "Not at all: technical knowledge never matters for a product manager.",
                False,
                "It does matter: trust with the team, informed trade-offs and credibility with "
                "technical customers all depend on it.",
            ),
            "d": Option(
                "It depends only on the seniority of the title.",
                False,
                "Seniority changes scope, not the technical depth; the product and its "
                "audience decide how technical the work gets.",
            ),
        },
    ),
    Choice(
        id="7.3",
        title="The role that reorganized itself away",
        section=f"{_CH}#ch07-dependencies",
        expects="one option letter such as 'a'",
        hint="What was most of that TPM's time spent on, and what made it necessary?",
        solution="(a) The practitioner reports that managing dependencies between component "
        "teams was painful, and that after the move to cross-functional teams there were fewer "
        "dependencies and no more need for a TPM role. In this course's reading, that "
        "dependency work was a cost created by the team structure. When you evaluate a TPM role, "
        "ask whether it exists for product work or to patch an organizational design.",
        prompt="One practitioner reports that technical skills helped as a TPM, but managing "
        "dependencies between component teams was painful; after the company moved to "
        "cross-functional teams, the TPM role was no longer needed. What is the most useful "
        "lesson?",
        options={
            "a": Option(
                "Some TPM roles exist to absorb coordination overhead created by team "
                "structure; ask whether a role is about the product or about the org chart.",
                True,
                "Right: when the structure changed, the overhead shrank and, in that company, "
                "the TPM role was no longer needed. That suggests what the role was really doing.",
            ),
            "b": Option(
                "Technical skills are useless for a TPM.",
                False,
                "The practitioner says the opposite: the skills helped. The pain came from the "
                "dependencies, not from the skills.",
            ),
            "c": Option(
                "Cross-functional teams never need product managers.",
                False,
                "The coordination role went away, but the product still needed owners: the "
                "practitioner moved on to be a product owner of one of the new teams.",
            ),
            "d": Option(
                "A TPM should resist reorganizations that would remove the role.",
                False,
                "The practitioner reports that the change brought fewer dependencies, less "
                "overhead and more throughput. Protecting a role at the product's expense is "
                "the wrong goal.",
            ),
        },
    ),
    Choice(
        id="7.4",
        title="Weighing the skeptic",
        section=f"{_CH}#ch07-weighing",
        expects="one option letter such as 'a'",
        hint="A single reader's experience is evidence from some companies. How do you turn "
        "it into something you can check for one specific job?",
        solution="(c) Treat the claim as a hypothesis and test it for the job in front of you: "
        "ask who owns the vision, how pay compares with other PMs, and whether development is "
        "outsourced with the TPM expected to fill the gaps.",
        prompt="One reader, as a rule of thumb, stays away from companies with TPM roles: in "
        "that reader's experience the title is sometimes cover for lower pay, grunt work and "
        "filling gaps left by outsourcing. How should a job seeker weigh this?",
        options={
            "a": Option(
                "Dismiss it: it is one anecdote and the reader admits to sounding antagonistic.",
                False,
                "Tone does not make an observation false. The pattern is plausible and worth "
                "checking, even if it does not hold everywhere.",
            ),
            "b": Option(
                "Adopt it as a rule and avoid all TPM titles.",
                False,
                "That throws away good jobs: in the article's reading, a company may use the "
                "title simply to attract a PM with the right background for a technical "
                "product.",
            ),
            "c": Option(
                "Turn it into interview questions: who owns the vision, how pay compares with "
                "other PMs, and whether you would fill gaps left by outsourcing.",
                True,
                "Right: the claim becomes a checklist you can verify for the specific company "
                "instead of a blanket verdict.",
            ),
            "d": Option(
                "Ignore it, because the article already proves the title is harmless.",
                False,
                "The article describes what the title should mean, not how every company uses "
                "it; the reader reports practice, which can differ.",
            ),
        },
    ),
    Ranking(
        id="7.5",
        prompt="You are weighing a TPM opening. Rank these sources from the most reliable to the least reliable for judging what the job will really be like.",
        title="Which evidence to trust",
        section=f"{_CH}#ch07-weighing",
        expects="a list with every source exactly once, most reliable first",
        hint="Prefer evidence about this specific job from people who will shape it, over "
        "generic text and general opinions.",
        solution="A defensible order: the hiring manager describing a typical week; a PM "
        "already on the team; the posting's list of duties; a general online comment about TPM "
        "roles; the job title alone. The first two may swap, and so may the last two; the "
        "people who know this job outrank documents, and the duty list outranks the title.",
        items=(
            "The job title alone",
            "The hiring manager describing a typical week in the role",
            "The posting's list of duties",
            "A general online comment about TPM roles",
            "A PM already working on the team",
        ),
        rules=(
            Rule(
                "The hiring manager describing a typical week in the role",
                "The posting's list of duties",
                "a posting may be pasted from a template (Elizalde has seen HR reuse "
                "engineering boilerplate); the person who will manage you knows what the job is "
                "really like.",
            ),
            Rule(
                "A PM already working on the team",
                "The posting's list of duties",
                "someone doing the work sees the real week; the posting may be boilerplate.",
            ),
            Rule(
                "The posting's list of duties",
                "The job title alone",
                "titles vary so much between companies that the duty list says more.",
            ),
            Rule(
                "The hiring manager describing a typical week in the role",
                "A general online comment about TPM roles",
                "a general comment describes other companies; the manager describes this one.",
            ),
            Rule(
                "A PM already working on the team",
                "A general online comment about TPM roles",
                "first-hand evidence from this team beats a generalization from elsewhere.",
            ),
            Rule(
                "The hiring manager describing a typical week in the role",
                "The job title alone",
                "the title is the weakest evidence: companies use it in very different ways.",
            ),
        ),
    ),
]
