"""Kinds of solution detail that wire the product together from outside parts: the
control kit a want sets to work (a controller, a sensor, a tag reader, a valve) and the
protocol or third-party service named as what carries the data or the message."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._lexicon import NOT_PRESCRIBED

__all__ = [
    "CARRIED_BY",
    "DEVICE_WIRED",
    "KIT_NAMED",
    "KIT_SOURCE",
    "NAME_STORE",
    "PLATFORM_PLACED",
    "SHEET_BUILT",
    "SYSTEM_ROUTE",
    "TOOL_CONTAINER",
    "TOOL_ROUTE",
    "WIRED",
    "narrowed",
    "not_prescribed",
]

# a part of the control kit: a controller, a sensor of any kind, an actuator or valve,
# a tag read by radio, a vehicle's telematics
_DEVICE = (
    r"(?:plcs?|scada|rtus?|micro-?controllers?|(?:[\w-]+\s+)?sensors?|actuators?|solenoids?|"
    r"(?:eid|rfid|nfc|ble|uhf)\s+(?:tags?|readers?|chips?)|telematics|(?:gps\s+)?trackers?|"
    r"(?:[\w-]+\s+)?encoders?|(?:card|badge|tag)\s+readers?|beacons?|"
    # the site's own kit at a door, a bay or in a vehicle: a satellite fix, a gate that
    # counts people in, a scale or printer on the line
    r"gps(?:\s+(?:units?|receivers?|boxes))?|turnstiles?|"
    r"checkweighers?|label\s+printers?)"
)
# where the kit stands, between it and its act ("the GPS on the train unit to trigger")
_KIT_PLACE = (
    r"(?:\s+(?:on|in|at|of)\s+(?:the|each|every|its|our|their)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w-]+)?"
)
# The kit as the doer of the want's data or control act ("the parlour PLC to read the
# tag", "the tank level sensor to send litres"), or as the source a fact is worked out
# from ("detect when the house is empty from the PIR sensors"): which parts feed which
# is the team's design; a user who reads a sensor's value only sees it, and is left alone.
DEVICE_WIRED = re.compile(
    r"\b(?:the|an?|its|our|their|each|every)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _DEVICE
    + r"(?="
    + _KIT_PLACE
    + r"\s+to\s+(?:read|send|publish|report|feed|push|transmit|sync|lock|unlock|open|close|"
    r"switch|trigger|stream|post|upload|write|broadcast|signal|actuate|divert|shut)\b"
    # the kit sending as it runs ("a GPS tracker sending position by 4G"), or set to work
    # by a named system ("the key-card encoder to be blocked by Roomly")
    r"|\s+(?:sending|pushing|transmitting|streaming|reporting|posting|feeding)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:by|over|via|to|into)\b)"
    r"|\b(?:the|an?|its|our|their|each|every)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + _DEVICE
    + r"(?:\s+[\w-]+){0,4}?\s+to\s+be\s+(?:blocked|locked|unlocked|disabled|enabled|"
    r"controlled|driven|triggered|released)\s+by\s+(?-i:[A-Z][\w-]*)"
    r"|\b(?:detect|sense|tell|know|infer|work\s+out|judge|spot|determine)\w*\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?(?:from\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sensors?|plcs?|telematics|(?:eid|rfid|nfc)\s+tags?))\b",
    re.IGNORECASE,
)
# A third-party product or protocol named by its maker's spelling: an inner capital
# ("SharePoint", "BACnet", "IoT"), an acronym ("CAFM") or a hyphenated protocol
# ("Z-Wave"), perhaps after a capitalised word ("Azure IoT", "Dynamics CRM"); the
# channels and bodies a user sees are not one.
_NAMED = (
    r"(?-i:(?!(?:SMS|MMS|RCS|PDF|API|APIs|UK|EU|US|NHS|GP|HMRC|DVLA|ID|IDs|PIN|QR|OK|AM|PM)\b)"
    r"(?:[A-Z][a-z]+\s+)?(?:[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*|[A-Z]-[A-Z][a-z]+"
    # the services whose job is to send a product's messages or run its automations
    r"|Mailchimp|Mailgun|Postmark|Klaviyo|Brevo|Twilio|Vonage|Zapier))"
)
# Kit named as the want's means, wherever it stands: short-range radio hardware placed
# in the user's world to sense or ping them ("Bluetooth beacons in the branch", "NFC
# tags on each bed", "BLE trackers"), and the channel told by the service that sends it
# ("Twilio SMS", "a SendGrid email": the sender is the detail, the channel the user's):
# which radio and which sender is the team's choice;
# the user's own phone, card or the channel alone ("a text", "by SMS") is not kit.
KIT_NAMED = re.compile(
    r"\b(?:bluetooth(?:\s+low\s+energy|\s+le)?|ble|nfc|rfid|uwb|ultra-?wideband)\s+"
    r"(?:beacons?|tags?|stickers?|chips?|readers?|trackers?|pucks?)\b|\bi-?beacons?\b"
    r"|\b(?-i:Twilio|Vonage|MessageBird|Plivo|SendGrid|Mailgun|Postmark|Mailchimp|Klaviyo|Brevo)"
    r"(?=\s+(?:sms|texts?|e-?mails?|messages?|calls?|whatsapps?|notifications?)\b)",
    re.IGNORECASE,
)
# Data sent over a protocol named by its acronym ("send litres over LoRaWAN", "sync to
# payroll through an SFTP CSV"), a message sent through the service that sends it when
# its channel is already named ("SMS me through Twilio"), and data fed into a named
# product ("feed GPS into a Google Maps Distance Matrix"). A channel the user sees (SMS,
# a PDF) and a named app the user opens ("via the NHS App") are not the carrier.
CARRIED_BY = re.compile(
    r"\b(?:sent|send|publish|sync|feed|fed|push|stream|transmit|upload|post|report|broadcast|deliver|"
    r"share|forward|export|poll|generate|issue|unlock|lock|control(?:l)?)(?:s|es|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:(?:over|via|through|using)\s+(?:an?\s+|the\s+)?" + _NAMED + r")"
    r"(?!\s+(?:app|apps|portal|website|site|account|inbox|dashboard)\b)"
    r"|\b(?:sent|send|sending|push|pushing|stream|streaming|transmit|transmitting)(?:s|ed)?\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:by|over|via)\s+(?:[2-5]G|LTE|GPRS|GSM|LoRa(?:WAN)?)\b"
    r"|\b(?:fed|feeds?|feeding|pull|poll|stream|import)(?:s|ed|ing)?\s+from\s+(?:an?\s+|the\s+)?"
    r"(?-i:(?!(?:SMS|MMS|RCS|PDF|API|APIs|NHS|HMRC|DVLA)\b)[A-Z]{3,}\b)"
    r"|\b(?:sms|e-?mail)(?:s|ed|ing)?\s+(?:me|us|them|him|her|the\s+\w+)\s+(?:(?:through|via|using)\s+"
    r"(?-i:[A-Z][a-z]+))\b(?!\s+(?:app|account|inbox)\b)"
    r"|\b(?:feed|pipe)(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,3}?into\s+(?:an?\s+|the\s+)?"
    r"(?-i:[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)+)",
    re.IGNORECASE,
)


# A named platform given as where the want's data is kept ("kept in a SharePoint list",
# "held in the CAFM", "saved to the SharePoint finance folder", "go into Dynamics CRM"),
# a workflow tool as what moves it ("by a Power Automate flow", "that a Power App reads",
# "through Power Automate"), a system-to-system integration as the want ("a CAFM
# integration"), and a sync or poll run on a schedule ("synced from the scanner each
# night", "exported as a CSV to the payroll tool every night", "synced into it
# overnight"): which systems hold and pass the data, and when, is the team's design.
# A named app the user opens ("in the NHS App") is where they look, and is left alone.
_PLATFORM_NOUN = (
    r"(?:flows?|bots?|scripts?|jobs?|connectors?|integrations?|automations?|zaps?|workflows?|"
    r"hubs?|functions?|macros?)"
)
PLATFORM_PLACED = re.compile(
    r"\b(?:kept|held|stored|saved|filed|logged|recorded|written|copied|uploaded|attached|added|put|go|goes|land|lands|"
    r"synced|mirrored|pushed|loaded)\s+(?:(?:straight|directly|automatically|right)\s+)?"
    r"(?:in|into|to|on)\s+(?:an?\s+|the\s+|our\s+)?"
    + r"(?:(?-i:[A-Z][a-z]+[A-Z][A-Za-z0-9]*\b|[A-Z][a-z]+\s+[A-Z]{2,}\b)"
    r"(?!\s+(?:app|apps|portal|website|account|inbox)\b)"
    r"(?:\s+(?!(?:app|apps|portal|website|account|inbox|that|which|through|via|by|and|or|for|"
    r"so|when|to|each|every|as)\b)(?-i:[a-z])[\w-]*){0,2}"
    r"(?:\s+(?:through|via|by)\s+(?:an?\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*))?"
    r"(?<!\bapp)(?<!\bapps)(?<!\bportal))"
    r"|\b(?:by|through|via|using|with)\s+(?:an?\s+|the\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\s+"
    + _PLATFORM_NOUN
    + r"\b"
    r"|\b(?:by|through|via|using)\s+(?:an?\s+|the\s+)?(?-i:(?!(?:The|Our|My|Their|This)\b)"
    r"[A-Z][a-z]+(?:[A-Z][a-z]+)?)\s+(?:integration|connector|zap|bot|webhook|plugin)s?\b"
    r"|\b(?:that|which)\s+(?:an?\s+|the\s+)?(?-i:[A-Z][a-z]+\s+(?:Apps?|Flows?|Bots?))\s+"
    r"(?:reads?|pulls?|polls?|syncs?|imports?|picks?\s+up|checks?)\b"
    r"|\b(?:go|goes|sent|synced|moved|passed|routed)\s+(?:[\w-]+\s+){0,4}?(?:through|via)\s+"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\b(?!\s+(?:app|apps|portal|website|account)\b)"
    r"|\b(?:an?|the)\s+(?-i:(?!(?:API|SMS|PDF)\b)[A-Z]{3,})\s+(?:integration|sync|connector|interface|feed)\b"
    r"|\b(?:sync|poll|push|pull|import|export|upload)(?:s|es|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:from|to|into|with|over)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:every|each)\s+(?:night|minute|hour|morning|evening|day|\d+\s+(?:seconds|minutes|hours))|"
    r"nightly|hourly|overnight)\b",
    re.IGNORECASE,
)

# A product named by one capitalised word as where the want's data is kept or logged
# ("logged in Salesforce", "listed in SharePoint", "saved into Airtable and synced"):
# which product holds the data is the team's design. Only a name that ends the clause
# or is followed by more of the product's name counts, so a place or a day ("stored
# in Leeds depot", "kept in March") and a named app the user opens are left alone.
# The data may be pushed there or logged as the product's records ("push missed drops
# into Salesforce", "logged as cases in Salesforce"), and the place may be a record kind
# of the named product ("saved into the Salesforce case object").
NAME_STORE = re.compile(
    r"\b(?:kept|held|stored|saved|logged|recorded|listed|tracked|filed|synced|pushe[sd]|push)\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:as\s+(?-i:[a-z]+s)\s+)?"
    r"(?:(?:straight|directly|automatically)\s+)?(?:in|into)\s+(?:the\s+(?=\S+\s+[a-z]+\s+"
    r"(?:objects?|records?|entit(?:y|ies))\b))?"
    r"(?-i:(?!(?:The|My|Our|Your|Their|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+){0,2})"
    r"(?=\s*(?:[,.;]|$)|\s+(?:and|so|with)\b|\s+[a-z]+\s+(?:objects?|records?|entit(?:y|ies))\b)"
    r"(?!\s+(?:app|apps|portal|website|site|account|inbox)\b)",
    re.IGNORECASE,
)


# Kit named by its technology's acronym as the source the want's data is read from
# ("the position from the AVL trackers", "read from the GPS units", "levels taken from
# the IoT sensors"): which devices feed the product is the team's design. The user's
# own device ("from my GPS unit") and a device named without its technology ("from
# the meter") are where the user reads a value, and are left alone.
KIT_SOURCE = re.compile(
    r"\bfrom\s+(?:the|its|their|each|every|all)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?-i:(?!(?:API|APIs|SMS|PDF|NHS|CSV)\b)[A-Z]{2,}[a-z]?)\s+"
    r"(?:trackers?|units?|sensors?|loggers?|beacons?|tags|transponders?|boxes|devices?|receivers?)\b",
    re.IGNORECASE,
)


# the words that place the kit or carrier in a hit: the last of them starts its quote
_PLACING = re.compile(
    r".*\b(?:from|over|via|through|using|into|(?:blocked|locked|unlocked|disabled|enabled|"
    r"controlled|driven|triggered|released)\s+by)\s",
    re.IGNORECASE,
)


def carrier_start(hit: str) -> int:
    """Where the detail starts in a hit of the kinds above: at its last placing word
    ("over LoRaWAN" of "send litres over LoRaWAN"), since the verb and the data before it
    only say where it is used; a device as the doer at its last word ("PLC" of "the
    parlour PLC"), since the words before it name what the user owns and sees (a tank)."""
    m = _PLACING.match(hit)
    if m:
        return (
            m.end()
            - len(
                " ".join(
                    m.group(0).split()[-2:]
                    if m.group(0).rstrip().endswith(" by")
                    else m.group(0).split()[-1:]
                )
            )
            - 1
        )
    return len(hit.rstrip()) - len(hit.rsplit(maxsplit=1)[-1]) if hit.split() else 0


_CAPITAL = re.compile(r"\b[A-Z]")


class _Part:
    """The part of a match its kind names as the detail ("over LoRaWAN" of "send litres
    over LoRaWAN"): the words before it only place it."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, m: re.Match[str], start: int | None = None) -> None:
        self._start = m.start() + carrier_start(m.group(0)) if start is None else start
        self._end = m.end()
        self._text = m.string[self._start : self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text


_PLACED = frozenset({"hardware and control devices", "protocols and third-party services"})


def narrowed(
    pat: re.Pattern[str], line: str, kind: str, tool: bool = False
) -> Iterator[re.Match[str] | _Part]:
    """Each match of ``pat`` on ``line``, narrowed to its detail for the kinds placed by
    the words before it."""
    if tool:
        # the tool's name and its container, not the verb that places the data there
        for m in pat.finditer(line):
            name = _CAPITAL.search(line, m.start() + len(m.group(0).split()[0]), m.end())
            yield _Part(m, name.start() if name else None)
        return
    if kind == "storage and infrastructure":
        # a route quoted from its end: the system the data goes to or comes from
        for m in pat.finditer(line):
            route = SYSTEM_ROUTE.match(line, m.start())
            end = _ROUTE_END.search(line, m.start(), m.end()) if route else None
            yield _Part(m, end.start()) if end and route and route.end() == m.end() else m
        return
    if kind not in _PLACED:
        yield from pat.finditer(line)
        return
    for m in pat.finditer(line):
        yield _Part(m)


def not_prescribed(line: str, start: int, kind: str) -> bool:
    """Whether the words before ``start`` reject the detail or make it the user's own.
    A platform is placed by a verb of its own ("my snags to go into Dynamics CRM"), so a
    "my" before that verb owns the data, not the platform, and leaves it the team's. So
    too a named product placed after the user's thing by a preposition ("shared to my
    handheld through Google Sheets"): "my" owns the handheld, not the product."""
    window = line[max(0, start - 40) : start]
    placed = _PLACED_NAME.match(line, start) is not None
    return any(
        not re.match(r"my\b", m.group(0), re.IGNORECASE)
        or (kind != _PLATFORM and not (placed and m.group(0).strip().count(" ")))
        for m in NOT_PRESCRIBED.finditer(window)
    )


# a hit that opens with a preposition placing a maker's named product ("through Google
# Sheets", "via Twilio")
_PLACED_NAME = re.compile(
    r"(?:through|via|using|over|into|in|on)\s+(?:an?\s+|the\s+)?(?-i:[A-Z])", re.IGNORECASE
)


_PLATFORM = "third-party platforms and integrations"
# the outside parts a story may name; the product's own name among them is the product
WIRED = frozenset({_PLATFORM, "protocols and third-party services"})


# A spreadsheet as the want's medium: its formulas and formatting rules ("with a
# VLOOKUP on the due date", "conditional formatting red"), a cell's edit as the trigger
# ("posts when a cell changes"), and a named spreadsheet product the data is shared
# through, kept as, or read from ("a shared Google Sheet", "through Google Sheets", "the
# operators' Google Sheets manifests"): which tool holds and passes the data is the
# team's. A list the user exports or downloads to a spreadsheet is their copy.
SHEET_BUILT = re.compile(
    r"\b(?:(?-i:[VHX]LOOKUP|SUMIFS?|COUNTIFS?|IFERROR|INDEX[\s/-]+MATCH)"
    r"|conditional\s+formatting|pivot\s+tables?"
    r"|(?:when|whenever|once|if)\s+(?:a|any|the)\s+cell\s+(?:changes|is\s+(?:edited|changed|updated))"
    r"|(?:shared|through|via|using|be|become)\s+(?:an?\s+|the\s+|one\s+)?(?:shared\s+)?"
    r"(?:google\s+sheets?|excel\s+(?:sheets?|workbooks?|spreadsheets?)|smartsheet|airtable)"
    r"|google\s+sheets?\s+(?!(?:files|tabs|links|exports|downloads|formats|is|was)\b)[a-z]{3,}s)\b",
    re.IGNORECASE,
)


# A named product's own container given as where the want's data is kept, posted or
# built from: the product's name before the container ("posted into a Teams channel",
# "tracked in a SharePoint list", "moved to a Microsoft Form") or after it ("kept in an
# Excel sheet on SharePoint", "built from a stock spreadsheet on Teams"). Which tool's
# sheet, list or channel holds the data is the team's choice; the user's own ("in my
# Google Sheet") and a container with no maker's name ("in the shared list") are left.
_CONTAINER = (
    r"(?:sheets?|spreadsheets?|(?-i:Excel)|lists?|channels?|forms?|folders?|workbooks?|trackers?|"
    r"boards?)"
)
TOOL_CONTAINER = re.compile(
    r"\b(?:kept|held|stored|saved|saves|tracked|posted|logged|recorded|built|moved|entered|"
    r"listed|managed|put|added|pulled|read)\s+(?:in|into|to|on|from)\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?:my|your)\b)[a-z]+\s+)?"
    r"(?:(?:(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w.]*[a-z](?:\s+[A-Z][a-z]+)?)\s+" + _CONTAINER + r")\b"
    r"|" + _CONTAINER + r"\s+(?:on|in)\s+(?-i:[A-Z][a-z]*[A-Z]?[a-z]+)\b"
    r"(?!\s+(?:app|portal|website)\b))",
    re.IGNORECASE,
)


# The same container as the source the want's data is read from, the data between the
# verb and the place ("read the stock count from the Google Sheet", "reads the status
# from the SharePoint list"): the tool the product takes its data from is named.
TOOL_ROUTE = re.compile(
    r"\b(?:read|reads|pull|pulls|fetch|fetches|take|takes)\s+"
    r"(?:[\w'\u2019-]+\s+){1,4}?from\s+(?:an?|the|each|every)\s+"
    r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?)\s+" + _CONTAINER + r"\b",
    re.IGNORECASE,
)

