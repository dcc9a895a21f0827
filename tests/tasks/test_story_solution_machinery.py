"""Solution detail told by form: a qualified method named as the way the want is done,
and an owner's internal machinery (engine, data table, sync job) named as the mechanism."""

from __future__ import annotations

import pytest

# the same story frame and problem reader as the storage rules' tests
from test_story_solution_storage import _BASE, _problem


@pytest.mark.parametrize(
    "check",
    [
        "Payments are tied to invoices with phonetic matching (Soundex codes).",
        "Payer names are compared using approximate string matching against the customer list.",
        "The service should run a stricter duplicate classifier before listing an invoice.",
        "Quellbank's reconciliation engine marks the invoice paid when the money lands.",
        "I get read access to Norvale's ledger table to see what was paid.",
        "The depots' overnight sync pushes the payments to the list every hour.",
    ],
)
def test_a_method_or_internal_part_told_by_form_is_the_how(check: str) -> None:
    state, message = _problem(_BASE.format(check))
    assert state == "not met", message


@pytest.mark.parametrize(
    "check",
    [
        "I can find a payer by matching the reference on the remittance.",
        "Each invoice with a matching payment is marked paid.",
        "Invoices I checked with our own duplicate matching are listed first.",
        "Monday's sync of the bank feed shows on the list by 9 am.",
        "I see the client's name and phone number next to each invoice.",
        "The payers' invoices are listed oldest first.",
    ],
)
def test_the_users_act_an_adjective_their_own_tool_and_a_day_are_no_build(check: str) -> None:
    state, message = _problem(_BASE.format(check))
    assert state == "met", message


@pytest.mark.parametrize(
    "check",
    [
        "The service reads the billing department's case-management tables for each payment.",
        "The list shows the reconciliation engine's decision table for each match.",
        "Payments come from the clearing exchange's matching-engine queue as they land.",
        "The duplicate classifier is retrained with payer features every month.",
        "Voicemails from payers are transcribed with Parrotly and added to the invoice.",
    ],
)
def test_an_organisations_tables_a_retrained_model_or_a_named_transcriber_is_the_how(
    check: str,
) -> None:
    state, message = _problem(_BASE.format(check))
    assert state == "not met", message


@pytest.mark.parametrize(
    "check",
    [
        "A payment I cannot match goes to my team's queue.",
        "I can see the restaurant's tables booked by each client.",
        "I can retrain as a credit controller without losing my invoices.",
        "When the match model drifts I can retrain it before the month closes.",
        "Voicemails from payers are transcribed by Anna and added to the invoice.",
    ],
)
def test_a_teams_work_queue_a_persons_retraining_or_a_person_transcribing_is_no_build(
    check: str,
) -> None:
    state, message = _problem(_BASE.format(check))
    assert state == "met", message


def test_a_word_before_pushes_in_capitals_is_no_acronym_push() -> None:
    capitals = "AS A CLERK I WANT EACH INVOICE PAST DUE LISTED SO THAT I CAN CHASE IT.\n"
    assert _problem(capitals + "- A LATE FEE PUSHES THE TOTAL UP -> THE LIST SHOWS IT")[0] == "met"
    assert _problem(_BASE.format("Reminders go out as an FCM push to my phone."))[0] == "not met"
