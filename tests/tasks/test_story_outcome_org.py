"""The outcome judge: what an organisation is counted or held to (the work coming in to
it, a figure it owns, a standard or rating it keeps), a feeling of belonging to a group,
and a vague word about a thing inside a clause whose subject is people. Each with a story
written for the test."""

from __future__ import annotations

import storydata

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse

CHECKS = (
    "\n\nAcceptance criteria:\n- I can open the late invoices from the start page\n"
    "- Each late invoice shows how many days it is late"
)


def _outcome(outcome: str) -> str:
    text = f"As a small shop owner, I want a list of my unpaid bills, so that {outcome}."
    result = analyse(text + CHECKS, OVERDUE_INVOICES)
    return result.state("outcome")


def test_work_coming_in_to_an_organisation_that_drops_is_its_measure() -> None:
    # a count of the work an organisation takes in, with a place it comes into
    assert _outcome("repeat demand into the billing office drops") == "not met"
    assert _outcome("the backlog at head office comes down") == "not met"


def test_a_figure_owned_by_a_named_organisation_is_its_measure() -> None:
    # the article and the owner's name do not hide the figure heading the subject
    assert _outcome("the finance team's payment rate improves over the year") == "not met"


def test_a_standard_or_rating_an_organisation_keeps_is_its_gain() -> None:
    assert _outcome("the supplier keeps its 'Gold' service rating") == "not met"
    assert _outcome("the firm meets its five-day response standard") == "not met"
    assert _outcome("the bank achieves its paperless target") == "not met"
    # the persona's own target stays theirs to judge
    assert _outcome("I meet my monthly savings target") != "not met"


def test_a_feeling_of_belonging_to_a_group_is_the_groups_gain() -> None:
    assert _outcome("I feel glad to be part of the local traders' network") == "not met"
    assert _outcome("we feel part of the neighbourhood") == "not met"


def test_a_vague_word_in_a_clause_of_people_is_no_vague_state_of_a_thing() -> None:
    # "data analysts" start with a word for a thing, but the subject is people doing
    # something; the vague "improved" belongs to a clause about what they see
    scenario = storydata.scenario("EXPERIMENT_COMPARISON")
    text = (
        "As a platform engineer, I want to line up two training runs, so that data analysts "
        "can tell which setting improved the results without copying numbers by hand."
        "\n\nAcceptance criteria:\n- I can pick two runs and see their settings in one view\n"
        "- Each run shows which data it used"
    )
    result = analyse(text, scenario)
    assert result.state("outcome") != "not met", result.feedback


def test_an_organisation_passing_an_audit_is_its_standing() -> None:
    assert _outcome("we pass our tax inspection this spring") == "not met"
    assert _outcome("our trading company passes the annual audit and the owner is pleased") == (
        "not met"
    )
    # the persona's own gain after the audit stays theirs
    assert _outcome("I can close the audit file without chasing anyone") != "not met"


def test_a_count_of_people_told_by_the_maker_team_is_left_open() -> None:
    scenario = storydata.scenario("SPEND_LIMITS")
    vendor = scenario.vendor[0] if isinstance(scenario.vendor, tuple) else scenario.vendor
    text = (
        f"As {vendor}'s collections team, we want clearer bills, so that fewer clients "
        "complain about charges.\n\nAcceptance criteria:\n- Each bill lists every charge by day"
        "\n- A client can open a charge and see what caused it"
    )
    assert analyse(text, scenario).state("outcome") == "unsure"


def test_how_others_see_the_organisation_is_its_gain() -> None:
    # its brand or reputation as the subject of a linking or change verb
    assert _outcome("our trade brand looks more serious to lenders") == "not met"
    assert _outcome("the studio's reputation improves among clients") == "not met"
    # the brand as what the persona should love, even beside a gain of their own
    assert _outcome("I worry less and trust the Ledgerly brand") == "not met"
    # a brand as a product, or as a modifier, is not the organisation's standing
    assert _outcome("I never pay for a brand I did not order") != "not met"


def test_a_money_word_naming_a_thing_someone_reads_is_not_a_business_goal() -> None:
    # "revenue" heading the outcome is the maker's money; as the modifier of a report it
    # names the report, and the money rule leaves it to the checks that follow
    assert _outcome("revenue grows") == "not met"
    text = "As a small shop owner, I want a list of my unpaid bills, so that the profit report is right."
    found = analyse(text + CHECKS, OVERDUE_INVOICES).findings
    assert not any("business goal" in f.message for f in found if f.criterion == "outcome")


