"""A step of the team's delivery process (a Definition of Done) told as a criterion."""

from __future__ import annotations

import re

from ._text import I, word_list, wordset

__all__ = ["done_steps", "process_step", "status_line", "team_tests"]

_MEASURED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b", I
)
_FUNCTION_WORDS = wordset(
    "a an the my our their his her its this that these those i we you they it is are "
    "was were be been has have had can will would should must does do did of to in on at "
    "for with from by into i'm it's there when if after before once until while unless "
    "every each all than not as"
)
# "code reviewed and merged", "deployed to staging", "PO sign-off", "released in sprint
# 23": a step of the team's delivery process, told in nothing but its words, no user in it
_PROCESS_WORDS = wordset(
    "code pr prs pull request requests reviewed review merged merge deployed deploy staging "
    "production prod unit integration e2e tests test tested coverage po qa sign signed off "
    "sign-off approved documented docs documentation ci green passing pass passes released "
    "release branch main lint linted peer sprint planning estimate estimated go-live "
    "mock-ups mockups mock-up mockup wireframes notes feature team backend frontend shipped "
    "ship"
)
# what a delivery step says of its artefact ("docs updated", "coverage not lower"): words
# that carry no user and count only beside a process word
_PROCESS_GLUE = wordset(
    "and or not no updated written added done complete lower higher sent handed"
)
# "Comms plan approved by marketing", "mock-ups signed off by design": an artefact that an
# internal function (a bare noun, no article, not a person's noun such as "manager")
# approves is a delivery step; "approved by my manager" names someone on the user's side
_SIGNED_OFF_BY = re.compile(
    r"^(?P<thing>[\w\s-]{2,40}?)\s+(?:(?:reviewed|approved|signed\s+off|checked|agreed|"
    r"validated|written|rewritten)\s+(?:and\s+)?)+by\s+"
    r"(?!(?:the|a|an|my|our|your|their|his|her|me|us|them|users?|customers?)\b)"
    r"(?P<who>[a-z]+(?:\s+[a-z]+)?)\W*$",
    I,
)
_TO_FUNCTION = re.compile(
    r"\s+(?:to|by)\s+(?!(?:the|a|an|my|our|your|their|his|her|me|us|them|users?|customers?)\b)"
    r"(?P<who>[a-z]+)\W*$",
    I,
)
_REVIEWED = re.compile(
    r"^\W*(?P<thing>[\w\s-]{2,30}?)\s+(?:reviewed|approved|signed\s+off)\s+by\b", I
)
# "Safety case signed off before go-live": an approval that gates the release
_BEFORE_RELEASE = re.compile(
    r"\b(?:signed\s+off|approved|sign-?off)\s+(?:before|prior\s+to|ahead\s+of)\s+"
    r"(?:the\s+)?(?:go-?live|launch|release|deployment|rollout)\b",
    I,
)
_END_NOTE = re.compile(r"\s*\([^()]*\)\W*$")
_USER_SIDE = re.compile(r"\b(?:I|me|my|we|our|users?|customers?|they|their)\b", I)
# a person's noun ("manager", "editor", "analyst", "accountant"): the agent is someone
_PERSON = re.compile(r"(?:er|or|ist|ian|ant|ent|s)$", I)


