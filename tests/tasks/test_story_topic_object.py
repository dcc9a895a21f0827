"""The topic rule for a want whose whole object is a thing of its own (_topic_object)."""

from __future__ import annotations

import re

from pmcourse._tasks.story._topic_object import own_object

# a need about library holds: "hold" and "ready" are its terms
PATS = (re.compile(r"\bholds?\b", re.IGNORECASE), re.compile(r"\bready\b", re.IGNORECASE))


def test_a_verb_on_an_owned_thing_of_its_own_is_another_object() -> None:
    asked = ["parking", "permit"]
    assert own_object("to renew my parking permit before it runs out", PATS, asked) == (
        "renew my parking permit"
    )
    asked = ["volunteers", "rotas"]
    assert own_object("sign off volunteers' rotas in the app", PATS, asked) != ""


def test_own_words_that_only_qualify_or_name_no_thing_are_left_alone() -> None:
    # no article or owner: an adverb, not a thing
    assert own_object("know straight away", PATS, ["straight", "away"]) == ""
    # the own words apart: the need's object is still what is asked for
    assert own_object("see today's holds per branch", PATS, ["today's", "branch"]) == ""
    # the object names the need's term
    assert own_object("get my hold pickup slip", PATS, ["pickup", "slip"]) == ""
    # the verb is itself the want's own word
    assert own_object("mark the suspect copies", PATS, ["mark", "suspect"]) == ""
    # no lead verb: a noun phrase
    assert own_object("my parking permit", PATS, ["parking", "permit"]) == ""
