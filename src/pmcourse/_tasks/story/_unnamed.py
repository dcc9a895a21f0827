"""The persona judge when no story form names a persona: job stories, a teller's own
words, an opening role, a role told further into the answer, or nobody at all."""

from __future__ import annotations

import re

from ._fields import field_persona
from ._houseform import form_fields
from ._parse import JOB, Parsed
from ._persona_forms import (
    ANY_JOB,
    BARE_SELF,
    FIRST_PERSON,
    JOB_ROLE,
    SALUTATION,
    SELF_NOTE,
    TAG,
    YOUR,
)
from ._roles import CHECK, persona_problem, role_ends, user_role, vendor_side
from ._situation import in_situation
from ._teller import own_situation
from ._text import STOP, I, at, line_of, quote
from ._types import Finding, Scenario
from ._words import BUILDER, NOT_ROLES

# "as a relief milker", "as an owner": a role named anywhere in the answer
# (or the same "as" in a learner's first language: "Als Buchhalterin", "Como gerente")
_AS_ROLE = re.compile(
    r"\b(?:as\s+an?|als(?:\s+eine?)?|como(?:\s+uma?)?|comme(?:\s+une?)?)\s+"
    r"(?P<role>[a-z][\w-]*)(?:\s+[a-z][\w-]*)?",
    re.IGNORECASE,
)
# the teller says who they are in a sentence of its own, or in a label line: "I'm a
# tenant on ...", "Job: developer at a shop", or in a learner's first language ("Soy
# developer de ...", "Ich bin ...", "Je suis ...")
_SELF_ROLE = re.compile(
    r"(?:\bI(?:'m|\s+am)\s+an?|"
    # a label line, after a bullet and a few words of the writer's own: "- Player, I
    # mean user: finance clerk at a small company"
    r"(?:^|\n)[ \t]*[-*\u2022]?[ \t]*(?:[^\n:]{0,30}\b)?(?:job|role|user|persona)\s*:|"
    r"\b(?:soy|sou|ich\s+bin|je\s+suis|sono|jestem)(?:\s+(?:una?|uma?|eine?|une?))?)"
    r"\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})",
    re.IGNORECASE,
)
__all__ = ["judge_unnamed"]

# a line's own label glossed as the persona ("Pax (who):", "Mrs K (persona, 84) asks")
_WHO_FIELD = re.compile(r"^[^\n(]{1,40}\(\s*(?:who|persona|user)\b[^)\n]{0,80}\)", I | re.MULTILINE)
# a sentence of the teller's own circumstances before a job story's "When" ("My
# broadband drops ... and I work from home. When it goes, ..."), on the same line
_PROSE_FIRST = re.compile(r"\s*(?:my|I)\s[^\n.!?]{10,}[.!?]\s+when\s+$", I)

# the teller's own want, where the words that place their role end
_OWN_WANT = re.compile(r"\b(?:I|we)\s+(?:want|need|would\s+like)\b|\b(?:I|we)'d\s+like\b", I)


