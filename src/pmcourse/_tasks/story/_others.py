"""An outcome told of someone or something other than the persona ("so that technicians
fix it on the first visit", "so that it's always up to date"): whether it is a gain for
the people the persona serves, a goal of the product, the want again, or unclear."""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._gainer import EXISTS, NONE_HAPPENS, THING, is_person, is_thing, people_subject, subject
from ._lexicon import VAGUE_TERMS
from ._orgtarget import org_target
from ._parse import Parsed
from ._restated import same
from ._roles import CHECK, persona_problem
from ._served import builder_for_others
from ._text import content_words, quote, stem, word_list
from ._types import Finding, Scenario
from ._words import HARM_STOPS, ORG_NUMBERS, RECORD_STATE

# a thing's harm denied: "isn't stale", "doesn't slow down", "never misses"
_THING_SPARED = re.compile(
    r"\b(?:is|are|was|does|do|did|has|have|will|can)n[\u2019']t\b|\b(?:not|never|no longer)\b",
    re.IGNORECASE,
)
# "so that hauliers' systems stop showing ...": the systems of other people, who may be
# the users a builder writes for (labelled either way), not the product's own goal
_THEIR_SYSTEMS = re.compile(
    r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:s'|s\u2019|'s|\u2019s)\s+(?:[\w-]+\s+)?"
    r"(?:systems?|software|apps?|tools?|platforms?)\b",
    re.IGNORECASE,
)

# An organisation, by the kind of body it is, as the subject with its own verb or its
# possessive ("the council issues", "the firm can bill", "the bank's complaints"); a noun
# after it ("the school worker", "bank customers") is a person, not the body
_ORG_SUBJECT = re.compile(
    r"^\W*(?P<org>(?:the\s+)?(?:company|council|trust|practice|firm|bank|hotel|charity|agency|"
    r"pharmacy|registry|authority|store|co-op|organi[sz]ation|business|insurer|lender|landlord|"
    r"district|hospital|school|club|society|airline|retailer|provider|operator|supplier|shop|"
    r"brand))(?:(?P<owns>['\u2019]s\s)|\s+(?:can|will|could)\s+[\w-]+|"
    r"\s+(?P<verb>(?!needs\b)[\w-]+s)\b)",
    re.IGNORECASE,
)

# What an organisation owns that is its own gain when told as the subject: a figure, its
# money or its standing ("the council's income stays stable", "the trust's utilisation
# figures stay accurate"); what else it owns may be the product the persona runs for
# others ("the shop's order pages show the current status"), which careful readers
# labelled a gain of the persona's
_OWN_MEASURE = re.compile(
    r"\b(?:performance|figures?|numbers?|rates?|days|position|forecasts?|income|revenue|"
    r"costs?|budgets?|margins?|profits?|cash(?:-flow)?|sales|targets?|reputation|ratings?|"
    r"scores?|utili[sz]ation|compliance|accounts?|books)\b",
    re.IGNORECASE,
)

# What makes an organisation's doing its own goal: a measure, an obligation or a verb of
# reaching one or keeping its own ("the council issues fewer appeals", "the agency meets
# its contract", "the airline keeps its slots", "the club can charge late fees"); an
# organisation that only does a step of the work ("the practice can resend the returned
# referrals", "the practice sends a new impression") may be the people the persona's work
# serves, which careful readers labelled a gain
_ORG_GOAL = re.compile(
    r"\b(?:fewer|less|more|higher|lower|under|over|per\s*cent|league|contracts?|polic(?:y|ies)|"
    r"compl(?:y|ies|iance)|meets?|hits?|reach(?:es)?|achieves?|avoids?|earns?|pass(?:es)?|"
    r"reports?|protects?|inspections?|findings?|fines?|appeals?|charges?|fees?|"
    r"keeps?\s+(?:its|their))\b|%",
    re.IGNORECASE,
)

__all__ = ["other_gain"]

_CHECK = CHECK
# something done to the thing, sooner: "so that it gets found faster" is an event (the
# lost thing found), not a vague state of the thing ("it's accurate"); one speed word is
# all that is vague, and readers may take the event as the gain
_DONE_SOONER = re.compile(
    r"^\W*(?:it|this)\s+(?:gets?|is|will\s+be)\s+[a-z]+(?:ed|en|(?<=n)d|t)\s+"
    r"(?:much\s+|a\s+lot\s+)?(?:faster|quicker|sooner|more\s+quickly)\W*$"
)


