"""Reference solutions for exercise 1: the title versus the role."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "1.1": 'answer_1_1 = "c"\ncheck("1.1", answer_1_1)',
    "1.2": 'answer_1_2 = ["b", "d", "e"]\ncheck("1.2", answer_1_2)',
    "1.3": """answer_1_3 = {
    "Six years building backend services": "Background",
    "Can read an API reference and discuss rate limits with integrators": "Background",
    "Decide which partner problems the next two quarters address": "PM work",
    "Explain the release plan to sales in plain language": "PM work",
    "Maintain the deployment scripts": "Not PM work",
    "Choose the message queue for the new event service": "Not PM work",
}
check("1.3", answer_1_3)""",
    "1.4": 'answer_1_4 = "b"\ncheck("1.4", answer_1_4)',
    "1.5": 'answer_1_5 = "a"\ncheck("1.5", answer_1_5)',
}
