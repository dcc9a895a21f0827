"""Who a phrase names: one of the scenario's users, one of its builders, someone on the
vendor's side, a machine or nobody (used by the persona, outcome and criteria judges)."""

from __future__ import annotations

import re
from functools import lru_cache

from ._fastre import quick_search
from ._listed import listed_bare
from ._makers import builder_told, stems, vendor_side
from ._salad import stuffed
from ._situation import in_users_team, runs_users_place, vendor_side_words, vendor_words
from ._text import (
    DETERMINERS,
    PLACEHOLDER,
    STOP,
    I,
    content_words,
    plural_stem,
    quote,
    stem,
    word_list,
)
from ._types import Scenario, topic_patterns
from ._words import (
    BUILDER,
    CLAUSE_BEFORE,
    DEV_ROLE,
    GENERIC_HEAD,
    GENERIC_MOD,
    MACHINE,
    NOUN_AFTER,
    PARENT_KIN,
    ROLE_SHORT,
)

__all__ = [
    "CHECK",
    "at_customer",
    "builder_told",
    "codes",
    "doing_users_work",
    "general_of_role",
    "integrates",
    "kin_of_users",
    "modifier_role",
    "of_users_org",
    "other_party",
    "part_of_role",
    "persona_problem",
    "role_by_head",
    "role_ends",
    "stems",
    "user_role",
    "users_noun",
    "users_thing",
    "vendor_side",
]

CHECK = "check this point against the checklist"


# ====================================================================== persona
def user_role(phrase: str, scenario: Scenario) -> bool:
    """Whether the phrase names one of the scenario's user roles; a role of several
    words ("shift lead", "sprayer operator") needs all of them."""
    said = stems(phrase)
    return any(
        all(stem(ROLE_SHORT.get(w, w)) in said for w in word_list(role))
        for role in scenario.user_roles
        if role
    )


def general_of_role(head: str, scenario: Scenario) -> str | None:
    """The user role a bare role noun is the general form of: "an analyst" for "data
    analyst", when no builder of the scenario is named by that noun too; a role of several
    words by its head (role_by_head)."""
    words = [w for w in word_list(head) if w not in DETERMINERS]
    if len(words) != 1:
        return role_by_head(head, scenario)
    noun = stem(words[0])
    if any(noun in stems(b) for b in scenario.builders):
        return None
    for role in scenario.user_roles:
        # the role's own head: "engineer" in "platform engineer at a customer"
        own = word_list(re.split(r"\s+(?:of|at|for|in|from|who|with|on)\s+", role, maxsplit=1)[0])
        if len(own) > 1 and stem(own[-1]) == noun:
            return role
    return None


# a template's slot filled in ("<finance clerk>"), a field's name left as the persona
_FILLED = re.compile(r"\W*<\s*([\w' -]{2,30}?)\s*>\W*")
_FIELD_NAME = re.compile(r"(?:persona|role|kind\s+of\s+user)", I)


# the judges of persona, outcome, criteria and topic each ask about the same phrases
@lru_cache(maxsize=256)
def persona_problem(phrase: str, scenario: Scenario, intro: str = "") -> str | None:
    """Why a persona phrase is not a kind of user, or None when it is one."""
    filled = _FILLED.fullmatch(phrase)
    if (
        filled
        and len(filled[1].split()) <= 3
        and user_role(filled[1], scenario)
        and not re.search(r"\b(?:type|kind|sort)\s+of\b|\b(?:user|persona|role)\b", filled[1], I)
    ):
        # "As a <student>": the template's brackets left around a role the writer did
        # fill in; the role, not the brackets, says who the story is for
        return None
    if (
        quick_search(PLACEHOLDER, phrase)
        or quick_search(PLACEHOLDER, intro)
        or _FIELD_NAME.fullmatch(phrase)
    ):
        return "is a placeholder, not a kind of user"
    if stuffed(phrase, topic_patterns(scenario.topic)):
        return "strings the need's keywords together, not a kind of user"
    return (
        builder_told(phrase, scenario)
        or vendor_side(phrase, scenario)
        or _other_problem(phrase, scenario)
    )


def _appositive_head(phrase: str) -> str:
    first = phrase.split(",", 1)[0]
    return first if re.search(r"\b[a-z]{3,}", first) else phrase


