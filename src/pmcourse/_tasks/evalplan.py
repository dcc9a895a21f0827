"""Task 9.7's eval plan, read the way people write one: what each part of a plan
looks like, and the task kind that checks a plan is about the task's own product, keeps
to the prompt's length and is not the chapter's example pasted in.

A missed core objective (a measurable bar on a sized test set) caps the score at half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import planmade
from ._base import Json, Verdict
from ._latex import untex
from ._rubric import Rubric, prompt_copy_verdict
from .planbudget import loose_budget
from .planjudge import COUNTED_JUDGE as _COUNTED_JUDGE
from .planjudge import bare_pass, groups_compared, two_way_judge
from .planrecord import filed_unjudged
from .plantext import OPENS as _OPENS
from .plantext import clause as _clause
from .plantext import clause_at
from .plantext import evidence as _evidence
from .plantext import label as _label
from .plantext import quote as _quote
from .plantext import sentences as _sentences
from .plantext import values as _values
from .plantopic import bot_not_drafts, keyword_list, shared, words
from .planvalues import off_topic_line
from .planvary import handles_variation
from .planwhen import says_when_it_runs, unsure_line

__all__ = [
    "EvalPlan",
    "handles_variation",
    "names_quality_measure",
    "names_test_set",
    "says_when_it_runs",
    "sets_budget",
    "sets_quality_bar",
    "test_set_hint",
]

_FLAGS = re.IGNORECASE
_MEASURE = re.compile(
    r"\b(?:accura\w*|precision|recall|pass(?:es|ed|ing)?|pass\s+rate|faithful\w*|correct\w*|"
    r"grounded\w*|hallucinat\w*|rat(?:e|es|ed|ing|ings)|scor(?:e|es|ed|ing)|f1|"
    r"error\s+rate|judg\w*|grad(?:e|es|ed|er|ers|ing)|useful\w*|helpful\w*|"
    # edits as a measure have a size ("at most two small edits", a grade "small edit"), or
    # none ("sent without editing"); "agents edit" is a step
    r"(?:minor|small|light|few|no|two|one|\d+)\s+(?:\w+\s+)?edit(?:s|ing)?|"
    r"without\s+(?:any\s+)?edit(?:s|ing)|"
    r"acceptance\s+rate|resolution\s+rate|"
    # a two-way rating named by its form: "thumbs up or down on each draft"
    r"thumbs?[\s-]+(?:up|down))\b",
    _FLAGS,
)
# A positive number, in digits or words ("300", "0.5", "eighty", "a cent"): a zero is no
# test set, no bar and no budget.
_NUM = (
    r"(?:\d*[1-9][\d,]*(?:\.\d+)?|0\.\d*[1-9]\d*|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half)\b|"
    r"\ba\s+(?:cent|penny|dollar|second)\b)"
)
_NUMBER = re.compile(_NUM, _FLAGS)
_BAR = re.compile(
    _NUM
    + r"(?:\s*-?\s*)(?:%|percent|per\s*cent|pct\b)|\b"
    + _NUM
    + r"\s+(?:in|out\s+of|of)\s+"
    + _NUM
    # a word may name what is counted before "out of": "80 usable out of 100"
    + r"|\b"
    + _NUM
    + r"\s+(?:[a-z-]+\s+){1,2}?out\s+of\s+"
    + _NUM
    + r"|\b(?:at\s+least|at\s+most|no\s+more\s+than|fewer\s+than|more\s+than|less\s+than|"
    r"below|above|under|over)\s+"
    + _NUM
    + r"|(?:>=|<=|[<>≥≤])\s*"
    + _NUM
    # a floor after the number: "an average of 4.2 or higher", "3 or better"
    + r"|"
    + _NUM
    + r"\s+or\s+(?:higher|more|better|above|greater|over)\b"
    # a mean on a rating scale: "we need an average of 4.2", "a mean score of 3.5"
    r"|\b(?:average|mean)\s+(?:[a-z]+\s+)?of\s+(?:at\s+least\s+)?\d(?:\.\d+)?(?![\d.,%]*\d)"
    r"(?!\s*[a-z])",
    _FLAGS,
)
_COUNTED_SET = re.compile(
    # the noun may be singular ("300 ticket", "our 300-ticket test set")
    r"\b" + _NUM + r"[\s-]+(?:(?!per\b|each\b|every\b)[\w()/,-]+[\s-]+){0,4}?(?:ticket|example|"
    r"case|document|"
    r"conversation|question|prompt|request|sample|email|message|input|repl(?:y|ie))s?\b|"
    r"(?:set|suite|collection)\s+(?:of\s+)?" + _NUM + r"\b|(?:set|suite)\s+(?:is\s+)?" + _NUM + r"|"
    # "Test set: 300 real chat transcripts": a count of anything the set is labelled as
    r"\b(?:test|eval|evaluation|golden|held-?out)\s+(?:set|suite|data)\b[^.\n]{0,40}?\b"
    + _NUM
    + r"\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b|"
    # A count of things of any kind drawn from where they live is a set of inputs: "100
    # long reports from our archive", "250 calls taken from last month" (no repeat or unit).
    r"\b" + _NUM + r"(?![%\d.,])[\s-]+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:times|runs|tries|attempts|seconds|minutes|hours|days|weeks|months|years|cents|"
    r"dollars|euros|points)\b)[a-z]+s\s+(?:taken\s+|drawn\s+|pulled\s+|picked\s+|sampled\s+)?"
    r"(?:from|out\s+of)\s+(?:our|the|last|this|real|recent|past|production)\b|"
    # or a count of things called real, taken from use: "300 real chat transcripts"
    r"\b" + _NUM + r"(?![%\d.,])[\s-]+(?:real|actual|real-?world|historical|anonymi[sz]ed)\s+"
    r"(?:[\w-]+\s+){0,2}?(?!(?:times|runs|tries|attempts|seconds|minutes|hours|days|weeks|"
    r"months|years|cents|dollars|euros|points)\b)[a-z]+s\b",
    _FLAGS,
)
# "second" is a time only after a count ("1 second", "under a second"): "a second agent
# checks 10%" is an ordinal.
_BUDGET = re.compile(
    r"\b(?:latency|response\s+time|seconds|secs?|ms|milliseconds?|p9\d|"
    # "per cent" is a share, not money: "at least 85 per cent of drafts"
    r"time\s+to\s+first\s+token|cost|costs|budget|dollars?|(?<!\bper\s)cents?|euros?|pence|penny|"
    r"tokens?)\b|[$€£¢]|\d\s*s\b|"
    # cents written short after the number: "2c", "0.5c per draft"
    r"\d\s*c\b|"
    r"(?:\d\s*|\b(?:one|half\s+a|per|within|under|below|than|in)\s+(?:a\s+)?)second\b",
    _FLAGS,
)
# Who judges a draft, when the plan names no metric: a person who reads and gives each
# draft a verdict, in one sentence ("agents check each draft", "a support lead reads each
# draft and marks it acceptable", "each draft is read by a senior agent: ok or not ok").
_JUDGE_WHO = re.compile(
    r"\b(?:agents?|reviewers?|humans?|experts?|annotators?|raters?|staff|people|"
    # a lead may be called a leader: "team leaders mark each draft"
    r"(?:team|support|senior|shift|queue|a|the|our)\s+lead(?:er)?s?|"
    r"editors?|specialists?|managers?|supervisors?|advis[eo]rs?|"
    # the writer as the judge, named by a reflexive ("I read each draft myself and mark it"),
    # in brackets after a role ("the PM (me) reads"), or as the one who reads ("I check each")
    r"myself|ourselves|(?<=\()me(?=\))|"
    r"(?<![\w'])I(?=\s+(?:will\s+|'ll\s+)?(?:read|check|review)\w*\b))\b",
    _FLAGS,
)
_JUDGE_HOW = re.compile(
    r"\b(?:check\w*|review\w*|assess\w*|evaluat\w*|mark\w*|label\w*|read\w*|compar\w*|"
    r"decid\w*|say|says|said|ask\w*|whether|acceptable|usable|sendable|good|bad|ok|okay|right|"
    r"wrong|yes|choos\w*|chose\w*|prefer\w*)\b",
    _FLAGS,
)
# Looking at the drafts is no measure until the sentence says what the look decides: a
# verdict ("whether", "good or bad", "marks it usable"), a comparison with a reference, or
# a choice between two replies. "We check the drafts with the agents" decides nothing.
# Asking whether people like the drafts asks about them, not about the drafts: no verdict.
_LIKING = r"(?![^.,;:]{0,25}?\b(?:like|likes|liked|love|loves|enjoy\w*|happy|feel\w*)\b)"
_VERDICT = re.compile(
    r"\b(?:(?:whether|if\s+(?:it|they|the|each|every|a|an)\b)"
    + _LIKING
    + r"|decid\w*|say|says|said|mark\w*|label\w*|rat(?:e|es|ed|ing)|compar\w*|"
    r"choos\w*|chose\w*|prefer\w*|acceptable|usable|sendable|good|bad|fine|ok|okay|right|wrong|"
    r"yes|share)\b",
    _FLAGS,
)


# What the judge gives a verdict on: the outputs, or a line labelled as the measure.
_JUDGED = re.compile(
    r"\b(?:drafts?|repl(?:y|ies)|answers?|outputs?|responses?|summar(?:y|ies)|each|every|it|"
    r"them)\b|^\W*(?:measure|quality|judg\w*|rating)\s*:",
    _FLAGS,
)


# A line labelled as the measure ("Measure: senior agents", "Rated by -> two leads"): the
# label says what its judge does; "Measure: none, we get a feel for them" names none.
_MEASURE_LINE = re.compile(
    r"^\W*(?:(?:quality\s+)?measure|quality|(?:rated|scored|checked|reviewed|marked|judged)\s+by|"
    # or labelled by who judges: "Reviewers: two senior agents", "Assessors: team leads"
    r"(?:reviewers?|assessors?|raters?|graders?|judges?|markers?|auditors?)"
    r")"
    r"\s*(?::|->|=>|[\u2192\u2013\u2014]|\s-\s)"
    r"(?![^.\n]{0,20}\b(?:none|nothing|not\s+needed|tbd|n/a)\b)",
    _FLAGS,
)


# People who say the feature helps give an opinion of the tool, not a verdict on each
# draft: "if most agents say it helps, we launch".
_OPINION = re.compile(
    r"\b(?:say|says|said|think|thinks|feel|feels)\s+(?:that\s+)?(?:it|this|the\s+\w+)\s+"
    r"(?:helps?|works?|is\s+(?:great|nice|fine|helpful|useful))\b",
    _FLAGS,
)
_EACH = re.compile(r"\b(?:each|every|per)\b", _FLAGS)


# A slash or line list's fragment, or a terse sentence, named for the measure holding its
# judge: "measure senior agents / bar 85%", "Bar 80%. Measure senior agents. Runs 3."
# The judge may carry the sheet they rate by: "measure senior agents rubric; bar 85%".
_MEASURE_FRAGMENT = re.compile(
    r"(?:^|\n|\s/\s|;\s*|(?<=[.!?])\s+)\W*(?:quality\s+)?measure\s+(?:[\w-]+\s+){0,2}?(?:"
    + _JUDGE_WHO.pattern
    + r")(?:\s+(?:with\s+|using\s+|\+\s+)?(?:an?\s+|the\s+)?(?:[\w/-]+\s+)?"
    r"(?:rubric|checklist|scorecard|scale))?(?=\s*(?:$|\s/\s|[.;,\n]))",
    _FLAGS,
)


# A bare judge among the bare values of a plan (``plantext.values``) is who rates them.
_JUDGE_ONLY = re.compile(r"(?:[\w'-]+\s+){0,2}?(?:" + _JUDGE_WHO.pattern + r")", _FLAGS)


# A measure line that only keeps or shows the drafts ("every draft is logged and shown on
# a dashboard next to the reply the agent sent") records them: the person it names is no
# judge until someone looks and decides something.
_KEPT = re.compile(
    r"\b(?:logged|stored|saved|kept|recorded|tracked|shown|displayed|listed|exported)\b", _FLAGS
)


def _only_kept(s: str) -> bool:
    return bool(_KEPT.search(s)) and not (_JUDGE_HOW.search(s) or _VERDICT.search(s))


# Asking people whether the outputs ARE something asks each of them for a verdict, whoever
# they are: "ask the team if they are good", "ask two nurses whether the drafts are right".
# How the drafts look or whether people like them asks for an impression ("if they look OK").
_ASKED = re.compile(
    r"\bask\w*\s+(?:[\w'-]+\s+){0,3}?(?:whether|if)\s+(?:they|these|those|each\s+\w+|"
    r"the\s+(?:drafts?|repl(?:y|ies)|answers?|outputs?|responses?|summar(?:y|ies)))"
    r"(?:'re|\s+are|\s+is)\s+(?!not\b)" + _LIKING,
    _FLAGS,
)


def _judged(text: str) -> str:
    """The first sentence where a judge gives the outputs a verdict, or ""."""
    m = _MEASURE_FRAGMENT.search(text)
    if m:
        return " ".join(m.group().lstrip(" /;").split())
    # a bare judge among bare values is who rates the outputs: "... / senior agents / 85% /"
    judge = next((p for p in _values(text) if _JUDGE_ONLY.fullmatch(p.strip(" .-"))), "")
    if judge:
        return judge
    sentences = _sentences(text)
    for i, s in enumerate(sentences):
        if _OPINION.search(s) and not _EACH.search(s):
            continue
        if _ASKED.search(s):
            return " ".join(s.split())
        if _JUDGE_WHO.search(s) and (
            (_MEASURE_LINE.search(s) and not _only_kept(s))
            or (_JUDGE_HOW.search(s) and _JUDGED.search(s) and _VERDICT.search(s))
        ):
            return " ".join(s.split())
        # a line labelled as the measure names its judge by any role, when the judge is
        # counted and gives a verdict: "Measure: two senior developers check if it is right";
        # unlabelled, when they give each output one of two: "2 advisers mark each draft ok / not ok"
        labelled = _MEASURE_LINE.search(s) and _COUNTED_JUDGE.search(s) and _VERDICT.search(s)
        if labelled or two_way_judge(s) or (_JUDGE_WHO.search(s) and groups_compared(s)):
            return " ".join(s.split())
        # a judge's look whose verdict the very next sentence gives as the bar: "Senior
        # agents check the drafts. At least 80% must be good."
        after = sentences[i + 1] if i + 1 < len(sentences) else ""
        if _looks_then_bar(s, after):
            return " ".join(f"{s} {after}".split())
    return ""


# The verdict a bar asks of each output: "80% must be good", "at least 85% acceptable".
_BAR_VERDICT = re.compile(
    r"\b(?:good|acceptable|usable|sendable|fine|ok|okay|right|correct|pass|passes)\b" + _LIKING,
    _FLAGS,
)


def _looks_then_bar(s: str, after: str) -> bool:
    """A named judge looks at the outputs with no verdict in ``s``, and ``after`` is a bar
    on the share of outputs that get one: the bar says what the look decides."""
    return bool(
        _JUDGE_WHO.search(s)
        and _JUDGE_HOW.search(s)
        and _JUDGED.search(s)
        and not _OPINION.search(s)
        and _BAR.search(after)
        and _BAR_VERDICT.search(after)
        and not _budget_only(after)
    )


def _budget_only(s: str) -> bool:
    return all(_budget_clause(s, m.start()) for m in _BAR.finditer(s))


# A quality word the writer wishes for is a goal, not a way to judge a draft: "we want the
# drafts to be useful", "we hope the replies are helpful".
_WISH = re.compile(
    r"\b(?:want|wants|wanted|hope|hopes|wish|wishes|would\s+like)\b[^.!?\n]{0,40}?"
    r"\b(?:be|are|is)\s+(?:\w+\s+)?$",
    _FLAGS,
)


# "The feature passes when 80% of drafts are good" says what the bar decides for the whole
# feature, not how a draft is judged: a pass said of the feature, the plan or the release
# is no measure (a pass said of each draft, "drafts must pass", still reads as one).
_WHOLE_PASSES = re.compile(
    r"\b(?:the|our|this)\s+(?:[\w-]+\s+)?(?:feature|product|tool|system|assistant|release|"
    r"launch|plan|eval(?:uation)?)\s+(?:only\s+|then\s+)?$",
    _FLAGS,
)
_PASS_VERB = re.compile(r"pass(?:es|ed)?", _FLAGS)


def names_quality_measure(text: str) -> str:
    if filed_unjudged(text):
        return ""  # outputs only filed away: the bar's verdict word has no judge
    for m in _MEASURE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if _WISH.search(before):
            continue
        if _PASS_VERB.fullmatch(m.group()) and _WHOLE_PASSES.search(before):
            continue
        # a bare pass no one gives ("85% of drafts must pass", no judge in the plan) is a bar
        if bare_pass(text, m.start(), m.end()) and not _JUDGE_WHO.search(text):
            continue
        if _DECLINED.search(before):
            continue
        return _evidence(text, m.start(), m.end())
    return _judged(text)


# A measure the plan says it will not take is none: "no need to score them", "we don't
# rate the drafts", "without grading".
_DECLINED = re.compile(
    r"\b(?:no\s+need\s+to|(?:do|does|will|would|shall)\s*(?:n't|\s+not)|don't|won't|never|"
    r"without)\s+(?:\w+\s+)?$",
    _FLAGS,
)


# A size the writer has not settled on ("maybe 50-100 tickets", "perhaps 40 cases") is no
# size yet; "about 300 tickets" is one.
_HEDGE = re.compile(r"\b(?:maybe|perhaps|possibly|probably)\s+(?:\w+\s+)?$", _FLAGS)
# A magnitude word after an indefinite quantifier gives no size: "a few hundred tickets",
# "several thousand chats" say how big, not how many.
_VAGUE_SIZE = re.compile(
    r"\b(?:a\s+few|few|several|some|many|a\s+couple(?:\s+of)?)\s+(?:hundred|thousand)\b", _FLAGS
)


# A label that names the inputs, with their count right after it: "Tickets: 300 anonymised".
_SET_LABEL = re.compile(
    r"^(?:test\s+|eval\s+)?(?:set|data(?:set)?|tickets?|examples?|cases?|inputs?|"
    r"conversations?|questions?|emails?|messages?|samples?)$",
    _FLAGS,
)
_COUNT_FIRST = re.compile(r"^(?:about\s+|around\s+|~\s*)?" + _NUM, _FLAGS)


_BACK_REF = re.compile(r"\b(?:these|those|the\s+same)\s+$", _FLAGS)


def _new_sets(text: str) -> list[tuple[int, int]]:
    """Where each counted set of a plan is; "these 20" or "those 300" points back at a set
    already named, not at a new one."""
    return [
        (m.start(), m.end())
        for m in _COUNTED_SET.finditer(text)
        if not _BACK_REF.search(text, max(0, m.start() - 12), m.start())
    ]


def showcase_set(text: str) -> str:
    """The words that pick each counted set of a plan as the best inputs, or ""."""
    return planmade.showcase_set(text, _new_sets(text))


def made_up_set(text: str) -> str:
    """The words that say each counted set of a plan was written, not taken from use."""
    return planmade.made_up_set(text, _new_sets(text))


# A count given per day or month in a clause about cost or time is the traffic the budget
# covers ("below $6,000 a month for all 20,000 tickets a day"), not a set the plan tests
# on; "we sample 200 tickets per week" still picks one.
_RATE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute)\b|\s+(?:daily|"
    r"weekly|monthly|yearly|hourly)\b|\s*/\s*(?:day|week|month|year|hour|d|h|mo)\b",
    _FLAGS,
)


def _volume(text: str, m: re.Match[str]) -> bool:
    return bool(_RATE.match(text, m.end()) and _BUDGET.search(clause_at(text, m.start())))


def names_test_set(text: str) -> str:
    """A test set with its size: "300 real tickets", "a test set of 200 cases"."""
    if showcase_set(text) or made_up_set(text):
        return ""
    for m in _COUNTED_SET.finditer(text):
        vague = _VAGUE_SIZE.search(text, max(0, m.start() - 30), m.end())
        if _HEDGE.search(text[max(0, m.start() - 30) : m.start()]) or vague or _volume(text, m):
            continue
        return _evidence(text, m.start(), m.end())
    for s in _sentences(text):
        label, rest = _label(s)
        if _SET_LABEL.match(label) and _COUNT_FIRST.match(rest):
            return _quote(s, 0)
    return ""


_SET_HINT = (
    "Say what the plan tests on: a fixed set of realistic inputs and how many, for "
    "example '300 real tickets from last quarter' or 'a test set of 200 cases'."
)


def test_set_hint(text: str) -> str:
    """What a missed test set needs: realistic inputs, when the set was picked as the best."""
    shown = showcase_set(str(text))
    if shown:
        return (
            f'"{shown}" picks the inputs the feature handles best, not the ones it will get: '
            "test on a set drawn from real traffic (for example 300 random tickets from last "
            "quarter), with the hard cases added, not the showcase ones."
        )
    made = made_up_set(str(text))
    if made:
        return (
            f'"{made}" says the inputs were written for the test, not taken from real use: '
            "test on a set drawn from real traffic (anonymised if need be, for example 300 "
            "random tickets from last quarter); written cases can be added for the rare ones."
        )
    return _SET_HINT


def budget_sentences(text: str) -> list[tuple[str, int]]:
    """Each sentence that gives a budget a number, with where the number is: the number
    and the cost or time word share a clause ("80% yes, and no drafts that cost us money"
    has no budget)."""
    found = []
    for s in _sentences(text):
        at = next((m.start() for m in _NUMBER.finditer(s) if _budget_clause(s, m.start())), -1)
        if at >= 0:
            found.append((s, at))
    return found


def sets_budget(text: str) -> str:
    found = budget_sentences(text)
    return _quote(*found[0]) if found else ""


# A bar in a sentence of its own: "Bar: at least 80% of drafts get a yes", "Launch requires
# 80% overall", "4 of 5 must pass": labelled, or said of the drafts, or right after the
# sentence that names the measure.
_BAR_LABEL = re.compile(
    r"\b(?:bar|target|threshold|pass\s+mark|launch\s+(?:bar|requires|criteri\w+)|"
    # the go decision made on the share: "go only if 80% are usable", "ship if 85% pass"
    r"(?:go|launch|ship|release)\s+(?:only\s+)?(?:if|when)|"
    # or a roll-out to whom, or keeping the feature, on the share: "we roll out to everyone
    # if the AI group is at least 10% faster", "we keep the feature if ..."
    r"(?:roll\s+(?:it\s+)?out|keep\s+(?:it|the\s+\w+))(?:\s+[\w-]+){0,3}?\s+(?:only\s+)?"
    r"(?:if|when)|"
    # or the condition first, then the go: "if handle time drops by 20% we roll out"
    r"if\b[^.;\n]{0,80}?\bwe(?:'ll|\s+will|\s+then)?\s+(?:launch|ship|release|roll\s+(?:it\s+)?out|"
    r"go\s+live|go\s+ahead|keep\s+(?:it|the\s+feature))|"
    r"requires?|must|need(?:s|ed)?\s+to|goal|success|yes|approved|accepted|sendable|usable|good|"
    # a verdict the share must get, plain: "at least 80% should look fine", "85% acceptable"
    r"acceptable|fine|ok|okay|"
    # a floor word after the share: "need 80% ok minimum", "85% good at minimum"
    r"(?<=%\s)(?:[\w-]+\s+){0,2}?(?:minimum|min|at\s+the\s+least))\b",
    _FLAGS,
)


def _budget_clause(s: str, start: int) -> bool:
    """Whether the clause that holds the number at ``start`` is about cost or time: "80%
    yes, and zero drafts that cost us money" has its budget word in another clause than its
    bar."""
    if _BUDGET.search(_clause(s, start)):
        return True
    # "Budget: 1c": the label heads the clause right after it
    label, rest = _label(s)
    after = len(s) - len(rest)
    return bool(label and _BUDGET.search(label) and not _OPENS.search(s, after, start))


def sets_quality_bar(text: str) -> str:
    """The bar, quoted: of the sentences that hold one, the first that calls itself the bar
    ("Bar: 85%", "we need 80%") wins over a share said in passing ("10% double-checked")."""
    found = [_quoted_bar(s) for s in _bar_sentences(text)]
    return next((q for q, labelled in found if labelled), found[0][0] if found else "")


def _quoted_bar(s: str) -> tuple[str, bool]:
    bars = list(_BAR.finditer(s))
    bar = next((m for m in bars if not _budget_clause(s, m.start())), bars[0])
    return _quote(s, bar.start()), bool(_BAR_LABEL.search(s))


def _bar_sentences(text: str) -> list[str]:
    """The sentences with a number that reads as the bar: said of the measure or the
    drafts, labelled, or right after the sentence that names the measure."""
    out = []
    sentences = _sentences(text)
    for i, s in enumerate(sentences):
        bars = list(_BAR.finditer(s))
        if not bars:
            continue
        measured = _MEASURE.search(s) or _judged(s)
        if not measured and all(_budget_clause(s, m.start()) for m in bars):
            continue  # a budget's number, not the quality bar
        before = sentences[i - 1] if i else ""
        if measured or _BAR_LABEL.search(s) or _MEASURE.search(before) or _judged(before):
            out.append(s)
    return out


@dataclass(frozen=True, kw_only=True)
class EvalPlan(Rubric):
    """An eval plan scored point by point, with three more checks: its length (the
    prompt's ``words``), that it is about ``product`` (every alternation in it is found:
    what the feature works on and what it produces), and that it is not ``example`` (the
    chapter's plan for another product) pasted in. The core objective, a bar on a sized
    test set, caps the score at half when missed."""

    words: tuple[int, int] = (60, 150)
    product: tuple[str, ...] = ()
    product_name: str = ""
    example: str = ""
    core: tuple[str, ...] = ("Names a test set", "Sets a bar with a number")

    def grade(self, data: Json) -> Verdict:
        text = str(data)
        copied = prompt_copy_verdict(text, self.prompt)
        if copied is not None:
            return copied
        text = untex(text)
        heap = keyword_list(text)
        if heap:
            return Verdict(
                0.0,
                f"✘ Keyword list: {heap} names the parts of a plan without planning any of "
                "them; write a sentence for each part, with its numbers",
            )
        verdict = super().grade(text)
        budgets = [s for s, _ in budget_sentences(text)]
        lines = [
            loose_budget(unsure_line(line, text), budgets) for line in verdict.feedback.splitlines()
        ]
        score = verdict.fraction
        low, high = self.words
        n = words(text)
        if low <= n <= high:
            lines.append(f"✔ Length: {n} words, within the {low} to {high} the prompt asks for")
        else:
            lines.append(
                f"✘ Length: {n} words; the prompt asks for {low} to {high}: a plan needs a "
                "sentence for each part, and a longer one hides its bar"
            )
            score = min(score, 0.5)
        review = any(line.startswith("?") for line in lines)
        found = [bool(re.search(p, text, re.IGNORECASE)) for p in self.product]
        if self.example and shared(text, self.example) >= 0.3:
            lines.append(
                "✘ About this product: much of it repeats the chapter's example plan, which is "
                f"for another product; write the plan for {self.product_name}"
            )
            score = 0.0
        elif self.product and not any(found):
            lines.append(
                "✘ About this product: it names nothing of "
                f"{self.product_name}; write the plan for that feature"
            )
            score = min(score, 0.5)
        elif self.product and (off := off_topic_line(text, self.product_name)):
            lines.append(off)
            score = min(score, 0.5)
        elif self.product and (not all(found) or bot_not_drafts(text)):
            lines.append(
                f"? About this product: looked for what {self.product_name} works on and "
                "produces and found only part of it; check this point against the checklist"
            )
            review = True
        missed = [
            c for c in self.criteria if c.name in self.core and f"✘ {c.name}:" in verdict.feedback
        ]
        if missed:
            score = min(score, 0.5)
        review = review and not any(line.startswith("✘") for line in lines)
        return Verdict(score, "\n".join(lines), review=review)

    @property
    def checklist(self) -> tuple[str, ...]:
        return (
            f"Is your plan about {self.product_name}, not another product?",
            "Does it name a test set with its size, and a bar with a number?",
            f"Is it {self.words[0]} to {self.words[1]} words long?",
        )