# A route for the want's data between two of the systems behind it: some part other
# than the user set to move it ("the launcher to read the ETA from our deployment
# pipeline", "the depot to push dates from its ERP system in a batch"), or the data set
# to land in one ("to be logged in the CAD incident log"). The end is a system, queue,
# folder or log given as someone's own (its, our, their) or by a maker's name or acronym;
# which part feeds which is the team's design. The user moving their own data ("I want
# to export my hours to a folder") and a system with no owner or name ("from the
# system") are left alone.
_SYSTEM_END = (
    r"(?:(?:its|our|their)\s+(?:[\w-]+\s+){0,2}?"
    r"|(?:the|an?)\s+(?:[\w-]+\s+)?(?-i:(?!(?:GP|NHS|UK|US|EU|ID|PDF|SMS|APP)\b)"
    r"[A-Z]{2,}|[A-Z][a-z]+[A-Z]\w*)\s+(?:[\w-]+\s+)?)"
    r"(?:systems?|pipelines?|servers?|databases?|queues?|buckets?|repository|repositories|"
    r"back-?ends?|logs?|folders?)\b"
)
SYSTEM_ROUTE = re.compile(
    r"(?:(?<=\bto\s)(?<!\bwant\sto\s)(?<!\bwants\sto\s)(?<!\bneed\sto\s)(?<!\bable\sto\s)"
    r"(?<!\blike\sto\s)(?<!\bhave\sto\s)(?<!\bhow\sto\s)(?<!\bme\sto\s)(?<!\bus\sto\s)"
    r"(?<!\bI\sto\s)(?<!\bwe\sto\s)(?<!\bthem\sto\s)(?<!\bhas\sto\s)(?<!\bneeds\sto\s)"
    r"(?:push|send|read|pull|sync|copy|export|import|post|transfer|feed|write|fetch|load|"
    r"upload|stream|forward|poll|publish)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:from|to|into)\s+"
    r"|\b(?:to|and)\s+be\s+(?:logged|stored|written|saved|pushed|posted|synced|copied|recorded|"
    r"filed|queued)\s+(?:in|into|to|on)\s+)" + _SYSTEM_END,
    re.IGNORECASE,
)
_ROUTE_END = re.compile(_SYSTEM_END + r"$", re.IGNORECASE)