def _other_problem(phrase: str, scenario: Scenario) -> str | None:
    # "a research lead reviewing my team's results": the persona's own team is no builder
    builder = next(
        (
            m
            for m in BUILDER.finditer(phrase)
            if not re.match(r"'s\b", phrase[m.end() :])
            and not re.search(r"\b(?:my|our)\s+$", phrase[: m.start()], I)
            # "a shop owner paying suppliers": whom the persona deals with, not who it is
            and not re.search(
                r"\b\w+ing\s+(?:(?:the|a|an|my|our|their|its|local|\d+)\s+)*$",
                phrase[: m.start()],
                I,
            )
            # "a lawyer drafting advice on a supplier dispute": a builder's word that
            # modifies a noun in the clause after the role names a thing, not the person
            and not (
                CLAUSE_BEFORE.search(phrase[: m.start()]) and NOUN_AFTER.match(phrase[m.end() :])
            )
        ),
        None,
    )
    if builder:
        # a builder's word is a user's when the scenario says so ("product engineer",
        # "finance team"); the vendor's own people stay builders
        # the whole role, not the builder's word in it: "an on-call DevOps engineer"
        role = re.split(r"\s+(?:of|at|for|in|from|who|with|on|\w+ing)\s+", phrase, maxsplit=1)[0]
        users_word = (
            doing_users_work(phrase, scenario)
            or user_role(builder.group(0), scenario)
            or user_role(role, scenario)
            # "an SRE" where the users include "SRE at a customer": the role the users' list
            # names, told without where they work; the maker's own, only when tied to it
            or role_ends(role, scenario)
            # "an engineer on swings" where the list reads "chief engineers, engineers and
            # ..."; not one told by what they do ("an engineer building the page")
            or (listed_bare(role, scenario) and not re.match(r"\s+\w+ing\b", phrase[len(role) :]))
            or (scenario.users_are_developers and DEV_ROLE.search(builder.group(0)))
            or integrates(phrase[builder.end() :], scenario)
            or runs_users_place(phrase[builder.end() :], scenario)
            # "a tester on a league team": a member of a team the users' roles name
            or in_users_team(phrase, scenario)
        )
        if not users_word:
            return "is someone who builds the product, not someone who uses it"
        if vendor_side_words(phrase, scenario):
            return "works on the product's side, not for the people who use it"
        return None
    # "a power user of the dashboard", "a diner ordering through the table app"; where
    # the person is ("a site manager on a building site") or what they are doing ("a
    # student choosing optional modules") follows the role, and is no machine of theirs
    head = re.split(
        r"\s+(?:of|through|using|via|with|from|on|in|at|for|who|\w+ing\s+(?:through|with|on|"
        r"in|from|via|at|the|an?|my|our|their))\s+|"
        # "a scaffolder sent to a new site": where the person was sent is not who they are
        r"\s+(?:sent|left|brought|taken|kept|paid|hired|\w+ed)\s+(?=(?:to|into|by|from|out)\s)|"
        r"(?<=[a-z])(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bour)(?<!\bmy)\s+(?=\w+ing\s+\S+\s+\S)",
        # "older customer, 70+, uses the app": what follows a comma is told about the
        # person a common noun already named, not the person's head noun
        _appositive_head(phrase),
        maxsplit=1,
    )[0]
    if (doer := re.match(r"(.*?[a-z])\s+\w+ing\s+\S+$", head)) and user_role(doer[1], scenario):
        head = doer[1]  # "a student choosing modules": the thing is what the user's role acts on
    if (MACHINE.fullmatch(phrase) or MACHINE.match(head.rsplit(maxsplit=1)[-1])) and not (
        # "a field scheduler" where the scenario lists "field schedulers" among its
        # users: the scenario's role of several words says the word names a person here
        _listed_compound(head, scenario)
    ):
        return "is the product itself, not a person who uses it"
    words = [w for w in word_list(phrase) if w not in {"a", "an", "the"}]
    if not words:
        return "names nobody"
    if any(w in GENERIC_HEAD for w in words):
        specific = [
            w
            for w in words
            if w not in GENERIC_HEAD and w not in GENERIC_MOD and not MACHINE.fullmatch(w)
        ]
        # a word the scenario names as one of its users is never too general for it,
        # nor is the noun its description of the users opens with ("members of ...")
        if not specific and not user_role(phrase, scenario) and not users_noun(words, scenario):
            return "is too general: say which kind of user"
    return None


