"""Outcome forms the judge reads by structure: two moods joined where the first says what
it is about or is a bad mood denied, a renewal told as members renewing or as renewals kept
up, compliance evidenced at an audit, an overseer as the subject of a later clause or named
rather than told by its kind (its inspection or audit, or the body finding nothing), a team
named by other work than building (not the system's builders), the persona's review or
recommendation in a clause joined on, a unit or business that has no more complaints,
what an organisation owns that is no figure of its own, people named by the kind of body
they work in, an organisation that only does a step of the work, and a second want read
as the outcome.
Each with a story written for the test, and a near form the rule must leave alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def _outcome(outcome: str, persona: str = "a small shop owner") -> str:
    text = f"As {persona}, I want a list of my unpaid bills, so that {outcome}."
    return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")


def test_two_moods_joined_where_the_first_says_what_it_is_about() -> None:
    assert _outcome("I feel more on top of my weekly accounts and less anxious") == "not met"
    assert _outcome("I feel calmer about the end of each quarter and more relaxed") == "not met"
    # a mood joined to something the persona then does is not only a mood
    assert _outcome("I feel more on top of my weekly accounts and can pay on time") == "met"


def test_a_bad_mood_denied_joined_to_being_valued_is_only_a_feeling() -> None:
    assert _outcome("I'm not embarrassed and feel respected as a customer") == "not met"
    assert _outcome("I am not frustrated and feel listened to") == "not met"
    # a bad mood denied beside a plan the persona can then make is left alone
    assert _outcome("I'm not embarrassed and can settle up before the weekend") == "met"


def test_members_renewing_or_renewals_kept_up_are_the_sellers_gain() -> None:
    assert _outcome("more people use the app and renew their membership") == "not met"
    assert _outcome("we keep our annual renewals high") == "not met"
    # how a member renews, or the persona's own renewal, is theirs
    assert _outcome("members can renew their membership without queueing") == "met"
    assert _outcome("I can renew my membership before it lapses") == "met"


def test_compliance_evidenced_at_an_audit_is_a_duty() -> None:
    assert _outcome("we can evidence compliance with the grant rules at audit") == "not met"
    # evidence the persona sends to someone is their own task
    assert _outcome("we can attach evidence to each customer's file with the right date") == ("met")


def test_an_overseer_as_the_subject_of_a_later_clause_is_how_the_body_is_judged() -> None:
    assert _outcome("our records show each reminder and the inspectors find nothing") == ("not met")
    # the overseers' own thing as a possessive is left to the other checks
    assert _outcome("our records show each reminder and the auditors' questions get answered") != (
        "not met"
    )


def test_a_team_named_by_other_work_is_not_the_systems_builders() -> None:
    # "the dev team" builds the product; "the sales team" is people the persona works with
    assert _outcome("the dev team can ship faster") == "not met"
    assert _outcome("the sales team can tell buyers when to expect a refund") != "not met"


def test_a_named_overseers_inspection_or_finding_is_how_the_body_is_judged() -> None:
    persona = "a practice manager"
    assert _outcome("the Charity Commission inspection goes well", persona) == "not met"
    assert _outcome("our books look tidy and the Ombudsman audit is clean", persona) == "not met"
    assert _outcome("staff keep calm and Trading Standards finds nothing", persona) == "not met"
    # the persona's own records ready for an inspection stay theirs, and a capital that
    # only starts a month or a determiner is no name
    assert _outcome("I have my records ready for the Ombudsman audit", persona) == "met"
    assert _outcome("our suppliers are paid before the May audit closes", persona) != "not met"


def test_a_review_or_recommendation_in_a_joined_clause_is_the_vendors_gain() -> None:
    assert _outcome("paying is painless and I leave a five-star review") == "not met"
    assert _outcome("the month closes quickly and I recommend the app to my friends") == "not met"
    # someone else's bad review avoided, or a plain clause joined to a plan, is left alone
    assert _outcome("I can pay on time and nobody leaves a one-star review") != "not met"
    assert _outcome("the month closes quickly and I can pay my rent") == "met"


def test_a_business_that_has_no_more_complaints_is_its_workload() -> None:
    persona = "a regular customer"
    assert _outcome("the bakery has no more complaints about late orders", persona) == "not met"
    # the persona with no more late fees of their own is a gain of theirs
    assert _outcome("I have no more late fees on my card", persona) == "met"


def test_an_organisations_own_product_is_not_its_figure() -> None:
    # what the organisation owns may be the product the persona runs for others: not a
    # figure or its money, so not the organisation's own gain for certain
    assert _outcome("the firm's invoice screens stop showing paid bills as late") != "not met"
    # its figure or its money, owned and told as the subject, is its own gain
    assert _outcome("the firm's overdue figures stay accurate for the board") == "not met"
    assert _outcome("the firm's cash position is reported to the bank each month") == "not met"


def test_people_named_by_the_kind_of_body_they_work_in_are_not_the_body() -> None:
    # "store managers" are people doing something, not the store ("store" reads as a
    # verb too, so the subject's people are not found before this rule)
    assert _outcome("store managers chase the late bills before the weekend") != "not met"
    # the body itself with its own verb is still the organisation
    assert _outcome("the store issues fewer appeals") == "not met"


def test_a_second_want_joined_by_and_to_is_not_the_outcome() -> None:
    text = (
        "As a small shop owner, I want a list of my unpaid bills, and to be able to export "
        "it from /bills?from=<date>, so that I can chase each customer before the month ends."
    )
    assert analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome") == "met"
    # without the later "so that" the placeholder in the outcome still counts
    text = "As a small shop owner, I want a list of my unpaid bills, so that <benefit>."
    assert analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome") == "not met"


def test_an_organisation_doing_a_step_of_the_work_is_not_its_own_goal() -> None:
    # "the practice can resend the returned bills": a body that does a step of the work
    # may be the people the persona's work serves; not its own goal for certain
    persona = "a developer at a billing software company"
    assert _outcome("the practice can resend the returned bills quickly", persona) != "not met"
    assert _outcome("the practice sends a new copy before the due date", persona) != "not met"
    # the same body reaching a goal, a measure or an obligation of its own is its gain
    assert _outcome("the practice meets its contract", persona) == "not met"
    assert _outcome("the practice gets fewer late payments", persona) == "not met"
    assert _outcome("the practice complies with the audit rules", persona) == "not met"