def judge_unnamed(p: Parsed, scenario: Scenario) -> Finding:
    """The verdict on a story whose forms name no persona (``p.persona`` is None)."""
    who = scenario.users or "the users"
    job = JOB.search(p.story) or ANY_JOB.search(p.story)
    if job:
        situation = job.group(1).strip(" ,")
        shown = quote("When " + situation)
        line = line_of(p.lines, job.start(1))
        role = JOB_ROLE.search(p.story[job.start(1) : job.end()])
        # a small word before the role ("as the only bookkeeper") is not the role
        words = role["role"].split() if role else []
        while len(words) > 1 and words[0].lower() in STOP:
            words = words[1:]
        if role and words and words[0].lower() not in NOT_ROLES | STOP:
            return _job_role(" ".join(words), scenario, line, who, said=role.group(0))
        tag = TAG.search(p.lines[line - 1]) if 0 < line <= len(p.lines) else None
        if tag and scenario.user_roles and user_role(tag["role"], scenario):
            # "When I swap a shift ..., I want ... (Barista, part-time)": the writer
            # tags who the "I" is in brackets closing the story's line
            return _job_role(tag["role"].strip(), scenario, line, who)
        self_told = _SELF_ROLE.search(p.story)
        if self_told:
            # "... - I'm a tenant on a variable tariff", "Job: developer at a shop", "Soy
            # developer de ...": the teller says who they are outside the situation
            said = self_told.group(0).strip(" -:,")
            return _job_role(
                _told_role(self_told), scenario, line_of(p.lines, self_told.start()), who, said=said
            )
        if _PROSE_FIRST.match(p.story[: job.start(1)]):
            # "My broadband drops twice a month and I work from home. When it goes, I
            # want ...": the teller's own circumstances told first, then the job; first-
            # person prose, whose role is for a reader to tell
            return Finding(
                "persona",
                "unsure",
                f"the story opens with the teller's own circumstances, then {shown}{at(line)}; "
                f"no role is named; is the teller one of {who}? {CHECK}",
            )
        return Finding(
            "persona",
            "not met",
            f"job story, but the situation {shown}{at(line)} names no role; say who is "
            f'in it ("When I, a ..., ...") or add a "Persona:" line, for {who}',
        )
    letter = SALUTATION.match(p.story)
    if FIRST_PERSON.match(p.story[letter.end() if letter else 0 :]):
        # "I sell candles online and get deliveries at home. ...": someone tells of
        # themselves; who they are is for a reader to tell, unless they name one of
        # the users as themselves ("i am student in year 9", "I volunteer at ...")
        # a greeting first ("Hi! I'm ...") is no sentence about the teller
        told = p.story[letter.end() :] if letter else p.story.strip()
        told = re.sub(r"^\W*(?:hi|hello|hey)\b[\W]*", "", told, flags=I)
        first = re.split(r"[.!?](?:\s|$)", told, maxsplit=1)[0]
        own = re.sub(r"\b(?:with|for|to|my|our|their|his|her|the)\b[^,;]*", " ", first, flags=I)
        line = 2 if letter else 1
        if scenario.user_roles and user_role(own, scenario):
            return Finding(
                "persona",
                "met",
                f"{quote(first, 60)}{at(line)} tells who the story is about, one of {who}",
                quoted=(first,),
            )
        if YOUR.search(first) and not BUILDER.search(first) and in_situation(first, scenario):
            # "Dear Eventry, I am arranging my uncle's wake at your hotel": the teller
            # says what they are doing with the maker's service, in the need's situation
            return Finding(
                "persona",
                "met",
                f"{quote(first, 60)}{at(line)} tells what the teller is doing with the "
                f"service they write to, in the need's situation: one of {who}",
                quoted=(first,),
            )
    if FIRST_PERSON.match(p.story):
        if own_situation(_before_want(p.story), scenario):
            return _teller_met(p.story, 1)
        return Finding(
            "persona",
            "unsure",
            'looked for "As a …", a "Persona:" line or a role; the story is told by '
            f"someone who describes their own situation; is that one of {who}? {CHECK}",
        )
    # an aside in brackets or an arrow ends the opening role: "Tenant (78, lives
    # alone)", "Budget holder (R&D) → wants: ..."
    opening = re.split(r"[,.;:\n(\[\u2192]|->", p.story.strip(), maxsplit=1)[0].strip(" *_#-")
    # the role that heads the opening: "Parent ordering for a child with ...",
    # "Recipient who works from home": the words before what describes them
    head = re.split(r"\s+(?:who|of|with|at|in|for|\w+ing)\b", opening, maxsplit=1)[0]
    if (
        scenario.user_roles
        and len(head.split()) <= 3
        and head[:1].isupper()
        and role_ends(head, scenario)
        and re.search(
            # or a label line of its own: "Want: know quickly when ..."
            r"\b(?:wants|needs)\b|\bI\s+(?:want|need|would\s+like)\b|\bI'd\s+like\b|"
            r"^[ \t]*(?:wants?|needs?)[ \t]*:",
            p.story,
            I | re.MULTILINE,
        )
    ):
        # "Pensioner, lives alone. Wants: ...", "Contract sprayer operator, 40 farms.
        # ... I need ...": a note that opens with one of the users, then what they want
        return Finding(
            "persona",
            "met",
            f"{quote(opening)}{at(1)} opens the story with one of {who}",
            quoted=(opening,),
        )
    bare = BARE_SELF.search(p.story) if scenario.user_roles else None
    told = (
        _OWN_WANT.split(re.split(r"[,.;:\n]", p.story[bare.end() : bare.end() + 60])[0])[0]
        if bare
        else ""
    )
    if (
        bare
        and role_ends(bare["role"], scenario)
        and (maker := vendor_side(bare["role"] + told, scenario))
    ):
        # "Hi team - as a developer on the order-management team I want": the teller's
        # role, placed by the words after it on the maker's side
        return Finding(
            "persona",
            "not met",
            f"{quote(bare[0].strip() + told, 70)}{at(line_of(p.lines, bare.start()))} {maker}; "
            f"write it for {who}",
        )
    if bare and role_ends(bare["role"], scenario):
        # "I am customer who orders ...", "sorry, as tenant in a flat: ...": the
        # teller names themselves as one of the users, without the article
        return Finding(
            "persona",
            "met",
            f"{quote(bare[0].strip())}{at(line_of(p.lines, bare.start()))} names one of {who}",
            quoted=(bare[0].strip(),),
        )
    note = SELF_NOTE.match(p.story)
    if note and note["who"].split()[0].lower() not in NOT_ROLES | STOP:
        # "Farmer's son, I do the spraying.", "open source maintainer, ~60 PRs a week.
        # i want ...": a short note of who the teller is, then their own words; a role
        # the scenario does not list, which a reader may still place
        return Finding(
            "persona",
            "unsure",
            f"the story opens with {quote(note['who'])}{at(1)}, who the teller is; is "
            f"that one of {who}? {CHECK}",
        )
    named = _SELF_ROLE.search("\n".join(p.lines))
    if named:
        # "Given I am an outreach worker with a couple ...", "- Who I am, the user:
        # finance clerk": the teller names who they are outside the story's forms
        return _self_role(named, p, scenario, who)
    if scenario.user_roles and user_role(p.story, scenario):
        # "Issued to: electrician", "| Who | finance clerk |": a field of the writer's own
        return field_persona("\n".join(p.lines), p.lines, scenario) or Finding(
            "persona",
            "unsure",
            'looked for "As a …", a "Persona:" line or a person the story is about and '
            f"found none for sure, though the story mentions its users; {CHECK}",
        )
    if letter and FIRST_PERSON.match(p.story[letter.end() :]):
        # "Dear Plotly, I am looking after my mother's plot ...": a letter whose writer
        # tells of themselves, read as the story told without the salutation
        if own_situation(_before_want(p.story[letter.end() :]), scenario):
            return _teller_met(p.story[letter.end() :], 2)
        return Finding(
            "persona",
            "unsure",
            'looked for "As a …", a "Persona:" line or a role; the letter is written by '
            f"someone who describes their own situation; is that one of {who}? {CHECK}",
        )
    answer = "\n".join(p.lines)
    later = next(
        (m for m in _AS_ROLE.finditer(answer) if m["role"].lower() not in NOT_ROLES | STOP),
        None,
    )
    if later:
        # "Story behind it: as a relief milker on a farm, I want ...": a role told
        # further into the answer than the story's forms were read
        return Finding(
            "persona",
            "unsure",
            f"looked for the persona where a story names it and found none, but "
            f"{quote(later[0])}{at(line_of(p.lines, later.start()))} stands in "
            f"the answer; is that one of {who}? {CHECK}",
        )
    teller = teller_before_want(answer)
    # "we only find out ...": a team may be speaking, which is no person's situation
    if teller and teller[0][:2].lower() != "we" and own_situation(_before_want(answer), scenario):
        return _teller_met(answer[teller.start() :], line_of(p.lines, teller.start()))
    if teller:
        # "Last winter our boiler packed in and I reported it. What I want is ...", "Who I
        # am: I run a club ...": the writer tells their own situation before the want;
        # first-person prose, whose role is for a reader to tell
        return Finding(
            "persona",
            "unsure",
            f"looked for a persona in the story's forms and found none, but the writer tells "
            f"of themselves before the want ({quote(teller[0].strip(' ,;'), 60)}"
            f"{at(line_of(p.lines, teller.start()))}); is that one of {who}? {CHECK}",
        )
    field = _WHO_FIELD.search(answer)
    if field:
        # "Pax (who): I write the integration ...", "Mrs K (persona, 84, ...) asks:": the
        # writer marked who the story is for in a form of their own, which a reader sees
        return Finding(
            "persona",
            "unsure",
            f"looked for a persona in the story's forms and found none, but "
            f"{quote(field[0].strip())}{at(line_of(p.lines, field.start()))} marks who the story "
            f"is for; is that one of {who}? {CHECK}",
        )
    fields = form_fields(answer)
    if fields:
        # "Customer: QA engineer at ...", "Group: our booking system (I am its tech
        # lead)": a form of the writer's own, with fields this reader does not know; one
        # of them may name the person, which a reader sees
        first = answer[fields[0].start() :].split("\n", 1)[0].strip()
        return Finding(
            "persona",
            "unsure",
            f"looked for a persona in the story's forms and found none, but the answer is a "
            f"form of its own with {len(fields)} fields, from {quote(first, 50)}"
            f"{at(line_of(p.lines, fields[0].start()))} on; does one of them name one of "
            f"{who}? {CHECK}",
        )
    return Finding(
        "persona",
        "not met",
        'no persona found; start with "As a <kind of user>, I want …" or add a '
        f'"Persona:" line, for {who}',
    )


