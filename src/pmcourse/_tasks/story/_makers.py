"""Who is on the maker's side: its named builders, its own staff by its name or its
possessive, and a builder team's one post told by its work (used by ``_roles``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ._text import I, content_words, quote, stem, word_list
from ._types import Scenario
from ._words import BUILDER, ROLE_SHORT

__all__ = ["builder_told", "stems", "vendor_side"]


def stems(text: str) -> set[str]:
    # a role's short form is the role: "a mobile dev" is a mobile developer
    return {stem(ROLE_SHORT.get(w, w)) for w in word_list(text)}


def _named_builder(phrase: str, scenario: Scenario) -> str | None:
    """The scenario's builder this persona names ("the platform team"), if any."""
    said = stems(phrase)
    for builder in scenario.builders:
        need = {stem(w) for w in content_words(word_list(builder))}
        if need and need <= said and not _uses_maker(builder, phrase, scenario):
            return builder
    return None


def builder_told(phrase: str, scenario: Scenario) -> str | None:
    """Why a persona told with its clause ("the developer who looks after the referral
    system") is the builder the scenario names by those words, or None."""
    if _named_builder(phrase, scenario):
        return "is someone who builds the product, not someone who uses it"
    return None


def _uses_maker(builder: str, phrase: str, scenario: Scenario) -> bool:
    """Whether a builder named by where they work ("an engineer at the maker") is matched
    only by a phrase that uses the maker's product instead ("an engineer using <maker>"):
    the relation, not the words, says who builds."""
    for vendor in scenario.vendor:
        v = _maker(vendor)
        if v.works_for.search(builder) and not v.works_for.search(phrase):
            return True
        # "an SRE using <maker> kill switches" matches the maker's "<maker> SRE" by its
        # words, but says the person uses the maker's product, not that they work there
        if v.named.search(builder) and v.uses.search(phrase) and not v.works_for.search(phrase):
            return True
    return False


@dataclass(frozen=True)
class _Maker:
    """The patterns that place a person by the maker's name, compiled once per name."""

    works_for: re.Pattern[str]  # "an engineer at <maker>"
    uses: re.Pattern[str]  # "a developer using <maker>"
    named: re.Pattern[str]  # the name alone
    exactly: re.Pattern[str]  # "As <maker>"
    works_at: re.Pattern[str]  # "a developer at/for <maker>"
    works_on: re.Pattern[str]  # "working on <maker> in our team project"
    teams_role: re.Pattern[str]  # "<maker> notifications" before a role
    possessive: re.Pattern[str]  # "<maker>'s support" before a role
    staff: re.Pattern[str]  # "<maker>'s member experience manager": the whole persona
    leads: re.Pattern[str]  # "the founder of <maker>"
    in_team: re.Pattern[str]  # "on <maker>'s API team", after the role


@cache
def _maker(vendor: str) -> _Maker:
    v = re.escape(vendor)
    return _Maker(
        works_for=re.compile(rf"\b(?:at|for|of)\s+(?:the\s+)?{v}\b", I),
        uses=re.compile(rf"\b(?:using|uses|integrating|calling|with)\s+(?:the\s+)?{v}\b", I),
        named=re.compile(rf"\b{v}\b", I),
        exactly=re.compile(rf"\W*(?:the\s+)?{v}(?:'s)?\W*", I),
        works_at=re.compile(rf"\b(?:at|for)\s+(?:the\s+)?{v}\b", I),
        works_on=re.compile(rf"\bwork(?:s|ing)?\s+on\s+(?:the\s+)?{v}\b" + _IN_PROJECT, I),
        teams_role=re.compile(rf"\b{v}\s+(?:[\w-]+\s+){{1,2}}$", I),
        possessive=re.compile(rf"\b{v}'s\s+(?:[\w-]+\s+){{0,2}}$", I),
        staff=re.compile(rf"\W*(?:as\s+)?(?:the\s+)?{v}['\u2019]s\s+((?:[\w-]+\s*){{1,4}})\Z", I),
        leads=re.compile(
            rf"\W*(?:as\s+)?(?:the|an?)\s+(?:[\w-]+\s+)?([\w-]+)\s+(?:of|at)\s+(?:the\s+)?{v}\W*", I
        ),
        in_team=re.compile(
            rf"\b(?:on|in|of|from|with)\s+(?:the\s+)?{v}(?:'s)?\s+(?:[\w-]+\s+){{0,3}}?"
            r"(?:team|squad|department|dept|unit)\b",
            I,
        ),
    )


