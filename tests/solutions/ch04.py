"""Reference solutions for exercise 4: don't design the solution yourself."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "4.1": 'answer_4_1 = ["b", "d", "e"]\ncheck("4.1", answer_4_1)',
    "4.2": """answer_4_2 = {
    "Warehouse pickers lose time walking back for items they missed": "Keep in the story",
    "Picker scans a shelf, sees the next item and its aisle, confirms the pick": (
        "Keep in the story"
    ),
    "When the last item is picked, the order shows as ready to pack": "Keep in the story",
    "A picker never sees an item that is out of stock": "Keep in the story",
    "Cache the pick list in Redis for speed": "Leave to the team",
    "Store pick status in a new status_code column": "Leave to the team",
    "Lay out the pick screen with a three-column CSS grid": "Leave to the team",
}
check("4.2", answer_4_2)""",
    "4.3": '''answer_4_3 = """
As a finance clerk at a small company, I want to see at a glance which invoices are overdue
when I open the dashboard in the morning, so that I can chase late payments before they hurt
our cash flow.

Acceptance criteria:
- Given an invoice is past its due date and unpaid, when I open the dashboard, then it is
  shown as overdue together with how many days late it is.
- When a customer pays an overdue invoice, then it no longer appears as overdue.
- When nothing is overdue, then the dashboard tells me so instead of showing an empty list.
"""
check("4.3", answer_4_3)''',
    "4.4": 'answer_4_4 = "d"\ncheck("4.4", answer_4_4)',
    "4.5": 'answer_4_5 = "a"\ncheck("4.5", answer_4_5)',
}