def _job_role(role: str, scenario: Scenario, line: int, who: str, said: str = "") -> Finding:
    """The verdict on a role named in a job story; ``said``: its words as written."""
    shown = f"{quote(said or 'as ' + role)}{at(line)}"
    why = persona_problem(role, scenario)
    if why:
        return Finding("persona", "not met", f"job story: {shown} {why}; write it for {who}")
    if scenario.user_roles and not user_role(role, scenario):
        return Finding(
            "persona",
            "unsure",
            f"job story: {shown} is a person, but not one of the users this scenario names "
            f"({who}); {CHECK}",
        )
    return Finding(
        "persona", "met", f"job story: {shown} names a specific kind of user", quoted=(role,)
    )


def _told_role(told: re.Match[str]) -> str:
    """The role of a ``_SELF_ROLE`` match, up to the first small word after it."""
    words: list[str] = []
    for w in told["role"].split():
        if words and w.lower() in STOP:
            break
        words.append(w)
    return " ".join(words)


def _self_role(told: re.Match[str], p: Parsed, scenario: Scenario, who: str) -> Finding:
    """The verdict on a role the teller gives themselves outside the story's forms."""
    role = _told_role(told)
    # what the teller said, up to the role's last kept word
    said = told.group(0)[: told.start("role") - told.start() + len(role)].strip(" -:,\n")
    shown = f"{quote(said)}{at(line_of(p.lines, told.start()))}"
    why = persona_problem(role, scenario)
    if why:
        return Finding("persona", "not met", f"{shown} {why}; write it for {who}")
    if scenario.user_roles and user_role(role, scenario):
        return Finding(
            "persona", "met", f"{shown} names who the teller is, one of {who}", quoted=(role,)
        )
    return Finding(
        "persona",
        "unsure",
        f"looked for the persona where a story names it and found none, but {shown} says "
        f"who the teller is; is that one of {who}? {CHECK}",
    )


