"""Parts named by the outside tool or system they live in: a workflow tool's automation
given as the want's means ("a Power Automate flow that emails me", "a Dynamics 365
marketing journey", "a Slack bot"), and a table inside a named system ("the SAP bin
table", "a new table in the Kerridge stock file"). Which tool runs the automation and
which system's table holds the data is the team's design, whoever writes it; the user
meets the message or the list, not the flow or the table behind it.

The judge leaves alone a team named after a tool ("the Procura workflow team"), a
screen's flow named by its step ("the Checkout flow": one capitalised word names a
flow only as a bot, zap, macro or automation), and tables of everyday life (a league
table, a seating table)."""

from __future__ import annotations

import re

__all__ = ["NAMED_AUTOMATION", "OFFICE_BROUGHT", "SYSTEM_TABLE", "automation_nouns"]

# a name a maker gives a tool: two or three capitalised words or numbers ("Power
# Automate", "Dynamics 365", "Microsoft Power Automate") or one with an inner capital
# ("SharePoint", "HubSpot"); the first word is no determiner or everyday word
_NOT_A_NAME = (
    r"(?!(?:The|This|That|These|Those|My|Our|Your|Their|Its|Each|Every|Any|New|Same|"
    r"Customer|User|Main|Whole)\b)"
)
_MAKERS_NAME = (
    r"(?-i:" + _NOT_A_NAME + r"(?:[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|\d+)){1,2}"
    r"|[A-Z][a-z]+[A-Z][A-Za-z]*))"
)
_ONE_NAME = r"(?-i:" + _NOT_A_NAME + r"[A-Z][a-z]{2,})"
# a few lower-case words may say what the automation is for ("marketing journey")
_FOR_WHAT = r"(?:\s+(?-i:[a-z][\w-]*)){0,2}?"
_NOT_PEOPLE = (
    r"(?!\s+(?:teams?|owners?|designers?|engineers?|developers?|builders?|admins?|leads?)\b)"
)
NAMED_AUTOMATION = re.compile(
    r"\b(?:an?|the|our|their|its)\s+(?:"
    + _MAKERS_NAME
    + _FOR_WHAT
    + r"\s+(?:flows?|workflows?|journeys?|automations?|zaps?|bots?|macros?)"
    r"|" + _ONE_NAME + _FOR_WHAT + r"\s+(?:bots?|zaps?|macros?|automations?)"
    r")\b" + _NOT_PEOPLE,
    re.IGNORECASE,
)

# everyday tables no system holds: a league's, a seat plan's, furniture
_EVERYDAY_TABLE = (
    r"(?!(?:league|seating|dining|kitchen|coffee|picnic|pool|times|periodic|round|top|"
    r"high|bedside|changing|operating)\b)"
)
SYSTEM_TABLE = re.compile(
    # a table given by its system's name or acronym ("the SAP bin table", "its LIMS
    # sample table", "a Postgres table")
    r"\b(?:the|its|their|our|an?)\s+(?:new\s+)?"
    r"(?-i:(?!(?:The|My|Our|Your|Their|Premier|National|Sunday|Saturday)\b)"
    r"(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]?\w*))\s+"
    r"(?:" + _EVERYDAY_TABLE + r"(?-i:[a-z][\w-]*)\s+){0,2}tables?\b"
    # or as a new one placed inside a named system ("a new table in the Kerridge stock file")
    r"|\b(?:new|extra|separate)\s+tables?\s+(?:in|on)\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    r"(?-i:[A-Z][\w-]*)",
    re.IGNORECASE,
)


# An office or chat product's container brought in as the want's medium, told with "a",
# "an", "each" or "every" ("post empty shelves in a Teams channel", "a Microsoft Form that
# saves to a shared Excel", "read each food bank's stock Google Sheet", "pushed to me in a
# WhatsApp group"), and the file store it is shared on ("shared to me on OneDrive"):
# which tool holds and passes the data is the team's design. The
# user's own ("my Google Sheet", "our Slack channel"), one already there ("the WhatsApp
# group like now") and a file the user exports or downloads ("as an Excel file") are left.
OFFICE_BROUGHT = re.compile(
    r"\b(?:an?|each|every)\s+(?:(?!(?:my|our|your)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:(?-i:Google)\s+(?:sheets?|forms?|docs?)"
    r"|(?-i:Microsoft)\s+(?:forms?|lists?)"
    r"|shared\s+(?-i:Excel)(?!\s+(?:files?|exports?|downloads?)\b)"
    r"|(?-i:Excel)\s+(?:sheets?|workbooks?|spreadsheets?)"
    r"|(?-i:(?:Microsoft\s+)?Teams|Slack)\s+(?:channels?|groups?|group\s+chats?)"
    r"|(?-i:WhatsApp)\s+(?:groups?|group\s+chats?|channels?))\b"
    # or the file store a sheet is shared or kept on ("shared to me on OneDrive")
    r"|\b(?:shared|kept|saved|stored|uploaded)\s+(?:(?:to|with)\s+(?:me|us|them)\s+)?"
    r"(?:on|in|to|via|through)\s+(?-i:OneDrive|Google\s+Drive|Dropbox)\b",
    re.IGNORECASE,
)


_AUTOMATION_NOUN = re.compile(
    r"\b(?:flows?|workflows?|journeys?|automations?|zaps?|bots?|macros?)$", re.IGNORECASE
)


def automation_nouns(hit: str) -> frozenset[str]:
    """The plain noun of a named automation or office container quoted as detail ("bot"
    of "a Slack bot", "group" of "WhatsApp group"): a check that "the bot tells me" or
    "it's posted in the group" names what the user meets, not the tool."""
    m = NAMED_AUTOMATION.search(hit)
    noun = _AUTOMATION_NOUN.search(m.group(0)) if m else _CONTAINER_NOUN.search(hit)
    return frozenset({noun.group(0).lower()}) if noun else frozenset()


_CONTAINER_NOUN = re.compile(
    r"(?<=\s)(?:channels?|groups?|chats?)$",
    re.IGNORECASE,
)
