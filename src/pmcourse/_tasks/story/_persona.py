"""The persona judge: the person the story is about, a kind of user of this scenario.

The persona is found however it is written (``_parse``): "As a ...", a ``Persona:``
line, a role in a job story's situation, or the subject of prose. It is met when it is
one of the scenario's users (``user_roles``), or a person described in the need's
situation ("Sam, 15, just downloaded the game"); not met when it names a builder, the
vendor's teams, a machine or the product itself, or nobody; unsure when it is a person
the judge cannot place.
"""

from __future__ import annotations

import re

from ._listed import placed_like_users
from ._nonperson import not_a_person
from ._nonusers import excluded_role, serves_users
from ._parse import Parsed, later_personas
from ._recipient import receives_users_work
from ._roles import (
    CHECK,
    at_customer,
    builder_told,
    codes,
    doing_users_work,
    general_of_role,
    integrates,
    kin_of_users,
    modifier_role,
    of_users_org,
    other_party,
    part_of_role,
    persona_problem,
    role_ends,
    user_role,
    users_noun,
    users_thing,
    vendor_side,
    working_driver,
)
from ._servedparty import served_party
from ._situation import acts_as_user, builds_code, in_situation, relative_clause, runs_users_place
from ._text import (
    DETERMINERS,
    I,
    Span,
    at,
    quote,
    stem,
    word_list,
)
from ._types import Finding, Scenario
from ._unnamed import judge_unnamed
from ._words import (
    BUILDER,
)

__all__ = ["in_situation", "judge_persona"]


