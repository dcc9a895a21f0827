"""The topic judge: does the story keep the scenario's need?

A careful instructor fails the topic only when the story asks for *another feature of
the same product* ("export the invoices to PDF", for a need about overdue invoices).
A story that is vague, written by the wrong person or full of solution detail is
still about the need: the other criteria fault it, not this one. So the judge reads
the whole story (want, outcome, the job story's situation and the criteria) against
the need's term groups (``Scenario.topic``) and the need's own words, stemmed:

- met when one sentence carries every term group, or the story's parts carry them
  between them and the want asks for nothing else;
- not met when the want asks for something else: more words of its own (neither the
  need's, its term groups', vague words nor solution detail) than words of the need;
- unsure when a careful reader could not tell: a string of keywords, checks that
  cannot be read, or a want that asks for something of its own while the rest of the
  story carries the need.
"""

from __future__ import annotations

import re

from ._criteria import criterion_problem
from ._fastre import quick_search
from ._lexicon import VAGUE_TERMS
from ._parse import JOB, Parsed
from ._persona import judge_persona
from ._procedure import staff_procedure
from ._roles import CHECK, persona_problem
from ._solution import story_detail
from ._text import VAGUE, VERBS, at, content_words, has_verb, quote, stem, word_list
from ._topic_aim import own_end
from ._topic_apart import carried_apart
from ._topic_ask import LEAD_WORD, REFERS, key, need_roots, need_stems, other_ask, own_words, root
from ._topic_behalf import messaged_for_them
from ._topic_choice import preference_ask
from ._topic_cite import cited
from ._topic_focus import errand, off_object
from ._topic_frame import unframed
from ._topic_heap import heap_of
from ._topic_kept import kept
from ._topic_object import own_object
from ._topic_request import requested
from ._topic_sight import sight_ask
from ._topic_terms import (
    DENIED,
    DETERMINERS,
    LESS_PAIN,
    NAMES,
    PRODUCT_NAME,
    carries,
    need_patterns,
    new_instance,
    other_object,
    unnamed,
)
from ._topic_trade import traded
from ._topic_trend import trend_ask
from ._topic_without import guarded_action
from ._types import Finding, Scenario

__all__ = ["judge_topic", "need_patterns", "other_ask", "own_words"]

_STILL_A_USER = ("is too general", "is a placeholder", "strings", "names nobody", "is the product")


def _own_end(p: Parsed, scenario: Scenario) -> Finding | None:
    """own_end(), but not for a persona who is not one of the users (see below)."""
    own = own_words(p.want.text, scenario, p.persona[0].text if p.persona else "") if p.want else []
    roots, stems = need_roots(scenario), need_stems(scenario)
    found = own_end(p, scenario, own, lambda w: root(w) in roots or key(w) in stems)
    return found if found and _another_person(p, scenario) is None else None


def _another_person(p: Parsed, scenario: Scenario) -> str | None:
    """The persona, when the persona judge fails it as a person other than the scenario's
    users: a builder, the maker's team, someone the product does not serve."""
    if p.persona is None or "persona" not in scenario.judge:
        return None
    span, intro = p.persona[0], p.persona[1]
    judged = judge_persona(p, scenario)
    if judged.state != "not met":
        return None
    why = persona_problem(span.text, scenario, intro) or ""
    if "does not code against" in judged.message:
        why = ""  # a general word for a person, told as not the developers who use it
    return None if why.startswith(_STILL_A_USER) else span.text


