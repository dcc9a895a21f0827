"""The forms a story tells its persona in, read by pattern: a letter's salutation, a teller
speaking of themselves, a job story's role, a short note of who the teller is (used by the
persona judge), the persona's own words in what a form matched and a story line told
below the checks (used by the parse). Split from them by job."""

from __future__ import annotations

import re

from ._text import I

__all__ = [
    "ANY_JOB",
    "BARE_SELF",
    "COMPOUND_KIND",
    "FIRST_PERSON",
    "JOB_ROLE",
    "LATE_STORY",
    "SALUTATION",
    "SELF_NOTE",
    "TAG",
    "YOUR",
    "persona_phrase",
]

# A story that opens in the first person about the teller's own life ("I keep forgetting
# ...", "I'm Margaret, 71, I volunteer ..."), not with a want
_NOT_SITUATION = (
    r"(?!want\b|need\b|would\b|'d\b|wish\b|should\b|could\b|must\b|will\b|can\b|"
    r"have\s+to\b|shall\b)"
)
FIRST_PERSON = re.compile(
    # "i am student in year 9, i want ...": who they are, then the want
    r"^\W*(?:hi\W+|hello\W+)?(?:I|we)(?:'m|'re|\s+am|\s+are)\s+(?!not\b)[a-z][^,.;\n]{2,50},|"
    # "I keep forgetting ... . I'd like ...": their own situation told first
    r"^\W*(?:hi\W+|hello\W+)?(?:I|we)(?:'m|'re|\s+am|\s+are)?\s+" + _NOT_SITUATION + r"[a-z]+\b"
    r"[^.!?\n]*[.!?,][\s\S]*?[.!?]\s+\S|"
    # "I stay there most weeks for work. I'd like ...", "My son takes the early bus. I
    # want ...": a sentence of the teller's own life or people (not a label: "My role:
    # ..."; a time "7.40" does not end it), then their want as the story's next sentence,
    # even its last
    r"^\W*(?:I\s+" + _NOT_SITUATION + r"[a-z]+|my\s+[a-z]+)\b(?:[^.!?\n:]|\.\d)*[.!?]\s+"
    r"[^\n]*?\bI(?:\s+(?:want|need|would\s+like)|'d\s+like)\b",
    I,
)

# a letter's salutation on a line of its own: "Dear Eventry,", "To whom it may concern,"
SALUTATION = re.compile(r"\W*(?:dear|hi|hello|hey|to\s+whom)\b[^\n.!?]{0,60}[,:!]?[ \t]*\n", I)

# the teller doing something with the service written to: "at your hotel", "on your app"
YOUR = re.compile(r"\b(?:at|with|through|on|in|from|to|via)\s+your\s+\w", I)

# "When I'm ... as the credit controller", "I as a cardholder want": a role in a job story
# "When a book comes back, I want ...": a job story whose situation is not the person's
ANY_JOB = re.compile(
    r"(?:^|[.!?]\s+|\n)\W*when\s+((?!I\b|we\b|my\b|our\b)[^\n]*?),?\s*\b(?:I|we)\s+"
    r"(?:want|need|'d\s+like)",
    I,
)

# the teller naming their role without an article: "I am customer who ...", "as tenant
# in a flat, I want": the role words up to what describes them
BARE_SELF = re.compile(
    r"\b(?:I\s+am|I'm|as)\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:who|in|at|on|of|with|for|that)\b|\s*[,.;:\n]|$|"
    # "as EV driver I want see ...": the want right after the role
    r"\s+(?:I|we)\s+(?:want|need|would|'d)\b)",
    I,
)

# a story that opens with a short note of who the teller is, then the teller's own words:
# "Night nurse, I ...", "small shop owner, 3 staff.\n\ni want ..."
SELF_NOTE = re.compile(
    r"^\W*(?P<who>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s*[,.\n]"
    r"(?=[^\n]{0,80}\n?[\s\S]{0,300}?\b(?:I|i)\s+(?:want|need|would\s+like|'d\s+like|do|am|"
    r"look|have)\b)",
)

# a role in a job story's situation: "as the only bookkeeper at ...", and after "I'm" or
# "I am" with an article ("and I'm the developer on call"; "I'm late" names no one)
JOB_ROLE = re.compile(
    r"(?:\bas\s+(?:(?:the|an?|our|my)\s+)?|\bI(?:'|\u2019)?m\s+(?:the|an?)\s+|\bI\s+am\s+(?:the|an?)\s+)"
    r"(?P<role>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
    r"(?=\s*(?:[,.;()]|\b(?:at|in|for|and|of|I|we|want|need|on|who|with)\b|$))",
    I,
)

# a bracketed tag closing a line, its first part a role: "(Barista, part-time, student)"
TAG = re.compile(r"\((?P<role>[A-Za-z][\w' -]{2,40}?)\s*(?:[,;/][^()\n]{0,60})?\)\W*$")


def persona_phrase(raw: str) -> str:
    """The persona's own words in what a form gave: up to a bracket, a clause or a second
    person ("a clerk and a parent"), but a head two modifiers share kept whole."""
    phrase = re.split(r"\s*[(\[]", raw.strip(" \"'*_-\u2013\u2014"), maxsplit=1)[0]
    phrase = phrase.strip(" \"'*_()[]-\u2013\u2014")
    phrase = re.split(r"\s+(?:who|that|at|in|for|with|working)\s+", phrase)[0]
    if _SHARED_HEAD.fullmatch(phrase):
        return phrase  # "a mobile and backend developer": one person, two kinds of work
    return re.split(r"\s+and\s+", phrase)[0]


# two modifiers sharing one head noun: "mobile and backend developer" (not "and a sailor",
# a second person)
_SHARED_HEAD = re.compile(
    r"[a-z][\w-]*\s+and\s+(?!(?:an?|the|my|our)\s)[a-z][\w-]*\s+[a-z][\w-]*(?:er|or|ist|ian|ant|ent|lead)s?",
    I,
)


# "first time buyer", "second time applicant": the compound "first-time" written without
# its hyphen before a noun names a kind of person, as "first-time buyer" does
COMPOUND_KIND = re.compile(r"(?:first|second)\s+time\s+[a-z][\w-]*", I)


# a story line below the checks: "Story: As a vet ...", and telegraphic, with no article,
# a role told by where it works: "As developer at a pet app, I want ..."
LATE_STORY = re.compile(
    r"^\W*(?:story\s*:\s*)?as\s+(?:(?:an?|the)\s|(?!(?:soon|long|well|far|much|many|if|"
    r"though|part|of|per|such|usual|agreed|above|below|before|expected|needed)\b)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?\s*(?:,|\s(?:at|in|of|for|with|who)\s)).*\bI\s+(?:want|need)\b",
    I,
)
