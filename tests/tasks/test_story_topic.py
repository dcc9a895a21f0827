"""The topic judge by structure: a story is off topic only when it asks for another
feature of the same product. Written for a scenario of its own (a library's holds), so
that the rules are seen to work beyond the corpora's scenarios."""

from __future__ import annotations

import pytest
import storydata

from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._parse import parse
from pmcourse._tasks.story._topic_behalf import messaged_for_them

HOLDS = Scenario(
    name="LIBRARY_HOLDS",
    need="know when a reserved book is ready to collect so that the hold does not lapse",
    users="library members who reserve books",
    user_roles=("member", "reader", "borrower", "patron"),
    builders=("catalogue team",),
    topic=(
        r"books?|holds?|reservations?|reserved|titles?",
        r"ready|collect(?:ion)?|pick\s+up|lapse[sd]?|expir(?:e|es|ed|y)|waiting|arriv(?:e|ed|es)",
    ),
)

NO_GROUPS = Scenario(
    name="PLANT_WATERING",
    need="remember to water each houseplant before it wilts",
    users="people who keep houseplants",
    user_roles=("owner", "gardener"),
    topic=(),
)


def topic(text: str, scenario: Scenario = HOLDS) -> str:
    for f in analyse(text, scenario).findings:
        if f.criterion == "topic":
            return f.state
    raise AssertionError("topic not judged")


CHECKS = (
    "\nAcceptance criteria:\n- The member gets a message on the day the book reaches the desk."
    "\n- The message says the last day it can be collected."
)


def test_another_feature_of_the_same_product_is_off_topic() -> None:
    text = (
        "As a library member, I want to renew my loans from my phone so that I avoid paying "
        "fines.\nAcceptance criteria:\n- I can renew a loan up to three times.\n- The new "
        "return date is shown after renewing."
    )
    assert topic(text) == "not met"


def test_a_vague_story_about_the_need_is_never_called_off_topic() -> None:
    text = "As a member, I want holds to be better so that it is nicer for everyone."
    assert topic(text) != "not met"


def test_a_want_made_of_solution_detail_is_not_judged_another_feature() -> None:
    text = (
        "As a catalogue developer, I want a cron job and a Redis queue for the hold table so "
        "that the system is cleaner."
    )
    assert topic(text) != "not met"


def test_the_need_spread_over_the_want_and_a_criterion_is_kept() -> None:
    text = (
        "As a borrower, I want a heads-up about my reservations so that I don't lose them."
        "\nAcceptance criteria:\n- When a reserved title is ready, I get an email that day."
        "\n- The email names the desk where I collect it."
    )
    assert topic(text) == "met"


def test_other_forms_of_the_need_words_count() -> None:
    text = (
        "As a reader, I want a text when the titles I reserved are arriving, so that I am "
        "collecting them in time." + CHECKS
    )
    assert topic(text) == "met"


def test_a_need_word_that_only_qualifies_another_thing_is_not_the_need() -> None:
    # "expired cards" uses a word of the need for another feature: renewing membership
    text = (
        "As a member, I want expired cards renewed online so that I skip the queue at the "
        "desk.\nAcceptance criteria:\n- An expired card can be renewed in the app.\n- The "
        "new expiry date is shown after renewal."
    )
    assert topic(text) != "met"


def test_a_heap_of_keywords_is_unsure_not_a_confident_verdict() -> None:
    text = "As a member so that book hold ready collect reserved lapse waiting given when then"
    assert topic(text) == "unsure"


def test_a_scenario_without_term_groups_is_judged_from_its_need() -> None:
    on = (
        "As a plant owner, I want a reminder to water each houseplant so that none of them "
        "wilts.\nAcceptance criteria:\n- I get a reminder on the day a plant is due.\n- A "
        "watered plant is not reminded again that week."
    )
    off = (
        "As a plant owner, I want to buy pots in the shop so that my shelf looks tidy.\n"
        "Acceptance criteria:\n- I can order a pot.\n- The order shows a delivery date."
    )
    assert topic(on, NO_GROUPS) == "met"
    assert topic(off, NO_GROUPS) == "not met"


def test_a_want_that_refers_back_to_the_needs_object_is_not_called_another_feature() -> None:
    # "it" is the reserved book named before the want, described in words of the story's own
    text = (
        "As a member with a reserved book, I want a nudge before it goes back on the shelf, "
        "so that I fetch it in time.\nAcceptance criteria:\n- Two days before the deadline I "
        "get a message.\n- The message names the branch."
    )
    assert topic(text) != "not met"