def judge_persona(p: Parsed, scenario: Scenario) -> Finding:
    who = scenario.users or "the users"
    if p.persona is None:
        return judge_unnamed(p, scenario)
    span, intro, prose = p.persona
    # the words right after the role say whom they work for ("an engineer at Shipmate")
    end = p.story.find(intro) + len(intro) if intro in p.story else len(p.story)
    rest = re.split(r"[,.;:\n]", p.story[end : end + 60], maxsplit=1)[0]
    # not the want that follows with no comma: "As a developer I want ... for <maker>'s API"
    # says what the person wants from the maker, not whom they work for
    rest = _OWN_WANT.split(rest, maxsplit=1)[0]
    own = persona_problem(span.text, scenario, intro)
    why = (
        own
        or vendor_side(span.text + rest, scenario)
        # "As architects at Roadly": the maker named in the words that introduced the role;
        # "As the developer who looks after the timetable API": the one post, by its work
        or vendor_side(intro + rest if _CLAUSE.match(rest) else intro, scenario)
        # "the developer who looks after the referral system": the scenario's builder,
        # named by the role and the clause that follows it
        or (_CLAUSE.match(rest) and builder_told(span.text + rest, scenario))
    )
    # the words after the role, quoted too when they are what placed it
    shown = quote(intro if len(intro) < 70 else span.text)
    if why and not own and rest.strip():
        shown = quote(intro + rest, 70)
    customer = at_customer(span.text, rest, scenario)
    if why and ("builds" in why or "product's side" in why) and customer:
        # "a tech lead at a courier": a technical role at some company (not the maker)
        # is on the customer's side of a product for developers
        why = None
    doing = doing_users_work(span.text, scenario)
    if doing and not why:
        # "an engineer ordering lab equipment": a role the scenario's users include,
        # doing what they do, is on the users' side whatever its word builds elsewhere
        return Finding(
            "persona",
            "met",
            f"{quote(span.text)}{at(span.line)} is one of the people the scenario's users "
            f"include, doing what they do ({quote(doing)})",
            quoted=(span.text,),
        )
    clause = relative_clause(p.story, span.text) if why and "builds" in why else ""
    act = acts_as_user(clause, scenario) if clause and not scenario.users_are_developers else ""
    if act and not customer:
        # "a maintenance engineer who parks the van outside ...": a title that builds
        # elsewhere, but the clause says the person does what the users do with the product
        return Finding(
            "persona",
            "met",
            f"{quote(span.text + ' ' + clause, 70)}{at(span.line)} does what the scenario's "
            f"users do ({quote(act)}), one of {who}",
            quoted=(span.text,),
        )
    if why:
        # a later persona that is a user: the first may be the draft quoted
        start = p.story.find(intro) + len(intro) if intro in p.story else len(p.story)
        others = [o for o in later_personas(p.story, start) if not persona_problem(o, scenario)]
        if (
            others
            and re.match(r"[A-Z][a-z]+\s*,", span.text)
            and scenario.user_roles
            and user_role(others[0], scenario)
        ):
            # "Persona: Ruth, 81, ... As an older customer": a named person, read as the
            # role, and the kind of user the story then names: the person is that user
            return Finding(
                "persona",
                "met",
                f"{quote(others[0])} names the kind of user {quote(span.text, 30)}{at(span.line)} "
                f"is, one of {who}",
                quoted=(others[0],),
            )
        if others:
            return Finding(
                "persona",
                "unsure",
                f"{shown}{at(span.line)} {why}, but the story also names {quote(others[0])}; "
                f"which one is the story's persona? {CHECK}",
            )
        after = p.story[p.story.find(span.text) + len(span.text) :][:80] if span.text else ""
        qual = _QUALIFIER.match(after) if why.startswith("is too general") else None
        if qual and any(
            r.lower().endswith(f"{qual[1]} {qual[2]}".lower()) for r in scenario.user_roles
        ):
            # "a person in debt" where the users are "people in debt": a generic noun
            # with the very qualifier the scenario names its users by
            return Finding(
                "persona",
                "met",
                f"{quote(span.text + qual[0].rstrip())}{at(span.line)} is how the scenario "
                f"names its users ({who})",
                quoted=(span.text,),
            )
        placed = _PLACE.match(after) if why.startswith("is too general") else None
        if placed and placed_like_users(placed[1], scenario.users):
            # "someone in a block of flats with shared bins" where the users are "people
            # in flats with shared bins": the place the scenario names its users by
            return Finding(
                "persona",
                "met",
                f"{quote(span.text + placed[0].rstrip())}{at(span.line)} is how the scenario "
                f"names its users ({who})",
                quoted=(span.text,),
            )
        if why.startswith("is too general") and not _DESCRIBED.match(after):
            # "I, the person in our office who chases payments": the clause that says
            # who the person is was read into the persona's own words
            tail = intro[intro.find(span.text) + len(span.text) :] if span.text in intro else ""
            inner = _INNER_CLAUSE.search(tail)
            clause = tail[inner.start() :].strip() if inner else ""
            if (
                clause
                and not scenario.users_are_developers
                and not other_party(span.text, clause, scenario)
                and not receives_users_work(clause, scenario)
                and in_situation(clause, scenario)
            ):
                return Finding(
                    "persona",
                    "met",
                    f"{quote(intro)}{at(span.line)} is someone in the need's situation",
                    quoted=(span.text,),
                )
        if why.startswith("is too general") and _DESCRIBED.match(after):
            # "someone who takes blood-pressure tablets every day": the person is described
            # by their situation, which may be exactly the scenario's user
            described = re.split(r"[,.;:\n]", after, maxsplit=1)[0].strip()
            if scenario.users_are_developers and not codes(described):
                # "a user who never got their email": in a product for developers, someone
                # told only by what happened to them is their customers' user, not one who
                # codes against it
                return Finding(
                    "persona",
                    "not met",
                    f"{quote(span.text + ' ' + described)}{at(span.line)} does not code "
                    f"against the product; its users are {who}",
                )
            party = other_party(span.text, described, scenario)
            if party:
                return Finding(
                    "persona",
                    "not met",
                    f"{quote(span.text + ' ' + described)}{at(span.line)} {party}; write it "
                    f"for {who}",
                )
            got = receives_users_work(described, scenario)
            if got and not (user_role(span.text, scenario) or role_ends(span.text, scenario)):
                return Finding(
                    "persona",
                    "not met",
                    f"{quote(span.text + ' ' + described)}{at(span.line)} is sent the "
                    f"{got} the users work on: across from them; write it for {who}",
                )
            if in_situation(described, scenario):
                return Finding(
                    "persona",
                    "met",
                    f"{quote(span.text + ' ' + described)}{at(span.line)} is someone in the "
                    "need's situation",
                    quoted=(span.text,),
                )
            return Finding(
                "persona",
                "unsure",
                f"{quote(span.text + ' ' + described)}{at(span.line)} describes the person by "
                f"what they do or have, not by a role; is that one of {who}? {CHECK}",
            )
        if prose and not BUILDER.search(span.text):
            if _NAMED.match(span.text) and in_situation(_description(p, span), scenario):
                # "Karl runs a two-van plumbing business": a named person, in the need's
                # situation, is no business or machine
                return Finding(
                    "persona",
                    "met",
                    f"{quote(span.text)}{at(span.line)} is a person in the need's situation",
                    quoted=(span.text,),
                )
            return Finding(
                "persona",
                "unsure",
                f"read {quote(span.text)}{at(span.line)} from the prose as the persona, "
                f"which {why.removeprefix('is ')}; {CHECK}",
            )
        if "builds" in why and not (scenario.user_roles or scenario.builders or scenario.need):
            # no scenario says who builds and who uses: developers and data scientists
            # are the users of many products
            return Finding(
                "persona",
                "unsure",
                f"{shown}{at(span.line)} names a role that often builds products; with no "
                f"scenario to say who uses this one, could not tell; {CHECK}",
            )
        return Finding("persona", "not met", f"{shown}{at(span.line)} {why}; write it for {who}")
    # the role is the head, not what it belongs to: "a customer of the shop" is not the
    # shop's developer
    head = re.split(r"\s+(?:of|at|for|in|from|who|with|on)\s+", span.text, maxsplit=1, flags=I)[0]
    if head.split()[-1:] and head.split()[-1].lower() in _RELATION:
        head = span.text  # "a member of the finance team": the team says the role
    if scenario.user_roles and not (user_role(head, scenario) or role_ends(head, scenario)):
        if unlisted := excluded_role(head, scenario):
            # "a workshop technician" where the scenario says "Workshop technicians ... are
            # not users": staff who serve the users, named as not among them
            return Finding(
                "persona",
                "not met",
                f"{shown}{at(span.line)} is one of those the scenario says are not its users "
                f"({quote(unlisted)}); write it for {who}",
            )
        told = intro if span.text in intro else span.text
        technical = BUILDER.search(told)
        after = told[technical.end() :] if technical else ""
        if technical and not customer and at_customer(span.text, after, scenario):
            # "As platform engineer in a company that uses <maker>": the company was read
            # into the persona's phrase, and says the same as the words after it would
            customer, rest = True, after
        if technical and integrates(after, scenario):
            # "tech leads integrating Waymark": a technical role that builds on the
            # maker's product from outside is one of a developer product's users
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} builds on the product from outside, one of {who}",
                quoted=(span.text,),
            )
        if customer:
            return Finding(
                "persona",
                "met",
                f"{quote(span.text + rest)}{at(span.line)} works at a customer company, one "
                f"of {who}",
                quoted=(span.text,),
            )
        general = general_of_role(head, scenario)
        if general:
            # "an analyst" for "data analyst", "a waste services adviser": a role's head
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} is told by the head of {quote(general)}, one of {who}",
                quoted=(span.text,),
            )
        if users_noun([w for w in word_list(head) if w not in {"a", "an", "the"}], scenario):
            # "a member" where the users are "members of a city's libraries": the very
            # noun the scenario calls its users by
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} is what the scenario calls its users ({who})",
                quoted=(span.text,),
            )
        kin = kin_of_users(head, scenario) or part_of_role(head, scenario)
        if kin:
            # "a dad whose daughter takes the bus" where the users are parents; "a contract
            # sprayer" where they are "contract sprayer operators": the users' role
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} is {kin}, one of {who}",
                quoted=(span.text,),
            )
        company = _AT_A_COMPANY.match(rest) if scenario.users_are_developers else None
        if company:
            # "the account owner at our company": staff of some company that may be the
            # product's customer, in a role that need not write code; could not tell
            return Finding(
                "persona",
                "unsure",
                f"{quote(span.text + company[0])}{at(span.line)} works at a company that may be a "
                f"customer, in a role that need not code against the product ({who}); {CHECK}",
            )
        if scenario.users_are_developers and not codes(span.text) and builds_code(p.story, span):
            # "a solo founder who built my shop's backend myself": the role says no code,
            # the clause about what the person does says they write it
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} writes the code themselves "
                f"({quote(relative_clause(p.story, span.text))}), as {who} do",
                quoted=(span.text,),
            )
        if scenario.users_are_developers and not codes(span.text):
            if named := _told_in_users(span.text, scenario):
                # "a civic-tech volunteer" where the users include "civic-tech volunteers":
                # no coder's title, but told in the very words the scenario names them by
                return Finding(
                    "persona",
                    "met",
                    f"{quote(named)}{at(span.line)} is how the scenario names its users ({who})",
                    quoted=(span.text,),
                )
            return Finding(
                "persona",
                "not met",
                f"{shown}{at(span.line)} does not code against the product; its users are {who}",
            )
        if scenario.users_are_developers:
            # "a product engineer": a role that writes code, not at the maker (that was
            # ruled out above), is one who codes against a product for developers
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} writes code, as {who} do",
                quoted=(span.text,),
            )
        described = relative_clause(p.story, span.text)
        other = users_thing(p.story, scenario) if described else None
        if described and other and in_situation(described, scenario):
            # "the plumber who repaired the pipe ... upload my report to the customer's
            # claim": in the need's situation, but serving one of the users, told apart
            return Finding(
                "persona",
                "unsure",
                f"{quote(span.text + ' ' + described)}{at(span.line)} is in the need's "
                f"situation, but the story speaks of {quote(other[0])} as someone else; is "
                f"the persona one of {who}? {CHECK}",
            )
        party = of_users_org(span.text + rest, scenario) or (
            described and other_party(head, described, scenario)
        )
        if party:
            # "a customer who emailed support", "a customer of a small business": the
            # clause, the need or the users' organisation puts the person across from them
            return Finding(
                "persona",
                "not met",
                f"{quote(span.text + ' ' + described)}{at(span.line)} {party}; write it for {who}",
            )
        served = serves_users(p.story, span.text, described, scenario) if described else ""
        if served:
            # "the plumber who does the landlord's jobs ... so that the tenant is in": a
            # worker told by what they do, speaking of the people the product is for as
            # others, serves them and is not one of them
            return Finding(
                "persona",
                "not met",
                f"{quote(span.text + ' ' + described)}{at(span.line)} works for the people the "
                f"product is for, whom the story calls {quote(served)}; write it for {who}",
            )
        if described and in_situation(described, scenario):
            # "the owner of a cleaning firm who does the invoicing": who the person is
            # may not be a listed role, but what the clause says they do is the need's
            return Finding(
                "persona",
                "met",
                f"{quote(span.text + ' ' + described)}{at(span.line)} is someone in the "
                "need's situation",
                quoted=(span.text,),
            )
        if (prose or _LABELLED.match(intro) or _NAMED.fullmatch(span.text)) and in_situation(
            _description(p, span), scenario
        ):
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} is described in the need's situation",
                quoted=(span.text,),
            )
        if (
            _ORG_VOICE.match(intro)
            and not head.rstrip().endswith("s")
            and _WE.match(p.story[end : end + 12])
        ):
            # "As the parish council, we want": one body speaking for its members as
            # "we" is an organisation, not a kind of person who uses the product
            return Finding(
                "persona",
                "not met",
                f'{shown}{at(span.line)} speaks for an organisation ("we"), not as a person '
                f"who uses the product; write it for {who}",
            )
        if run := runs_users_place(span.text, scenario):
            # "a consultant running a Tuesday outpatient clinic": in charge of a place of
            # the kind the users work in, whatever the title
            return Finding(
                "persona",
                "met",
                f"{shown}{at(span.line)} runs a place of the kind the users work in ({quote(run)})",
                quoted=(span.text,),
            )
        if named := _named_in_users(span.text, rest, scenario):
            # "a family in temporary accommodation", "a social prescriber": the role the
            # parse cut short, told on with the words the scenario names its users by
            return Finding(
                "persona",
                "met",
                f"{quote(named)}{at(span.line)} is how the scenario names its users ({who})",
                quoted=(span.text,),
            )
        if party := served_party(span.text, scenario.users):
            return Finding(
                "persona",
                "not met",
                f"{shown}{at(span.line)} is a {party} the users serve, not one of them ({who})",
            )
        if nobody := not_a_person(intro if span.text in intro else span.text):
            return Finding(
                "persona", "not met", f"{shown}{at(span.line)} {nobody}; write it for {who}"
            )
        return Finding(
            "persona",
            "unsure",
            f"{shown}{at(span.line)} is a person, but not one of the users this scenario "
            f"names ({who}); {CHECK}",
        )
    if (
        _ORG_VOICE.match(intro)
        and _ORG_UNIT.search(span.text)
        and _WE.match(p.story[end : end + 12])
    ):
        # "As the finance department, we need": a unit of an organisation speaking as "we",
        # even one named after the users' role, is a body, not a person who uses it
        return Finding(
            "persona",
            "not met",
            f'{shown}{at(span.line)} speaks for a unit of an organisation ("we"), not as a '
            f"person who uses the product; write it for {who}",
        )
    if about := modifier_role(head, scenario):
        # "a patient transport driver": the listed role is only what the job is about
        return Finding(
            "persona",
            "unsure",
            f"{shown}{at(span.line)} names {quote(about)} only as what the job is about; "
            f"someone who serves the users may not be one of them ({who}); {CHECK}",
        )
    if vehicle := working_driver(head, scenario):
        return Finding(
            "persona",
            "unsure",
            f"{shown}{at(span.line)} drives a {vehicle} as a job, and no user the scenario names "
            f"({who}) does; someone at work for an employer may not be a user; {CHECK}",
        )
    return Finding(
        "persona",
        "met",
        f"{shown}{at(span.line)} names a specific kind of user",
        quoted=(span.text,),
    )


