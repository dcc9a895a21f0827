"""The acceptance-criteria judge: Gherkin outcomes as checks, checks that are not the
user's (aggregate metrics, styling), each with a story written for the test."""

from __future__ import annotations

import pytest
import storydata

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._backstage import backstage
from pmcourse._tasks.story._criteria import criterion_problem
from pmcourse._tasks.story._delivery import team_tests
from pmcourse._tasks.story._governance import governance
from pmcourse._tasks.story._items import Item, stamped_heading
from pmcourse._tasks.story._parse import _gwt_first, parse
from pmcourse._tasks.story._types import topic_patterns
from pmcourse._tasks.story._vague import vague_term

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PICKER = "As a warehouse picker, I want my list to skip empty shelves, so that I walk less."


def test_one_gherkin_scenario_counts_each_outcome() -> None:
    # one scenario, a Then and an And after it: two things the clerk can observe, even
    # when the And line holds a "when" of its own
    text = (
        f"{CLERK}\n\nGiven a bill that fell due last Friday and is unpaid\n"
        "When I open the invoices page on Monday\n"
        "Then the bill sits in the late section with its customer and its total\n"
        "And when the customer settles it, the bill drops out of the section the next morning"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_gherkin_outcomes_judged_one_by_one() -> None:
    # a vague Then does not sink the plain And beside it: one sure check and one doubtful
    text = (
        f"{PICKER}\n\nGiven the last box on a shelf has been picked\n"
        "When a colleague's list is made\nThen the shelf is clearly marked as empty\n"
        "And the list sends them to another shelf that holds the item"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "unsure", result.feedback


def test_gherkin_setting_is_no_check() -> None:
    # Given and its And lines set the scene; one Then is one check, not two
    text = (
        f"{CLERK}\n\nGiven a bill that fell due last Friday\nAnd it is still unpaid\n"
        "When I open the invoices page\nThen the bill sits in the late section"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") != "met", result.feedback


def test_business_metric_is_no_user_check() -> None:
    # a fall counted over all customers is the business's measure; with one user-side
    # check beside it there are not two checks a user observes
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
        "- Reminder phone calls to customers fall by 25% within a quarter"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "metric of the business" in result.feedback


def test_share_faster_over_everyone_is_a_business_metric() -> None:
    # "18% quicker on average" compares everyone's figure before and after, which no one
    # user observes; "30% higher than my usual" (above) is the user's own comparison
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
        "- Late payments are collected 18% quicker across all clients"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "metric of the business" in result.feedback


def test_a_users_own_threshold_is_a_check() -> None:
    # "my bill is 30% above" is a condition the user meets, not a business metric
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
        "- I get an email when my overdue total rises by 20% in a week"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_check_on_a_part_inside_the_system_is_not_a_user_check() -> None:
    # the subject is the product's inside (its records), not anything a user meets
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- Payment records are synced from the bank twice a day\n"
        "- I can open the late invoices from the start page"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback
    assert "a part inside the system" in result.feedback


def test_check_of_only_a_colour_is_styling() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- The late marker is purple\n"
        "- I can open the late invoices from the start page"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback
    assert "styling" in result.feedback


def test_plain_alternative_before_a_vague_one_is_observable() -> None:
    # "removed or clearly flagged": removal is observable whatever "clearly" adds
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n"
        "- Empty shelves are removed or clearly flagged on my list\n"
        "- My list sends me to another shelf that holds the item"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


# ---------------------------------------------------------------- forms it must not fault
def test_checks_asked_as_questions_after_the_story_are_checks() -> None:
    # yes/no questions about what the clerk sees are checks, even without a heading
    text = (
        f"{CLERK}\nWill the clerk find every unpaid bill older than its term on one page? "
        "Does a bill vanish from that page once the customer settles it?"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_checks_asked_as_questions_before_the_story_are_checks() -> None:
    text = (
        "Is every bill past its term on the clerk's start page?\n"
        "Does the page say how many days each bill is late?\n"
        f"Story: {CLERK}"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback
    assert result.state("persona") == "met", result.feedback
    assert result.state("outcome") == "met", result.feedback


def test_one_question_is_not_two_checks() -> None:
    text = f"{CLERK}\nCan the clerk see the unpaid bills?"
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_a_terse_line_with_subject_and_verb_is_a_sentence() -> None:
    # no articles, but a subject and a verb that agrees with it: a check, not a heap
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- Start page lists bills past their term.\n"
        "- Settled bills drop off start page next morning."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_terse_named_things_are_unsure_not_faulted() -> None:
    # "reminder history per customer", "late fee per bill": some readers count them, some fault them
    text = f"{CLERK}\n- reminder history per customer\n- late fee per bill"
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback


def test_one_plain_check_and_a_terse_item_is_unsure() -> None:
    text = f"{CLERK}\n- late bills appear at the top of my list\n- dunning letter template"
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback


def test_one_word_items_are_still_no_checks() -> None:
    text = f"{CLERK}\n- list\n- export"
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_terse_items_naming_the_build_are_no_checks() -> None:
    # a named tool and a hex colour: how it is built, not what a user sees
    text = (
        "As a finance clerk, I want late bills pushed to me with Firebase so I can chase "
        "them.\n- Firebase push per late bill\n- banner in #D32F2F"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_a_thing_and_the_state_it_is_shown_in_is_a_check() -> None:
    # "reminders marked", "disputes visible": a past participle or an adjective of showing
    # is the predicate, even when the noun before it could be a verb too
    text = f"{CLERK}\n- reminders marked\n- disputes visible"
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_terse_item_with_a_measure_is_checkable() -> None:
    text = f"{CLERK}\n- totals within 2 seconds\n- reminder after 7 days"
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_capital_letter_naming_an_example_is_no_placeholder() -> None:
    text = (
        f"{PICKER}\n- Given bay X is bare, when my list is made, then it never sends me to X.\n"
        "- Given no bay holds the item, then my list says it is out."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_a_template_gap_is_still_a_placeholder() -> None:
    text = f"{PICKER}\n- Given the X, when I pick, then the X.\n- My list skips bare shelves."
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "not met"


def test_a_frequency_adverb_on_what_is_shown_is_not_vague() -> None:
    # "the bills usually disputed" says which bills are shown, not how well
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- When I open a customer, I see the bills usually "
        "disputed by them.\n- If a bill is settled, it leaves my list the same day."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_vague_word_spelled_out_by_a_quote_is_observable() -> None:
    text = (
        f"{CLERK}\n- a settled bill leaves my list the same day\n"
        '- when nothing is late, the page shows a clear "no late bills" note'
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_share_that_triggers_what_users_get_is_a_check() -> None:
    # the share is the condition; the warning that all of us get is what a user observes
    text = (
        "As the owners of a small shop, we want to hear early about a jump in late bills, "
        "so we can call before cash runs short.\n\nAcceptance criteria:\n"
        "- Each of us can open the list of late bills.\n"
        "- When late bills are more than 30% above last month, we all get an alert."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_checks_all_on_parts_inside_the_system_are_not_met() -> None:
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n- The stock service returns a count per shelf.\n"
        "- The route engine filters out shelves whose count is zero."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "not met", result.feedback


def test_a_builders_checks_on_what_users_meet_are_met() -> None:
    # written by the team, but each check names two things of the need
    text = (
        "As a backend developer, I want pick lists to skip bare shelves so that pickers "
        "walk less.\n\nAcceptance criteria:\n"
        "- Given a shelf has no stock, then the pick list leaves it out.\n"
        "- Given every shelf of an item is empty, then the pick list marks the item out of stock."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_moscow_priority_lines_are_checks() -> None:
    # no heading and no bullets: "Must:" / "Should -" (any dash) in front of a line marks a list item
    text = (
        f"{CLERK}\n"
        "MUST: a bill whose due date has passed shows up in the late list with its total\n"
        "Should \u2013 a bill I mark as settled leaves the late list the same day\n"
        "Could: I can sort the late list by customer"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_tick_glyph_lines_are_checks() -> None:
    # a tick glyph marks a list item: the checks are the ticked lines, not the notes above
    text = (
        "Dana, night-shift picker (new, still learning the aisles).\n"
        "She walks to bare shelves a dozen times a night.\n"
        "As Dana I want my list to skip empty shelves, so that I finish my round on time.\n"
        "\u2705 A shelf with no stock left is missing from my next list\n"
        "\u2714\ufe0f An item out of stock everywhere is shown as unavailable"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback
    assert "2 observable checks (lines 4 to 5)" in result.feedback, result.feedback


def test_done_when_inside_a_paragraph_starts_the_checks() -> None:
    # the heading follows a sentence on the same line; its checks are split by semicolons
    text = (
        "As a finance clerk, I want to see which invoices are late, so I can phone the "
        "customers that week. Done when: a bill past its due date appears in the late list; "
        "the list shows how many days late each bill is; a settled bill drops off the list"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_hedged_checks_are_not_observable() -> None:
    # "(within reason)", "the way pickers would expect": the hedge leaves it to judgement
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n- picking is robust\n"
        "- empty shelves are skipped (within reason)\n"
        "- the list behaves the way pickers would expect"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "not met", result.feedback


def test_frequency_adverb_in_a_clause_naming_things_is_not_vague() -> None:
    # "the items it usually holds" says which items are shown, not how well
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n"
        "- When I reach an aisle, I see the items it usually holds and which shelves are empty.\n"
        "- If a shelf is empty, my list sends me to another shelf that has the item."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_enough_with_nothing_to_say_how_much_is_vague() -> None:
    # "enough detail", "accurate enough": who decides how much is enough?
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n- my list shows enough detail about each shelf\n"
        "- the stock count is current enough"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "not met", result.feedback
    assert "enough" in result.feedback


def test_enough_with_its_measure_is_a_check() -> None:
    # "enough units for my pick" says how many: the pick's quantity
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n"
        "- my list only sends me to a shelf that holds enough units for my pick\n"
        "- if no shelf has enough units for the pick, the list tells me before I walk"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_a_vague_adverb_after_what_is_shown_is_doubtful_not_failed() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that I can phone "
        "late payers first.\n\nAcceptance criteria:\n"
        "- The start page marks late bills prominently, with the days overdue.\n"
        "- I can open a late bill in one click."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") != "not met", result.feedback
    # a thing that is vague, with no showing verb before it, still fails
    text = text.replace("The start page marks late bills prominently", "The start page is nice")
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_empty_checkboxes_mark_list_items() -> None:
    # checks pasted from a notes app as empty boxes, with no heading above them
    text = (
        f"{CLERK}\n\u2610 a bill past its due date and still unpaid is on the late list\n"
        "\u2610 each late bill shows how many days it is late\n"
        "\u2610 a bill I mark as settled leaves the list"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_long_subject_of_need_words_before_its_verb_is_a_sentence() -> None:
    # the need's words stand together as the subject, then the verb and a phrase follow
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- unpaid invoices past due date show as late on the home page\n"
        "- a settled invoice leaves the late list"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_the_reason_as_the_object_of_a_verb_is_no_placeholder() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I see the late invoices on the home page\n"
        "- rejected reminders show the reason"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_and_when_joining_two_clauses_is_no_empty_step() -> None:
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I see the late invoices on the home page\n"
        "- I can set a reminder for a bill, and when its day comes I get an email"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_vague_word_on_a_shown_message_is_doubtful_not_a_fault() -> None:
    # that an error is shown can be observed; how clear it is cannot: not a sure fault
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I see the late invoices on the home page\n"
        "- a reminder to a closed account is refused with a clear warning"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback


def test_a_teams_delivery_steps_are_no_user_checks() -> None:
    # a Definition of Done lists the team's own steps; no user observes any of them
    text = (
        f"{CLERK}\n\nDefinition of Done:\n- pull request reviewed by a peer\n"
        "- integration tests passing\n- released to production\n- QA signed off"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_a_merge_as_the_condition_of_what_a_user_sees_is_a_check() -> None:
    # the merge sets the scene; what follows is observed by the user
    text = (
        "As a designer, I want a preview of each pull request, so that I review it early.\n"
        "Acceptance criteria:\n- I open a preview link posted on each pull request\n"
        "- when the pull request is merged, the preview link stops working"
    )
    result = analyse(text, storydata.scenario("PREVIEW_ENVIRONMENTS"))
    assert result.state("criteria") == "met", result.feedback


def test_a_share_a_statistic_or_a_model_score_is_no_user_check() -> None:
    # a share of all bills, a company-wide median that moves, a score on a test set:
    # each is counted over everything, so one user-side check beside it is not two
    for metric in (
        "90% of reminders are answered within a week",
        "The average days to payment across all clients drops from 40 to 25",
        "The late-bill classifier keeps a recall above 0.9 on the test set",
        "20% fewer bills written off within a year",
    ):
        text = (
            f"{CLERK}\n\nAcceptance criteria:\n- I can open the late invoices from the start "
            f"page\n- {metric}"
        )
        result = analyse(text, OVERDUE_INVOICES)
        assert result.state("criteria") == "not met", (metric, result.feedback)


def test_a_typical_figure_that_is_shown_is_observable() -> None:
    # "how long it usually takes" is a figure the user sees, not a vague judgement
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- I can open the late invoices from the start "
        "page\n- Each late invoice shows how long that customer usually takes to pay"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_vague_word_used_as_a_verb_after_a_modal_is_an_action() -> None:
    text = (
        CLERK + "\nAcceptance criteria:\n- clerks are told about invoices with no due date\n"
        "- clerks can correct an invoice's due date on the dashboard"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"


def test_comparatives_with_nothing_to_compare_are_vague() -> None:
    text = (
        CLERK + "\nAcceptance criteria:\n- The overdue view is clearer.\n- Chasing is less painful."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_a_verb_with_no_as_its_determiner_is_a_sentence() -> None:
    text = (
        PICKER + "\nAcceptance criteria:\n- morning pick lists contain no empty shelves\n"
        "- I can see which shelves were flagged empty"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"
    slogan = (
        PICKER + "\nAcceptance criteria:\n- Picking feels effortless\n- No more wasted walks, ever"
    )
    assert analyse(slogan, EMPTY_SHELVES).state("criteria") != "met"


def test_a_classifier_as_a_checks_subject_is_a_part_inside() -> None:
    text = (
        PICKER + "\nAcceptance criteria:\n- empty shelves are marked on my list\n"
        "- the shelf classifier reaches 90% recall on last month's photos"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "unsure"


def test_an_endpoint_that_returns_something_is_a_sentence() -> None:
    # an HTTP method and a path are the subject of "returns": an API's check, not a heap
    text = (
        "As a backend engineer integrating Tillbird payouts, I want to read one payout's "
        "state, so that I can tell a seller when the money lands.\n\nAcceptance criteria:\n"
        "- GET /v2/payouts/{payout_id} returns state and settlement_date\n"
        "- A payout the bank sends back shows as returned with the bank's reason"
    )
    result = analyse(text, storydata.scenario("PAYOUT_STATUS"))
    assert result.state("criteria") == "met", result.feedback


def test_checks_of_a_developer_tool_written_by_its_user_are_a_users_checks() -> None:
    # an SRE at a customer company is one of a developer product's users: what the
    # command does is what that user observes, though no check names a person
    text = (
        "As an SRE at a ticketing company, I want the flag toggle command to block until "
        "every server has the new value, so that my incident checklist is true when it "
        'says "off".\n\nAcceptance criteria:\n'
        "- With the blocking option, the command exits once every connected server reports "
        "the new value\n"
        "- After 90 seconds, the command lists the servers still on the old value and exits "
        "with an error code"
    )
    result = analyse(text, storydata.scenario("KILL_SWITCH_DELAYS"))
    assert result.state("persona") == "met", result.feedback
    assert result.state("criteria") == "met", result.feedback


def test_a_definition_of_done_of_delivery_steps_is_no_user_check() -> None:
    # a team's done-list ("docs updated", "tests green, coverage not lower") checks the
    # delivery, not what a user observes, however its steps are joined
    story = (
        "As a finance clerk, I want overdue invoices marked on my dashboard, so that I chase "
        "late payers the same week.\n\nDefinition of done:\n- code peer reviewed and merged\n"
        "- integration tests green, coverage not lower\n- docs updated\n- QA sign-off"
    )
    finding = next(
        f for f in analyse(story, OVERDUE_INVOICES).findings if f.criterion == "criteria"
    )
    assert finding.state == "not met"
    assert "delivery process" in finding.message


def test_a_definition_of_done_of_user_checks_still_counts() -> None:
    story = (
        "As a finance clerk, I want overdue invoices marked on my dashboard, so that I chase "
        "late payers the same week.\n\nDefinition of done:\n- An unpaid invoice a day past its "
        "due date shows as overdue\n- A paid invoice is never shown as overdue"
    )
    finding = next(
        f for f in analyse(story, OVERDUE_INVOICES).findings if f.criterion == "criteria"
    )
    assert finding.state == "met"


def test_a_frequency_word_in_a_clause_naming_the_thing_is_no_vague_check() -> None:
    # "a field the client usually asks for": which field is meant, not how well it is met
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- When I open an invoice, I am warned if it lacks a field the client usually asks for\n"
        "- Overdue invoices are listed above the others"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_thing_shown_with_how_well_after_it_is_a_doubtful_check() -> None:
    # "the due date is shown correctly": the showing is observable, "correctly" is not;
    # beside one plain check it is for a reader to count, not a sure fault
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Invoices past their due date are marked overdue on my list\n"
        "- The due date is shown correctly."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "unsure", result.feedback
    alone = text.replace("- The due date is shown correctly.", "- It works correctly.")
    assert analyse(alone, OVERDUE_INVOICES).state("criteria") == "not met"


def test_an_artefact_approved_by_an_internal_function_is_a_delivery_step() -> None:
    # sign-offs by departments (a bare noun after "by", no person in it) and hand-overs
    # to them are the team's Definition of Done, not what a clerk observes
    steps = (
        "- Wireframes checked and approved by product\n"
        "- Invoice copy signed off by legal (owner: Dana)\n"
        "- Docs written and handed to support\n"
        "- Shipped in sprint 12\n"
    )
    result = analyse(f"{CLERK}\n\nAcceptance criteria:\n{steps}", OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    # an approval by someone on the user's side is a check a user sees
    from pmcourse._tasks.story._delivery import process_step

    assert not process_step("A refund approved by my manager shows as paid")
    assert not process_step("Holiday request approved by manager")
    assert process_step("Banner text approved by marketing")


def test_a_judging_ful_adjective_as_the_whole_predicate_is_vague() -> None:
    from pmcourse._tasks.story._criteria import criterion_problem
    from pmcourse._tasks.story._items import Item

    assert criterion_problem(Item("The late list is useful", 1, False)) is not None
    assert criterion_problem(Item("Each summary is really insightful", 1, False)) is not None
    # a result is no judgement, and a -ful word beside a check leaves the check
    assert criterion_problem(Item("The transfer is successful", 1, False)) is None
    assert criterion_problem(Item("The chart is colourful and has 3 bars", 1, False)) is None


def test_requirements_each_led_by_an_id_are_the_checks() -> None:
    # an RFP-style list with its own IDs and no heading, the story line after it
    text = (
        "INV-1: The list shall show each unpaid invoice the day after its due date.\n"
        "INV-2: The list shall show the customer and the amount owed for each one.\n\n"
        f"Story: {CLERK}"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_check_whose_subject_is_the_teams_tests_checks_the_build() -> None:
    # the team's tests of its code (a kind of code test, tests as a plural, a suite)
    # say what the build must pass, not what a clerk observes
    from pmcourse._tasks.story._criteria import criterion_problem
    from pmcourse._tasks.story._items import Item

    for built in (
        "Integration tests for the overdue filter cover every due date",
        "Regression tests pass",
        "The end-to-end test of the reminder email passes on staging",
        "A performance test with 5,000 invoices succeeds",
        "Load test at 2,000 invoices a minute passes",
        "A stress test under 500 users passes",
    ):
        assert criterion_problem(Item(built, 1, False)) is not None, built
    # "test" naming what the user meets, or the user's own tests, is no code test
    from pmcourse._tasks.story._delivery import team_tests

    for seen in (
        "A test invoice I send shows as overdue the next day",
        "The test reminder is delivered to my inbox",
        "My tests pass against the sandbox invoices",
        "The connection test passes",
    ):
        assert not team_tests(seen), seen
    assert criterion_problem(Item("The test reminder is delivered to my inbox", 1, False)) is None
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Unit tests for the overdue logic cover invoices due today\n"
        "- Overdue invoices are listed above the others\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_a_story_pasted_from_latex_reads_its_items_as_bullets() -> None:
    # "\item" lines in an itemize list are the checks, a bold run-in heading ending in a
    # stop labels them, and "\texttt{...}" or ``quotes'' wrap words as written
    text = (
        "\\textbf{Story.} " + CLERK + "\n\n\\textbf{Acceptance criteria.}\n"
        "\\begin{itemize}\n"
        "  \\item Given an invoice past its due date, then it is listed as overdue.\n"
        "  \\item Given it is paid, then the list shows it as ``settled''.\n"
        "\\end{itemize}"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    bare = text.replace("\\textbf{Acceptance criteria.}\n", "")
    assert analyse(bare, OVERDUE_INVOICES).state("criteria") == "met"


def test_terse_status_lines_beside_a_delivery_step_are_steps_too() -> None:
    # "Docs published", "Support playbook updated" next to "PR reviewed and merged": the
    # same ticked-task shape as the delivery step beside them, so no user checks
    story = (
        f"{CLERK}\n\nDefinition of done:\n- PR reviewed and merged\n"
        "- Support playbook updated\n- Changelog entry published"
    )
    result = analyse(story, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    # without a delivery step beside them, terse checks keep their benefit of the doubt
    alone = f"{CLERK}\n\nAcceptance criteria:\n- Overdue invoice flagged\n- Late payer emailed"
    assert analyse(alone, OVERDUE_INVOICES).state("criteria") != "not met"


def test_roman_numeral_items_are_separate_checks() -> None:
    # "i) ... ii) ... iii)" numbers a list: each numeral starts its own check, not a
    # continuation of the line before
    story = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "i) An invoice a day past its due date is marked overdue.\n"
        "ii) A paid invoice is never marked overdue.\n"
        "iv) The overdue total is shown above the list."
    )
    result = analyse(story, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback
    assert "3 observable checks" in result.feedback


def test_terse_clause_with_small_word_inside_the_keyword_run() -> None:
    # "donors check eligibility before travelling": a plural subject, its verb and a small
    # word after the verb make a clause, even when the keywords run on up to that word
    text = (
        "As a blood donor, I want to know if I can give before I travel, so that I do not "
        "make a wasted trip.\n\nAcceptance criteria:\n"
        "- Donors check eligibility before travelling\n"
        "- A donor who cannot give is offered another date"
    )
    result = analyse(text, storydata.scenario("DONOR_DEFERRALS"))
    assert result.state("criteria") == "met", result.feedback


def test_participle_with_preposition_and_measure_is_a_check() -> None:
    # "lists made within 3 s": a thing, what happens to it, and a bound; a preposition
    # such as "within" is a small word of a sentence, not a keyword heap
    text = (
        f"{PICKER}\n\nAcceptance criteria:\n- Pick lists refreshed within 3 s\n"
        "- Empty shelves are left off my list"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert "keywords" not in result.feedback, result.feedback


def test_keywords_joined_by_a_small_word_may_be_a_check() -> None:
    # written in the need's words, yet a terse sentence ("... when <clause>"): beside a
    # full sentence of a check, readers counted the pair as two checks; beside a check of
    # a few words only, the judge still cannot tell
    for terse in (
        "empty shelf flagged when picker scans shelf",
        "empty shelf picker walk avoided when stock is zero",
    ):
        for sure, state in (
            ("I am never sent to a shelf marked empty.", "met"),
            ("no empty shelf sent", "unsure"),
        ):
            text = (
                "As a picker, I want to skip empty shelves, so that my round is shorter.\n"
                f"Acceptance criteria:\n- {sure}\n- {terse}"
            )
            f = next(x for x in analyse(text, EMPTY_SHELVES).findings if x.criterion == "criteria")
            assert f.state == state, (sure, terse, f.message)
    # a bare heap of the need's words is still surely no check
    text = (
        "As a picker, I want to skip empty shelves, so that my round is shorter.\n"
        "Acceptance criteria:\n- I am never sent to a shelf marked empty.\n"
        "- shelf empty picker sent"
    )
    f = next(x for x in analyse(text, EMPTY_SHELVES).findings if x.criterion == "criteria")
    assert f.state == "not met" and "strings keywords together" in f.message, f.message


def test_a_purpose_after_a_check_is_not_its_condition() -> None:
    # "clear fluids" is why the nurse needs the time, not how clear something must look
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- A bill due yesterday is in the late list this morning\n"
        "- The late list gives each bill's new reminder date, so I can give the customer a clear "
        "answer on the phone"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    # the same word in the check itself still rests on judgement
    vague = text.replace(", so I can give the customer a clear answer on the phone", " clearly")
    assert analyse(vague, OVERDUE_INVOICES).state("criteria") != "met"


def test_a_vague_word_on_a_status_shown_is_doubtful_not_wrong() -> None:
    # that a status is shown is observable; how clear it is is a matter of judgement
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- Each late bill shows its days overdue\n"
        "- A bill I cannot match gets a clear no-match status, not a guess"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "unsure"


def test_a_model_score_over_a_test_set_is_no_check() -> None:
    # a classifier's recall held to a fraction is computed over a labelled set: no one
    # clerk observes it, so one user check is left
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- Given a bill is 3 days past due, then I see it "
        "in the late list.\n- Recall of the late-bill detector vs. the audited sample >= 0.92."
    )
    f = next(x for x in analyse(text, OVERDUE_INVOICES).findings if x.criterion == "criteria")
    assert f.state == "not met" and "model's score" in f.message, f.message
    # a fraction the clerk sees, with a unit, is a check
    near = text.replace(
        "Recall of the late-bill detector vs. the audited sample >= 0.92.",
        "Given I open a late bill, then its reminder shows the fee of 0.5 % per week.",
    )
    assert analyse(near, OVERDUE_INVOICES).state("criteria") == "met"


def test_a_label_with_the_word_for_checks_in_brackets_heads_inline_checks() -> None:
    # "Steps (acceptance criteria): ...; ...": the writer's own label, the checks after
    # its colon, split by ";"
    text = (
        f"{CLERK}\n\nWalkthrough (acceptance criteria): given a bill is 5 days past due, "
        "it appears in the late list; given the customer pays it, it leaves the list next morning."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    # the same label without a word for checks in its brackets heads nothing
    near = text.replace("(acceptance criteria)", "(Monday)")
    assert analyse(near, OVERDUE_INVOICES).state("criteria") == "not met"


def test_a_writers_own_label_for_how_they_would_test_heads_inline_checks() -> None:
    # a letter's "How I'd know it works: (1) ...; (2) ...": a label in the writer's words
    # saying how they would test or know it works, its checks inline, numbered or split by ";"
    text = (
        "Dear Ledgerly,\nI keep the books for a joinery firm and I would like to see which "
        "invoices are overdue, so that I can chase them before the month closes.\n"
        "How I'd know it works: (1) a bill 5 days past due appears in the late list; (2) when "
        "the customer pays it, it leaves the list the next morning.\nKind regards, P. Okafor"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    signed = text.replace("How I'd know it works:", "I would sign it off if:")
    assert analyse(signed, OVERDUE_INVOICES).state("criteria") == "met"
    semis = text.replace("(1) ", "").replace("(2) ", "")
    assert analyse(semis, OVERDUE_INVOICES).state("criteria") == "met"
    # a label that says nothing of testing heads nothing, nor does one with a single check
    week = text.replace("How I'd know it works:", "My usual Monday:")
    assert analyse(week, OVERDUE_INVOICES).state("criteria") == "not met"
    one = text.replace("; (2) when the customer pays it, it leaves the list the next morning", "")
    assert analyse(one, OVERDUE_INVOICES).state("criteria") != "met"


def test_a_vague_word_shown_as_a_status_is_a_value() -> None:
    # "marked settled" and "shown as clear": the word is the label the clerk reads, and
    # once one check shows it, the other check's "clear" names that status too
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n- Given a bill is paid in full, then it is shown "
        "as clear on the customer page.\n- Given an account is clear, then no reminder is sent."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    # the quoted words of a message are what the clerk sees, placeholder and all
    quoted = (
        f'{CLERK}\n\nAcceptance criteria:\n- A part-paid bill is listed "not clear until <date>"'
        "\n- A bill paid in full leaves the late list the next morning"
    )
    assert analyse(quoted, OVERDUE_INVOICES).state("criteria") == "met"
    # a screen that "is clear" is still a judgement
    vague = text.replace("it is shown as clear on the customer page", "the customer page is clear")
    assert analyse(vague, OVERDUE_INVOICES).state("criteria") != "met"


def test_user_friendly_without_a_hyphen_and_a_field_a_thing_has() -> None:
    # "is user friendly" judges as "user-friendly" does
    text = f"{CLERK}\n\nAcceptance criteria:\n- The late list is user friendly\n- Works offline"
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"
    # "Then it has a reason": a field the write-off carries, not a template's gap
    has = (
        f"{CLERK}\n\nGiven a bill is 30 days late, When I open the list, Then it is at the top.\n"
        "Given a write-off, Then it has a reason."
    )
    assert analyse(has, OVERDUE_INVOICES).state("criteria") == "met"
    # "so that I reach the goal" after no verb of having stays a placeholder
    gap = has.replace("Then it has a reason.", "Then the goal.")
    assert analyse(gap, OVERDUE_INVOICES).state("criteria") != "met"


def test_given_after_a_noun_is_the_participle_not_the_step() -> None:
    # "Reason given." says what the product does (a thing and what happens to it), as
    # "Reason shown." would; a "given" that opens the line is still the step word
    text = (
        "As a tenant, I want to know why my repair was refused, so that I can appeal.\n\n"
        "Acceptance criteria:\n- Refusals listed.\n- Reason given."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    opened = text.replace("- Reason given.", "- Given refused.")
    assert analyse(opened, OVERDUE_INVOICES).state("criteria") == "not met"


def test_a_gherkin_block_on_the_first_line_before_the_story_is_a_check() -> None:
    # "Given I am a ... / When ... / Then ...", two blocks, and the story told last:
    # the first line opens the first block, it is not the story line
    text = (
        "Given I am a picker starting a round\n"
        "When a shelf on my list was emptied by the night shift\n"
        "Then my list skips it and sends me to a shelf with stock\n\n"
        "Given I find a shelf empty anyway\nWhen I mark it empty\n"
        "Then I get the next shelf that holds the item\n\n"
        "As a warehouse picker I want my list to skip empty shelves so that I finish my round sooner."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback
    # the near form: no story told after the block, or a first line that is the story
    lines = text.splitlines()
    assert not _gwt_first(lines[:7])
    story_first = ["Given I am a picker, I want my list to skip empty shelves", *lines[1:]]
    assert not _gwt_first(story_first)
    assert _gwt_first(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Definition of done: copy proofread, tests passing, live on the kiosk.",
        "Soak test: 2,000 bookings confirmed overnight with no timeouts.",
        "Harbourline's regression pack covers all 12 berth types.",
    ],
)
def test_a_line_labelled_as_the_teams_gate_or_test_is_no_check(line: str) -> None:
    assert criterion_problem(Item(line, 3, False)), line


@pytest.mark.parametrize(
    "line",
    [
        "Acceptance test: I book a berth and see it on my account.",
        "Done: the berth shows as booked on my account.",
        "A test booking shows on my account as a test.",
    ],
)
def test_a_users_own_test_or_done_state_stays_a_check(line: str) -> None:
    assert criterion_problem(Item(line, 3, False)) is None, line


@pytest.mark.parametrize(
    "terse",
    [
        # a subject and a verb that agrees with it, an adverb between them allowed
        "pick lists skip empty shelves",
        "pick lists only skip empty shelves",
        # a case and its result, either side of an arrow or a colon
        "empty shelf -> other shelf shown, picker sent",
        "empty shelf: other shelf shown",
    ],
)
def test_a_terse_sentence_in_the_needs_words_may_be_a_check(terse: str) -> None:
    # careful readers counted such lines as checks as often as not (tests/bench/rules.py):
    # in a sentence's shape, a run of the need's words is doubtful, not surely no check
    why = criterion_problem(Item(terse, 4, False), topic_patterns(EMPTY_SHELVES.topic))
    assert why is not None and why.startswith("may string keywords together"), (terse, why)


@pytest.mark.parametrize(
    "heap",
    [
        "shelf empty picker sent",
        "empty shelf picker list shelf",
        "webhook endpoint down events lost retry",
        "retry webhook event endpoint outage",
    ],
)
def test_a_bare_heap_of_the_needs_words_is_still_no_check(heap: str) -> None:
    scenario = EMPTY_SHELVES if "shelf" in heap else storydata.scenario("WEBHOOK_RETRIES")
    why = criterion_problem(Item(heap, 4, False), topic_patterns(scenario.topic))
    assert why is not None and why.startswith("strings keywords together"), (heap, why)


def test_word_of_the_need_inside_the_detail_does_not_make_a_check_built() -> None:
    # "empty" and "shelves" of a GET /shelves/empty endpoint are the need's own words: a
    # check that names them checks what the picker meets, not the endpoint
    want = (
        "As a warehouse picker, I want the handheld to call a GET /shelves/empty endpoint "
        "before each pick, so that I stop walking to empty shelves.\nAcceptance criteria:\n"
        "- An empty shelf never appears on my pick list.\n"
    )
    text = want + "- When the item sits on two shelves, I am sent to the one that holds it."
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback
    # a check of the endpoint itself still checks the build
    near = analyse(want + "- The handheld calls the endpoint before each pick.", EMPTY_SHELVES)
    assert near.state("criteria") == "unsure", near.feedback
    assert "The handheld calls the endpoint" in near.feedback


def test_checks_that_each_name_the_build_and_no_user_are_not_met() -> None:
    # a cron job writing a table and a cache: every check is solution detail, none names
    # a user or what one sees
    want = (
        "As a finance clerk, I want late invoices brought to my attention, so that I can "
        "chase them the week they fall due.\nAcceptance criteria:\n"
        "- A nightly cron job writes the late flag to the invoices table in Postgres.\n"
    )
    result = analyse(want + "- The flag is cached in Redis for an hour.", OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "A nightly cron job writes the late flag" in result.feedback
    # a step whose outcome is what the clerk meets, or a check naming the user, may be a check
    for near in (
        "- Given the due_date column is in the past, then the invoice is listed as late.",
        "- The flag is cached in Redis, so I see it within a second.",
    ):
        other = analyse(want + near, OVERDUE_INVOICES)
        assert other.state("criteria") == "unsure", other.feedback


def test_situation_table_rows_are_checks() -> None:
    # a two-column table of a situation and what is seen in it: one check per row
    text = (
        f"{PICKER}\n\n| Case | What I see on the scanner |\n|---|---|\n"
        "| shelf B4 counted empty | B4 is not on my next pick list |\n"
        "| B4 restocked | B4 is back on the list within 10 minutes |\n"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"
    # a table of plain data names no situation and no result: no checks in it
    data = f"{PICKER}\n\n| Aisle | Shelves |\n|---|---|\n| A | 12 |\n| B | 9 |\n"
    assert analyse(data, EMPTY_SHELVES).state("criteria") == "not met"


def test_table_rows_labelled_as_checks_are_checks() -> None:
    text = (
        "| Who | warehouse picker |\n| Want | my list to skip empty shelves |\n"
        "| So that | I walk less |\n"
        "| AC 1 | shelf counted empty -> left off my next pick list |\n"
        "| AC 2 | shelf restocked -> back on the list |\n"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"


def test_thing_named_as_the_reason_is_no_placeholder() -> None:
    # "pick 'shelf empty' as the reason": the reason is named before "as"
    named = Item("I can pick 'shelf empty' as the reason", 3, False)
    assert criterion_problem(named) != "is a placeholder"
    # "... for the reason" with nothing named is still a template's gap
    gap = Item("I can skip a shelf for the reason", 3, False)
    assert criterion_problem(gap) == "is a placeholder"


@pytest.mark.parametrize(
    "check",
    ["Invoices a week past due turn red.", "the row turns amber when a reminder bounces"],
)
def test_a_colour_something_turns_into_is_a_state_the_user_sees(check: str) -> None:
    # the problem judge reads "turns red" as a state a user may see, not a style to build:
    # a check that says when something turns a colour is a check, not the build
    text = (
        f"{CLERK}\nAcceptance criteria:\n- Each unpaid invoice shows its days overdue.\n- {check}"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_check_of_nothing_but_a_colour_is_still_styling() -> None:
    text = (
        f"{CLERK}\nAcceptance criteria:\n- Each unpaid invoice shows its days overdue.\n"
        "- The overdue button is red."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") != "met", result.feedback


# ------------------------------------------------ checks led by a marker of one kind per line
def test_numbered_conditions_with_a_pass_label_are_checks() -> None:
    # "Clause N." lines (any label and its number), the check after "Pass if:" when told
    text = (
        "Clause 1 - the morning after the due date. Pass if: the clerk sees the bill on "
        "the start page with the days it is late.\n"
        "Clause 2. A bill shall leave the start page once the customer has paid it.\n"
        f"({CLERK})"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback
    assert "the morning after" not in result.feedback.split("e.g.")[-1]


def test_numbered_days_of_a_diary_are_no_checks() -> None:
    # "Day 1:", "Day 2:" number a diary's days, not checks
    text = (
        f"{CLERK}\nDay 1: I spend the morning going through the ledger.\n"
        "Day 2: I ring the customers I found the day before."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_requirement_ids_of_several_parts_are_checks() -> None:
    text = (
        "SPEC-AR-010 The start page shall list each bill past its due date.\n"
        "SPEC-AR-020 The start page shall show how many days each bill is late.\n\n"
        f"{CLERK}"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_test_spec_cases_are_checks() -> None:
    text = (
        f"{CLERK}\n\ndescribe('late bills')\n"
        '  test("puts a bill on the start page the day after it falls due")\n'
        '  test("takes a bill off the start page once it is paid")'
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_timed_run_with_a_step_and_its_result_is_checks() -> None:
    text = (
        f"{CLERK}\nThe first week of the month:\n"
        "8:30 - a bill falls due overnight -> the clerk sees it at the top of the start page\n"
        "9:10 - the customer pays by card, and the bill leaves the start page\n"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_one_arrow_in_prose_is_no_list_of_checks() -> None:
    text = f"{CLERK}\nToday: ledger -> spreadsheet -> phone calls, every single morning."
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_lettered_checks_on_the_heading_line_are_split() -> None:
    text = (
        f"{PICKER}\nAC: (a) a shelf with no stock is left off my list "
        "(b) the list tells me which shelves it skipped (c) a refilled shelf comes back"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback
    assert "3 observable checks" in result.feedback


def test_a_bare_criteria_label_after_a_sentence_starts_the_checks() -> None:
    text = (
        "as a warehouse picker i want my list to skip empty shelves so i walk less. "
        "checks: an empty shelf is not on my list; a shelf refilled today is back on it"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_a_writers_label_with_steps_and_results_by_arrows_is_checks() -> None:
    text = (
        f"{PICKER}\nHow I'd test it: a shelf is empty -> it is not on my list. "
        "Someone restocks it -> it is on my next list."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_a_writers_label_with_one_arrow_is_no_list() -> None:
    text = f"{PICKER}\nHow I'd test it: walk the route -> count the steps."
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") != "met", result.feedback


def test_a_gherkin_block_with_no_story_line_is_the_criteria() -> None:
    text = (
        "Given aisle 4 shelf B is empty\n"
        "And my pick list is built at 07:00\n"
        "When I open my pick list\n"
        "Then shelf 4B is not on it\n"
        "And the list says one shelf was skipped"
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_it_works_if_with_conditions_joined_in_prose_are_checks() -> None:
    text = (
        "I pick for a grocery warehouse. As a picker I want my list to skip empty shelves, "
        "so that I walk less. For me it works if an empty shelf is not on my list, and if "
        "the list tells me which shelves were skipped."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_it_works_if_with_one_condition_is_no_list() -> None:
    text = f"{PICKER} It works if I walk less."
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "not met", result.feedback


def test_a_done_when_that_points_back_at_a_list_counts_the_list() -> None:
    text = (
        "What the picker meets on the floor:\n"
        "- an empty shelf is not on the pick list\n"
        "- the list says which shelves it skipped\n\n"
        f"Story: {PICKER}\n\n"
        "Done when: a picker can walk the route listed above with a test list."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_a_done_when_with_no_list_before_it_stays_one_check() -> None:
    text = f"{PICKER}\n\nDone when: a picker can walk the route above with a test list."
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") != "met", result.feedback


# ------------------------------------------------------ checks that name nothing
# Criteria wrongly "met": checks that name no thing ("none get missed"), that only say it works
# ("should just work after a restart"), that judge with an adjective ("good error handling"),
# that lose unnamed "stuff", or that hedge ("ideally"). Each story is written for the test, each
# with a near form the rule must leave alone.


def _problem(text: str) -> str | None:
    return criterion_problem(Item(text=text, line=4, gherkin=False))


@pytest.mark.parametrize(
    "line",
    [
        "nothing gets missed",
        "none are lost",
        "it should just work after the nightly import",
        "works for every customer",
        "Everything works on the day",
        "good reminder handling",
        "proper late-payment alerts",
        "no missing stuff",
        "no late bill overlooked ideally",
    ],
)
def test_checks_that_name_nothing_observable_are_faulted(line: str) -> None:
    assert _problem(line), line


@pytest.mark.parametrize(
    "line",
    [
        # a named thing, what it does, and a plain loss of named things
        "No unpaid invoice is missing from the late list after the nightly import.",
        "The reminder works offline and is sent when the laptop reconnects.",
        "A bill paid in full drops off the list the next morning.",
        "Goods returned are listed with their credit note.",
    ],
)
def test_checks_naming_a_thing_and_its_result_are_left_alone(line: str) -> None:
    assert _problem(line) is None, line


def test_a_story_of_empty_checks_is_not_met() -> None:
    empty = (
        f"{CLERK}\n\nAcceptance criteria:\n- nothing gets missed\n"
        "- should just work after month end\n- good reminder handling"
    )
    assert analyse(empty, OVERDUE_INVOICES).state("criteria") == "not met"
    plain = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- When an invoice is 30 days past due, it appears in the late list with its customer.\n"
        "- A bill paid in full drops off the list the next morning."
    )
    assert analyse(plain, OVERDUE_INVOICES).state("criteria") == "met"


# ---------------------------------------- code tests, jobs that only ran, written policies
# Criteria: a named test of the code or its coverage, a job behind the scenes that only ran, a
# policy written down, "smart" naming a kind of device, and a case told with "When"/"If" whose
# user result follows the comma. Each rule has a near form it must leave alone; every story here
# is written for the test.
PLAIN = "When an invoice is 30 days past due, it appears in the late list with its customer."
TENANT = "As a tenant"


def _state(*checks: str) -> str:
    text = CLERK + "\n\nAcceptance criteria:\n" + "\n".join(f"- {c}" for c in checks)
    return analyse(text, OVERDUE_INVOICES).state("criteria")


@pytest.mark.parametrize(
    "line",
    [
        "test_late_fee_is_zero_after_payment passes",
        "LateListTest is green",
        "90% branch coverage on the reminders module",
        "Line coverage of the ageing service stays above 85%",
    ],
)
def test_a_named_code_test_or_code_coverage_is_the_teams_test(line: str) -> None:
    assert team_tests(line), line


@pytest.mark.parametrize(
    "line",
    [
        # a test payment the user makes, a coverage of places, a plain sentence
        "The test payment passes and shows on my statement",
        "Signal coverage on the ring road is shown on the map",
        "90% of reminders reach the customer within a minute",
    ],
)
def test_a_test_named_as_a_thing_the_user_meets_is_left_alone(line: str) -> None:
    assert not team_tests(line), line


def test_code_tests_beside_one_user_check_are_not_two_checks() -> None:
    assert _state(
        PLAIN, "test_late_list_sorted passes", "95% line coverage on the ageing module"
    ) == ("not met")
    assert _state(PLAIN, "Paid invoices leave the late list at once.") == "met"


@pytest.mark.parametrize(
    "line",
    [
        "Dataset refresh succeeds every 15 minutes",
        "the email flow runs without errors",
        "The ledger-sync DAG in Airflow finishes before the 7:00 shift.",
        "Nightly reminder job completes successfully",
    ],
)
def test_a_job_that_only_ran_is_backstage(line: str) -> None:
    assert backstage(line, TENANT), line


@pytest.mark.parametrize(
    "line",
    [
        # a wait a user sees, a job that does something for the user, a first-person run
        "The page refresh finishes in under a second",
        "The nightly reminder job sends the customer a summary",
        "My payment run completes by 9:00",
        "The refresh completes successfully",
    ],
)
def test_a_job_that_does_something_or_a_wait_is_left_alone(line: str) -> None:
    assert backstage(line, TENANT) is None, line


def test_job_statuses_beside_one_user_check_are_not_two_checks() -> None:
    assert _state(PLAIN, "the reminder flow runs without errors") == "not met"
    assert _state(PLAIN, "The late list loads in under 2 seconds") == "met"


@pytest.mark.parametrize(
    "line",
    [
        "The late-payment policy is published on the website.",
        "The chasing process is documented in the finance handbook.",
        "Our credit procedures are updated",
    ],
)
def test_a_policy_written_down_is_governance(line: str) -> None:
    assert governance(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the policy shown where the user meets it, or applied to what the user sees
        "The late-payment policy is shown on each reminder.",
        "The process moves the invoice to the late list after 30 days.",
    ],
)
def test_a_policy_the_user_meets_is_left_alone(line: str) -> None:
    assert governance(line) is None, line


def test_smart_before_a_device_names_a_kind_of_device() -> None:
    assert vague_term("I see when the smart meter last sent a reading.") is None
    assert vague_term("The list gives smart suggestions for whom to chase.")


def test_a_when_case_with_the_users_result_has_an_outcome() -> None:
    assert criterion_problem(Item("When it's rejected, I see why.", 4, True)) is None
    assert criterion_problem(Item("When it's rejected, it closes.", 4, True))


def test_a_timed_log_of_steps_and_results_by_dashes_is_checks() -> None:
    # a control-room log: each line a time, a step, a dash, then what someone sees
    text = (
        f"{CLERK}\n"
        "08:02 a bill falls due overnight - the start page shows it at the top\n"
        "08:05 the clerk opens the bill - it shows how many days it is late\n"
        "09:40 the customer pays by card - the bill leaves the start page\n"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_timed_diary_with_no_step_and_result_is_no_checks() -> None:
    # the same clock at each line's start, but a diary of the day: no dash to a result
    text = (
        f"{CLERK}\n"
        "08:02 I open the ledger and go through last month's bills\n"
        "09:40 I ring the customers I found, one by one - slow work\n"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_it_would_work_for_me_if_with_lettered_conditions_are_checks() -> None:
    text = (
        f"{CLERK} It would work for me if (a) a bill past its due date is on my start page; "
        "(b) it shows how many days it is late; (c) a paid bill leaves the page."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback
    assert "3 observable checks" in result.feedback


def test_it_would_work_for_me_if_with_one_lettered_condition_is_no_list() -> None:
    text = f"{CLERK} It would work for me if (a) I chase sooner."
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_it_would_be_right_if_with_lettered_conditions_after_and_are_checks() -> None:
    # "It would be right if (a) ..., and (b) ...": the "and" before the last letter is
    # no part of the check before it
    text = (
        f"{PICKER} It would be right if (a) when my usual shelf is empty, the list sends me "
        "to another shelf that holds the item, and (b) when no shelf holds it, the list "
        "says so before I walk."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback
    assert not any(i.text.endswith(" and") for i in parse(text, EMPTY_SHELVES).items)


def test_it_would_be_right_if_with_one_condition_is_no_list() -> None:
    text = f"{PICKER} It would be right if (a) I walk less."
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "not met", result.feedback


# a story typed as a catalogue record: each line a field tag, its parts led by "$a", "$b"
_RECORD = (
    "=LDR  user story\n"
    "=100  $a Persona: $b finance clerk who opens the invoicing app each morning\n"
    "=245  $a I want: $b to see which invoices are past due\n"
    "=520  $a So that: $b I chase late payers the day they fall due\n"
    "=500  $a Acceptance criteria:\n"
    "=500  $a - A bill unpaid the day after its due date is on my start page.\n"
)


def test_a_catalogue_record_reads_its_fields_without_tags() -> None:
    text = _RECORD + "=500  $a - A bill paid this morning leaves my start page.\n"
    p = parse(text, OVERDUE_INVOICES)
    assert [i.text for i in p.items][-1] == "A bill paid this morning leaves my start page."
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback
    assert result.state("persona") == "met", result.feedback


def test_a_catalogue_record_with_one_check_is_still_one_check() -> None:
    result = analyse(_RECORD, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback


def test_a_line_opening_with_an_equals_sign_is_no_field_tag() -> None:
    # a formula or a figure after "=" keeps its text: only a tag with a "$" code is layout
    text = f"{CLERK}\n\nAcceptance criteria:\n=500 bills a day load in under a second\n"
    assert parse(text, OVERDUE_INVOICES).items[0].text.startswith("=500 bills")


_TASK = (
    f"Task: a finance clerk chases late bills on the morning they fall due.\n\nStory: {CLERK}\n\n"
)
_POINTS = (
    "SP1 A bill unpaid the day after its due date: it is on my start page.\n"
    "SP2 A bill paid by card this morning: it leaves my start page.\n"
)


def test_a_label_equated_to_the_acceptance_criteria_is_a_heading() -> None:
    text = f"{_TASK}Sign-off points (= acceptance criteria):\n{_POINTS}"
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_label_equated_to_something_else_is_no_heading() -> None:
    text = f"{_TASK}Background (= what happens now):\n{_POINTS}"
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") != "met", result.feedback


def test_the_reason_as_the_last_of_a_verbs_objects_is_a_field_not_a_gap() -> None:
    # "then I see the new date and the reason": "the reason" is one more thing shown, as
    # in "shows the reason"; a bare "then the reason" with no verb stays a template's gap
    text = (
        "As a tenant, I want to know when my repair visit is moved, so that I can be home.\n\n"
        "Acceptance criteria:\n"
        "- Given a visit is moved, when I open it, then I see the new date and the reason.\n"
        "- Given a visit is cancelled, then it shows cancelled, the time and the reason."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    gap = text.replace("then I see the new date and the reason", "then the reason")
    assert analyse(gap, OVERDUE_INVOICES).state("criteria") != "met"


KIT_WANT = (
    "As a finance clerk, I want a Postgres trigger on the invoices table that writes each "
    "missed due date to a late_log table, so that I can chase overdue invoices the same day."
)


@pytest.mark.parametrize(
    "check",
    ["The trigger fires within a minute of a missed due date.", "The log is copied every night."],
)
def test_a_check_that_the_prescribed_kit_runs_is_no_user_check(check: str) -> None:
    # the want prescribes a trigger and a log table; a check that they fire or copy
    # confirms the build, leaving one check the clerk can observe
    text = (
        f"{KIT_WANT}\n\nAcceptance criteria:\n- {check}\n- I see each overdue invoice on my list."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "prescribes runs" in result.feedback, result.feedback


@pytest.mark.parametrize(
    "check",
    [
        # the kit noun, but "runs" only as a noun further on
        "The trigger screen shows all the failed runs.",
        # told from the clerk's side
        "I get a message when the trigger fires.",
        # the kit names a page the clerk looks at, and the page refreshes
        "The trigger page refreshes every minute.",
    ],
)
def test_near_forms_of_the_kit_check_are_left_alone(check: str) -> None:
    text = (
        f"{KIT_WANT}\n\nAcceptance criteria:\n- {check}\n- I see each overdue invoice on my list."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert "prescribes runs" not in result.feedback, result.feedback


def test_a_one_liners_short_ac_heads_the_checks_after_it() -> None:
    # a lower-case one-liner whose "ac:" after the outcome's full stop heads checks split
    # by ";": two checks the clerk sees
    text = (
        "as a bookkeeper at a bakery i want late bills to stand out so i can ring the "
        "customer that week. ac: a bill 3 days past due sits under late with its days; "
        "a bill the customer paid leaves the late list next morning"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    # the same "ac:" with one check after it is one check, not two
    one = text.split("; ", maxsplit=1)[0]
    assert analyse(one, OVERDUE_INVOICES).state("criteria") == "not met"
    # "ac" with no sentence end before it is no heading: the line stays the story's
    run_on = text.replace("that week. ac:", "that week ac:")
    assert analyse(run_on, OVERDUE_INVOICES).state("criteria") == "not met"


def test_a_logs_time_stamped_checks_line_heads_the_checks_on_it() -> None:
    # a log's lines each led by a clock time; its "CHECKS (...) -" line holds the checks
    # split by ";", and the next stamped line ends them
    text = (
        "16:02 WHO - picker on the night shift\n"
        "16:03 WANT - my list to leave out shelves that hold none of the item\n"
        "16:04 SO THAT - I do not walk to a bare shelf and back\n"
        "16:05 CHECKS (how we test it) - a shelf with none of the item is not on my list; "
        "when no shelf has it, the handheld says out of stock before I set off\n"
        "16:06 END"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"
    # one check on the stamped line is a diary's entry, not a heading of two checks, and a
    # dash-led diary check ("07:45 - check: ...") is not a log's label
    line = text.splitlines()[3]
    assert stamped_heading(line) is not None
    assert stamped_heading(line.split(";")[0]) is None
    assert stamped_heading("07:45 - check: a bare shelf is not on my list; I see it") is None
    # the two checks are read under the heading, and the next stamped line is not one
    parsed = parse(text, EMPTY_SHELVES)
    assert parsed.heading is not None and len(parsed.items) == 2
    # a stamped line whose label is not a word for checks heads nothing
    other = text.replace("CHECKS (how we test it)", "NOTES (from the floor)")
    assert parse(other, EMPTY_SHELVES).heading is None


def test_the_reason_a_product_works_from_is_no_placeholder() -> None:
    # "a note can be drafted from the reason": the reason is what the product works from
    source = Item("A refund note for the buyer can be drafted from the reason", 4, False)
    assert criterion_problem(source) != "is a placeholder"
    # with no preposition before it, a bare "the reason" at the end stays a template's gap
    gap = Item("A refund note for the buyer covers the reason", 4, False)
    assert criterion_problem(gap) == "is a placeholder"


def test_a_scenario_name_under_its_heading_is_no_check_of_its_own() -> None:
    # "Scenario: short notice" over its steps names the scenario: one check, not two
    text = (
        "As a swimming coach, I want to know the evening before if the pool opens late, "
        "so that I can tell my squad.\n\n"
        "Scenario: short notice\n"
        "  Given the pool opens at 6am\n"
        "  When the manager moves it to 8am\n"
        "  Then I get a text\n"
    )
    items = parse(text, EMPTY_SHELVES).items
    assert [i.text for i in items if not i.gherkin] == []
    # checks on the heading's own line with no steps under them stay checks
    inline = (
        text.split("Scenario:", maxsplit=1)[0]
        + "Scenarios: I get a text; the squad list shows 8am\n"
    )
    assert len(parse(inline, EMPTY_SHELVES).items) == 2


def test_a_reason_an_api_returns_is_a_field_not_a_gap() -> None:
    # "returns a reason": what an integrating developer's call answers with, as in
    # "shows the reason"; a bare "then a reason" with no verb stays a template's gap
    text = (
        "As a developer at a booking platform, I want to learn at once when a payment "
        "is refused, so that my customers can fix their card before the slot goes.\n\n"
        "Acceptance criteria:\n"
        "- A refused payment returns a reason.\n"
        "- I can resend the payment with the same booking id and get a receipt back."
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    gap = text.replace("A refused payment returns a reason.", "Then a reason.")
    assert analyse(gap, OVERDUE_INVOICES).state("criteria") != "met"


def test_gate_steps_under_a_definition_of_done_are_no_checks() -> None:
    # the heading names the team's gate and each line is a thing with what was done to it
    text = (
        f"{PICKER}\n\nDefinition of Done:\n"
        "- Shelf rules agreed with the floor supervisor\n"
        "- Pilot run in the north aisle\n"
        "- Handbook updated\n"
        "- Walkthrough given to the night shift\n"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "not met"


def test_user_checks_under_a_definition_of_done_still_count() -> None:
    # the near form: the same heading over lines that tell what the picker meets
    text = (
        f"{PICKER}\n\nDefinition of Done:\n"
        "- Shelves with no stock are left off my list.\n"
        "- A shelf refilled during my shift is added back within five minutes.\n"
    )
    assert analyse(text, EMPTY_SHELVES).state("criteria") == "met"


def test_a_noun_and_participle_under_acceptance_criteria_is_left_alone() -> None:
    # outside a Definition of Done, "X sent to Y" may be what the user gets
    text = (
        f"{CLERK}\n\nAcceptance criteria:\n"
        "- Overdue invoices shown in red on my dashboard each morning\n"
        "- Reminder letters sent to me for approval before they go out\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") != "not met"
