"""The loader of the labelled corpora's scenario files (tests/storydata.py)."""

from __future__ import annotations

import storydata


def test_a_single_vendor_written_as_a_string_is_one_vendor_not_its_letters() -> None:
    # corpus writers give "vendor": "Lendwise"; tuple() of it would be its letters
    assert storydata._strings("Lendwise") == ("Lendwise",)
    assert storydata._strings(["Shipmate", "Ship Co"]) == ("Shipmate", "Ship Co")
    assert storydata._strings("") == ()


def test_every_scenario_file_loads_its_vendors_whole() -> None:
    for name in ("LIBRARY_HOLDS", "ENERGY_BILL_SHOCK", "CROP_SPRAY_WINDOWS"):
        vendors = storydata.scenario(name).vendor
        assert vendors and all(len(v) > 1 for v in vendors), (name, vendors)


def test_a_contract_written_as_true_is_the_usual_contract_not_none() -> None:
    # a writer's "contract": true marks a developer product, as the list form does
    assert storydata._contract(True) == ("internal interfaces",)
    assert storydata._contract(["internal interfaces"]) == ("internal interfaces",)
    assert storydata._contract(False) == ()
    assert storydata._contract(None) == ()
