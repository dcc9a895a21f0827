"""The user-story analyser: every labelled corpus story, the realistic cases of issue 10,
and feedback that quotes what it is based on."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import storydata

from pmcourse import AnswerError
from pmcourse._tasks import story
from pmcourse._tasks._base import NotAttempted
from pmcourse._tasks.ch04 import (
    BAD_STORY,
    EMPTY_SHELVES,
    MODEL_STORY,
    OVERDUE_INVOICES,
    WEBHOOK_RETRIES,
)
from pmcourse._tasks.story import (
    Scenario,
    Story,
    analyse,
)

STORIES = storydata.tuned()
# Disagreements with the labels that are known and accepted, with the reason. The
# labels stay as a careful reviewer would set them; each entry must keep failing
# (xfail_strict), so fixing one forces it off this list.
# The value names the criteria the analyser decides against the label; bench.py lists
# them. Each is a rule still to generalise, never a per-story pattern.
KNOWN_MISSES: dict[str, str] = {
    "h63-bv-15": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4); topic labelled met, judged not met: the story asks for "read access to the admissions team\'s care-management tables…" (line 1), another feature than the scenario\'s need; the need is to …; the rule is still to generalise',
    "h67-vp-17": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 3): "When a steward says it has reopened, the app shows it as…" (line 5); "When a ste…; the rule is still to generalise',
    "h55-ap-11": 'outcome labelled not met, judged met: "so that we keep our reputation as the most accessible venue in the…" (line 1); the rule is still to generalise',
    "h64-fs-02": 'problem labelled met, judged not met: "through the Premises API" (line 1) tells the team how to build it (protocols and third-party services); describe what the user needs instead; the rule is still to generalise',
    "h57-ch-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "Every change of collector is stored with the time and the…"; the rule is still to generalise',
    "h58-dc-10": 'problem labelled met, judged not met: "recorded and confirmed in Keeperbook" (line 1) tells the team how to build it (third-party platforms and integrations); describe what the user needs…; the rule is still to generalise',
    "h54-wh-11": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "test_retry_delivers_after_outage(): mock endpoint returns…"; the rule is still to generalise',
    "h57-oi-09": 'topic (unsure_ok) labelled not met, judged met: "the invoice email to tell me when my invoice has gone overdue" (line 1) keeps the need; the rule is still to generalise',
    "h57-oi-16": 'topic (unsure_ok) labelled not met, judged met: "note the date a customer promised to pay when I ring them about an…" (line 1) keeps the need; the rule is still to generalise',
    "h57-es-16": 'topic (unsure_ok) labelled not met, judged met: "I can report an empty shelf with two taps from the pick screen." (line 4) keeps the need; the rule is still to generalise',
    "h57-bu-02": 'persona labelled not met, judged met: "child who takes the school bus" (line 1) is someone in the need\'s situation; the rule is still to generalise',
    "h57-bo-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h57-sr-19": 'topic (unsure_ok) labelled not met, judged met: the outcome "so that orthodontic referrals aren\'t returned for a missing…" (line 1) says the want serves the need; the rule is still to generalise',
    "h57-lb-14": 'criteria (unsure_ok) labelled not met, judged met: 3 observable checks under "Acceptance criteria" (line 3) (lines 4 to 6), e.g. "I see the lab\'s query on the case the same day it is raised."; the rule is still to generalise',
    "h57-lb-16": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 5 to 6), e.g. "Does it come on time?"; the rule is still to generalise',
    "h57-rc-15": 'criteria (unsure_ok) labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 6), e.g. "Patients not booked a month after their reminder show on my…"; the rule is still to generalise',
    "h57-rc-18": 'topic labelled not met, judged met: "be told straight away when my monthly plan payment fails" (line 1) keeps the need; the rule is still to generalise',
    "h57-rc-19": 'topic (unsure_ok) labelled not met, judged met: "a text the day before each booked appointment" (line 1) keeps the need; the rule is still to generalise',
    "h58-oi-09": 'topic (unsure_ok) labelled not met, judged met: "a reminder from their app a few days before and on the day my invoice…" (line 1) keeps the need; the rule is still to generalise',
    "h58-oi-17": 'topic (unsure_ok) labelled not met, judged met: "send each customer a monthly statement showing everything they still…" (line 1) keeps the need; the rule is still to generalise',
    "h58-es-13": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "My pick list only shows shelves with stock"; the rule is still to generalise',
    "h58-as-02": "outcome (unsure_ok) labelled met, judged not met: \"so that our customers' on-call engineers get one page per incident…\" (line 1) is a gain for Tracewell, the product's maker, not for its users; say w…; the rule is still to generalise",
    "h58-cc-02": 'topic (unsure_ok) labelled not met, judged met: "see whether my exams in the January assessment…" (line 1), with the criterion "My exam timetable shows clashes in red" (line 4), keeps the need; the rule is still to generalise',
    "h58-ds-02": 'persona (unsure_ok) labelled not met, judged met: "As a dentist" (line 1) names a specific kind of user; the rule is still to generalise',
    "h58-sp-02": 'outcome (unsure_ok) labelled not met, judged met: "so that my rating on Leftly stays at 4.8 stars" (line 1); the rule is still to generalise',
    "h58-te-02": 'problem labelled met, judged not met: "GCP" (line 4) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h58-sh-01": 'outcome (unsure_ok) labelled not met, judged met: "so that my monthly contact figures are easy to pull together" (line 1); the rule is still to generalise',
    "h58-at-16": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "A transfer with a failed health screen shows held with…"; the rule is still to generalise',
    "h58-at-17": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "I can read a transfer\'s change history"; the rule is still to generalise',
    "h58-at-19": 'topic (unsure_ok) labelled not met, judged met: "sandbox test transfers that I can put on hold and reschedule myself" (line 1) keeps the need; the rule is still to generalise',
    "h58-at-20": 'topic labelled not met, judged met: the outcome "so that the receiving keepers know its routine before it arrives" (line 1) says the want serves the need; the rule is still to generalise',
    "h58-dc-17": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "The door reader beeps when the bucket\'s diet is out of date"; the rule is still to generalise',
    "h58-sf-06": 'persona labelled met, judged not met: "As a member of the ticketing team" (line 2) is someone who builds the product, not someone who uses it; write it for visitors who book day tickets a…; the rule is still to generalise',
    "h58-sf-10": 'problem labelled met, judged not met: "API" (line 1) and "the API" (line 1) tell the team how to build it (internal interfaces); describe what the user needs instead; the rule is still to generalise',
    "h58-sf-16": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "The ANPR camera reads my plate as I join the queue"; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h58-sf-18": 'outcome labelled met, judged not met: "so that I can see the safari too" (line 1) repeats the want; say what it lets the persona achieve; the rule is still to generalise',
    "h56-oi-06": 'topic (unsure_ok) labelled not met, judged met: "a reminder before an invoice goes overdue" (line 1) keeps the need; the rule is still to generalise',
    "h56-gp-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "unmatched addresses are looked up in Google Places"; the rule is still to generalise',
    "h55-oi-16": 'topic (unsure_ok) labelled not met, judged met: "send each customer a monthly statement of account…" (line 1), with the criterion "The statement lists each open invoice with its…" (line 5), keeps t…; the rule is still to generalise',
    "h55-es-15": 'topic (unsure_ok) labelled not met, judged met: "When I press "Shelf empty" at B14, replenishment sees B14 on their…" (line 4) keeps the need; the rule is still to generalise',
    "h55-kr-02": "topic labelled not met, judged met: the outcome \"so that our customers don't think they've left our site when they…\" (line 1) says the want serves the need; the rule is still to generalise",
    "h55-rf-02": 'topic (unsure_ok) labelled not met, judged met: "get the check-in closing time for each sailing through the API" (line 1) keeps the need; the rule is still to generalise',
    "h55-sk-07": 'topic (unsure_ok) labelled not met, judged met: the outcome "so that we can ship the change to customers\' tickets knowing it works…" (line 1) says the want serves the need; the rule is still to generalise',
    "h55-sk-18": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "I can connect to the replica with a read-only login."; the rule is still to generalise',
    "h55-pb-09": 'outcome labelled not met, judged met: "so that the season launch sells out in the first week" (line 1); the rule is still to generalise',
    "h55-pb-18": 'topic (unsure_ok) labelled not met, judged met: "see the seats I had last season highlighted on the seat map when…" (line 1) keeps the need; the rule is still to generalise',
    "h56-mp-02": 'outcome labelled not met, judged met: "so that payroll runs on time and our wage costs match the budget" (line 1); the rule is still to generalise',
    "h56-cs-01": 'persona labelled met, judged not met: "As a second engineer on fortnightly swings" (line 1) is someone who builds the product, not someone who uses it; write it for masters, chief…; the rule is still to generalise',
    "h56-ld-02": 'criteria labelled not met, judged met: 3 observable checks under "Acceptance criteria" (line 2) (lines 3 to 5), e.g. "late deliveries flagged on the board"; the rule is still to generalise',
    "h56-co-10": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h56-rl-19": 'outcome labelled not met, judged met: "so that I have them ready if the Environment Agency asks" (line 1); the rule is still to generalise',
    "h56-ac-09": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "assisted houses show on the tablet"; the rule is still to generalise',
    "h56-ac-12": 'outcome labelled not met, judged met: "so that complaints to councillors about missed assisted bins stop…" (line 1); the rule is still to generalise',
    "h56-ac-18": 'topic (unsure_ok) labelled not met, judged met: "the tablet to warn me at houses where a dangerous dog or an…" (line 1) keeps the need; the rule is still to generalise',
    "h53-oi-16": 'topic (unsure_ok) labelled not met, judged met: "the app to warn me when a customer who always paid on time starts…" (line 1) keeps the need; the rule is still to generalise',
    "h53-es-16": 'topic (unsure_ok) labelled not met, judged met: "Given I tap "shelf empty", then a refill task for that shelf appears…" (line 3) keeps the need; the rule is still to generalise',
    "h53-mc-02": 'persona (unsure_ok) labelled not met, judged met: "As a gate agent" (line 1) names a specific kind of user; the rule is still to generalise',
    "h53-be-02": 'outcome labelled not met, judged met: "so that i am not waiting on the roadside not knowing" (line 1); the rule is still to generalise',
    "h53-dw-02": 'outcome (unsure_ok) labelled not met, judged met: "so that the DC knows when I will arrive at the dock" (line 1); the rule is still to generalise',
    "h53-mr-02": 'outcome labelled not met, judged met: "so that I can check the VAT reclaimed is backed by receipts" (line 1); the rule is still to generalise',
    "h53-fx-02": 'criteria labelled not met, judged met: 2 observable checks (lines 2 to 3), e.g. "i get a message"; the rule is still to generalise',
    "h53-fr-17": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 2): "Given the load plan changes, then the probability is…" (line 4); "Given a bookin…; topic (unsure_ok) labelled not met, judged met: "Freight Connect to run … on the deck officers\'…" (line 1) keeps the need; the rule is still to generalise',
    "h53-fr-18": 'topic (unsure_ok) labelled not met, judged met: "ask Freight Connect how many lane metres of deck space are left on…" (line 1) keeps the need; the rule is still to generalise',
    "h53-fr-20": 'topic labelled not met, judged met: "our drivers to book a cabin and a meal voucher…" (line 1), with the criterion "Given a driver is booked on a sailing, then I can…" (line 3), keeps t…; the rule is still to generalise',
    "h53-sp-19": 'topic (unsure_ok) labelled not met, judged met: "be told as soon as my booked sailing is delayed or cancelled because…" (line 1) keeps the need; the rule is still to generalise',
    "h53-cs-10": 'persona labelled not met, judged met: "wife of a chief engineer on swings" (line 1) is how the scenario names its users (masters, chief engineers, deck officers, engineers and electro-tec…; the rule is still to generalise',
    "h54-dw-02": 'persona (unsure_ok) labelled not met, judged met: "forklift driver who unloads the trailers" (line 1) is someone in the need\'s situation; the rule is still to generalise',
    "h54-cp-02": 'topic (unsure_ok) labelled not met, judged met: "tell the nursery in the app that I\'m running 15 minutes late for…" (line 1) keeps the need; the rule is still to generalise',
    "h54-bp-01": 'topic labelled not met, judged met: the want "pay my course fees in monthly instalments" (line 1) adds detail ("monthly instalments") to what the rest of the story says of the need; the rule is still to generalise',
    "h54-vr-19": 'topic (unsure_ok) labelled not met, judged met: "read the documented cut-off dates for submitting applications through…" (line 1) keeps the need; the rule is still to generalise',
    "h54-pt-10": 'outcome labelled not met, judged met: "so that I can stop worrying about the smoke" (line 1); the rule is still to generalise',
    "h41-wa-18": 'topic (unsure_ok) labelled not met, judged met: "Heraldlink to use a recommendation algorithm to predict which…" (line 1) keeps the need; the rule is still to generalise',
    "h27-wp-11": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 2): "Cows in milk withdrawal are marked on the milking list with…" (line 3); the rule is still to generalise',
    "h51-wh-15": 'topic (unsure_ok) labelled not met, judged met: "rotate the signing secret of my Shipmate webhooks without downtime" (line 1) keeps the need; the rule is still to generalise',
    "h51-gp-02": 'problem labelled met, judged not met: "A batch job" (line 4) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h51-np-02": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 3): "I can order the upgrade and see when it starts." (line 5); "I can see the faster…; the rule is still to generalise',
    "h51-po-14": 'topic labelled met, judged not met: the story asks for "the app to tell me if my flight being late means i go over my parking" (line 1), not the scenario\'s need; the need is to travelle…; the rule is still to generalise',
    "h51-po-19": 'topic (unsure_ok) labelled not met, judged met: the outcome "so that I do not pay for a day I am not parked" (line 1) says the want serves the need; the rule is still to generalise',
    "h51-po-20": 'topic labelled not met, judged met: "add an electric-car charge to my booking" (line 1) keeps the need; the rule is still to generalise',
    "h51-nc-10": 'outcome labelled not met, judged met: "so that fewer complaints reach our MP and the consultative committee" (line 1); the rule is still to generalise',
    "h51-nc-18": 'topic (unsure_ok) labelled not met, judged met: "see live aircraft tracks over my village on a map, with each plane\'s…" (line 1) keeps the need; the rule is still to generalise',
    "h52-oi-08": 'topic (unsure_ok) labelled not met, judged met: "a warning when I raise a new invoice for a customer who already has…" (line 1) keeps the need; the rule is still to generalise',
    "h52-es-08": 'topic (unsure_ok) labelled not met, judged met: "When a shelf I pick from has 2 or fewer left, my handheld asks me to…" (line 4) keeps the need; the rule is still to generalise',
    "h52-sf-01": 'problem labelled met, judged not met: "rows of a table" (line 5) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h52-vd-11": 'criteria (unsure_ok) labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "Planners can approve variations up to £500 and contract…"; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h52-vd-13": 'topic (unsure_ok) labelled not met, judged met: "Repairs Connect to tell us when a tenant rings Brookmead\'s contact…" (line 1) keeps the need; the rule is still to generalise',
    "h52-mi-11": 'topic (unsure_ok) labelled not met, judged met: "book a time to view it online so that I can see it before I…" (line 1) is about the need and asks for nothing else; the rule is still to generalise',
    "h49-pr-02": 'problem labelled met, judged not met: "a blue badge" (line 1) tells the team how to build it (UI layout and styling); describe what the user needs instead; the rule is still to generalise',
    "h49-co-01": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "See whether my change made the cut-off."; the rule is still to generalise',
    "h49-fn-18": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h49-oc-03": 'persona labelled met, judged not met: "I run the crew" (line 1) is someone who builds the product, not someone who uses it; write it for on-call (retained) firefighters who book their ava…; the rule is still to generalise',
    "h50-oi-16": 'problem labelled met, judged not met: "top left" (line 4) tells the team how to build it (UI layout and styling); describe what the user needs instead; the rule is still to generalise',
    "h50-sk-02": 'topic (unsure_ok) labelled not met, judged met: the outcome "so that I can change it when a contractor leaves without breaking…" (line 1) says the want serves the need; the rule is still to generalise',
    "h50-cc-02": 'topic (unsure_ok) labelled not met, judged met: "see how the repair on my own car is going and when it will be ready" (line 1) keeps the need; the rule is still to generalise',
    "h50-ch-09": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h50-cf-01": 'persona labelled met, judged not met: "As the manager of a busy town-centre pub" (line 1) is one of those the scenario says are not its users ("the business development managers"); write …; the rule is still to generalise',
    "h50-cf-02": 'problem labelled met, judged not met: "python" (line 3) tells the team how to build it (named technologies); describe what the user needs instead; the rule is still to generalise',
    "h50-td-10": 'persona labelled not met, judged met: "As the visitor centre" (line 1) names a specific kind of user; the rule is still to generalise',
    "h50-td-18": 'topic (unsure_ok) labelled not met, judged met: "move my booking to another date myself online" (line 1) keeps the need; the rule is still to generalise',
    "h37-sp-16": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h26-ev-14": "problem: judge agreement (Cohen's kappa) on the vendor's calibration set and scoring workers that autoscale on queue depth pass; the vendor's own calibration and scaling in the checks are a rule still to generalise",
    "h46-oi-13": 'criteria labelled met, judged not met: 2 checks under "Acceptance criteria" (line 3), and each checks how it is built rather than what a user observes, e.g. "An unpaid invoice past its due…; the rule is still to generalise',
    "h29-es-15": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "The spreadsheet shows on the handheld."; the rule is still to generalise',
    "oi-developer-outcome": "criteria labelled met, judged not met: both checks test the is_overdue column the want prescribes; later slices label checks of the prescribed kit not met (h3-al-03, h4-tm-03), so the labels disagree",
    "h31-dd-01": 'outcome labelled met, judged not met: "so that I know which sessions I am working" (line 1) repeats the want; say what it lets the persona achieve',
    "h48-am-13": 'problem labelled met, judged not met: "the OpenAPI" (line 5) tells the team how to build it (code structure, named technologies); describe what the user needs instead; the rule is still to generalise',
    "h47-br-02": 'outcome labelled met, judged not met: "so that I know my backups work" (line 1) repeats the want; say what it lets the persona achieve; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h47-tu-02": 'topic labelled met, judged not met: the story asks to "send" in "send confirmation for every top-up" (line 1), an action the need does not name; its criteria check that ("confirmation s…; the rule is still to generalise',
    "h47-bo-02": 'persona labelled met, judged not met: "home worker broadband outage area status estimated fix time…" (line 1) strings the need\'s keywords together, not a kind of user; write it for home b…; the rule is still to generalise',
    "h47-mp-02": 'outcome labelled not met, judged met: "so that payroll always closes on time" (line 1); the rule is still to generalise',
    "h47-ca-02": 'topic labelled not met, judged met: "compare prices of garages near me before I book a service" (line 1) keeps the need; the rule is still to generalise',
    "h47-dc-02": 'persona (unsure_ok) labelled not met, judged met: "As a dentist" (line 1) names a specific kind of user; the rule is still to generalise',
    "h47-sb-19": 'topic labelled not met, judged met: "report brown water coming out of my kitchen tap with a photo" (line 1) keeps the need; the rule is still to generalise',
    "h48-cp-02": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 3): "Given staff hand over a child, then they confirm the…" (line 5); "Given a parent…; the rule is still to generalise',
    "h48-eg-15": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "learners find out if the course is running"; the rule is still to generalise',
    "h45-mb-09": 'outcome (unsure_ok) labelled met, judged not met: "so that fleet software shows drivers the right slot" (line 1) is a goal of the product, not something the persona achieves; say what the persona can…; the rule is still to generalise',
    "h34-cg-10": "topic labelled not met, judged met: \"the courtesy car to come with a 'how to' sheet so I know how it works\" (line 1) keeps the need; a tick quotes the defect words \"the courtesy car to come with a 'how to' sheet\"; the rule is still to generalise",
    "h45-ot-02": "topic labelled not met, judged met: \"my monthly Verifly invoice broken down by country and by SMS versus…\" (line 1) keeps the need; a tick quotes the defect words 'monthly verifly invoice broken down by country'; the rule is still to generalise",
    "h45-bc-02": "topic labelled not met, judged met: \"earn loyalty points every time I charge with Plugway and swap them…\" (line 1) keeps the need; a tick quotes the defect words 'earn loyalty points every time i charge'; the rule is still to generalise",
    "h45-px-18": 'topic (unsure_ok) labelled not met, judged met: "the settlement figure from my lender shown next to my part-exchange…" (line 1) keeps the need; the rule is still to generalise',
    "h46-wh-15": 'topic (unsure_ok) labelled not met, judged met: "an email alert when my webhook endpoint starts…" (line 1), with the criterion "When 5 deliveries in a row fail, I get an email…" (line 4), keeps the…; the rule is still to generalise',
    "h46-dp-02": 'topic labelled not met, judged met: the outcome "so that our hospital customers can see which days their handovers…" (line 1) says the want serves the need; the rule is still to generalise',
    "h46-hp-19": 'topic (unsure_ok) labelled not met, judged met: "see what each health plan includes and its monthly fee side by side…" (line 1) keeps the need; the rule is still to generalise',
    "h20-mr-02": "topic labelled met, judged not met: 'order my repeat medicine' leads with a request to the provider the need (where a repeat request is) does not make; labelled the need because ordering a repeat is how the request starts; the request rule (_topic_request) trades it for 23 others",
    "h37-wh-12": "problem: 'Unit tests cover the retry worker.' names the part a test of the code covers, which h31-wh-12, h42-wh-11 and h43-wh-11 label problem met (the criteria fail instead); this story labels the same line problem not met, so the labels conflict",
    "h27-oi-08": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 2): "Overdue invoices are highlighted in the morning view" (line 3); "The list can be…; the rule is still to generalise',
    "h43-es-09": 'criteria labelled met, judged not met: only 1 observable check found under "AC" (line 2): "empty shelf not on list, item shown on shelf with stock" (line 2); write at least two observable …; the rule is still to generalise',
    "h43-fx-02": "topic labelled not met, judged met: \"parents to pay match fees in the app before Saturday\" (line 1) keeps the need; a tick quotes the defect words 'pay match fees in the app'; the rule is still to generalise",
    "h43-lc-02": "topic (unsure_ok) labelled not met, judged met: \"extend my booking from the app when I'm running late getting back\" (line 1) keeps the need; a tick quotes the defect words 'extend my booking from the app'; the rule is still to generalise",
    "h43-nw-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "Logger readings drive the SMS."; the rule is still to generalise',
    "h43-sm-08": 'persona labelled met, judged not met: job story, but the situation "When I share lessons with my ex and it\'s his week for the Saturday…" (line 1) names no role; say who is in it ("When I,…; the rule is still to generalise',
    "h43-rs-17": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "A referral from a practice appears in Legend within an hour."; the rule is still to generalise',
    "h44-oi-05": 'topic labelled met, judged not met: the story asks for "see the overdue ones straight away when i log on so that i can phone…" (line 1), not the scenario\'s need; the need is to spot whi…; the rule is still to generalise',
    "h44-md-02": 'outcome labelled not met, judged met: "so that I know when my paper is late" (line 1); the rule is still to generalise',
    "h44-ad-20": 'topic labelled not met, judged met: "fetch Brookfield\'s invoices through the API and…" (line 1), with the criterion "I can fetch invoices by date." (line 3), keeps the need; a tick quotes the defect words "fetch brookfield\'s invoices through the api"; the rule is still to generalise',
    "h44-cc-19": "topic (unsure_ok) labelled not met, judged met: \"see on the day where the delivery van is and when it will reach me\" (line 1) keeps the need; a tick quotes the defect words 'see on the day where the delivery van is'; the rule is still to generalise",
    "h44-ar-20": 'topic labelled not met, judged met: "be emailed when a product I\'ve bought before drops in price" (line 1) keeps the need; a tick quotes the defect words "emailed when a product i\'ve bought before drops in price"; the rule is still to generalise',
    "h41-oi-05": 'persona labelled not met, judged met: "As the CMS administrator" (line 1) names a specific kind of user; the rule is still to generalise',
    "h41-tp-02": 'topic labelled not met, judged met: "book return journeys for patients from the ward…" (line 1), with the criterion "Given a patient is discharged, when I book, then…" (line 4), keeps…; the rule is still to generalise',
    "h41-lx-02": 'topic (unsure_ok) labelled not met, judged met: "catch-up notes and slides posted when a class is cancelled" (line 1) keeps the need; the rule is still to generalise',
    "h41-rm-01": 'topic labelled not met, judged met: "post guests\' wake-up calls and room-service orders on the same screen…" (line 1) keeps the need; the rule is still to generalise',
    "h41-wa-16": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "Given an article is withdrawn, when my job runs, then I see…"; the rule is still to generalise',
    "h42-dn-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "I see when the change is live."; the rule is still to generalise',
    "h42-ed-02": 'topic labelled met, judged not met: the story asks for "my delivery round on the tablet in order" (line 1), another feature than the scenario\'s need; the need is to patients going home…; the rule is still to generalise',
    "h42-rm-18": 'outcome labelled met, judged not met: "so that I can see that each station has confirmed" (line 1) repeats the want; say what it lets the persona achieve; the rule is still to generalise',
    "h42-rb-12": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "stop shown on journey"; the rule is still to generalise',
    "h42-rb-18": 'topic (unsure_ok) labelled not met, judged met: "the app to tell me about delays to the replacement bus once I\'m on it" (line 1) keeps the need; the rule is still to generalise',
    "h42-rb-20": 'topic (unsure_ok) labelled not met, judged met: "know in advance which weekends have engineering works on my line" (line 1) keeps the need; the rule is still to generalise',
    "h39-la-02": 'outcome (unsure_ok) labelled met, judged not met: "so that fewer of our clients\' applications are turned down for…" (line 1) is a count of other people, a figure of the organisation they belong to…; the rule is still to generalise',
    "h39-cc-02": 'topic labelled not met, judged met: the outcome "so that my claim can be assessed without an engineer visit" (line 1) says the want serves the need; the rule is still to generalise',
    "h39-rc-01": 'topic labelled not met, judged met: "look up court fees for each type of claim through the API" (line 1) keeps the need; the rule is still to generalise',
    "h39-rp-18": 'topic (unsure_ok) labelled not met, judged met: "check a payee\'s name against the account before I send the payment" (line 1) keeps the need; the rule is still to generalise',
    "h39-hp-08": 'outcome labelled met, judged not met: no outcome found; add "so that …" (or "so I can", "in order to") with what the persona can then achieve; the rule is still to generalise',
    "h39-hp-18": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "A held payment shows the reason."; topic: the tick quotes the defect\'s words; the rule is still to generalise',
    "h39-bm-20": 'topic (unsure_ok) labelled not met, judged met: "see how much penalty I will pay if I close my bond before maturity" (line 1) keeps the need; the rule is still to generalise',
    "h40-ot-02": 'topic labelled not met, judged met: "a dashboard showing my SMS spend per country per month" (line 1) keeps the need; the rule is still to generalise',
    "h40-lc-02": 'outcome labelled not met, judged met: "so that I can hold the agency to its contract" (line 1); the rule is still to generalise',
    "h40-fr-19": 'topic labelled not met, judged met: "get a printable PDF food voucher from the API for…" (line 1), with the criterion "Each accepted referral has a PDF voucher link." (line 4), keeps…; the rule is still to generalise',
    "h40-ds-18": 'outcome labelled not met, judged met: "so that the charity can claim 25% on top of my gift" (line 1); topic labelled not met, judged met: "add a Gift Aid declaration when I give money on…" (line 1), with the criterion "When I donate money, I\'m asked if I\'m a UK…" (line 4), keeps the need; the rule is still to generalise',
    "h37-es-17": "problem (unsure_ok) labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h37-mb-02": 'persona labelled met, judged not met: "Who: me, maintainer of the BetterHUD mod (and 3 helpers" (line 2) is someone who builds the product, not someone who uses it; write it for mod…; problem labelled met, judged not met: "BetterHUD" (line 4) tells the team how to build it (named technologies); describe what the user needs instead; the rule is still to generalise',
    "h37-mb-15": 'criteria (unsure_ok) labelled not met, judged met: 3 observable checks under "Acceptance criteria" (line 3) (lines 4 to 6), e.g. "Jenkins job diffs the cooked asset registry between builds"; the rule is still to generalise',
    "h37-sp-09": 'topic labelled met, judged not met: the story asks for "undelivered purchases to be resent automatically" (line 1), another feature than the scenario\'s need; the need is to players who…; the rule is still to generalise',
    "h37-sp-10": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h37-mw-18": 'problem labelled met, judged not met: "gets 100" (line 3) tells the team how to build it (internal interfaces); describe what the user needs instead; the rule is still to generalise',
    "h38-ac-02": 'topic labelled not met, judged met: the outcome "so that I can work out my income and outgoings before I speak to an…" (line 1) says the want serves the need; the rule is still to generalise',
    "h38-cp-02": 'outcome labelled not met, judged met: "so that I can go to the park with her" (line 1); the rule is still to generalise',
    "h38-dp-04": 'persona labelled met, judged not met: "I (I want" (line 5) does not code against the product; its users are backend and integration developers, interface analysts, QA engineers and…; the rule is still to generalise',
    "h38-dp-09": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h38-dp-19": 'topic (unsure_ok) labelled not met, judged met: the outcome "so that the site managers using our dashboard can see which hospital…" (line 1) says the want serves the need; the rule is still to generalise',
    "h38-ed-09": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h38-ed-16": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h38-ed-20": 'topic labelled not met, judged met: "reminders when our loaned hoists are due their six-monthly LOLER…" (line 1) keeps the need; the rule is still to generalise',
    "h35-tk-01": 'problem labelled met, judged not met: "in Power BI" (line 4) tells the team how to build it (named technologies); describe what the user needs instead; the rule is still to generalise',
    "h35-pa-19": 'topic labelled not met, judged met: "book a wheelchair-accessible taxi from the airport when I book my…" (line 1) keeps the need; the rule is still to generalise',
    "h35-db-20": 'topic labelled not met, judged met: "see which belt my flight\'s bags are on and when the first bag is out" (line 1) keeps the need; the rule is still to generalise',
    "h36-ac-02": 'problem labelled met, judged not met: "logged on CPOMS" (line 3) tells the team how to build it (named technologies); describe what the user needs instead; the rule is still to generalise',
    "h36-rh-11": 'outcome labelled not met, judged met: "so that I don\'t have to email the line manager every time" (line 1); the rule is still to generalise',
    "h36-lc-09": "outcome labelled not met, judged met: \"so that I don't have to ring reception when I'm ill\" (line 1); the rule is still to generalise",
    "h36-lc-20": 'topic (unsure_ok) labelled not met, judged met: "see when the catch-up session for a cancelled class is and book onto…" (line 1) keeps the need; the rule is still to generalise',
    "h33-oi-13": 'topic (unsure_ok) labelled not met, judged met: "a map of customers with overdue invoices coloured by region" (line 1) keeps the need; the rule is still to generalise',
    "h33-pc-16": 'topic labelled not met, judged met: "get a connection charge estimate from the API before applying" (line 1) keeps the need; the rule is still to generalise',
    "h33-nw-14": 'topic (unsure_ok) labelled not met, judged met: "the guaranteed standards payment for a long interruption credited to…" (line 1) keeps the need; the rule is still to generalise',
    "h33-nw-15": 'topic labelled not met, judged met: "see water quality results for my postcode (hardness, lead, chlorine)" (line 1) keeps the need; the rule is still to generalise',
    "h34-oi-15": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h34-wh-07": 'outcome labelled not met, judged met: "so that I get the events" (line 1); the rule is still to generalise',
    "h34-ca-02": 'topic labelled not met, judged met: "MOT reminders a month before my MOT is due" (line 1) keeps the need; the rule is still to generalise',
    "h34-tk-02": 'problem labelled met, judged not met: "in Power BI" (line 4) tells the team how to build it (named technologies); describe what the user needs instead; the rule is still to generalise',
    "h34-st-02": 'outcome labelled not met, judged met: "so that I can see stalled candidates" (line 1); the rule is still to generalise',
    "h34-dc-02": 'topic labelled not met, judged met: "see teeth-whitening offers in the app" (line 1) keeps the need; the rule is still to generalise',
    "h34-rb-07": 'outcome labelled met, judged not met: "so that the software can warn the broker before a referred quote…" (line 2) is a goal of the system or its builders, not something the persona…; the rule is still to generalise',
    "h34-cg-19": 'topic labelled not met, judged met: "choose my own repairer instead of the approved one" (line 1), with the criterion "I\'m told whether the claim still covers the…" (line 4), keeps the…; the rule is still to generalise',
    "h31-es-12": "topic: the tick quotes the defect's words; the rule is still to generalise",
    "h31-sk-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h31-in-02": 'persona (unsure_ok) labelled not met, judged met: "As an interpreter" (line 1) names a specific kind of user; the rule is still to generalise',
    "h31-la-05": 'topic labelled met, judged not met: the story asks for "I get a text from the firm asking for documents upload a photo of the…" (line 1), not the scenario\'s need; the need is to people…; the rule is still to generalise',
    "h31-la-07": 'outcome labelled met, judged not met: "so that the application goes in complete before the hearing" (line 1) is a goal of the product, not something the persona achieves; say what the…; the rule is still to generalise',
    "h31-la-10": 'persona labelled not met, judged met: "As a caseworker" (line 1) is told by the head of "family-law caseworker", one of legal-aid clients and applicants, parents in child-arrangements…; the rule is still to generalise',
    "h31-la-18": 'topic labelled not met, judged met: the story\'s want, outcome and criteria carry the need between them, from "see when my next hearing is in the portal" (line 1) on; the rule is still to generalise',
    "h32-oi-10": 'outcome labelled not met, judged met: "so that our company\'s DSO and the aged-debt figure in the board pack…" (line 1); the rule is still to generalise',
    "h32-bo-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h32-sk-02": 'topic labelled not met, judged met: the want "turn on multi-factor sign-in for my users with a one-time code" (line 1) adds detail ("multi-factor one-time") to what the rest of the…; the rule is still to generalise',
    "h32-he-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h32-cw-02": 'topic labelled met, judged not met: the story asks for "waiting-list updates" (line 1), and its criteria check only that, another feature than the scenario\'s need; the need is to gym…; the rule is still to generalise',
    "h32-ks-02": "problem (unsure_ok) labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h32-sw-12": 'outcome labelled not met, judged met: "so that more households on the street sign up for full fibre when it…" (line 1); the rule is still to generalise',
    "h30-oi-16": 'outcome labelled not met, judged met: "so that they can pay by card straight away" (line 1); the rule is still to generalise',
    "h30-mf-02": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 2): "Patients see the status of their request." (line 3); "Reception sees fewer calls…; the rule is still to generalise',
    "h30-lh-02": 'outcome labelled not met, judged met: "so that I know it is ready" (line 1); the rule is still to generalise',
    "h30-dk-01": 'outcome labelled not met, judged met: "so that my company gets proof of delivery straight away" (line 1); the rule is still to generalise',
    "h30-sr-16": 'outcome labelled not met, judged met: "so that we see rejected samples" (line 1); the rule is still to generalise',
    "h30-tx-16": 'topic labelled met, judged not met: the story asks for "real-time and robust temperature visibility for every shipment" (line 1), another feature than the scenario\'s need; the need is…; the rule is still to generalise',
    "h30-tx-20": 'topic (unsure_ok) labelled not met, judged met: "see where a shipment is and when it will arrive" (line 1) keeps the need; the rule is still to generalise',
    "h30-rc-19": 'problem labelled met, judged not met: "SmPC" (line 1) tells the team how to build it (named technologies); describe what the user needs instead; the rule is still to generalise',
    "h29-oi-14": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "Each morning the overdue invoices are in the spreadsheet."; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h29-mr-02": 'outcome labelled not met, judged met: "so that my receipts are matched" (line 1); the rule is still to generalise',
    "h29-tm-02": 'topic (unsure_ok) labelled not met, judged met: "do my monthly van stock-take on the tablet" (line 1) keeps the need; the rule is still to generalise',
    "h29-fn-15": 'outcome labelled met, judged not met: no outcome found; add "so that …" (or "so I can", "in order to") with what the persona can then achieve; the rule is still to generalise',
    "h29-lp-20": 'topic (unsure_ok) labelled not met, judged met: the outcome "so I don\'t lose my post" (line 1) says the want serves the need; the rule is still to generalise',
    "h28-es-16": 'topic labelled not met, judged met: the story\'s want, outcome and criteria carry the need between them, from "A "request stock" button on the item screen…" (line 3) on; the rule is still to generalise',
    "h28-mp-02": 'outcome labelled not met, judged met: "so that we are not running off-cycle payments" (line 1); the rule is still to generalise',
    "h28-in-02": 'outcome labelled not met, judged met: "so that I know they are coming" (line 1); criteria (unsure_ok) labelled not met, judged met: 3 observable checks under "Acceptance criteria" (line 2) (lines 3 to 5), e.g. "Confirmation shown"; the rule is still to generalise',
    "h28-dn-02": 'outcome labelled not met, judged met: "so that the cutover is done" (line 1); the rule is still to generalise',
    "h28-tk-02": 'outcome labelled not met, judged met: "so that tickets are not orphaned" (line 1); problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h28-tm-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "Van stock shown."; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h28-sg-18": 'outcome labelled not met, judged met: "so that readings are not stale" (line 1); the rule is still to generalise',
    "h28-ns-20": 'topic (unsure_ok) labelled not met, judged met: "see when my two-year builder warranty ends and what it covers" (line 1) keeps the need; the rule is still to generalise',
    "h27-oi-06": 'persona labelled met, judged not met: job story: "as the person" (line 1) is too general: say which kind of user; write it for finance clerks; the rule is still to generalise',
    "h27-gs-02": 'persona (unsure_ok) labelled not met, judged met: "As a store picker" (line 1) names a specific kind of user; the rule is still to generalise',
    # stories-tuning-27, left after round 27
    "h26-oi-10": "problem (labelled met): 'detected by the model with high precision' is read as an ML method; the label takes a model named only as the doer as no how (the defect, the outcome's recall and precision figures, is caught)",
    "h26-es-13": "criteria (unsure_ok): an Airflow DAG finishing before the shift and drift monitored in Evidently pass beside one user check; the team's pipeline and monitoring as checks are a rule still to generalise",
    "h26-cw-02": "topic: similar classes recommended by a recommender when a class is full is another feature than the need (waitlists) and passes on shared words",
    "h26-uc-14": "problem: a groundedness score in the LangSmith dashboard, a named eval tool in a check, passes; a named tool in the criteria is a rule still to generalise",
    # stories-tuning-26, left after round 26
    "h25-es-12": "problem: 'reconciled against the WMS' names the warehouse system and passes as no how; the stock team's own system named inside a check is a rule still to generalise",
    "h25-bd-02": "problem: crews' in-cab devices with reason codes that appear in a named back office by 6pm is labelled the how (the supervisor's persona is the defect); a named back-office system as the place data lands is a rule still to generalise",
    "h25-rr-02": "topic: booking a repair slot is labelled on topic (the need includes agreeing a visit time) and read as another feature; a want that names one part of a many-part need is a rule still to generalise",
    "h25-dw-02": "outcome: a delivery driver (the wrong persona) getting through drops faster is labelled no gain for the scenario's users; an outcome that follows a wrong persona is a rule still to generalise",
    "h25-cp-02": "outcome: 'so that staff know' after a want to tell the nursery is being told what the want tells (the want again); the told party as a third person is a rule still to generalise. Criteria ('The nursery is informed', 'procedures are followed') pass as doubtful",
    "h25-gs-01": "persona (unsure_ok): a store picker is the supermarket's staff, not the shopper the need is for; staff of the maker who serve the users as the persona is a rule still to generalise (as h23-bo-02)",
    "h25-bb-15": "criteria (unsure_ok): a scheduled Power Automate flow querying a field in Dynamics and a Notify template pass as checks beside one user check; a named workflow tool's act as a check is a rule still to generalise (problem was caught)",
    # stories-tuning-25, left after round 25
    "h24-es-07": "problem: 'a bigger font' for a picker who reads with gloves on in a cold store is labelled a need (readability at arm's length), not styling; a size asked for because of the user's setting is a rule still to generalise (topic, labelled false, is unsure)",
    "h24-sb-02": "outcome: 'so that we can get on with our work' is read as a bare own-job outcome; the label accepts it for a school office that loses its day to calls (debatable)",
    "h24-ot-03": "topic: a canned-reply macro is another support feature than the need (orphaned tickets) and passes on shared words; another task on the need's object is a rule still to generalise (as h22-es-11)",
    "h24-eb-02": "criteria: 'Forecast visible in app' (no verb) and a warning when the forecast passes 125% of last month (read as a business metric) are checks the label accepts; a threshold on the persona's own figure is a rule still to generalise",
    "h24-cc-02": "topic (unsure_ok): syncing to Google Calendar is calendar export, told in the outcome, whose tick quotes it; another feature told as the outcome is a rule still to generalise",
    "h24-cp-02": "topic: complying with the collection policy is labelled on topic and read as another feature; a policy the want serves, told as the want, is a rule still to generalise",
    # stories-tuning-22, outcome left after round 22
    "h21-bc-02": "outcome: 'so that I can charge' after a want of charger status is read as the want again by stem; the use a tool noun ('charger') is for, told by its verb, is a rule still to generalise",
    # stories-tuning-22, criteria left after round 22
    "h21-es-14": "criteria: an engineer's internal checks (a stock service's filter, a sync interval between two systems) pass beside one user-side check; a service or sync between named systems as a part inside the system is still to generalise without a word list of systems (problem also missed, for its helper)",
    "h21-rx-10": "criteria: 'adherence below 60% shown' is a per-patient threshold shown, read as a business metric; a share as one person's displayed figure versus a share counted over everyone is still to generalise",
    # stories-tuning-21, outcome left after round 21
    # stories-tuning-21, criteria and problem left after round 21
    "h20-mx-01": "criteria: the label accepts one terse check ('table updated after each match') as enough; debatable against the two-check rule the judge keeps",
    "h20-np-02": "problem: 'uses Glicko-2 with a rating deviation of 350' names a method by its versioned name; a method named with its version after 'uses' is still to generalise without taking product versions ('Windows-11') for methods",
    "h20-ms-12": "problem: for a developer persona 'secrets are injected as env vars' is the product's documented surface; a developer's own configuration surface as the contract is still to generalise",
    "h20-ms-14": "problem (unsure_ok): a data engineer's own dbt job and Snowflake table (the persona says 'we use dbt + Snowflake') are flagged as the vendor's storage; the persona's declared stack as their own world is still to generalise",
    "h20-ir-01": "problem: 'token bucket in Envoy per API key' is the vendor's rate limiter, unseen; a named algorithm beside a named proxy is still to generalise without a word list of algorithms",
    "h20-cb-02": "criteria and problem: 'false positive rate below 2%' is a measure with a limit and no verb (a check the label accepts), and 'model retrained monthly' is the vendor's own operation; a bare limit as a check and a model's retraining as the how are still to generalise",
    "h20-gs-02": "outcome: customers doing more of what the seller wants ('shoppers accept more substitutes') passes; others' behaviour rising as the maker's conversion is a rule still to generalise (problem: a named plug-in also passes)",
    "h20-sr-02": "outcome: 'SDKs update', a software component as the whole outcome, passes; a thing as subject with no person is a rule still to generalise",
    "h20-ms-19": "outcome: a vendor engineer's 'we fix incidents faster' is labelled met, against 18 builder-own outcomes labelled false in the corpus; the labels disagree. Also criteria ('internal alert when trigger lag > 1 min', a condition with a threshold, is read as keywords) and problem (the vendor's own alerting and runbook are its operations, not seen as the how)",
    "h18-cr-02": "problem: 'the green label' in a preface the user distrusts is flagged as styling; a colour told of today's product in a preface is a rule still to generalise",
    # stories-tuning-23, problem and topic left after round 23
    "h22-se-02": "problem (labelled met): a developer setting up DKIM and SPF for their own sending domain in an email service's console is the user's own configuration; mail records a developer product's users configure themselves is a rule still to generalise",
    "h22-ss-01": "topic: handling typos and synonyms is search quality, not the need (stale results); another property of the need's object is a rule still to generalise",
    "h22-lc-18": "topic (unsure_ok): charging the late member a fee is a penalty, not the waiting member's need; a want aimed at another party than the persona is a rule still to generalise",
    # stories-tuning-22, persona, problem and topic left after round 22
    "h21-gs-02": "persona (unsure_ok): a store's grocery picker passes as a specific user; staff who serve the app's customers vs the app's own users is a rule still to generalise",
    # stories-tuning-21, topic and persona left after round 21 (wt-22p)
    "h20-dc-13": "topic: 'get reminders for my check-up' passes as detail on the need; an own head noun (reminders) of the want as another feature is a rule still to generalise (as h20-ps-02)",
    "h20-md-16": "topic: a crew's job list 'for the day' is read as carrying the need between want, outcome and criteria; a staff-side view of the need's day is a rule still to generalise",
    "h20-sf-02": "topic: 'sync issues to be visible' is judged another feature though it restates the need in fewer words; a paraphrase of the need by its head nouns is a rule still to generalise",
    "h20-wh-10": "persona (unsure_ok): 'a shop owner' passes as a specific user; whether the shop owner is the scenario's user or a customer of it waits for the labels to agree",
    "h20-cd-02": "persona (unsure_ok): 'an claims handler' (staff) passes for a customer's problem; staff persona for a customer need is labelled debatable",
    # stories-tuning-20, problem and topic left after round 20
    "h19-oi-09": "topic: another task on the need's own invoices (a VAT export) passes, and its outcome tick quotes the defect; another task on the need's object is a rule still to generalise (as h16-wh-17)",
    "h19-ks-02": "problem: 'replace SSE with NATS' swaps one technology for another by name; a named replacement of the how is a rule still to generalise",
    "h19-ss-02": "problem: 'refresh_interval lowered to 1s' sets a configuration value by its key; a snake_case setting changed to a value is a rule still to generalise",
    "h19-in-11": "problem (unsure_ok): 'the system shall' lines that name no technology; a requirement-engineering form as solution detail is a rule still to generalise",
    # stories-tuning-20, criteria, topic and persona
    "h19-ub-02": "criteria: a model metric with a bound ('Classifier accuracy > 90%') is read as a business aggregate; a measured property of the feature vs a rate counted over everyone is a rule still to generalise",
    "h19-in-03": "criteria: one measured check is labelled enough, against the two-check rule of the labelling notes; the labels disagree",
    "h19-gs-03": "persona (unsure_ok): staff who serve the scenario's users ('a picker' in a customer need) pass as users; staff vs the need's own users is a rule still to generalise",
    "h19-rr-02": "topic: a want that is all styling ('a green status chip in the RequestCard') is read as another feature; reading the topic from the outcome and criteria when the want is the how is still to generalise",
    "h19-fc-02": "topic: a want that is a tool's job ('a Puppeteer job to scrape ...') is read as another feature; the topic of a how-want from its outcome is still to generalise; and outcome: 'so that fixtures are current' on a scrape job is called a record state; a state the user relies on versus a stored record's is a rule still to generalise",
    "h19-in-08": "topic: a need restated in the scenario's own terms (dialect matching of a booking) is read as another feature; matching a need's qualifier is still to generalise",
    "h19-rl-08": "topic: another feature on the need's API ('fine-tune a model ... through the API') passes by sharing its object; another task on the need's object is still to generalise (as h16-wh-17)",
    "h19-in-16": "topic: another feature for the need's patients ('translate the discharge letter') passes by sharing its language words; another task on the need's object is still to generalise",
    # stories-tuning-20, outcome
    # stories-tuning-19, criteria
    # stories-tuning-19, outcome and persona
    # stories-tuning-19, problem and topic
    "h18-es-14": "problem: a device and a warehouse system named in a check (RFID reader, WMS, SAP EWM) pass; a named system that does the work as a check's subject is a rule still to generalise; and criteria (unsure_ok): a check that prescribes the stock tooling ('updated by a cycle count in SAP EWM every 15 minutes') counts as observable; a back-office process step named by its tool as no check is a rule still to generalise",
    "h18-rc-18": "problem (unsure_ok): a chat product named as the channel (Microsoft Teams) passes; telling a prescribed channel from a user's own is a rule still to generalise",
    "h18-ub-01": "topic: 'pipelines to run faster' on a build-failure need passes; a want sharing the product's nouns but another goal is a rule still to generalise",
    "h18-ks-01": "topic: a stale-flag list on a kill-switch need passes; a want on the need's object but another task is a rule still to generalise",
    # stories-tuning-18, criteria
    # stories-tuning-18, problem misses
    # stories-tuning-18, topic misses
    # stories-tuning-17, problem misses
    "h16-ub-02": "problem: a developer user's own package manager and caching want ('cache our npm dependencies') are read as prescribed stack; telling the user's stack in a want from the team's is a rule still to generalise (the label's defect is the topic)",
    "h15-es-11": "criteria: a benefit told as a line of the list ('No more walks to empty shelves.') is counted beside one real check; telling a benefit from a check without a verb of what a user sees is a rule still to generalise",
    "h15-wh-02": "topic and criteria: a want worded as the deliveries surviving downtime is read as another feature, and a vague 'Webhooks are robust.' beside one real check is not decided; both are rules still to generalise",
    "h15-cc-02": "criteria: two checks that only restate the want ('Clashing modules are shown.') count as observable; a check that repeats the want is a rule still to generalise (as h6-gc-04)",
    "h15-lc-01": "problem: a rival named as the target of the maker's sales ('win deals against AWS') is read as named infrastructure; a rival in a commercial goal is the market, a rule still to generalise",
    "h15-lc-18": "topic: another setting on the need's object ('a storage budget per bucket') shares the need's bucket; a rule still to generalise (as h15-dw-03)",
    "h15-mx-05": "topic: another feature of the same match ('follow live scores') shares the need's match; a rule still to generalise (as h15-dw-03)",
    "h15-mx-10": "persona (unsure_ok): an official of another organisation who serves the same ground ('the council's parks officer who inspects the pitches') is read as in the need's situation; a third party serving the users is a rule still to generalise (as h10-rr-10)",
    "h12-cw-12": "topic (unsure_ok): a want that leads with one of the need's own words ('cancel', 'late-cancellation fee') for the user's own booking is read as the need; telling the need's word in another role (the user cancelling vs places freed by others' cancellations) is a rule still to generalise",
    "h12-cp-10": "topic (unsure_ok): a want that repeats the need's own verb and object ('tell the nursery') about another matter (being late, not who collects) is read as the need; telling the need's verb with another complement is a rule still to generalise",
    "h11-ks-19": "topic: a need's state word used as an adjective of the need's object ('stale flags' vs a stale value) makes the outcome read as serving the need; telling a word's sense by its place is a rule still to generalise",
    "h10-ub-19": "problem: a CI product's caching, asked for as the feature its users configure ('declare cache paths'), is read as the team's storage; telling a feature users configure in the product from infrastructure the team builds is a rule still to generalise",
    "h10-es-15": "topic: a want for another way to do the same task (voice picking) whose checks reuse the need's nouns (aisle, shelf) is read as keeping the need; telling another interaction on the need's objects from the need is a rule still to generalise",
    "h10-ub-20": "topic (unsure_ok): a near-topic want (flaky tests in the user's own code) that shares the need's words (failures, tests) is read as the need; telling whose failure it is, a rule still to generalise",
    "h9-sa-11": "topic: a want from a person the persona judge leaves unsure (a supplier's account manager) is judged another feature; softening topic for unsure non-users cost a right verdict elsewhere, a rule still to generalise",
    "h9-wh-13": "problem: a check that quotes an internal component's metric ('the retry worker's success rate') names it to measure it, not to prescribe it; the label faults only the criteria, a rule still to generalise",
    "h6-gc-04": "criteria: 'the pin is at the house' restates the want; a check that only repeats the want is a rule still to generalise",
    "h2-es-17": "criteria-only: plain checks that miss the empty-shelf case read as observable",
    "h2-es-23": "criteria-only: one unmarked sentence of need and a note to the team read as checks",
    "oi-job-story": "older label passes a job story with no role; issue 22 and later writers fail it",
    "oi-job-story-2": "older label passes a job story with no role; issue 22 and later writers fail it",
    "wh-job-story": "older label passes a job story with no role; issue 22 and later writers fail it",
    "oi-fonts": "label calls 'easy to tell apart' observable; the vague-terms check does not",
    "t-es-20": "criteria-only task: the label faults plain checks for the system persona",
    "t-dw-02": "label fails a builder's outcome for the real users; the corpus rule keeps it",
    # the third blind slice (stories-tuning-4), after its general rules; (uo) marks a
    # criterion its labeller marked unsure_ok, where either verdict is acceptable
    "h3-es-05": "(uo) a system persona's plain checks read as observable",
    "h3-es-08": "(uo) a supervisor's overview of empty shelves reads as the need",
    "h3-wh-26": "a shop owner's need told as 'order pages stay accurate' shares no need word",
    "h3-ps-08": "(uo) a named UI element ('the progress bar in the header') is not styling",
    "h3-cs-06": "'see the weather for spraying' adds a word, so it is not seen as circular",
    "h3-cs-12": "checks of a refresh schedule ('the hour turns') read as user checks",
    "h3-cs-14": "(uo) a vendor team's checks, one of them internal ('error is logged')",
    "h3-vs-07": "another feature (logging hours) that shares the need's 'shift' words",
    "h3-po-05": "'failed payouts are visible' is what a developer product shows its users",
    "h3-po-14": "(uo) an SDK error at payout creation is close to the need's 'why it failed'",
    # the fourth blind slice (stories-tuning-5), problem and topic
    "h4-wh-03": "label keeps problem true for 'build a retry queue', which the labelling "
    "rules call infrastructure (a retry queue is the team's, as in h4-wh-10)",
    "h4-es-03": "criteria-only task: the story line is not read and the Gherkin says the "
    "empty-shelf case ('the last unit', 'still has it') in words no term group holds",
    # the fourth blind slice (stories-tuning-5), outcome and criteria
    "h4-es-06": "(uo) a system persona's checks, one naming pickers, read as user checks",
    "h4-pe-05": "(uo) a check done by a named tool the lexicon does not know ('Argo CD creates')",
    # the fifth blind slice (stories-tuning-6), criteria
    "h5-af-04": "(uo) checks of the component the want styles ('the bottom sheet opens') read "
    "as user checks; a named UI part is not yet tied to the want's styling",
    "h5-ec-03": "(uo) checks that restate the want ('I can compare runs') read as observable; "
    "a check that only repeats the want's verb is still to generalise",
    "h5-po-03": "(uo) 'I see the date', 'I see failures': a bare object with no detail reads as "
    "a check; how much detail a check needs is still to generalise",
    "h6-oi-18": "problem: the parser reads a story table's Who/What/Why columns and drops the "
    "rest; solution detail in an extra column (a 'Data' SQL predicate) is still to be read",
    "h7-sb-04": "topic (unsure_ok): reporting a child absent 'so that the driver doesn't wait' "
    "reads as an outcome serving the bus need; a near-topic slice the label itself allows",
    "h6-as-05": "topic: the need's grouping said in other words ('one incident with its alerts', "
    "'one thread per outage'); a paraphrase of the need's second term group is still to generalise",
    "h8-sl-06": "problem (unsure_ok): an SDK language named in brackets ('(python)') beside the "
    "exception a contract surface raises; an SDK's language as part of the contract is still to generalise",
    "h8-ps-03": "outcome (unsure_ok): 'the permits office gets fewer calls' is labelled a gain "
    "here but the same form ('fewer parents call the school office', h6-sb-13) is labelled none; "
    "when an office's fewer contacts is its staff's gain is a rule still to generalise",
    "h12-ub-02": "problem: as h10-ub-19, a CI product's caching asked for as the feature users "
    "configure ('cache our dependencies', 'the cache can be cleared from the settings') is read "
    "as the team's storage; a feature users configure vs the team's infrastructure is still to generalise",
    # criteria misses of stories-tuning-17
    "h16-dd-13": "criteria: 'a quick check' puts the vague word on the noun, the check itself "
    "('I can check before I book') is observable; a vague modifier vs a vague predicate is "
    "still to generalise",
    # stories-tuning-17, persona and topic
    # stories-tuning-23, criteria and persona left after round 23
    "h22-mp-19": "persona: a data analyst at a hospital group bulk-exporting from a developer product is read as not coding against it; a user who pulls data through the product's API is a rule still to generalise",
    # stories-tuning-24, outcome left after round 24
    "h23-ro-01": "outcome: a staff persona's 'we earn more per room' is the employer's revenue told in the first person plural; a staff member's 'we' as the organisation is a rule still to generalise",
    "h23-vs-01": "outcome: a product naming itself as persona ('As HelpRota, we') with an outcome about the organisation it serves ('the food bank doesn't run short') is read as a gain; an outcome told by a product persona about its customer organisation is a rule still to generalise",
    # stories-tuning-24, criteria left after round 24
    "h23-mo-17": "criteria: as h23-oi-06, lines telling how data moves between named systems (a transaction, a message queue) and a styled widget count as checks; a subject that is a named piece of code is a rule still to generalise",
    # stories-tuning-23, outcome left after round 23
    "h22-cw-01": "outcome: 'so I know if I'll get in' after a want to know one's place is read as the want again; knowing a consequence drawn from the wanted fact (whether, not what) is a rule still to generalise",
    "h22-rc-01": "outcome: 'so that my receipts are uploaded' is the wanted photo's own result told as a passive state; a state the want brings about, with new words for it, is a rule still to generalise",
    # stories-tuning-24, problem, topic and persona left after round 24
    "h23-wh-10": "problem: 'a retry queue for failed webhook deliveries' in a developer's want is labelled met (the persona fails instead); a mechanism the users' own events pass through, asked by a builder persona, is a rule still to generalise",
    "h23-es-16": "topic: the want ('see when stock is low') is near the need; only the outcome and a check ('re-order it from the supplier') ask for another feature; an outcome and check that turn to a next task is a rule still to generalise",
    "h23-mo-15": "problem: a lone 'timestamp' on an audit-log entry is read as code structure; the date and time a record carries, which its reader sees, is a rule still to generalise (an unsure here sends the story to review while its criteria are misread as met)",
    "h59-oi-09": 'topic (unsure_ok) labelled not met, judged met: the want "a reminder email a few days before my invoice is due" (line 1) adds detail ("email due") to what the rest of the story says of the need; the rule is still to generalise',
    "h59-ks-02": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 5): "The console shows which clients have the old value" (line 7); "A flipped flag re…; the rule is still to generalise',
    "h59-sr-02": 'topic (unsure_ok) labelled not met, judged met: "be told when a performance is cancelled" (line 1) keeps the need; the rule is still to generalise',
    "h59-rr-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "Room status is shared between the two teams"; the rule is still to generalise',
    "h59-co-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 5) (lines 6 to 7), e.g. "I see whether my change made it"; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h59-mc-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 5) (lines 6 to 7), e.g. "The app shows a connection probability"; the rule is still to generalise',
    "h59-cr-08": 'criteria labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h59-gr-11": 'problem labelled met, judged not met: "tracked in Roomtask" (line 1) tells the team how to build it (third-party platforms and integrations); describe what the user needs instead; the rule is still to generalise',
    "h59-gr-17": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 5) (lines 6 to 7), e.g. "A dripping shower creates a job by itself"; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h59-lp-20": 'topic labelled not met, judged met: "see the member-only dishes on the restaurant menu in the app" (line 1) keeps the need; the rule is still to generalise',
    "h60-oi-09": 'topic (unsure_ok) labelled not met, judged met: "a reminder from the app when I have missed a due…" (line 1), with the criterion "When an invoice I received is 1 day overdue, I…" (line 4), keeps th…; the rule is still to generalise',
    "h60-es-14": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "when the weight plate reads zero, that shelf is taken off…"; the rule is still to generalise',
    "h60-es-16": 'topic (unsure_ok) labelled not met, judged met: the story\'s want, outcome and criteria carry the need between them, from "When I pick the last-but-two of an item, the…" (line 4) on; the rule is still to generalise',
    "h60-gp-01": 'outcome labelled met, judged not met: "so that the app can ask the customer to drop a pin before a driver is…" (line 1) is a goal of the system or its builders, not something the persona …; the rule is still to generalise',
    "h60-sl-01": 'problem labelled met, judged not met: "a batch job" (line 1) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h60-bd-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h60-dd-02": 'topic labelled not met, judged met: "see my iron level from each donation in the app" (line 1) keeps the need; the rule is still to generalise',
    "h60-mw-02": 'criteria (unsure_ok) labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 5), e.g. "an animal inside a withdrawal period is shown with the end…"; the rule is still to generalise',
    "h60-sp-01": 'topic labelled not met, judged met: the outcome "so that other students know which shops give good bags" (line 1) says the want serves the need; the rule is still to generalise',
    "h60-ps-18": 'topic labelled not met, judged met: "see my hours and pay for the week so far in the app" (line 1) keeps the need; the rule is still to generalise',
    "h60-ps-20": 'topic (unsure_ok) labelled not met, judged met: "the app to show the hour-by-hour rain forecast for the farms we pick" (line 1) keeps the need; the rule is still to generalise',
    "h61-oi-08": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 2): "The report lists every invoice more than 7 days past due." (line 3); "The report…; the rule is still to generalise',
    "h61-oi-09": 'topic (unsure_ok) labelled not met, judged met: "a polite reminder email the day my invoice goes overdue" (line 1) keeps the need; the rule is still to generalise',
    "h61-es-15": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "When a shelf\'s weight plate reads zero, the shelf drops off…"; the rule is still to generalise',
    "h61-es-17": 'topic (unsure_ok) labelled not met, judged met: "When I pick the last unit, the handheld asks me to confirm "shelf now…" (line 3) keeps the need; the rule is still to generalise',
    "h61-cc-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "The query returns the clashing module codes in under 100 ms."; the rule is still to generalise',
    "h61-dc-02": 'problem labelled met, judged not met: "Feature flag" (line 3) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h61-bn-02": 'topic labelled not met, judged met: "Batchwise to warn me when a product is going to be out of stock for…" (line 1) keeps the need; the rule is still to generalise',
    "h61-wd-19": 'persona labelled met, judged not met: "Role: partner-site integration" (line 1) does not code against the product; its users are backend and integration developers, QA engineers, data eng…; the rule is still to generalise',
    "h61-hs-10": 'persona (unsure_ok) labelled not met, judged met: "Role: care-home library link" (line 1) is described in the need\'s situation; the rule is still to generalise',
    "h61-hs-12": 'outcome labelled not met, judged met: "so that I feel less lonely and a bit more like my old self" (line 2); the rule is still to generalise',
    "h61-rh-17": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "The door code stops working when the booking is cancelled."; problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise',
    "h61-rh-18": 'topic (unsure_ok) labelled not met, judged met: "see where my refund has got to" (line 1) keeps the need; the rule is still to generalise',
    "h62-oi-02": 'outcome labelled met, judged not met: "so that): she can chase the customer the same week and the firm can…" (line 4) is a business goal (costs, revenue, tickets, contracts won), not some…; the rule is still to generalise',
    "h62-es-16": 'topic (unsure_ok) labelled not met, judged met: "When I mark a shelf empty, the handheld suggests…" (line 4), with the criterion "If I pick a substitute, the order line shows the…" (line 5), keeps …; the rule is still to generalise',
    "h62-gp-02": 'problem labelled met, judged not met: "a confidence below 0.7" (line 4) tells the team how to build it (algorithms and ML methods); describe what the user needs instead; the rule is still to generalise',
    "h62-as-01": 'problem (unsure_ok) labelled met, judged not met: "database cluster" (line 4) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h62-ac-02": 'persona (unsure_ok) labelled not met, judged met: "council housing officer who refers tenants facing eviction to the…" (line 1) is someone in the need\'s situation; the rule is still to generalise',
    "h62-tp-02": 'topic labelled not met, judged met: "check in the app whether I am eligible for transport before I book" (line 1) keeps the need; the rule is still to generalise',
    "h62-ed-02": 'topic (unsure_ok) labelled not met, judged met: "know when it will be collected" (line 3), with the criterion "I am given a collection date when I ask for it to…" (line 6), keeps the need; the rule is still to generalise',
    "h62-oc-18": 'topic (unsure_ok) labelled not met, judged met: "the move-in response to tell me which tariff and unit rates the new…" (line 1) keeps the need; the rule is still to generalise',
    "h62-hc-09": 'persona (unsure_ok) labelled not met, judged met: "As a priority services officer" (line 1) is told by the head of "council welfare-rights officer", one of customers in arrears who apply in the My Ac…; the rule is still to generalise',
    "h62-hc-12": 'outcome labelled not met, judged met: "so that we avoid Energy Ombudsman findings against Meridian" (line 1); the rule is still to generalise',
    "h61-gp-02": "the problem judge flags the ranking model but not the named geocoding API beside it in the want, so the topic tick quotes that API; every verdict is right, the detail found is still to generalise",
    "h63-oi-17": 'topic labelled not met, judged met: the outcome "so that councils and big customers don\'t send invoices back unpaid…" (line 1) says the want serves the need; the rule is still to generalise',
    "h63-wh-11": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h63-wh-15": 'topic (unsure_ok) labelled not met, judged met: "choose which shipment event types my webhook endpoint is subscribed…" (line 1) keeps the need; the rule is still to generalise',
    "h63-tp-02": 'outcome labelled not met, judged met: "so that I hit my on-time pick-up target" (line 1); the rule is still to generalise',
    "h63-dc-02": "outcome (unsure_ok) labelled not met, judged met: \"so that the dentists' chairs don't stand empty\" (line 1); the rule is still to generalise",
    "h63-sb-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "texting \'beds\' to the bot returns tonight\'s free beds"; the rule is still to generalise',
    "h63-ac-02": 'topic (unsure_ok) labelled not met, judged met: "upload photos of my letters before the adviser rings" (line 1) keeps the need; the rule is still to generalise',
    "h63-br-01": 'topic (unsure_ok) labelled not met, judged met: "see which of the maker\'s products are in short supply and when…" (line 1) keeps the need; the rule is still to generalise',
    "h63-bv-12": 'outcome labelled not met, judged met: "so that we are always …" (line 1); the rule is still to generalise',
    "h63-pd-05": 'criteria labelled met, judged not met: no observable check under "Scenario" (line 3); "Scenario: Dose not given on the previous round…" (line 3) strings keywords together: a Gherkin step w…; the rule is still to generalise',
    "h63-vc-02": 'criteria labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h63-vc-11": 'outcome labelled not met, judged met: "so that families feel welcome and valued by the home" (line 1); the rule is still to generalise',
    "h63-vc-13": 'outcome labelled not met, judged met: "so that reception isn\'t flooded with phone calls on outbreak days" (line 1); the rule is still to generalise',
    "h64-oi-09": 'outcome labelled not met, judged met: "so that debtor days come down to our 35-day target" (line 1); the rule is still to generalise',
    "h64-oi-16": 'topic (unsure_ok) labelled not met, judged met: "the app to suggest a credit limit for customers who have paid late…" (line 1) keeps the need; the rule is still to generalise',
    "h64-cw-02": 'outcome labelled not met, judged met: "so that my spray records are ready for the farm assurance inspection" (line 1); the rule is still to generalise',
    "h64-cc-02": 'topic (unsure_ok) labelled not met, judged met: "my crew-change travel (train tickets and a hotel the night before…" (line 1) keeps the need; the rule is still to generalise',
    "h64-rl-12": 'outcome labelled not met, judged met: "so that our firm stays within the conditions of its authorised…" (line 1); the rule is still to generalise',
    "h64-rl-14": 'problem labelled met, judged not met: "OpenAPI" (line 5) tells the team how to build it (code structure, named technologies); describe what the user needs instead; the rule is still to generalise',
    "h64-rl-19": 'topic (unsure_ok) labelled not met, judged met: "book a gate slot for a box through the Box Status API as…" (line 1) is about the need and asks for nothing else; the rule is still to generalise',
    "h64-rf-10": 'persona (unsure_ok) labelled not met, judged met: "As the supervisor of the customs examination shed" (line 1) is told by the head of "reefer supervisor", one of reefer technicians and reefer supervi…; the rule is still to generalise',
    "h64-rf-12": 'outcome labelled not met, judged met: "so that I don\'t lie awake after a night shift worrying I missed one" (line 1); the rule is still to generalise',
    "h64-rf-14": 'outcome labelled not met, judged met: "so that we keep to the reefer clauses of our service agreement with…" (line 1); the rule is still to generalise',
    "h64-bt-19": 'topic (unsure_ok) labelled not met, judged met: "Marine Board to count my hours on duty and rest between jobs and warn…" (line 1) keeps the need; the rule is still to generalise',
    "h64-bt-20": 'topic labelled not met, judged met: the want "the pilotage and towage charges for each call shown in Marine Board" (line 1) adds detail ("towage charges") to what the rest of the story …; the rule is still to generalise',
    "h65-oi-02": 'outcome labelled met, judged not met: "so that): she can ring the late payers the same week and the firm can…" (line 4) is a business goal (costs, revenue, tickets, contracts won), not so…; the rule is still to generalise',
    "h65-es-16": 'topic (unsure_ok) labelled not met, judged met: the story\'s want, outcome and criteria carry the need between them, from "I can choose the shelf and the item and press…" (line 4) on; the rule is still to generalise',
    "h65-ac-02": 'topic labelled not met, judged met: the outcome "so that the resident can\'t later report it as a missed collection" (line 1) says the want serves the need; the rule is still to generalise',
    "h65-cr-02": 'outcome labelled not met, judged met: "so that the practice fills its hygienist diary and cuts failed…" (line 1); the rule is still to generalise',
    "h65-ow-16": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h65-hu-19": 'topic (unsure_ok) labelled not met, judged met: "see where the hub\'s van is and what time it will reach our branch" (line 1) keeps the need; the rule is still to generalise',
    "h65-mc-18": 'topic (unsure_ok) labelled not met, judged met: "a reminder a few days before each next dose is due" (line 1) keeps the need; the rule is still to generalise',
    "h66-dn-02": 'problem labelled met, judged not met: "Feature flag" (line 4) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h66-cp-02": 'persona (unsure_ok) labelled not met, judged met: "minibus driver who takes the pickers out to the fields each morning" (line 1) is someone in the need\'s situation; the rule is still to generalise',
    "h66-mp-02": 'outcome labelled not met, judged met: "so that we cut cancellations and keep the print subscriber numbers up…" (line 1); the rule is still to generalise',
    "h66-sc-02": 'topic labelled not met, judged met: the outcome "so that I can send an offer the same day the decision is made" (line 1) says the want serves the need; the rule is still to generalise',
    "h66-cr-12": 'outcome labelled not met, judged met: "so that HR is informed" (line 1); the rule is still to generalise',
    "h66-cr-16": 'topic labelled met, judged not met: the story asks for "Stripe\'s charge.succeeded webhooks to be matched against our seat…" (line 1), and its criteria check only that, another feature t…; the rule is still to generalise',
    "h67-oi-04": 'outcome labelled met, judged not met: "Because: you want to chase the customer in the first days, while it…" (line 4) repeats the want; say what it lets the persona achieve; the rule is still to generalise',
    "h67-bu-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h67-rf-02": 'topic (unsure_ok) labelled not met, judged met: "see the space left on each sailing for lorries and trailers before we…" (line 1) keeps the need; the rule is still to generalise',
    "h67-cf-02": 'topic labelled not met, judged met: the want "get a quote and instruct the firm online for my purchase" (line 1) adds detail ("quote instruct") to what the rest of the story says of the…; the rule is still to generalise',
    "h67-db-02": 'outcome labelled met, judged not met: "so that I can see where my bag is" (line 1) repeats the want; say what it lets the persona achieve; the rule is still to generalise',
    "h67-sb-02": 'topic labelled not met, judged met: "see the reporter\'s notes and photos before I…" (line 1), with the criterion "The job shows what the customer said about where…" (line 5), keeps the …; the rule is still to generalise',
    "h67-vp-09": 'persona (unsure_ok) labelled not met, judged met: "driver of the accessible buggy that carries wheelchair users from the…" (line 1) is how the scenario names its users (disabled festival-goers regist…; the rule is still to generalise',
    "h67-vp-15": 'criteria (unsure_ok) labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 6), e.g. "When a platform is full, the app shows it as full within…"; the rule is still to generalise',
    "h67-sp-03": 'criteria (unsure_ok) labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h67-sp-14": 'criteria labelled not met, judged met: 3 observable checks under "Acceptance criteria" (line 3) (lines 4 to 7), e.g. "build push notification for post changes"; the rule is still to generalise',
    "h67-sp-15": 'outcome labelled not met, judged met: "so that we all have an amazing festival together 🎉🙌 #CrewLife #LF25" (line 2); topic labelled met, judged not met: the story asks for "hear about post changes straight away in the Crew app" (line 2), another feature than the scenario\'s need; the need is to volunte…; the rule is still to generalise',
    "h67-sp-19": 'topic (unsure_ok) labelled not met, judged met: "swap a shift with another volunteer in the Crew app" (line 1) keeps the need; the rule is still to generalise',
    "h68-oi-08": 'outcome labelled not met, judged met: "so that the board can see our debtor days coming down" (line 1); criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 3): "The report lists each overdue invoice with its customer and…" (line 4); "The rep…; the rule is still to generalise',
    "h68-wh-03": 'persona labelled met, judged not met: "As the solo founder of a small online tea shop" (line 1) does not code against the product; its users are developers who integrate the shipment webh…; the rule is still to generalise',
    "h68-sr-02": 'topic (unsure_ok) labelled not met, judged met: "Keystash to remind me when a secret has not been rotated for 90 days" (line 1) keeps the need; the rule is still to generalise',
    "h68-mc-02": 'topic (unsure_ok) labelled not met, judged met: "a meal voucher to appear in the app" (line 1), with the criterion "When my flight is 3 hours late, a voucher for the…" (line 4), keeps the need; the rule is still to generalise',
    "h68-dw-02": 'outcome (unsure_ok) labelled not met, judged met: "so that docks do not stand idle" (line 1); the rule is still to generalise',
    "h68-rm-02": 'topic labelled not met, judged met: "a minibar restocking list for each floor" (line 1) keeps the need; the rule is still to generalise',
    "h68-pr-02": 'topic (unsure_ok) labelled not met, judged met: "book a wheelchair-accessible taxi from the airport in the same app…" (line 1) keeps the need; the rule is still to generalise',
    "h68-tm-01": 'topic labelled not met, judged met: "record my van stock check at the end of the week in the app" (line 1) keeps the need; the rule is still to generalise',
    "h68-ag-14": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 5 to 6), e.g. "A monthly report to each partner of the number of change…"; the rule is still to generalise',
    "h68-ag-15": 'criteria labelled not met, judged met: 3 observable checks under "Acceptance criteria" (line 3) (lines 4 to 6), e.g. "The message keeps the reservations system\'s internal change…"; the rule is still to generalise',
    "h68-dl-09": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 3): "The list shows each discretion with crew, date and minutes…" (line 4); "The list…; topic labelled not met, judged met: "a weekly list of every duty where the captain…" (line 1), with the criterion "The list shows each discretion with crew, date…" (line 4), keeps the n…; the rule is still to generalise',
    "h68-dl-10": 'persona labelled not met, judged met: "As a payroll officer" (line 1) is told by the head of "first officer", one of captains and first officers, cabin crew members and senior cabin crew,…; the rule is still to generalise',
    "h68-dl-20": 'topic labelled not met, judged met: "bid for my preferred days off and early or late duties next month in…" (line 1) keeps the need; the rule is still to generalise',
    "h68-so-07": 'criteria labelled met, judged not met: no observable check under "Scenario" (line 6); "Scenario: room given Given my 19:30 flight is…" (line 6) strings keywords together: a Gherkin step wi…; the rule is still to generalise',
    "h68-so-10": 'persona labelled not met, judged met: "captain who night-stops after a diversion" (line 1) is someone in the need\'s situation; topic labelled not met, judged met: "see in the app which hotel the crew is booked into and the transport" (line 1) keeps the need; the rule is still to generalise',
    "h68-so-12": 'outcome labelled not met, judged met: "so that Northmoor pays fewer refund claims for hotels passengers…" (line 1); topic labelled met, judged not met: the story asks to "give" in "give stranded passengers rooms from the station tool" (line 1), an action the need does not name; its criteria check tha…; the rule is still to generalise',
    "h68-so-14": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 3) (lines 4 to 6), e.g. "Agents use the "stranded passengers" macro when answering…"; the rule is still to generalise',
    "h68-so-18": 'topic (unsure_ok) labelled not met, judged met: the story\'s want, outcome and criteria carry the need between them, from "claim my cash compensation in the app after I get…" (line 1) on; the rule is still to generalise',
    "h67-vp-13": "outcome labelled not met, judged unsure; the topic tick quotes the outcome as serving the need while the label faults it: a tick quotes the defect words 'so that the accessibility tent gets fewer complaints'; the rule is still to generalise",
    "h69-es-15": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h69-wh-05": 'criteria labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h69-wh-16": 'problem labelled met, judged not met: "the border" (line 1) tells the team how to build it (UI layout and styling); describe what the user needs instead; the rule is still to generalise',
    "h69-se-02": 'problem labelled met, judged not met: "feature flag" (line 3) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h69-bk-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "every backup gets a test restore within 24 hours"; the rule is still to generalise',
    "h69-mc-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h69-mp-02": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 2): "Given a missing clock-out, it shows on my list." (line 3); "Given I fix it, it d…; the rule is still to generalise',
    "h69-cu-02": 'outcome labelled not met, judged met: "so that my hygiene list stays full" (line 1); the rule is still to generalise',
    "h69-st-02": 'topic labelled not met, judged met: "see where stewards are posted" (line 1) keeps the need; the rule is still to generalise',
    "h69-hk-10": 'persona (unsure_ok) labelled not met, judged met: "chalet host who collects hire kit for my guests" (line 1) is someone in the need\'s situation; the rule is still to generalise',
    "h69-hk-12": 'outcome labelled not met, judged met: "so that each shop hires out 20% more kit per morning this season" (line 1); the rule is still to generalise',
    "h69-hk-13": 'outcome (unsure_ok) labelled not met, judged met: "so that every binding we set meets ISO 11088 and the insurer\'s hire…" (line 1); the rule is still to generalise',
    "h69-hk-19": 'topic (unsure_ok) labelled not met, judged met: "book a swap to shorter skis for Wednesday, when the snow turns icy" (line 1) keeps the need; the rule is still to generalise',
    "h70-wh-03": 'persona labelled met, judged not met: "As the solo founder of an online phone-accessories shop" (line 1) does not code against the product; its users are developers who integrate the ship…; the rule is still to generalise',
    "h70-wh-11": 'problem labelled met, judged not met: "the retry worker" (line 5) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h70-co-02": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h70-fo-02": 'topic labelled not met, judged met: "the app to value my current car for part-exchange while I wait" (line 1) keeps the need; the rule is still to generalise',
    "h70-dc-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 5) (lines 6 to 7), e.g. "A diet change shows up in the section\'s channel."; the rule is still to generalise',
    "h70-si-02": 'persona labelled met, judged not met: "As a Meridian customer" (line 1) is someone who builds the product, not someone who uses it; write it for Meridian customers who book or have booked…; the rule is still to generalise',
    "h70-lt-01": 'topic labelled not met, judged met: "see in the morning which runs were groomed overnight" (line 1) keeps the need; the rule is still to generalise',
    "h70-pu-01": 'topic labelled not met, judged met: "see the estimate and pay the bill in the app before I come to collect" (line 1) keeps the need; the rule is still to generalise',
    "h70-cf-09": 'topic labelled not met, judged met: "be told when an engineer is no longer coming because the fault cleared" (line 1) keeps the need; the rule is still to generalise',
    "h70-cf-18": 'topic (unsure_ok) labelled not met, judged met: "know before I set off whether access to the site is arranged (the…" (line 1) keeps the need; the rule is still to generalise',
    "h70-ea-09": 'outcome labelled not met, judged met: "so that they don\'t leave us for another network" (line 1); the rule is still to generalise',
    "h70-ea-17": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 5) (lines 6 to 7), e.g. "A failed step shows what to do next."; the rule is still to generalise',
    "h71-oi-08": 'outcome (unsure_ok) labelled met, judged not met: "so that the team can chase late payers sooner" (line 1) is a goal of the system or its builders, not something the persona achieves; say what the pe…; the rule is still to generalise',
    "h71-oi-09": 'topic labelled not met, judged met: "a reminder when my invoice is overdue" (line 1) keeps the need; the rule is still to generalise',
    "h71-es-13": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 4 to 5), e.g. "99.5% of picks go to a stocked shelf, measured monthly"; the rule is still to generalise',
    "h71-pa-02": 'outcome (unsure_ok) labelled not met, judged met: "so that I know when a payout fails" (line 1); the rule is still to generalise',
    "h71-gp-02": 'problem labelled met, judged not met: "score below 0.5" (line 4) tells the team how to build it (algorithms and ML methods); describe what the user needs instead; the rule is still to generalise',
    "h71-as-02": 'problem labelled met, judged not met: "feature flag" (line 6) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h71-sr-02": 'outcome labelled not met, judged met: "so that I can answer our auditors" (line 1); topic (unsure_ok) labelled not met, judged met: "a monthly report of who read each secret" (line 1) keeps the need; a topic tick quotes the defect words \'monthly report of who read each secret\'; the rule is still to generalise',
    "h71-cr-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "The padlock always shows"; the rule is still to generalise',
    "h71-lh-02": "outcome labelled not met, judged met: \"so that loans per active member go up this year\" (line 1); a outcome tick quotes the defect words 'so that loans per active member go up'; the rule is still to generalise",
    "h71-ot-01": 'outcome labelled met, judged not met: no outcome found; add "so that …" (or "so I can", "in order to") with what the persona can then achieve; criteria labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h71-pu-01": 'criteria (unsure_ok) labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h71-sb-02": "topic labelled not met, judged met: \"leave a star rating and review for the shop after I collect a bag\" (line 1) keeps the need; a topic tick quotes the defect words 'leave a star rating and review'; the rule is still to generalise",
    "h71-lp-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "Front desk uses the "lost item found" reply macro"; a criteria tick quotes the defect words \'front desk uses the "lost item found" reply macro\'; the rule is still to generalise',
    "h71-db-02": 'criteria (unsure_ok) labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "I can see when my bag will be delivered"; the rule is still to generalise',
    "h71-ws-11": 'outcome labelled not met, judged met: "so that Harrowgate Museums\' TripAdvisor rating stops being dragged…" (line 1); the rule is still to generalise',
    "h71-ws-17": 'problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; topic labelled met, judged not met: the story asks for "the mill maintenance log to feed the ticketing system" (line 1), another feature than the scenario\'s need; the need is to develop…; the rule is still to generalise',
    "h71-ws-19": 'outcome (unsure_ok) labelled not met, judged met: "so that we can ship our integration with confidence" (line 1); the rule is still to generalise',
    "h71-sv-06": 'criteria labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h71-sv-10": 'persona labelled not met, judged met: "front-of-house supervisor who meets school groups on arrival" (line 1) is someone in the need\'s situation; the rule is still to generalise',
    "h71-sv-14": 'outcome labelled not met, judged met: "so that our trip meets the Ofsted and local authority educational…" (line 1); the rule is still to generalise',
    "h71-om-06": 'criteria (unsure_ok) labelled met, judged not met: none found; add "Acceptance criteria:" with one check per line; write at least two observable checks; the rule is still to generalise',
    "h71-om-10": 'problem labelled met, judged not met: "value object" (line 1) tells the team how to build it (code structure); describe what the user needs instead; the rule is still to generalise',
    "h71-om-16": 'outcome labelled met, judged not met: "so that the record always shows where an object is" (line 1) is a goal of the product, not something the persona achieves; say what the persona can …; the rule is still to generalise',
    "h71-om-20": 'criteria labelled met, judged not met: only 1 observable check found under "Acceptance criteria" (line 2): "Readings for each bay are shown as a graph" (line 3); "A bay over 65% humidity i…; the rule is still to generalise',
    "h72-oi-17": 'topic (unsure_ok) labelled not met, judged met: "the app to tell me which open invoices are likely to be paid late,…" (line 1) keeps the need; the rule is still to generalise',
    "h72-ss-01": 'problem (unsure_ok) labelled met, judged not met: "retry loop" (line 1) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h72-ce-02": 'problem labelled met, judged not met: "a feature flag" (line 6) tells the team how to build it (storage and infrastructure); describe what the user needs instead; the rule is still to generalise',
    "h72-mh-02": 'problem labelled met, judged not met: "API" (line 4) tells the team how to build it (internal interfaces); describe what the user needs instead; the rule is still to generalise',
    "h72-cd-02": 'outcome labelled not met, judged met: "so that I can release the keys and get our commission invoice paid…" (line 1); the rule is still to generalise',
    "h72-sb-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "blockages are logged for the regulator report"; the rule is still to generalise',
    "h72-vm-02": 'criteria labelled not met, judged met: 2 observable checks under "Acceptance criteria" (line 2) (lines 3 to 4), e.g. "the view refreshes every 15 minutes"; the rule is still to generalise',
    "h72-sc-01": 'criteria labelled not met, judged met: 3 observable checks under "Acceptance criteria" (line 2) (lines 3 to 5), e.g. "Create \'waiting on\' field on candidate record"; a criteria tick quotes the defect words "create \'waiting on\' field on candidate record"; the rule is still to generalise',
    "h72-mm-12": 'outcome labelled not met, judged met: "so that more agents refer their buyers\' conveyancing to Marsh & Okafor" (line 1); a outcome tick quotes the defect words "so that more agents refer their buyers\' conveyancing to marsh & okafor"; the rule is still to generalise',
    "h72-mm-13": 'problem labelled met, judged not met: "OpenAPI" (line 3) tells the team how to build it (code structure, named technologies); describe what the user needs instead; the rule is still to generalise',
    "h72-mm-18": "problem labelled not met, judged met: no storage, infrastructure, code structure, internal interface, named technology, algorithm or styling detail; the how is left to the team; the rule is still to generalise",
    "h72-kd-07": 'persona labelled met, judged not met: job story, but the situation "When I pick up a family legal aid matter as the locum covering a…" (line 1) names no role; say who is in it ("When I, a…; the rule is still to generalise',
    "h72-kd-09": 'outcome labelled not met, judged met: "so that our file audits show no missed key dates and I can report to…" (line 4); criteria labelled not met, judged met: 2 observable checks (lines 6 to 7), e.g. "the list is produced on the first working day of each month"; the rule is still to generalise',
    "h72-kd-13": "outcome labelled not met, judged met: \"so that I can go away with peace of mind\" (line 1); a outcome tick quotes the defect words 'so that i can go away with peace of mind'; the rule is still to generalise",
    "h72-kd-19": "topic (unsure_ok) labelled not met, judged met: \"the conflict check to be re-run against my office's clients when the…\" (line 1) keeps the need; a topic tick quotes the defect words 'the conflict check to be re-run'; the rule is still to generalise",
    "h72-kd-20": "topic labelled not met, judged met: \"see when a court bundle has been sent to court by the post room or…\" (line 1) keeps the need; a topic tick quotes the defect words 'see when a court bundle has been sent to court'; the rule is still to generalise",
}


def finding(text: str, criterion: str, scenario: Scenario = OVERDUE_INVOICES) -> story.Finding:
    for f in analyse(text, scenario).findings:
        if f.criterion == criterion:
            return f
    raise AssertionError(f"{criterion} was not judged")


# ---------------------------------------------------------------- the corpus
def test_corpus_is_big_and_varied() -> None:
    by_scenario: dict[str, int] = {}
    for s in STORIES:
        by_scenario[s["scenario"]] = by_scenario.get(s["scenario"], 0) + 1
    assert len(STORIES) >= 200
    assert by_scenario["OVERDUE_INVOICES"] >= 120
    assert {"WEBHOOK_RETRIES", "EMPTY_SHELVES"} <= by_scenario.keys()
    assert len({s["id"] for s in STORIES}) == len(STORIES)


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param(
            s,
            id=s["id"],
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[s["id"]])]
            if s["id"] in KNOWN_MISSES
            else [],
        )
        for s in STORIES
    ],
)
def test_corpus_story(entry: dict[str, Any]) -> None:
    """The feedback never misleads: a criterion labelled good is never ✘, one labelled
    bad is never ✔ (unsure is allowed both ways: it sends the answer to a human), and no
    ✔ line quotes the words that show a bad story's defect."""
    scenario = storydata.scenario(entry["scenario"])
    result = analyse(entry["text"], scenario)
    wrong = []
    for f in result.findings:
        expected = entry["labels"].get(f.criterion)
        if expected is None or f.state == "unsure":
            continue
        if f.passed != expected:
            wrong.append(
                f"{entry['id']}: {f.criterion} expected {expected}, analyser says {f.line}"
            )
    defect_words = str(entry.get("defect_words") or "").lower()
    if defect_words:
        wrong.extend(
            f"{entry['id']}: a tick quotes the defect {defect_words!r}: {f.line}"
            for f in result.findings
            if f.state == "met" and defect_words in f.message.lower()
        )
    assert not wrong, "\n".join(wrong)


