"""Solution detail by kind: an algorithm named by a symbol, a method named by
the task it learns, an ordering clock, a build told by the named tool that does it; and
a developer product's SDK calls and client languages as its contract."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._text import clean_line

_BASE = (
    "As a credit clerk, I want overdue invoices listed, so that I can phone the late "
    "payers first.\nAcceptance criteria:\n- {}\n- I see how many days late each invoice is."
)

# a developer product: what its users call is part of it
PARCELS = Scenario(
    name="PARCEL_LABELS",
    users="developers at web shops who print parcel labels through the Labelly API and SDKs",
    need="print a parcel label for an order without retyping the address",
    contract=("internal interfaces",),
)


def _problem(text: str, scenario: Scenario = OVERDUE_INVOICES) -> tuple[str, str]:
    f = next(x for x in analyse(text, scenario).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    "check",
    [
        "Reminder routes use a D* search between the branches.",
        "A driver's visit order is planned with an A* path over the road map.",
        "Sentiment analysis of each reply sorts the disputes first.",
        "Object detection on the scanned remittance finds the invoice number.",
        "Payments are ordered with vector clocks across the two ledgers.",
        "Reminders are de-duplicated by comparing Lamport timestamps of the two copies.",
        "Each reminder sent is logged in Splunk with the invoice number.",
        "The late-fee rule is implemented with Drools in the billing service.",
    ],
)
def test_methods_clocks_and_named_tools_are_the_how(check: str) -> None:
    state, message = _problem(_BASE.format(check))
    assert state == "not met", message


@pytest.mark.parametrize(
    "check",
    [
        "Clients with an A* credit grade are listed last.",
        "I can search the list by client name.",
        "I see each client's answer to my last reminder.",
        "I am logged in with my Google account.",
        "Each reminder shows the time it was sent.",
    ],
)
def test_a_grade_a_search_box_and_a_sign_in_are_no_build(check: str) -> None:
    state, message = _problem(_BASE.format(check))
    assert state == "met", message


def test_a_star_after_a_lone_capital_is_kept_and_emphasis_is_still_removed() -> None:
    assert clean_line("plan an A* path") == "plan an A* path"
    assert clean_line("an *A* grade and *bold*") == "an A grade and bold"


_DEV = (
    "As a shop developer, I want a label for each paid order, so that packers stop "
    "retyping addresses.\nAcceptance criteria:\n- {}\n- A label has the order's address."
)


@pytest.mark.parametrize(
    "check",
    [
        "LabelClient.Print() returns a Retry result when the printer is offline.",
        "The Python and Ruby SDKs have labels.create(order) for the same label.",
        "The PHP, Go or Java packages print the same label.",
    ],
)
def test_a_developer_products_sdk_calls_and_languages_are_its_contract(check: str) -> None:
    state, message = _problem(_DEV.format(check), PARCELS)
    assert state == "met", message


def test_a_class_not_called_as_an_sdk_is_still_code_structure() -> None:
    state, message = _problem(_DEV.format("A LabelManager class keeps the printer queue."), PARCELS)
    assert state == "not met", message
    # in a product whose users are no developers, an SDK call is the team's code
    state, message = _problem(_BASE.format("ReminderClient.Send() returns a Sent result."))
    assert state == "not met", message
