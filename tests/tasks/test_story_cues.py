"""Checks told in the writer's own shape: rows of labelled fields (a cue sheet), a dash
list pasted onto the heading's line, "when ...; when ..." after an inline heading, and a
heading in the writer's words that says when the matter is resolved; each with a story
written for the test and a near form that must be left alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import EMPTY_SHELVES, OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._cues import labelled_rows
from pmcourse._tasks.story._items import inline_checks, parse_block

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PICKER = "As a warehouse picker, I want my list to skip empty shelves, so that I walk less."


def test_rows_of_the_same_labelled_fields_are_checks() -> None:
    text = (
        "Run sheet - late bills (acceptance criteria)\n"
        f"Story: {CLERK}\n\n"
        "Step 1  Setup: a bill fell due on Friday and is unpaid.  Action: I open the "
        "ledger on Monday.  Seen: the bill is in the late group, 3 days late.\n"
        "Step 2  Setup: a bill falls due next week.  Action: I open the ledger.  "
        "Seen: the bill is not in the late group.\n"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_row_is_rewritten_as_one_step_from_setting_to_result() -> None:
    rows = labelled_rows(
        [
            "Card A  Before: shelf 4 is empty.  Do: I print my list.  See: shelf 4 is skipped.",
            "Card B  Before: no shelf holds it.  Do: I print my list.  See: it says out of stock.",
        ]
    )
    assert rows[0] == "given shelf 4 is empty, when I print my list, then shelf 4 is skipped"
    assert len(rows) == 2


def test_lines_with_labels_in_another_order_or_one_label_are_no_rows() -> None:
    # a record told field by field, one label to a line, is no row of checks
    assert not labelled_rows(["Situation: shelves run empty.", "Result: fewer walks."])
    # two labelled lines whose labels differ are not one sheet's rows
    assert not labelled_rows(
        [
            "Before: shelf 4 is empty.  Do: I print my list.  See: it is skipped.",
            "Owner: the floor lead.  Due: next sprint.  Cost: two days.",
        ]
    )
    # a sentence that happens to hold a label later on is not a row
    assert not labelled_rows(
        [
            "We spoke to the pickers on the night shift about it. Note: lists. See: below.",
            "We spoke to the pickers on the day shift about it too. Note: same. See: below.",
        ]
    )


def test_a_dash_list_on_the_heading_line_is_one_check_per_dash() -> None:
    text = (
        "as a finance clerk i want to see overdue invoices first so i can chase them. "
        "acceptance criteria: - an unpaid invoice past its due date shows as overdue "
        "- paid invoices drop off the list - the list shows how many days late"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_dashes_inside_a_check_do_not_split_it() -> None:
    # no leading bullet: a dash between words is the writer's aside
    rest = "unpaid invoices show as overdue - with the days late - on the dashboard"
    assert inline_checks(rest) == [rest]
    # a leading bullet, but the other dash is of another kind: one item
    rest = "- unpaid invoices show as overdue \u2013 with the days late"
    assert inline_checks(rest) == [rest]
    # bullets kept on each part, so the block reads each as a list item
    assert inline_checks("- paid ones drop off the list - late ones show in red") == [
        "- paid ones drop off the list",
        "- late ones show in red",
    ]


def test_when_clauses_split_by_a_semicolon_are_two_checks() -> None:
    text = (
        f"{PICKER} Acceptance criteria: when a shelf is empty it is not on my list; "
        "when no shelf holds the item the list says out of stock."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert result.state("criteria") == "met", result.feedback


def test_when_steps_on_their_own_lines_stay_one_scenario() -> None:
    items = parse_block(
        [
            (3, "When I open my list"),
            (4, "When I reach shelf 4"),
            (5, "Then shelf 4 is not on it"),
        ]
    )
    assert len(items) == 1
    # "when A; then B" split from one line is still one scenario
    items = parse_block([(3, "when shelf 4 is empty"), (3, "then it is not on my list")])
    assert len(items) == 1


def test_a_heading_that_says_when_the_matter_is_resolved_leads_its_checks() -> None:
    text = (
        "Dear team,\n\n"
        f"{CLERK}\n\n"
        "I would consider the matter resolved when: first, an unpaid invoice past its due "
        "date shows on my dashboard as overdue the next morning; second, an invoice leaves "
        "the overdue list on the day its payment is recorded.\n\n"
        "Kind regards,\nA. Clerk"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "met", result.feedback


def test_a_resolved_label_with_one_check_is_still_one_check() -> None:
    text = (
        f"{CLERK}\n\n"
        "I would consider the matter resolved when: overdue invoices are shown on my dashboard."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
