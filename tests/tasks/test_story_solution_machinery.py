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