def _listed_compound(head: str, scenario: Scenario) -> bool:
    """Whether the head holds every word of one of the users' roles of two words or
    more ("field scheduler"), not a bare noun the list also holds ("business")."""
    said = stems(head)
    for role in scenario.user_roles:
        told = word_list(role)
        if len(told) > 1 and all(stem(ROLE_SHORT.get(w, w)) in said for w in told):
            return True
    return False


def users_noun(words: list[str], scenario: Scenario) -> bool:
    """Whether the one word of a persona is the head noun the scenario's description of
    its users opens with: "member" where the users are "members of a city's libraries"."""
    head = re.split(r"\s+(?:of|who|in|at|with|for|and|on)\b|[(,;]", scenario.users, maxsplit=1)[0]
    said = word_list(head)
    return len(words) == 1 and bool(said) and stem(said[-1]) == stem(words[0])


def role_ends(head: str, scenario: Scenario) -> bool:
    """Whether a short phrase ends in one of the users' roles ("contract sprayer
    operator", "Parent"), so that "Parents hate waiting" is no role."""
    words = word_list(head)
    if not words:
        return False
    said = [stem(ROLE_SHORT.get(w, w)) for w in words]
    for role in scenario.user_roles:
        # a role told with where the person works ("SRE at a customer") ends in its head;
        # not "next of kin", whose "of" is part of the role
        own = re.split(r"\s+(?:at|in|for)\s+(?:an?|the)\s+", role, maxsplit=1)[0]
        for told in {role, own}:
            want = [stem(ROLE_SHORT.get(w, w)) for w in word_list(told)]
            if want and said[-len(want) :] == want:
                return True
    return False


def at_customer(role: str, after: str, scenario: Scenario) -> bool:
    """Whether a technical role works at some company that is not the maker ("a platform
    engineer at a fintech", "a tech lead at a courier"): a company told with "a", which
    the maker, named by its name, never is; in a product for developers, its users."""
    return (
        scenario.users_are_developers
        and bool(BUILDER.search(role))
        and bool(re.match(r"\s*(?:at|in|for)\s+(?:a|an)\s+[\w-]+", after, I))
        and not vendor_words(role + after)
    )


def integrates(after: str, scenario: Scenario) -> bool:
    """Whether a technical role is said to integrate or call the maker's product ("tech
    leads integrating Waymark", "an architect using the Shipmate API"): in a product for
    developers, whoever builds on it from outside is one of its users."""
    if not scenario.users_are_developers:
        return False
    return bool(_integrating(scenario.vendor).match(after))


@lru_cache(maxsize=64)
def _integrating(vendor: tuple[str, ...]) -> re.Pattern[str]:
    """The verb of building on the maker's product, joined with the maker's names once
    per scenario (built per role, it was compiled again for every story)."""
    makers = "|".join(re.escape(v) for v in vendor) or r"(?!x)x"
    return re.compile(
        r"\s*(?:who\s+)?(?:integrat|us|call|consum|embedd?|build\w*\s+on)\w*\s+"
        rf"(?:(?:the|its|their|our)\s+)?(?:{makers}|api|sdk)\b",
        I,
    )


def users_thing(story: str, scenario: Scenario) -> re.Match[str] | None:
    """The first place the story gives one of the users, in the third person, something
    of their own: "the customer's claim", "a tenant's flat"."""
    users = {stem(w) for r in scenario.user_roles for w in word_list(r)}
    users |= {stem(w) for w in content_words(word_list(scenario.users))}
    for m in re.finditer(r"\b(?:the|a|an|their|this)\s+([a-z]+)'s?\s+[a-z][\w-]*", story, I):
        if stem(m[1].lower()) in users:
            return m
    return None


def codes(text: str) -> bool:
    """Whether a role is one that writes code: "a product engineer", "backend devs"."""
    return any(DEV_ROLE.match(w) for w in word_list(text))


def kin_of_users(head: str, scenario: Scenario) -> str:
    """A parent told by a kinship word ("a dad", "a mother flying with ..."), where the
    scenario's users are parents or families."""
    if not any(w in PARENT_KIN for w in word_list(head.lower())):
        return ""
    if other_party(head, "", scenario):
        return ""  # "a grandmother" where the need names grandparents beside its users
    parents = any(
        stem(w) in {"parent", "grandparent"} for r in scenario.user_roles for w in word_list(r)
    )
    if parents or re.search(r"\b(?:famil(?:y|ies)|parents?)\b", scenario.users, I):
        return "a parent"
    return ""


