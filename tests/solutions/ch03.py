"""Reference solutions for exercise 3: the three dos."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "3.1": 'answer_3_1 = "b"\ncheck("3.1", answer_3_1)',
    "3.2": """answer_3_2 = [
    "Fix CSV import data loss",
    "Enterprise SSO",
    "Upgrade database driver",
    "Dark mode",
    "Real-time alerts",
    "Reporting engine rewrite",
]
check("3.2", answer_3_2)""",
    "3.3": """VALUE_EFFORT = {  # item: (value, effort), from the table in Task 3.2
    "Fix CSV import data loss": (9, 2),
    "Enterprise SSO": (8, 3),
    "Upgrade database driver": (3, 3),
    "Dark mode": (4, 2),
    "Real-time alerts": (7, 8),
    "Reporting engine rewrite": (2, 13),
}

fig, ax = plt.subplots()
order = [
    "Fix CSV import data loss",
    "Enterprise SSO",
    "Upgrade database driver",
    "Dark mode",
    "Real-time alerts",
    "Reporting engine rewrite",
]
scores = [VALUE_EFFORT[item][0] / VALUE_EFFORT[item][1] for item in order]
ax.bar(order, scores)
ax.set_title("Next quarter's backlog in priority order")
ax.set_xlabel("Backlog item (highest priority first)")
ax.set_ylabel("Value / effort")
ax.tick_params(axis="x", labelrotation=30)

answer_3_3 = fig
check("3.3", answer_3_3)""",
    "3.4": 'answer_3_4 = ["a", "c", "d"]\ncheck("3.4", answer_3_4)',
    "3.5": 'answer_3_5 = "c"\ncheck("3.5", answer_3_5)',
}