def judge_topic(p: Parsed, scenario: Scenario) -> Finding:
    found = _judge_topic(p, scenario)
    if found.state == "met":
        found = _plainly_other(p, scenario) or found
    if found.state in ("met", "unsure"):
        trend = (
            trend_ask(p, scenario)
            or preference_ask(p, scenario)
            or _requested(p, scenario)
            or sight_ask(p, scenario)
        )
        if trend is not None:
            return trend
        found = (
            (found.state == "met" and (traded(p, scenario) or messaged_for_them(p, scenario)))
            or _own_end(p, scenario)
            or found
        )
        if found.state == "met":
            found = _guarded(p, scenario) or found
        return (found.state == "unsure" and _told_by_how(p, scenario)) or found
    if found.state != "not met":
        return found
    other = _another_person(p, scenario)
    if other is None:
        return found
    # someone other than the users wants something of their own ("a shopper's parcel
    # status", "a vendor team's lower rate"): whether that is another feature or the
    # need seen from their side cannot be told from the words; the persona judge
    # already fails the story, so this sends nothing to review
    what = found.message.split(", another feature", 1)[0].split(", not the scenario", 1)[0]
    return Finding(
        "topic",
        "unsure",
        f"{what}, written for {quote(other)}, who is not one of the scenario's users: "
        f"could not tell whether it is another feature or the need seen from their side; "
        f"the need is to {scenario.need}; {CHECK}",
    )


def _plainly_other(p: Parsed, scenario: Scenario) -> Finding | None:
    """The story read again with a general word of the want ("see", "before") not taken as
    naming the need's problem ("report a leak I see"); only a "not met" of it counts."""
    if p.want is None or "persona" not in scenario.judge:
        return None
    who, want = (p.persona[0].text if p.persona else ""), p.want.text
    if other_ask(want, scenario, who) or not other_ask(want, scenario, who, strict=True):
        return None
    found = _judge_topic(p, scenario, strict=True)
    return found if found.state == "not met" else None


def _requested(p: Parsed, scenario: Scenario) -> Finding | None:
    """requested(), but only for a persona the persona judge takes as one of the users:
    what someone else asks the product to do may be the need seen from their side."""
    found = requested(p, scenario)
    if found is None or "persona" not in scenario.judge:
        return found
    return found if judge_persona(p, scenario).state == "met" else None


def _guarded(p: Parsed, scenario: Scenario) -> Finding | None:
    """A want that does a thing of its own "without" the need's problem: another feature,
    the need only what it must not cause."""
    found = guarded_action(p, need_patterns(scenario))
    if found is None or p.want is None:
        return None
    action, guard = found
    return Finding(
        "topic",
        "not met",
        f"the want asks to {quote(action)}{at(p.want.line)}, a thing of its own; the need's "
        f"words are only in what it must not cause ({quote(guard)}); another feature than "
        f"the scenario's need; the need is to {scenario.need}",
    )


def _told_by_how(p: Parsed, scenario: Scenario) -> Finding | None:
    """A want made of solution detail ("bed counts kept in a Google Sheet that feeds a
    dashboard") whose check states the whole need in a sentence ("I can see which
    shelter has a free bed tonight"): the story asks for the need and says how to build
    it, which the problem judge faults; its own words are the how's, no other feature."""
    if p.want is None or "persona" not in scenario.judge:
        return None
    pats = need_patterns(scenario)
    built = [LEAD_WORD.sub("", h) for hits in story_detail(p, scenario) for h, _, _ in hits]
    if not any(h and h in p.want.text for h in built):
        return None
    check = next(
        (
            i
            for i in p.items
            if all(carries(pat, i.text) for pat in pats)
            and has_verb(word_list(i.text))
            # a check the criteria judge faults states nothing a tick may quote
            and not criterion_problem(i, pats)
        ),
        None,
    )
    if check is None or len(p.items) < 2:
        # a lone check is too thin to carry the story (the criteria judge faults it)
        return None
    return Finding(
        "topic",
        "met",
        f"the want (line {p.want.line}) says how to build it, and the check "
        f"{quote(check.text)}{at(check.line)} states the need",
        quoted=(check.text,),
    )


