"""A part of the build or the want's data placed inside a maker's named system ("the
treatment spreadsheet on SharePoint", "an hourly cycle-count job in SAP EWM", "a retry
queue in RabbitMQ", "save the photos to SharePoint for me").

Which system hosts the want's sheet, job, queue, table or data is the team's design,
even with no verb that stores data there. The host must be named by its maker's
spelling (an inner capital or an acronym, perhaps with one more word: "SAP EWM", "SQL
Server"), so a place, a day or a person ("a list on Monday", "the jobs in Leeds") is
left alone, as are a file format ("upload a logo in PNG") and a named app the user
opens, which is where they look. A "job" counts only as a run of the system (a nightly,
scheduled or count job): a workshop job moved in the dealer's system is the user's
work, not the build.
"""

from __future__ import annotations

import re

# the maker's spelling of a host: an inner capital or an acronym that is no file format,
# channel or public body
_HOST = (
    r"(?-i:(?!(?:API|SMS|PDF|NHS|UK|US|EU|GP|HR|IT|CSV|QR|ID|AM|PM|OK|PNG|JPE?G|GIF|SVG|"
    r"XLSX?|DOCX?|TXT|XML|JSON|HEIC|MP4|iPhone|iPad|WhatsApp|YouTube|LinkedIn|TikTok|FaceTime)\b)"
    r"(?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,6})(?:\s+[A-Z]{2,6}|\s+[A-Z][a-z]+)?)\b"
    # (a name joined on by a hyphen describes what follows: "a GCP-compliant trail")
    r"(?!-)"
    r"(?!\s+(?:app|apps|portal|website|site|account|inbox)\b)"
)
# the want's data told to be kept in one ("save the photos to SharePoint for me"),
# quoted from the host's name: the data is the user's, the host the team's choice
HOSTED_DATA = re.compile(
    r"\b(?:save|store|keep|upload|copy|file|log|put|write|drop)s?\s+"
    r"(?:(?!(?:to|in|into|on)\b)[\w'\u2019-]+\s+){1,3}?(?:to|into|in|on)\s+"
    r"(?:the\s+|our\s+|an?\s+)?" + _HOST,
    re.IGNORECASE,
)
# a part of the build hosted in one, quoted whole ("the closed-units list in SharePoint")
HOSTED_PART = re.compile(
    r"\b(?:(?:spread)?sheets?|workbooks?|lists?|workflows?|flows?|scripts?|macros?|folders?|"
    r"tables?|queues?|automations?"
    r"|(?:nightly|hourly|daily|weekly|scheduled|batch|cron|background|sql|[\w-]*count|sync|"
    r"export|import)\s+jobs?)"
    r"\s+(?:in|on|inside|within)\s+(?:the\s+|an?\s+|our\s+|their\s+)?" + _HOST,
    re.IGNORECASE,
)
_PLATFORM = "third-party platforms and integrations"
# both, as the problem judge scans them
HOSTED: tuple[tuple[str, re.Pattern[str]], ...] = (
    (_PLATFORM, HOSTED_DATA),
    (_PLATFORM, HOSTED_PART),
)