def test_a_thing_of_the_persona_s_own_that_works_is_their_gain() -> None:
    assert _outcome("my till keeps working") == "met"
    # the product working, told without "my", is no gain of the persona's
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert _outcome("the system works") == "unsure"


def test_staying_compliant_is_a_duty_of_the_organisation() -> None:
    # a law, policy or standard the organisation is held to, or its compliance figure
    assert _outcome("the practice stays compliant with the records regulations") == "not met"
    assert _outcome("the shop is fully compliant with its tax rules") == "not met"
    assert _outcome("invoice compliance stays at 98% this year") == "not met"
    # the persona's own doing near a compliance word stays theirs to judge
    assert _outcome("I can send the compliance team my bills on time") == "met"


def _told_by(persona: str, outcome: str, scenario: str = "LATE_CAR_RETURNS") -> str:
    text = f"As {persona}, I want to see which bookings are at risk, so that {outcome}."
    checks = "\n\nAcceptance criteria:\n- The list shows each booking\n- I can open a booking"
    return analyse(text + checks, storydata.scenario(scenario)).state("outcome")


def test_a_makers_aim_done_for_its_users_is_left_to_a_human() -> None:
    # the maker's "we" acting for the scenario's users may be counted as their gain
    assert _told_by("Shareway operations", "we can phone members before their trip") == "unsure"
    # the maker's own gain, with no user named, still fails
    assert _told_by("Shareway operations", "we save on staff") == "not met"


def test_a_builders_outcome_about_many_things_of_others_is_left_to_a_human() -> None:
    # a builder's outcome whose subject is the users' many things, which act
    assert _told_by("a backend developer", "partner apps stop sending stale bookings") == "unsure"
    # one part of the product, told by a builder, is still the product's goal
    # weak evidence, so unsure: under 90 % right on the tuned corpus (tests/bench/rules.py)
    assert _told_by("a backend developer", "the booking engine is faster") == "unsure"


def test_others_coming_to_know_something_is_a_sentence_not_a_keyword_heap() -> None:
    text = (
        "As a backend developer I want to compute journey times so that wards know when "
        "transport arrives.\n\nAcceptance criteria:\n- Wards see the arrival time\n"
        "- Patients get a text before pickup"
    )
    found = analyse(text, storydata.scenario("TRANSPORT_PICKUP_WAITS"))
    outcome = next(f for f in found.findings if f.criterion == "outcome")
    assert "strings keywords" not in outcome.message


def test_an_obligation_the_organisation_meets_is_a_duty_not_a_gain() -> None:
    # the organisation meeting a rule, an audit or a service level it is held to
    assert _outcome("the shop passes its yearly tax audit") == "not met"
    assert _outcome("the firm meets its reporting duty to the regulator") == "not met"
    assert _outcome("the helpdesk meets its agreed service level") == "not met"
    assert _outcome("we file every return as required by the tax office") == "not met"
    # a phrase in quotation marks is someone's speech, not the persona's own gain
    assert _outcome('inbound "am I paid yet" calls drop and the office meets its SLA') == "not met"
    # the persona's own doing beside such a word stays theirs
    assert _outcome("I can show my accountant the bills before my audit") == "met"


def test_doing_ones_job_or_a_denied_worry_is_what_any_feature_gives() -> None:
    assert _outcome("I can do my job") == "not met"
    assert _outcome("I'm not stressed") == "not met"
    # two feelings joined, the second how others regard the persona
    assert _outcome("I feel calm and respected as a customer") == "not met"
    # doing the job with something new in it is a gain
    assert _outcome("I can chase the oldest bills first") == "met"


def test_an_indefinite_pronoun_and_its_verb_are_a_sentence() -> None:
    # "nobody waits" is a whole clause, not a heap of keywords
    assert _outcome("nobody waits") != "not met"
    assert _outcome("nothing breaks") != "not met"


def test_none_of_a_bad_thing_is_a_result_even_without_a_verb() -> None:
    # "no surprise bill": the count of something the persona fears falls to none
    assert _outcome("no surprise bill") == "met"
    assert _outcome("no late fees") == "met"
    # "no longer" starts a sentence that still needs its verb; a bare noun heap stays a fragment
    assert _outcome("no longer") == "not met"
    assert _outcome("invoice visibility") == "not met"


