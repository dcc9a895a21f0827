"""Rules by structure added after the third blind slice (issue 22): forms of stories the
analyser misread, each written for these tests in a made-up library domain or the
course's own scenarios, not taken from any corpus."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import Scenario, analyse

LOANS = Scenario(
    name="LOAN_RENEWALS",
    need="know which borrowed books are due soon so they can be renewed before a fine",
    users="library members who borrow books",
    user_roles=("member", "borrower", "reader", "student", "parent"),
    builders=("catalogue team",),
    vendor=("ShelfLink",),
    topic=(r"books?|loans?|items?", r"due|renew\w*|fines?|overdue|late"),
)
CHECKS = (
    "\nAcceptance criteria:\n- A book due in two days is listed first on my loans page."
    "\n- When I renew a book, its new due date is shown at once."
)


def finding(text: str, criterion: str, scenario: Scenario = LOANS) -> tuple[str, str]:
    for f in analyse(text, scenario).findings:
        if f.criterion == criterion:
            return f.state, f.message
    raise AssertionError(f"{criterion} not judged")


def state(text: str, criterion: str, scenario: Scenario = LOANS) -> str:
    return finding(text, criterion, scenario)[0]


# ---------------------------------------------------------------- outcome
def test_a_builders_own_gain_is_left_to_a_human() -> None:
    text = (
        "As the catalogue team, we want a renewals table with a due_at column, so that "
        "we spend less time on member emails." + CHECKS
    )
    # careful readers label a builder's own gain either way (tests/bench/rules.py)
    assert state(text, "outcome") == "unsure"


def test_a_builders_outcome_for_the_users_is_not_failed() -> None:
    text = (
        "As a backend engineer, I want due loans pushed to the app, so that our members "
        "can renew in time and avoid fines." + CHECKS
    )
    assert state(text, "outcome") != "not met"


def test_the_makers_savings_are_no_outcome_of_the_users() -> None:
    text = (
        "As a library member, I want to see which books are due soon, so that the library "
        "saves on call-centre costs." + CHECKS
    )
    assert state(text, "outcome") == "not met"


def test_the_users_own_bill_is_their_gain() -> None:
    text = "As a library member, I want to see loans due soon, so that my fines bill goes down."
    assert state(text + CHECKS, "outcome") != "not met"


def test_a_feeling_alone_as_the_outcome_is_left_to_a_human() -> None:
    text = "As a library member, I want to see which books are due soon, so that I feel safe."
    assert state(text + CHECKS, "outcome") == "unsure"


def test_a_cause_before_the_want_is_not_the_outcome() -> None:
    text = (
        "Tom reads a lot. He pays fines because the reminder letter comes after the due "
        "date. In the app he wants to see which books fall due this week, so that he can "
        "renew them on the bus." + CHECKS
    )
    state_, message = finding(text, "outcome")
    assert state_ == "met" and "renew them on the bus" in message


def test_a_vague_state_of_a_thing_is_no_outcome() -> None:
    text = "As a library member, I want due dates in the app, so that it is always accurate."
    assert state(text + CHECKS, "outcome") == "not met"


# ---------------------------------------------------------------- persona
def test_whom_a_persona_deals_with_does_not_make_them_a_builder() -> None:
    text = (
        "As a school librarian managing contractors for the new wing, I want to see which "
        "books are due back this week, so that I can renew the class sets in time." + CHECKS
    )
    assert state(text, "persona") != "not met"


def test_someone_telling_of_their_own_borrowing_speaks_as_a_user() -> None:
    # the teller's own situation is the need's (borrowing, fines): a user, by the labelling rule
    text = (
        "I read three novels a week and borrow most of them. Last month I paid two fines. "
        "I'd like the app to tell me which books are due soon, so I can renew them." + CHECKS
    )
    assert state(text, "persona") == "met"


def test_someone_telling_of_a_life_outside_the_need_is_left_to_a_human() -> None:
    text = (
        "I run most mornings and cook for my family at night. "
        "I'd like the app to tell me which books are due soon, so I can renew them." + CHECKS
    )
    assert state(text, "persona") == "unsure"


def test_a_story_table_is_read_as_the_story_it_stands_for() -> None:
    text = (
        "| As a | I want | So that |\n|---|---|---|\n"
        "| parent with three readers | to see every loan due this week | I can renew them "
        "in one go on Sunday |" + CHECKS
    )
    assert state(text, "persona") == "met"
    assert state(text, "outcome") == "met"


# ---------------------------------------------------------------- criteria
@pytest.mark.parametrize(
    "check",
    ["Reminders are engaging", "Renewing is optimised", "Members enjoy the page", "Renewal works"],
)
def test_vague_checks_are_not_observable(check: str) -> None:
    text = (
        "As a library member, I want to see which books are due soon, so that I can renew "
        f"them before a fine.\nAcceptance criteria:\n- {check}\n- A due book is listed first"
    )
    assert state(text, "criteria") == "not met"


def test_names_in_code_are_words_of_a_sentence() -> None:
    text = (
        "As a developer at a reading app, I want to fetch a member's loans, so that I can "
        "warn them before a fine.\nAcceptance criteria:\n"
        "- loans.list(member_id) returns due_at for every open loan\n"
        "- GET /v2/loans?due_before=2030-01-31 answers with status 200"
    )
    # not a heap of keywords; whether code names belong in this product's story is the
    # problem judge's question
    state_, message = finding(text, "criteria")
    assert state_ != "not met" and "keywords" not in message


def test_a_question_word_at_the_end_of_a_step_is_no_empty_step() -> None:
    text = (
        "As a library member, I want to see which books are due soon, so that I can renew "
        "them.\nAcceptance criteria:\n- Given I have loans, when I open the app, then each "
        "book says whether it can be renewed and when\n- Given a book is renewed, then its "
        "new due date is shown"
    )
    assert state(text, "criteria") == "met"


def test_numbered_checks_on_one_line_are_several_checks() -> None:
    text = (
        "As a library member I want to know which books are due soon so I can renew them.\n"
        "AC: 1. book due tomorrow -> top of my list. 2. renewed book -> new date shown. "
        "3. renewal refused -> reason given"
    )
    assert state(text, "criteria") == "met"


def test_a_note_in_brackets_after_the_heading_keeps_it_a_heading() -> None:
    text = (
        "As a library member I want to know which books are due soon so I can renew them.\n"
        "AC (tried on a test account):\n- A book due tomorrow is at the top of my list\n"
        "- A renewed book shows its new due date"
    )
    assert state(text, "criteria") == "met"


def test_a_check_of_the_component_the_want_prescribes_is_no_user_check() -> None:
    text = (
        "As a library member, I want a 10px red dot in the LoanTile widget for books due "
        "soon, so that I can renew them.\nAcceptance criteria:\n- dot is shown in LoanTile"
        "\n- dot is red and 10px"
    )
    assert state(text, "criteria") != "met"


# ---------------------------------------------------------------- problem
@pytest.mark.parametrize(
    "how", ["using a constraint solver", "checked by a machine learning model"]
)
def test_solvers_and_ml_models_are_solution_detail(how: str) -> None:
    text = f"As a library member, I want my renewals planned {how}, so that I avoid fines."
    assert state(text + CHECKS, "problem") == "not met"


# ---------------------------------------------------------------- topic
def test_an_outcome_that_states_the_need_keeps_a_want_of_its_own_on_topic() -> None:
    text = (
        "As a library member, I want a weekly digest by text message, so that I can renew "
        "the books that are due before I get a fine." + CHECKS
    )
    assert state(text, "topic") == "met"


def test_a_want_for_less_of_a_pain_in_other_words_is_not_off_topic() -> None:
    text = (
        "As a library member, I want to stop getting surprise charges, so that my pocket "
        "money lasts.\nAcceptance criteria:\n- I get a message three days before a charge"
        "\n- The message has a button to extend"
    )
    assert state(text, "topic") != "not met"


def test_a_want_made_of_solution_detail_is_not_another_feature() -> None:
    text = (
        "As a finance clerk, I want the ledger synced nightly by a cron job into a Redis "
        "cache, so that the dashboard loads fast.\nAcceptance criteria:\n- The cron job runs"
        " at 01:00\n- The cache is refreshed after each run"
    )
    assert state(text, "topic", OVERDUE_INVOICES) != "not met"


def test_a_heap_of_the_needs_words_is_not_off_topic() -> None:
    text = "As a picker i want shelves, empty, stock, aisle, scanner, walks"
    assert state(text, "topic", EMPTY_SHELVES) != "not met"


def test_the_topic_tick_quotes_the_want_not_the_outcome() -> None:
    text = (
        "As a finance clerk, I want to see which invoices are overdue so that I am content."
        + "\nAcceptance criteria:\n- An invoice past its due date is listed\n- A paid one is not"
    )
    state_, message = finding(text, "topic", OVERDUE_INVOICES)
    assert state_ == "met" and "content" not in message


def test_a_teller_who_names_themselves_as_a_user_is_the_persona() -> None:
    text = "i am borrower at the town library, i want to see my loans due soon, so i renew them."
    assert state(text + CHECKS, "persona") == "met"


def test_a_harm_that_stops_for_the_persona_is_an_outcome() -> None:
    text = (
        "As a library member, I want to see which books are due soon, so that the late "
        "charge doesn't land on my card." + CHECKS
    )
    assert state(text, "outcome") == "met"


def test_a_want_that_only_qualifies_the_needs_object_keeps_the_topic() -> None:
    text = (
        "As a library member, I want a one-line summary of my loans, so that I can renew "
        "the ones due before a fine." + CHECKS
    )
    assert state(text, "topic") == "met"


def test_a_want_that_leads_with_its_own_action_is_not_kept_on_topic() -> None:
    text = (
        "As a library member, I want to donate my old books through the app, so that my "
        "shelves at home are clear." + CHECKS
    )
    assert state(text, "topic") != "met"


def test_a_user_role_of_two_words_is_found_in_the_persona() -> None:
    night = Scenario(
        name="NIGHT_DESK",
        need="know which returned books still need shelving before the morning",
        users="library staff on the night desk",
        user_roles=("desk assistant", "shelver"),
        topic=(r"books?|returns?", r"shel\w*"),
    )
    text = (
        "As a night desk assistant, I want to see which returned books are not shelved yet, "
        "so that I can finish them before we open.\nAcceptance criteria:\n- A book returned "
        "after 20:00 is on the list\n- A shelved book leaves the list"
    )
    assert state(text, "persona", night) == "met"


def test_another_feature_done_without_a_chore_is_still_another_feature() -> None:
    text = (
        "As a finance clerk, I want to export all invoices to a spreadsheet without opening "
        "each one, so that I can send them to the auditor.\nAcceptance criteria:\n- The export"
        " has one row per invoice\n- The export opens in a spreadsheet program"
    )
    assert state(text, "topic", OVERDUE_INVOICES) == "not met"


# ------------------------------------------- outcome (tuning-12 structures)
def test_the_want_again_with_only_a_when_clause_is_no_outcome() -> None:
    text = (
        "As a library member, I want to see which loans are due soon, so that I can see "
        "which loans are due soon before I leave home." + CHECKS
    )
    assert state(text, "outcome") == "not met"
    text = (
        "As a library member, I want due loans renewed for me, so that due loans are "
        "renewed when I am away." + CHECKS
    )
    assert state(text, "outcome") == "not met"


def test_a_when_clause_after_a_new_gain_is_still_met() -> None:
    text = (
        "As a library member, I want to see which loans are due soon, so that I can renew "
        "them before I leave home." + CHECKS
    )
    assert state(text, "outcome") == "met"


def test_winning_business_for_the_organisation_is_no_outcome() -> None:
    text = (
        "As a library member, I want to see which loans are due soon, so that the council "
        "keeps its biggest service contract." + CHECKS
    )
    assert state(text, "outcome") == "not met"


def test_a_count_cut_by_a_fraction_in_words_is_a_target_figure() -> None:
    text = (
        "As a library member, I want to see which loans are due soon, so that the "
        "branch's overdue notices drop by a third." + CHECKS
    )
    assert state(text, "outcome") == "not met"


def test_showing_those_the_organisation_answers_to_is_left_to_a_human() -> None:
    text = (
        "As a library member, I want to see which loans are due soon, so that we can "
        "demonstrate to our sponsors that members return books." + CHECKS
    )
    assert state(text, "outcome") == "unsure"


def test_staff_who_get_fewer_calls_is_left_to_a_human() -> None:
    text = (
        "As a library member, I want to see which loans are due soon, so that counter "
        "staff get fewer phone queries." + CHECKS
    )
    assert state(text, "outcome") == "unsure"


def test_outcome_words_outside_the_story_make_an_absence_unsure() -> None:
    text = (
        "As a library member, I want to see which loans are due soon" + CHECKS + "\n\n"
        "PS forgot it: so that I can renew them before a fine."
    )
    assert state(text, "outcome") == "unsure"
    assert (
        state("As a library member, I want to see which loans are due soon" + CHECKS, "outcome")
        == "not met"
    )


def test_a_telegraphic_as_role_want_has_its_persona_want_and_outcome() -> None:
    text = (
        "as credit controller want unpaid bills grouped by customer so i ring the worst "
        "payers first\nAC:\n- 3 bills unpaid for one customer -> one row w/ total\n"
        "- bill paid -> total drops"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("persona") == "met"
    assert result.state("outcome") == "met"
    # an outcome that only sees the wanted thing again still repeats the want
    again = text.replace("so i ring the worst payers first", "so i see unpaid bills grouped")
    assert analyse(again, OVERDUE_INVOICES).state("outcome") == "not met"
