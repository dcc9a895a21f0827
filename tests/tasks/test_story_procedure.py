"""Criteria that are procedures the organisation's people follow outside the product."""

from __future__ import annotations

import pytest

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._procedure import staff_procedure
from pmcourse._tasks.story._vague import negated_twin


@pytest.mark.parametrize(
    "line",
    [
        "Every cashier finishes a half-day training on the new till screen.",
        "Ward nurses are trained to read the alert banner.",
        "The returns policy is revised and emailed to branch managers.",
        "Porters follow the lost-property protocol.",
        "Drivers tell the depot by radio when a stop is skipped, as per the SOP.",
        "Missed deliveries are talked through at the weekly ops meeting.",
        "The stock sheet is signed off by the shift lead every evening.",
        "Volunteers must ring the office if a visit is cancelled (new policy).",
        # governance, regulation, audit trail, call-centre work
        "The tariff page is approved by Legal before launch.",
        "Refund limits are reviewed yearly by Group Risk.",
        "Risk signs off the new wording before go-live.",
        "Breaches are reported monthly to the risk committee.",
        "Refunds are issued as per FOS guidance.",
        "Fees are set according to our pricing standard (PS-12).",
        "Consent is captured under PSD2 Article 97.",
        "Each refund decision is written to the audit trail.",
        "Every override is logged with the officer's name and a timestamp.",
        "Staff read the welcome script to each new caller.",
        "Average handling time for billing calls stays below 5 minutes.",
        "Supervisors review 3 calls per agent per week.",
    ],
)
def test_procedure_people_follow_is_no_check(line: str) -> None:
    assert staff_procedure(line)


@pytest.mark.parametrize(
    "line",
    [
        # staff as users of the product: what they see is a check
        "Ward nurses see the reason for the alert on the bedside tablet.",
        "The cancellation policy is shown before I pay.",
        "I can read the refund policy from the order page.",
        "A failed call is retried according to that policy.",
        "The model is trained on last year's orders.",
        "I get a weekly summary of my spending.",
        "When my manager approves the request, I get an email.",
        "Prices are shown per SKU under the product name.",
        "My run is recorded with distance and pace.",
    ],
)
def test_product_checks_are_not_procedures(line: str) -> None:
    assert staff_procedure(line) is None