# ---------------------------------------------------------------- who asks, and how
WEBHOOKS = Scenario(
    name="SMS_DELIVERY_REPORTS",
    need="get a delivery report for every text message their app sends, even after an outage",
    users="developers who send text messages through the messaging API",
    user_roles=("developer", "integrator"),
    builders=("messaging team",),
    vendor=("Textwave",),
    contract=("internal interfaces",),
    topic=(
        r"reports?|receipts?|messages?|texts?",
        r"deliver(?:y|ed)|outages?|down|miss(?:ed|ing)?",
    ),
)


OTHER_CHECKS = (
    "\nAcceptance criteria:\n- It is shown on the first screen.\n- It changes the same day."
)


@pytest.mark.parametrize(
    ("text", "scenario"),
    [
        (
            (
                "As a patient at a dental clinic, I want my appointment text to name the "
                "dentist and the room, so that I go to the right door."
            ),
            WEBHOOKS,
        ),
        (
            (
                "As the catalogue team, we want to cut our hosting spend by a third, so that "
                "the budget lasts the year."
            ),
            HOLDS,
        ),
    ],
)
def test_a_want_of_someone_other_than_the_users_is_unsure_not_another_feature(
    text: str, scenario: Scenario
) -> None:
    # the persona judge fails the story already, so unsure sends nothing to review
    result = analyse(text + OTHER_CHECKS, scenario)
    states = {f.criterion: f.state for f in result.findings}
    assert states["persona"] == "not met"
    assert states["topic"] == "unsure"
    assert not result.review


def test_a_users_want_of_another_feature_stays_off_topic() -> None:
    text = "As a developer, I want to buy a short sender name for my app, so that it looks trusted."
    assert topic(text + OTHER_CHECKS, WEBHOOKS) == "not met"


ROTA = Scenario(
    name="FOOD_BANK_ROTA",
    need="volunteers see a week ahead which food-bank shifts will run short-staffed",
    users="volunteers of a food bank",
    user_roles=("volunteer", "coordinator"),
    topic=(r"shifts?|rota", r"unfilled|gaps?|open\s+places?"),
)
ROTA_CHECKS = (
    "\nAcceptance criteria:\n- Each Monday I see next week's shifts with fewer people than "
    "planned.\n- A shift that fills up drops off the list within the hour."
)


def test_a_part_of_a_hyphenated_need_word_is_the_needs() -> None:
    text = "As a volunteer, I want to see which shifts are short a week ahead, so that I can help."
    assert topic(text + ROTA_CHECKS, ROTA) == "met"


def test_the_needs_own_words_retold_keep_the_need_though_a_term_group_misses() -> None:
    text = (
        "As a volunteer, I want to easily see a week ahead which shifts run short, so that "
        "I can help."
    )
    assert topic(text + ROTA_CHECKS, ROTA) == "met"


GEAR = Scenario(
    name="CLIMBING_GEAR",
    need="never hand out a rental harness that is past its inspection date",
    users="staff at a climbing gym's rental desk",
    user_roles=("desk", "staff", "instructor"),
    vendor=("Belaybook",),
    judge=("criteria", "problem", "topic"),
    topic=(
        r"harness(?:es)?|gear|rentals?|kit",
        r"past\s+(?:its\s+)?inspection|expired|overdue|out\s+of\s+date|due",
        r"hand(?:ed|s)?\s+out|lent|rent(?:ed|s)?|issued?|given",
    ),
)


def test_a_hyphenated_compound_carries_the_words_of_its_parts() -> None:
    text = (
        "- An out-of-date harness is never handed out at the desk.\n"
        "- The desk screen shows the next inspection date of each harness."
    )
    assert topic(text, GEAR) == "met"


@pytest.mark.parametrize(
    "want",
    [
        # the maker's name and a verb of going on ("keep") ask for nothing of their own
        "Belaybook to keep pinging me about my book",
        # a clause the want turns away names no other feature
        "the list of books held for me as it is now, not as printed on the slip",
        # "changed" and "change" are one word of the need
        "to see what changed about my book since Monday",
    ],
)
def test_words_that_ask_for_nothing_of_their_own_keep_the_need(want: str) -> None:
    scenario = Scenario(
        name=HOLDS.name,
        need=HOLDS.need + " or change it",
        users=HOLDS.users,
        user_roles=HOLDS.user_roles,
        vendor=("Belaybook",),
        topic=HOLDS.topic,
    )
    text = f"As a library member, I want {want}, so that I can plan my week.{CHECKS}"
    assert topic(text, scenario) == "met"


def test_a_want_that_only_asks_for_the_needs_object_to_be_better_is_vague_not_off_topic() -> None:
    vague = (
        "As a library member, I want the catalogue to handle my reserved books better, so "
        "that I am happier.\n- fewer complaints\n- better service"
    )
    other = (
        "As a library member, I want better PDF exports of my loans, so that I am happier.\n"
        "- fewer complaints\n- better service"
    )
    assert topic(vague) == "unsure"
    assert topic(other) == "not met"


