"""The persona judge, round 36: a role the parse cut short ("As a household") told on
with the very words the scenario names its users by ("households on universal credit"),
or standing, two words or more, in its description of the users, is that user; a field of
the writer's own form glossed as the persona ("Applicant (persona): ...") is a persona
line; a person told as "someone" facing what the need speaks of is not a party beside the
users; a role whose clause names the scenario's builder ("the developer who looks after
the shift register") builds the product. The stories and scenarios are written for these
tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse

PLOTS = Scenario(
    need=(
        "people on the allotment waiting list need to know where they stand and when a plot "
        "may come free, so that they can plan their growing year"
    ),
    topic=(r"plots?|allotments?", r"waiting|list|free"),
    users=(
        "people on the allotment waiting list, households on universal credit, volunteer site "
        "wardens who show new tenants round, and the council's allotment officers"
    ),
    user_roles=(
        "person on the waiting list",
        "household on universal credit",
        "plot holder",
        "allotment officer",
    ),
    builders=("the Plotline digital team",),
    vendor=("Plotline",),
)
PLOTS_WITH = Scenario(
    need=PLOTS.need,
    topic=PLOTS.topic,
    users="plot holders, households with a dog and the council's allotment officers",
    user_roles=("household with a dog", "plot holder", "allotment officer"),
    builders=PLOTS.builders,
    vendor=PLOTS.vendor,
)
WANT = (
    "I want to see my place on the waiting list, so that I can plan my growing year.\n\n"
    "Acceptance criteria:\n- my place on the list is shown on my page\n"
    "- I am told when a plot comes free\n"
)
ENERGY = Scenario(
    need=(
        "households behind on their energy bills need to know what help there is before "
        "bailiffs call or the supply is cut off for disconnection, so that they stay warm"
    ),
    topic=(r"bills?|energy|disconnect\w*", r"help|grants?|plans?"),
    users="households behind on their energy bills and the supplier's hardship advisers",
    user_roles=("household behind on bills", "hardship adviser"),
    builders=("the Warmly app team",),
    vendor=("Warmly",),
)
ENERGY_WANT = (
    "I want to see what help I can get before my supply is cut off, so that I stay warm.\n\n"
    "Acceptance criteria:\n- the help I can apply for is listed on my account\n"
    "- I am told the date of any disconnection a month ahead\n"
)
ROTA = Scenario(
    need=(
        "developers at staffing software companies who call the Rotawell API need to know "
        "when a shift they booked is cancelled, so that their users are not sent to an empty site"
    ),
    topic=(r"shifts?|cancel\w*", r"webhooks?|events?|told|know"),
    users=(
        "backend developers and QA engineers at staffing software companies who call the "
        "Rotawell API"
    ),
    user_roles=("developer", "backend developer", "QA engineer"),
    builders=("the Rotawell team", "the developer who looks after the shift register"),
    vendor=("Rotawell",),
)
ROTA_WANT = (
    "I want an event when a booked shift is cancelled, so that our users are not sent to an "
    "empty site.\n\nAcceptance criteria:\n- a cancelled shift sends an event within a minute\n"
    "- the event names the shift\n"
)


def _persona(opening: str, scenario: Scenario = PLOTS, want: str = WANT) -> tuple[str, str]:
    found = next(f for f in analyse(opening + want, scenario).findings if f.criterion == "persona")
    return found.state, found.message


def test_a_role_told_on_with_the_users_own_words_is_that_user() -> None:
    state, message = _persona("As a household on universal credit, ")
    assert state == "met", message
    assert "household on universal credit" in message
    # the same role with words the scenario does not use is still for a reader to place
    state, message = _persona("As a household on a farm, ")
    assert state == "unsure", message
    # a trait told with "with" says what the person has: readers split on it
    state, message = _persona("As a household with a dog, ", PLOTS_WITH)
    assert state == "unsure", message


def test_a_role_the_users_description_names_is_that_user() -> None:
    state, message = _persona("As a volunteer site warden, ")
    assert state == "met", message
    assert "how the scenario names its users" in message
    state, message = _persona("As a park warden, ")
    assert state == "unsure", message


def test_a_field_glossed_as_the_persona_is_a_persona_line() -> None:
    state, message = _persona("Applicant (persona): plot holder on the east site.\nRequest: ")
    assert state == "met", message
    assert "plot holder" in message
    # a field glossed otherwise is no persona line
    state, message = _persona("Applicant (draft): plot holder on the east site.\n")
    assert "plot holder on the east site" not in message


def test_someone_facing_what_the_need_speaks_of_is_no_party_beside_the_users() -> None:
    state, message = _persona(
        "As someone facing disconnection who rang the helpline, ", ENERGY, ENERGY_WANT
    )
    assert state != "not met", message
    # a role the need names beside its users still is one
    state, message = _persona("As a bailiff who visits households, ", ENERGY, ENERGY_WANT)
    assert state == "not met", message


def test_a_role_whose_clause_names_the_scenarios_builder_builds_the_product() -> None:
    state, message = _persona(
        "As the developer who looks after the shift register, ", ROTA, ROTA_WANT
    )
    assert state == "not met", message
    assert "builds the product" in message
    # a developer who looks after their own company's app is one of the users
    state, message = _persona("As a developer who looks after our booking app, ", ROTA, ROTA_WANT)
    assert state == "met", message
