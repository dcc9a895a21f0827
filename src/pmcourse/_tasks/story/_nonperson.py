"""A persona that is no person who could use the product: a body told by its own name or
as a department ("As Larkfield Home Care", "As Fitch & Rowe", "As HR", "As the library"),
a pet or other animal ("As Rex the terrier", "As Bella (a spaniel)"), a vehicle ("As the
milk tanker") or a small child ("As a 6-year-old", "As a toddler").

Only asked where the persona judge would otherwise be unsure (a role the scenario does
not list): labellers mark all of these forms "not met", whoever the users are, because
none of them signs in and uses the product as a person.
"""

from __future__ import annotations

import re

from ._text import I

__all__ = ["not_a_person"]

# what a body's own name ends with: "Larkfield Home Care", "Severn Vale Water", "Ashby FC"
_ORG_END = (
    r"(?:Care|Hotels?|Water|Airports?|Librar(?:y|ies)|FC|Theatres?|Services?|Council|Ltd|"
    r"Limited|Group|Trust|Bank|Hospitals?|Clinic|College|University|Club|Energy|Homes|"
    r"Housing|Transport|Railways?)"
)
# a department named bare or after a brand: "HR", "payroll", "Smilebook marketing"
_UNIT = (
    r"(?:HR|payroll|operations(?:\s+control)?|marketing|management|support|finance|"
    r"procurement|compliance|IT)"
)
# told with no article, as a name is: a run of capitalised words (one may be "&"), then
# the body's ending, a department, or a second name after "&" ("Fitch & Rowe")
_BODY = re.compile(
    rf"(?-i:(?:[A-Z][\w'-]*\s+){{0,3}}(?:{_ORG_END}\b|&\s+[A-Z][\w-]*$))"
    rf"|(?:[a-z]+\s+)?{_UNIT}$",
    I,
)
# "the library", "the university", "a GP practice": the institution itself
_PLACE = re.compile(
    r"(?:the|our)\s+(?:library|university|college|council|hospital|airport|charity)$"
    r"|an?\s+(?:GP\s+)?practice$",
    I,
)
_ANIMAL = (
    r"(?:dog|puppy|cat|kitten|rabbit|spaniel|dachshund|labrador|terrier|retriever|collie|"
    r"poodle|hamster|pony|horse|parrot|budgie|tortoise|tapir|lemur|penguin|giraffe|cow|goat)"
)
# "Bella the spaniel", "Bella (a spaniel)": a pet's name and its kind
_PET = re.compile(rf"(?-i:[A-Z][a-z]+)\s+(?:the\s+|\(an?\s+){_ANIMAL}\b", I)
# "the milk tanker", "a bin lorry": the vehicle, not its driver
_VEHICLE = re.compile(r"(?:the|a)\s+(?:[\w-]+\s+)?(?:tanker|lorry|van|truck)$", I)
# "a 6-year-old", "a 9 year old on holiday", "a toddler", "Alfie (3 and a half)"
_CHILD = re.compile(
    r"an?\s+(?:(?:[1-9]|1[01])[\s-]year[\s-]old|toddler|baby|infant)\b"
    r"|(?-i:[A-Z][a-z]+)\s+\((?:[1-9]|1[01])\b",
    I,
)
_AS = re.compile(r"\W*as\s+", I)


def not_a_person(told: str) -> str:
    """Why the persona phrase ("As ..." and its role) names no person, or ""."""
    text = _AS.sub("", told, count=1).strip()
    if not text:
        return ""
    if _BODY.fullmatch(text) or _PLACE.fullmatch(text):
        return "names an organisation or a department, not a person who uses the product"
    if _PET.match(text):
        return "is an animal, not a person who uses the product"
    if _VEHICLE.fullmatch(text):
        return "is a vehicle, not a person who uses the product"
    if _CHILD.match(text):
        return "is a young child, not a person who uses the product"
    return ""