def test_a_want_of_its_own_whose_checks_only_test_it_is_off_topic() -> None:
    # the need's words sit only in the persona; the want and both checks are about fines
    story = (
        "As a library member with books waiting on hold, I want to settle my fines online, so "
        "that I skip the queue at the desk.\nAcceptance criteria:\n"
    )
    assert topic(story + "- I can settle a fine by card.\n- I get a receipt by email.") == "not met"
    # a check that carries the need leaves a reader to tell
    mixed = "- I can settle a fine by card.\n- A reserved book that is ready shows its last day."
    assert topic(story + mixed) == "unsure"
    # unless the want leads with a request to the provider ("pay"): another feature
    paid = (story + mixed).replace("settle", "pay")
    assert topic(paid) == "not met"


@pytest.mark.parametrize(
    "want",
    [
        "to know by Friday evening whether my reserved book has come in",
        "to hear on Saturday morning whether the books I reserved have come in",
    ],
)
def test_days_and_times_of_day_say_when_not_which_feature(want: str) -> None:
    assert (
        topic(f"As a library member, I want {want}, so that I can plan my week.{CHECKS}") == "met"
    )


GROCERIES = Scenario(
    name="GROCERY_ARRIVAL",
    need="know when the grocery order will arrive so as not to wait at home all day",
    users="people who order groceries online",
    user_roles=("shopper", "customer"),
    topic=(r"orders?|groceries|deliver(?:y|ies)", r"arriv(?:e|es|al)|when|home|wait(?:ing)?|time"),
)


def test_a_need_word_that_only_says_where_the_want_is_done_is_not_the_need() -> None:
    # "at home" places the want; what it asks for (a recipe card) is another feature
    text = (
        "As a shopper, I want to print a recipe card at home for the groceries I cook"
        " tonight, so that I don't lose the instructions.\nAcceptance criteria:\n- I can"
        " download the recipe card as a PDF.\n- The card fits on one A5 sheet."
    )
    assert topic(text, GROCERIES) == "not met"


def test_a_want_to_be_at_home_in_time_still_keeps_the_need() -> None:
    text = (
        "As a shopper, I want to know when my groceries arrive, so that I am at home to"
        " take them in.\nAcceptance criteria:\n- I see a one-hour arrival window on the"
        " morning of delivery.\n- I am told if the window moves."
    )
    assert topic(text, GROCERIES) == "met"


WARMTH = Scenario(
    name="EMPTY_FLAT_HEATING",
    need="the flat is not heated while nobody is home",
    users="tenants with a smart radiator valve",
    user_roles=("tenant", "flatmate"),
    builders=("valve firmware team",),
    vendor=("Valvo",),
    topic=(r"heat(?:ing|ed)?|radiators?|valves?", r"empty|away|nobody|home|out|leave|back"),
)


def test_a_needs_word_inside_another_products_name_is_not_the_need() -> None:
    text = (
        "As a tenant, I want to switch my radiators from Smart Home Hub, so that all my gadgets"
        " sit in one place.\nAcceptance criteria:\n- The radiators can be added in the Hub app"
        " with a pairing code.\n- I can change a radiator's setting by voice."
    )
    assert topic(text, WARMTH) == "not met"


def test_the_need_said_around_another_products_name_keeps_the_topic() -> None:
    text = (
        "As a tenant, I want the radiators to turn down when nobody is home, even when I set them"
        " from Smart Home Hub, so that I do not heat an empty flat.\nAcceptance criteria:\n"
        "- When the last person leaves, the radiators go to 16 degrees within 30 minutes.\n"
        "- When I am back, the flat is warm within the hour."
    )
    assert topic(text, WARMTH) == "met"


def test_a_want_whose_only_word_of_its_own_is_another_products_name_is_another_feature() -> None:
    text = (
        "As a member, I want my holds in BookBuddy, so that I see them next to my reading list."
        "\nAcceptance criteria:\n- I can link my BookBuddy account.\n- My holds show as a shelf"
        " there."
    )
    assert topic(text) == "not met"


def test_being_told_is_how_a_user_comes_to_know() -> None:
    text = (
        "As a member, I want to be told when waiting means my hold is no longer kept, so that it"
        " does not lapse.\nAcceptance criteria:\n- I get a message the day the book is ready to"
        " collect.\n- I get a reminder two days before it lapses."
    )
    (finding,) = [f for f in analyse(text, HOLDS).findings if f.criterion == "topic"]
    # being told, a linking "means" and "no longer" ask for nothing of their own
    assert finding.state == "met"
    assert "adds detail" not in finding.message