# the endings of English agent nouns, a person who does something: sprayer, inspector,
# cyclist, librarian, attendant, resident
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent)$")


def part_of_role(head: str, scenario: Scenario) -> str:
    """The users' role whose first words the persona is ("a contract sprayer" for
    "contract sprayer operators"): two words or more, the last an agent noun, the role
    told without its own last word."""
    words = [stem(w) for w in word_list(head.lower()) if w not in {"a", "an", "the"}]
    if len(words) < 2 or not _AGENT.search(words[-1]):
        return ""  # "a commercial hive": no person, though the first words of a role
    parts = re.split(r"[,;()]|\b(?:and|or)\b", scenario.users)
    for part in [*parts, *scenario.user_roles]:
        role = re.split(r"\s+(?:who|of|at|in|with|for|on|from)\b", part.strip(), maxsplit=1)[0]
        said = [stem(w) for w in word_list(role.lower())]
        if len(said) > len(words) and said[: len(words)] == words:
            return f"the users' {quote(role.strip())} told without its last word"
    return ""


# A role and what the person is doing: "an engineer ordering lab equipment"
_DOING = re.compile(r"(?P<role>.*?[a-z])(?<!\bthe)(?<!\ba)(?<!\ban)\s+(?P<clause>\w+ing\s+\w.*)", I)
# what a builder is doing: "building the approval flow", "maintaining its backend"
_BUILDING = re.compile(r"\s*(?:build|develop|maintain|cod|programm|implement|deploy|writ)ing\b", I)


def doing_users_work(phrase: str, scenario: Scenario) -> str:
    """The participle clause of a role phrase, when the scenario's description of its
    users names that role and the clause says what they do there: "engineer ordering
    test equipment" where the users include "engineers ... ordering parts"; not a
    clause about building the product, nor a word in "-ing" naming a team."""
    m = _DOING.fullmatch(phrase.strip())
    if m is None or not scenario.users or _BUILDING.match(m["clause"]):
        return ""
    if not BUILDER.search(m["role"]) or BUILDER.search(m["clause"]):
        return ""  # "the routing team": a word in "-ing" that names a team, no clause
    users = {stem(w) for w in content_words(word_list(scenario.users))}
    role = [stem(w) for w in word_list(m["role"]) if w not in DETERMINERS]
    if not role or role[-1] not in users:
        return ""
    clause = {stem(w) for w in content_words(word_list(m["clause"]))} - set(role)
    return m["clause"] if clause & users else ""


def other_party(head: str, described: str, scenario: Scenario) -> str:
    """Why a person described by a clause is the party the users serve, not one of them:
    the clause says they get something from the users ("... who gets invoices from a
    small business"), or the need names them beside its users ("agents need ... where
    the customer has replied"); "" when neither."""
    org = of_users_org(head + " " + described, scenario)
    if org:
        return org
    got = _FROM.search(described)
    # the words after "from", or the first of them: "the letting agent", "businesses"
    said = got["who"].split() if got else []
    told = {" ".join(said), *said[:1]}
    forms = {f.removesuffix(end) for f in told for end in ("", "s", "es")}
    if got and scenario.user_roles and any(role_ends(f, scenario) for f in forms):
        return (
            f"gets something from {quote(got['who'])}, one of the users: across from them, "
            "not one of them"
        )
    noun = [w for w in word_list(head) if w not in STOP]
    # "a mum waiting (with my son)": the person is the noun, not what they are doing
    while len(noun) > 1 and noun[-1].endswith("ing"):
        noun.pop()
    if not noun or not scenario.need or user_role(head, scenario):
        return ""
    served = _SERVES.search(described)
    if served and _AGENT_NOUN.search(noun[-1]) and user_role(served["who"], scenario):
        # "a cleaner who readies the flat between guests": a worker whose clause speaks of
        # the users as a group they work for or around serves them, across from them
        return f"works for or around {quote(served['who'])}, the users: across from them, not one of them"
    users = re.split(r"\s+(?:who|whose|that|at|of|in|with|on|and|or|need)\b|[,(;]", scenario.need)
    own = {stem(w) for w in word_list(users[0])}
    rest = {stem(w) for w in content_words(word_list(scenario.need[len(users[0]) :]))}
    # a grandparent told by a kinship word ("a grandmother", "a nan") is a grandparent
    last = stem("grandparent" if noun[-1].lower() in _GRAND_KIN else noun[-1])
    # the need may name them in the plural, which stems apart from some singulars
    # ("candidate" and "candidates" stem apart)
    named = {last, plural_stem(noun[-1])}
    # "someone facing eviction": a person told by what they face or do, whose words the
    # need may use of its users' plight, not of a party beside them
    if (
        own
        and named & rest
        and not named & own
        and stem(noun[0]) not in _ANYONE
        and not any(_role_head(n, scenario) for n in named)
    ):
        return f"is someone the need names beside its users ({quote(users[0].strip())}), not one of them"
    return ""


