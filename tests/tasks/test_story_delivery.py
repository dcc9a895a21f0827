"""The team's delivery work told as acceptance criteria: build tasks told as orders to the
team beside a delivery step, and a part of the build passing a test of a build's kind. Each
rule has a near form it must leave alone; every story here is written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._delivery import status_line, team_tests

CLERK = "As a finance clerk, I want to see overdue invoices, so that I can chase them early."


def test_build_tasks_beside_a_delivery_step_are_steps_too() -> None:
    # "write the reminder emails", "add letter templates" beside "deploy to staging": orders
    # to the team, each a verb of making and what it makes
    story = (
        f"{CLERK}\n\nAcceptance criteria:\n- build the overdue dashboard\n"
        "- write the reminder emails\n- add letter templates\n- PR reviewed and merged"
    )
    result = analyse(story, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert status_line("write the reminder emails")


def test_a_user_act_or_a_longer_line_is_no_build_task() -> None:
    # what a user does ("add my note to an invoice") or a sentence with more in it
    assert not status_line("add my note to the invoice")
    assert not status_line("Create list shows invoices overdue by a day")
    alone = f"{CLERK}\n\nAcceptance criteria:\n- add a reminder note\n- write a comment"
    assert analyse(alone, OVERDUE_INVOICES).state("criteria") != "not met"


def test_a_part_passing_a_build_test_checks_the_build() -> None:
    assert team_tests("the reminder service passes its load test")
    assert team_tests("The ledger sync passed the regression tests")
    # a user's own card or a check of the product's that is no code test
    assert not team_tests("my card passes the security check")
    assert not team_tests("I see that my payment passed the fraud test")
