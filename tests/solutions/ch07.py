"""Reference solutions for exercise 7: the solved source of each task cell."""

from __future__ import annotations

CELLS: dict[str, str] = {
    "7.1": 'answer_7_1 = {\n    "A PM who starts telling engineering how to build loses credibility and market focus.": "Agrees",\n    "The PM defines requirements and priorities, then agrees with engineering on how the team will build.": "Agrees",\n    "Too many postings have PMs building the UI or testing, which is not where a good PM spends time.": "Agrees",\n    "In job searches, \'technical\' mostly signals that the product is software.": "Extends",\n    "Set job alerts for \'Product Owner\' and \'Technical Product Manager\' to skip PM jobs in unrelated industries.": "Extends",\n    "A TPM title is often a euphemism for lower pay, grunt work and no say in the vision.": "Challenges",\n    "Product owner is the Scrum position that replaces the PM, so having both makes no sense.": "Challenges",\n}\ncheck("7.1", answer_7_1)',
    "7.2": 'answer_7_2 = "b"\ncheck("7.2", answer_7_2)',
    "7.3": 'answer_7_3 = "a"\ncheck("7.3", answer_7_3)',
    "7.4": 'answer_7_4 = "c"\ncheck("7.4", answer_7_4)',
    "7.5": 'options = [\n    "The job title alone",\n    "The hiring manager describing a typical week in the role",\n    "The posting\'s list of duties",\n    "A general online comment about TPM roles",\n    "A PM already working on the team",\n]\n\nanswer_7_5 = [\n    "The hiring manager describing a typical week in the role",\n    "A PM already working on the team",\n    "The posting\'s list of duties",\n    "A general online comment about TPM roles",\n    "The job title alone",\n]\ncheck("7.5", answer_7_5)',
}