def _role_head(noun: str, scenario: Scenario) -> bool:
    """Whether a stemmed noun is the head of one of the users' roles, told before its
    clause: "carer" in "carer who books for a relative" is a user, whatever the need
    names first; "relative" in "relative managing a badge" too."""
    for role in scenario.user_roles:
        own = word_list(_ROLE_CLAUSE.split(role, maxsplit=1)[0])
        if own and stem(own[-1]) == noun:
            return True
    return False


# where a role's own words end: "who books ...", "of a learner", "managing a badge"
_ROLE_CLAUSE = re.compile(r"\s+(?:of|at|for|in|from|who|with|on|[a-z]+ing)\s+", I)
_ANYONE = frozenset(stem(w) for w in ("someone", "somebody", "anyone", "anybody", "person"))


# the users as a group a worker's clause works for or around: "between guests", "for the
# tenants", "before the next guests"
_SERVES = re.compile(
    r"\b(?:between|for|before|after)\s+(?:the\s+|their\s+|our\s+)?(?:next\s+|new\s+)?(?P<who>[a-z]+s)\b",
    I,
)
_AGENT_NOUN = re.compile(r"\w{3,}(?:er|or|ist|ian|ant)$", I)
_GRAND_KIN = {w for w in PARENT_KIN if w.startswith(("grand", "gran", "nan"))}

# what a clause gets from whom: "who gets invoices from small businesses"
_FROM = re.compile(
    r"\b(?:gets?|getting|receives?|receiving|got|received)\b[^,.;]*?\bfrom\s+"
    r"(?:(?:a|an|the|my|our|their|small|local|several|some|many)\s+)*(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    I,
)


def role_by_head(head: str, scenario: Scenario) -> str | None:
    """The user role a persona of several words shares its head with, when every word
    before the head is one the scenario uses for its users: "a waste services adviser"
    where the users are "waste customer-service advisers"; not a builder's noun."""
    said = word_list(head.lower().replace("-", " "))
    words = [stem(ROLE_SHORT.get(w, w)) for w in said if w not in DETERMINERS]
    if len(words) < 2 or any(words[-1] in stems(b) for b in scenario.builders):
        return None
    told = " ".join([scenario.users, *scenario.user_roles]).replace("-", " ")
    if not set(words[:-1]) <= {stem(w) for w in content_words(word_list(told))}:
        return None
    for role in scenario.user_roles:
        own = word_list(re.split(r"\s+(?:of|at|for|in|from|who|with|on)\s+", role, maxsplit=1)[0])
        if len(own) > 1 and stem(own[-1]) == words[-1]:
            return role
    return None