def _judge_topic(p: Parsed, scenario: Scenario, strict: bool = False) -> Finding:
    pats = need_patterns(scenario)
    criteria_only = "persona" not in scenario.judge and "outcome" not in scenario.judge
    need = f"the need is to {scenario.need}"
    units: list[tuple[str, int]] = []
    if not criteria_only:
        job = JOB.search(p.story)
        parts = [job.group(1)] if job else []
        core = " ".join([*parts, *(s.text for s in (p.want, p.outcome) if s is not None)])
        if core:
            anchor = p.want or p.outcome
            units.append((core, anchor.line if anchor else 1))
        elif p.story.strip():
            units.append((p.story, 1))
    # a procedure of the organisation's people is no check, but it reads: it says what about
    checks = [i for i in p.items if not criterion_problem(i, pats) or staff_procedure(i.text)]
    if criteria_only and p.items and not checks:
        # only vague or broken checks: what they are about cannot be read from them
        return Finding(
            "topic",
            "unsure",
            f"looked for a check that carries the need and found none that can be read; "
            f"{need}; {CHECK}",
        )
    if criteria_only:
        # vague criteria, and Gherkin with an empty step, still say what they are about:
        # the criteria judge faults them
        checks += [
            i
            for i in p.items
            if any(w in (criterion_problem(i, pats) or "") for w in ("vague", "nothing in it"))
        ]
    units.extend((i.text, i.line) for i in checks)
    persona = p.persona[0].text if p.persona else ""
    # the solution detail's words, without the small word quoted before them ("to ...")
    built = tuple(LEAD_WORD.sub("", h) for hits in story_detail(p, scenario) for h, _, _ in hits)
    asked = (
        other_ask(p.want.text, scenario, persona, built, strict)
        if p.want and not criteria_only
        else []
    )
    for n, (text, line) in enumerate(units):
        if not criteria_only and n > 0:
            break
        heap = heap_of(p, text, pats, n == 0)
        if heap:
            # a heap of the need's words is no other feature; the criteria and outcome
            # judges fault the heap itself
            return Finding(
                "topic",
                "unsure",
                f"{quote(heap)}{at(line)} reads as a string of keywords, so what it asks for "
                f"could not be told; {need}; {CHECK}",
            )
        if all(carries(pat, text) for pat in pats) and has_verb(word_list(text)) and not asked:
            lead_verb = _own_action(p, scenario, persona, built) if n == 0 else ""
            # quote the want, not the outcome with it: the outcome may be the defect
            shown = p.want.text if n == 0 and p.want and p.want.text in text else text
            want = p.want.text if p.want else ""
            other = _other_action(p, lead_verb, pats, need) if lead_verb else None
            other = other or off_object(want, shown, pats, need, line)
            return other or kept(p, pats, shown, line, criteria_only)
    if not units:
        if any(carries(pat, p.story) for pat in pats):
            # words of the need with no sentence around them: a heap, not another feature
            return Finding(
                "topic",
                "unsure",
                f"found words of the need but no sentence that says what the user needs; "
                f"{need}; {CHECK}",
            )
        return Finding("topic", "not met", f"nothing states what the user needs; {need}")
    text, line = units[0]
    # broken checks still say what the story is about
    whole = " ".join([p.story, *(u for u, _ in units), *(i.text for i in p.items)])
    found = [pat for pat in pats if carries(pat, whole)]
    if asked:
        shown = quote(p.want.text if p.want else text)
        gain = p.outcome.text if p.outcome and not criteria_only else ""
        lead = re.sub(
            r"^(?:to\s+|be\s+able\s+to\s+)", "", p.want.text if p.want else "", flags=re.IGNORECASE
        )
        action = word_list(lead)[:1]  # "split the bill ...": the verb of the want leads it
        # "so that they can't see our credentials": a sight or knowledge denied is no
        # knowing of the need's; the words after it still count
        seen = unframed(DENIED.sub(" ", gain), pats, p)
        if seen.strip() and carried_apart(pats, seen, action, asked) and has_verb(word_list(gain)):
            # the want is the persona's own way to it, and the outcome says it serves the
            # need: "tell the bank my travel dates, so that my card works abroad"
            return Finding(
                "topic",
                "met",
                f"the outcome {quote(gain)}{at(p.outcome.line if p.outcome else line)} "
                "says the want serves the need",
                quoted=(gain,),
            )
        elsewhere = other_object(lead, pats, asked) or own_object(lead, pats, asked)
        if elsewhere:
            return Finding(
                "topic",
                "not met",
                f"the want {shown}{at(line)} asks to {quote(elsewhere)}: the need's action "
                f"on another thing than the need's; {need}",
                quoted=(p.want.text if p.want else text,),
            )
        if (
            len(found) == len(pats)
            and not set(action) & set(asked)
            # an action of its own further on ("fees added", "sending"); a compound
            # adjective ("under-filled") is no action
            and not any(w.endswith("ing") or (w.endswith("ed") and "-" not in w) for w in asked)
        ):
            # the own words of the want only qualify what the need is about ("at a glance",
            # "next week's"): they ask for no other thing to do, and the rest of the
            # story names the need
            if len(asked) <= 2:
                return Finding(
                    "topic",
                    "met",
                    f"the want {shown}{at(line)} adds detail ({quote(' '.join(asked))}) "
                    "to what the rest of the story says of the need",
                    quoted=(p.want.text if p.want else text,),
                )
            # a phrase of its own (3 words or more) may ask for another feature: careful
            # readers labelled these either way (rules.py: under 80 % right as "met")
            return Finding(
                "topic",
                "unsure",
                f"the want {shown}{at(line)} adds words of its own "
                f"({quote(' '.join(asked[:4]))}) to what the rest of the story says of the "
                f"need; looked for whether they ask for another feature and could not tell; "
                f"{need}; {CHECK}",
            )
        # a want that names another product ("from Apple Home") asks for a way in from
        # it: checks of the need's object alone do not make it the need
        named_other = int(len(pats) > 1 and NAMES.search(lead) is not None)
        if (
            len(found) == len(pats)
            and set(action) & set(asked)
            and p.items
            and not any(
                carries(pat, unnamed(i.text)) for i in p.items for pat in pats[named_other:]
            )
        ):
            # the want leads with an action of its own ("split the bill") and every check
            # is about that action: the need's words elsewhere (the persona's "food
            # allergy", a reason) do not make it the need
            return Finding(
                "topic",
                "not met",
                f"the story asks for {shown}{at(line)}, and its criteria check only that, "
                f"another feature than the scenario's need; {need}",
            )
        ask_stems = {stem(w) for w in asked}
        stating = [
            i
            for i in checks
            if all(carries(pat, i.text) for pat in pats) and has_verb(word_list(i.text))
        ]
        # the check states the need in none of the want's own words
        stating = [i for i in stating if not ask_stems & {stem(w) for w in word_list(i.text)}]
        carrier = (
            stating[0]
            if stating
            and not any(
                ask_stems & {stem(w) for w in word_list(i.text)} for i in checks if i not in stating
            )
            else None
        )
        if len(found) == len(pats) and carrier is not None and not set(action) & set(asked):
            # the want words it its own way (not leading with an action of its own), a
            # check states the need outright, and no check tests the want's own ask apart
            # from the need: the story asks for the need
            return Finding(
                "topic",
                "met",
                f"the want {shown}{at(line)} words it its own way, and the check "
                f"{quote(carrier.text)}{at(carrier.line)} states the need",
                quoted=(carrier.text,),
            )
        # the want leads with an action of its own on the need's object alone, and the
        # checks test that action and name no more of the need: another feature
        lead_own = _own_action(p, scenario, persona, built)
        other = _other_action(p, lead_own, pats, need) if lead_own else None
        if other:
            return other
        # ("apply for an ...": a verb with its preposition, which _own_action leaves)
        fresh = new_instance(
            p.want.text if p.want else "", lead_own or (action[:1] or [""])[0], pats
        )
        fresh = fresh if set(action) & set(asked) else ""
        if fresh and len(found) == len(pats):
            # the want asks to get a new one of the need's object ("book a collection",
            # "order a box"): a request of its own, not the need about the ones there are
            return Finding(
                "topic",
                "not met",
                f"the story asks to {quote(fresh)}{at(line)}, a request for a new one of "
                f"what the need is about, not the need; another feature than the "
                f"scenario's need; {need}",
                quoted=(p.want.text if p.want else text,),
            )
        if (
            len(found) == len(pats)
            and set(action) & set(asked)
            and p.items
            and not any(carries(pat, seen) for pat in pats[1:])
            and not any(carries(pat, DENIED.sub(" ", i.text)) for i in p.items for pat in pats[1:])
        ):
            # the want leads with an action of its own on the need's object ("give
            # contractors access to the secrets"), and neither the outcome nor a check
            # names the rest of the need but in a sight denied ("cannot see"): another feature
            return Finding(
                "topic",
                "not met",
                f"the story asks for {shown}{at(line)}, and its outcome and criteria name no "
                f"more of the need than what it is about; another feature than the "
                f"scenario's need; {need}",
            )
        if len(found) == len(pats):
            return Finding(
                "topic",
                "unsure",
                f"the want {shown}{at(line)} asks for {quote(' '.join(asked[:4]))}, which is "
                f"not in the need, though the rest of the story names it; {need}; {CHECK}",
            )
        want = p.want.text if p.want else ""
        before = p.story[: p.story.find(want)] if want in p.story else ""
        named = pats[0].search(before)
        if REFERS.search(want) and named:
            # "an alert when it is about to expire": the want points back at the need's
            # object named before it, in words of its own that may be the need's
            return Finding(
                "topic",
                "unsure",
                f"the want {shown}{at(line)} refers back to {quote(named[0])}"
                f" in words not in the need ({quote(' '.join(asked[:4]))}); {need}; {CHECK}",
            )
        how = next((h for h in built if h in want), None)
        if how:
            # a want made of solution detail says how, not which need: the problem
            # judge faults the how
            return Finding(
                "topic",
                "unsure",
                f"the want {shown}{at(line)} asks for a way to build something "
                f"({quote(how)}), so the need it serves could not be told; {need}; {CHECK}",
            )
        if LESS_PAIN.search(want):
            return Finding(
                "topic",
                "unsure",
                f"the want {shown}{at(line)} asks for less of a problem in words that are "
                f"not the need's; could not tell whether it is the need's; {need}; {CHECK}",
            )
        return Finding(
            "topic",
            "not met",
            f"the story asks for {shown}{at(line)}, another feature than the scenario's "
            f"need; {need}",
        )
    own = own_words(p.want.text, scenario, persona, built) if p.want else []
    if len(found) == len(pats):
        # quote the want, not the outcome: a circular outcome may be the story's defect
        first = p.want.text if p.want and not criteria_only else text
        missing = [pat for pat in pats if not carries(pat, text)]
        extra = cited(units[1:], missing)  # a hedged or vague check is no support to quote
        if extra:
            return errand(first, scenario.need, need, line) or Finding(
                "topic",
                "met",
                f"{quote(first, 50)}{at(line)}, with the criterion {quote(extra[0], 50)}"
                f"{at(extra[1])}, keeps the need",
                quoted=(first, extra[0]),
            )
        return Finding(
            "topic",
            "met",
            f"the story's want, outcome and criteria carry the need between them, from "
            f"{quote(first, 50)}{at(line)} on",
            quoted=(first,),
        )
    # a want that only asks for the need's object to be better ("handle bad addresses
    # better") is vague about the need, not another feature
    vague_want = bool(p.want and quick_search(VAGUE_TERMS, p.want.text)) and len(own) <= 2
    if found and not criteria_only and (len(own) < 2 or vague_want):
        # part of the need and at most one word of its own: a thin or vague story about
        # the need (the other criteria fault it), or a small other feature
        shown = f"{quote(text, 60)}{at(line)}"
        vague = quick_search(VAGUE_TERMS, text) or VAGUE.intersection(word_list(text))
        # the need's own words, three or more of them ("know when my book is ready to
        # collect"), say the need even where a term group misses the learner's wording
        retold = len({root(w) for w in content_words(word_list(text))} & need_roots(scenario))
        if not own and (not vague or retold >= 3):
            return Finding(
                "topic",
                "met",
                f"{shown} is about the need and asks for nothing else",
                quoted=(text,),
            )
        want_text = p.want.text if p.want else ""
        names = [m.group(0).lower() for m in PRODUCT_NAME.finditer(want_text)]
        if (
            own
            # its one word of its own is another product's name
            and names == own
            and len(pats) > 1
            and p.items
            and not any(carries(pat, unnamed(i.text)) for i in p.items for pat in pats[1:])
        ):
            # ("a HubSpot connector") and no check names the need's problem: a link
            # with that product, another feature
            return Finding(
                "topic",
                "not met",
                f"the story asks for {shown} ({quote(own[0])}), and no criterion names the "
                f"need's problem; another feature than the scenario's need; {need}",
            )
        besides = f"asks for {quote(own[0])} besides" if own else "says it in vague words"
        return Finding(
            "topic",
            "unsure",
            f"{shown} names part of the need and {besides}; could not tell whether it "
            f"keeps the need or asks for another feature; {need}; {CHECK}",
        )
    want = p.want.text if p.want else ""
    how = next((h for h in built if h in want), None)
    if how or LESS_PAIN.search(want):
        # a want made of solution detail says how, and one that asks for less of a pain
        # ("fewer false alarms") names a problem, not a feature: which need it serves is
        # for a reader to tell when its words are not the need's
        what = f"a way to build something ({quote(how)})" if how else "less of a problem"
        return Finding(
            "topic",
            "unsure",
            f"the want {quote(want)}{at(line)} asks for {what} in words that are not the "
            f"need's; could not tell whether it serves the need; {need}; {CHECK}",
        )
    vague_check = next(
        (
            (i.text, i.line)
            for i in p.items
            if "vague" in (criterion_problem(i, pats) or "") or quick_search(VAGUE_TERMS, i.text)
        ),
        None,
    )
    if criteria_only and found and vague_check:
        # checks that name part of the need and say the rest in vague words ("sent to
        # the right place", "always up to date") may mean the need: the criteria judge
        # faults the vagueness, which leaves what they are about for a reader to tell
        return Finding(
            "topic",
            "unsure",
            f"the criteria name part of the need and say the rest in vague words, e.g. "
            f"{quote(vague_check[0], 50)}{at(vague_check[1])}; could not tell whether they "
            f"keep the need; {need}; {CHECK}",
        )
    return Finding(
        "topic",
        "not met",
        f"the story asks for {quote(text)}{at(line)}, not the scenario's need; {need}",
    )