def test_how_much_a_product_is_used_is_its_makers_measure() -> None:
    # usage told as a figure, as a state of the persona, or as coming back: the maker's
    # measure of success, with or without "our"
    assert _outcome("daily active users go up") == "not met"
    assert _outcome("I stay engaged with the app") == "not met"
    assert _outcome("our week-4 retention improves") == "not met"
    assert _outcome("shop owners come back to the dashboard every day") == "not met"
    assert _outcome("I open the app more often") == "not met"
    # a report of it is a thing someone reads, and using the product as a means is not
    # its usage as the goal
    assert _outcome("our retention dashboard isn't stale on Monday") != "not met"
    assert _outcome("I can keep using the app when my card expires") != "not met"


def test_anyones_contentment_is_what_any_feature_gives() -> None:
    result = analyse(
        "As a small shop owner, I want a list of my unpaid bills, so that my customers are "
        "happy with the service." + CHECKS,
        OVERDUE_INVOICES,
    )
    assert result.state("outcome") == "not met"
    assert "someone is content" in result.feedback
    assert _outcome("suppliers are satisfied") == "not met"
    # content that something is true is a judgement, not a mood
    assert _outcome("I am satisfied the totals match the bank") != "not met"


def test_a_commitment_an_organisation_meets_is_its_gain() -> None:
    assert _outcome("the college delivers on its net-zero pledges") == "not met"
    assert _outcome("the trust meets its open reporting commitments") == "not met"
    # the persona's own promise stays theirs to judge
    assert _outcome("I keep my promise to pay my suppliers on time") != "not met"


def test_an_organisations_charter_as_the_reason_is_its_word_kept() -> None:
    # even with the persona in it, the gain is told as the organisation keeping its word
    outcome = "I am kept informed in line with the bank's customer service charter"
    assert _outcome(outcome) == "not met"
    assert _outcome("I am paid as set out in our community strategy") == "not met"
    # terms the persona agreed are not the organisation's own pledge
    assert _outcome("I can pay each supplier in line with the agreed terms") != "not met"


def test_a_counted_drop_in_a_units_contacts_is_its_workload_figure() -> None:
    assert _outcome("the small-business helpline gets 300 fewer calls a week") == "not met"
    # the persona's own line, counted, may still be their gain
    assert _outcome("my shop's phone line gets 30 fewer calls a week") != "not met"


def test_a_models_score_held_to_a_number_is_how_the_model_is_judged() -> None:
    # a model's evaluation score kept above, or moved to, a bar
    assert _outcome("the matcher's recall on late bills is above 0.85") == "not met"
    assert _outcome("our classifier's accuracy stays over 97%") == "not met"
    assert _outcome("the false positive rate falls from 4% to 2%") == "not met"
    # precise in the persona's own work, with no score held to a number, stays theirs
    assert _outcome("I can chase each bill with precise amounts") != "not met"
    assert _outcome("I can recall which supplier I paid above 500 pounds") != "not met"


def test_a_figure_going_down_from_one_number_to_another_is_a_target() -> None:
    # the direction before the two figures: "goes down from 52 to 40 days"
    assert _outcome("our average days to pay goes down from 48 to 30 days") == "not met"
    assert _outcome("the overdue total goes up from 3 to 9 suppliers paid") == "not met"
    # the persona's own figure is left to the other checks
    assert _outcome("my own cash gap goes down from 40 to 20 days") != "not met"


def test_justifying_what_is_paid_for_the_product_keeps_its_sellers_customer() -> None:
    # the buyer's case for paying, even told by the persona
    assert _outcome("I can justify the yearly subscription to my partner") == "not met"
    assert _outcome("we can justify our spend on the tool at the next review") == "not met"
    # justifying a choice of the persona's own work stays theirs to judge
    assert _outcome("I can justify each reminder I send to a customer") != "not met"


def test_bare_growth_says_nothing_the_persona_then_does() -> None:
    assert _outcome("we can grow") == "not met"
    assert _outcome("I can scale up") == "not met"
    # growth with what it brings stays for the other checks
    assert _outcome("I can grow the shop without missing a supplier payment") != "not met"


