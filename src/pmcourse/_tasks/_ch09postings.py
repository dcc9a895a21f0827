"""The six job postings of task 9.1, which the learner sorts by duties (program or product).

Each is an excerpt as a job site shows it, its title in italics, under the name the task's
items use; the task's prompt lists them all, and its answer key explains each one.
"""

from __future__ import annotations

__all__ = ["POSTINGS"]

POSTINGS = {
    "Posting A": (
        "*Senior TPM, Cloud Migration.* Lead the program that moves 30 services from our data "
        "center to the cloud: build the cross-team plan, track dependencies and the risk log, run "
        "the weekly status meeting with eight engineering managers and report to the CTO. Each "
        "service's owners decide what their service does. The interview loop includes a "
        "system-design round."
    ),
    "Posting B": (
        "*Technical Product Manager, Mobile.* Keep the release train of the iOS, Android and "
        "backend teams on schedule, chase blocked dependencies between them and run the go/no-go "
        "meeting before each release. Engineering degree required."
    ),
    "Posting C": (
        "*Technical Product Manager, Log Analytics.* Own the roadmap of our log-analytics product "
        "for IT teams at mid-size companies. Interview IT administrators every week, join Sales "
        "on enterprise calls, run win/loss reviews and set pricing tiers with finance. A "
        "background in software or IT operations is a strong plus."
    ),
    "Posting D": (
        "*Product Manager, Invoicing.* Lead our invoicing app for small accounting firms: talk to "
        "accountants weekly, decide which problems we solve next quarter, define success metrics "
        "with your designer and tech lead, and brief marketing on launches. You will work with "
        "eight engineers and should be at ease in technical discussions."
    ),
    "Posting E": (
        "*Product Manager - Technical, Identity Platform.* Own the sign-in service that 40 internal "
        "engineering teams call. Write its technical requirements and API specifications, agree "
        "its SLOs with the engineering manager and review design trade-offs with principal "
        "engineers. Degree in computer science or equivalent engineering experience; the "
        "interview loop includes a system-design round."
    ),
    "Posting F": (
        "*Senior Product Manager, Speech API.* Set the direction of our public speech-to-text "
        "API: turn developers' needs into technical requirements (rate limits, latency targets, "
        "webhook events, SDK behavior), review API designs with the engineers, and own the "
        "roadmap and launches. Prior software development experience required; expect a "
        "technical deep-dive interview."
    ),
}