def _a_users_role(role: str, scenario: Scenario) -> bool:
    """Whether a role ends in a user noun or in one of the scenario's user roles
    ("<maker>'s instructors" where its users include instructors)."""
    words = [w.rstrip("s") for w in word_list(role)]
    if not words or _USER_NOUN.fullmatch(word_list(role)[-1]):
        return True
    for known in scenario.user_roles:
        want = [w.rstrip("s") for w in word_list(known)]
        if want and words[-len(want) :] == want:
            return True
    return False


# the nouns a product's users are called by, whose "of <maker>" is no staff of its maker
_USER_NOUN = re.compile(
    r"(?:users?|customers?|clients?|members?|subscribers?|fans?|buyers?|patrons?|"
    r"account\s+holders?|admins?|administrators?)",
    I,
)


# "the invoicing app's support lead": the product's own staff, told by its possessive
_PRODUCTS_OWN = re.compile(
    r"(?:^|\bthe\s+)(?!(?:my|our|your|their|his|her)\b)(?:[\w-]+\s+)?(?:app|application|platform|product|software|tool|portal)'s\s+"
    r"(?!(?:[\w-]+\s+){0,2}(?:users?|customers?|subscribers?|members?|clients?)\b)[\w-]",
    I,
)


# a clause that says what the person does: "who integrates", "that uses", "calling"
_ACTS_ON = re.compile(r"\b(?:who|that)\s+\w+|\b[a-z]{3,}ing\s+(?:\w+\s+)?$", I)


# the project or team a piece of work is done in: "in our group project", "as part of the
# app team", "for my final-year module"
_IN_PROJECT = (
    r"(?:'s\s+[\w-]+)?\s+(?:in|as\s+part\s+of|for|with)\s+(?:our|my|a|an|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:project|team|course|module|class|hackathon|internship)\b"
)


def _builder_at_org(phrase: str, scenario: Scenario) -> bool:
    """A builder the scenario names by its organisation's possessive ("the studio's tools
    programmers") told as its role where that organisation is ("a tools programmer at the
    studio")."""
    said = stems(phrase)
    for builder in scenario.builders:
        m = _ORG_ROLE.match(builder)
        if m is None:
            continue
        role = {stem(w) for w in content_words(word_list(m["role"]))}
        if role and role <= said and _at_org(m["org"]).search(phrase):
            return True
        # "the bank's open-banking API team": the one post in that team, told by its work
        # ("the open-banking API engineer at ..."), is that team's member
        work = _TEAM.sub("", m["role"])
        if work != m["role"] and _THE.match(phrase) and BUILDER.search(phrase):
            words = {stem(w) for w in content_words(word_list(work))}
            if words and words <= said:
                return True
        # "the trust's timetable API developer": the one post, told as the developer who
        # looks after the timetable API (not a post of the persona's own organisation)
        if work == m["role"] and _THE.match(phrase) and not _OWN_ORG.search(phrase):
            words = {stem(w) for w in content_words(word_list(work))}
            told = {w for w in words if not BUILDER.fullmatch(w)}
            if told and told != words and words <= said:
                return True
    return False


_OWN_ORG = re.compile(r"\b(?:my|our)\b", I)


_TEAM = re.compile(r"\s+(?:team|squad|department|unit)s?\s*$", I)
# the one post: "the ...", "As the ..."
_THE = re.compile(r"\s*(?:as\s+)?the\b", I)


# "the studio's tools programmers": an organisation and its builders' role
_ORG_ROLE = re.compile(r"\s*(?:the\s+)?(?P<org>[\w-]+(?:\s+[\w-]+)?)'s\s+(?P<role>.+)", I)


def _makers_names(scenario: Scenario) -> tuple[str, ...]:
    """The maker's names: each vendor, and for a product for developers the organisation
    that opens a vendor's name of several words ("Fernbank" of "Fernbank Appointments
    API"), whose developers build it while its users work at other companies."""
    names = list(scenario.vendor)
    if scenario.users_are_developers:
        for vendor in scenario.vendor:
            org = _ORG_OPENS.match(vendor)
            if org and org[1] not in names:
                names.append(org[1])
    return tuple(names)


