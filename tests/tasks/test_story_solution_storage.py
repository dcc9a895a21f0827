"""Problem orientation and persona rules first found on a bank programme's stories: storage
named by a column's identifier or a timed sync, and "first time" or "as a first step"."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

_BASE = (
    "As a credit clerk, I want overdue invoices listed, so that I can phone the late "
    "payers first.\nAcceptance criteria:\n- {}\n- I see how many days late each invoice is."
)


def _problem(text: str) -> tuple[str, str]:
    f = next(x for x in analyse(text, OVERDUE_INVOICES).findings if x.criterion == "problem")
    return f.state, f.message


@pytest.mark.parametrize(
    "check",
    [
        "A LATE_FLAG column on the ledger marks each unpaid invoice.",
        "The report reads an inv_overdue_days column.",
    ],
)
def test_a_column_named_by_its_code_identifier_is_storage(check: str) -> None:
    state, message = _problem(_BASE.format(check))
    assert state == "not met" and "column" in message, message


def test_a_sync_told_by_source_target_and_schedule_is_storage() -> None:
    state, message = _problem(
        _BASE.format("Payments are copied from the ledger into the portal every 10 minutes.")
    )
    assert state == "not met" and "every 10" in message, message


@pytest.mark.parametrize("phrase", ["first time buyer", "second time applicant"])
def test_first_time_without_its_hyphen_names_a_kind_of_person(phrase: str) -> None:
    text = (
        f"As a {phrase} I want to see which documents are still missing so that I can "
        "send them at once.\nAcceptance criteria:\n- I see each missing document\n"
        "- I get an email when one is added"
    )
    a = analyse(text)
    assert a.persona == phrase


def test_as_a_first_step_is_still_no_persona() -> None:
    text = (
        "As a first step I want to see which documents are missing so that I can send "
        "them.\nAcceptance criteria:\n- I see each missing document\n- I get an email"
    )
    assert analyse(text).persona is None
