"""The outcome judge: knowing the answer to a question the want does not ask, the persona
seen (attended to) rather than seeing, and a harm avoided read as the wanted thing working.
Each with a story written for the test, in a trade of its own."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse

LAB = Scenario(
    need=(
        "patients waiting on blood test results need to know when results are back and "
        "whether they must see the doctor, so that nobody rings the surgery to chase"
    ),
    topic=("results?|tests?|bloods?|samples?", "back|ready|status|doctor|appointments?"),
    users="patients and reception staff at a doctors' surgery",
    user_roles=("patient", "receptionist"),
)
CHECKS = (
    "\n\nAcceptance criteria:\n- A text goes out the day the result reaches the surgery\n"
    "- The text says whether the doctor wants to see me"
)


def _outcome(want: str, why: str) -> tuple[str, str]:
    result = analyse(f"As a patient, I want {want}, so that {why}." + CHECKS, LAB)
    return result.state("outcome"), result.feedback


def test_knowing_a_when_or_why_the_want_does_not_ask_is_a_gain() -> None:
    # the want gives a status; the outcome knows when, which the status is for
    state, feedback = _outcome(
        "the lab to post each sample's status", "I know when my result is back"
    )
    assert state == "met", feedback
    state, feedback = _outcome(
        "the reason codes of the lab attached to each result",
        "I can work out why a test was repeated",
    )
    assert state == "met", feedback


def test_the_same_question_asked_again_still_repeats_the_want() -> None:
    state, feedback = _outcome("to know when my result is back", "I know when my result is back")
    assert state == "not met", feedback
    assert "repeats the want" in feedback
    # "which" picks out the wanted things themselves: not a question of its own
    state, feedback = _outcome("to see which results are back", "I know which results are back")
    assert state == "not met", feedback


def test_the_persona_seen_is_being_attended_to_not_seeing() -> None:
    state, feedback = _outcome(
        "to hear as soon as an earlier appointment comes up, and to take it by reply",
        "I'm seen sooner",
    )
    assert state == "met", feedback
    # the persona seeing the wanted thing again is still the want
    state, feedback = _outcome("my results shown in the app", "I see my results")
    assert state != "met", feedback


def test_work_after_to_is_not_the_wanted_thing_working() -> None:
    # "for go to work": work as where the persona goes, not the wanted thing working
    state, feedback = _outcome(
        "to know when my sample kit arrives", "I am not without kit for go to work"
    )
    assert "has the wanted thing" not in feedback, feedback
    state, feedback = _outcome("the sample kit posted to me", "the sample kit works")
    assert state == "not met", feedback