# "As the parish council", "As our sales team", "As the school's board": one body named
# with a definite or possessive word, and "we" right after it
# ("As Harlow & Pryce's accounts department": a name of several words owns it too)
_ORG_VOICE = re.compile(r"\W*as\s+(?:the|our|(?:(?-i:[A-Z])[\w.-]*\s+(?:&\s+)?){0,3}[\w-]+'s)\s", I)
_WE = re.compile(r"\s*,?\s*we\b", I)
# (a team or squad of it too: "As the finance team, we want")
# (told where it sits: "the finance department of a small business, we want")
_ORG_UNIT = re.compile(
    r"\b(?:department|dept|directorate|division|office|council|committee|team|squad|unit)"
    r"(?:\s+(?:of|at|in|for)\s+[^,;]+)?\Z",
    I,
)


# "at our company", "in a small startup": where the persona works, told as a company
_AT_A_COMPANY = re.compile(
    r"\s*(?:at|in|for)\s+(?:a|an|our|my)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|firm|business|"
    r"organi[sz]ation|agency|studio|scale-?up|enterprise)\b",
    I,
)
# A general word for a person made specific by what follows ("someone who ...").
# a bare "in"/"on" qualifier after a generic noun: "in debt", "on benefits"
_QUALIFIER = re.compile(r"\s+(in|on|facing|with)\s+([a-z][\w-]*)", I)
# where the person is or what they have: "in a block of flats with shared bins"
_PLACE = re.compile(r"\s+(?:in|on|living\s+in)\s+([^,.;:\n]{3,70})", I)
_INNER_CLAUSE = re.compile(r"\s(?:who|whose)\s+\w", I)
_DESCRIBED = re.compile(r"\s*(?:who|whose|with|that|having|taking|living|working)\s+\w", I)


