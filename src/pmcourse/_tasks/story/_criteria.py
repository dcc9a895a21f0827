"""The acceptance-criteria judge: at least two checks a user can observe.

Each item of the criteria block is a check, or is not one for a reason it quotes; a
Gherkin scenario with several outcomes is one check per outcome. It returns a
:class:`Finding` that is met, not met or unsure, and quotes its evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._aggregate import is_aggregate
from ._backstage import backstage
from ._delivery import done_steps, process_step, team_tests
from ._echoed import not_a_check
from ._evalscore import model_score
from ._fastre import quick_finditer, quick_search
from ._governance import governance
from ._inner import bare_pronoun, data_source, deferred, wish
from ._items import GHERKIN_WORDS, GWT_IN_PROSE, Item
from ._kitnames import kit_words, names_kit
from ._kitruns import kit_run_check
from ._orgwork import org_work
from ._parse import Parsed, later_personas
from ._persona import judge_persona
from ._procedure import staff_procedure
from ._roles import CHECK, persona_problem, user_role
from ._salad import stuffed, stuffed_run
from ._solution import story_detail
from ._terse import ARROW as _ARROW
from ._terse import ARROWS as _ARROWS
from ._terse import FUNCTION_WORDS as _FUNCTION_WORDS
from ._terse import USER_RESULT as _USER_RESULT
from ._terse import finite_verb as _finite_verb
from ._terse import terse_sentence
from ._terse import verb_then_no as _verb_then_no
from ._text import (
    IN_QUOTE,
    OBJECT_OF_VERB,
    PLACEHOLDER,
    VAGUE,
    VERBS,
    I,
    at,
    content_words,
    has_verb,
    quote,
    word_list,
    wordset,
)
from ._types import Finding, Scenario, topic_patterns
from ._vague import as_status, negated_twin
from ._vague import vague_term as _vague
from ._weak import colour_only

__all__ = ["criterion_problem", "judge_criteria"]

_CHECK = CHECK


_VAGUE_PREDICATE = re.compile(
    r"\b(?:is|are|be|feels?|looks?|seems?|stays?|works?)\s+(?:\w+\s+)?(?:happy|satisfied|pleased|"
    r"fine|good|great|better|ok|okay|fast|quick|easy|intuitive|user-friendly|reliable|smooth|"
    r"nice|nicely|clean|modern|robust|stable|properly|correctly|well|perfect|perfectly|simple|"
    r"smoothly|as\s+expected|as\s+intended)\W*$"
    # "comparison works": that it works, with nothing said of what it does; "it should
    # just work after a restart", "works on the day": a time or scope added says no more
    r"|^\W*(?:\w+\s+){0,2}works?\W*$"
    r"|^\W*(?:(?:it|this|everything)\s+)?(?:(?:should|must|will)\s+)?(?:just\s+|still\s+)?"
    r"works?\s+(?:for\s+(?:all|every|each|any)|on\s+the\s+day|after|every\s+time)\b"
    # "good error handling", "no lost stuff": a judging adjective on a noun, or a loss of
    # unnamed "stuff", as the whole check
    r"|^\W*(?:good|proper|decent|solid)\s+(?:[\w-]+\s+){0,2}?[\w-]+\W*$"
    r"|^\W*(?:no|nothing)\s+(?:\w+\s+)?(?:stuff|things)\W*$"
    # "comparison is insightful", "the export is useful": a short subject and a judging
    # "-ful" adjective as the whole predicate ("the payment is successful" states a result)
    r"|^\W*(?:\w+\s+){0,3}(?:is|are|be|feels?|looks?|seems?)\s+(?:\w+ly\s+|very\s+)?"
    r"(?!success)[a-z]{3,}ful\W*$",
    I,
)
# A check that names someone on the user's side
_USER_SIDE = re.compile(r"\b(?:I|me|my|we|our|users?|customers?|they|their)\b", I)
# "Given empty shelf when then picker": two step words with nothing between them
# ("... which fields have a window and when" ends on a question word, not on a step)
# ("and when it arrives, I get an email", "and then it retries": a joined clause with
# its subject after the step word reads as English; "I'm told and given a number to
# call": "given" after "and" is a participle)
_EMPTY_STEP = re.compile(
    r"\b(?:given|when|then|and)\s+(?:given|when|then)\b(?!\W*$)"
    r"(?<!\band\swhen)(?<!\band\sthen)(?<!\band\sgiven)|\band\s+(?:when|then)\s+(?:given|when|then|and)\b",
    I,
)
# A name in code ("payouts.retrieve(id)", "failure_code", "/v1/labels", "format=zpl")
# is one word of a sentence, not a heap of keywords
_CODE_NAME = re.compile(r"[\w/.{}-]*[\w}](?:[._/=][\w{}]+)+(?:\([^()\s]*\))?|/[\w{}/.-]+")
# someone, or a modal, before it: "I clear the filter", "riders can correct a journey"
_MEASURED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b", I
)


# "shelf X", "model X": one capital letter after a noun names an example thing
_EXAMPLE_NAME = re.compile(r"\b([a-z]{2,})\s+X\b")
_NOT_A_NOUN = wordset("an the my our your their its his her some any of to as is are for with")
# "changes marked", "cancellations visible": the state a thing is shown in
_PREDICATE = re.compile(
    r"\w{3,}ed|shown|seen|sent|paid|told|kept|found|visible|hidden|listed|available|greyed"
)


# A sentence has small words; "Given empty shelf picker when pick list then no walk" has none.
# "... are hidden or ": a plain state offered before the vague alternative
# "marks late journeys clearly": the showing verb and its object come first, then how
_SHOWN_THING = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bmy\s)(?<!\bour\s)(?<!\bits\s)(?<!\beach\s)"
    r"\b(?:marks|shows|lists|flags|highlights|displays|labels)\s+"
    r"(?!(?:is|are|was|were|be|will|can|should|must)\b)(?:[\w'-]+\s+){1,4}$",
    I,
)
# "a clear error", "a friendly message": a vague word on a thing shown to the user
_SHOWN_MESSAGE = re.compile(
    # (a modifier may come between: "a clear no-match status")
    r"\s+(?:[\w-]+\s+)?(?:(?:error|warning|message|notice|banner|explanation|alert|prompt|"
    r"notification|reason|response)s?|status(?:es)?)\b"
    r"(?!\s+(?:is|are)\b)",
    I,
)
_PLAIN_OR = re.compile(r"\b(?:are|is|be|get|gets)\s+\w{3,}(?:ed|en|n)\s+or\s+$", I)
_MAY = "may "  # a doubtful check: observable, with a vague word in it
# a doubtful check: two words, or a named thing with no verb ("refund button")
_SHORT = _MAY + "be too short to check"
_NO_VERB = _MAY + "have no verb, which some readers fault and others count as a check"
# a run of keywords with a small word joining its parts or a measure: perhaps a terse
# sentence ("donors check eligibility before booking", "requests served within 2 s"); on
# slices written blind such lines were checks more often than heaps, so only a bare heap
# ("shelf empty picker sent") is surely none
_HEAP = _MAY + "string keywords together, which some readers fault and others read as a check"
_TERSE = (_SHORT, _NO_VERB, _HEAP)
_SHOWING = re.compile(
    r"\s+(?:marked|shown|labell?ed|flagged|highlighted|displayed|listed|visible|hidden|"
    r"separated|sorted|grouped|named|stated)\b",
    I,
)
# "the date is shown correctly": a thing shown, then how well; the criterion may count
_SHOWN_HOW = re.compile(
    r"\b(?:is|are)\s+(?:shown|displayed|listed|labell?ed|marked|highlighted)\s+\w+ly\W*$", I
)
# A check of two words is enough when one is what happens: "receipt emailed", "ETA updates"
_PARTICIPLE_VERB = re.compile(r"^[a-z]{3,}ed$")
# "Given 24 hours pass, then retries stop": steps set apart by commas read as a sentence
_STEPS = re.compile(r"\b(?:given|when)\b\W+\w[^,]*,\s*(?:when|then)\b\W+\w+", re.IGNORECASE)


# "the forecast data is refreshed hourly", "the decision threshold is 0.7": the subject
# is a part inside the system, which no user sees
_INNER_SUBJECT = re.compile(
    r"^\W*(?:(?:given|then|and)\s+)?(?:the\s+|a\s+|an\s+|each\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:data|records?|caches?|databases?|db|tables?|columns?|models?|classifiers?|thresholds?|queues?|"
    r"services?|servers?|back-?end|pipelines?|algorithms?|workers?|scheduler|generators?|"
    r"engines?|cron(?:\s+jobs?)?)"
    r"\s+(?:is|are|was|were|gets?|\w+ed|runs?|uses?|has|have|stores?|returns?|holds?|"
    r"filters?|sends?|writes?|reads?|calls?|computes?|checks?|reach(?:es)?|achieves?)\b",
    I,
)
# "the pill is blue": a check of nothing but a colour
_ONLY_COLOUR = re.compile(
    r"^\W*(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){1,3}(?:is|are|turns?|stays?)\s+"
    r"(?:bright\s+|dark\s+|light\s+)?(?:red|green|amber|orange|yellow|blue|purple|grey|gray|pink)"
    r"\W*$",
    I,
)


_INSIDE = "a part inside the system"
_NAMES = "what the story's solution detail names"


def _built_checks(good: list[Item], p: Parsed, scenario: Scenario) -> dict[int, str]:
    """The lines of the checks that check the build, with what they check: solution
    detail is on their line (named by its kind), they name what the story's solution
    detail named ("the MenuCard" of the want), their subject is a part inside the system,
    or they check nothing but a colour."""
    # a colour something turns into ("waits over 30 minutes turn red") is a state a user
    # sees, as the problem judge reads it, not a style to build
    hits = [h for h in story_detail(p, scenario)[0] if not colour_only([h])]
    kinds: dict[int, set[str]] = {}
    for _, no, ks in hits:
        kinds.setdefault(no, set()).update(ks)
    # a word of the need inside the detail ("overdue" of "GET /invoices/overdue") is what
    # a user's check names too, not the build
    named = kit_words(hits, p.lines, topic_patterns(scenario.topic))
    out: dict[int, str] = {}
    for i in good:
        if data_source(i.text):
            # where its data comes from, whatever the line names on the way
            out[i.line] = _INSIDE
        elif i.line in kinds:
            out[i.line] = ", ".join(sorted(kinds[i.line]))
        elif names_kit(i.text, named):
            out[i.line] = _NAMES
        elif _INNER_SUBJECT.search(i.text):
            out[i.line] = _INSIDE
        elif _ONLY_COLOUR.search(i.text):
            out[i.line] = "UI layout and styling"
    return out


def _plain_outcome(item: Item, p: Parsed, scenario: Scenario) -> bool:
    """A step whose outcome (after its last "then") holds none of the story's solution
    detail: "Given stock_qty > 0 on another shelf, then that shelf is used" sets the
    scene with the build but observes what a user meets."""
    thens = list(re.finditer(r"\bthen\b", item.text, I))
    if not thens:
        return False
    after = item.text[thens[-1].end() :]
    return not any(no == item.line and h in after for h, no, _ in story_detail(p, scenario)[0])


_PROCESS = "is a step of the team's delivery process, not something a user observes"
_TESTS = "checks the team's own tests of the code, not something a user observes"


@lru_cache(maxsize=512)
def criterion_problem(item: Item, pats: tuple[re.Pattern[str], ...] = ()) -> str | None:
    """Why an item is not an observable criterion, or None when it is."""
    words = word_list(item.text)
    named = any(m.group(1) not in _NOT_A_NOUN for m in _EXAMPLE_NAME.finditer(item.text))
    # "Given shelf X is empty, ... then I'm not sent to X": once X names a thing, each X does
    text = re.sub(r"\bX\b", "thing", item.text) if named else item.text
    if any(
        not (OBJECT_OF_VERB.search(text[: m.start()]) and m.group(0)[:1].isalpha())
        and not IN_QUOTE.search(text[: m.start()])
        for m in quick_finditer(PLACEHOLDER, text)
    ):
        # a placeholder inside a full check is a parameter ("?since=<timestamp>", "model
        # X"); a check that is mostly placeholder is a template's gap
        rest = [w for w in word_list(PLACEHOLDER.sub(" ", item.text)) if w not in GHERKIN_WORDS]
        if len(content_words(rest)) < 5:
            return "is a placeholder"
    if bare_pronoun(item.text):
        return "names no thing, only a pronoun and a state, so it restates the want"
    if wish(item.text):
        return "is a wish, which restates the want; say what the user sees or gets"
    if deferred(item.text):
        return "points to an agreement kept elsewhere, so there is nothing in it to observe"
    if process_step(item.text):
        return _PROCESS
    if team_tests(item.text):
        return _TESTS
    if model_score(item.text):
        return "is a model's score over a test set, not a check one user can observe"
    kind = staff_procedure(item.text) or governance(item.text)
    if kind:
        return f"{kind}, not something the product does that a user can observe"
    # "given" after a noun is the participle, not the step: "reason given", "notice given
    # to the tenant" say what the product does; "Given I pay" and "and given" open a step
    plain = [
        w
        for i, w in enumerate(words)
        if w not in GHERKIN_WORDS or (w == "given" and i and words[i - 1] not in GHERKIN_WORDS)
    ]
    # without one of its arrows _ARROW cannot match: a long check is not scanned for one
    arrow = _ARROW.match(item.text) if _ARROWS.search(item.text) else None
    verbish = [
        w for w in plain if w in VERBS or _PARTICIPLE_VERB.match(w) or w in ("exists", "given")
    ]
    if (
        arrow
        and content_words(word_list(arrow["cond"]))
        and content_words(word_list(arrow["then"]))
    ):
        plain_ok = True  # "paid -> not shown": a condition and its observable result
    elif len(plain) == 2 and (
        (verbish and content_words(plain) != verbish) or _PREDICATE.fullmatch(plain[1])
    ):
        # "receipt emailed", "changes marked", "cancellations visible": a thing and what
        # happens to it, or the state it is shown in
        plain_ok = True
    else:
        plain_ok = False
    terse = ""
    if len(plain) < 3 and not plain_ok:
        terse = _SHORT
    elif not plain_ok and not has_verb(plain) and not verbish:
        terse = _NO_VERB
    content = [w for w in content_words(plain) if w not in VAGUE]
    shown_how = _SHOWN_HOW.search(item.text)
    if not content or (quick_search(_VAGUE_PREDICATE, item.text) and not shown_how):
        return "is too vague to observe"
    if _EMPTY_STEP.search(item.text):
        return "strings keywords together: a Gherkin step with nothing in it"
    if terse:
        # "refund button", "usage chart per day": some readers count a named thing as
        # a check and others fault it; only a one-word, vague or stuffed one is surely
        # no check, and one with a measure ("suggestions in < 100 ms") is checkable
        if len(plain) < 2 or _vague(item.text) or is_aggregate(item.text):
            return (
                "is too short to check"
                if terse == _SHORT
                else ("has no verb: it is not a condition anyone can observe")
            )
        if pats and stuffed(item.text, pats):
            return _heap(item.text, "strings keywords together")
        if terse == _NO_VERB and _MEASURED.search(_CODE_NAME.sub(" ", item.text)):
            return None
        return terse
    if is_aggregate(item.text):
        return "is a metric of the business counted over everyone, not a check one user can observe"
    vague = _vague(item.text)
    if vague and not _MEASURED.search(item.text):
        showing = vague.group(0).lower().endswith("ly") and bool(
            _SHOWING.match(item.text[vague.end() :])
            or _SHOWN_THING.search(item.text[: vague.start()])
        )
        if not showing and _SHOWN_MESSAGE.match(item.text[vague.end() :]):
            # "refused with a clear error": that an error is shown is observable, how
            # clear it is is not
            return f'{_MAY}rest on a vague word ("{vague.group(0)}") beside what a user sees'
        if not showing and shown_how:
            # "the date is shown correctly": that the thing is shown is observable, how
            # well it is shown is not
            return f'{_MAY}rest on a vague word ("{vague.group(0)}") beside what a user sees'
        if not showing:
            return f'rests on a vague term ("{vague.group(0)}") that no one can observe'
        if not _PLAIN_OR.search(item.text[: vague.start()]):
            # "clearly marked": the marking is observable, how clear it is is not ("hidden
            # or clearly marked" offers a plain state first, which a user can observe)
            return f'{_MAY}rest on a vague word ("{vague.group(0)}") beside what a user sees'
    if pats and stuffed_run(item.text, pats):
        return _heap(item.text, "strings keywords together")
    if (
        len([w for w in word_list(_CODE_NAME.sub(" code ", item.text)) if w not in GHERKIN_WORDS])
        >= 5
        and not _FUNCTION_WORDS.intersection(plain)
        and not arrow
        and not _STEPS.search(item.text)
        and not _finite_verb(plain)
        # "GET /v1/orders/{id} returns its status": a path or code name is one subject
        and not _finite_verb(
            [w for w in word_list(_CODE_NAME.sub(" code ", item.text)) if w not in GHERKIN_WORDS]
        )
        and not _verb_then_no(words)
    ):
        return _heap(item.text, "strings keywords together: no sentence anyone can check")
    if (
        item.gherkin
        and not re.search(r"\bthen\b", item.text, I)
        and len(plain) < 6
        and not _USER_RESULT.match(item.text)
    ):
        return "has no outcome to observe"
    return None


def _heap(text: str, why: str) -> str:
    """``why`` for a bare run of keywords; for one with a small word joining its parts
    ("when the shop sells out") or a measure ("within 2 s"), that it may be a check."""
    words = word_list(text)
    if words and words[0] in GHERKIN_WORDS:
        # in a step ("Given ... when ... then ...") these words are its keywords; in a
        # plain line "when" joins a clause
        words = [w for w in words if w not in GHERKIN_WORDS]
    if _FUNCTION_WORDS.intersection(words) or _MEASURED.search(text):
        return _HEAP
    if terse_sentence(words, text):
        return _HEAP
    return why


_STEP_WORD = re.compile(r"^(?:then|and|but)\b\W*", I)


def _outcome_steps(item: Item) -> list[tuple[Item, str]]:
    """A Gherkin scenario with two or more outcomes (its Then line and the And/But lines
    after it) as one check per outcome, each with the scenario's setting (its Given and
    When); any other item as itself."""
    firsts = [n for n, (_, step) in enumerate(item.steps) if re.match(r"then\b", step, I)]
    if not firsts:
        return [(item, "")]
    outs = [
        (no, step)
        for no, step in item.steps[firsts[0] :]
        if _STEP_WORD.match(step) and _STEP_WORD.sub("", step)
    ]
    if len(outs) < 2 or len(outs) < len(item.steps) - firsts[0]:
        return [(item, "")]
    setting = " ".join(step for _, step in item.steps[: firsts[0]])
    return [(Item(_STEP_WORD.sub("", step), no, False), setting) for no, step in outs]


def judge_criteria(p: Parsed, scenario: Scenario) -> Finding:
    pats = topic_patterns(scenario.topic)
    good: list[Item] = []
    bad: list[tuple[Item, str]] = []
    seen: set[str] = set()
    dupes = 0
    last: Item | None = None
    for item, setting in (x for whole in p.items for x in _outcome_steps(whole)):
        why = criterion_problem(item, pats)
        persona = p.persona[0].text if p.persona else ""
        why = why or not_a_check(item.text, p, persona)
        if not why or why.startswith(_MAY):
            # work behind the scenes is surely no check, however it is worded
            why = backstage(item.text, persona) or org_work(item.text, persona) or why
        quoted = why and "vague" in why and as_status(item.text, [i.text for i in p.items])
        if quoted:
            why = criterion_problem(Item(quoted, item.line, item.gherkin, item.steps), pats)
        # "Given it does not, then it is not" after a good check is its negative case
        before, last = last, item
        twin = before is not None and good[-1:] == [before] and negated_twin(item.text, before.text)
        if why and not twin:
            bad.append((item, why))
            continue
        # the same words, numbers and negations included: "5xx -> retried" and
        # "2xx -> not retried" are two checks; a scenario's outcome with its setting
        key = " ".join(sorted(set(word_list(f"{setting} {item.text}")) - GHERKIN_WORDS))
        if key in seen:
            dupes += 1
            continue
        seen.add(key)
        good.append(item)
    # terse status lines beside a delivery step, or under a Definition of Done heading
    beside = any(why in (_PROCESS, _TESTS) for _, why in bad)
    steps = done_steps([i.text for i in good], p.heading.text if p.heading else "", beside)
    bad += [(i, _PROCESS) for i in good if i.text in steps]
    good = [i for i in good if i.text not in steps]
    where = f' under "{p.heading.text}"{at(p.heading.line)}' if p.heading else ""
    if len(good) >= 2:
        # the example quoted is one free of solution detail when there is one
        built_lines = _built_checks(good, p, scenario)
        plain = [i for i in good if i.line not in built_lines]
        first = (plain or good)[0]
        if not plain and all(built_lines[i.line] == _INSIDE for i in good):
            # every check's subject is a part inside the system: the checks test the
            # build, which no user observes
            built = good[0]
            if scenario.users_are_developers:
                # in a product for developers, a record or a response may be what its
                # users receive and code against: careful readers went either way
                return Finding(
                    "criteria",
                    "unsure",
                    f"found {len(good)} checks{where}, and each names a part of the system, "
                    f"e.g. {quote(built.text, 50)}{at(built.line)}; looked for two checks of "
                    "what an integrating developer receives or calls and could not tell "
                    f"whether these are; {_CHECK}",
                )
            return Finding(
                "criteria",
                "not met",
                f"{len(good)} checks{where}, and each checks a part inside the system, e.g. "
                f"{quote(built.text, 50)}{at(built.line)}; write at least two checks a user "
                "can observe",
                flagged=tuple(i.text for i in good),
            )
        if (
            not plain
            and not scenario.users_are_developers
            and not any("styling" in built_lines[i.line] for i in good)
            and not any(_USER_SIDE.search(i.text) or user_role(i.text, scenario) for i in good)
            and not any(_plain_outcome(i, p, scenario) for i in good)
        ):
            # every check names solution detail (a table, a job, a model, the kit the want
            # prescribed) or a part inside, none a colour a user sees, and none a user:
            # they check the build, not what anyone meets
            built = good[0]
            return Finding(
                "criteria",
                "not met",
                f"{len(good)} checks{where}, and each checks how it is built rather than what "
                f"a user observes, e.g. {quote(built.text, 50)}{at(built.line)} "
                f"({built_lines[built.line]}); write at least two checks a user can observe",
                flagged=tuple(i.text for i in good),
            )
        if ran := kit_run_check(good, plain, p, scenario, where):
            return ran
        if len(plain) < 2:
            built = next(i for i in good if i not in plain)
            return Finding(
                "criteria",
                "unsure",
                f"found {len(good)} checks{where}, but {quote(built.text, 50)}{at(built.line)} "
                f"checks how it is built ({built_lines[built.line]}) rather than what a user "
                "observes; looked for two "
                f"checks a user could observe; {_CHECK}",
            )
        builder = (
            p.persona is not None
            # the maker's own staff ("<maker>'s support team") are on the builders' side too
            and re.search(r"builds|own staff", persona_problem(p.persona[0].text, scenario) or "")
            # a user persona further on: the builder's may be a quoted draft
            and not any(not persona_problem(o, scenario) for o in later_personas(p.story, 0)[1:])
            # the persona judge read more than the role ("an SRE at a customer company",
            # "engineers integrating <maker>"): one of a developer product's users
            and judge_persona(p, scenario).state != "met"
        )
        if (
            builder
            and not any(_USER_SIDE.search(i.text) or user_role(i.text, scenario) for i in good)
            # checks that each name two things of the need ("a shelf with no stock is
            # not on the pick list") check what its users meet, whoever wrote them
            and not all(sum(bool(pt.search(i.text)) for pt in pats) >= 2 for i in good)
        ):
            # a builder's checks with no user in them may check the build, not what a user sees
            return Finding(
                "criteria",
                "unsure",
                f"found {len(good)} checks{where}, written by someone who builds the product "
                f"and naming no user, e.g. {quote(first.text, 50)}{at(first.line)}; looked for "
                f"two checks a user could observe and could not tell; {_CHECK}",
            )
        lines = (
            f"lines {good[0].line} to {good[-1].line}"
            if good[-1].line != good[0].line
            else f"line {good[0].line}"
        )
        extra = f"; {dupes} duplicate(s) counted once" if dupes else ""
        return Finding(
            "criteria",
            "met",
            f"{len(good)} observable checks{where} ({lines}), e.g. {quote(first.text, 60)}{extra}",
            quoted=(first.text,),
        )
    doubtful = [(i, why) for i, why in bad if why.startswith(_MAY)]
    terse = [(i, why) for i, why in doubtful if why in _TERSE]
    rich = [i for i in good if i.gherkin and len(word_list(i.text)) >= 25]
    if terse:
        # a terse item that names how it is built ("push via Firebase") is surely no check
        built_terse = _built_checks([i for i, _ in terse], p, scenario)
        bad = [
            (i, f"names how it is built ({built_terse[i.line]})" if i.line in built_terse else w)
            for i, w in bad
        ]
        doubtful = [(i, why) for i, why in bad if why.startswith(_MAY)]
        terse = [(i, why) for i, why in doubtful if why in _TERSE]
    if not good and len(terse) >= 2:
        # "refund button", "autocomplete after 3 characters": named things, which some
        # readers count as checks and others fault; nothing says they are wrong
        (a, why_a), (b, why_b) = terse[:2]
        return Finding(
            "criteria",
            "unsure",
            f"found {len(terse)} terse items{where}: {quote(a.text, 50)}{at(a.line)} {why_a}; "
            f"{quote(b.text, 50)}{at(b.line)} {why_b}; "
            f"looked for two checks a user could observe and could not tell; {_CHECK}",
        )
    heap = next((i for i, why in doubtful if why == _HEAP), None)
    if len(good) == 1 and heap is not None and len(word_list(good[0].text)) >= 5:
        # a full sentence of a check beside a terse line joined by a small word or a
        # measure ("pick lists skip empty shelves"): readers counted the pair as two checks
        return Finding(
            "criteria",
            "met",
            f"2 observable checks{where}, e.g. {quote(good[0].text, 60)}{at(good[0].line)} "
            f"and the terse {quote(heap.text, 50)}{at(heap.line)}",
            quoted=(good[0].text,),
        )
    if good and (len(good) + len(doubtful) >= 2 or rich):
        # one check for sure, and another that a careful reader may count: a check with a
        # vague word beside what a user sees, or one long scenario holding several cases
        other = (
            f"{quote(doubtful[0][0].text, 50)}{at(doubtful[0][0].line)} {doubtful[0][1]}"
            if doubtful
            else f"{quote(rich[0].text, 50)}{at(rich[0].line)} is one scenario that may hold "
            "several checks"
        )
        return Finding(
            "criteria",
            "unsure",
            f"found 1 observable check{where}, {quote(good[0].text, 50)}{at(good[0].line)}; "
            f"{other}; looked for two checks a user could observe and could not tell; {_CHECK}",
        )
    parts: list[str] = []
    if good:
        parts.append(
            f"only 1 observable check found{where}: {quote(good[0].text, 60)}{at(good[0].line)}"
        )
    elif p.heading and not p.items:
        parts.append(f'"{p.heading.text}"{at(p.heading.line)} has no checks under it')
    elif not p.items:
        if GWT_IN_PROSE.search(p.story):
            parts.append(
                "Given/When/Then appear inside the story's sentences, which does not make a "
                "scenario; put each criterion on its own line"
            )
        else:
            parts.append('none found; add "Acceptance criteria:" with one check per line')
    else:
        parts.append(f"no observable check{where}")
    parts.extend(f"{quote(item.text, 50)}{at(item.line)} {why}" for item, why in bad[:2])
    if dupes:
        parts.append(f"{dupes} repeated check(s) counted once")
    msg = "; ".join(x for x in parts if x)
    return Finding(
        "criteria",
        "not met",
        msg + "; write at least two observable checks",
        flagged=tuple(item.text for item, _ in bad),
    )
