"""Solution detail too weak to fault on its own: one bare word for where data lives or
runs, and a colour something turns into. The problem judge says it cannot tell rather than "not met".
A plain colour on a check is no detail at all: it is the state the check observes."""

from __future__ import annotations

import re

from ._bareuse import told_bare

__all__ = ["LEADING", "Hit", "bare_word", "colour_checked", "colour_only", "told_bare"]

Hit = tuple[str, int, set[str]]  # the quoted words, their line, their kinds

# A lone bare common noun for where data lives or runs ("the database", "backend", "on
# our cluster"), one already there rather than brought in with "a", with no name (Redis), identifier (payout_events) or modifier (a dead-letter
# queue) to make it a design choice: on blind slices such a single cue was the
# learner's everyday word for the product more often than a prescription.
LEADING = re.compile(
    r"^(?:(?:a|an|the|our|their|its|my|as|in|on|from|to|via|using|into|with|of|by)\s+)+",
    re.IGNORECASE,
)

_JARGON = re.compile(r"microservices?|dbs?|cfgs?", re.IGNORECASE)


def bare_word(hits: list[Hit]) -> bool:
    """Whether the only detail is one storage or infrastructure word, bare and unnamed."""
    if len(hits) != 1 or hits[0][2] != {"storage and infrastructure"}:
        return False
    words = hits[0][0].strip()
    if re.match(r"(?:an?)\s", words, re.IGNORECASE):
        # "a microservice", "a schema": a new thing brought in, which is the team's build
        return False
    word = LEADING.sub("", words)
    if _JARGON.fullmatch(word):
        # "microservice", "the db", "the cfg": builders' words no user speaks of the
        # product in, so they are the team's build, not the user's name for it
        return False
    return re.fullmatch(r"[a-z]+", word) is not None


# a colour the thing turns into ("the page turns red when a backup fails") is a state the
# user sees as often as a style the team is told to use; labellers of the blind slices
# split on it, so the judge cannot tell. A colour asked for in the want ("show them in
# red", "marked in blue") or with a code, size or font is surely styling; a plain colour
# on a check is the state it observes (``colour_checked``).
# a colour told as the state a thing is shown in, with no "in" ("shown red", "shown
# green again"), reads as its status word as much as its style
# nor does a thing that shows or appears in a colour of itself ("rejected claims show in
# red"): the colour is how it looks to the user, told as of a turning
_TURNS = re.compile(
    r"(?:turns?|turned|turning|goes|went|becomes?|became|stays?|shown(?!\s+in\b)|shows|show(?=\s+in\b)|appears?)\s",
    re.IGNORECASE,
)
_COLOUR = re.compile(
    r"\b(?:red|green|amber|orange|yellow|blue|purple|grey|gray|pink)\b", re.IGNORECASE
)
_MORE_STYLE = re.compile(
    r"[#\d]|\b(?:fonts?|bold|italic|pixels?|px|css|hex|rgba?)\b", re.IGNORECASE
)


def colour_only(hits: list[Hit]) -> bool:
    """Whether every piece of detail is a colour something turns into, with no code,
    size or font beside it."""
    return bool(hits) and all(
        kinds == {"UI layout and styling"}
        and _TURNS.match(h) is not None
        and _COLOUR.search(h) is not None
        and not _MORE_STYLE.search(h)
        for h, _, kinds in hits
    )


# "in red", "shown in green", "printed in red text": a plain colour and the words that
# place it, with no code, size or font
_PLAIN_COLOUR = re.compile(
    r"(?:(?:[a-z]+\s+){0,2}?(?:in\s+)?)?(?:red|green|amber|orange|yellow|blue|purple|grey|gray|pink)"
    r"(?:\s+text)?",
    re.IGNORECASE,
)


def colour_checked(hits: list[Hit], checks: frozenset[int]) -> list[Hit]:
    """The hits less each plain colour on a line of the acceptance criteria ("Given a
    client is stale, then it is shown in red"): there the colour is a state the check
    observes, which the labellers read as the user's world (a dozen stories across
    scenarios, none the other way); a colour asked for in the want ("I want overdue invoices in red") is still styling."""
    return [
        h
        for h in hits
        if not (
            h[1] in checks
            and h[2] == {"UI layout and styling"}
            and _PLAIN_COLOUR.fullmatch(h[0]) is not None
            and not _MORE_STYLE.search(h[0])
        )
    ]
