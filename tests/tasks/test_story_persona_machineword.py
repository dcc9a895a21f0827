"""The persona judge (issue 22), round 55: a role whose last word also names a machine
("scheduler", "planner's tool") is a person when the scenario lists that very role of
several words among its users; a bare machine word the list also holds ("business") still
names no person. The stories and the scenario are written for these tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse

DEPOT = Scenario(
    need="show the depot's route planners which lorries are still at the docks before the morning run",
    topic=(r"lorr\w+|trucks?", r"docks?|late|delayed"),
    users="drivers, the route schedulers who plan the day's runs, and the depot's business team",
    user_roles=("driver", "route scheduler", "business"),
    builders=("the app team",),
    vendor=("Haulo",),
)
CRITERIA = (
    "\n\nAcceptance criteria:\n- a lorry still at the docks at 06:00 is shown in red on my plan\n"
    "- a lorry that has left the docks is shown in green\n"
)


def _persona(text: str) -> tuple[str, str]:
    found = next(f for f in analyse(text, DEPOT).findings if f.criterion == "persona")
    return found.state, found.message


def test_listed_role_ending_in_a_machine_word_is_a_person() -> None:
    state, message = _persona(
        "As a route scheduler sorting the day's runs, I want to see which lorries are "
        "still at the docks before 06:00, so that I can swap a driver onto a ready lorry."
        + CRITERIA
    )
    assert state == "met", message


def test_bare_machine_word_the_list_holds_is_no_person() -> None:
    state, message = _persona(
        "As the business, I want to see which lorries are still at the docks before 06:00, "
        "so that we lose fewer runs." + CRITERIA
    )
    assert state != "met", message
    state, message = _persona(
        "As the scheduler, I want to see which lorries are still at the docks before 06:00, "
        "so that I can swap a driver onto a ready lorry." + CRITERIA
    )
    assert state == "not met", message
