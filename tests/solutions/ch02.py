"""Reference solutions for exercise 2: what technical skill buys you."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "2.1": """answer_2_1 = {
    "A developer explains a queue limitation once and the PM gets it at once": "Team trust",
    "Engineers start inviting the PM to early technical discussions": "Team trust",
    "The PM sees that a new passkey standard could remove the login complaints": "Tech trends",
    "A bank's security chief asks how encryption keys are managed, and the PM answers": (
        "Customer technologists"
    ),
    "The PM proposes launching in one region first to avoid a data-residency problem": (
        "Trade-offs"
    ),
    "The PM offers CSV import now and the rare file formats next quarter": "Trade-offs",
}
check("2.1", answer_2_1)""",
    "2.2": """answer_2_2 = {
    "Decide which customer segment the next release serves": "PM",
    "Write the acceptance criteria for the new export feature": "PM",
    "Pick the caching strategy for the search service": "Engineering",
    "Design the class structure of the billing module": "Engineering",
    "Estimate how long the data migration will take": "Engineering",
    "Agree how much scope to cut to hit the launch date": "Both",
    "Decide how much of the next sprint goes to technical debt": "Both",
}
check("2.2", answer_2_2)""",
    "2.3": 'answer_2_3 = "c"\ncheck("2.3", answer_2_3)',
    "2.4": 'answer_2_4 = ["a", "c", "e"]\ncheck("2.4", answer_2_4)',
    "2.5": 'answer_2_5 = "b"\ncheck("2.5", answer_2_5)',
}
