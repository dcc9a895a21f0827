"""A named system told as the doer of the want's data act ("and Twilio should text the
family", "the channel manager (SiteMinder) should push each change into our tool").

Which outside system sends, pushes or syncs the data is the team's design, however
plainly it is put. The name must stand mid-sentence (a capitalised first word is no
name) and is no pronoun or article; the product's own name is dropped by the judge, so
"Brookfield should text me" is left alone, and a plain wish without a modal ("Twilio
texts") is not read here.

A plain capitalised word is as often a person ("so that Priya will email each
customer") as a product, so only a maker's spelling counts: an inner capital
("SiteMinder", "HubSpot"; not a surname's "McDonald"), an acronym that names no person,
team or public body ("SAP", not "HR" or "GP"), one of the services whose whole job is
sending messages ("Twilio"), or any name the story brackets after a system word ("our
rota tool (Rotamaster)"). A person's name is no technology.
"""

from __future__ import annotations

import re

# acronyms for people, teams and public bodies, who may well send things themselves
_PEOPLE = (
    r"HR|GP|GPs|IT|PA|QA|PM|CEO|CFO|CTO|COO|CIO|VP|MD|HQ|NHS|HMRC|DVLA|UK|EU|US|ID|OK|AM|"
    r"SMS|API|PDF|ICU|ER|A&E|TA|RA|DPO|SENCO|SEN|PTA|HOD|HoD"
)
# the services whose job is to send a product's messages or move its data
_SENDERS = r"Twilio|Vonage|Plivo|Mailchimp|Mailgun|Postmark|Klaviyo|Brevo|Zapier|Sendgrid"
# a system word the story puts before a bracketed name, making any name a system's
# ("our rota tool (Rotamaster)"); a bracketed name after a person ("our driver (Dave)")
# stays a person
_SYSTEM_BRACKET = "|".join(
    rf"(?<={w} \()"
    for w in ("tool", "system", "manager", "platform", "service", "software", "provider", "app")
)
NAMED_DOER = re.compile(
    r"(?:(?:(?<=[\w,;] )|(?<=\())(?-i:(?!(?:" + _PEOPLE + r")\b)"
    r"(?:(?!(?:Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]+\b)[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,6}|(?:"
    + _SENDERS
    + r")\b))"
    r"|(?:" + _SYSTEM_BRACKET + r")(?-i:[A-Z][a-z]+(?=\))))\)?"
    r"\s+(?:should|must|will|shall)\s+(?:(?:automatically|directly|also|then)\s+)?"
    r"(?:push|send|text|sms|e-?mail|sync|post|forward|feed|upload|export)\b",
    re.IGNORECASE,
)
