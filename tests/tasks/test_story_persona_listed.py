"""The persona judge (issue 22), round 47: users the scenario's list names in a form its
roles miss. A bare item of the list (", fitters and ...") is a user even where the
extracted roles keep only longer ones ("senior fitter") and the word is a builder's; a
general word for a person placed where the list places its people ("someone in a tower
block with a shared lift" for "people in tower blocks with a shared lift") is that
user. The stories and scenarios are written for these tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse

RIGS = Scenario(
    need="crews on drilling rigs need to know when their rotation changes, so that they travel on the right day",
    topic=(r"rotations?|shifts?", r"chang\w*|travel\w*"),
    users="rig managers, senior engineers, drillers, engineers and medics on drilling rigs",
    user_roles=("rig manager", "senior engineer", "driller", "medic"),
    builders=("the RigRota software team",),
    vendor=("RigRota",),
)
LIFTS = Scenario(
    need="residents need to know when the lift in their block is out, so that they can plan",
    topic=(r"lifts?", r"out|repair\w*|broken"),
    users="council tenants, people in tower blocks with a shared lift, and housing officers",
    user_roles=("tenant", "housing officer"),
    builders=("the council's web team",),
    vendor=("the council",),
)
WANT = (
    "I want to know as soon as it changes, so that I plan my day.\n\n"
    "Acceptance criteria:\n- I get a message within an hour of the change\n"
    "- the message says the new date\n"
)


def _persona(opening: str, scenario: Scenario) -> tuple[str, str]:
    found = next(f for f in analyse(opening + WANT, scenario).findings if f.criterion == "persona")
    return found.state, found.message


def test_a_bare_item_of_the_users_list_is_a_user_though_a_builders_word() -> None:
    state, message = _persona("As an engineer on a rig, ", RIGS)
    assert state == "met", message


def test_a_builders_role_the_list_does_not_name_bare_stays_a_builder() -> None:
    state, message = _persona("As a software engineer, ", RIGS)
    assert state == "not met", message
    assert "builds the product" in message
    # the listed word told by building the product stays a builder
    assert _persona("As an engineer building the rota page, ", RIGS)[0] == "not met"


def test_a_general_person_placed_where_the_list_places_its_users_is_that_user() -> None:
    state, message = _persona("As someone in a tower block with a shared lift, ", LIFTS)
    assert state == "met", message


def test_a_general_person_placed_elsewhere_stays_too_general() -> None:
    state, message = _persona("As someone in a shared office, ", LIFTS)
    assert state == "not met", message
    assert "too general" in message
