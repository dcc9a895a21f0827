"""The outcome judge: what the persona can then achieve, or why the outcome is none.

It returns a :class:`Finding` that is met, not met or unsure, and quotes its evidence.
Unsure means the judge could not tell (an outcome in a form it does not know, a
feeling): its message says what it looked for and asks the learner to check that
point against the checklist, and never tells them to change what may be right.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._contact import contact_stops
from ._fastre import quick_search
from ._gainer import (
    BUILDER_SELF,
    about_maker,
    commercial,
    counted_others,
    image_to_others,
    is_person,
    person_owned,
    persona_builds,
    persona_maker,
    subject,
    vendor_subject,
)
from ._houseform import form_fields
from ._informed import told_state
from ._items import GHERKIN_WORDS
from ._lexicon import VAGUE_TERMS
from ._measures import figure_beside_own, maker_goal, org_figure, owned_figure
from ._moods import mood_only
from ._occasion import occasion_mood
from ._orggain import org_gain
from ._orgvoice import org_voice_goal
from ._others import other_gain
from ._ourmoney import our_money
from ._overseer import overseer_goal
from ._parse import Parsed
from ._regard import org_regard
from ._restated import (
    KNOW_BARE,
    SEE_IT,
    SEEN_OR_KNOWN,
    THING_PRONOUN,
    TOLD,
    TOLD_WANTED,
    asks_anew,
    done_again,
    has_wanted,
    knows_wanted,
    made_unseen,
    new_words,
    passes_on,
    same,
    says_degree,
    seen_self,
    sees_own,
    told_again,
    told_wanted,
)
from ._roles import CHECK, stems
from ._salad import stuffed
from ._served import (
    duty,
    machine_told,
    maker_for_users,
    own_job,
    staff_speed,
)
from ._standing import org_standing
from ._text import (
    PLACEHOLDER,
    VAGUE,
    I,
    at,
    content_words,
    has_verb,
    line_of,
    quote,
    stem,
    within_sentence,
    word_list,
)
from ._types import Finding, Scenario, topic_patterns
from ._words import (
    ANY_LEAD,
    BARE_GROWTH,
    BARE_NOT,
    BETTER,
    BETTER_EXPERIENCE,
    BETTER_THING,
    CONTENT_ONLY,
    FALLING_COUNT,
    FEELING_ONLY,
    FEELING_REGARDED,
    GENERIC_HEAD,
    KNOWS_CLAUSE,
    LEAD_IN,
    MOOD_CHANGE,
    ORG_IMAGE,
    OWN_THING_WORKS,
    SHOWN_ONLY,
    SO_THAT_OTHER,
    SPEED,
    SYSTEM_GOAL,
    TARGET_FIGURE,
    TO_ME,
    VAGUE_MORE,
    WHEN_CLAUSE,
)

__all__ = ["judge_outcome"]

_CHECK = CHECK


# "I want X, and to be able to fetch Y, so that my pages catch up": a second want joined
# by "and to" is read as the outcome's start; the outcome is the lead-in after it
_SECOND_WANT = re.compile(r"^\W*to\s")
_LATER_LEAD = re.compile(r"[,;]?\s+(?=(?:so\s+that|so\s+(?:I|we)\s+can|in\s+order\s+to)\b)", I)

_PERSONAL = re.compile(r"\b(?:I|me|my|we|us|our|they|them|their|you|your|she|her|he|him|his)\b", I)


def judge_outcome(p: Parsed, scenario: Scenario) -> Finding:
    if p.outcome is None:
        if p.format == "prose" or len(re.findall(r"[.!?](?:\s|$)", p.story)) >= 2:
            return Finding(
                "outcome",
                "unsure",
                'looked for what the persona can then achieve ("so that …", "so I can", '
                f'"in order to") and found no such phrase in the prose; {_CHECK}',
            )
        lead = ANY_LEAD.search("\n".join(p.lines))
        if lead:
            # "Edit: forgot it -> so that I can ...": an outcome's words stand in the
            # answer where the story's parts were not read; a reader may take them as it
            return Finding(
                "outcome",
                "unsure",
                f"looked for what the persona can then achieve in the story and found none, "
                f"but {quote(lead[0])} stands elsewhere in the answer; {_CHECK}",
            )
        fields = form_fields("\n".join(p.lines))
        if fields:
            # "Risk if not: Mum waits at the door": a form of the writer's own may hold it
            first = p.lines[line_of(p.lines, fields[0].start()) - 1].strip()
            return Finding(
                "outcome",
                "unsure",
                f"looked for what the persona can then achieve and found none, but the answer "
                f"is a form of its own with {len(fields)} fields, from {quote(first, 50)}"
                f"{at(line_of(p.lines, fields[0].start()))} on; does one say it? {_CHECK}",
            )
        return Finding(
            "outcome",
            "not met",
            'no outcome found; add "so that …" (or "so I can", "in order to") with what '
            "the persona can then achieve",
        )
    text = p.outcome.text
    if _SECOND_WANT.match(text) and (later := _LATER_LEAD.search(text)):
        text = text[later.end() :]
    shown = f"{quote(text)}{at(p.outcome.line)}"
    found = _judge_outcome_text(p, scenario, text, shown)
    if found.state == "not met":
        return replace(found, flagged=(text,))
    return found


def _judge_outcome_text(p: Parsed, scenario: Scenario, text: str, shown: str) -> Finding:
    body = LEAD_IN.sub("", text)
    words = word_list(body)
    if re.match(r"\W*(?:because|since)\b", text, I) and not _PERSONAL.search(body):
        if len(content_words(words)) >= 5 and has_verb(words):
            # "because last spring a storm ruined a week's work": a whole event told,
            # which may be the pain the story removes, with no one named in it
            return Finding(
                "outcome",
                "unsure",
                f"{shown} tells a reason without naming the persona; looked for what they "
                f"gain and could not tell whether the reason is a pain of theirs; {_CHECK}",
            )
        return Finding(
            "outcome",
            "not met",
            f"{shown} gives a cause, not what the persona gains; say what they can then do",
        )
    if quick_search(PLACEHOLDER, text):
        return Finding(
            "outcome", "not met", f"{shown} is a placeholder; say what the persona achieves"
        )
    if ("brand" in body or "reputation" in body) and (image := ORG_IMAGE.search(body)):
        # the organisation's standing, even beside a gain of the persona's own ("I am
        # calmer and love the <Name> brand"): the outcome serves the maker's image
        return Finding(
            "outcome",
            "not met",
            f'{shown} is about how the organisation is seen ("{image.group(0).strip()}"), its '
            "brand or reputation, not something the persona gains; say what the persona can then do",
        )
    if persona_builds(p, scenario):
        # a builder's outcome for the product's users is left to the checks below ("so
        # that farmers trust…"); the builder's own ("so that we get fewer tickets", "so
        # that our support costs fall") is no gain for anyone who uses the product
        # ("so that the library renews our contract": the builder's own, told with "our")
        own_words = {w.lower() for w in word_list(body)} & BUILDER_SELF
        own = bool(own_words)
        who = [w for w in subject(body) if w.lower() not in BUILDER_SELF]
        users = bool(who) and (is_person(who[-1], scenario) or person_owned(body, who, scenario))
        if own and not users and not (own_words <= {"i", "me", "my"}):
            # the builder's money, duty or standing is no gain for users whoever reads it
            gain = commercial(body, p.persona[0].text if p.persona else "", scenario)
            if found := (
                maker_goal(body, shown) or org_figure(body, shown) or duty(body, shown, scenario)
            ):
                return found
            if gain and gain[0] == "not met":
                return Finding(
                    "outcome",
                    "not met",
                    f"{shown} is {gain[1]} ({quote(gain[2])}), a goal of the people who build "
                    "the product, not a gain for its users; say what its users can then do",
                )
            # anything else the builder's people gain (fixing incidents faster, no one
            # shouting at the crew) careful readers labelled either way (rules.py: under 90 %)
            return Finding(
                "outcome",
                "unsure",
                f"{shown} reads as a goal of the people who build the product; looked for a "
                f"gain of the people who use it and could not tell; {_CHECK}",
            )
        if own and not users:
            # "so that I can focus on fixing it": the persona's own gain, told in the first
            # person; a builder's or, if the persona was misread, a user's
            return Finding(
                "outcome",
                "unsure",
                f"{shown} is the persona's own goal, and the persona reads as someone who "
                f"builds the product; looked for a gain of its users and could not tell; {_CHECK}",
            )
    if found := maker_goal(body, shown):
        return found
    if (
        found := duty(body, shown, scenario)
        or org_standing(body, shown, scenario)
        or our_money(body, shown)
        or own_job(body, shown)
        or staff_speed(p, scenario, body, shown)
    ):
        return found
    if found := (
        org_figure(body, shown)
        or owned_figure(body, shown, scenario)
        or org_regard(p, body, shown)
        or overseer_goal(body, shown, scenario)
    ):
        return found
    gain = commercial(body, p.persona[0].text if p.persona else "", scenario) or counted_others(
        body, p, scenario
    )
    if gain and gain[0] == "not met":
        maker = vendor_subject(body, scenario)
        whose = f" for {maker}, the product's maker," if maker else ","
        return Finding(
            "outcome",
            "not met",
            f"{shown} is {gain[1]} ({quote(gain[2])}){whose} not something the persona "
            "gains; say what the persona can then do",
        )
    if gain:
        return Finding(
            "outcome",
            "unsure",
            f"{shown} is {gain[1]} ({quote(gain[2])}); looked for a gain of the persona's "
            f"own and could not tell whether this is one; {_CHECK}",
        )
    maker = persona_maker(p, scenario)
    if maker and (found := maker_for_users(body, shown, maker, scenario)):
        return found
    if maker and re.match(r"\W*(?:we|our|us)\b", body, I):
        # "As <maker>, ... so that we save on staff": told by the maker, "we" is the maker
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a gain for {maker}, the product's maker, not for its users; say "
            "what they can then do",
        )
    if TARGET_FIGURE.search(body) and not re.search(
        r"\b(?:I|me|my|mine|she|he|her|his)\b", body, I
    ):
        # "so that our CSAT goes from 82% to 90%": a figure the organisation tracks, moved
        # to a target (the persona's own "my bill" is left to the checks below)
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a target figure of the organisation, not something the persona "
            "gains; say what the persona can then do",
        )
    if BARE_GROWTH.match(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} only says someone can grow, with nothing of what the persona can then do; "
            "say what they achieve",
        )
    if BETTER_EXPERIENCE.match(body):
        # "so that customers have a better experience": any feature gives one
        return Finding(
            "outcome",
            "not met",
            f"{shown} only says someone has a better experience, which any feature could "
            "give; say what the persona can then do",
        )
    if TOLD_WANTED.match(body) and told_wanted(body, p):
        # "so that families are notified about late visits": being told what the want
        # tells is the want again
        return Finding(
            "outcome",
            "not met",
            f"{shown} says someone is told what the want tells them, which repeats the "
            "want; say what knowing lets them do",
        )
    if CONTENT_ONLY.match(body):
        # "so that I'm happy", "so that players are happy": content with the product,
        # which any want would give
        whom = "the persona" if re.match(r"\W*(?:I|we)\b", body, I) else "someone"
        return Finding(
            "outcome",
            "not met",
            f"{shown} only says {whom} is content, which any feature could give; say "
            "what they can then do",
        )
    if MOOD_CHANGE.match(body):
        # "so that I'm less anxious", "so that drivers are happier": a mood that changes,
        # with nothing anyone can then do
        return Finding(
            "outcome",
            "not met",
            f"{shown} only says someone will feel better than now; say what the persona "
            "can then do",
        )
    if found := machine_told(p, scenario, body, shown):
        return found
    maker = vendor_subject(body, scenario)
    if maker:
        # "so that Voltly gets fewer complaints": the maker's gain, not its users'
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a gain for {maker}, the product's maker, not for the persona; say "
            "what the persona can then do",
        )
    if image_to_others(body, scenario):
        # "so that the district looks modern to parents": an image in others' eyes
        return Finding(
            "outcome",
            "not met",
            f"{shown} is an image, how someone or something comes across, not a gain "
            "for the persona; say what the persona can then do",
        )
    if FEELING_ONLY.match(body) and about_maker(body, scenario):
        # "so that I feel confident in <maker> as a vendor": a feeling for the maker is
        # the maker's gain (loyalty), with nothing the persona can then do
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a feeling about the product's maker, which is the maker's gain; "
            "say what the persona can then do",
        )
    if FEELING_REGARDED.match(body):
        # "so that I feel valued as a member": how others regard the persona is their
        # loyalty, the organisation's gain, with nothing the persona can then do
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a feeling of how others regard the persona, which is the "
            "organisation's gain (their loyalty); say what the persona can then do",
        )
    if found := mood_only(body, shown) or occasion_mood(body, shown):
        return found
    if FEELING_ONLY.match(body):
        # "so that I feel safe": a feeling says why it matters, not what the persona can
        # then do; careful readers differ on it
        return Finding(
            "outcome",
            "unsure",
            f"{shown} names a feeling; looked for what the persona can then do and could "
            f"not tell whether the feeling is enough; {_CHECK}",
        )
    if BARE_NOT.match(body):
        # "so I not get fine": a harm the persona avoids, told without its auxiliary
        return Finding("outcome", "met", shown, quoted=(text,))
    if SYSTEM_GOAL.match(text):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a goal of the system or its builders, not something the persona "
            "achieves; say what the persona can then do",
        )
    # "... are displayed to me": the persona as whom it is shown to is still only shown it
    if SHOWN_ONLY.match(text) and not _PERSONAL.search(THING_PRONOUN.sub("", TO_ME.sub("", body))):
        return Finding(
            "outcome",
            "not met",
            f"{shown} says what the product shows, not what the persona can then achieve",
        )
    heap = stuffed(body, topic_patterns(scenario.topic))
    if heap and not KNOWS_CLAUSE.match(body) and not within_sentence(heap, body):
        # weak evidence: careful readers labelled it either way (rules.py, under 90 %)
        return Finding(
            "outcome",
            "unsure",
            f"{shown} reads as keywords strung together; looked for a sentence saying what "
            f"the persona achieves and could not tell; {_CHECK}",
        )
    better = BETTER.match(body)
    if better and better["head"].lower().endswith("ing") and better["how"].lower() in SPEED:
        # "so that paying is quicker": a doing of the persona's that takes less time is
        # a gain a reader may count (time saved), unlike a bare "better"
        return Finding(
            "outcome",
            "unsure",
            f"{shown} says {quote(better['thing'])} gets {better['how']}; looked for what "
            f"the persona can then do and could not tell whether the time saved is it; {_CHECK}",
        )
    if better and not is_person(better["head"].lower(), scenario):
        # "so that my spraying is better": something gets better, with nothing the persona
        # can then do and no measure of how; weak evidence: careful readers labelled it
        # either way (rules.py, under 90 %)
        return Finding(
            "outcome",
            "unsure",
            f"{shown} only says that {quote(better['thing'])} gets {better['how']}; looked "
            f"for what the persona can then do and could not tell whether that is it; {_CHECK}",
        )
    if TOLD.match(body) or told_state(body, scenario):
        # "so that I feel informed", "so I'm warned": being told is what the wanted
        # notice or status gives, not what knowing lets the persona do
        return Finding(
            "outcome",
            "not met",
            f"{shown} says the persona is told, which is what the want gives; say what "
            "knowing lets them do",
        )
    if KNOW_BARE.match(body):
        # "so that I know": knowing, of nothing named, is what the wanted thing gives;
        # weak evidence: careful readers labelled it either way (rules.py, under 90 %)
        return Finding(
            "outcome",
            "unsure",
            f"{shown} only says the persona knows; looked for what knowing lets them do and "
            f"found nothing named; {_CHECK}",
        )
    if told_again(body, p):
        # "I want a notification when ... so that I get notified about delays": being
        # told is the wanted notice itself
        return Finding(
            "outcome",
            "not met",
            f"{shown} says the persona is told, which is the wanted notice itself; say "
            "what knowing lets them do",
        )
    if has_wanted(body, p) or knows_wanted(body, p):
        # "so that I have preview environments", "so that payout status is available",
        # "so that retries happen": having the wanted thing is the want told again
        return Finding(
            "outcome",
            "not met",
            f"{shown} says the persona has the wanted thing, which repeats the want; say "
            "what it lets them achieve",
        )
    if VAGUE_MORE.match(body):
        # "so I learn more", "so that we look more professional": the persona's own verb
        # with a bare "more", which may be a real gain or none; a reader can tell
        return Finding(
            "outcome",
            "unsure",
            f"{shown} says the persona does something more or better, with no measure or "
            f"thing named; could not tell what they achieve; {_CHECK}",
        )
    if SEE_IT.match(body):
        # "so I can see it": the pronoun is the wanted thing, and seeing it is having it
        # ("so that I notice them" is another matter: it says the thing must not be missed)
        if p.want is not None and made_unseen(p.want.text):  # "computed by a job"
            why = "sees what the want makes out of sight; could not tell what that achieves"
            return Finding("outcome", "unsure", f"{shown} {why}; {_CHECK}")
        # weak evidence: careful readers labelled it either way (rules.py, under 90 %)
        return Finding(
            "outcome",
            "unsure",
            f"{shown} only says the persona sees the wanted thing; looked for what seeing "
            f"it lets them achieve and could not tell; {_CHECK}",
        )
    # "better for patients": who gains is no gain; the people in it do not count
    people = {stem(r) for r in scenario.user_roles} | {stem(w) for w in GENERIC_HEAD}
    content = [
        w
        for w in content_words(words)
        if w not in VAGUE and w not in GHERKIN_WORDS and stem(w) not in people
    ]
    if content and not quick_search(VAGUE_TERMS, body) and not VAGUE.intersection(words):
        content = [w for w in content_words(words) if w not in VAGUE and w not in GHERKIN_WORDS]
    if not content and OWN_THING_WORKS.match(body) and not persona_builds(p, scenario):
        # "so that my shop keeps working": a thing of the persona's own that works is a
        # gain of theirs, however plain its words ("the system works" is the product's)
        return Finding("outcome", "met", shown, quoted=(text,))
    if not content:
        # "so they improve": the people the persona serves, told by a pronoun, likewise
        if re.match(r"\W*(?:I|we|they|he|she)\s+\w+", body, I) and len(words) <= 3:
            # "so I improve": the persona's own verb, too short to tell what it covers
            return Finding(
                "outcome",
                "unsure",
                f"{shown} names something the persona does, in too few words to tell what "
                f"they achieve; {_CHECK}",
            )
        # weak evidence: careful readers labelled it either way (rules.py, under 90 %)
        return Finding(
            "outcome",
            "unsure",
            f"{shown} names nothing the persona achieves in words of its own; looked for "
            f"what they can do once they have it and could not tell; {_CHECK}",
        )
    want = same(content_words(word_list(p.want.text))) if p.want else set()
    # a derived form of a wanted word says the same ("filter" -> "filterable")
    new = new_words(content, want)
    # "I want overdue invoices on the dashboard so that I see overdue invoices": only
    # the seeing is new, and having it there already means seeing it
    said_again = [w for w in content if stem(w) not in SEEN_OR_KNOWN]
    # "a checklist of missing documents so that I know what is missing": one thing seen
    again = len(said_again) >= 2 or (len(said_again) == 1 and sees_own(body, p))
    # "so that I know where my parcel is" asks what the want does not; "so that I'm seen
    # sooner" is the persona seen, not seeing
    anew = asks_anew(body, p) or seen_self(body) or says_degree(body, p)
    if not anew and (not new or (want and all(stem(w) in SEEN_OR_KNOWN for w in new) and again)):
        return Finding(
            "outcome", "not met", f"{shown} repeats the want; say what it lets the persona achieve"
        )
    main = WHEN_CLAUSE.split(body, maxsplit=1)[0]
    if main != body and want:
        # "so that I see which items are late before I call": the main clause is the want
        # again; the clause after it only says when
        said = [w for w in content_words(word_list(main)) if w not in VAGUE]
        passing = passes_on(main, want, lambda w: is_person(w, scenario))
        if len(said) >= 2 and not new_words(said, want) and not passing:
            return Finding(
                "outcome",
                "not met",
                f"{shown} repeats the want ({quote(main.strip(' ,'))}) and only adds when; "
                "say what it lets the persona achieve",
            )
    # "so that the rotation is announced to developers": the wanted thing done, again
    if want and done_again(main, want, lambda w: is_person(w, scenario)):
        return Finding(
            "outcome",
            "not met",
            f"{shown} says the wanted thing is done, which repeats the want; say what it lets "
            "the persona achieve",
        )
    # "so that shifts fill": a plural subject and its plain verb make a sentence
    plain = len(words) == 2 and words[0].endswith("s") and not words[1].endswith("s")
    plain = plain or bool(FALLING_COUNT.match(body))  # "fewer failed orders", "nothing breaks"
    if not has_verb(words) and len(content) < 3 and not plain:
        return Finding(
            "outcome", "not met", f"{shown} is not a result the persona can reach; write a sentence"
        )
    if org_voice_goal(p, body, scenario):
        # "As the league, we want ... so that we fine fewer clubs": the body's own goal
        return Finding(
            "outcome",
            "not met",
            f'{shown} is the organisation\'s own goal, told by its "we", not a gain for a '
            "person who uses the product; say what that person can then do",
            flagged=(text,),
        )
    if found := contact_stops(body, shown) or org_gain(body, shown):
        # "so that customers stop calling us": read either way (_contact.py); "so that
        # the charity can claim tax back on my gift": the organisation's (_orggain.py)
        return found
    persona_words = stems(p.persona[0].text) if p.persona else set()
    if (
        SO_THAT_OTHER.match(text)
        and not _PERSONAL.search(body)
        and not (persona_words & stems(body))
    ):
        return other_gain(p, scenario, body, text, shown, words)
    if BETTER_THING.match(body):
        return Finding(
            "outcome",
            "unsure",
            f"{shown} says the persona gets something better, with no measure of how; could "
            f"not tell what they achieve; {_CHECK}",
        )
    if found := figure_beside_own(body, shown):
        return found
    return Finding("outcome", "met", shown, quoted=(text,))
