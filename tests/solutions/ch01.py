"""Reference solutions for exercise 1 (stub; replaced by the real exercise)."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "1.1": 'answer_1_1 = "b"\ncheck("1.1", answer_1_1)',
    "1.2": 'answer_1_2 = {\n    "Set the product roadmap": "PM",\n    "Design the database schema": "Engineering",\n    "Trade scope against the release date": "Both",\n}\ncheck("1.2", answer_1_2)',
}