def _own_action(p: Parsed, scenario: Scenario, persona: str, built: tuple[str, ...]) -> str:
    """The verb a want leads with, when it is a word of its own (not the need's) and the
    want names only the need's object ("rate the class", for a need about waiting-list
    places): the need's other terms come from the outcome or the checks, not the ask."""
    pats = need_patterns(scenario)
    if p.want is None or len(pats) < 2 or not carries(pats[0], p.want.text):
        return ""
    if any(carries(pat, p.want.text) for pat in pats[1:]):
        return ""
    lead = re.sub(r"^(?:to\s+|be\s+able\s+to\s+)", "", p.want.text, flags=re.IGNORECASE)
    first = word_list(lead)[:2]
    # a verb: a known one, or a word before its object's article ("rate the class")
    if not first or not (first[0] in VERBS or (len(first) > 1 and first[1] in DETERMINERS)):
        return ""
    return first[0] if first[0] in own_words(p.want.text, scenario, persona, built) else ""


def _other_action(
    p: Parsed, action: str, pats: tuple[re.Pattern[str], ...], need: str
) -> Finding | None:
    """A want that leads with an action of its own on the need's object, whose checks test
    that action and name no more of the need than its object: another feature. None when
    a check names more of the need (the story may reach the need its own way)."""
    want = p.want.text if p.want else ""
    line = p.want.line if p.want else 1
    tested = [i for i in p.items if stem(action) in {stem(w) for w in word_list(i.text)}]
    if not tested or any(carries(pat, unnamed(i.text)) for i in p.items for pat in pats[1:]):
        return None
    return Finding(
        "topic",
        "not met",
        f"the story asks to {quote(action)} in {quote(want)}{at(line)}, an action the need "
        f"does not name; its criteria check that ({quote(tested[0].text, 50)}"
        f"{at(tested[0].line)}) and name no more of the need than what it is about; another "
        f"feature than the scenario's need; {need}",
    )
