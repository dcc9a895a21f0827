"""A named system told as the doer of the want's data act ("and Twilio should text the
family", "the channel manager (SiteMinder) should push each change into our tool").

Which outside system sends, pushes or syncs the data is the team's design, however
plainly it is put. The name must stand mid-sentence (a capitalised first word is no
name) and is no pronoun or article; the product's own name is dropped by the judge, so
"Brookfield should text me" is left alone, and a plain wish without a modal ("Twilio
texts") is not read here.
"""

from __future__ import annotations

import re

NAMED_DOER = re.compile(
    r"(?:(?<=[\w,;] )|(?<=\())(?-i:(?!(?:The|A|An|My|Our|Their|Your|This|That|Its|It|I|We|They|"
    r"He|She|You|Then|And|Or|But)\b)(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,6}))\)?"
    r"\s+(?:should|must|will|shall)\s+(?:(?:automatically|directly|also|then)\s+)?"
    r"(?:push|send|text|sms|e-?mail|sync|post|forward|feed|upload|export)\b",
    re.IGNORECASE,
)