# "Definition of done: code reviewed, ...": the line is labelled as the team's own gate
_DOD_LABEL = re.compile(r"^\W*(?:definition\s+of\s+(?:done|ready)|dod|dor)\s*[:\-]", I)
# "Estimable: 5 points", "Testable: yes": a line of the INVEST checklist, which grades
# the story itself, labelled by one of its six words
_INVEST_LABEL = re.compile(
    r"^\W*(?:independent|negotiable|valuable|estimable|small|testable)\s*[:\-\u2013\u2014]", I
)
# "I: no dependency", "E: 3 points", "T: the team will write tests": the checklist keyed
# by its capital initials alone (case kept: "e: ..." or "A: ..." is some other list)
_INVEST_LETTER = re.compile(r"^\W*[INVEST]\s*:\s")
# "Story is small enough for one sprint", "story estimated at 5 points", "PO agrees the
# story is done", "meets the Definition of Ready": the story itself graded by the team's
# process (its INVEST words, its size, estimate or acceptance), told as a sentence; "the
# story is shown with a withdrawn banner" is a news story a reader sees
_STORY_GRADED = re.compile(
    r"^\W*(?:the\s+|this\s+)?(?:user\s+)?story\s+(?:(?:is|has\s+been|was|can\s+be)\s+)?"
    r"(?:independent|negotiable|valuable|estimable|estimated|small|testable|sized|pointed|"
    r"refined|groomed|ready|done|accepted|meets|fits)\b"
    r"|\b(?:PO|product\s+owner)\s+(?:agrees|accepts|approves|signs\s+off)\b[^.;]*\bstory\b"
    r"|\baccepted\s+by\s+(?:the\s+)?(?:PO|product\s+owner)\b"
    r"|\b(?:meets?|met|satisf(?:y|ies|ied)|passes)\s+(?:the\s+|our\s+)?definition\s+of\s+"
    r"(?:ready|done)\b",
    I,
)
# "... before Easter", "... this quarter": when the team means to have the step done, which
# leaves the step what it was ("by" is left alone: "approved by QA" names who does it)
_DEADLINE = re.compile(
    r"\s+(?i:before|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+\d+)?\W*$"
    r"|\s+(?i:this|next)\s+(?i:sprint|quarter|month|week|release|iteration)\W*$"
)
# "<supplier> completes the integration work this quarter": a party doing a piece of the
# build by a date, a line of the delivery plan
_PLANNED_WORK = re.compile(
    r"\b(?:completes?|finish(?:es)?|delivers?|does|starts?)\s+(?:the|its|their|all)\s+"
    r"(?:[\w-]+\s+){0,2}?work\s+(?:by|before|this|next|in|within)\b",
    I,
)


def process_step(text: str) -> bool:
    """A step of the team's delivery process, not something a user observes."""
    if _DOD_LABEL.match(text) or _INVEST_LABEL.match(text) or _STORY_GRADED.search(text):
        return True
    if _INVEST_LETTER.match(text):
        return True
    if _PLANNED_WORK.search(text) and not _USER_SIDE.search(text):
        return True
    # a note in brackets at the end ("(owner: Sam)", "(see Jira)") does not change the step
    m = _SIGNED_OFF_BY.match(_END_NOTE.sub("", text).strip())
    if m and not _USER_SIDE.search(m["thing"]) and not _PERSON.search(m["who"]):
        return True
    # "Code reviewed by 2 engineers", "PR approved by the tech lead": what is approved is
    # the team's own artefact, whoever approves it
    r = _REVIEWED.match(text)
    if r and all(w in _PROCESS_WORDS for w in word_list(r["thing"])):
        return True
    if _BEFORE_RELEASE.search(text) and not _USER_SIDE.search(text):
        return True
    # "... sent to support", "... handed over to ops": the internal function it goes to
    end = _TO_FUNCTION.search(text)
    # ("deployed to staging": a process word is where it goes, not who takes it over)
    if end and not _PERSON.search(end["who"]) and end["who"].lower() not in _PROCESS_WORDS:
        text = text[: end.start()]
    text = _DEADLINE.sub("", text)
    words = [w for w in word_list(_MEASURED.sub(" ", text)) if w not in _FUNCTION_WORDS]
    core = [w for w in words if w not in _PROCESS_GLUE]
    return len(words) >= 2 and bool(core) and all(w in _PROCESS_WORDS for w in core)


# "Runbook updated", "Release notes published": a bare noun and the participle of what
# was done to it, told like a ticked task; beside a delivery step it is one more step
_STATUS = re.compile(
    r"^\W*(?:[a-z][\w-]*\s+){1,3}(?:[a-z]+ed|written|done|sent|shown|in\s+place)\W*$", I
)


# "Tested on iOS and Android", "Released to the app stores": a ticked task told from its
# participle, with no subject at all; "tested items show a tick" uses it of a noun
_TICKED = re.compile(
    r"^\W*(?:tested|released|deployed|shipped|merged|demoed|rolled\s+out|submitted)"
    r"(?=\s+(?:to|on|in|at|with|for|across|against|into|by)\b|\W*$)",
    I,
)


