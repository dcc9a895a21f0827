"""The outcome judge: a harm avoided told without its auxiliary ("so I not get ...") or
by the things people own ("customers' X don't break"), a developer persona who owns a
system of its own, an OKR as an organisation's measure, a deal closed as a sale, and the
wanted thing done again. Each with a story written for the test."""

from __future__ import annotations

import storydata

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)
DEV_CHECKS = (
    "\n\nAcceptance criteria:\n- The changelog names the date of each key change 30 days ahead\n"
    "- Tokens signed with the old key still pass for two days after a change"
)


def _keys() -> storydata.Scenario:
    return storydata.scenario("SIGNING_KEY_ROTATION")


def test_a_harm_avoided_without_its_auxiliary_is_met() -> None:
    text = "As an accounts clerk, I want late bills listed daily, so my reminders not late."
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "met", result.feedback


def test_a_harm_avoided_by_things_the_users_own_is_met() -> None:
    text = (
        "As the token team, we want every key change announced a month ahead, so that "
        "developers' services don't reject sign-ins after the change."
    )
    result = analyse(text + DEV_CHECKS, _keys())
    assert result.state("outcome") == "met", result.feedback


def test_a_developer_whose_system_is_their_own_is_a_user() -> None:
    text = (
        "As an SRE whose login service checks the provider's tokens, I want "
        "a month's notice of each key change, so that our login service never turns away "
        "a valid sign-in."
    )
    result = analyse(text + DEV_CHECKS, _keys())
    assert result.state("outcome") == "met", result.feedback


def test_an_okr_key_result_is_the_organisations_measure() -> None:
    text = (
        "As an accounts clerk, I want late bills listed daily, so that our department's "
        "collections key result turns green this quarter."
    )
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_deals_closed_by_the_product_are_a_sale() -> None:
    text = (
        "As an accounts clerk, I want late bills listed daily, so that the product wins "
        "more deals with large firms."
    )
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_the_wanted_thing_done_again_repeats_the_want() -> None:
    text = (
        "As an accounts clerk, I want late bills sorted, so that late bills are sorted "
        "for the whole team by morning."
    )
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback
    assert "repeats the want" in result.feedback