def test_a_want_in_its_own_words_is_on_topic_when_a_check_states_the_need() -> None:
    want = (
        "As a member, I want whatever is put aside for me pinned above everything else, so "
        "that I stop finding my reservation gone."
    )
    stating = (
        "\nAcceptance criteria:\n- When my reserved book arrives, I get a message that it is "
        "ready to collect.\n- I can choose the branch where it waits.\n"
    )
    assert topic(want + stating) == "met"
    # checks that only repeat the want's own ask leave it open
    repeating = (
        "\nAcceptance criteria:\n- When my reserved book arrives, I get a message that it is "
        "ready to collect.\n- Anything put aside for me is pinned above my loans.\n"
    )
    assert topic(want + repeating) != "met"


def test_vague_checks_that_name_part_of_the_need_are_unsure_not_off_topic() -> None:
    # criteria only: one check names who is sent where in vague words, the other is an
    # "always" claim about the stock; the criteria judge faults them, the topic cannot
    # be told from them
    text = (
        "Acceptance criteria:\n- Every pick list is always correct\n"
        "- Pickers go to the proper shelf"
    )
    result = analyse(text, storydata.scenario("EMPTY_SHELVES"))
    assert result.state("criteria") == "not met", result.feedback
    assert result.state("topic") == "unsure", result.feedback


def test_a_want_labelled_before_the_stories_own_as_a_is_not_its_want() -> None:
    # a storyboard's "(what we want)" label comes before the story line: the want is the
    # one after "As a ..."
    text = (
        "Frame 2 (what we want): Ana sees the shelf is bare before she walks there.\n\n"
        "Story: As a warehouse picker, I want my pick list to leave out shelves with no "
        "stock, so that I don't walk to bare shelves.\n\nAcceptance criteria:\n"
        "- A shelf with zero stock is not on my pick list\n"
        "- When the last item is picked, the shelf leaves the next list"
    )
    result = analyse(text, storydata.scenario("EMPTY_SHELVES"))
    assert result.want is not None and result.want.startswith("my pick list"), result.want


def test_a_want_leading_with_its_own_action_on_the_needs_object_is_another_feature() -> None:
    # "rate" is no action of the need; the want names only its object (books), the
    # outcome brings the need's other term, and the checks test the rating alone
    text = (
        "As a member, I want to rate the books I reserved after each visit, so that the "
        "library knows which titles readers collect most.\n\nAcceptance criteria:\n"
        "- After I return a book I am asked to rate it from 1 to 5.\n"
        "- I can leave a short comment with my rating.\n"
    )
    assert topic(text) == "not met"
    # a check that names more of the need leaves it to the other rules
    near = text.replace(
        "- I can leave a short comment with my rating.",
        "- When a reserved book is ready to collect, I can rate the last one.",
    )
    assert topic(near) != "not met"


def test_a_want_in_the_needs_words_turned_to_adverb_or_comparative_keeps_the_need() -> None:
    # "unusually" is the need's "usual", "high" its "higher"; "early" says when
    text = (
        "As a tenant in a shared flat, I want an early alert when my consumption is "
        "unusually high, so that I can cut back in time.\n\nAcceptance criteria:\n"
        "- When this month's consumption is 40% above my normal month, the app tells me.\n"
        "- The alert shows how many kWh above normal I am.\n"
    )
    result = analyse(text, storydata.scenario("ENERGY_BILL_SHOCK"))
    assert result.state("topic") == "met", result.feedback


def test_the_needs_verb_on_an_object_of_the_wants_own_is_another_feature() -> None:
    # "hold" is a word of the need's object group, but what is held here is a study
    # room, a thing the need never names: the need's action on another object
    text = (
        "As a member, I want to hold my study room slot at the branch while I am late, "
        "so that I keep my desk.\n\nAcceptance criteria:\n"
        "- I can extend my room slot by 15 minutes from the app.\n"
        "- The desk shows as taken until the extra time runs out.\n"
    )
    assert topic(text) == "not met"
    # the same verb on the need's own object is no other object
    from pmcourse._tasks.story._topic_terms import need_patterns, other_object

    pats = need_patterns(HOLDS)
    assert other_object("hold my study room slot at the branch", pats, ["study", "room", "slot"])
    assert not other_object("hold my reserved book at the branch", pats, ["branch"])


PARCELS = Scenario(
    name="PARCEL_TIMES",
    need="know when a parcel will arrive so as not to wait at home all day",
    users="people who get parcels delivered",
    user_roles=("recipient", "customer"),
    topic=(
        r"parcels?|couriers?|deliver(?:y|ies)",
        r"when|arriv(?:e|es|al)|home|slot|window|see|know",
    ),
)