def test_meeting_a_rule_of_any_kind_is_a_duty_whoever_tells_it() -> None:
    # a standard, requirement, scheme's rules or law met as the whole outcome
    assert _outcome("we meet the fire service's storage standard for paper records") == "not met"
    assert _outcome("our shop complies with the trading standards labelling rules") == "not met"
    assert _outcome("I am fully compliant with the HMRC record-keeping regulations") == "not met"
    assert _outcome("I comply with the making tax digital requirements") == "not met"
    # the persona acting before an inspector, or their own harm avoided, is theirs
    assert _outcome("I can show the tax inspector my bills when he visits") != "not met"
    assert _outcome("I don't pay a supplier twice by mistake") == "met"
    # the needs of people the persona serves are not a rule held over them
    assert _outcome("we meet our customers' delivery requirements") != "not met"
    # a rule given as a further reason after the persona's own gain is left to the rest
    text = (
        "As a small shop owner, I want a list of my unpaid bills, so that I can pay each "
        "one before its due date, so that we meet the supplier's trading rules."
    )
    assert analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome") == "met"


def test_an_organisation_holding_fewer_of_something_is_its_business_goal() -> None:
    # the supplier or the co-op with fewer debts or queries: its gain, not the persona's
    assert _outcome("the supplier has fewer unpaid accounts") == "not met"
    assert _outcome("the co-op has less chasing to do at month end") == "not met"
    # the persona's own business holding fewer of them is theirs
    assert _outcome("my shop has fewer overdue bills at month end") != "not met"


def test_a_rule_on_others_records_is_still_a_rule_and_a_named_code_is_one() -> None:
    # what is met decides whose it is: the customers' logs held to a rule are a duty
    assert _outcome("our customers' fridge logs comply with the food safety requirements") == (
        "not met"
    )
    # a code named as one, mid-sentence
    assert _outcome("the garage meets the Motor Industry Code for Service and Repair") == "not met"
    # the needs of people served stay theirs; a lower-case "code" is not a rule
    assert _outcome("we meet our customers' accessibility requirements") != "not met"
    assert _outcome("I can meet the code review deadline") != "not met"


def test_a_credential_kept_or_an_assessor_satisfied_is_the_organisations_standing() -> None:
    assert _outcome("our Gas Safe registration is kept") == "not met"
    assert _outcome("the surgery doesn't lose its CQC registration") == "not met"
    assert _outcome("our PCI assessor is satisfied at the annual review") == "not met"
    # the persona's own licence, or showing a record to an auditor, is left to the rest
    assert _outcome("I keep my driving licence") != "not met"
    assert _outcome("I can show the auditor which invoices were chased") != "not met"


def test_a_penalty_the_organisation_escapes_is_not_the_personas_gain() -> None:
    assert _outcome("the county FA doesn't fine the school for a late team sheet") == "not met"
    assert _outcome("the firm keeps within its loan covenant with the lender") == "not met"
    assert _outcome("the charity avoids a late filing penalty") == "not met"
    # a person escaping a fine is their own harm avoided
    assert _outcome("I am not fined for a late return") == "met"
    assert _outcome("tenants are not fined for paying rent a day late") != "not met"


def test_the_organisations_own_money_held_or_moved_is_a_business_goal() -> None:
    assert _outcome("the gross margin on our cleaning contract is protected") == "not met"
    assert _outcome("our creditor days stay under 30 for the board pack") == "not met"
    assert _outcome("we keep our volume rebate with the wholesaler") == "not met"
    # the persona's own money, and a clerk's cash flow (read as their own work's aim)
    assert _outcome("my shop has cash for the wages on Friday") != "not met"
    assert _outcome("I get paid on time") == "met"


def test_being_ready_for_an_audit_or_inspection_is_a_duty_the_organisation_meets() -> None:
    assert _outcome("our kitchen stays inspection-ready for the council's hygiene visit") == (
        "not met"
    )
    assert _outcome("the warehouse is ready for next spring's customs audit") == "not met"
    # a thing of the persona's own made ready for a customer's visit is left alone
    assert _outcome("I have the van ready for the first delivery") != "not met"


def test_compliant_with_a_named_rule_is_a_duty_too() -> None:
    assert _outcome("the pharmacy is GDP compliant") == "not met"
    assert _outcome("our card terminal stays PCI-compliant") == "not met"
    # "compliant" as a person's manner is no rule met
    assert _outcome("I can see which customers paid without a reminder") == "met"


