"""Reference solutions for exercise 6: the solved source of each task cell."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "6.1": 'answer_6_1 = 22.25\ncheck("6.1", answer_6_1)',
    "6.2": 'answer_6_2 = "b"\ncheck("6.2", answer_6_2)',
    "6.3": 'answer_6_3 = {\n    "Refine and order the backlog with the team each week": "PO role",\n    "Answer a developer\'s question about acceptance criteria mid-sprint": "PO role",\n    "Accept or reject finished stories at the sprint review": "PO role",\n    "Split an approved epic into stories the team can finish in a sprint": "PO role",\n    "Set the 12-month roadmap for the product line": "PM role",\n    "Analyze lost deals with Sales to find missing capabilities": "PM role",\n    "Decide pricing and packaging for the next release": "PM role",\n    "Brief product marketing on positioning for a technical audience": "PM role",\n}\ncheck("6.3", answer_6_3)',
    "6.4": 'answer_6_4 = "c"\ncheck("6.4", answer_6_4)',
    "6.5": 'answer_6_5 = "d"\ncheck("6.5", answer_6_5)',
}
