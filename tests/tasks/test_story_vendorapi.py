"""Another company's named API the product is asked to build on (``_vendorapi``), with a
story written for the test and near forms left alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import WEBHOOK_RETRIES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\nAcceptance criteria:\n"
    "- A webhook that failed during an outage arrives once the outage is over.\n"
    "- I can see how many times each webhook was tried."
)


def test_a_named_api_the_product_is_asked_to_call_is_not_met() -> None:
    text = (
        "As a developer at an online shop, I want Shipmate to look up each failed "
        "delivery in the Royal Mail Tracking API before it retries the webhook, so that "
        "my order statuses stay right." + CHECKS
    )
    result = analyse(text, WEBHOOK_RETRIES)
    assert result.state("problem") == "not met", result.feedback
    assert "Royal Mail Tracking API" in result.feedback


def test_the_users_own_api_or_one_in_the_reason_is_left_alone() -> None:
    own = (
        "As a developer at an online shop, I want Shipmate to retry the webhooks our "
        "Stripe API listener missed, so that my order statuses stay right." + CHECKS
    )
    why = (
        "As a developer at an online shop, I want Shipmate to retry failed webhooks, so "
        "that my calls to the Stripe API see the right order status." + CHECKS
    )
    assert analyse(own, WEBHOOK_RETRIES).state("problem") == "met"
    assert analyse(why, WEBHOOK_RETRIES).state("problem") == "met"


def test_the_product_moving_its_work_onto_a_named_service_is_not_met() -> None:
    text = (
        "As a developer at an online shop, I want Shipmate to move its retry queue over to "
        "Hookdeck whenever my endpoint is down, so that no event is lost." + CHECKS
    )
    result = analyse(text, WEBHOOK_RETRIES)
    assert result.state("problem") == "not met", result.feedback
    assert "Hookdeck" in result.feedback


def test_the_product_sending_to_a_person_or_the_users_system_is_left_alone() -> None:
    text = (
        "As a developer at an online shop, I want Shipmate to switch failed webhooks back to "
        "my endpoint once it answers again, so that no event is lost." + CHECKS
    )
    assert analyse(text, WEBHOOK_RETRIES).state("problem") == "met"