def test_a_thing_spared_a_harm_is_left_to_a_human() -> None:
    # "isn't built on last week's figures": the thing the persona relies on no longer
    # suffers; careful readers labelled these either way (tests/bench/rules.py)
    assert _outcome("the month-end report isn't built on last week's figures") == "unsure"
    # a thing's state told plainly stays the product's goal
    assert _outcome("the month-end report is accurate") == "not met"


def test_a_rule_met_in_the_passive_or_licence_conditions_met_is_a_duty() -> None:
    # a rule as the subject, met in the passive; a licence's conditions met by anyone;
    # the organisation's own audit or testing coming out well
    assert _outcome("the hygiene regulations and our audit requirements are met") == "not met"
    assert _outcome("the haulier meets its operator licence conditions on rest breaks") == (
        "not met"
    )
    assert _outcome("our annual safeguarding audit shows no gaps") == "not met"
    # the persona's own requirements, and a customer's, are not a duty
    assert _outcome("my requirements are met") == "met"
    assert _outcome("the customer's requirements are met") != "not met"


def test_a_funnel_figure_or_a_figure_that_looks_good_is_the_organisations_measure() -> None:
    assert _outcome("the gym's trial-to-member conversion goes up") == "not met"
    assert _outcome("our donor retention figure for the trustees looks healthy") == "not met"
    # the persona's own figure is left to the checks below
    assert _outcome("my savings figure looks healthy") != "not met"


def test_fewer_contacts_to_an_organisation_persona_told_as_us() -> None:
    def told(persona: str, outcome: str) -> str:
        text = f"As {persona}, we want parents to see term dates online, so that {outcome}."
        return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")

    assert told("the school charity", "fewer parents phone us") == "not met"
    assert told("the parish council's clerks team", "emails and calls to us go down") == ("not met")
    # a household told as "we" is spared callers: its own gain
    assert told("a family of four", "fewer cold callers phone us") != "not met"


def test_a_creditors_or_insurers_own_money_told_as_we_is_a_business_goal() -> None:
    # money owed to the organisation recovered, its bad debt cut, claims it pays out
    assert _outcome("we claw back overpayments and reduce bad debt") == "not met"
    assert _outcome("we never pay out on staged claims") == "not met"
    # the one who owes or pays tells it otherwise: their own gain
    assert _outcome("we clear our arrears before the court date") != "not met"
    assert _outcome("we don't pay the same bill twice") != "not met"


def test_a_figure_told_as_our_that_moves_is_the_organisations_measure() -> None:
    # "our" with a measure, the subject of its own clause, even after a first clause
    assert _outcome("our first-time fix performance improves") == "not met"
    assert _outcome("rooms are booked and our occupancy figures look stronger") == "not met"
    # the persona's own figure, and "our" with people rather than a measure, are left alone
    assert _outcome("my repayment times get shorter") != "not met"
    assert _outcome("I can close the month and our suppliers get paid on time") == "met"


def test_a_figure_coming_down_below_a_bound_or_a_percent_we_hit_is_a_target() -> None:
    # "comes down ... to under 30": the bound before the number is still the target
    assert _outcome("our average days to pay come down from 45 to under 30") == "not met"
    # the teller's own percentage reached, "we hit our 98% on-time rate"
    assert _outcome("we hit our 98% on-time payment rate") == "not met"
    # a thing that comes to a sum, and the persona's own figure, are left to other checks
    assert _outcome("the amount I owe comes to zero by spring") != "not met"
    assert _outcome("my own cash gap comes down from 40 to under 20 days") != "not met"


def test_fewer_things_landing_on_the_tellers_group_is_its_intake() -> None:
    # told by a group, or with no persona at all, "our" is the organisation
    assert _told_by("the rentals desk", "fewer disputed charges hit our card account") == (
        "not met"
    )
    untold = analyse(
        "We want a list of unpaid bills, so that fewer reminder calls reach us." + CHECKS,
        OVERDUE_INVOICES,
    )
    assert untold.state("outcome") == "not met"
    # a person may mean their own business: left to a human
    assert _outcome("fewer bounced payments land in our bank account") == "unsure"
    # fewer harms reaching the people served is their gain, not the group's intake
    assert _outcome("fewer late notices reach our customers") != "not met"


