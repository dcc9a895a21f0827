"""Rules by structure for persona, outcome, criteria and parsing (issue 22), each with
stories written for these tests, not taken from the corpora."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES, WEBHOOK_RETRIES
from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._parse import parse

WANT = "I want to see which invoices are overdue so that I can chase them before month end."
TWO_CHECKS = (
    "\nAcceptance criteria:\n- An unpaid invoice one day past its due date is listed as overdue."
    "\n- A paid invoice is never listed as overdue."
)


def state(text: str, criterion: str, scenario: Scenario = OVERDUE_INVOICES) -> str:
    for f in analyse(text, scenario).findings:
        if f.criterion == criterion:
            return f.state
    raise AssertionError(f"{criterion} not judged")


def with_checks(*checks: str) -> str:
    return (
        "As a ledger clerk, "
        + WANT
        + "\nAcceptance criteria:\n"
        + "\n".join(f"- {c}" for c in checks)
    )


# ---------------------------------------------------------------- criteria
@pytest.mark.parametrize(
    "checks",
    [
        ("balance unpaid after due date → shown as overdue", "balance settled → not overdue"),
        ("reminder emailed", "overdue badge cleared"),
        (
            "Given two days pass, then the invoice turns overdue",
            "Given it is paid, then it drops off",
        ),
        ("1 day late → listed", "0 days late → not listed"),
    ],
)
def test_terse_checks_that_say_what_happens_are_observable(checks: tuple[str, str]) -> None:
    assert state(with_checks(*checks), "criteria") == "met"


def test_a_placeholder_inside_a_full_check_is_a_parameter() -> None:
    text = with_checks(
        "Given an invoice for customer X due last Friday, when I open the list, then it is overdue",
        "Given I record the payment, when I open the list, then that invoice is gone",
    )
    assert state(text, "criteria") == "met"


def test_a_check_that_is_mostly_a_placeholder_is_a_template_gap() -> None:
    assert state(with_checks("<check one>", "[second check here]"), "criteria") == "not met"


@pytest.mark.parametrize("vague", ["the overdue list is smarter", "clerks are happier with it"])
def test_comparatives_of_feeling_are_vague(vague: str) -> None:
    text = with_checks(vague, "A paid invoice is never listed as overdue.")
    assert state(text, "criteria") == "not met"


def test_a_vague_adverb_beside_what_a_user_sees_is_unsure_not_a_fail() -> None:
    text = with_checks(
        "Overdue invoices are clearly marked in the list",
        "A paid invoice is never listed as overdue.",
    )
    assert state(text, "criteria") == "unsure"


def test_one_long_scenario_may_hold_several_checks() -> None:
    text = (
        "As a ledger clerk, " + WANT + "\n\nGiven four invoices: one due tomorrow, one due "
        "last week and unpaid, one due last month and paid, one disputed\nWhen I open the "
        "overdue list on Monday\nThen I see only the unpaid one from last week, with its days late"
    )
    assert state(text, "criteria") == "unsure"


def test_a_keyword_heap_in_gherkin_without_commas_is_still_no_check() -> None:
    text = with_checks(
        "Given invoice late clerk when list then red", "A paid invoice is never listed as overdue."
    )
    assert state(text, "criteria") == "not met"


# ---------------------------------------------------------------- persona
def test_a_role_in_a_job_storys_situation_is_the_persona() -> None:
    text = (
        "When I start Monday's chasing as the ledger clerk, I want the overdue invoices "
        "listed first, so that I phone those customers before lunch." + TWO_CHECKS
    )
    assert state(text, "persona") == "met"


def test_a_job_story_with_no_role_has_no_persona() -> None:
    text = (
        "When I sit down with my coffee after the weekend, I want the overdue invoices listed "
        "first, so that I phone those customers before lunch." + TWO_CHECKS
    )
    assert state(text, "persona") == "not met"


def test_a_named_person_described_in_the_needs_situation_is_a_user() -> None:
    text = (
        "Persona: Ines, 38, sends about sixty invoices a month for a joinery and hates chasing\n"
        "Need: see at a glance which invoices are overdue\nOutcome: she phones late payers "
        "the same week" + TWO_CHECKS
    )
    assert state(text, "persona") == "met"


@pytest.mark.parametrize("who", ["As the TPM", "As the smart meter", "As a billing robot"])
def test_builders_and_machines_are_not_personas(who: str) -> None:
    assert state(f"{who}, " + WANT + TWO_CHECKS, "persona") == "not met"


@pytest.mark.parametrize(
    "who", ["As a member of the accounts team", "As a clerk helping my team's manager"]
)
def test_a_users_team_or_their_own_team_is_no_builder(who: str) -> None:
    assert state(f"{who}, " + WANT + TWO_CHECKS, "persona") == "met"


def test_an_api_products_persona_must_code_against_it() -> None:
    text = (
        "As a parcel sender, I want shipment events my endpoint missed while it was down to "
        "be sent again, so that my orders stay right.\nAcceptance criteria:\n- After an outage "
        "every missed event arrives.\n- Each event arrives with its original id."
    )
    assert state(text, "persona", WEBHOOK_RETRIES) == "not met"


# ---------------------------------------------------------------- outcome and parsing
def test_an_outcome_that_only_names_who_gains_says_nothing() -> None:
    text = "As a ledger clerk, I want overdue invoices listed so that it is nicer for clerks."
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert state(text + TWO_CHECKS, "outcome") == "unsure"


def test_a_numbered_story_with_labelled_parts_is_read() -> None:
    text = (
        "1. Persona: accounts assistant at a small garage\n2. Want: see which invoices are "
        "past due\n3. So that: late payers are phoned within a week\n4. Acceptance criteria:\n"
        "   a. An unpaid invoice one day past due is listed as overdue.\n"
        "   b. A paid invoice is never listed as overdue."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.outcome is not None and "late payers" in result.outcome
    assert result.state("criteria") == "met", result.feedback


def test_a_persona_line_describes_the_person_and_prescribes_nothing() -> None:
    text = (
        "Persona: ledger clerk who also answers the API questions of our two developers\n"
        "Need: see which invoices are overdue\nOutcome: I chase them before month end" + TWO_CHECKS
    )
    assert state(text, "problem") == "met"


@pytest.mark.parametrize(
    "outcome",
    ["so that our customers are phoned within a week", "so that late payers hear from us"],
)
def test_an_outcome_for_the_people_the_persona_serves_is_an_outcome(outcome: str) -> None:
    text = f"As a ledger clerk, I want overdue invoices listed {outcome}." + TWO_CHECKS
    assert state(text, "outcome") == "met"


@pytest.mark.parametrize(
    "outcome", ["so that the reminder engine works", "so that risk scores are lower"]
)
def test_an_outcome_whose_subject_is_the_product_is_its_goal(outcome: str) -> None:
    text = f"As a ledger clerk, I want overdue invoices listed {outcome}." + TWO_CHECKS
    assert state(text, "outcome") == "not met"


def test_an_outcome_that_says_the_wanted_thing_exists_repeats_the_want() -> None:
    text = "As a ledger clerk, I want an overdue list so that overdue lists exist." + TWO_CHECKS
    assert state(text, "outcome") == "not met"


def test_a_builders_outcome_for_the_users_is_left_to_a_human() -> None:
    text = (
        "As the billing team, we want overdue invoices listed so that clerks phone late "
        "payers sooner." + TWO_CHECKS
    )
    assert state(text, "outcome") == "unsure"


def test_a_job_story_about_a_thing_has_no_persona_either() -> None:
    text = (
        "When an invoice passes its due date, I want it listed as overdue, so that the "
        "customer is phoned that week." + TWO_CHECKS
    )
    assert state(text, "persona") == "not met"


def test_a_short_check_with_a_negation_reads_as_a_sentence() -> None:
    text = with_checks(
        "Invoices not yet due show as open", "A paid invoice is never listed as overdue."
    )
    assert state(text, "criteria") == "met"


def test_a_plural_persona_told_in_prose_is_found() -> None:
    text = (
        "We're three ledger clerks sharing one office. We want to see which invoices are "
        "overdue, so that we split the chasing calls each Monday." + TWO_CHECKS
    )
    assert state(text, "persona") == "met"


def test_a_builders_first_person_outcome_is_left_to_a_human() -> None:
    # "I" is the persona's own gain: if the persona was misread as a builder, it is a
    # user's; the analyser cannot tell which
    text = (
        "As the billing team's engineer, I want overdue invoices listed so that I can "
        "stop answering the same question." + TWO_CHECKS
    )
    assert state(text, "outcome") == "unsure"


def test_a_builders_we_outcome_still_fails() -> None:
    text = (
        "As the billing team's engineer, I want overdue invoices listed so that we get "
        "fewer support tickets." + TWO_CHECKS
    )
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert state(text, "outcome") == "unsure"


# ---------------------------------------------------------------- parsing
@pytest.mark.parametrize(
    ("outcome", "last"),
    [
        ("so that Mr O. is not kept waiting and I chase the overdue ones first.", "first"),
        ("so that Mrs. T. Reyes gets her reminder before month end and pays.", "pays"),
        ("so that I can ring Dr. Osei's practice before month end.", "month end"),
    ],
)
def test_a_title_or_its_initial_does_not_end_the_outcome(outcome: str, last: str) -> None:
    # "Mr O." is a name, not a sentence's end: cut there, the outcome is a fragment
    story = "As a ledger clerk, I want to see which invoices are overdue " + outcome + TWO_CHECKS
    span = parse(story, OVERDUE_INVOICES).outcome
    assert span is not None and span.text.rstrip(" .").endswith(last)
    assert state(story, "outcome") == "met"


def test_a_capital_letter_closing_a_sentence_still_ends_the_outcome() -> None:
    # near form: "shelf B." with no title before it is a sentence's end
    story = (
        "As a ledger clerk, I want to see which invoices are overdue so that I can file them "
        "on shelf B. Then I chase the rest." + TWO_CHECKS
    )
    span = parse(story, OVERDUE_INVOICES).outcome
    assert span is not None and span.text.rstrip(" .").endswith("shelf B")