# "the OpenAPI document is updated": the team's own document, updated, told with its
# article and verb; only beside a delivery step is it read as one more step
_DOC_UPDATED = re.compile(
    r"^\W*(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:docs?|documents?|documentation|readme|changelog|"
    r"specs?|specification|runbook|wiki(?:\s+page)?)\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:updated|written|published|added)\W*$",
    I,
)


# "write the status emails", "add SMS templates", "set up the partner API": a build task
# told as an order to the team, a verb of making and what it makes, nothing else; only
# beside a delivery step is it read as one more task ("add to basket" is what a user does)
_BUILD_TASK = re.compile(
    r"^\W*(?:add|write|set\s+up|build|create|configure|implement|design|draft)\s+"
    r"(?:(?:the|a|an|new)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\W*$",
    I,
)


def status_line(text: str) -> bool:
    """A bare noun and what was done to it ("Runbook updated"), no user, article or verb;
    a delivery participle with no subject ("Released to the app stores"); the team's
    document updated ("the API spec is updated"); or a build task told as an order to the
    team ("write the status emails")."""
    if (
        _TICKED.match(text) or _DOC_UPDATED.match(text) or _BUILD_TASK.match(text)
    ) and not _USER_SIDE.search(text):
        return True
    if not _STATUS.match(text):
        return False
    words = word_list(text)
    return not any(w in _FUNCTION_WORDS for w in words) and not _USER_SIDE.search(text)


# "Unit tests for the pick list cover the empty case", "the end-to-end test for renewals
# passes", "all tests pass": the sentence's subject is the team's tests of its code (a
# kind of code test, or tests as a plural, a suite or coverage), then what tests do; "a
# test payment shows ..." has "test" only as a modifier of what the user meets, and "my
# tests pass against the sandbox" are the user's own
_TEST_KIND = (
    r"(?:unit|integration|end[\s-]to[\s-]end|e2e|regression|automated|load|performance|"
    r"smoke|stress|soak|acceptance|snapshot|contract|component|api|ui)"
)
_TEAM_TESTS = re.compile(
    r"^\W*(?:(?:an?|the|all|every|each|our|any|new|existing|relevant|\d+|[\w-]+['\u2019]s)\s+)*"
    r"(?:(?P<kind>" + _TEST_KIND + r")[\s-]+(?:" + _TEST_KIND + r"[\s-]+)*)?"
    # ("the regression suite covers ...": after its kind, a suite or pack is the tests)
    r"(?P<head>tests|test\s+suites?|test\s+cases|(?:test|code)\s+coverage|test(?=\s)"
    r"|(?<=[\s-])(?:suites?|packs?)(?=\s))"
    # what the tests are of: "for the refill status", "of the retry logic", "with 10k calls"
    r"(?:\s+(?:for|of|on|in|with|at|under|around|covering)\s+(?:[^,;.:]|(?<=\d)[,.](?=\d)){1,80}?)?"
    r"\s+(?:cover|covers|pass|passes|passed|exist|exists|run|runs|succeed|succeeds|are\s+green|"
    r"is\s+green|stays?\s+green|(?:are|is|were|was)\s+(?:written|added|updated))\b",
    I,
)


# the same told in the passive: "overdue calculation is covered by an OQ test script"; "my
# card is verified by a test payment" has the test as what the user meets
_COVERED_BY_TESTS = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:fully\s+)?(?:covered|exercised)\s+by\s+"
    r"(?:(?:an?|the|our|its|\d+)\s+)?(?:[\w-]+\s+){0,3}?(?:tests|test\s+(?:scripts?|cases?|"
    r"suites?|plans?|protocols?))\b",
    I,
)


# "Load test: 10,000 calls served in an hour": a line labelled as a test the team runs on
# its build ("Acceptance test:" may open what a user does, so only a build's test kind)
_TEST_LABEL = re.compile(
    r"^\W*(?:unit|integration|regression|load|performance|stress|soak|smoke|volume|capacity|"
    r"pen(?:etration)?|security|chaos)[\s-]+tests?(?:ing)?\s*:"
    # "Load tested at 500 requests a second": the same, told as a ticked task
    r"|^\W*(?:load|performance|stress|soak|volume|capacity|pen(?:etration)?)[\s-]+tested\b",
    I,
)