# the first want of the answer, in the writer's own voice
_WANT_AT = re.compile(r"\b(?:I|we)\s+(?:really\s+)?(?:want|need|would\s+like)\b|\bI'd\s+like\b", I)
# "I" doing or being something of their own life: not a want, a wish or a modal, and not
# what they would see or get from the product
_TELLER = re.compile(
    # the writer alone or with their team ("we only find out when ..."), or the writer's
    # tie to the person they act for, told as a role ("As my dad's carer who books ...")
    r"(?:\bI(?:'m\b|\s+am\b|\s+(?!want\b|need\b|would\b|wish\b|should\b|could\b|must\b|"
    r"will\b|can\b|shall\b|see\b|get\b|know\b|receive\b)[a-z]+\b)"
    r"|\bwe(?:'re\b|\s+are\b|\s+(?:only|always|often|usually|never|still)\s+[a-z]+\b)"
    r"|^\W*as\s+(?:my|our)\s+[\w'-]+(?:'s)?\s+[a-z]+)"
    # not a form's label ("Who I am:"); the clause up to its end, as the evidence
    r"(?!\s*:)[^.!?\n]{0,60}",
    I,
)


def _before_want(told: str) -> str:
    """The teller's words before their first want; empty when no want is told."""
    want = _WANT_AT.search(told)
    return told[: want.start()] if want else ""


def _teller_met(told: str, line: int) -> Finding:
    """Met: first-person prose whose situation before the want is the need's own."""
    first = re.split(r"[.!?](?:\s|$)", told.strip(), maxsplit=1)[0]
    return Finding(
        "persona",
        "met",
        f"{quote(first, 60)}{at(line)} tells the teller's own situation, which is the "
        "need's: the story speaks as one of its users",
        quoted=(first,),
    )


def teller_before_want(answer: str) -> re.Match[str] | None:
    """A first-person clause of the writer's own situation before the answer's first
    want ("I reported it", "I am 81", "I run a club"); none when no want is told."""
    want = _WANT_AT.search(answer)
    return _TELLER.search(answer, 0, want.start()) if want else None
