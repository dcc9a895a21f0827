"""Words that put a system on the users' side of a product, not in the team's build:
their own systems and setup, the client they code against, the documented contract,
the table a user reads. The problem judge (``_solution``) asks them."""

from __future__ import annotations

import re

__all__ = [
    "BUILT_BY_VENDOR",
    "CHECKED_SETUP",
    "DOCUMENTED",
    "SDK_AFTER",
    "THEIR_SYSTEMS_AFTER",
    "THEIR_SYSTEMS_BEFORE",
    "USERS_SYSTEMS",
    "USER_SIDE_OF_API",
    "USER_TABLE",
    "ours_in_outcome",
]

I = re.IGNORECASE

# Infrastructure told as an event in the user's own systems ("when a database goes
# down", "the shared Postgres cluster fails over", "services that depend on the
# database") is the situation the user lives in, not what the team should build.
# what the user notices or catches happening ("so that I notice a retry loop") too
THEIR_SYSTEMS_BEFORE = re.compile(
    r"\b(?:depend(?:s|ing|ent)?\s+on|(?:notice|spot|catch|detect)(?:s|es|ed)?)\s+(?:[\w-]+\s+){0,2}$",
    I,
)
THEIR_SYSTEMS_AFTER = re.compile(
    # a clause may say whose it is between ("the database they share is down")
    r"(?:\s+[\w'-]+){0,3}?\s+(?:goes|went|is|was|are|were)\s+(?:down|offline|unreachable)\b|"
    r"(?:\s+[\w-]+)?\s+(?:fails(?:\s+over)?|failed\s+over|crash(?:es|ed)|restart(?:s|ed)|"
    r"(?:runs?|ran)\s+out\s+of|outages?|failures?|failover|downtime)\b|"
    # shipped in the user's own release ("a retry loop in a Friday deploy")
    r"\s+in\s+(?:an?|my|their)\s+(?:[\w-]+\s+)?(?:deploy(?:ment)?|release)\b",
    I,
)
# In a developer or data product the user's own systems are named as theirs ("in my
# warehouse", "my dbt models") or as the source the product reads ("a source column",
# "a source's schema change"): their tables and columns are the world the user works in.
USERS_SYSTEMS = re.compile(
    r"\b(?:my|our|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:warehouses?|databases?|dbs?|tables?|"
    r"schemas?|models?|columns?)\b|"
    r"\bsources?(?:'s)?\s+(?:[\w-]+\s+)?(?:columns?|fields?|tables?|schemas?)\b|"
    r"\bschema\s+chang(?:e|es|ed|ing)\b",
    I,
)
# The user's own setup that the product checks ("DKIM and SPF setup checked when I add
# a domain", "my DNS records verified"): in a developer product, what they configure.
CHECKED_SETUP = re.compile(
    r"(?:\s+(?:and|or|&)?\s*[\w-]+){0,3}?\s+(?:setup|set-up|configuration|config|settings|"
    r"records?)\s+(?:(?:is|are|gets?|being|to\s+be)\s+)?(?:checked|verified|validated|tested)\b",
    I,
)
# A developer product's client in a named language ("the Python SDK", "our Go
# client", "the Python and Node SDKs") is what its users code against.
SDK_AFTER = re.compile(
    r"(?:\s*(?:,|/|\s(?:and|or|&))\s*[\w.+#-]+){0,3}\s+(?:sdks?|client(?:\s+librar(?:y|ies))?|librar(?:y|ies)|packages?|"
    r"bindings?|gems?|modules?)\b",
    I,
)

# A documented policy is part of the contract: a retry schedule the docs publish.
DOCUMENTED = re.compile(
    r"\b(?:document(?:ed|s|ation)?|docs|published|publish(?:es)?|"
    r"stated\s+in|as\s+described)\b",
    I,
)

# A technique told from the user's side ("retried with backoff when my endpoint is down")
# is behaviour they meet; one placed in the vendor's code ("implemented in the
# notifications service") is the team's.
USER_SIDE_OF_API = re.compile(
    r"\b(?:my|our)\s+(?:endpoint|server|integration|handler|app|shop)s?\b", I
)
USER_TABLE = re.compile(
    r"\b(?:sort|filter|scroll|search|view|open|see|read)\w*\s+(?:(?:and|or)\s+\w+\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    I,
)
BUILT_BY_VENDOR = re.compile(
    r"\b(?:implement(?:ed|s)?|built|coded|written|in\s+the\s+[\w-]+\s+(?:service|worker|code))\b", I
)


# The persona's own system named in the outcome ("so that a bug in our batch job can't
# run up a bill"): what goes wrong in their world, which the want guards them from, not
# a part the team is asked to build.
_PURPOSE = re.compile(r"\bso(?:\s+that)?\s+(?![^.!?;]*\b(?:want|need)\b)[^.!?;]*$", I)
_OURS = re.compile(r"\b(?:our|my|their)\s+(?:own\s+)?(?:[\w-]+\s+)?$", I)


def ours_in_outcome(line: str, start: int) -> bool:
    """Whether the words at ``start`` are the persona's own system in a so-that clause."""
    return (
        _OURS.search(line, max(0, start - 30), start) is not None
        and _PURPOSE.search(line, max(0, start - 200), start) is not None
    )
