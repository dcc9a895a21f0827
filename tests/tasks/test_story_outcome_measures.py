"""The outcome judge: a service level or target met by its owner's name or a
figure at its head, a figure held to a bound of money or a share, an organisation kept out
of legal trouble, the persona's stress denied, being informed of a named thing, a feeling
joined to trusting the maker, an organisation's measure beside a gain of the persona's
own, a thing had before a harm comes, and a bare "means" inside the want. Each with a
story written for the test, and a near form the rule must leave alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._parse import parse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def _outcome(outcome: str, want: str = "a list of my unpaid bills") -> str:
    text = f"As a small shop owner, I want {want}, so that {outcome}."
    return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")


def test_a_service_level_or_target_met_is_the_organisations_measure() -> None:
    assert _outcome("our accounts desk SLA is met") == "not met"
    assert _outcome("the branches hit the 95% same-day SLA in our contracts") == "not met"
    assert _outcome("we meet the council's late-payment target this year") == "not met"
    # answering inside a service level is something the persona then does
    assert _outcome("I can answer every query within our SLA") == "met"


def test_a_figure_held_to_a_bound_of_money_or_a_share_is_a_target() -> None:
    # (a figure named by its acronym, with where it is read, then held to a share)
    assert _outcome("the wholesaler's DIFOT on its scorecard stays above 97.5%") == "not met"
    assert _outcome("we keep our gross takings per visit above £30") == "not met"
    # a temperature kept in bounds is no target the organisation is judged by
    assert _outcome("the cold room stays below 5 degrees overnight") != "not met"


def test_an_organisation_kept_out_of_legal_trouble_is_its_gain() -> None:
    assert _outcome("the business avoids employment tribunal cases") == "not met"
    # the persona's own fine is their loss
    assert _outcome("I avoid late-filing penalties") == "met"


def test_the_personas_stress_denied_is_only_a_mood() -> None:
    assert _outcome("i dont feel stressed every morning") == "not met"
    assert _outcome("I'm not frustrated on a Monday") == "not met"
    # a worry about the thing itself may be the need, and is left to a reader
    assert _outcome("I'm not worried all weekend") != "not met"
    # stress the persona heads off by doing something is more than a mood
    assert _outcome("I'm not stressed and can pay my suppliers on time") == "met"


def test_being_informed_of_a_named_thing_is_being_told() -> None:
    assert _outcome("I am informed about my account balance") == "not met"
    assert _outcome("I'm kept informed of every change") == "not met"
    # informed in time to act names what knowing lets the persona do
    assert _outcome("I am informed about late bills in time to pay them") == "met"


def test_a_feeling_joined_to_trusting_the_maker_is_no_gain() -> None:
    assert _outcome("I feel respected and can trust Ledgerly & Co") == "not met"
    # trusting a thing of the persona's own, with no mood before it, is left alone
    assert _outcome("I can trust my cash figures") == "met"


def test_an_organisations_measure_beside_an_own_gain_is_left_to_a_reader() -> None:
    assert _outcome("our debtor days drop below 40 and I stop chasing at weekends") == "unsure"
    # the measure alone, told without the persona, is the organisation's
    assert _outcome("our debtor days drop below 40") == "not met"


def test_a_thing_had_before_a_harm_comes_is_no_repeat_of_the_want() -> None:
    want = "to know when my stock of till rolls runs low"
    assert _outcome("I can get till rolls for the shop before they run out", want) == "met"
    # having the wanted thing, with nothing after it, repeats the want
    assert _outcome("I can get till rolls", "to order till rolls") == "not met"


def test_a_bare_means_inside_the_want_leaves_the_outcome_to_so_that() -> None:
    text = (
        "As a blood donor, I want to see whether a new tablet means I can't donate, so that I "
        "don't travel to a session for nothing." + CHECKS
    )
    p = parse(text, OVERDUE_INVOICES)
    assert p.outcome is not None and p.outcome.text.startswith("so that I don't travel")
    assert p.want is not None and p.want.text.endswith("means I can't donate")
    # "which means" with no "so that" after it is still the outcome's lead
    text = "As a clerk, I want overdue invoices on top, which means I can phone them first."
    p = parse(text + CHECKS, OVERDUE_INVOICES)
    assert p.outcome is not None and p.outcome.text.startswith("which means I can phone")
