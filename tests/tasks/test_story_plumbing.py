"""The data plumbing behind a product told as the want (``_plumbing``): a batch transfer
on a timetable, and another party's named product as where the data lives; and no false
alarm on a message the user gets on a timetable, a destination told by its kind, a name
after a contraction, a scheduled job in a developer product, or today's habit."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

LIBRARY = Scenario(
    name="BOOK_HOLDS",
    need="library members know when a book they reserved is ready to collect",
    users="members of a county library service",
    user_roles=("library member", "branch librarian"),
    vendor=("Shelfwise",),
)
# a product whose users run scheduled jobs: their nightly job is the product itself
SCHEDULER = Scenario(
    name="JOB_RUNS",
    need="developers know when a scheduled job did not run",
    users="developers at customer companies who schedule jobs through the Cronly API",
    user_roles=("developer",),
    vendor=("Cronly",),
    contract=("internal interfaces",),
)

_STORY = (
    "As a library member, I want {}, so that I collect my book before it goes back.\n"
    "Acceptance criteria:\n- I see when my reserved book is on the shelf.\n"
    "- I am told if it goes back to the stacks."
)


def _problem(want: str, sc: Scenario = LIBRARY) -> str:
    f = next(x for x in analyse(_STORY.format(want), sc).findings if x.criterion == "problem")
    return f"{f.state}: {f.message}"


@pytest.mark.parametrize(
    ("want", "quoted"),
    [
        ("the holds list exported every night into the branch's shared sheet", "exported"),
        ("a nightly file of returned books dropped where the branches collect it", "nightly file"),
        ("each branch to send its returns by file each hour", "each hour"),
        ("hold notices sent from the county's Mailwell", "Mailwell"),
        ("my reservation written into the branch's Bookstack record", "Bookstack"),
        ("the county's LMS (Spydus) to trigger a text when my book arrives", "LMS"),
    ],
)
def test_a_timetabled_transfer_or_another_partys_product_is_the_how(want: str, quoted: str) -> None:
    verdict = _problem(want)
    assert verdict.startswith("not met"), verdict
    assert quoted in verdict


@pytest.mark.parametrize(
    "want",
    [
        # what the user gets on a timetable, sent to them
        "the app to send me a list of my holds every night",
        "a reminder each hour on the last day before my hold lapses",
        # the user's own act, with a route and a schedule
        "to read my holds list from the app every night",
        "to be reminded to feed my puppy every hour",
        # a destination told by its kind, the product's name only in brackets
        "my loans exported to our family's calendar (Google) in one click",
        # a contraction, not an owner
        "to see it's Anna, my daughter, who may collect it",
        # everyday names the user meets, after an owner
        "the library's VAT invoice for a lost book emailed to me",
        # today's habit, not the want
        "to know sooner, as today the branch sends a nightly file to head office",
    ],
)
def test_what_the_user_gets_or_meets_is_left_alone(want: str) -> None:
    verdict = _problem(want)
    assert verdict.startswith("met"), verdict


def test_a_scheduled_job_in_a_developer_product_is_the_users_own() -> None:
    story = (
        "As a developer, I want to be alerted when my nightly job does not start, so that I "
        "rerun it before my customers notice.\n"
        "Acceptance criteria:\n- A job that misses its slot shows as missed in the dashboard.\n"
        "- I get an alert within five minutes of the missed slot."
    )
    f = next(x for x in analyse(story, SCHEDULER).findings if x.criterion == "problem")
    assert f.state == "met", f.message


def test_the_same_nightly_job_in_a_members_product_is_the_how() -> None:
    # the near form of the developer case: the members never run the library's jobs
    verdict = _problem("the nightly job to mark my book ready on the shelf")
    assert verdict.startswith("not met"), verdict
    assert "nightly job" in verdict
