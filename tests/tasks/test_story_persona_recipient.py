"""The persona judge (issue 22), round 48: a person told only as the one who is sent the
very thing the need is about ("a customer who received a statement" where the users
chase late statements) is on its far side, not one of the users; a role of the users,
users who are themselves the ones things are sent to, and a thing the need does not name
are left alone. The stories and scenarios are written for these tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._recipient import receives_users_work

LEDGER = Scenario(
    need="see which statements are unpaid in time to chase them",
    topic=(r"statements?|payments?", r"unpaid|late|overdue"),
    users="credit controllers at a builders' merchant",
    user_roles=("credit controller", "controller"),
    builders=("the ledger team",),
    vendor=("Ledgerly",),
)
POST = Scenario(
    need="know when the letter will arrive so as not to stay in all day",
    topic=(r"letters?|post", r"arriv\w*|when|time"),
    users="letter addressees",
    user_roles=("addressee", "customer"),
    builders=("the app team",),
    vendor=("Postly",),
)
CRITERIA = (
    "\n\nAcceptance criteria:\n- the list shows each one with its date\n"
    "- I can sort the list by date\n"
)


def _persona(text: str, scenario: Scenario) -> str:
    return analyse(text, scenario).state("persona")


def test_one_sent_the_needs_thing_is_across_from_the_users() -> None:
    story = (
        "As a customer who received a statement, I want a reminder before it is late, "
        "so that I pay on time." + CRITERIA
    )
    assert _persona(story, LEDGER) == "not met"
    assert receives_users_work("who has been sent monthly statements", LEDGER) == "statements"


def test_a_thing_the_need_does_not_name_is_left_alone() -> None:
    # a clause about what else the person gets says nothing of which side they are on
    assert receives_users_work("who gets a newsletter", LEDGER) == ""
    assert receives_users_work("who chases statements", LEDGER) == ""


def test_users_who_are_the_ones_things_are_sent_to_are_left_alone() -> None:
    assert receives_users_work("who receives a letter", POST) == ""
    story = (
        "As a person who receives letters, I want to know when a letter will arrive, so that "
        "I do not stay in all day." + CRITERIA
    )
    assert _persona(story, POST) != "not met"
