"""The outcome judge: an outcome that is only a state of a record, the wanted notice
itself, or a feeling of how others regard the persona is no gain; a "to be able to" or a
bare "so" that a "so that" follows belongs to the want. Each with a story written for the test."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES, WEBHOOK_RETRIES
from pmcourse._tasks.story import Scenario, analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def test_to_be_able_to_before_so_that_is_part_of_the_want() -> None:
    text = (
        "As an accounts clerk, I want my assistant to be able to mark bills as paid, so "
        "that I can phone only the customers who still owe us." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.outcome is not None and result.outcome.startswith("so that I can phone")
    assert result.want is not None and "mark bills as paid" in result.want
    assert result.state("outcome") == "met", result.feedback


def test_to_be_able_to_alone_is_still_the_outcome() -> None:
    text = "As an accounts clerk, I want late bills in one list to be able to phone payers early."
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.outcome is not None and "phone payers early" in result.outcome


def test_a_bare_so_before_so_that_is_part_of_the_want() -> None:
    # the first "so" says what the wanted thing sets off; the "so that" says what it is for
    text = (
        "As an accounts clerk, I want overdue bills flagged so the reminder goes out, so that "
        "I can phone only the customers who still owe us." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.outcome is not None and result.outcome.startswith("so that I can phone")
    assert result.want is not None and "the reminder goes out" in result.want
    # a bare "so" on its own is still the outcome
    alone = "As an accounts clerk, I want overdue bills flagged so the reminder goes out."
    found = analyse(alone + CHECKS, OVERDUE_INVOICES).outcome
    assert found is not None and found.startswith("so the reminder")


def test_a_record_kept_current_is_no_gain() -> None:
    text = (
        "As an accounts clerk, I want payments matched to bills every night, so that the "
        "ledger stays up to date." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback
    assert "record or the system" in result.feedback


def test_a_record_kept_current_with_a_gain_after_it_passes() -> None:
    text = (
        "As an accounts clerk, I want payments matched to bills every night, so that the "
        "ledger is up to date and I never phone a customer about a bill already paid." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") != "not met", result.feedback


def test_being_told_by_the_wanted_alert_repeats_it() -> None:
    text = (
        "As an accounts clerk, I want an alert when a bill passes its date, so that I get "
        "alerted about overdue payments." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback
    assert "wanted notice itself" in result.feedback


def test_being_told_in_time_to_act_is_not_the_notice_again() -> None:
    text = (
        "As an accounts clerk, I want an alert when a bill passes its date, so that I get "
        "alerted in time to phone the payer before month end." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert "wanted notice itself" not in result.feedback, result.feedback


def test_feeling_regarded_in_a_role_is_no_gain() -> None:
    for outcome in (
        "so that I feel appreciated as an employee",
        "so that I feel the finance director trusts me",
        "so that I feel respected by my manager",
    ):
        text = f"As an accounts clerk, I want late bills on my start page, {outcome}." + CHECKS
        result = analyse(text, OVERDUE_INVOICES)
        assert result.state("outcome") == "not met", (outcome, result.feedback)
        assert "how others regard" in result.feedback


def test_a_feeling_of_ones_own_is_not_read_as_regard() -> None:
    text = "As an accounts clerk, I want late bills on my start page, so that I feel calm." + CHECKS
    result = analyse(text, OVERDUE_INVOICES)
    assert "how others regard" not in result.feedback, result.feedback


# ---- round 15: knowing what the want shows, an image in others' eyes, a figure held
# where it is, the persona's own team's workload
def _outcome(text: str, scenario: Scenario = OVERDUE_INVOICES) -> str:
    return analyse(text + CHECKS, scenario).state("outcome")


def test_knowing_what_the_want_shows_repeats_it() -> None:
    text = (
        "As an accounts clerk I want to see which customers paid late twice this year so "
        "that I know which customers paid late twice this year"
    )
    assert _outcome(text) == "not met"
    # knowing something the want does not show is a gain
    kept = "As an accounts clerk I want to see which customers paid late so that I know whom to ring first"
    assert _outcome(kept) != "not met"


def test_how_an_organisation_looks_to_others_is_its_image() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that the finance "
        "department looks efficient and tidy to the suppliers."
    )
    assert _outcome(text) == "not met"
    # the persona's own standing is not judged by this rule
    mine = (
        "As an accounts clerk, I want late bills on my start page, so that I look "
        "prepared to my manager."
    )
    assert _outcome(mine) != "not met"


def test_an_organisations_figure_that_does_not_grow_is_its_own() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that the firm's "
        "reminder numbers don't triple at year end."
    )
    assert _outcome(text) == "not met"


def test_fewer_contacts_for_the_personas_own_team_is_unsure() -> None:
    mine = (
        "As an integrating developer, I want failed events sent again, so that my help "
        "desk gets fewer tickets about missing orders."
    )
    assert _outcome(mine, WEBHOOK_RETRIES) == "unsure"
    theirs = (
        "As an integrating developer, I want failed events sent again, so that the help "
        "desk gets fewer tickets about missing orders."
    )
    assert _outcome(theirs, WEBHOOK_RETRIES) == "not met"


# ---- round 16: an organisation's target, score, periodic report or unit workload; an
# image of oneself; a harm that can no longer happen or a fault caught early
def test_meeting_a_target_named_by_its_owner_is_the_organisations() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that our office "
        "meets the bank's collection target of 90% at the audit."
    )
    assert _outcome(text) == "not met"


def test_something_getting_a_higher_rating_is_a_score() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that the accounts "
        "team earns a higher rating in the staff poll."
    )
    assert _outcome(text) == "not met"
    # the persona's own rating is not judged by this rule
    mine = (
        "As an accounts clerk, I want late bills on my start page, so that I get a "
        "better rating in my appraisal."
    )
    assert _outcome(mine) != "not met"


def test_a_figure_for_the_periodic_report_is_the_organisations() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that finance can "
        "give the directors a debtor-days figure below 40 in the monthly report."
    )
    assert _outcome(text) == "not met"


def test_less_work_for_a_unit_of_the_organisation_is_its_workload() -> None:
    text = (
        "As an accounts clerk, I want late bills on my start page, so that the firm "
        "chases fewer debts and its legal department has less work."
    )
    assert _outcome(text) == "not met"
    # the persona's own unit: the lighter load may be theirs
    own = (
        "As a collections officer, I want late bills on my start page, so that the "
        "collections team has less work."
    )
    assert _outcome(own) == "unsure"


def test_feeling_modern_is_an_image_of_oneself() -> None:
    text = "As an accounts clerk, I want late bills on my start page, so that I feel more stylish and innovative."
    assert _outcome(text) == "not met"
    # a feeling that is no image is still left to a reader
    calm = "As an accounts clerk, I want late bills on my start page, so that I feel safe."
    assert _outcome(calm) == "unsure"


def test_a_harm_that_can_no_longer_happen_or_is_caught_early_is_a_gain() -> None:
    cannot = (
        "As an integrating developer, I want failed events sent again, so that one mistyped "
        "address cannot lose a week of orders."
    )
    assert _outcome(cannot, WEBHOOK_RETRIES) == "met"
    caught = (
        "As an integrating developer, I want failed events sent again, so that a broken "
        "endpoint is spotted early and not by our customers."
    )
    assert _outcome(caught, WEBHOOK_RETRIES) == "met"


def test_a_count_that_falls_is_a_result_without_a_verb() -> None:
    text = (
        "Situation: clerks miss late bills.\nTask: show late bills.\n"
        "Action: a start page list.\nResult: fewer reminders." + CHECKS
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("outcome") != "not met", result.feedback
    assert "write a sentence" not in result.feedback, result.feedback


def test_seeing_what_a_job_makes_out_of_sight_is_unsure() -> None:
    text = (
        "As an accounts clerk, I want the amount owed calculated by a nightly job so that I see it."
    )
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "unsure", result.feedback


def test_seeing_what_the_want_shows_repeats_it() -> None:
    text = "As an accounts clerk, I want late bills shown on my start page so that I see them."
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert result.state("outcome") == "unsure", result.feedback


def test_a_pronoun_for_the_wanted_rows_being_visible_is_only_shown() -> None:
    text = "As an accounts clerk, I want paid bills faded to grey so that they are visible."
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback


def test_the_wanted_act_told_again_by_another_verb_of_its_kind_repeats_it() -> None:
    # conversing: "chat with the tutor" then "we can speak"; a purpose of the talk is a gain
    said = (
        "As a night-class student, I want to chat with my tutor in the portal so that we can speak."
    )
    result = analyse(said + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "not met", result.feedback
    purpose = said.replace("we can speak", "we can agree my essay deadline")
    result = analyse(purpose + CHECKS, OVERDUE_INVOICES)
    assert result.state("outcome") == "met", result.feedback


def test_seeing_or_knowing_the_one_thing_the_want_names_repeats_it() -> None:
    # sending again, seen under its other verb; knowing what a wanted list lists
    resent = "As a shop owner, I want failed e-mails resent at night so that I can see retries."
    assert analyse(resent + CHECKS, WEBHOOK_RETRIES).state("outcome") == "not met"
    known = "As a tenant I want a list of unpaid charges so that I know what is unpaid."
    assert analyse(known + CHECKS, OVERDUE_INVOICES).state("outcome") == "not met"
    # someone else seeing it, or knowing it before a later moment, is left to the reader
    others = "As a tenant I want a list of unpaid charges so that my landlord can see charges."
    assert analyse(others + CHECKS, OVERDUE_INVOICES).state("outcome") != "not met"
    later = "As a tenant I want a list of unpaid charges so that I know what is unpaid before I pay rent."
    assert analyse(later + CHECKS, OVERDUE_INVOICES).state("outcome") != "not met"


def test_the_makers_own_staff_working_faster_is_unsure() -> None:
    # Shipmate is the webhook scenario's maker: its own support agent's speed may be its cost
    staff = "As a Shipmate support agent, I want lost events replayed, so that I can answer tickets faster."
    assert analyse(staff + CHECKS, WEBHOOK_RETRIES).state("outcome") == "unsure"
    # the maker's customer working faster is the user's own gain
    user = staff.replace("Shipmate support agent", "Shipmate customer")
    assert analyse(user + CHECKS, WEBHOOK_RETRIES).state("outcome") == "met"


def test_being_told_beside_an_empty_state_is_still_only_being_told() -> None:
    # "in control", "reassured" of nothing named add no gain to being kept informed
    told = "As a site manager, I want a text when a delivery is late, so that I am {}."
    assert _outcome(told.format("kept informed and on top of things")) == "not met"
    assert _outcome(told.format("always updated and reassured")) == "not met"
    # a state with its own object is left to the checks below
    assert _outcome(told.format("informed and in control of the crane booking")) != "not met"


def test_a_degree_the_want_does_not_name_is_no_restatement() -> None:
    # "quickly", "only", "at the best price": how the persona is better off for the
    # wanted thing, not the thing again
    for outcome in ("I can see my overdue invoices quickly", "I only see the invoices I chase"):
        text = f"As an accounts clerk, I want to see my overdue invoices, so that {outcome}."
        result = analyse(text + CHECKS, OVERDUE_INVOICES)
        assert result.state("outcome") != "not met", result.feedback
    # the same words with no degree, or a degree the want already has, repeat the want
    for want, outcome in (
        ("to see my overdue invoices", "I can see my overdue invoices"),
        ("to see my overdue invoices quickly", "I can see my overdue invoices quickly"),
    ):
        text = f"As an accounts clerk, I want {want}, so that {outcome}."
        assert analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome") == "not met"
