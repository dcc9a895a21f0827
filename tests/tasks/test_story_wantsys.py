"""The organisation's own kit told as the want (``_wantsys``): a predictive model as the
want's subject, and the want's data posted into a messaging product's group; and no
false alarm on the same model in the outcome, a group in a check about today's habit,
a business model, or a product whose users build models; another maker's product part
named in the want (a "Dropbox folder"), and not the user's own system, the vendor's part or
a channel the user gets."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

REPAIRS = Scenario(
    name="DAMP_REPAIRS",
    need="tenants know when a damp or mould repair will be fixed",
    users="tenants of a housing association",
    user_roles=("tenant", "repairs planner"),
    vendor=("Fixwell",),
)
# a product for people who train models: their model is the product's contract
MODEL_LAB = Scenario(
    name="RUN_COMPARE",
    need="data scientists see which change made a model better",
    users="data scientists who train and compare models",
    contract=("algorithms and ML methods",),
)

_STORY = (
    "As a tenant, I want {}, so that {}.\n"
    "Acceptance criteria:\n- I see the date my repair is booked.\n"
    "- I am told the same day if the date moves."
)


def _problem(want: str, why: str = "mould is fixed before winter", sc: Scenario = REPAIRS) -> str:
    f = next(x for x in analyse(_STORY.format(want, why), sc).findings if x.criterion == "problem")
    return f"{f.state}: {f.message}"


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        (
            "the association's repairs-priority scoring model to rank damp reports higher",
            "scoring model",
        ),
        ("a propensity model to pick which tenants get a visit first", "propensity model"),
        ("the mould classifier retrained with photos from my estate", "mould classifier"),
        ("that the risk model's threshold is lowered for homes with children", "risk model"),
        ("repair dates posted in our estate Facebook group", "Facebook group"),
        ("the planner to post each booked slot to the tenants' WhatsApp group", "WhatsApp group"),
    ],
)
def test_a_model_or_a_messaging_group_as_the_want_is_the_how(want: str, quoted: str) -> None:
    verdict = _problem(want)
    assert verdict.startswith("not met"), verdict
    assert quoted in verdict


@pytest.mark.parametrize(
    ("want", "why", "sc"),
    [
        # the model in the outcome is the effect the user sees
        ("my damp report seen within a week", "the risk model flags fewer homes too late", REPAIRS),
        # a business model is no predictive one
        (
            "the association's business model explained on my tenancy page",
            "I know what my rent pays for",
            REPAIRS,
        ),
        # a group named, but not as where the want's data goes
        (
            "to know the date without asking in the WhatsApp group",
            "mould is fixed before winter",
            REPAIRS,
        ),
        # a product for those who train models: their model is the contract
        (
            "a churn model to compare against last week's run",
            "I see which change helped",
            MODEL_LAB,
        ),
    ],
)
def test_the_near_forms_are_left_alone(want: str, why: str, sc: Scenario) -> None:
    verdict = _problem(want, why, sc)
    assert verdict.startswith("met"), verdict


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("the damp photos saved in a Dropbox folder that the planner checks", "Dropbox folder"),
        ("each surveyor's position sent from Geotab trackers every minute", "Geotab trackers"),
        ("the booking to come from a Jenkins job that reads the planner's diary", "Jenkins job"),
        (
            "the contractor's ERPX works-order message to update my booking",
            "ERPX works-order message",
        ),
        ("the repairs line to ring me from a Vonage number", "Vonage number"),
        ("each booked visit written to a SharePoint list the planner reads", "SharePoint list"),
    ],
)
def test_another_makers_part_as_the_want_is_the_how(want: str, quoted: str) -> None:
    verdict = _problem(want)
    assert verdict.startswith("not met"), verdict
    assert quoted in verdict


@pytest.mark.parametrize(
    "want",
    [
        # the user's own system, the vendor's own part, generic initials, a channel
        "to see the repair date in our HR system",
        "the damp photos I keep in our Dropbox folder to reach the surveyor",
        "the Fixwell tracker to show my repair date",
        "a Slack message each morning with my repair date",
        "a WhatsApp message the day before the visit",
        "the repair booked against my VAT number",
        "a reminder before the CI engineer visits",
        # a maker's name told as a place, not the part doing the work
        "a text when the Leeds team books my repair",
        # a plain list is no maker's product
        "my repair on the waiting list to be shown to me",
    ],
)
def test_a_named_thing_the_user_owns_or_meets_is_no_makers_part(want: str) -> None:
    verdict = _problem(want)
    assert verdict.startswith("met"), verdict