def test_contentment_after_a_plain_move_or_regard_as_one_of_a_group() -> None:
    # "I come back happy": the same contentment as "I'm happy", after a plain move
    assert _outcome("I come back happy") == "not met"
    assert _outcome("we leave satisfied") == "not met"
    assert _outcome("I keep my customers happy") != "not met"
    # regarded as part of a group, like "valued as a member": the group's gain
    assert _outcome("I feel valued as part of the local network") == "not met"
    assert _outcome("I feel ready to take part in the traders' network") != "not met"


def test_knowing_how_it_is_going_names_nothing_known() -> None:
    assert _outcome("I know how it is going") == "unsure"
    assert _outcome("I know how the repair is going before I call") != "unsure"


def test_a_figure_told_by_its_owners_possessive_that_moves_is_its_measure() -> None:
    # any head noun, not only a word for a figure, once a body's possessive owns it
    assert _outcome("the depot's fuel spend goes down") == "not met"
    assert _outcome("Greenway's missed-collection complaints stay under 20 a week") == "not met"
    assert _outcome("the trust's waiting list falls") == "not met"
    # a person's own thing that moves is left to the other checks
    assert _outcome("the tenant's rent arrears go down") != "not met"
    assert _outcome("my daughter's reading age goes up") != "not met"
    assert _outcome("the child's reading age goes up") != "not met"


def test_a_thing_proved_to_an_auditor_or_done_under_a_rule_is_a_duty() -> None:
    # the verb "evidence": the organisation proving it keeps a rule
    assert _outcome("the fire-door checks are evidenced for our insurer's audit") == "not met"
    assert _outcome("Brightwell can evidence safe staffing under the care regulations") == "not met"
    # the organisation's own doing, told as done under a rule
    assert _outcome("we handle returns fairly under the Consumer Rights Act") == "not met"
    # the noun "evidence", and the persona's own right under a rule, are left alone
    assert _outcome("I can send the missing evidence to my accountant the same day") == "met"
    assert _outcome("I can claim my refund under the Consumer Rights Act") != "not met"


def test_the_organisation_as_the_subject_doing_or_keeping_its_own_is_its_goal() -> None:
    # an organisation, by the kind of body it is, with its own verb
    assert _outcome("the airline keeps its landing slots at Gatwick") == "not met"
    assert _outcome("the hospital passes its next fire inspection") == "not met"
    assert _outcome("the club can charge late fees sooner") == "not met"
    # a person named after the body ("the school nurse", "hotel guests") is left alone
    assert _outcome("the school nurse hears about an allergy the same day") != "not met"
    assert _outcome("hotel guests get their rooms on time") == "met"


def test_an_organisation_voice_with_its_own_goal() -> None:
    # "As the harbour authority, we want ...": the body speaking as "we", its outcome told
    # by the same "we" moving a figure or meeting a target, or by "our" things
    def judge(outcome: str, persona: str = "As the harbour authority, we want") -> str:
        text = f"{persona} skippers to book berths online, so that {outcome}."
        return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")

    assert judge("we cut berth turnaround time by 20%") == "not met"
    assert judge("we collect fewer late mooring fees by hand") == "not met"
    assert judge("we meet the port regulator's safety timescales") == "not met"
    assert judge("our berth occupancy figure goes up") == "not met"
    # near forms: the team at its own work is a user's gain; a person saying "we" is a person
    assert judge("we can see which berths are free before a boat arrives") == "met"
    assert judge("we collect fewer late mooring fees by hand", "As a harbour master, I want") == (
        "met"
    )


def test_a_figure_owned_by_our_named_body_or_that_grows() -> None:
    # "our" before the owner and a figure that grows are the same organisation keeping score
    assert _outcome("our loan book's default rate stays under 2%") == "not met"
    assert _outcome("Harrowfield's rental income grows") == "not met"
    # near forms: a person's figure, and people told by "our", are left to the other checks
    assert _outcome("the tenant's arrears go down") != "not met"
    assert _outcome("our new tenants' rent arrears go down") != "not met"


def test_an_organisation_voice_with_its_own_goal_in_a_joined_clause() -> None:
    # the body's own "our" after a clause about the users is still the body's goal
    def judge(outcome: str) -> str:
        text = (
            f"As the harbour authority, we want skippers to book berths online, so that {outcome}."
        )
        return analyse(text + CHECKS, OVERDUE_INVOICES).state("outcome")

    assert judge("skippers are told of free berths and our mooring income goes up") == "not met"
    # near form: the joined clause is the team at its own work, a user's gain
    assert judge("skippers find a berth and we can see which berths are free") == "met"


