"""Solution detail told as the want itself: the organisation's own kit named as what is
to change or do the work. A predictive model as the want's subject ("I want the
fraud-scoring model's threshold raised", "I want a propensity model to pick the offer")
asks for a change to the team's model, not for what the user meets; and the want's data
posted into a messaging product's group ("I want missing shifts posted to our team
WhatsApp group") names the tool that carries it. Only the want is read: the same model
in an outcome ("so that the fraud model declines fewer payments") or a check on its
decisions is the effect the user sees, and a group named in a criterion or a habit
("the coach posts it in the WhatsApp group like now") is how things stand today."""

from __future__ import annotations

import re

from ._types import Scenario

__all__ = ["want_system"]

# the want, from its verb to its reason ("I want ... , so that ...")
_WANT = re.compile(
    r"\b(?:I|we)\s+(?:really\s+|also\s+)?(?:want|need|would\s+like)\s+(?:that\s+)?"
    r"(?P<want>[^.;!?]*?)(?=,?\s+so\b|[.;!?]|$)",
    re.IGNORECASE,
)
# a model named by what it predicts or scores, or a classifier, opening the want; quoted
# from the words that name it ("the council's repairs scoring model": "scoring model")
_MODEL = re.compile(
    r"(?:the|an?|our|its|their|[\w-]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?P<kind>(?:[\w-]*?(?:scoring|propensity|fraud|churn|risk|predictive|prediction|forecasting|"
    r"recommendation|recommender|ranking)[\s-]+models?|(?:[\w-]+[\s-]+)?classifiers?)"
    r"(?:['\u2019]s)?)\b",
    re.IGNORECASE,
)
# the want's data posted into a messaging product's group
_GROUP = re.compile(
    r"\b(?:post|posted|share|shared|send|sent|put)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:in|into|to|on)\s+(?:our|the|a|an|their|my)\s+(?:[\w&'\u2019-]+\s+){0,3}?"
    r"(?P<name>(?-i:WhatsApp|Facebook|Messenger|Telegram|Signal|Slack|Teams|Discord|Viber|"
    r"WeChat|GroupMe))\s+(?:group\s+chats?|groups?|chats?)\b",
    re.IGNORECASE,
)

ML_KIND = "algorithms and ML methods"
TOOL_KIND = "third-party platforms and integrations"


def want_system(line: str, scenario: Scenario) -> list[tuple[int, int, str]]:
    """The spans of the want on ``line`` that name the organisation's model or
    messaging tool as the want, with their kinds; none where the scenario makes that
    kind the product's contract or the tool is the product's own."""
    spans: list[tuple[int, int, str]] = []
    own = {v.lower() for v in scenario.vendor}
    for w in _WANT.finditer(line):
        start = w.start("want")
        model = _MODEL.match(line, start, w.end("want"))
        if model and ML_KIND not in scenario.contract:
            spans.append((model.start("kind"), model.end(), ML_KIND))
        for g in _GROUP.finditer(line, start, w.end("want")):
            if g.group("name").lower() not in own and TOOL_KIND not in scenario.contract:
                spans.append((g.start("name"), g.end(), TOOL_KIND))
    return spans