def test_a_needs_word_as_the_place_after_a_possessive_names_no_need() -> None:
    # "from my home" says where the sofa is taken from, as "from home" does: the want
    # hires a courier for another job, not to know when a parcel arrives
    text = (
        "As a recipient, I want to hire a courier to take my old sofa away from my home, so "
        "that I don't need to rent a van.\n\nAcceptance criteria:\n"
        "- I can choose a collection day for the sofa\n- I get the price before I confirm\n"
    )
    assert analyse(text, PARCELS).state("topic") != "met"


def test_an_outcome_that_denies_sight_does_not_serve_a_need_to_see() -> None:
    # "so that they can't see my parcels": hiding is the opposite of a need to see; the
    # checks name nothing of the need but its object, and deny the sight too
    text = (
        "As a recipient, I want to give my flatmates access to the shared parcels only, so "
        "that they can't see my own parcels.\n\nAcceptance criteria:\n"
        "- I can give a flatmate access to shared parcels\n"
        "- A flatmate cannot see my other parcels\n"
    )
    assert analyse(text, PARCELS).state("topic") == "not met"
    seen = text.replace("they can't see my own parcels", "I can see when my parcels arrive")
    assert analyse(seen, PARCELS).state("topic") != "not met"


def test_a_request_for_a_new_one_of_the_needs_object_is_another_feature() -> None:
    # "order a new parcel locker": the want asks to be given a new one of what the need
    # is about, and only the checks' "when" touches the need: a request of its own
    text = (
        "As a customer, I want to order a spare delivery bag in the app, so that I can "
        "leave it out on days when I am away.\n\nAcceptance criteria:\n"
        "- I can choose the bag size\n- I get a date when the bag is sent\n"
    )
    assert analyse(text, PARCELS).state("topic") == "not met"
    applied = text.replace("order a spare delivery bag", "apply for a spare delivery bag")
    assert analyse(applied, PARCELS).state("topic") == "not met"
    # the need's own ask ("know when") in the want keeps it
    known = text.replace("order a spare delivery bag", "know when my delivery will arrive")
    assert analyse(known, PARCELS).state("topic") != "not met"


def test_a_want_that_trades_with_the_product_is_another_feature() -> None:
    # "pay the reservation fee", "rate the desk staff": a payment or a rating is a feature
    # of its own, even when the want shares the need's words ("reservation", "collect")
    text = (
        "As a library member, I want to pay the reservation fee by card when I collect "
        "a book, so that I don't need cash.\n\nAcceptance criteria:\n"
        "- I can pay by card at the desk\n- I get a receipt by email\n"
    )
    assert topic(text) == "not met"
    rated = text.replace("pay the reservation fee by card", "rate the desk staff")
    assert topic(rated) == "not met"
    # the need's own ask in the want keeps it
    known = text.replace("pay the reservation fee by card", "know the day I can")
    assert topic(known) != "not met"
    # a need that names the payment makes paying its own act
    paying = Scenario(
        name=HOLDS.name,
        need="pay the reservation fee and know when a reserved book is ready to collect",
        users=HOLDS.users,
        user_roles=HOLDS.user_roles,
        builders=HOLDS.builders,
        topic=HOLDS.topic,
    )
    assert analyse(text, paying).state("topic") != "not met"


def test_a_trade_noun_that_heads_a_compound_is_another_feature() -> None:
    # "the printing fee of each hold": a noun before the trade word only says whose
    # fee it is; the want still asks for a charge, not the need
    text = (
        "As a library member, I want to see the printing fee of each hold on my account, "
        "so that the yearly total does not surprise me.\n\nAcceptance criteria:\n"
        "- Given a hold is placed, then I see its fee in pounds.\n"
        "- Given the total passes 20 pounds, then I get an email.\n"
    )
    assert topic(text) == "not met"
    # a trade word that only qualifies another head ("the shelf review date") is left alone
    near = (
        "As a library member, I want to see the shelf review date of each hold, so that "
        "I collect the book before the hold lapses.\n\nAcceptance criteria:\n"
        "- Given a hold is ready, then I see the last day to collect it.\n"
    )
    assert topic(near) == "met"


def test_a_vague_handling_of_the_needs_object_is_not_another_feature() -> None:
    # "holds handled robustly": vague about the need's own object, asking for nothing
    # else; the outcome and criteria judges fault the vagueness
    text = (
        "As a library member, I want holds handled robustly, so that things are fine.\n\n"
        "Acceptance criteria:\n- Holds are handled correctly.\n- No issues.\n"
    )
    assert topic(text) != "not met"
    # a want that asks for another thing on the object is still another feature
    other = text.replace("holds handled robustly", "holds exported to a spreadsheet monthly")
    assert topic(other) == "not met"


