"""Reference solutions for exercise 8: the solved source of each task cell."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "8.1": 'answer_8_1 = {\n    "Interview five integrating developers about their worst webhook failures": "Keep",\n    "Brief the sales engineers on what the new rate-limits mean for large shippers": "Keep",\n    "Write acceptance criteria for the webhook retry story": "Keep",\n    "Choose the message queue technology for the retry service": "Hand off",\n    "Run the daily stand-ups of the labels team": "Hand off",\n    "Fix the flaky integration test that blocks releases": "Hand off",\n    "Write the SDK reference documentation (in your job description)": "Renegotiate",\n    "Build the public status page UI (in your job description)": "Renegotiate",\n}\ncheck("8.1", answer_8_1)',
    "8.2": 'answer_8_2 = "b"\ncheck("8.2", answer_8_2)',
    "8.3": 'answer_8_3 = 42.5\ncheck("8.3", answer_8_3)',
    "8.4": 'answer_8_4 = ["a", "c", "e"]\ncheck("8.4", answer_8_4)',
    "8.5": 'answer_8_5 = "b"\ncheck("8.5", answer_8_5)',
}
