"""Solution detail told as the want itself: the organisation's own kit named as what is
to change or do the work. A predictive model as the want's subject ("I want the
fraud-scoring model's threshold raised", "I want a propensity model to pick the offer")
asks for a change to the team's model, not for what the user meets; and the want's data
posted into a messaging product's group ("I want missing shifts posted to our team
WhatsApp group") names the tool that carries it. Only the want is read: the same model
in an outcome ("so that the fraud model declines fewer payments") or a check on its
decisions is the effect the user sees, and a group named in a criterion or a habit
("the coach posts it in the WhatsApp group like now") is how things stand today.
A part of another maker's product named in the want ("a SharePoint folder for my
evidence", "positions sent from Samsara trackers", "an Airflow DAG") names the kit
that does the work; the user's own system ("our HR system") and the vendor's are not."""

from __future__ import annotations

import re

from ._scenwords import need_words, users_words
from ._sourced import sourced_route
from ._types import Scenario
from ._vendorstep import vendor_step

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

# A maker's name (an acronym or a name in mixed case, or a capitalised word inside the
# sentence) and the part of its product that does the want's work ("the Unreal asset
# cooker", "the Kerridge parts system"). A channel's message or number is what the user
# gets, so it counts only after a system's initials ("an SAP PI message", not a
# "WhatsApp message") or a maker's word (a "Twilio number", not a "VAT number"). Generic
# initials name a kind of system, not a maker's product ("the HR system", "CI pipeline").
_NAME = (
    r"(?<![.!?:]\s)(?<!^)(?<![\w'\u2019-])"
    r"(?!(?:I|The|This|That|My|Our|Your|Their|An?|API|SMS|PDF|UK|EU|US|NHS|GP|ID|PIN|QR|OK|"
    r"AM|PM|CSV|GPU|CPU|VAT|[A-Z]{1,2}|[A-Z][a-z]+day)\b)"
)
_SYSTEMY = r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9-]*"
_PART = (
    r"(?:folders?|trackers?|dags?|jobs?|bots?|cookers?|engines?|queues?|feeds?|tables?|"
    r"topics?|instances?|servers?|buckets?|lambdas?|scripts?|sensors?|loggers?|workbooks?|"
    r"systems?|schedules?|ledgers?|lists?)"
)
_BETWEEN = (
    r"(?:\s+(?!(?:that|which|who|to|and|or|for|with|from|of|in|on|at|by|as|so|when)\b)"
    r"[a-z][\w-]*){0,2}?\s+"
)
_MAKER_PART = re.compile(
    r"(?-i:"
    + _NAME
    + r"(?P<name>(?:"
    + _SYSTEMY
    + r"|[A-Z][a-z]+)(?:\s+(?:"
    + _SYSTEMY
    + r"|[A-Z][a-z]+))*)"
    + _BETWEEN
    + r"(?i:(?P<part>"
    + _PART
    + r"|(?P<channel>messages?|numbers?)))\b(?!\s+teams?\b))"
)
# a maker's name in mixed case ("SharePoint", "HubSpot")
_MIXED = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# a system's initials ("SAP", "OCPP"): a message named by them is the systems' own
_INITIALS = re.compile(r"[A-Z]{3,}")
# the user's own system ("our HR system", "my employer's Bartec system")
_THEIRS_BEFORE = re.compile(r"\b(?:my|our|their|your)\s+(?:[\w-]+['\u2019]s\s+)?$", re.IGNORECASE)

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
        if TOOL_KIND not in scenario.contract:
            spans.extend(_maker_parts(line, start, w.end("want"), scenario, own))
        spans.extend(vendor_step(line, start, w.end("want"), scenario))
        spans.extend(sourced_route(line, start, w.end("want"), scenario))
    return spans


def _maker_parts(
    line: str, start: int, end: int, scenario: Scenario, own: set[str]
) -> list[tuple[int, int, str]]:
    """Another maker's product part named in the want from ``start`` to ``end``; not
    the vendor's, not one the scenario gives its users, not one the user calls theirs."""
    users = users_words(scenario) | need_words(scenario)
    makers = {w for v in own for w in v.split()}
    spans: list[tuple[int, int, str]] = []
    for m in _MAKER_PART.finditer(line, start, end):
        name = m.group("name")
        if m.group("channel") and not (
            any(_INITIALS.fullmatch(w) for w in name.split())
            if m.group("channel").startswith("m")
            else name[-1].islower()
        ):
            continue
        if m.group("part").lower().startswith("folder") and name.isupper():
            # a folder named by initials is the office's own ("the SOP folder")
            continue
        if m.group("part").lower().startswith("list") and not _MIXED.fullmatch(name):
            # only a product in mixed case makes a list a maker's ("a SharePoint list");
            # a capitalised word before it is a plain list ("the Christmas list")
            continue
        words = [w.lower() for w in name.split()]
        if makers.intersection(words) or all(w in users for w in words):
            continue
        if _THEIRS_BEFORE.search(line, max(0, m.start() - 40), m.start()):
            continue
        spans.append((m.start(), m.end(), TOOL_KIND))
    return spans