RECALLS = Scenario(
    name="DENTAL_RECALLS",
    need="patients need to know when their check-up is due and get a slot before it lapses",
    users="patients of a dental practice",
    user_roles=("patient",),
    topic=(
        r"check-?ups?|appointments?|slots?|visits?",
        r"due|lapse[sd]?|when|overdue|remind(?:er)?s?|before",
    ),
)


def test_an_action_of_its_own_for_an_end_outside_the_need_is_another_feature() -> None:
    # "swap to a window-side chair for my check-up, so that I can watch the park": the
    # want names the need's object, leads with an act of its own and its outcome names
    # nothing of the need; the checks' "before" does not bring the need back
    text = (
        "As a patient, I want to move to a reclining chair for my check-up in the app, "
        "so that my sore back is comfortable.\n\nAcceptance criteria:\n"
        "- Given a reclining chair is free, then I can pick it.\n"
        "- Given I pick it, then my booking shows the chair before the visit.\n"
    )
    assert analyse(text, RECALLS).state("topic") == "not met"
    # a way of coming to know the need's object is left alone
    found = text.replace("move to a reclining chair for", "find the date of")
    assert analyse(found, RECALLS).state("topic") != "not met"
    # an outcome that names the need keeps it
    kept = text.replace("my sore back is comfortable", "my check-up does not lapse")
    assert analyse(kept, RECALLS).state("topic") != "not met"
    # but not a request to the provider ("switch to"): a transaction of its own
    switched = kept.replace("move to", "switch to")
    assert analyse(switched, RECALLS).state("topic") == "not met"
    # a thing asked for (a plural noun) is no act of the persona's own
    asked = text.replace("move to a reclining chair for", "updates on")
    assert analyse(asked, RECALLS).state("topic") != "not met"
    # the need's object told as a state ("broken-down") names its trouble, not the object
    from pmcourse._tasks.story._topic_aim import _a_state

    assert _a_state("broken-down") and _a_state("delayed")
    assert not _a_state("check-up") and not _a_state("connecting")


def test_a_want_adding_a_phrase_of_its_own_is_left_to_a_human() -> None:
    from pmcourse._tasks.ch04 import OVERDUE_INVOICES

    checks = (
        "\nAcceptance criteria:\n- Given an invoice is past its due date, then it is listed "
        "with its days overdue.\n- Given I record a payment, then it leaves the list.\n"
    )

    def judged(want: str) -> str:
        text = f"As a finance clerk, I want {want}, so that I can chase them early." + checks
        return analyse(text, OVERDUE_INVOICES).state("topic")

    # three words or more of its own may ask for another feature (a forecast): careful
    # readers labelled these either way (tests/bench/rules.py)
    assert judged("the app to forecast which invoices will be paid late next quarter") == "unsure"
    # the need with a qualifier or two of its own is kept
    assert judged("the invoices past their due date brought to me when I open the app") == "met"


@pytest.mark.parametrize(
    "want",
    [
        "a chart of how many holds lapsed each month over the last year",
        "a graph of reserved books collected week by week",
        "a monthly chart of how many reservations were never collected",
    ],
)
def test_a_chart_of_the_needs_objects_over_past_periods_is_a_trend_not_the_need(
    want: str,
) -> None:
    text = (
        f"As a library member, I want {want}, so that I can see whether holds lapse less.{CHECKS}"
    )
    assert topic(text) == "not met"


@pytest.mark.parametrize(
    "want",
    [
        # a chart of the present, and a period that is how often the need is met
        "a chart of which reserved books are ready to collect at each branch",
        "a weekly list of the reserved books that are ready to collect",
    ],
)
def test_a_chart_of_the_present_or_a_weekly_list_keeps_the_need(want: str) -> None:
    text = f"As a library member, I want {want}, so that my hold does not lapse.{CHECKS}"
    assert topic(text) == "met"


@pytest.mark.parametrize(
    "want",
    [
        "to set my preferred branch for collecting reserved books",
        "to save my favourite authors so new holds come from them",
    ],
)
def test_a_standing_choice_of_which_one_is_another_job_than_the_need(want: str) -> None:
    text = (
        f"As a library member, I want {want}, so that my reservations are easy.\n"
        "Acceptance criteria:\n- I can pick one from a list.\n- New holds use that choice."
    )
    assert topic(text) == "not met"
    # the same want without the standing choice is the need
    kept = text.replace(want, "to know when a reserved book is ready at my branch")
    assert topic(kept) != "not met"


def test_a_preference_the_need_itself_is_about_keeps_the_need() -> None:
    need = Scenario(
        name="LOCAL_TIMES",
        need="see each sailing's departure time in their own time zone",
        users="ferry passengers",
        user_roles=("passenger",),
        topic=(r"\b(?:sailings?|departures?|ferr(?:y|ies))\b", r"\b(?:time\s+zones?|local)\b"),
    )
    text = (
        "As a passenger, I want to set my preferred time zone, so that departures of each "
        "sailing show in my local time.\nAcceptance criteria:\n- I can choose a time zone."
        "\n- Departure times show in it."
    )
    assert topic(text, need) != "not met"


