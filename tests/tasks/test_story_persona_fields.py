"""The persona judge (issue 22), round 45: a field of the writer's own form whose value is
one of the users ("Issued to: ...", "| Who | ... |", "As a: ...", "(persona: ...)") names
the persona; "As a" after a list's mark ("2.1 As a ...", "C) AS A ...") is the story's own
form; a role whose first word could be an adverbial ("trial", "test") is a person when its
head is a person's noun, whatever describes them after it. Each rule has a near form it
leaves alone. The stories and scenario are written for these tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._words import adverbial

KEYS = Scenario(
    need=(
        "guests of a holiday-cottage agency need to know before they set off how they will "
        "get the key, so that they are not stuck outside at night"
    ),
    topic=(r"keys?|key\s*safe|code", r"arriv\w*|check-in|collect\w*"),
    users=(
        "guests who book cottages with the agency (families, walkers, older couples), and "
        "the agency's housekeepers who set the key safes"
    ),
    user_roles=("guest", "housekeeper", "walker"),
    builders=("the booking-app team",),
    vendor=("Stayfold",),
)
CHECKS = (
    "\nChecks:\n- two days before arrival the guest gets the key safe code\n"
    "- if the code changes, the guest gets the new one\n"
)


def _persona(text: str) -> tuple[str, str]:
    found = next(f for f in analyse(text, KEYS).findings if f.criterion == "persona")
    return found.state, found.line


def test_a_field_of_the_writers_own_form_names_the_persona() -> None:
    text = (
        "DOOR NOTE 12\nHanded to: guest arriving late with two children\n"
        "Task: I want the key safe code sent before I leave home, so that I am not "
        "stuck outside at night." + CHECKS
    )
    state, line = _persona(text)
    assert state == "met", line


def test_a_table_row_who_names_the_persona() -> None:
    text = (
        "| Who | walker on a week's trail |\n| Wants | the key safe code before setting off |\n"
        "| So that | I can check in when I arrive after dark |" + CHECKS
    )
    state, line = _persona(text)
    assert state == "met", line


def test_a_gloss_marks_the_persona() -> None:
    text = (
        "DIARY\n04/05 - rang about a cottage (persona: guest on a walking week) \n"
        "04/05 - she wants the key safe code the day before, so that she is not stuck at the "
        "door after a long drive." + CHECKS
    )
    state, line = _persona(text)
    assert state == "met", line


def test_a_field_that_says_what_the_users_do_is_no_persona() -> None:
    # near form: the role is the subject of a problem, not the value of a who-field
    text = (
        "We want the agency to send the code earlier.\nProblem: guests arrive at night\n"
        "Outcome: so that fewer guests ring the out-of-hours line." + CHECKS
    )
    state, line = _persona(text)
    assert state != "met", line


def test_a_field_naming_whom_the_work_goes_to_is_no_persona() -> None:
    # near form: the housekeeper is who does the work, not whom the story is for
    text = (
        "Assigned to: housekeeper\nWe want the code sent earlier so that fewer guests ring "
        "the out-of-hours line." + CHECKS
    )
    state, line = _persona(text)
    assert state != "met", line


def test_as_a_after_a_list_mark_is_the_story_form() -> None:
    text = (
        "A) Stayfold - key safes\nC) AS A guest arriving after dark I WANT the key safe code "
        "before I leave home SO THAT I am not stuck outside." + CHECKS
    )
    state, line = _persona(text)
    assert state == "met", line
    assert "(line 2)" in line


def test_a_person_whose_first_word_could_be_an_adverbial() -> None:
    assert not adverbial("trial pharmacist receiving a cold-chain box")
    assert not adverbial("test engineer at a shop")
    # near forms: the head is a thing, whatever follows it
    assert adverbial("result of the change")
    assert adverbial("test run for the release")
    assert adverbial("first step in the process")


def test_a_form_of_its_own_whose_fields_name_nobody_known_is_unsure() -> None:
    # "Customer:", "Request:", "Reason:": a house form; whether its fields name the person
    # is for a reader to tell, so the judge does not say there is none
    text = (
        "Ticket: key codes reach us too late\n"
        "Customer: family of four from the Leeds office trip\n"
        "Request: get the key safe code two days before we arrive\n"
        "Reason: we arrive after dark and nobody is on site" + CHECKS
    )
    persona = next(f for f in analyse(text, KEYS).findings if f.criterion == "persona")
    assert persona.state == "unsure", persona.message
    assert '"Ticket: key codes reach us too late' in persona.message


def test_an_answer_with_no_form_and_no_person_still_has_no_persona() -> None:
    text = "Get the key safe code two days before arrival, so nobody is stuck outside." + CHECKS
    persona = next(f for f in analyse(text, KEYS).findings if f.criterion == "persona")
    assert persona.state == "not met", persona.message