def other_gain(
    p: Parsed, scenario: Scenario, body: str, text: str, shown: str, words: list[str]
) -> Finding:
    """The finding for an outcome whose subject is not the persona (``body`` is the
    outcome without its lead-in, ``words`` its words)."""
    who = subject(body)
    builder = p.persona is not None and "builds" in (
        persona_problem(p.persona[0].text, scenario) or ""
    )
    if who and not builder and people_subject(who, scenario):
        # "so that technicians fix it on the first visit": a gain for the people the
        # persona works for or with
        return Finding("outcome", "met", shown, quoted=(text,))
    want = set(same(content_words(word_list(p.want.text)))) if p.want else set()
    # "data scientists compare runs": people named after what they work on are
    # still people, whatever the first word of their name
    owner = re.match(r"\W*(?:the\s+)?([\w-]+?)(?:'s|s')\s", body)
    if owner and is_person(owner[1].lower(), scenario) and HARM_STOPS.search(body):
        # "so that customers' APIs don't break": a harm their own things no longer suffer
        return Finding("outcome", "met", shown, quoted=(text,))
    if builder and is_thing(who, body) and (found := builder_for_others(who, body, shown)):
        return found
    if is_thing(who, body) and not (who and people_subject(who, scenario)):
        if _THEIR_SYSTEMS.search(body):
            # "so that hauliers' systems stop showing free boxes": other people's systems,
            # perhaps the users' own, whose gain this may be (labelled either way)
            return Finding(
                "outcome",
                "unsure",
                f"{shown} is about other people's systems; looked for what the persona "
                f"achieves and could not tell whether this is it; {CHECK}",
            )
        if _THING_SPARED.search(body):
            # "so that the dashboard isn't built on yesterday's data": a harm a thing no
            # longer suffers may be the persona's own (careful readers labelled these
            # either way; told plainly, a thing's state is right over 95 % of the time)
            return Finding(
                "outcome",
                "unsure",
                f"{shown} says a thing is spared a harm; looked for what the persona "
                f"achieves and could not tell whether this is it; {CHECK}",
            )
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a goal of the product, not something the persona achieves; say "
            "what the persona can then do",
            flagged=(text,),
        )
    if who and any(stem(w) in want for w in who) and EXISTS.search(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} says the wanted thing exists, which repeats the want; say what it "
            "lets the persona achieve",
            flagged=(text,),
        )
    if ORG_NUMBERS.match(body) and not (who and people_subject(who, scenario)):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a figure of the organisation (its calls, rates or counts), not "
            "a gain for the persona; say what the persona can then do",
            flagged=(text,),
        )
    if HARM_STOPS.search(body) and not builder and not is_thing(who, body):
        # "so that the spray isn't washed off": a harm the persona no longer suffers
        return Finding("outcome", "met", shown, quoted=(text,))
    if NONE_HAPPENS.match(body) and not builder and len(content_words(words)) >= 2:
        # "so that no order slips through": a harm that no longer happens
        return Finding("outcome", "met", shown, quoted=(text,))
    vague = quick_search(VAGUE_TERMS, body)
    vague_thing = words[:1] in (["it"], ["it's"], ["this"], ["everything"]) or any(
        THING.search(w) for w in words[:3]
    )
    if vague and vague_thing and _DONE_SOONER.match(body):
        return Finding(
            "outcome",
            "unsure",
            f"{shown} says something is done to the thing sooner; looked for what the persona "
            f"can then achieve and could not tell; {_CHECK}",
        )
    if vague and vague_thing and not (who and people_subject(who, scenario)):
        # "so that it's always up to date": a vague state of a thing, no one's gain
        return Finding(
            "outcome",
            "not met",
            f"{shown} says in vague words ({quote(vague[0])}) how something will be, "
            "not what the persona can then do",
            flagged=(text,),
        )
    if RECORD_STATE.match(body) and not (who and people_subject(who, scenario)):
        # "so that the rota is up to date": a state the wanted feature keeps a record
        # in, with no one who gains from it named
        return Finding(
            "outcome",
            "not met",
            f"{shown} only says how a record or the system will be, which the want "
            "gives; say what the persona can then do",
            flagged=(text,),
        )
    if (
        (org := _ORG_SUBJECT.match(body))
        and not (who and people_subject(who, scenario))
        # "store managers move the cage": the body's kind names its people, not the body
        and not (org["verb"] and is_person(org["verb"].lower(), scenario))
        # "the shop's order pages show …": what it owns is not its figure or money
        and not (org["owns"] and not _OWN_MEASURE.search(" ".join(body[org.end() :].split()[:5])))
        and (org["owns"] or _ORG_GOAL.search(body) or _OWN_MEASURE.search(body))
    ):
        # "so that the council issues fewer appeals", "so that the trust passes its
        # inspection": the organisation itself as the subject, doing or keeping its own
        return Finding(
            "outcome",
            "not met",
            f"{shown} is about the organisation ({quote(org['org'])}), what it does, earns "
            "or keeps, not something the persona gains; say what the persona can then do",
            flagged=(text,),
        )
    if found := org_target(body, text, shown):
        return found
    if p.outcome and p.outcome.line > 1 and not _OWN_MEASURE.search(" ".join(body.split()[:4])):
        # a "so that" after the first line, in a longer, prose or job-story answer that
        # has already told who acts and why: what it lets others or the work do is the
        # gain the persona serves (labelled met); the organisation's figure is not
        return Finding("outcome", "met", shown, quoted=(text,))
    return Finding(
        "outcome",
        "unsure",
        f"{shown} is about someone or something other than the persona; looked for "
        f"what the persona can then achieve and could not tell; {_CHECK}",
    )
