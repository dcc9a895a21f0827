"""Who the persona is told as (apposition, the maker's founder, a person whose
clause says they write code) and merge fields in a template's braces."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES, WEBHOOK_RETRIES
from pmcourse._tasks.story import analyse

HOOK_CRITERIA = (
    "\n\nAcceptance criteria:\n"
    "- Given my endpoint was down for an hour, when it is back, then I receive every event I missed.\n"
    "- Given an event is delivered twice, then both copies carry the same event_id."
)
INVOICE_CRITERIA = (
    "\n\nAcceptance criteria:\n"
    "- Given an unpaid invoice past its due date, when I open the list, then it is marked overdue.\n"
    "- Given an overdue invoice is paid, when I open the list, then it is no longer marked."
)


def test_words_after_a_comma_describe_the_person_and_are_not_their_head() -> None:
    # the product named in an appositive clause is what the person uses, not who they are
    text = (
        "Who: finance clerk, twelve years, uses the app\n"
        "What: see which invoices are overdue\n"
        "Why: so that I can call the late payers before month end" + INVOICE_CRITERIA
    )
    assert analyse(text, OVERDUE_INVOICES).state("persona") != "not met"


def test_the_founder_of_the_maker_is_not_a_user() -> None:
    text = (
        "As the co-founder of Shipmate, I want failed webhook deliveries to be retried, so "
        "that the shops we serve see every status." + HOOK_CRITERIA
    )
    found = analyse(text, WEBHOOK_RETRIES).findings[0]
    assert found.state == "not met"
    assert "part of Shipmate" in found.message


def test_a_role_with_no_code_word_whose_clause_says_they_write_code_is_a_developer() -> None:
    text = (
        "As a bakery owner who maintains the backend of our web shop herself, I want missed "
        "webhook events sent again after my server is back, so that no parcel status is lost."
        + HOOK_CRITERIA
    )
    assert analyse(text, WEBHOOK_RETRIES).state("persona") == "met"


def test_a_merge_field_in_template_braces_is_not_code_structure() -> None:
    text = (
        "As a finance clerk, I want reminder emails with placeholders such as "
        "{{ invoice.due_date }} and {{client_name}}, so that I chase late payers without "
        "typing each one." + INVOICE_CRITERIA
    )
    assert analyse(text, OVERDUE_INVOICES).state("problem") == "met"
    bare = text.replace("{{ invoice.due_date }} and {{client_name}}", "invoice.due_date")
    assert analyse(bare, OVERDUE_INVOICES).state("problem") == "not met"
