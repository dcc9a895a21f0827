"""The persona judge (issue 22), round 17: a generic noun with the very qualifier the
scenario names its users by ("a person in arrears" where the users are "people in
arrears") is that user; a unit of an organisation speaking as "we" is a body, not a
person, even when it is named after the users' role. The stories and scenarios are
written for these tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse

RENT = Scenario(
    need=(
        "tenants behind on rent need to know what they owe and agree a plan to pay it, "
        "so that they keep their home"
    ),
    topic=(r"rent|arrears|owe\w*", r"plans?|pay\w*"),
    users="tenants of a housing association, people in arrears, and the income officers",
    user_roles=("tenant", "person in arrears", "income officer", "income", "housing"),
    builders=("the Homeline digital team",),
    vendor=("Homeline",),
)
WANT = (
    "I want to see what I owe and set up a plan to pay it back, so that I keep my home.\n\n"
    "Acceptance criteria:\n- the amount owed is shown on my account page\n"
    "- I can pick a weekly amount and see when the debt is cleared\n"
)


def _persona(opening: str) -> tuple[str, str]:
    found = next(f for f in analyse(opening + WANT, RENT).findings if f.criterion == "persona")
    return found.state, found.message


def test_a_generic_noun_with_the_users_own_qualifier_is_that_user() -> None:
    state, message = _persona("As a person in arrears who has had a letter\n")
    assert state == "met", message
    assert "person in arrears" in message


def test_a_generic_noun_with_another_qualifier_stays_too_general() -> None:
    state, message = _persona("As a person in housing, ")
    assert state == "not met", message


def test_a_unit_named_after_the_users_role_speaking_as_we_is_not_a_person() -> None:
    state, message = _persona("As the income office, we need this: ")
    assert state == "not met", message
    assert "unit of an organisation" in message


def test_a_role_of_that_unit_speaking_as_i_is_still_the_user() -> None:
    state, message = _persona("As an income officer, ")
    assert state == "met", message


def test_a_team_named_after_the_users_role_speaking_as_we_is_not_a_person() -> None:
    state, message = _persona("As the income team, we need this: ")
    assert state == "not met", message
    assert "unit of an organisation" in message
    # one member of that team, speaking as "I", is still the user
    state, message = _persona("As a member of the income team, ")
    assert state != "not met", message