def test_an_organisation_voice_names_users_only_by_a_roles_head() -> None:
    # "clubs" is only the kind of secretary in "club secretary"; "referee payments" is
    # the league's own figure, with the role as its modifier
    scenario = storydata.scenario("MATCH_CANCELLATIONS")

    def judge(outcome: str) -> str:
        text = (
            "As the county league, we want postponed matches marked in the app on the day, "
            f"so that {outcome}.\n\nAcceptance criteria:\n"
            "- A postponed match shows as postponed in the fixture list\n"
            "- Both teams' players get a message within ten minutes"
        )
        return analyse(text, scenario).state("outcome")

    assert judge("we have to fine fewer clubs at the end of the season") == "not met"
    assert judge("our referee payments go out on time") == "not met"
    # near forms: the role's head named as people is the users' gain, left to the checks
    assert judge("we have to chase fewer club secretaries for late results") == "met"
    assert judge("our referees are not sent to cancelled matches") == "met"


def test_what_an_organisations_overseers_see_is_how_it_is_judged() -> None:
    # a funder, inspector, regulator or investor as the subject, or as whom it is for
    assert _outcome("the council's funder sees fewer missed payments") == "not met"
    assert _outcome("the inspectors find nothing to question") == "not met"
    assert _outcome("our shop looks tidy to investors") == "not met"
    assert _outcome("our shop's accounts are shown to the regulator") == "not met"
    # near forms: the persona's own task for them, and overseers in a clause of their own
    assert _outcome("I can send copies to our auditors") == "met"
    assert _outcome("we can report to our regulator") == "unsure"
    assert _outcome("my bills are paid and investors trust us") == "met"


def test_more_of_our_people_is_the_organisations_count() -> None:
    assert _outcome("more of our regular customers pay on time") == "not met"
    # near form: "them", who may be the persona's own concern, is left alone
    assert _outcome("more of them pay on time and I don't have to chase") == "met"


def test_a_long_named_code_or_a_rule_shown_to_its_checker_is_a_duty() -> None:
    # a rule's full name may run to many words before "code of practice"
    assert _outcome("we comply with the Late Payment of Commercial Debts Act code of practice") == (
        "not met"
    )
    assert _outcome("we can show the tax inspectorate that every bill was paid") == "not met"
    assert _outcome("we can prove to the auditors that nothing was missed") == "not met"
    # shown to the people the persona serves, it is left to the other checks
    assert _outcome("we can show the suppliers that every bill was paid") != "not met"


def test_what_an_employer_or_contractor_pays_or_recovers_told_as_we_is_its_books() -> None:
    # damages, penalties or crew it pays, or a charge it recovers, even after a first clause
    assert _outcome("the job finishes on time and we avoid paying damages to the client") == (
        "not met"
    )
    assert _outcome("we don't pay for extra agency staff at weekends") == "not met"
    assert _outcome("we recover the full day rate on every late return") == "not met"
    # a household's "we" that saves a bill or a pass, and the persona's own, are left alone
    assert _outcome("we don't pay for heating an empty flat") != "not met"
    assert _outcome("I don't pay penalties on my late bills") != "not met"


def test_overseers_in_a_clause_of_time_or_named_by_kind_alone_are_left_alone() -> None:
    # the overseer heads a "when" clause: the main clause after it says the gain
    assert _outcome("when the auditors visit I can hand them every bill at once") != "not met"
    # overseers by their kind alone, no "the" or "our": anyone's, often the users' own
    assert _outcome("inspectors get the certificates before they call") != "not met"
    # near forms: the organisation's own overseers heading the main clause
    assert _outcome("the auditors get the certificates before they call") == "not met"
    assert _outcome("our inspectors find nothing to question") == "not met"


def test_other_peoples_systems_as_the_outcome_are_left_to_a_reader() -> None:
    # the customers' systems may be the users' own gain, told through their tools: unsure
    assert _outcome("the customers' systems stop showing paid bills as late") == "unsure"
    # the product's own screen is still the product's goal, not the persona's
    assert _outcome("the dashboard stops showing paid bills as late") == "not met"