_LABELLED = re.compile(r"\W*(?:persona|role|who|user|(?:primary\s+|main\s+)?actor)\b", I)
_RELATION = frozenset(["member", "members", "part", "one", "head", "responsible", "lead"])
_NAMED = re.compile(r"^[A-Z][a-z]+\b(?!\s+(?:app|system|platform|team))")


_PERSON = re.compile(r"\b(?:someone|somebody|people|persons)\b", I)


_PHRASE_END = frozenset(
    ["and", "or", "who", "that", "in", "of", "at", "for", "with", "on", "from", "whose"]
)


def _named_in_users(role: str, rest: str, scenario: Scenario) -> str:
    """The persona's words, with those after it up to the want, when they name one of the
    scenario's user roles ("a survivor of domestic abuse applying for legal aid") or stand,
    two words or more, in its description of the users ("social prescribers and ...")."""
    # a trait told with "with" ("a patient with limited English") says what the person
    # has, not that they use the product: readers split on it, so it is left to them
    told = re.split(r"\s+with\s+", role + _OWN_WANT.split(rest, maxsplit=1)[0], flags=I)[0]
    told = told.strip()
    # "someone sleeping rough" is a "person sleeping rough"
    if user_role(_PERSON.sub("person", told), scenario):
        return told
    return _told_in_users(role, scenario)