# a proper name of one word, or two joined by "&", before more words of the vendor's name
_ORG_OPENS = re.compile(r"(?:the\s+)?((?-i:[A-Z])[\w-]+(?:\s+&\s+(?-i:[A-Z])[\w-]+)?)\s+\S")


def _builders_team(phrase: str, scenario: Scenario) -> bool:
    """Whether a role is placed in a team told by the work of one of the scenario's
    builders: "a developer on the order-management team" for "the order-management
    developers", "an engineer in the notifications team" for "notifications team"."""
    m = _ON_TEAM.search(phrase)
    if m is None or not BUILDER.search(phrase[: m.start()]):
        return False
    work = {stem(w) for w in content_words(word_list(m["work"]))}
    for builder in scenario.builders:
        if not BUILDER.search(builder):
            continue
        # the builder's own work: its words that are no builder's role or team
        own = {stem(w) for w in content_words(word_list(builder)) if not BUILDER.fullmatch(w)}
        if own and own == work:
            return True
    return False


# the team a role is in, told after it: "on the order-management team" (not "our team",
# which in a product for developers is the customer's own)
_ON_TEAM = re.compile(
    r"\b(?:on|in|of|from)\s+(?:the\s+)?(?!(?:our|my|their|your)\b)"
    r"(?P<work>(?:[\w-]+\s+){1,3}?)(?:team|squad|department|dept)\b",
    I,
)


def vendor_side(phrase: str, scenario: Scenario) -> str | None:
    if _builder_at_org(phrase, scenario) or _builders_team(phrase, scenario):
        return "is someone who builds the product, not someone who uses it"
    own = _PRODUCTS_OWN.search(phrase)
    # "a developer who integrates the platform's webhooks": the product's own thing is
    # what the person's clause acts on, not whom the person works for
    if own and not _ACTS_ON.search(phrase[: own.start()]):
        return "works for the product's maker, not for the people who use it"
    for vendor in _makers_names(scenario):
        v = _maker(vendor)
        if v.exactly.fullmatch(phrase):
            # "As <maker>": the maker itself, by its name, is no one who uses its product
            return f"is {vendor}, the product's maker, not someone who uses it"
        if on := v.works_on.search(phrase):
            # "a student working on <product> in our group project": the product itself is
            # the work, done in a project or team that builds it
            return f"works on {vendor} itself ({quote(on[0])}), as one who builds it"
        if (led := v.leads.fullmatch(phrase)) and not _USER_NOUN.fullmatch(led[1]):
            # "the founder of <maker>", "a co-owner of <maker>": a person told as part of
            # the maker, which no user of its product is ("a customer of <maker>" is one)
            return f"is part of {vendor}, the product's maker, not someone who uses it"
        # "a <maker> notifications engineer": the maker and one of its teams before the role
        role = BUILDER.search(phrase)
        # "<maker>'s support team": the maker's possessive before a team or role is its staff
        if role and v.possessive.search(phrase[: role.start()]):
            return f"is {vendor}'s own staff, on the maker's side, not someone who uses it"
        if role and (
            v.works_at.search(phrase)
            or v.teams_role.search(phrase[: role.start()])
            # "a developer on <maker>'s API team": the maker's team, told after the role
            or v.in_team.search(phrase, role.end())
        ):
            return f"works for {vendor}, the product's maker, not for the people who use it"
        staff = v.staff.match(phrase.strip())
        if staff and not _a_users_role(staff[1], scenario):
            # "<maker>'s member experience manager": a post the maker's possessive owns,
            # which is none of the roles its users are told by, is the maker's own staff
            # (not a builder: its checks and outcome are read as any user's)
            return f"works for {vendor}, the maker, in a post none of the users hold"
    return None


@lru_cache(maxsize=64)
def _at_org(org: str) -> re.Pattern[str]:
    """ "at/for/in/with (the) <org>", compiled once per builder's organisation."""
    return re.compile(rf"\b(?:at|for|in|with)\s+(?:the\s+|our\s+)?{re.escape(org)}\b", I)