def test_a_want_told_as_how_to_build_it_keeps_the_need_a_check_states() -> None:
    want = (
        "As a library member, I want my reservations exported nightly into {how}, "
        "so that I can plan my week.\n"
    )
    states = "- I can see which of my reserved books are ready to collect.\n"
    built = want.format(how="a BigQuery table that a Looker dashboard reads")
    # the want's own words are the how's (the problem judge faults it), and a check
    # states the whole need: the story asks for the need
    found = analyse(built + states + "- The dashboard shows the date each hold lapses.\n", HOLDS)
    assert found.state("topic") == "met"
    assert "says how to build it" in next(f.line for f in found.findings if f.criterion == "topic")
    # with checks of the build alone, which need it serves is still for a reader to tell
    assert topic(built + "- The export runs every night.\n- The dashboard loads fast.\n") == (
        "unsure"
    )
    # words of its own that are no solution detail may ask for another feature
    plain = want.format(how="a spreadsheet with their branch and shelf mark")
    assert topic(plain + states + "- The export runs every night.\n") == "unsure"


TILLS = Scenario(
    name="CAFE_TILLS",
    need="take card payments even when the shop's internet connection is down",
    users="owners and staff of small cafés who take card payments",
    user_roles=("owner", "barista", "manager"),
    topic=(
        r"payments?|cards?|sales?|terminals?|tills?",
        r"offline|down|outages?|internet|connection|signal",
    ),
)


@pytest.mark.parametrize(
    ("text", "scenario"),
    [
        (
            (
                "As a café owner, I want to update my card terminal's firmware without an outage "
                "so that I keep taking payments."
            ),
            TILLS,
        ),
        (
            (
                "As a barista, I want to print the day's sales report without an internet "
                "connection so that I can close the till."
            ),
            TILLS,
        ),
    ],
)
def test_an_action_of_its_own_done_without_the_needs_problem_is_another_feature(
    text: str, scenario: Scenario
) -> None:
    # the need is only what the other feature must not cause
    assert topic(text, scenario) == "not met"


@pytest.mark.parametrize(
    ("text", "scenario"),
    [
        (
            (
                "As a café owner, I want to take card payments without an internet connection "
                "so that I keep selling when the line is down."
            ),
            TILLS,
        ),
        (
            (
                "As a member, I want to collect my reserved books without queueing at the desk "
                "so that I can pick up my hold before it lapses."
            ),
            HOLDS,
        ),
    ],
)
def test_the_needs_own_object_done_without_a_pain_keeps_the_need(
    text: str, scenario: Scenario
) -> None:
    assert topic(text, scenario) == "met"


def test_a_trade_whose_outcome_repeats_the_need_is_still_another_feature() -> None:
    # "rate the desk staff ..., so that other members know where reserved books are
    # quickest to collect": the outcome in the need's words does not make the rating
    # the need's; nor does a payment's
    text = (
        "As a library member, I want to rate the desk staff after I collect a book, so "
        "that other members know where reserved books are quickest to collect.\n\n"
        "Acceptance criteria:\n- I can give one to five stars after each pick-up.\n"
        "- The branch page shows the average stars.\n"
    )
    assert topic(text) == "not met"
    paid = text.replace("rate the desk staff after I collect a book", "pay a fee for a hold")
    assert topic(paid) == "not met"
    # the need's own ask in the want keeps it
    known = text.replace("rate the desk staff after I collect a book", "know the day I can")
    assert topic(known) != "not met"
    # subscribing to events is how a developer's users are told, not a purchase
    events = (
        "As a developer at a reading app, I want to subscribe to hold.ready events, so "
        "that our members learn the moment a reserved book is ready to collect.\n\n"
        "Acceptance criteria:\n- Given a hold becomes ready, then my endpoint gets an "
        "event within a minute.\n- The event names the book and the last day to collect it.\n"
    )
    assert topic(events) == "met"
    # subscribing to a plan is one (unsure here: a check states the need)
    plan = events.replace("subscribe to hold.ready events", "subscribe to the premium plan")
    assert topic(plan) != "met"


@pytest.mark.parametrize(
    "want",
    [
        "to order a printed copy of a reserved book before it arrives",
        "to switch my reserved books to another branch when they are ready",
        "to report a damaged book when I collect my hold",
        "to claim a refund for a hold that lapsed",
    ],
)
def test_a_request_of_its_own_to_the_provider_is_another_feature(want: str) -> None:
    # ordering, switching, reporting or claiming asks the library to do a service: a
    # feature of its own, though its object and clause carry the need's words
    text = (
        f"As a library member, I want {want}, so that I don't have to queue at the desk."
        "\nAcceptance criteria:\n- I can do it from my account.\n- I get an email."
    )
    assert topic(text) == "not met"
    # the need's own ask in the same story keeps it
    known = text.replace(want, "to know when a reserved book is ready to collect")
    assert topic(known) == "met"


