"""The persona judge (issue 22), round 40: where the words after a role place it on the
maker's side (the maker's team or organisation, a builder's team told by its work, the
one post told by what it looks after), and the misreads that put a user there (a want
read as whom the person works for, a place the person was sent to read as a machine,
two modifiers of one role cut apart). The stories and scenarios are written for these
tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse
from pmcourse._tasks.story._persona_forms import persona_phrase

BERTHS = Scenario(
    need=(
        "developers at boating apps need to find out when a berth they booked through the "
        "Tidewell Berths API is moved or cancelled, so that sailors do not arrive to no berth"
    ),
    topic=(r"berths?|bookings?", r"mov\w*|cancel\w*|changed?"),
    users=(
        "backend and mobile developers at boating and sailing-club apps, QA engineers at "
        "charter companies, harbour-data volunteers and tech leads at chandlery platforms, "
        "who call the Tidewell Berths API and receive its webhooks"
    ),
    user_roles=("developer", "backend developer at a sailing app", "QA engineer", "tech lead"),
    builders=(
        "the Tidewell API team",
        "the berth-allocation developers",
        "the harbour's berth API developer",
    ),
    vendor=("Tidewell Berths API",),
    contract=("internal interfaces",),
)
WANT = (
    " I want to be told when a berth I booked is moved or cancelled, so that sailors using "
    "our app do not arrive to no berth.\n\nAcceptance criteria:\n- a moved berth sends the "
    "new berth number within a minute\n- a cancelled berth sends the reason\n"
)


def _persona(opening: str, scenario: Scenario = BERTHS) -> tuple[str, str]:
    text = opening + WANT
    found = next(f for f in analyse(text, scenario).findings if f.criterion == "persona")
    return found.state, found.message


def test_a_role_in_the_makers_team_told_after_it_works_for_the_maker() -> None:
    state, message = _persona("As a backend developer in the Tidewell payments team,")
    assert state == "not met", message
    assert "Tidewell" in message


def test_a_role_in_the_customers_own_team_is_a_user() -> None:
    state, message = _persona("As a backend developer in our payments team,")
    assert state == "met", message


def test_the_organisation_that_opens_the_makers_name_is_the_maker() -> None:
    state, message = _persona("As a developer on Tidewell's API team,")
    assert state == "not met", message
    state, message = _persona("As the berths developer at Tidewell,")
    assert state == "not met", message


def test_a_developer_at_a_customer_company_is_a_user() -> None:
    state, message = _persona("As a developer at a sailing-club app,")
    assert state == "met", message


CHANDLERY = Scenario(
    need="boat owners need to know when the parts they ordered in the Tidewell Chandlery app ship",
    topic=(r"orders?|parts?", r"ship\w*|dispatch\w*"),
    users="boat owners who order parts in the Tidewell Chandlery app, and its counter staff",
    user_roles=("boat owner", "counter assistant"),
    builders=("the chandlery app team",),
    vendor=("Tidewell Chandlery",),
)


def test_the_makers_organisation_is_not_read_into_a_product_for_its_own_staff() -> None:
    # the users of a product for customers may work at the organisation that makes it
    state, message = _persona("As a counter assistant on Tidewell's weekend team,", CHANDLERY)
    assert state != "not met", message


def test_a_builders_team_told_by_its_work_is_the_builder() -> None:
    state, message = _persona("As a developer on the berth-allocation team,")
    assert state == "not met", message
    assert "builds the product" in message


def test_a_team_no_builder_is_named_by_is_not_the_makers() -> None:
    state, message = _persona("As a developer on the booking-widget team,")
    assert state == "met", message


def test_the_one_post_told_by_what_it_looks_after_is_the_builder() -> None:
    state, message = _persona("As the developer who looks after the berth API,")
    assert state == "not met", message
    assert "looks after the berth API" in message


def test_a_developer_who_calls_the_api_is_a_user() -> None:
    state, message = _persona("As a developer who calls the berth API,")
    assert state == "met", message


def test_the_want_after_a_role_without_a_comma_does_not_place_the_role() -> None:
    text = (
        "As a developer I want a sandbox key for the Tidewell Berths API so that I can test "
        "moved berths before going live.\n\nAcceptance criteria:\n- I can create a sandbox "
        "key in the portal\n- a test berth can be moved in the sandbox\n"
    )
    found = next(f for f in analyse(text, BERTHS).findings if f.criterion == "persona")
    assert found.state == "met", found.message


def test_a_role_placed_at_the_maker_before_the_want_stays_the_makers() -> None:
    state, message = _persona("As a developer at the Tidewell Berths API")
    assert state == "not met", message


def test_the_users_own_words_name_a_user_who_need_not_code() -> None:
    state, message = _persona("As a harbour-data volunteer,")
    assert state == "met", message


def test_a_person_the_users_words_do_not_name_does_not_code_against_it() -> None:
    state, message = _persona("As a harbour volunteer,")
    assert state == "not met", message


def test_two_modifiers_of_one_role_are_one_person() -> None:
    assert persona_phrase("mobile and backend developer") == "mobile and backend developer"
    assert persona_phrase("clerk and parent") == "clerk"
    assert persona_phrase("developer and a sailor") == "developer"
    state, message = _persona("As a mobile and backend developer at a sailing app,")
    assert state == "met", message


def test_a_bare_role_placed_on_a_builders_team_is_the_builder() -> None:
    state, message = _persona("Hi all - as a developer on the berth-allocation team")
    assert state == "not met", message
    state, message = _persona("Hi all - as a developer at a sailing-club app")
    assert state == "met", message


CLERKS = Scenario(
    need="finance clerks need to see which invoices are overdue, so that they can chase them",
    topic=(r"invoices?", r"overdue|late|unpaid"),
    users="finance clerks",
    user_roles=("clerk", "accounts", "credit controller"),
)
CLERK_WANT = (
    " want overdue invoices listed, so that late payers are chased in the first week.\n\n"
    "Acceptance criteria:\n- an invoice one day past due is listed as overdue\n"
    "- a paid invoice leaves the list\n"
)


def test_a_unit_owned_by_a_name_of_several_words_speaking_as_we_is_a_body() -> None:
    text = "As Penrose & Tate's accounts department, we" + CLERK_WANT
    found = next(f for f in analyse(text, CLERKS).findings if f.criterion == "persona")
    assert found.state == "not met", found.message
    text = "As Penrose & Tate's credit controller, I" + CLERK_WANT
    found = next(f for f in analyse(text, CLERKS).findings if f.criterion == "persona")
    assert found.state == "met", found.message


SITES = Scenario(
    need="electricians need to know the day before whether they will be let onto a new site",
    topic=(r"sites?|gates?|access", r"let|refus\w*|turned\s+away"),
    users="subcontractor electricians and labourers who are sent to building sites",
    user_roles=("electrician", "labourer"),
    builders=("the site-access app team",),
    vendor=("Gatewell",),
)


def test_where_a_person_was_sent_is_not_who_they_are() -> None:
    text = (
        "As an electrician sent to a new site, I want to know the day before whether I'm on "
        "the gate list, so that I don't travel to be turned away.\n\nAcceptance criteria:\n"
        "- the evening before, I see whether I'm on the list\n- if not, I see why\n"
    )
    found = next(f for f in analyse(text, SITES).findings if f.criterion == "persona")
    assert found.state == "met", found.message
    machine = text.replace("an electrician sent to a new site", "the site")
    found = next(f for f in analyse(machine, SITES).findings if f.criterion == "persona")
    assert found.state == "not met", found.message
