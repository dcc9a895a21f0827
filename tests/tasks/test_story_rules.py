"""Issue 22's general rules, one regression test each: three-valued verdicts, personas
in prose, builders and vendor teams, vague criteria, outcomes that restate the want or
serve the system, solution detail by kind, product names, an API product's contract,
the half-points cap, and no ✔ quoting what a ✘ flags."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES, WEBHOOK_RETRIES
from pmcourse._tasks.story import Analysis, Scenario, analyse

CRITERIA = (
    "\n\nAcceptance criteria:\n"
    "- Given an unpaid invoice past its due date, when I open the list, then it is marked overdue.\n"
    "- Given an overdue invoice is paid, when I open the list, then it is no longer marked."
)
HOOK_CRITERIA = (
    "\n\nAcceptance criteria:\n"
    "- Given my endpoint was down for an hour, when it is back, then I receive every event I missed.\n"
    "- Given an event is delivered twice, then both copies carry the same event_id."
)


def state(result: Analysis, criterion: str) -> str:
    return result.state(criterion)


@pytest.mark.parametrize(
    "opening",
    [
        (
            "Maria is an accounts receivable assistant at a print shop. She wants to see which "
            "invoices are overdue so that she can chase them before the month closes."
        ),
        (
            "A bookkeeper who looks after the accounts for three cafes wants to see which invoices "
            "are overdue, so that she can chase them on Mondays."
        ),
        (
            "I own a 5-person plumbing firm and do the invoicing myself. I want to see which "
            "invoices are overdue so that I can chase them before payday."
        ),
        (
            "When I (a finance clerk) open the invoice list, I want to see which invoices are "
            "overdue, so I can chase them first."
        ),
    ],
)
def test_a_persona_in_prose_is_found_and_never_failed(opening: str) -> None:
    result = analyse(opening + CRITERIA, OVERDUE_INVOICES)
    assert result.persona is not None
    assert state(result, "persona") != "not met", result.feedback


def test_a_job_story_with_no_role_is_not_passed() -> None:
    text = "When I open the list on Monday, I want to see overdue invoices, so I can chase them."
    assert state(analyse(text + CRITERIA, OVERDUE_INVOICES), "persona") != "met"


@pytest.mark.parametrize(
    "who",
    [
        "the API team",
        "the notifications team",
        "a platform engineer",
        "a TPM",
        "an engineer at Shipmate",
    ],
)
def test_builders_and_the_vendors_teams_are_not_users(who: str) -> None:
    text = (
        f"As {who}, I want events retried while a shop's endpoint is down, so that shops "
        "do not lose events." + HOOK_CRITERIA
    )
    f = analyse(text, WEBHOOK_RETRIES).findings[0]
    assert f.state == "not met", f.message
    assert "builds the product" in f.message or "the product's maker" in f.message


def test_a_person_outside_the_scenarios_users_is_left_to_a_human() -> None:
    text = (
        "As an online shopper, I want my order's shipment events to arrive even when the shop's "
        "endpoint was down, so that I know where my parcel is." + HOOK_CRITERIA
    )
    assert state(analyse(text, WEBHOOK_RETRIES), "persona") == "unsure"


def test_a_finance_team_is_a_user_but_a_product_owner_is_a_builder() -> None:
    text = "As {}, I want to see which invoices are overdue so that I can chase them." + CRITERIA
    assert state(analyse(text.format("the finance team"), OVERDUE_INVOICES), "persona") == "met"
    assert state(analyse(text.format("a product owner"), OVERDUE_INVOICES), "persona") == "not met"


@pytest.mark.parametrize("vague", ["intuitive", "user-friendly", "fast", "modern", "accurate"])
def test_a_criterion_resting_on_a_vague_term_is_not_observable(vague: str) -> None:
    text = (
        "Acceptance criteria:\n"
        f"- The pick list is {vague} for every picker.\n"
        "- A shelf with none of the item left is never on my pick list."
    )
    f = analyse(text, EMPTY_SHELVES).findings[0]
    assert f.state == "not met" and vague in f.message, f.message


@pytest.mark.parametrize(
    ("outcome", "why"),
    [
        ("so that overdue invoices are visible on my dashboard", "repeats the want"),
        ("so that overdue invoices are visible", "what the product shows"),
        ("so that the dashboard can show overdue invoices", "goal of the system"),
        ("so that the code is cleaner", "goal of the system"),
    ],
)
def test_an_outcome_that_restates_the_want_or_serves_the_system_fails(
    outcome: str, why: str
) -> None:
    text = f"As a finance clerk, I want to see overdue invoices on my dashboard, {outcome}."
    f = analyse(text + CRITERIA, OVERDUE_INVOICES).findings[1]
    assert f.state == "not met" and why in f.message, f.message


@pytest.mark.parametrize(
    ("detail", "kind"),
    [
        ("train a CNN on past invoices", "algorithms and ML methods"),
        ("use PCA and self-organising maps", "algorithms and ML methods"),
        ("score invoices with a random forest", "algorithms and ML methods"),
        ("build a data mart on top of the data warehouse", "storage and infrastructure"),
        ("add a microservice", "storage and infrastructure"),
        ("use a React component", "named technologies"),
        ("show them in red", "UI layout and styling"),
        ("add an OverdueService class", "code structure"),
    ],
)
def test_solution_detail_is_named_by_its_kind(detail: str, kind: str) -> None:
    text = f"As a finance clerk, I want you to {detail} so that I can chase late payers." + CRITERIA
    f = analyse(text, OVERDUE_INVOICES).findings[3]
    assert f.state == "not met" and kind in f.message, f.message


def test_a_products_own_camelcase_name_is_not_code() -> None:
    text = (
        "As a warehouse picker using the GoCart robot and PickPro, I want to see which "
        "invoices are overdue so that I can chase them." + CRITERIA
    )
    assert state(analyse(text, OVERDUE_INVOICES), "problem") == "met"


def test_the_api_contract_is_product_and_the_vendors_internals_are_not() -> None:
    contract = (
        "As an integrating developer, I want events my endpoint missed while it returned HTTP 5xx "
        "to be redelivered with the same event_id, so that I can rebuild my order pages."
        + HOOK_CRITERIA
    )
    assert state(analyse(contract, WEBHOOK_RETRIES), "problem") == "met"
    internals = contract.replace("to be redelivered", "to be kept in a retry table by a worker")
    f = analyse(internals, WEBHOOK_RETRIES).findings[3]
    assert f.state == "not met" and "retry table" in f.message, f.message


def test_a_technique_the_story_rejects_is_not_prescribed() -> None:
    text = (
        "As an integrating developer, I want every event I missed while my endpoint was down, "
        "so that I can delete my polling job." + HOOK_CRITERIA
    )
    assert state(analyse(text, WEBHOOK_RETRIES), "problem") == "met"


def test_missing_problem_orientation_caps_the_score_at_half() -> None:
    text = (
        "As a finance clerk, I want overdue invoices stored in a Redis cache and shown in a "
        "React table, so that I can chase late payers." + CRITERIA
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert state(result, "problem") == "not met"
    assert result.fraction == 0.5


def test_no_tick_quotes_words_a_cross_flags() -> None:
    text = (
        "As a finance clerk, I want to see overdue invoices, so that I can spot the ones in red "
        "and chase them first." + CRITERIA
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert state(result, "problem") == "not met" and "in red" in result.findings[3].message
    ticks = [f.message for f in result.findings if f.state == "met"]
    assert ticks and not any("in red" in m for m in ticks)


def test_an_unsure_criterion_sends_the_answer_to_review_and_counts_only_decided_ones() -> None:
    text = (
        "When I open the invoice list on Monday morning, I want to see which invoices are "
        "overdue, so that I can call those customers first." + CRITERIA
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.review
    assert result.fraction == pytest.approx(4 / 5)
    line = result.findings[0].line
    assert line.startswith("? Persona:") and "check this point against the checklist" in line
    assert "rewrite" not in line.lower()


def test_a_scenarios_users_and_builders_are_data() -> None:
    clinic = Scenario(
        need="book an appointment",
        users="patients",
        user_roles=("patient",),
        builders=("booking team",),
        topic=("appointments?|bookings?", "book|see|get"),
    )
    text = "As {}, I want to book an appointment so that I can see my GP this week." + (
        "\n\nAcceptance criteria:\n- I can book a free slot from my phone.\n"
        "- A booked slot is no longer offered to anyone else."
    )
    assert analyse(text.format("a patient"), clinic).findings[0].state == "met"
    assert analyse(text.format("the booking team"), clinic).findings[0].state == "not met"


def test_a_keyword_heap_written_as_gherkin_is_no_criterion() -> None:
    text = "Acceptance criteria:\n- Given empty shelf picker when pick list then no walk.\n"
    f = analyse(text + "- A picker is never sent to an empty shelf.", EMPTY_SHELVES).findings[0]
    assert f.state == "not met" and "strings keywords together" in f.message, f.message


def test_checks_of_how_it_is_built_leave_the_criteria_to_a_human() -> None:
    text = (
        "As a finance clerk, I want to see overdue invoices so that I can chase them.\n\n"
        "Acceptance criteria:\n- Overdue invoices are cached in Redis every hour.\n"
        "- Given an invoice is paid, then it is no longer listed as overdue."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert state(result, "criteria") == "unsure"
    assert "checks how it is built" in result.findings[2].message


def test_a_failed_outcome_is_not_quoted_as_keeping_the_need() -> None:
    text = (
        "As a parcel recipient, I want to see my delivery window so that the app shows an "
        "arrival time." + CRITERIA
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert state(result, "outcome") == "not met"
    ticks = [f.message for f in result.findings if f.state == "met"]
    assert not any("so that the app shows an arrival time" in m for m in ticks)


def test_an_off_topic_story_gets_no_example_of_good_criteria() -> None:
    text = (
        "As a finance clerk, I want to export last year's paid invoices to a spreadsheet so "
        "that I can prepare the annual audit.\n\nAcceptance criteria:\n"
        "- Given I pick a year, then I get a file with every paid invoice of that year.\n"
        "- Given a year with no invoices, then I am told there is nothing to export."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert state(result, "topic") == "not met"
    assert state(result, "criteria") == "met" and "e.g." not in result.findings[2].message