def test_story_of_procedures_fails_criteria() -> None:
    text = (
        "As a finance clerk, I want to see which invoices are overdue, so I can chase them.\n\n"
        "Acceptance criteria:\n"
        "- Every clerk completes a short training on the late-payments screen.\n"
        "- The collections procedure is updated to ask for a daily look at the list.\n"
        "- Late invoices appear in red text on the list.\n"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "not something the product does" in result.feedback


@pytest.mark.parametrize(
    "line",
    [
        "The report lists the ten slowest routes each week",
        "the courier sees the new drop-off time every morning",
        "the system emails the buyer at 8:00",
        # a machine named like a person's job ("reminder", "scheduler") on a clock
        "The reminder email arrives every Monday at 9:00",
        "the route planner refreshes each hour",
    ],
)
def test_product_on_a_schedule_is_no_routine(line: str) -> None:
    assert staff_procedure(line) is None


def test_vague_word_hyphened_onto_a_noun_is_a_name() -> None:
    from pmcourse._tasks.story._vague import vague_term

    assert vague_term("usage is read from the smart-meter every half hour") is None
    assert vague_term("an easy-to-use export")


@pytest.mark.parametrize(
    "line",
    [
        # a support desk's service target: orders to agents with a time, SLA figures,
        # canned replies the agents apply, tickets closed by a deadline
        "Answer every billing query within 8 working hours (SLA).",
        "Escalate to level 3 when the customer writes twice.",
        "Resolution SLA: 3 days for refunds.",
        "Apply the refund macro to duplicate-charge tickets.",
        'Macro "Late parcel apology" is applied on each reopened case.',
        "Every complaint ticket is resolved within 2 days.",
    ],
)
def test_support_service_target_is_no_check(line: str) -> None:
    assert staff_procedure(line) == "is a service target the support team keeps"


@pytest.mark.parametrize(
    "line",
    [
        # the product answering, or the user waiting for an answer, is observable
        "The assistant replies within 3 seconds with the invoice status.",
        "I get an answer within a day when I ask about a late invoice.",
        "A ticket waiting longer than 2 hours (our reply SLA) moves to the shared queue.",
    ],
)
def test_product_response_times_are_checks(line: str) -> None:
    assert staff_procedure(line) is None


CLERK_INNER = (
    "As a credit controller, I want to see which invoices are overdue, so I can chase them."
)


def test_staff_trained_with_no_verb_before_it_is_no_check() -> None:
    # a telegraphic "<staff> trained on ..." is a course people take, not the product
    text = (
        f"{CLERK_INNER}\n\nAcceptance criteria:\n"
        "- Overdue invoices are listed with their days past due\n"
        "- Credit clerks trained on the new chasing screen"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    assert "training" in result.feedback


def test_a_model_trained_on_data_is_not_staff_training() -> None:
    assert staff_procedure("Late-payment model trained on last year's ledger") is None
    assert staff_procedure("All credit clerks trained on the chasing screen")


# Round 26: the organisation's own routine and service level, told as checks.


@pytest.mark.parametrize(
    "line",
    [
        "Porters radio the ward when a bed is ready",
        "Duty nurse writes the next round's times on the whiteboard",
        "Reception staff must check ID at the front desk",
        "Volunteers sign the visitors' book on arrival",
        "Each adviser calls their five longest-waiting tenants before noon",
        "Stockroom supervisors walk the racks and note gaps on a clipboard",
    ],
)
def test_hand_work_of_staff_is_no_check(line: str) -> None:
    assert staff_procedure(line) == "is work the organisation's people do by hand"


@pytest.mark.parametrize(
    "line",
    [
        "Porters see on the tablet which bed is ready",
        "The duty nurse updates the round in the app and I see the new time",
        "I can sign the consent form on my phone",
        "Each adviser calls up the tenant's repair history",
        "A picker never walks to an empty bay",
        "Fewer walks to empty bays per shift",
    ],
)
def test_product_acts_of_staff_are_not_hand_work(line: str) -> None:
    assert staff_procedure(line) != "is work the organisation's people do by hand"


def test_service_level_books_and_board_reports_are_no_checks() -> None:
    assert staff_procedure("Claims move to payment within the 10 working day SLA")
    assert staff_procedure("Audit trail maintained.")
    assert staff_procedure("Quarterly report to the Scrutiny Committee.")
    assert staff_procedure("Till takings reconciled against the bank nightly")
    assert staff_procedure("Stock take completed monthly per store")
    # the user's own account, an SLA shown to the user, a report the product makes
    assert staff_procedure("My deposits are reconciled daily") is None
    assert staff_procedure("The audit trail is shown to me on the claim page") is None
    assert staff_procedure("A monthly summary of my claims is emailed to me") is None


def test_story_of_a_service_level_and_manner_fails_criteria() -> None:
    text = (
        "As a claimant I want to see where my claim is, so that I can plan.\n\n"
        "Acceptance criteria:\n"
        "- Claims move to payment within the 10 working day SLA.\n"
        "- Claimants are kept updated throughout.\n"
        "- Letters are customer-centric in tone."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    near = (
        "As a claimant I want to see where my claim is, so that I can plan.\n\n"
        "Acceptance criteria:\n"
        "- I am kept updated by text at each stage of my claim.\n"
        "- The claim page shows the date payment is due."
    )
    assert analyse(near, OVERDUE_INVOICES).state("criteria") == "met"


def test_imperative_to_make_it_nicer_is_vague() -> None:
    from pmcourse._tasks.story._vague import vague_term

    assert vague_term("Make the invoice page look nicer.")
    assert vague_term("Make the invoice page show the due date.") is None


@pytest.mark.parametrize(
    "line",
    [
        # a person of the organisation checks or signs off, in the passive, on a schedule
        "The fridge log is checked weekly by the kitchen manager.",
        "The payroll export is validated by the finance officer every month.",
        # a role opens the line and signs off, with no product in it
        "The head coach signs off the pitch inspection form.",
        "The club secretary signs off the refund policy each season.",
        # a person completes a paper sheet
        "Porters complete the handover check sheet at the depot.",
        # a report the organisation makes for a body, on a schedule
        "Quarterly safety report on near misses sent to the county council.",
        "Orders per hour reported monthly",
        # the vendor's own monitoring and build work
        "Error rate alarm configured in Datadog for the on-call rota.",
        "Parcelbase's platform team builds a panel for delivery lag.",
        # training told as a course done
        "Staff training on the new booking screen is completed.",
    ],
)
def test_organisation_acts_are_no_checks(line: str) -> None:
    assert staff_procedure(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Staff see the collector on the tablet.",
        "The refund policy is shown before I pay.",
        "I get the monthly report by email.",
        "The manager approves my leave and I see it approved.",
        "The weekly report shows each store's empty shelves.",
        "A weekly summary is sent to the store manager.",
        "My export is validated by the lab manager every quarter.",
        "The ward team adds a note to the visit.",
        "I get an alert when my endpoint is down.",
        "The club secretary sees the cancellation on the club page.",
    ],
)
def test_product_or_user_side_acts_of_staff_stay_checks(line: str) -> None:
    assert staff_procedure(line) is None, line


def test_story_with_organisation_acts_beside_one_check_fails_criteria() -> None:
    text = (
        "As a finance clerk I want overdue invoices flagged so that I can chase late payers.\n\n"
        "Acceptance criteria:\n"
        "- Given an invoice is past its due date, then I see it flagged as overdue.\n"
        "- The ledger export is validated by the finance manager every quarter.\n"
        "- Monthly aged-debt report sent to the board of trustees.\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"
    near = (
        "As a finance clerk I want overdue invoices flagged so that I can chase late payers.\n\n"
        "Acceptance criteria:\n"
        "- Given an invoice is past its due date, then I see it flagged as overdue.\n"
        "- I get the monthly aged-debt report by email.\n"
    )
    assert analyse(near, OVERDUE_INVOICES).state("criteria") == "met"


@pytest.mark.parametrize(
    "line",
    [
        # an approval, sign-off, review or completion with its agent, and nothing a user sees
        "Purchase order approved by the store manager before sending.",
        "Menu change reviewed by the head chef.",
        "Maintenance ticket closed on the CMMS by the team leader",
        "Grant claim authorised by FD",
        "Variation order signed off by the PM.",
        "Quarterly review of the supplier list by the buyer recorded",
        # an organisation's document or briefing, with or without its code
        "Lone-working procedure LW-3 followed on every night visit",
        "Escalation playbook for outages updated and approved.",
        "The trust's chaperone policy CP-9 is followed",
        "Fire drill briefing given to all kitchen staff before opening.",
        "Method statement for roof access revised for the new scaffold.",
        "The storeman signs the daily key register.",
        # a body's say-so ends the line
        "Data retention agreed with Legal.",
    ],
)
def test_approvals_and_papers_of_the_organisation_are_no_checks(line: str) -> None:
    assert staff_procedure(line), line


@pytest.mark.parametrize(
    "line",
    [
        "My refund approved by the manager shows in the app.",
        "A claim approved by the supervisor moves to Paid.",
        "Payments made by card are listed.",
        "The cancellation policy is shown before I book.",
        "The runbook link appears in the alert I get.",
        "A quote approved by the customer turns green.",
        "It is signed by the coordinator.",
        "The form is completed by email.",
        "The delivery time agreed with me is shown.",
    ],
)
def test_approvals_a_user_sees_stay_checks(line: str) -> None:
    assert staff_procedure(line) is None, line


def test_story_with_approvals_and_papers_fails_criteria() -> None:
    text = (
        "As a tenant I want to see when my repair is booked so that I can be in.\n"
        "Checks:\n"
        "- Repair order approved by the housing officer before booking.\n"
        "- Gas safety procedure GS-1 followed for every boiler job.\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"


def test_diary_lines_labelled_check_after_a_time_are_checks() -> None:
    text = (
        "Tue 08:10 - opened the rota like every week. As a shift nurse I want to see swaps "
        "I have been offered, so that I answer before the rota closes.\n"
        'Tue 08:12 - check: a swap offered yesterday shows under "Offers".\n'
        "Tue 08:13 - check: a swap withdrawn by the sender is gone.\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    near = (
        "Tue 08:10 - opened the rota. As a shift nurse I want to see swaps I have been "
        "offered, so that I answer before the rota closes.\n"
        "Tue 08:12 - I checked with the ward manager and she agreed.\n"
    )
    assert analyse(near, OVERDUE_INVOICES).state("criteria") == "not met"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a report, dashboard or figure for a team or body of the organisation
        ("Quarterly list of cancelled lessons sent to the sales team.", "report or dashboard"),
        ("A Tableau panel of refunds by store is set up for senior leadership.", "report"),
        # a key performance indicator, with no one seeing anything
        ("Ticket resolution KPI on the service desk board.", "performance indicator"),
        ("Missed pick-ups count towards the depot KPI.", "performance indicator"),
        # the brand's or house's style
        ("Reminder texts are written in the Dentaly house style.", "brand or house style"),
        ("Push notifications match the brand guidelines.", "brand or house style"),
        # a record on paper or filed in the organisation's own store
        ("Returned keys are entered in the key register and initialled by the caretaker.", "paper"),
        ("Hauliers sign the gate log when they leave.", "paper"),
        ("New checklist saved to the operations SharePoint.", "paper"),
        # a duty told as an action item, on a schedule or by a deadline
        ("Pharmacist to check the controlled drugs cupboard weekly.", "duty"),
        ("Engineer on call reviews failed backups within 30 minutes.", "duty"),
        # the organisation's people briefed, its own unnamed policy
        ("Reception staff are briefed about the new visitor passes.", "training"),
        ("Scans are deleted after 6 months per clinic policy.", "policy"),
        # a body of the organisation that prints by hand
        ("The bursary office prints the term's arrears list.", "by hand"),
    ],
)
def test_reporting_brand_and_duties_of_the_organisation_are_no_checks(line: str, kind: str) -> None:
    found = staff_procedure(line)
    assert found and kind in found, (line, found)


@pytest.mark.parametrize(
    "line",
    [
        "I get a weekly report of my lessons by email.",
        "The dashboard shows me my cancelled lessons.",
        "The KPI page shows each rep's calls this week.",
        "A weekly summary is sent to the store manager.",
        "Reception staff see the visitor's pass on the tablet.",
        "Hauliers see their gate slot in the app.",
        "My scan is kept for 6 months and I see the date it will be deleted.",
        "My receipt is saved to the expenses folder in the app.",
        "Limits are set per user policy.",
        "The scheduler checks for expired passes daily.",
        "Nurse on call sees the alert on her phone.",
    ],
)
def test_reports_and_records_a_user_sees_stay_checks(line: str) -> None:
    assert staff_procedure(line) is None, line


def test_story_of_internal_reporting_and_brand_fails_criteria() -> None:
    text = (
        "As a dental patient, I want a reminder before my check-up, so that I don't miss it.\n\n"
        "Acceptance criteria:\n"
        "- I get a text 2 days before my appointment.\n"
        "- Reminder texts follow the clinic's brand tone of voice.\n"
        "- Monthly no-show report is sent to the practice management team.\n"
        "- No-show rate KPI on the practice dashboard.\n"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    near = (
        "As a dental patient, I want a reminder before my check-up, so that I don't miss it.\n\n"
        "Acceptance criteria:\n"
        "- I get a text 2 days before my appointment.\n"
        "- I get a monthly report of my visits by email.\n"
    )
    assert analyse(near, OVERDUE_INVOICES).state("criteria") == "met"


@pytest.mark.parametrize(
    "line",
    [
        # conformance to a document named by its code, or a process named by its initials
        "Pallets are put away per WI-PA-7.",
        "Sterile packs are checked each shift per SOP-TH-04.",
        "A change request is raised per the ITIL process.",
        # a record in the organisation's own log, report or back-office system
        "The deviation is recorded in the CAPA log.",
        "Sign-off of the dosing logic is documented in the validation report.",
        "Late deliveries are logged in the CRM within a day.",
        # work handed to an internal function
        "Failed imports are monitored by IT operations.",
        "Faults are triaged by QA within a day.",
        "Leaks are investigated by the facilities team.",
    ],
)
def test_quality_system_is_no_check(line: str) -> None:
    assert staff_procedure(line), line


@pytest.mark.parametrize(
    "line",
    [
        "My complaint is logged and I get its reference number.",
        "The outage is shown on the status page.",
        "Prices are shown per SKU under the product name.",
        "Dates are shown per ISO 8601.",
        "Returns are handled by the FAQ page.",
        "My ride is recorded in my trip history.",
    ],
)
def test_user_facing_records_stay_checks(line: str) -> None:
    assert staff_procedure(line) is None, line


def test_story_of_quality_system_fails_criteria() -> None:
    text = (
        "As a ward pharmacist, I want doses over the limit flagged, so that I stop them "
        "before the round.\n\n"
        "Acceptance criteria:\n"
        "- Given a dose over the limit, when I open the chart, then it is flagged.\n"
        "- The dose-limit logic is covered by a PQ test script.\n"
        "- Patient satisfaction with the pharmacy reaches 90%.\n"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.state("criteria") == "not met", result.feedback
    near = text.replace(
        "- Patient satisfaction with the pharmacy reaches 90%.\n",
        "- The app shows my satisfaction survey after the round.\n",
    )
    assert analyse(near, OVERDUE_INVOICES).state("criteria") == "met"


def test_negated_twin_of_a_check_is_its_negative_case() -> None:
    text = (
        "As a shopper with coeliac disease, I want gluten shown on each product, so that "
        "I only buy what I can eat.\n\n"
        "Acceptance criteria:\n"
        "- Given a product contains gluten, then it is labelled.\n"
        "- Given it does not, then it is not.\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "met"
    assert negated_twin("If not, it isn't.", "When a bus is late, then it is marked.")
    # after a line that is no check with a condition, or with one negation only, the same
    # words name nothing
    assert not negated_twin("Given it does not, then it is not.", "Gluten is labelled.")
    assert not negated_twin("It is not.", "Given gluten, then it is labelled.")
    after_vague = text.replace("then it is labelled.", "then it works well.")
    assert analyse(after_vague, OVERDUE_INVOICES).state("criteria") != "met"


@pytest.mark.parametrize(
    "line",
    [
        # a body of staff trained or briefed, the whole line
        "The night reception desk is briefed.",
        "All porters are trained.",
        # one of a post reviews or signs off every case
        "A senior surveyor signs off each valuation.",
        "The duty pharmacist reviews every repeat order.",
        # a board or committee approves it
        "Release approved at the change advisory board.",
        "Menu change signed off by the food safety committee with a recall plan.",
        # the organisation's own review or audit as the proof
        "The clinic's notes audit confirms the patient was called.",
        "A quarterly spot check finds every booking confirmed.",
    ],
)
def test_a_staff_act_or_the_organisations_review_is_a_procedure(line: str) -> None:
    assert staff_procedure(line), line


@pytest.mark.parametrize(
    "line",
    [
        # what the product shows or does, beside the same words
        "The model is trained.",
        "A banner is shown to each visitor.",
        "The review screen confirms my answers before I send them.",
        "I see when my request is approved by the manager.",
        "The app reviews each photo for blur before upload.",
        "My booking shows the approval from the board.",
    ],
)
def test_the_products_own_act_stays_a_check(line: str) -> None:
    assert staff_procedure(line) is None, line


def test_two_staff_acts_make_no_criteria() -> None:
    text = (
        "As a patient, I want to know when my prescription is ready, so that I collect it "
        "in one trip.\n\nAcceptance criteria:\n"
        "- The dispensary team is briefed.\n- A pharmacist signs off each prescription.\n"
    )
    assert analyse(text, OVERDUE_INVOICES).state("criteria") == "not met"
    shown = text.replace("- The dispensary team is briefed.", "- I get a text when it is ready.")
    shown = shown.replace("- A pharmacist", "- The text names the branch; a pharmacist")
    assert analyse(shown, OVERDUE_INVOICES).state("criteria") != "not met"


@pytest.mark.parametrize(
    "line",
    [
        # a case referred to a post for its authority, a retention period, an action item
        "Any refund over £200 is referred to the store manager for approval.",
        "Orders over 50 kg are passed to the yard supervisor, who must sign the release.",
        "Call recordings retained for 6 months.",
        "Owner: Head of Catering; due end of May.",
        "Compliance to review the consent wording every quarter.",
        "Audit team samples 10% of closed jobs a month.",
        # a briefing under a policy, a course before go-live, a runbook written, a
        # document confirmed by a post, a notice served under a statute
        "Site fitters briefed under the working-at-height policy.",
        "Price lists updated and counter staff trained before launch.",
        "Runbook for failed payouts written and filed.",
        "Hot-work permit confirmed by the duty engineer before the job starts.",
        "Improvement notice served under HSWA.",
    ],
)
def test_the_organisations_duties_are_no_check(line: str) -> None:
    assert staff_procedure(line), line


@pytest.mark.parametrize(
    "line",
    [
        "My refund over £200 is referred to the store manager and I see who has it.",
        "My call recording is kept for 6 months and I can play it back.",
        "The booking is confirmed by text within a minute.",
        "I am told under the returns policy how long I have to send it back.",
        "The owner's name shows on the job card.",
        "The report lists each job under its site.",
    ],
)
def test_what_the_user_meets_of_those_duties_stays_a_check(line: str) -> None:
    assert staff_procedure(line) is None, line


@pytest.mark.parametrize(
    "line",
    [
        # a course for staff as a bare noun phrase, and a course the staff have had
        "Fire drill briefing for all porters before the new wing opens.",
        "Refresher training for the packers on the new route sheets.",
        "Cashiers have had training on the new tills.",
        # the vendor's team testing it, a sign-off by a post named as an owner
        "Tested in staging by the Parcelwise QA team.",
        "Approved by our service owner.",
        # a duty whose post is named after a service ("services" is no thing here)
        "Customer services adviser checks the open complaints at each shift change.",
        # an audit on a schedule with no agent, and an audit's requirements met
        "The ladder register is inspected each term.",
        "Ofsted audit requirements are met.",
    ],
)
def test_courses_tests_and_audits_of_the_organisation_are_no_check(line: str) -> None:
    assert staff_procedure(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Training for new members shows in my bookings.",
        "I have had training on the app and see my certificate.",
        "The scanner checks each parcel every shift and the screen shows the count.",
        "My gas meter is inspected each year and I see the date in the app.",
        "Signed off by the homeowner on the tablet.",
        "The service checks the feed every 5 minutes.",
    ],
)
def test_what_a_user_meets_of_courses_tests_and_audits_stays_a_check(line: str) -> None:
    assert staff_procedure(line) is None, line


@pytest.mark.parametrize(
    ("line", "procedure"),
    [
        ("Refresher training session held for the night shift.", True),
        ("Support team has a macro for late-invoice questions.", True),
        ("Help desk agents use the new macro for refunds.", True),
        # a session the user books, a macro the user (an agent) sees in the product
        ("I can book a training session held at my nearest gym.", False),
        ("The reply box offers a macro with the customer's name filled in.", False),
    ],
)
def test_training_held_and_support_macros_are_procedures(line: str, procedure: bool) -> None:
    assert bool(staff_procedure(line)) is procedure, line