def test_a_request_the_need_itself_makes_is_left_alone() -> None:
    text = (
        "As a library member, I want to report a damaged book when I collect my hold, so "
        "that I am not blamed for it.\nAcceptance criteria:\n"
        "- I can report it from my account.\n- I see the report on my loan."
    )
    # the need's own verb, or one of its term groups, makes the request the need
    reporting = Scenario(
        name=HOLDS.name,
        need="report damage to a reserved book and know when one is ready to collect",
        users=HOLDS.users,
        user_roles=HOLDS.user_roles,
        builders=HOLDS.builders,
        topic=HOLDS.topic,
    )
    assert topic(text, reporting) == "met"
    grouped = Scenario(
        name=HOLDS.name,
        need=HOLDS.need,
        users=HOLDS.users,
        user_roles=HOLDS.user_roles,
        builders=HOLDS.builders,
        topic=(HOLDS.topic[0], HOLDS.topic[1] + r"|reported"),
    )
    assert topic(text, grouped) == "met"
    # with neither, the same want is a request of its own
    assert topic(text) == "not met"
    # unless someone who is not one of the users asks it: it may be the need from their side
    built = text.replace("As a library member", "As a member of the catalogue team")
    assert topic(built) != "not met"


@pytest.mark.parametrize(
    "want",
    [
        "to switch on alerts for when a reserved book is ready to collect",
        "to order my holds by the day they lapse",
        "to apply a filter that shows the holds ready to collect",
    ],
)
def test_a_request_verb_in_another_sense_is_left_alone(want: str) -> None:
    # a setting, a list put in order or a filter asks for no service of the provider
    text = f"As a library member, I want {want}, so that I don't miss a hold.{CHECKS}"
    assert topic(text) == "met"
    # the same verb asking for a service is a request of its own
    ordered = text.replace(want, "to order a printed copy of a reserved book")
    assert topic(ordered) == "not met"


_DONOR_CHECKS = (
    "\nAcceptance criteria:\n- Given a donated book is reserved and ready to collect, then "
    "its donor gets an email that day.\n- Given the hold lapses, then no email is sent."
)


@pytest.mark.parametrize(
    "want",
    [
        (
            "the app to automatically email the donor a note when a book they gave is reserved "
            "and ready to collect"
        ),
        (
            "the app to send a thank-you email to the donor when a book they gave is reserved "
            "and ready to collect"
        ),
        "an automatic email sent to the donor when a book they gave is reserved and ready",
    ],
)
def test_the_product_messaging_someone_the_need_never_names_is_another_feature(
    want: str,
) -> None:
    # the product does a follow-up toward a third party; the need is the members' knowing
    text = f"As a library member, I want {want}, so that donors see their books are read."
    assert topic(text + _DONOR_CHECKS) == "not met"


@pytest.mark.parametrize(
    "want",
    [
        # a message to the persona is the need itself
        "the app to automatically email me when a book I reserved is ready to collect",
        # a message to the users the scenario serves
        "the app to automatically text the member when their reserved book is ready to collect",
        # the want asks for the need first; the message is a step after it
        (
            "the app to show which reserved books are ready to collect and automatically email "
            "the donor a note"
        ),
    ],
)
def test_a_message_to_the_users_or_after_the_need_keeps_the_need(want: str) -> None:
    text = f"As a library member, I want {want}, so that I collect my books before the hold lapses."
    assert topic(text + CHECKS) == "met"


def test_a_message_the_persona_sends_by_hand_is_left_to_the_other_rules() -> None:
    text = (
        "As a library member, I want to send the donor a note when a book they gave is "
        "reserved and ready to collect, so that donors see their books are read." + _DONOR_CHECKS
    )
    assert messaged_for_them(parse(text, HOLDS), HOLDS) is None


def test_a_form_field_named_request_is_no_request_verb() -> None:
    # "Request:" labels the field the want is written in; what follows is the ask
    text = (
        "HOLD NOTE\nWho: library member\n"
        "Request: know the day a reserved book is ready to collect\n"
        "Reason: so that I don't make a wasted trip\nConfirmed when:\n"
        "- Given a hold is ready, then I get an email that day.\n"
        "- The email names the last day to collect it."
    )
    assert topic(text) == "met"
    # the verb "request" leading the want still asks for a service of its own
    asked = text.replace("know the day", "request a printed copy when")
    assert topic(asked) == "not met"