def _told_in_users(role: str, scenario: Scenario) -> str:
    """The persona's words, two or more, when they stand as a phrase of their own in the
    scenario's description of its users ("civic-tech volunteer" in "..., civic-tech
    volunteers and data engineers ..."); else ""."""
    own = re.split(r"\s+with\s+", role, flags=I)[0]
    words = [stem(w) for w in word_list(_PERSON.sub("person", own)) if w not in DETERMINERS]
    users = [stem(w) for w in word_list(_PERSON.sub("person", scenario.users))]
    n = len(words)
    # the words end where the users' phrase does ("social prescribers and ..."), not
    # before its head ("commercial hive" of "commercial hive inspectors")
    if n >= 2 and any(
        users[i : i + n] == words and (i + n == len(users) or users[i + n] in _PHRASE_END)
        for i in range(len(users) - n + 1)
    ):
        return role
    return ""


def _description(p: Parsed, span: Span) -> str:
    """The words that describe the persona: its line, and for a person named there
    ("As Maria"), every line that names them."""
    lines = [p.lines[span.line - 1] if 0 < span.line <= len(p.lines) else span.text]
    name = _NAMED.match(span.text)
    if name and len(span.text.split()) == 1:
        lines += [ln for ln in p.lines if name.group(0) in ln]
    # what the person wants is on the need's topic whoever wants it: "As Sam, I want the
    # nursery to ..." says nothing of who Sam is; only the words before the want do
    return " ".join(_OWN_WANT.split(ln, maxsplit=1)[0] for ln in lines)


# a relative clause right after the role: "who looks after ...", "that runs ..."
_CLAUSE = re.compile(r"\s*(?:who|that)\s+\w", I)
# the teller's own want, and what follows it
_OWN_WANT = re.compile(r"\b(?:I|we)\s+(?:want|need|would\s+like)\b|\b(?:I|we)'d\s+like\b", I)