def of_users_org(phrase: str, scenario: Scenario) -> str:
    """Why "<a person> of <the users' organisation>" is the party the users serve: a kind
    of person the scenario names apart from its users ("a customer of a small business"
    where the users are the business's clerks and the topic its customers; "a customer
    of a company that uses <product>"); "" when not so."""
    m = _OF_ORG.match(phrase)
    if m is None or user_role(m["who"], scenario) or role_ends(m["who"], scenario):
        return ""
    # the scenario speaks of this kind of person itself, beside its users
    named = " ".join([scenario.need, scenario.users, *scenario.topic])
    noun = stem(word_list(m["who"])[-1])
    if noun not in {stem(w) for w in word_list(named)}:
        return ""
    org = word_list(m["org"])
    # where the users work: "at dental practices that use ...", "in a hospital"
    where = r"\b(?:at|in|for)\s+((?:(?!that|who|which|and|with)[a-z-]+\s*){1,3})"
    at = {stem(w) for chunk in re.findall(where, scenario.users) for w in word_list(chunk)}
    forms = {plural_stem(org[-1]), stem(org[-1][:-1] + "ies")} if org else set()
    makers = "|".join(re.escape(v) for v in scenario.vendor) or r"(?!x)x"
    uses = re.match(
        rf"\s*(?:that|which|who)\s+(?:uses?|runs?)\s+(?:the\s+)?(?:{makers})\b", m["clause"], I
    )
    if _KIN.search(m["who"]) and org and role_ends(org[-1], scenario):
        # "a parent of a learner", "the carer of a patient": family or a carer act for
        # one of the users, where "a customer of a salon" is served by them
        return ""
    if org and (role_ends(org[-1], scenario) or forms & at or uses):
        return (
            f"is someone {quote(m['org'].strip() + m['clause'].rstrip(), 50)} serves, where the "
            "users work: across from them, not one of them"
        )
    return ""


# family and carers, who act for the person they look after
_KIN = re.compile(
    r"\b(?:parent|mother|father|mum|dad|guardian|carer|caregiver|spouse|partner|husband|wife|"
    r"son|daughter|child|relative|family|next of kin)s?$",
    I,
)

# "a customer of a small business", "a client of a firm that uses <product>"
_OF_ORG = re.compile(
    r"\W*(?:an?\s+|the\s+)?(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+of\s+"
    r"(?:(?:an?|the|one|our|my)\s+)?(?P<org>[a-z][\w\s-]*?)(?P<clause>\s+(?:that|which|who)\s+.*|\s*)$",
    I,
)


# a working vehicle, driven as a job: "a gritting-lorry driver", "an HGV driver"
_WORK_VEHICLE = re.compile(
    r"\b(lorry|lorries|truck|hgv|bus|coach|taxi|cab|tractor|forklift|gritter|tram|train|"
    r"dustcart|bin-lorry|tanker|crane|digger)\b[\w\s-]{0,12}?\b(?:driver|operator)s?\s*$",
    re.IGNORECASE,
)


def working_driver(head: str, scenario: Scenario) -> str:
    """The working vehicle a driver's role is told by, where the scenario names no user
    who drives one ("a gritting-lorry driver" where the users are motorists and van
    drivers): someone driving for an employer, perhaps not one of its users; else ""."""
    m = _WORK_VEHICLE.search(head.replace("-", " "))
    if not m:
        return ""
    kind = m.group(1).lower()
    named = " ".join([scenario.users, *scenario.user_roles]).lower()
    return "" if _word_start(kind).search(named) else kind


@lru_cache(maxsize=64)
def _word_start(kind: str) -> re.Pattern[str]:
    """A word starting with ``kind``, compiled once per vehicle kind."""
    return re.compile(rf"\b{kind}")


# the head noun of a job title that names what a person does for others ("officer",
# "driver", "coordinator"), and a listed role that is a kind of person ("patient",
# "referee"), not a field ("finance", "business")
_JOB_HEAD = re.compile(r"(?:er|or|ist|ant|ian|officer|lead)s?$", I)
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ant|ent|ian|ee)s?$", I)
# where a job title ends: what describes the person after it ("... paying suppliers")
_TITLE_END = re.compile(
    r"[.,;:(\n]|\s(?:on|of|at|in|for|from|with|without|who|and)\s|\s\w+ing\b", I
)


def modifier_role(head: str, scenario: Scenario) -> str:
    """The listed user role a job title names only as what the work is about ("a patient
    transport driver", "the league's referee appointments officer"), while its own head
    ends no listed role: someone who serves the users, perhaps not one of them; else ""."""
    title = _TITLE_END.split(head, maxsplit=1)[0]
    words = [w for w in word_list(title) if w not in DETERMINERS and not w.endswith("'s")]
    if len(words) < 3 or not _JOB_HEAD.search(words[-1]) or role_ends(title, scenario):
        return ""
    before = stems(" ".join(words[:-1]))
    for role in scenario.user_roles:
        told = [stem(ROLE_SHORT.get(w, w)) for w in word_list(role)]
        if told and _PERSON_NOUN.search(role) and all(w in before for w in told):
            return role
    return ""