# ---------------------------------------------------------------- good stories that used to fail
CLERK_STORY = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."


@pytest.mark.parametrize(
    "bullet", ["\u2013", "\u2014", "+", "•", "*", "-", "1.", "1)", "a)", "[ ]", "- [x]"]
)
def test_any_common_bullet_gives_criteria(bullet: str) -> None:
    text = (
        f"{CLERK_STORY}\n\nAcceptance criteria:\n"
        f"{bullet} Unpaid invoices past their due date are shown as overdue.\n"
        f"{bullet} Paid invoices are not shown as overdue."
    )
    f = finding(text, "criteria")
    assert f.passed, f.message
    assert "2 observable checks" in f.message


@pytest.mark.parametrize("heading", ["AC:", "Done when", "**Acceptance criteria**", "## Checks"])
def test_criteria_headings(heading: str) -> None:
    text = (
        f"{CLERK_STORY}\n{heading}\n"
        "- unpaid invoices past their due date are shown as overdue\n"
        "- paid invoices are not shown as overdue"
    )
    assert finding(text, "criteria").passed


def test_criteria_without_bullets_one_per_line() -> None:
    text = (
        f"{CLERK_STORY}\nAcceptance criteria:\n"
        "Unpaid invoices past their due date are shown as overdue.\n"
        "Each overdue invoice shows how many days late it is."
    )
    assert finding(text, "criteria").passed