# "the webhook consumer has unit tests": a part of the code that has tests of a build's
# kind; "my account has test payments" names no kind of code test
_HAS_TESTS = re.compile(
    r"\b(?:has|have)\s+(?:(?:full|new|passing|its|their)\s+)?" + _TEST_KIND + r"[\s-]+tests\b", I
)


# "test_refund_is_zero_when_cancelled passes", "RefundServiceTest is green": one test of
# the code named by its function or class name, and that it passes; "95% line coverage on
# the routing module", "branch coverage above 80%": how much of the code the tests run.
# A plain noun ("the test payment passes") or a coverage of places ("95% coverage on the
# motorway") is not a name in code or a kind of code coverage.
_NAMED_TEST = re.compile(
    r"^\W*(?:the\s+)?(?:test_\w+|\w+_test|[A-Z]\w*Tests?)(?:\(\))?\s+(?:test\s+)?"
    r"(?:passes|pass|succeeds|is\s+green|stays\s+green|runs\s+green)\b"
)
_CODE_COVERAGE = re.compile(
    r"\b(?:line|branch|statement|code|test|unit[\s-]test|mutation)\s+coverage\b"
    r"|\bcoverage\s+(?:of|on|for|in)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:module|class|package|"
    r"codebase|code|function|method|service|library|repo(?:sitory)?)s?\b",
    I,
)


# "the rate-limit service passes its load test": a part of the build that passes a test of
# a build's kind; "my card passes the security check" names no kind of code test
_PASSES_TEST = re.compile(
    r"\b(?:passes|pass|passed)\s+(?:its|their|the|a|all)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:load|performance|stress|soak|smoke|volume|capacity|unit|integration|regression|"
    r"pen(?:etration)?|security|chaos)[\s-]+tests?\b",
    I,
)


def team_tests(text: str) -> bool:
    """A check whose subject is the team's own tests of its code: it checks the build."""
    if "test" in text.lower() and _PASSES_TEST.search(text) and not _USER_SIDE.search(text):
        return True
    if _TEST_LABEL.match(text) or (_HAS_TESTS.search(text) and not _USER_SIDE.search(text)):
        return True
    if _NAMED_TEST.match(text) or (_CODE_COVERAGE.search(text) and not _USER_SIDE.search(text)):
        return True
    if _COVERED_BY_TESTS.search(text) and not re.search(r"\b(?:I|me|my)\b", text):
        return True
    m = _TEAM_TESTS.match(text)
    return m is not None and (m["kind"] is not None or m["head"].lower() != "test")


# "Definition of Done:", "DoD", "Definition of Ready": a heading that names the team's own
# gate, so the lines under it are read as its steps when they are told like ticked tasks
_DONE_HEADING = re.compile(r"^\W*(?:definition\s+of\s+(?:done|ready)|dod|dor)\W*$", I)
# "Duty calculation agreed with the ops manager", "Training given to crew control": a bare
# noun phrase, then the participle of what was done to it and who or where it went, with
# no article, auxiliary or user before it; "Customers who paid are not listed" has "are"
_GATE_STEP = re.compile(
    r"^\W*[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s+(?:[a-z]+ed|given|done|written|sent|shown|"
    r"taken|made|held|run|built|signed\s+off)\s+(?:with|to|by|in|on|for|at|before|after)\b"
)


def _gate_step(text: str) -> bool:
    m = _GATE_STEP.match(text)
    if m is None or _USER_SIDE.search(text):
        return False
    lead = word_list(m.group(0))[:-2]
    return not any(w in _FUNCTION_WORDS for w in lead)


def done_steps(texts: list[str], heading: str, beside_step: bool) -> set[str]:
    """The checks that are steps of the team's own gate: terse status lines ("Runbook
    updated") beside a delivery step or test line, and under a Definition of Done heading
    also a noun with what was done to it and by whom ("Design agreed with ops")."""
    gate = _DONE_HEADING.match(heading) is not None
    if not (beside_step or gate):
        return set()
    return {t for t in texts if status_line(t) or (gate and _gate_step(t))}
