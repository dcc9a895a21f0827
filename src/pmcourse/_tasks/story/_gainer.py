"""Whom an outcome is a gain for: its subject (a person, a thing of the product, the
maker) and whether the persona builds the product rather than uses it."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ._fastre import quick_search
from ._parse import Parsed, later_personas
from ._roles import at_customer, persona_problem, user_role, vendor_side
from ._text import DETERMINERS, SELF_WORDS, VERBS, I, stem, word_list, wordset
from ._types import Scenario
from ._words import (
    BUILDER,
    FEWER_CONTACTS,
    GENERIC_HEAD,
    JUSTIFIED_PURCHASE,
    OVERSEER_REPORT,
    PERIODIC_REPORT,
    PRICED_UNIT,
    RENEWAL,
    SALE,
    SCORE,
    SELF_IMAGE,
    UNIT_WORKLOAD,
    VENDOR_SIDE,
)

__all__ = [
    "BUILDER_SELF",
    "EXISTS",
    "NONE_HAPPENS",
    "THING",
    "about_maker",
    "commercial",
    "counted_others",
    "image_to_others",
    "is_person",
    "is_thing",
    "people_subject",
    "persona_builds",
    "persona_is_machine",
    "persona_maker",
    "pitch",
    "subject",
    "vendor_subject",
]


def persona_is_machine(p: Parsed, scenario: Scenario) -> bool:
    if p.persona is None:
        return False
    # a business or company is people at work, not a machine
    text = p.persona[0].text
    return "product itself" in (persona_problem(text, scenario) or "") and not re.search(
        r"\b(?:company|business|firm)\b", text, I
    )


def vendor_subject(body: str, scenario: Scenario) -> str | None:
    """The product's maker when it is the outcome's subject ("Voltly gets", "Farely's
    call centre gets"), not the product ("Waymark's results")."""
    who = subject(body)
    if not who or is_thing(who, body):
        return None
    if re.match(r"\W*(?:my|our|their|your)\b", body, I):
        # "our <maker> bill": the maker's name tells which of the persona's things it is
        return None
    for vendor in scenario.vendor:
        if who[0] in {vendor.lower(), vendor.lower() + "'s", vendor.lower() + "s"}:
            return vendor
    return None


EXISTS = re.compile(r"\b(?:exists?|existed|is\s+there|are\s+there|available|created)\b", I)
# The product or its internals as the subject of an outcome: a goal of the system
THING = re.compile(
    r"\b(?:mechanism|scores?|model|thermostat|algorithm|engine|pipeline|logic|data|records?|"
    r"metrics?|system|queue|service|code|codebase|database|platform|app|application|"
    r"software|server|backend|api|report|dashboard|chart|process|workflow)s?$",
    I,
)
PEOPLE = wordset(
    "nobody everyone everybody customers clients technicians patients payers recipients "
    "drivers players students teachers pupils parents staff colleagues residents travellers "
    "diners guests families households buyers sellers applicants reviewers designers"
)
NOT_PEOPLE = wordset(
    "order orders number numbers computer computers server servers router timer paper folder "
    "filter header trigger register ledger letter letters matter water winter summer power "
    "layer after later never ever other others"
)


BUILDER_SELF = {"i", "me", "my", "we", "us", "our"}


def persona_builds(p: Parsed, scenario: Scenario) -> bool:
    """Whether the persona builds or sells the product (a builder or the vendor's team)."""
    if p.persona is None:
        return False
    span, intro, _ = p.persona
    # the words right after the role say whom they work for ("an engineer at the maker")
    start = p.story.find(intro) + len(intro) if intro in p.story else len(p.story)
    rest = re.split(r"[,.;:\n]", p.story[start : start + 60], maxsplit=1)[0]
    problem = persona_problem(span.text, scenario) or vendor_side(span.text + rest, scenario) or ""
    if "builds" not in problem and "product's maker" not in problem:
        return False
    if "builds" in problem and at_customer(span.text, rest, scenario):
        return False
    if "builds" in problem and _users_act(span.text + rest, scenario):
        return False
    if "builds" in problem and _owns_system(span.text + rest, scenario):
        return False
    # a user persona further on: the builder's may be a quoted draft above a rewrite
    return all(persona_problem(o, scenario) for o in later_personas(p.story, start))


def _owns_system(phrase: str, scenario: Scenario) -> bool:
    """Whether a technical role owns a system of its own, told by "whose" ("an SRE whose
    gateway caches the keys"): in a product for developers, a customer's engineer."""
    return (
        scenario.users_are_developers
        and bool(re.search(r"\bwhose\s+(?:own\s+)?[\w-]+", phrase, I))
        and not VENDOR_SIDE.search(phrase)
    )


def _users_act(phrase: str, scenario: Scenario) -> bool:
    """Whether a builder's word is followed by what the scenario's users do, both named
    in its users ("an engineer ordering test kit", where the users are "engineers ...
    ordering parts"): a user who shares a builder's job title."""
    role = BUILDER.search(phrase)
    act = re.match(r"\s+([a-z]{3,}ing)\b", phrase[role.end() :], I) if role else None
    if not role or not act:
        return False
    users = {stem(w) for w in word_list(scenario.users)}
    return stem(role.group(0).lower()) in users and stem(act[1].lower()) in users


def subject(body: str) -> list[str]:
    """The words before the outcome's first verb: its subject ("the customer")."""
    out: list[str] = []
    for w in word_list(body):
        if w in VERBS or w.endswith("n't"):
            break
        if out and w in PREPOSITIONS:
            # "engineers at our customers are paged": the subject ends at what follows it
            break
        if w in DETERMINERS or w in QUANTIFIERS:
            # "fewer change requests": a count of the subject, not a person ("-er")
            continue
        out.append(w)
        if len(out) == 3:
            break
    return out


QUANTIFIERS = {"no", "fewer", "more", "less", "many", "few", "most", "several"}
PREPOSITIONS = {"at", "in", "of", "for", "from", "with", "on", "across"}
NONE_HAPPENS = re.compile(r"\W*(?:no|nothing|none|never|nobody|no\s+one)\b", I)


def is_thing(who: list[str], body: str = "") -> bool:
    """Whether the subject is the product or a part of it: the whole ends in one ("the
    fraud model"), or one of the outcome's first words is followed by its verb ("the
    retry mechanism works", "the energy report shows": nouns that read as verbs too)."""
    if who and THING.search(" ".join(who)):
        return True
    words = [w for w in word_list(body)[:5] if w not in DETERMINERS]
    return any(
        THING.search(w)
        and (nxt in VERBS or re.fullmatch(r"[a-z]{3,}s", nxt))
        and not THING.search(nxt)
        for w, nxt in pairwise(words)
    )


def people_subject(who: list[str], scenario: Scenario) -> bool:
    """Whether the subject is people: its last word is a person, or it starts with people
    in the plural and a plain verb agrees with them ("technicians fix", where "fix" was
    not known as a verb)."""
    if is_person(who[-1], scenario):
        return True
    return (
        len(who) > 1
        and who[0].endswith("s")
        and is_person(who[0], scenario)
        and not who[1].endswith("s")
        and not is_person(who[1], scenario)
    )


def is_person(word: str, scenario: Scenario) -> bool:
    if word in NOT_PEOPLE:
        return False
    if word in PEOPLE or word in GENERIC_HEAD or user_role(word, scenario):
        return True
    return bool(re.fullmatch(r"\w{3,}(?:ician|ist|ant|ee|er|or)s?", word))


def person_owned(body: str, who: list[str], scenario: Scenario) -> bool:
    """Whether the subject's thing belongs to people: "our customers' secrets", "the
    users' data" (a possessive person before the head), theirs however the teller says it."""
    return any(
        # the cheap "in" first: most words are never followed by an apostrophe
        w + "'" in body
        and is_person(w, scenario)
        and re.search(rf"\b{re.escape(w)}'", body) is not None
        for w in who[:-1]
    )


# "we pass our audit next year", "our company passes the year-end inspection": an
# organisation that passes a formal check, its standing, with nothing the persona can then
# do (perhaps with someone's mood after it: "and the CFO is happy")
_AUDIT_PASSED = re.compile(
    r"^\W*(?P<audit>(?:we|our\s+(?:[\w-]+\s+)?(?:company|organi[sz]ation|firm|business|"
    r"school|practice|clinic|council|hospital|bank|team)|the\s+(?:company|organi[sz]ation|"
    r"firm|business))\s+(?:will\s+|can\s+)?pass(?:es)?\s+(?:our|its|the|their|an?)\s+"
    r"(?:[\w'-]+\s+){0,3}(?:audit|inspection)s?)\b(?:\s+(?!and\b)[\w'-]+){0,4}"
    r"(?:\s+and\s+(?:the\s+|my\s+|our\s+)?[\w'-]+\s+(?:is|are|will\s+be)\s+"
    r"(?:happy|pleased|satisfied|content))?\W*$",
    I,
)


def commercial(body: str, persona: str, scenario: Scenario) -> tuple[str, str, str] | None:
    """A seller's or an organisation's gain as the outcome, by its kind: (verdict, kind,
    evidence), where the verdict is "unsure" when the persona may gain it themselves (a
    sale they make, a report they write for those their organisation answers to, a unit
    they may work in that gets fewer calls)."""
    if found := pitch(body, scenario):
        return found
    if m := quick_search(SALE, body):
        said = re.sub(r"(?:\s+(?:to|for|and|of|with|the|a|an|in|on|at))+$", "", m.group(0))
        told = re.match(r"\W*(?:I|we)\b", body, I)
        if told and not PRICED_UNIT.search(m.group(0)):
            return "unsure", "a sale the persona makes", said
        # the seller: the words right before the sale ("the stallholders sell more")
        who = word_list(body[: m.start()])
        # (named people or users, not a guess from the word's ending: "restaurants")
        if not told and who and (who[-1] in PEOPLE or user_role(who[-1], scenario)):
            # "so that stallholders sell more": the scenario's users may be sellers
            return "unsure", "a sale by the people named", said
        kind = "a sale of the product's plans or seats" if told else "a sale"
        return "not met", f"{kind}, the seller's revenue", said
    if m := _AUDIT_PASSED.match(body):
        return "not met", "an audit the organisation passes, its standing", m["audit"]
    if (m := quick_search(RENEWAL, body)) and not SELF_WORDS.search(body):
        return "not met", "a renewal, which keeps the seller's customer", m.group(0)
    if m := quick_search(JUSTIFIED_PURCHASE, body):
        return (
            "not met",
            "the case for paying for the product, which keeps its seller's customer",
            m.group(0),
        )
    if (m := quick_search(SCORE, body)) and not SELF_WORDS.search(body):
        return "not met", "a score or rating the organisation is judged by", m.group(0)
    if (m := quick_search(PERIODIC_REPORT, body)) and not SELF_WORDS.search(body):
        return "not met", "a figure in the organisation's periodic report", m.group(0)
    if (m := quick_search(UNIT_WORKLOAD, body)) and not SELF_WORDS.search(body):
        unit = word_list(m["unit"] or m["unit2"])
        kind = "less work for a unit of the organisation, its workload"
        # "As a claims handler, ... so that the claims team has less work": may be theirs
        ours = {w[:6] for w in unit if len(w) > 4} & {w[:6] for w in word_list(persona)}
        return ("unsure" if ours else "not met"), kind, m.group(0).strip()
    if m := quick_search(OVERSEER_REPORT, body):
        return "unsure", "reporting to those the organisation answers to", m.group(0)
    if m := FEWER_CONTACTS.match(body):
        who = word_list(m["who"] or m["unit"])
        if not who or who[-1] in BUILDER_SELF:
            return None
        if is_person(who[-1], scenario):
            # "so that the front-desk staff get fewer calls": people who take the calls,
            # whose lighter load may be the persona's gain or only the organisation's
            return (
                "unsure",
                "fewer contacts for the people who answer them, a workload",
                (m.group(0).strip()),
            )
        kind = "fewer contacts for a unit of the organisation, its workload"
        # "my support team gets fewer complaints": the persona's own team, which they may
        # lead or work in, so its lighter load may be theirs
        mine = re.match(r"\W*my\b", m["who"] or "", I)
        if m["count"] and not mine:
            # "the housing options line gets 1,400 fewer calls a month": a counted drop in
            # a unit's contacts is the figure the organisation tracks its workload by,
            # whoever tells it
            return "not met", kind, m.group(0).strip()
        if mine or {w[:6] for w in who if len(w) > 4} & {w[:6] for w in word_list(persona)}:
            # "As a receptionist, ... so that reception gets fewer calls": it may be theirs
            return "unsure", kind, m.group(0).strip()
        return "not met", kind, m.group(0).strip()
    return None


# A count of other people as the outcome's subject, "fewer of our accounts ask for a
# refund", "fewer of them leave": how many of a group still do something is a figure of
# whoever the group belongs to. And the teller as a group that receives fewer of
# something, "we get fewer calls": the group's intake, its workload.
_FEWER_OF = re.compile(r"^\W*(?:fewer|less)\s+of\s+(?P<whose>our|them|their|the|its|your)\b", I)
# the same count rising, told of "our" people: "more of our customers switch to us" is how
# many of the organisation's own take up what it offers ("more of them are home" may be a
# gain of the persona's, and is left alone)
_MORE_OF_OURS = re.compile(r"^\W*more\s+of\s+our\b", I)
_WE_RECEIVE = re.compile(
    r"^\W*we\s+(?:will\s+|can\s+)?(?:get|gets|receive|handle|field|take)\s+(?:fewer|less)\s+"
    r"(?P<what>[\w'-]+(?:\s+[\w'-]+){0,2})",
    I,
)
# the same intake told from the other side, "fewer chargebacks hit our account", "fewer
# calls reach us": a falling count of things that land on the teller's group
_HITS_US = re.compile(
    r"^\W*(?:fewer|less)\s+(?P<what>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:will\s+)?[a-z]+"
    r"(?:\s+(?:on|in|at|to|into|against|with))?\s+(?:us|our\s+(?:[\w'-]+\s+)?(?P<ours>[\w'-]+))\W*$",
    I,
)
# "fewer customers dispute ...": a count of people, as the outcome's subject, and their verb
_FEWER_PEOPLE = re.compile(r"^\W*(?:fewer|less)\s+(?P<who>[a-z-]+s)\s+[a-z]+\b", I)
# a persona that is a group, not a person: its last word names a body of people
_GROUP = re.compile(
    r"\b(?:team|centre|center|department|desk|office|company|business|firm|unit|staff|"
    r"organi[sz]ation|council|board)\W*$",
    I,
)


def counted_others(body: str, p: Parsed, scenario: Scenario) -> tuple[str, str, str] | None:
    """A count of others or a group's intake as the outcome: (verdict, kind, evidence),
    "not met" when the persona speaks for the group (a group, the maker or its builders,
    or "our" people counted), else "unsure": it may still be the persona's own gain."""
    persona = p.persona[0].text if p.persona else ""
    maker = any(v and v.lower() in persona.lower() for v in scenario.vendor)
    speaks_for = bool(maker or _GROUP.search(persona) or persona_builds(p, scenario))
    if m := _FEWER_OF.match(body):
        said = re.split(r"[,;]", body[m.start() :], maxsplit=1)[0].strip()
        kind = "a count of other people, a figure of the organisation they belong to"
        # "of our accounts", or the maker itself telling it: the counted are its customers
        # (a builder's "fewer of them quit" may be the users' gain told as a count)
        told_ours = m["whose"].lower() == "our"
        return ("not met" if told_ours or maker else "unsure"), kind, said
    if m := _MORE_OF_OURS.match(body):
        said = re.split(r"[,;]", body[m.start() :], maxsplit=1)[0].strip()
        return "not met", "a count of the organisation's own people, its figure", said
    if m := _WE_RECEIVE.match(body):
        kind = "fewer contacts for the group the persona speaks for, its workload"
        return ("not met" if speaks_for else "unsure"), kind, m.group(0).strip()
    ours = m["ours"].lower() if (m := _HITS_US.match(body)) and m["ours"] else ""
    if m and not (ours.endswith("s") and is_person(ours, scenario)):
        # ("fewer delays reach our customers" is a harm the people are spared, named in
        # the plural; "our merchant account" a thing, named by its last word); told with
        # no persona at all, "we" and "our" can only be the teller's organisation
        kind = "a falling count of things that land on the teller's own group, its intake"
        return ("not met" if speaks_for or not persona else "unsure"), kind, m.group(0).strip()
    if (m := _FEWER_PEOPLE.match(body)) and speaks_for and is_person(m["who"].lower(), scenario):
        # "As <maker>'s billing team, ... so that fewer customers complain": told by the
        # group that serves them, how many still do it may be that group's figure or a
        # harm the people are spared ("fewer patients run out"): which, the words don't say
        kind = "a count of other people, which may be a figure of the group the persona speaks for"
        return "unsure", kind, m.group(0).strip()
    return None


# "<subject> looks modern to parents", "... comes across as reliable to the network": how
# something looks in others' eyes, with those others named after "to"
_IMAGE = re.compile(
    r"^\W*(?P<who>(?:[\w'-]+\s+){0,4}?[\w'-]+)\s+(?:looks?|seems?|comes?\s+across(?:\s+as)?|"
    r"appears?)\s+(?:(?:more|very|really|so|much|far)\s+)?"
    r"(?!(?:on|in|at|like|as|to|for|the|a|an|when|if)\b)[a-z-]+"
    r"(?:\s*,?\s+(?:and|or)\s+[a-z-]+)?\s+(?:to|for|in\s+front\s+of)\s+"
    r"(?P<others>(?:[\w'-]+\s+){0,6}?[\w'-]+)\W*$",
    I,
)


def image_to_others(body: str, scenario: Scenario) -> str | None:
    """The words of an outcome that is only how an organisation or thing looks to others
    (its image), told of no one who gains: "so that the district looks modern to
    parents"; None when the persona or people are the subject ("I look prepared to my
    clients" may be a gain of theirs) or it is not that form."""
    if own := SELF_IMAGE.match(body):
        return own.group(0).strip(" .")
    m = _IMAGE.match(body)
    if not m or re.search(r"\b(?:I|me|my|we|us|our|it|this|they|he|she)\b", m["who"], I):
        return None
    who = subject(m["who"])
    if not who or people_subject(who, scenario):
        return None
    return m.group(0).strip(" .")


def about_maker(body: str, scenario: Scenario) -> bool:
    """Whether the outcome names the product's maker, or a vendor or provider, as what it
    is about ("confident in <maker>", "trust the vendor")."""
    return _maker_pattern(scenario.vendor).search(body) is not None


# Built once per scenario's makers, not on every call: so many scenario-built patterns
# would otherwise push each other out of the re module's cache and be compiled again.
@cache
def _maker_pattern(vendors: tuple[str, ...]) -> re.Pattern[str]:
    makers = [re.escape(v) for v in vendors if v]
    pat = (
        r"\b(?:the\s+(?:vendor|provider|supplier|company)"
        + "".join(f"|{m}" for m in makers)
        + r")\b"
    )
    return re.compile(pat, I)


@cache
def _maker_names(vendors: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each maker with the pattern of a persona that is it by name (built once per scenario)."""
    return tuple((v, re.compile(rf"{re.escape(v.lower())}(?:'s)?(?:\s+\w+)?")) for v in vendors)


def persona_maker(p: Parsed, scenario: Scenario) -> str | None:
    """The maker when the persona is it by name ("As <maker>", "As the <maker> team")."""
    if p.persona is None:
        return None
    said = re.sub(r"^\W*(?:as\s+)?(?:the\s+)?", "", p.persona[0].text.lower()).strip(" .,")
    return next((v for v, pat in _maker_names(scenario.vendor) if pat.fullmatch(said)), None)


# A pitch told as the outcome: the teller's company raising money or answering to its
# investors ("raise our seed round", "prove our impact to investors"), which no one who
# uses the product gains
_FUNDING = re.compile(
    r"\b(?:raise|raising|close|closing|get|secure)\s+(?:our|a|the|its|their|my)\s+(?:next\s+)?"
    r"(?:pre-?seed|seed|series\s+[a-e]|funding|investment|bridge)(?:\s+round)?\b|"
    # proving or showing something to investors is a pitch; reporting to them is a duty
    # of the finance people who may use the product ("report to our investors")
    r"\b(?:prov(?:e|es|ing)|show(?:s|ing)?|demonstrat(?:e|es|ing)|pitch(?:es|ing)?|"
    r"impress(?:es|ing)?|convinc(?:e|es|ing)|win\s+over)\b(?:\s+[\w'-]+){0,6}?\s+"
    r"(?:to\s+|for\s+)?(?:our\s+|the\s+|potential\s+|future\s+)*(?P<who>investors|vcs)\b",
    I,
)
# The teller's own product as a clause's subject ("our app gets ...", "our API platform
# reduces ..."): with a business figure after it (churn, retention, a rating, deals), the
# product's standing in its market, the maker's figure, whoever else the outcome names
_OUR_PRODUCT = re.compile(
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:app|product|platform|startup|company|business|brand|"
    r"tool|service)\b(?P<rest>(?:[^,;.]|\.(?=\d)){0,70})",
    I,
)
_MARKET_FIGURE = re.compile(
    r"\b(?:churn|retention|revenue|arr|mrr|ratings?|reviews|stars|downloads|market\s+share|"
    r"deals|valuation|growth)\b",
    I,
)
# Others choosing the teller's product over a rival: the maker's gain in its market
_OVER_RIVAL = re.compile(
    r"\b(?:trust|choose|prefer|pick|recommend|use)s?\s+our\s+(?:[\w-]+\s+)?(?:product|app|"
    r"platform|service|api|brand|company|tool)\s+(?:more\s+than|over|instead\s+of|rather\s+than)\b",
    I,
)


def pitch(body: str, scenario: Scenario) -> tuple[str, str, str] | None:
    """A founder's pitch as the outcome, by its kind: (verdict, kind, evidence)."""
    if (m := _FUNDING.search(body)) and not (m["who"] and user_role(m["who"], scenario)):
        return "not met", "funding for the company, a pitch to its investors", m.group(0)
    if (m := _OUR_PRODUCT.search(body)) and (f := _MARKET_FIGURE.search(m["rest"])):
        said = m.group(0)[: m.start("rest") - m.start() + f.end()]
        return "not met", "a figure of the teller's product in its market", said
    if m := _OVER_RIVAL.search(body):
        return "not met", "others choosing the teller's product over a rival", m.group(0)
    return None


def serves_users(body: str, scenario: Scenario) -> list[str]:
    """The scenario's users the outcome names after its first word ("so we can offer
    members another car"): a maker's or builder's aim that is done for them, which a
    reader may count as their gain (labelled met with a careful instructor's doubt)."""
    return [w for w in word_list(body)[1:] if user_role(w.lower(), scenario)]


def others_things(who: list[str], body: str) -> bool:
    """Whether the subject is many things of others that act ("apps stop writing",
    "customers' APIs keep working"): a plural head, the users' own instances rather than
    one part of the product ("the fraud model"), and not merely there ("... exist")."""
    if not who:
        return False
    head = who[-1].lower()
    return (
        len(head) > 3 and head.endswith("s") and not head.endswith("ss") and not EXISTS.search(body)
    )