@pytest.mark.parametrize(
    "outcome",
    ["so I can chase late payers", "in order to chase late payers", "because I lose money"],
)
def test_outcome_forms(outcome: str) -> None:
    text = f"As a finance clerk, I want to see overdue invoices {outcome}."
    f = finding(text, "outcome")
    assert f.passed, f.message
    assert outcome.split(maxsplit=1)[0] in f.message


@pytest.mark.parametrize(
    "opening",
    [
        "**As an** accounts clerk, I want",
        "I'm an accounts clerk and I want",
        "As finance clerks, we want",
        "[Persona: Dana, finance clerk]\nI want",
    ],
)
def test_persona_forms(opening: str) -> None:
    text = f"{opening} to see which invoices are overdue so that I can chase the late payers."
    f = finding(text, "persona")
    assert f.passed, f.message


def test_job_story_is_read() -> None:
    text = (
        "When I open the invoice list on Monday morning, I want to see which invoices went "
        "past their due date, so I can call those customers first."
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert result.format == "job story"
    # no role in the situation: the story is about nobody in particular
    assert result.state("persona") == "not met"
    assert result.passed("outcome") and result.passed("topic")
    with_role = analyse(
        text.replace("Monday morning", "Monday morning as the AR clerk"), OVERDUE_INVOICES
    )
    assert with_role.state("persona") == "met", with_role.feedback


def test_customer_queries_are_not_sql() -> None:
    text = (
        "As a finance clerk who answers queries from customers, I want overdue invoices "
        "pointed out to me so that I can chase them between queries."
    )
    assert finding(text, "problem").passed


def test_gherkin_one_scenario_per_criterion() -> None:
    text = (
        f"{CLERK_STORY}\n\nGiven an unpaid invoice due yesterday\nWhen I open the list\n"
        "Then it is shown as overdue\n\nGiven a paid invoice\nWhen I open the list\n"
        "Then it is not shown as overdue"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert len(result.criteria) == 2
    assert result.passed("criteria")


# ---------------------------------------------------------------- bad stories that used to pass
def test_technology_names_fail_and_are_quoted_with_lines() -> None:
    text = (
        "As an accounts clerk, I want overdue invoices cached in Redis,\n"
        "marked in Postgres by a Kafka consumer,\n"
        "and rendered by a React component, so I can chase late payers."
    )
    f = finding(text, "problem")
    assert not f.passed
    assert '"cached in Redis" (line 1)' in f.message
    assert "(line 3)" in f.message
    assert "React component" in f.message


def test_bold_red_at_the_top_right_fails() -> None:
    text = f"{CLERK_STORY} Show them in bold red at the top right of the dashboard."
    f = finding(text, "problem")
    assert not f.passed and "top right" in f.message and "styling" in f.message


def test_scheduled_job_and_http_status_fail() -> None:
    text = f"{CLERK_STORY}\nA scheduled job marks them every night and the API returns HTTP 200."
    f = finding(text, "problem")
    assert not f.passed
    assert "scheduled job" in f.message and "HTTP 200" in f.message


def test_vague_persona_and_vacuous_outcome_fail() -> None:
    result = analyse(
        "As a user, I want the invoice screen improved so that it is better for everyone.",
        OVERDUE_INVOICES,
    )
    assert not result.passed("persona") and not result.passed("outcome")


def test_a_different_need_with_the_topic_words_fails() -> None:
    text = (
        "As a finance clerk, I want to export invoices to PDF so that I can email them to the "
        "auditors.\nAcceptance criteria:\n- Overdue invoices are exported too.\n"
        "- The PDF shows the invoice number."
    )
    f = finding(text, "topic")
    assert not f.passed and "export invoices to PDF" in f.message


def test_a_count_written_as_the_digit_zero_is_the_word() -> None:
    from pmcourse._tasks.story._topic_terms import carries

    pat = re.compile(r"\b(?:zero|no\s+stock|empty)\b")
    assert carries(pat, "a bin with 0 units is skipped")
    assert carries(pat, "0 stock left in that aisle")
    assert not carries(pat, "the bin holds 10 units")
    assert not carries(pat, "version 2.0 of the list")


def test_keyword_stuffing_fails() -> None:
    text = "As a finance clerk so that overdue invoice late payment given when then"
    result = analyse(text, OVERDUE_INVOICES)
    assert not result.passed("outcome")
    assert not result.passed("criteria")
    assert not result.passed("topic")
    assert '"overdue invoice late payment"' in result.feedback


def test_the_instructions_as_a_template_fail() -> None:
    text = (
        "As a <specific kind of user>, I want <what they need>, so that <what they achieve>.\n"
        "Acceptance criteria:\n- <testable check 1>\n- <testable check 2>"
    )
    result = analyse(text, OVERDUE_INVOICES)
    assert [f.passed for f in result.findings] == [False, False, False, True, False]


@pytest.mark.parametrize("abbrev", ["tbl", "obj", "bool", "db", "col", "cfg", "btn"])
def test_abbreviations_are_implementation(abbrev: str) -> None:
    text = f"{CLERK_STORY} Use the {abbrev} for it."
    f = finding(text, "problem")
    assert not f.passed and abbrev in f.message


def test_given_when_then_in_prose_are_not_criteria() -> None:
    text = (
        f"{CLERK_STORY} Given that we have hundreds of invoices, when one is late I find out "
        "too late, and then the customer has forgotten."
    )
    f = finding(text, "criteria")
    assert not f.passed
    assert "Given/When/Then appear inside the story's sentences" in f.message


def test_the_original_bad_story_fails_four_criteria() -> None:
    result = analyse(BAD_STORY, OVERDUE_INVOICES)
    assert [f.passed for f in result.findings] == [False, False, False, False, True]


# ---------------------------------------------------------------- decisions
def test_a_table_the_clerk_sees_is_fine_but_the_invoices_table_is_not() -> None:
    seen = f"{CLERK_STORY} A table of overdue invoices I can sort by amount."
    stored = f"{CLERK_STORY} Keep a flag in the invoices table."
    assert finding(seen, "problem").passed
    assert not finding(stored, "problem").passed


def test_in_the_red_is_money_not_styling() -> None:
    text = f"{CLERK_STORY} Otherwise we end the month in the red."
    assert finding(text, "problem").passed


def test_api_words_are_user_facing_for_developers() -> None:
    text = (
        "As an integrating developer, I want events retried when my endpoint returns a 503, "
        "so that I do not lose shipment updates. The JSON payload stays the same."
    )
    assert finding(text, "persona", WEBHOOK_RETRIES).passed
    assert finding(text, "problem", WEBHOOK_RETRIES).passed
    assert not finding(text, "problem", OVERDUE_INVOICES).passed


def test_builders_of_the_api_are_not_its_users() -> None:
    text = "As a backend developer on the webhooks team, I want retries so that events arrive."
    assert not finding(text, "persona", WEBHOOK_RETRIES).passed


def test_a_criteria_only_task_judges_three_criteria() -> None:
    text = (
        "- A picker is never sent to a shelf with zero stock of the item.\n"
        "- When a picker reports a shelf empty, another shelf with the item is shown."
    )
    result = analyse(text, EMPTY_SHELVES)
    assert [f.criterion for f in result.findings] == ["criteria", "problem", "topic"]
    assert result.fraction == 1.0


def test_duplicates_count_once() -> None:
    text = (
        f"{CLERK_STORY}\nAcceptance criteria:\n- Overdue invoices are shown as overdue.\n"
        "- Overdue invoices are shown as overdue."
    )
    f = finding(text, "criteria")
    assert not f.passed and "counted once" in f.message


# ---------------------------------------------------------------- evidence and feedback
def test_unusual_bullets_are_reported_as_found() -> None:
    text = f"{CLERK_STORY}\nAcceptance criteria:\n\u2013 Overdue invoices are listed first."
    f = finding(text, "criteria")
    assert not f.passed
    assert 'only 1 observable check found under "Acceptance criteria" (line 2)' in f.message
    assert '"Overdue invoices are listed first."' in f.message


def test_good_outcome_is_quoted() -> None:
    f = finding(
        "As a finance clerk, I want overdue invoices listed so I can chase late payers.", "outcome"
    )
    assert f.line == '✔ Outcome: "so I can chase late payers" (line 1)'


def test_feedback_has_one_line_per_criterion_with_marks() -> None:
    result = analyse(MODEL_STORY, OVERDUE_INVOICES)
    lines = result.feedback.splitlines()
    names = ["Persona", "Outcome", "Acceptance criteria", "Problem-oriented", "On topic"]
    assert [ln.split(":")[0] for ln in lines] == [f"✔ {n}" for n in names]
    assert all('"' in ln for ln in lines if not ln.startswith("✔ Problem"))


def test_missing_persona_says_what_was_found() -> None:
    f = finding("I want to see overdue invoices so that I can chase them.", "persona")
    assert not f.passed and "no persona found" in f.message


# ---------------------------------------------------------------- the task kind
TASK = Story(
    id="9.9",
    title="Rewrite the story",
    section="chapters/04-dont-design-the-solution.html#ch04-rewrite",
    hint="Who, what, why, and how will everyone know?",
    prompt="Rewrite the story so that it names who it is for, why, and how to test it.",
    solution=MODEL_STORY,
    expects="the rewritten user story as a text (a string)",
    scenario=OVERDUE_INVOICES,
)


def test_story_task_grades_the_model_story_full_marks() -> None:
    verdict = TASK.grade(TASK.prepare(MODEL_STORY))
    assert verdict.fraction == 1.0
    assert len(verdict.feedback.splitlines()) == 5


def test_story_task_grades_the_bad_story_one_fifth() -> None:
    verdict = TASK.grade(TASK.prepare(BAD_STORY))
    assert verdict.fraction == pytest.approx(0.2)
    assert verdict.feedback.startswith("✘ Persona:")


def test_story_task_validates_the_answer() -> None:
    with pytest.raises(NotAttempted):
        TASK.prepare(...)
    with pytest.raises(AnswerError, match="expects the rewritten user story"):
        TASK.prepare(42)
    with pytest.raises(AnswerError, match="expects"):
        TASK.prepare("   ")
    with pytest.raises(AnswerError, match="at least 10 words"):
        TASK.prepare("As a clerk I want it.")


def test_scenario_rejects_unknown_criteria() -> None:
    with pytest.raises(ValueError, match="unknown criteria"):
        Scenario(need="x", topic=(("x",),), judge=("persona", "style"))


def test_import_pmcourse_does_not_import_the_analyser() -> None:
    code = "import sys, pmcourse; print('pmcourse._tasks.story' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- realistic learner answers
def test_a_verb_phrase_of_four_need_words_is_not_stuffing() -> None:
    text = (
        "As a finance clerk I want to prioritise chasing overdue invoices, so that our "
        "organisation's cash flow doesn't suffer.\n\nAcceptance criteria:\n"
        "- Overdue invoices are highlighted on the dashboard each morning.\n"
        "- The dashboard shows how many days each overdue invoice is late."
    )
    f = finding(text, "topic")
    assert f.passed and "prioritise chasing overdue invoices" in f.message


@pytest.mark.parametrize(
    ("item", "scenario"),
    [
        ("shelf empty picker sent", EMPTY_SHELVES),  # a participle does not make it a phrase
        ("webhook endpoint down events lost retry", WEBHOOK_RETRIES),  # "down" is a keyword
        ("events retry receive down endpoint", WEBHOOK_RETRIES),
    ],
)
def test_need_words_in_a_heap_are_stuffing_even_with_a_small_or_past_word(
    item: str, scenario: Scenario
) -> None:
    text = f"Acceptance criteria:\n- {item}\n- {item.split(maxsplit=1)[0]} is shown when the thing happens"
    f = finding(text, "criteria", scenario)
    assert not f.passed
    assert f'"{item}" (line 2) strings keywords together' in f.message


@pytest.mark.parametrize(
    "who",
    [
        "a business owner",
        "a company accountant",
        "a service desk agent",
        "the owner of a small business",
    ],
)
def test_a_role_qualified_by_a_machine_word_is_not_the_product(who: str) -> None:
    f = finding(f"As {who}, I want to see overdue invoices so that I can chase them.", "persona")
    assert f.state != "not met", f.message
    assert "product itself" not in f.message


@pytest.mark.parametrize(
    ("who", "why"),
    [
        ("a dashboard user", "is too general"),
        ("a power user of the dashboard", "is too general"),
        ("our invoicing app", "is the product itself"),
        ("a backend developer on our team", "is someone who builds the product"),
    ],
)
def test_persona_feedback_names_the_right_fault(who: str, why: str) -> None:
    f = finding(f"As {who}, I want to see overdue invoices so that I can chase them.", "persona")
    assert not f.passed and why in f.message, f.message


def test_the_api_team_backend_developer_is_a_builder_not_the_product() -> None:
    text = (
        "As a backend developer on our team, I want to build a retry queue, so that webhooks "
        "are retried.\n\nAcceptance criteria:\n- The retry queue processes failed deliveries.\n"
        "- Failed deliveries are retried every 5 minutes."
    )
    result = analyse(text, WEBHOOK_RETRIES)
    assert "builds the product" in finding(text, "persona", WEBHOOK_RETRIES).message
    problem = finding(text, "problem", WEBHOOK_RETRIES)
    assert not problem.passed and "retry queue" in problem.message  # the team decides queues
    assert not result.passed("persona")


def test_a_persona_made_of_need_keywords_is_stuffing() -> None:
    text = (
        "As a finance clerk invoice overdue late see chase spot dashboard cash flow, so that "
        "invoice overdue late chase.\n\nAcceptance criteria:\n- invoice overdue late see chase"
    )
    f = finding(text, "persona")
    assert not f.passed and "strings the need's keywords together" in f.message


def test_a_criterion_that_states_the_whole_need_completes_the_story() -> None:
    text = (
        "As a shop developer, I want missed webhook events to be retried so I can stop running "
        "my own polling job.\n\nAC:\n1. If my endpoint is offline, events are retried for at "
        "least 24 hours.\n2. Every retried event carries the same event ID as the first attempt."
    )
    f = finding(text, "topic", WEBHOOK_RETRIES)
    assert f.passed
    assert (
        'with the criterion "If my endpoint is offline, events are retried for…" (line 4)'
        in f.message
    )


def test_a_criterion_does_not_rescue_a_different_need() -> None:
    text = (
        "As a finance clerk, I want late fees to be added to invoices automatically, so that I "
        "do not calculate them by hand.\nAcceptance criteria:\n- A late fee of 2% is added to "
        "the invoice total.\n- The fee appears as its own line on the invoice."
    )
    assert not finding(text, "topic").passed


# ---------------------------------------------------------------- the untouched slice
def test_untouched_slice_loads_and_every_story_gets_a_verdict() -> None:
    """The untouched slice is measured by the bench, never tuned on: this only checks that
    it is there and readable, not how well the analyser agrees with it."""
    held = storydata.holdout()
    if not held:
        pytest.skip("no untouched slice (tests/data/stories-holdout*.jsonl) for now")
    assert not {s["id"] for s in held} & {s["id"] for s in STORIES}
    for s in held:
        result = analyse(s["text"], storydata.scenario(s["scenario"]))
        assert {f.criterion for f in result.findings} <= set(s["labels"])
        assert all(f.state in {"met", "not met", "unsure"} for f in result.findings)


@pytest.mark.parametrize(
    "line",
    [
        'Every packer finishes the "safe lifting" refresher course before launch.',
        "Shift lead checks the returns shelf every evening and signs the sheet.",
        "Reception staff ring the depot every 3 hours and note the answer in the log.",
        "Team leader reviews late orders at the 9:30 daily huddle.",
        "Branch policy: tellers must file the form within one day.",
        "Complaint rate falls from 20% to 5%.",
        "PR approved by 2 reviewers",
        "Deployed to staging",
        "Privacy impact assessment signed off before go-live.",
    ],
)
def test_round23_procedures_are_not_checks(line: str) -> None:
    from pmcourse._tasks.story._criteria import criterion_problem
    from pmcourse._tasks.story._items import Item

    assert criterion_problem(Item(line, 4, False)) is not None


@pytest.mark.parametrize(
    "line",
    [
        "A stuck sensor alerts at most once every 30 minutes.",
        "The refund policy is shown before I pay.",
        "The dashboard checks for new orders every 5 minutes.",
        # a product told by its own name, or by a machine noun that ends like a job
        "Roadmate checks the driver's position every 2 minutes.",
        "The monitor checks each link every minute.",
    ],
)
def test_round23_product_schedules_stay_checks(line: str) -> None:
    from pmcourse._tasks.story._criteria import criterion_problem
    from pmcourse._tasks.story._items import Item

    assert criterion_problem(Item(line, 4, False)) is None


# ---------------------------------------------------------------- calibration
@pytest.mark.slow
def test_no_rule_decides_on_weak_evidence() -> None:
    """A rule whose verdicts agree with careful readers less than 90 % of the time on the
    tuned corpus is weak evidence, and weak evidence says "unsure" (issue 22): the table of
    every rule is ``python tests/bench/rules.py --all``."""
    assert _bench_rules().weak_rules() == []


def _bench_rules() -> Any:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "rules.py"
    spec = importlib.util.spec_from_file_location("bench_rules", path)
    assert spec is not None and spec.loader is not None
    rules = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rules)
    return rules


def test_calibration_sees_the_item_rule_behind_a_criteria_verdict() -> None:
    # the criteria judge sums up its items from one line; the line of the item rule that
    # failed the first item is part of the verdict's rule, so a weak item rule shows
    rules = _bench_rules()
    text = f"{CLERK_STORY}\n\nAcceptance criteria:\n- It works.\n- Unpaid invoices are shown."
    with rules._traced():
        result = rules._analyse(text, OVERDUE_INVOICES)
    verdict = next(f for f in result.findings if f.criterion == "criteria")
    assert verdict.state == "not met", verdict.message
    rule, item_rule = verdict.site.split("<")
    assert rule.startswith("_criteria.py:") and item_rule.startswith("_criteria.py:"), verdict.site
    with rules._traced():
        result = rules._analyse(CLERK_STORY, OVERDUE_INVOICES)
    plain = next(f for f in result.findings if f.criterion == "persona")
    assert "<" not in plain.site, plain.site
