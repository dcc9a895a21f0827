"""A procedure the organisation's people follow outside the product, told as a criterion.

"All staff complete the training", "the safeguarding policy is followed", "drivers report
by radio", "late visits are discussed at the weekly meeting": each is something people do
by hand (a policy, a course, a call, a meeting), not something the product does that a
user can observe. Each kind is read from a frame (a policy's noun with what people do to
it, a course with someone completing it), never from a noun alone: "the refund policy is
shown before I pay" and "session staff see the reason on the tablet" are checks.
"""

from __future__ import annotations

import re

from ._duties import org_duty
from ._fastre import quick_search
from ._oversight import oversight
from ._quality import quality_system
from ._text import I

__all__ = ["staff_procedure"]

_DOC = r"(?:polic(?:y|ies)|sops?|standard\s+operating\s+procedures?|procedures?|protocols?)"
_DET = r"(?:the|a|an|our|its|their|this|that|new|updated|revised|[\w'-]+'s)"
_OWN = r"(?:the|our|their|new|updated|revised|[\w'-]+'s)"
_MOD = r"(?:[\w-]+\s+){0,3}"
# what people do to a policy: follow it, update it, sign it, explain it, act as it says
_POLICY = re.compile(
    r"\b(?:follows?|followed|following|(?:signs?|signed)(?:\s+off)?|adopts?|adopted|explain(?:s|ing)?|"
    r"shares?|updates?|rewrites?)\s+(?:" + _DET + r"\s+)+" + _MOD + _DOC + r"\b"
    # "as per the SOP"; "according to that policy" points back at the product's own rule
    r"|\b(?:as\s+per|per|according\s+to|in\s+line\s+with)\s+(?:"
    + _OWN
    + r"\s+)+"
    + _MOD
    + _DOC
    + r"\b"
    # "per group policy", "as per company procedure": the organisation's own, unnamed
    r"|\b(?:as\s+per|per|according\s+to)\s+(?!(?:that|this|these|those|its|each|every|"
    r"the|a|an)\b)(?!(?:users?|customers?|clients?|members?|accounts?|seats?|persons?|"
    r"devices?)\s)[\w-]+\s+" + _DOC + r"\b"
    r"|\b" + _DOC + r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:followed|"
    r"updated|adopted|signed(?:\s+off)?|agreed|introduced|rewritten|revised|in\s+place)\b"
    r"|\(\s*(?:new|updated|revised)\s+" + _DOC + r"\s*\)",
    I,
)
# a course people take: "complete a 20-minute training", "attend a CPD session", "are
# trained to", "reads the guide during onboarding"
_TRAINING = re.compile(
    # a briefing is a short course: "front-of-house staff are briefed on the new rota"
    r"\b(?:is|are|be|been|get|gets|being)\s+(?:re-?)?(?:trained|briefed)\s+(?:to|in|on|how|about|"
    r"under|before)\b"
    r"|\b(?:complete|completes|completed|attend|attends|attended|take|takes|do|does|pass|"
    r"passes|finish|finishes|(?:has|have)\s+had|received|undergone|underwent)\s+(?:(?:a|an|the|their|our|its)\s+)?(?:[\w\"\u201c\u201d'-]+\s+){0,4}"
    r"(?:training|course|cpd|induction|workshop|e-?learning|refresher)\b"
    r"|\b(?:during|at|in)\s+(?:their\s+|the\s+)?(?:onboarding|induction)\b"
    # "Staff training on the new marks is completed": the course, done
    # ("Training session held for the desk staff": the course held, told with no verb)
    r"|\btraining\b[^.;]{0,60}?\b(?:(?:is|are|has\s+been|have\s+been)\s+(?:completed|done|"
    r"delivered|given|run)|(?:sessions?|courses?|workshops?|modules?)\s+(?:held|run|delivered))\b",
    I,
)
# a telegraphic line with no verb before it: "Staff trained on the procedure", "all
# drivers retrained in the app"; a job noun or body of staff opens it ("model trained on
# last year's data" is the machine's, and no person)
_TRAINED = re.compile(
    # ("Notes updated and staff trained before go-live": the course as a joined clause)
    r"(?:^|^[^.;]*?\band\s+)\W*(?:all\s+|the\s+|our\s+)?(?P<who>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:re-?)?(?:trained|briefed)\s+(?:to|in|on|how|about|under|before)\b"
    # "Staff are trained.", "the front desk is briefed": the whole line is the course
    r"|^\W*(?:all\s+|the\s+|our\s+)?(?P<who2>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are|were|"
    r"get|gets|(?:has|have)\s+been)\s+(?:re-?)?(?:trained|briefed)\W*$",
    I,
)
_MACHINE = re.compile(r"\b(?:model|classifier|algorithm|network|ai|llm|bot)s?\b", I)
# word passed by hand between people: by radio, on channel 2, phone the office
_BY_HAND = re.compile(
    r"\b(?:by|over\s+the|on\s+the)\s+(?:radio|walkie-?talkie|intercom)\b"
    r"|\bon\s+(?:radio\s+)?channel\s+\d"
    r"|\b(?:phones?|rings?|calls?|radios?)\s+(?:the\s+)?(?:office|desk|front\s+desk|"
    r"reception|switchboard|supervisor|team\s+leader|duty\s+manager)\b"
    r"|\b(?:sends?|sent|posts?)\s+(?:a\s+|the\s+)?letters?\s+home\b",
    I,
)
_RECUR_WORDS = r"(?:daily|weekly|monthly|quarterly|annually|yearly)"
_RECUR = r"(?:daily|weekly|monthly|quarterly|fortnightly|annual|yearly|morning|evening)"
# a meeting people hold: "discussed at the weekly team meeting", "the monthly review"
_MEETING = re.compile(
    r"\b" + _RECUR + r"\s+(?:[\w-]+\s+){0,2}(?:meeting|briefing|huddle|stand-?up|review|"
    r"handover)s?\b"
    r"|\b(?:meeting|briefing|huddle|stand-?up)s?\s+(?:covers?|discuss(?:es)?|reviews?)\b",
    I,
)
# a person signs it off again and again: "signed off by the head chef each week"
_SIGN_OFF = re.compile(
    r"\b(?:signed\s+off|approved|checked|inspected|audited|reviewed)\s+by\s+(?:the|a|an|our)\s+"
    r"(?P<who>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:each|every|before\s+each|after\s+each)\s+\w+",
    I,
)
# a support desk's service target: an order to the agents to answer or escalate in a set
# time ("Reply to questions within 4 hours", "Escalate to tier 2 if unresolved after 48h"),
# a response-time SLA with its figure, a canned reply ("macro") the agents apply, or a
# ticket closed within a deadline; "a ticket older than 4 hours (our SLA) goes to the team
# queue" is the product's rule, and "the bot replies within 5 s" has the product as subject
_SERVICE = re.compile(
    r"^\W*(?:respond|reply|answer|get\s+back)\b[^.;]{0,80}?\bwithin\s+\d"
    r"|^\W*(?:escalate|hand\s+over|pass)\s+(?:it\s+)?to\s+(?:tier|level|line|l)[\s-]*\d"
    r"|\b(?:first[\s-]+)?(?:response|reply|resolution)\s+(?:time\s+)?SLA\s*:?\s*\d"
    r"|^\W*(?:use|apply)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?macros?\b"
    r"|\bmacros?\s+[\"\u201c'][^\"\u201d']+[\"\u201d']\s+(?:is\s+|are\s+)?(?:applied|used)\b"
    r"|\b(?:support|service|help\s*desk)\s+(?:team|desk|staff|agents?)\s+(?:has|have|gets?|uses?)\s+"
    r"(?:a|an|the|new)\s+(?:[\w-]+\s+)?macros?\b"
    r"|\btickets?\b[^.;]{0,40}?\b(?:closed|resolved|solved)\s+within\s+\d"
    # a contact centre's handling-time target: "average handling time under 4 minutes"
    r"|\b(?:average\s+)?handling\s+time\b[^.;]{0,40}?\d|\bAHT\b[^.;]{0,40}?\d",
    I,
)
# the organisation's own service level as the line's measure: "within the 5 working day
# SLA", "meets our service level"; no user observes a level, only what happens to them
_SERVICE_LEVEL = re.compile(
    r"\b(?:within|inside|meets?|met|per|under|against)\s+(?:(?:the|our|its|agreed)\s+)*"
    r"(?:[\w-]+\s+){0,3}?(?:SLAs?|service[\s-]+levels?(?:\s+agreements?)?)\b",
    I,
)
# a call script the agents read out: "agents read the outage script", "following script X-7"
_SCRIPT = re.compile(
    r"\b(?:follows?|following|followed|reads?|read|reading)\s+(?:(?:the|a|an|our|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?scripts?\b",
    I,
)
# a rule or regulation the line conforms to, named by its code: "as per DISP", "compliant
# with our credit policy CCP-4", "under PSD2 RTS Article 18", "according to our matrix
# (DAM-2)"; a conformance frame, then within a few words a document's code in capitals
_RULE_CODE = re.compile(
    r"\b(?:[Aa]s\s+per|[Aa]ccording\s+to|[Ii]n\s+(?:line|accordance)\s+with|"
    r"(?:[Cc]ompliant|[Cc]omplies|[Cc]omply)\s+with)\s+(?:[\w'-]+\s+){0,5}?\(?"
    r"(?:[A-Z]{2,}-?\d[\w.-]*|[A-Z]{3,}\b(?!-))"
    r"|\b[Uu]nder\s+(?:the\s+)?[A-Z][A-Z0-9]*\d[A-Z0-9]*\b"
    # "notice served under NRSWA": a statute's initials, four or more capitals
    r"|\b(?:served|issued|given|made|done|carried\s+out|reported)\s+under\s+(?:the\s+)?[A-Z]{4,}\b"
)
# a governance step: a sign-off or approval by a named body of the organisation ("approved
# by Finance", "reviewed quarterly by Internal Audit", "Compliance signs off ... before
# go-live"), a report to a committee, or a sign-off gating the release
_GOVERN = re.compile(
    r"\b(?:approved|signed\s+off|reviewed|audited|checked)\s+(?:\w+ly\s+|" + _RECUR_WORDS + r"\s+)?"
    r"by\s+(?:the\s+)?[A-Z][a-z]+"
    r"|^\W*(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}(?:signs?\s+off|approves?)\b"
    r"|\bsigns?\s+off\b[^.;]*\bbefore\s+(?:go-?live|launch|release|roll-?out)\b"
    # "Retention period agreed with Information Governance": a body's say-so ends the line
    r"|\bagreed\s+with\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*\W*$"
    r"|\breported\s+(?:" + _RECUR_WORDS + r"\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:committee|board|regulator)\b"
    # "Monthly report to the Housing Board": the report itself, on its schedule
    r"|\b(?i:" + _RECUR + r")\s+reports?\s+(?:is\s+|are\s+)?(?:sent\s+|given\s+|made\s+)?to\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:[Cc]ommittee|[Bb]oard|[Rr]egulator)\b",
)
# an audit trail the organisation keeps: a record "in the audit log", "for ... reporting",
# or one kept with who and when ("recorded with approver, date and time")
_AUDIT_TRAIL = re.compile(
    r"\b(?:recorded|logged|stored|kept|written)\b[^.;]*?\b(?:audit\s+(?:log|trail)s?|"
    r"for\s+(?:[\w-]+\s+){0,4}reporting)\b"
    # "Audit trail kept", "we maintain an audit log": the record itself, kept
    r"|\baudit\s+(?:trail|log)s?\s+(?:(?:is|are)\s+)?(?:kept|maintained|retained|held|in\s+place)\b"
    r"|\b(?:keeps?|maintains?|retains?)\s+(?:an?\s+|the\s+)?audit\s+(?:trail|log)s?\b"
    r"|\b(?:recorded|logged)\s+with\s+[^.;]*?\b(?:timestamps?|date\s+and\s+time|time\s+and\s+date)\b",
    I,
)
# a policy told as the line's label, then what people must do: "Ward policy: porters
# must ...", "SOP: staff should ..."; "Refund policy: shown before I pay" is a check
_POLICY_LABEL = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,2}" + _DOC + r"\s*:\s*(?:[\w'-]+\s+){1,3}"
    r"(?:must|should|shall|have\s+to|are\s+to|need\s+to)\b",
    I,
)
# a duty someone of the organisation does by hand on a schedule: a bare role opens the
# line ("Supervisor", "Ward staff", "Club secretary"), a hand-done verb follows, and a
# recurrence ("each shift", "every 2 hours", "every Saturday") says when it is repeated
_DUTY = re.compile(
    r"^\W*(?!(?:an?|one)\s)(?P<who>(?:all\s+|the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    # an action item's form, "Clerk to review the list weekly", is the same duty
    r"(?:(?:to|must|should|shall|will)\s+)?"
    # "engineer on call reviews": "call" after "on" is no act
    r"(?<!\bon\s)(?:checks?|reviews?|phones?|rings?|calls?|documents?|audits?|inspects?|signs?|"
    r"posts?|records?|logs?|counts?|does|do|handles?|makes?)\b[^.;]*?"
    r"(?:\b(?:each|every|per)\s+(?:\d+\s+)?(?:shift|day|morning|evening|night|week|month|hours?|"
    r"minutes?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|round|visit)\b"
    # or on a schedule, or by a deadline: "weekly", "within 15 minutes"
    r"|\b(?:daily|nightly|weekly|fortnightly|monthly|quarterly)\b"
    r"|\bwithin\s+\d+\s*(?:minutes?|mins?|hours?|hrs?|h)\b)",
    I,
)
# a meeting at a clock time: "at the 14:00 safety huddle", "at the 8am board round"
_TIMED_MEETING = re.compile(
    r"\bat\s+the\s+\d{1,2}(?:[:.]\d{2}|\s?[ap]m)\s+(?:[\w-]+\s+){0,2}(?:meeting|"
    r"briefing|huddle|stand-?up|review|handover|round)s?\b",
    I,
)
_NOT_PEOPLE = re.compile(r"\b(?:system|app|tool|software|platform|api|bot|service|job)s?\b", I)
# the duty's subject must be told as people: a job noun ("supervisor", "pharmacist") or a
# body of staff; a capitalised name opening the line is as often the product ("Roadmate
# checks the ETA every 2 minutes")
_PERSON_HEAD = re.compile(
    r"(?:\b(?:staff|team|crew|nurses?|doctors?|porters?|secretar(?:y|ies)|clerks?|"
    r"managers?|leads?|agents?|guards?|marshals?|office|desk|department)|"
    r"\w{3,}(?:ician|ist|ant|ee|er|or|m[ae]n)s?"
    # only people are on duty: "chef on duty", "nurse on call"
    r"|\b[a-z][\w-]*\s+on\s+(?:duty|shift|call))$",
    I,
)
# a part of the product that may do a thing on a schedule ("the dashboard checks every hour")
_THING = re.compile(
    r"\b(?:dashboard|page|screen|list|server|scheduler|reminder|cron|script|sensor|device|"
    r"monitor|tracker|scanner|printer|timer|counter|router|checker|detector|indicator|"
    r"feed|integration|sync|alert|report|widget)s?\b",
    I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|I'm)\b")
_ANY_FIRST = re.compile(r"\b(?:I|I'm|I've|me|Me|my|My|mine|Mine)\b")
# work the organisation's people do by hand, told as what they do: a person opens the line
# ("Gate staff", "Each clerk", "The floor lead"), then an act done away from any product:
# one that is by hand whatever follows it (radio, print, hand out), or a common act
# (walk, write, sign, check, update, call) whose object or place is paper, a board,
# a door or the people served ("writes it on the whiteboard", "sign the collection book",
# "check ID at the door", "calls their oldest customers"); "staff see the reason on the
# tablet" and "the lead updates the shift in the app" are the product's
_HAND_WORK = re.compile(
    r"^\W*(?:(?:every|each)\s+[a-z]+day\s+)?(?:(?:each|every|all|the|our)\s+)?"
    r"(?P<who>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+"
    r"(?:(?:must|should|shall|will|have\s+to|need\s+to)\s+)?"
    r"(?:(?P<hand>radio(?:s|ed)?|phones?|rings?|prints?|hands?(?=\s+(?:[\w-]+\s+){0,3}out\b))"
    r"|(?P<verb>walks?|writes?|signs?|checks?|updates?|calls?|fills?\s+(?:in|out)|completes?|"
    r"records?|logs?|notes?))\b"
    r"(?P<rest>.*)$",
    I,
)
_HAND_MEDIUM = re.compile(
    r"\b(?:white\s?boards?|clip\s?boards?|notice\s?boards?|paper|printouts?|post-?its?|"
    r"sticky\s+notes?|(?:log|note|collection|visitors?'?|sign-?in|signing|day|record)\s?books?|"
    r"rotas?|(?:sign-?in|tally|time|paper|check|log)\s?sheets?|check\s?lists?|paper\s+forms?|"
    r"at\s+the\s+(?:door|gate|desk|counter|entrance|window|depot|yard))\b|(?-i:\bID\b)",
    I,
)
# the people a service deals with, as the object of a call ("calls the 10 oldest customers")
_CALLED = re.compile(
    r"^(?!\s+up\b)\s+(?:(?:the|their|each|every|all|our|\d+)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:customers?|clients?|tenants?|parents?|famil(?:y|ies)|patients?|residents?|"
    r"members?|applicants?|callers?|drivers?|debtors?|back)\b(?!['\u2019]s)",
    I,
)
_DEVICE = re.compile(
    r"\b(?:screens?|tablets?|handhelds?|apps?|portal|system|dashboard|website|site|page|kiosk|"
    r"terminal|scanner|device|tool|platform|online)\b",
    I,
)
# the organisation's own books kept on a schedule: a reconciliation, a stock take or a
# cycle count, nightly or weekly ("Cycle count completed weekly per aisle")
_BOOKS = r"(?:cycle\s+counts?|stock[\s-]?takes?|stock\s+counts?|reconcil(?:ed|es?|iations?))"
_SCHEDULE = (
    r"(?:nightly|daily|weekly|monthly|quarterly|fortnightly|(?:each|every)\s+"
    r"(?:night|day|week|month|quarter|shift))"
)
_BOOKKEEPING = re.compile(
    r"\b" + _BOOKS + r"\b[^.;]*?\b" + _SCHEDULE + r"\b|\b" + _SCHEDULE + r"\s+" + _BOOKS + r"\b",
    I,
)

_RECURRENCE = re.compile(
    r"\b(?:each|every|per)\s+(?:\d+\s+|other\s+)?(?:[a-z]+day|shift|day|night|morning|week|"
    r"month|quarter|year|season|term|visit|round|hours?)\b"
    r"|\b(?:daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)\b",
    I,
)
# a check or sign-off a person of the organisation repeats, told in the passive: "the
# medicine book is checked weekly by the herd manager", "the export is validated by the
# lab manager every quarter"; "my leave is approved by the manager" is what I see happen
_CHECKED_BY = re.compile(
    r"\b(?:signed\s+off|approved|checked|inspected|audited|reviewed|validated|verified|"
    r"tested|counted|reconciled)\s+(?:(?:" + _RECUR_WORDS + r"|\w+ly)\s+)?by\s+(?:the|a|an|our|"
    r"[\w'-]+'s)\s+(?P<who>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?=\s+(?:each|every|per|on|at|in|before|after|once|twice|daily|nightly|weekly|"
    r"fortnightly|monthly|quarterly|annually|yearly)\b|\W*$)",
    I,
)
# a sign-off by a person of the organisation, told in the active, a role opening the line:
# "the league secretary signs off the fixtures policy", "the safety officer signs off
# the hazard log"; "the manager approves it and I see it approved" names me
_ROLE_SIGNS_OFF = re.compile(
    # "a partner signs off each claim": one of a post, over every case, is the firm's rule
    r"^\W*(?!(?:an?|one)\s(?![^.;]*\b(?:each|every)\s))(?P<who>(?:all\s+|the\s+|our\s+|an?\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:must\s+|should\s+|will\s+)?"
    r"(?:(?P<off>signs?\s+off)|validates?|verif(?:y|ies)|audits?"
    # a review or approval of each case, by a post: "the duty manager reviews each refund"
    r"|(?:reviews?|approves?)(?=\s+(?:each|every|all)\b))\b",
    I,
)
# an approval a board or committee gives: "Change approved at CAB", "signed off by the
# release board"; a user's own approval names no body
_BOARD_APPROVAL = re.compile(
    r"\b(?:approved|signed\s+off|agreed|ratified|authori[sz]ed)\s+(?:at|in|by)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:board|committee|panel|cab)s?\b",
    I,
)
# the organisation's own review or audit as the proof: "the firm's file review confirms
# the client was told", "the quarterly audit finds every case closed"
_REVIEW_PROVES = re.compile(
    r"^\W*(?:the\s+|our\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:review|audit|"
    r"inspection|spot[\s-]?check)s?\s+(?:confirms?|finds?|proves?|evidences?)\b",
    I,
)
# a report the organisation sends out on a schedule to a body, not to the user: "Monthly
# KPI report on waits sent to the trust"; a figure "reported weekly" is the same report
_BODY_REPORT = re.compile(
    r"\b(?:" + _RECUR_WORDS + r"|fortnightly)\s+(?:[\w-]+\s+){0,2}reports?\b[^.;]*?\b"
    r"(?:sent|submitted|emailed|given|circulated|shared|presented|sends?|goes)\s+to\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<to>[\w-]+)(?:\s+of\s+[^.;]*)?\W*$"
    r"|\breported\s+(?:to\s+(?:the\s+)?[\w-]+\s+)?(?:" + _RECUR_WORDS + r"|fortnightly)\b",
    I,
)
# monitoring set up for the vendor's engineers ("Retry queue depth alert set up in
# Grafana for the on-call team"), or the vendor's named team building something
# ("Ledgerlink's connectors team adds a Grafana panel"): the builders' work items
_TEAM_MONITOR = re.compile(
    r"(?i:\b(?:alerts?|alarms?|panels?|dashboards?|monitors?|monitoring|metrics?|runbooks?)\b"
    r"[^.;]{0,60}?\bfor\s+(?:the\s+|our\s+)?(?:on[\s-]?call|ops|devops|sre|engineering|"
    r"platform|infrastructure|infra)\b)"
    r"|^\W*(?:the\s+)?[A-Z][\w-]*['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:team|engineers|developers)\s+"
    r"(?:adds?|builds?|sets?\s+up|configures?|tunes?|deploys?|implements?|creates?|writes?)\b",
)

# a report, dashboard or figure made for a body of the organisation, not for the user: "Monthly
# report of no-shows sent to the sales team", "a dashboard of refunds built for management";
# a single role ("sent to the store manager") may be the user, a team or a department is not
_FOR_BODY = re.compile(
    r"\b(?:reports?|dashboards?|kpis?|metrics?|scorecards?|summar(?:y|ies)|charts?|figures|lists?|"
    r"stats|statistics|analytics|panels?)\b[^.;]*?\b(?:sent|submitted|emailed|given|circulated|"
    r"shared|presented|sends?|goes|built|made|created|set\s+up|provided|available|produced)\s+"
    r"(?:each\s+\w+\s+|every\s+\w+\s+)?(?:to|for)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:teams?|management|leadership|department|office|directors|executives|exec|head\s+office|"
    r"HQ|committee|board|regulator|trustees)\b",
    I,
)
# a key performance indicator is the organisation's measure of itself: "Refund KPI on the
# ops dashboard", "no-shows count in the club KPI report"; "the KPI page shows me my own
# sales" is what a user sees
_KPI = re.compile(r"\b(?:kpis?|key\s+performance\s+indicators?|okrs?)\b", I)
# a line held to the brand's or house's style: "Emails follow the brand tone of voice",
# "on-brand copy"; no user can check that a line conforms to a guide
_BRAND = re.compile(
    r"\b(?:brand|house)\s+(?:tone|voice|style|guidelines?|guides?|book|standards?|rules)\b"
    r"|\btone\s+of\s+voice\b|\bstyle\s?guides?\b|\bon-brand\b",
    I,
)
# a record written or signed on the organisation's paper: "Returns are entered in the goods
# book", "drivers sign the gate register on arrival"; a signature or an entry in a book, a
# register or a ledger, with no screen in the line
_PAPER = (
    r"(?:[\w'-]+\s+){0,3}?(?:books?|log\s?books?|registers?|ledgers?|logs?|(?:[\w-]+\s+)?sheets?)\b"
)
_PAPER_RECORD = re.compile(
    r"\b(?:recorded|entered|written|noted|logged)\s+(?:in|into|on)\s+(?:the|a|an|our)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:books?|log\s?books?|registers?|ledgers?)\b"
    r"|\b(?:signs?|signed|countersigns?|countersigned|initials?|initialled)\s+(?:in\s+)?"
    r"(?:the|a|an|our|their)\s+" + _PAPER,
    I,
)
# the organisation's document filed in its own store: "Procedure added to the SOP folder"
_FILED = re.compile(
    r"\b(?:added|filed|saved|uploaded|stored|put|placed|published)\s+(?:to|in|into|on)\s+"
    r"(?:the|a|an|our)\s+(?:[\w'-]+\s+){0,3}?(?:folders?|binders?|files|manuals?|handbooks?|"
    r"wiki|intranet|(?:shared\s+)?drive|sharepoint|confluence)\b",
    I,
)


_COMPOUND = re.compile(r"\w+(?:-\w+)+")


def _org_reporting(text: str) -> str | None:
    """What the line is when it is the organisation's reporting or paper record."""
    if _ANY_FIRST.search(text):
        return None
    if quick_search(_FOR_BODY, text):
        return "is a report or dashboard made for a team or body of the organisation"
    # "no-show rate KPI": a compound word's "show" is no one seeing it
    if quick_search(_KPI, text) and not _OBSERVED.search(_COMPOUND.sub(" ", text)):
        return "is a performance indicator of the organisation"
    if not _SCREEN.search(text) and (
        quick_search(_PAPER_RECORD, text) or quick_search(_FILED, text)
    ):
        return "is a record the organisation's people keep on paper or in its own files"
    return None


# the organisation's own documents and briefings, each a kind of paper people keep, follow
# or deliver: a policy, a runbook, a risk assessment, a register, a sign-off sheet, a talk
_ORG_DOC = (
    r"(?:" + _DOC + r"|run\s?books?|play\s?books?|risk\s+assessments?|method\s+statements?|"
    r"registers?|log\s?books?|(?:[\w-]+\s+)?sheets?|check\s?lists?|presentations?|briefings?|"
    r"(?:toolbox\s+)?talks?|handbooks?|work\s+instructions?|permits?\s+to\s+work|"
    r"guidance(?:\s+notes?)?)"
)
# a code that names the document: "procedure CC-02", "policy IP-4", "SOP (QA-7)"
_DOC_CODE = r"(?:\s+\(?(?-i:[A-Z]{1,5})[-\s]?\d[\w.-]*\)?)?"
# what people do to a document or with a briefing: follow it, update it, sign it off
_DOC_ACT = (
    r"(?:followed|updated|revised|rewritten|written|drafted|filed|signed(?:\s+off)?|countersigned|completed|"
    r"filled\s+(?:in|out)|delivered|given|reviewed|approved|issued|briefed(?:\s+out)?|agreed)"
)
# told with the document as its subject: "Runbook for webhook incidents updated and signed
# off", "Credit control procedure CC-02 followed for every overdue invoice"
_DOC_DONE = re.compile(
    r"^\W*(?:[\w'&-]+\s+){0,4}?" + _ORG_DOC + _DOC_CODE + r"(?:\s+(?:for|on|of|about)\s+"
    r"(?:[\w'&-]+\s+){0,4}?)?\s*(?:(?:is|are|was|were|has\s+been|have\s+been|gets?)\s+)?"
    + _DOC_ACT
    + r"\b(?P<tail>.*)$",
    I,
)
# or done to it by a role that opens the line: "Gateman signs the daily access register"
_DOC_BY_ROLE = re.compile(
    r"^\W*(?:(?:each|every|all|the|our)\s+)?(?P<who>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+"
    r"(?:(?:must|should|shall|will)\s+)?(?:follows?|updates?|signs?(?:\s+off)?|countersigns?|"
    r"completes?|fills?\s+(?:in|out)|delivers?|reviews?|approves?|issues?)\s+"
    r"(?:(?:the|a|an|their|our|its)\s+)?(?:[\w'&-]+\s+){0,3}?" + _ORG_DOC + r"\b(?P<tail>.*)$",
    I,
)
# an approval, sign-off, review or completion with its agent, a person or a body of the
# organisation: "Change request approved by the CAB before release", "job closed on the
# system by supervisor", "Monthly sign-off of the debt list by the finance manager"
_APPROVED_BY = re.compile(
    r"^\W*(?:[\w'&/-]+\s+){0,5}?(?:(?:is|are|was|were|has\s+been|have\s+been|gets?)\s+)?"
    # a bare "signed by the coordinator" is as often a signature the user sees on a paper
    r"(?:approved|signed\s+off|countersigned|reviewed|audited|inspected|completed|"
    r"closed|authori[sz]ed|checked|verified|witnessed|confirmed|tested|reconciled)\s+(?:(?:[\w-]+\s+){0,3}?)"
    r"by\s+(?P<by>.*)$"
    r"|^\W*(?:[\w-]+\s+){0,2}?(?:sign-?offs?|approvals?|reviews?|audits?|inspections?)\s+of\s+"
    r"(?:[\w'&-]+\s+){1,6}?by\s+(?P<by2>.*)$",
    I,
)
# a rank before a noun makes it a post: "the head chef", "the duty officer"
_RANKED = re.compile(r"^(?:head|chief|senior|junior|duty|deputy|shift|assistant)\s+[a-z]+$", I)
_DET_WORDS = frozenset(("the", "a", "an", "our", "its"))
# a body named by its initials as the agent: "by the CAB", "by QS", "by H&S"; a channel
# or a machine named the same way ("by SMS", "by the API") is no one
_BODY_INITIALS = re.compile(r"^(?-i:[A-Z][A-Z&]{1,5})$")
_CHANNEL = re.compile(
    r"^(?:sms|api|gps|nfc|qr|otp|pin|ai|ml|llm|ocr|rfid|bacs|ach|sepa|edi|ftp|sftp|"
    r"email|e-?mail|post|phone|card|cash|hand)$",
    I,
)
# the people the service is for: what they do is what a user does
_SERVED = re.compile(
    r"\b(?:customers?|clients?|tenants?|parents?|patients?|residents?|members?|applicants?|"
    r"callers?|users?|guests?|buyers?|homeowners?|owners?|drivers?|visitors?|passengers?|"
    r"students?|learners?|shoppers?|senders?|recipients?|requesters?|employees?)$",
    I,
)
# a screen a user looks at (a "site" here is as often a building site as a website)
_SCREEN = re.compile(
    r"\b(?:screens?|tablets?|handhelds?|apps?|portal|dashboard|website|web\s+page|page|"
    r"kiosk|terminal|online)\b",
    I,
)
# what a user observes, after the act: "... shows in the app", "... and I am told"
_OBSERVED = re.compile(
    r"\b(?:shows?|shown|showing|appears?|displayed|listed|visible|sees?|seen|notif\w*|"
    r"told|sent|emailed|texted|alerted|moves?|becomes?|turns?|then|unlocks?|opens?)\b|->|=>|"
    r"\u2192",
    I,
)


def _person(who: str) -> bool:
    """Whether a subject is told as people of the organisation, not a thing."""
    return bool(_PERSON_HEAD.search(who)) and not _NOT_PEOPLE.search(who) and not _THING.search(who)


def _hand_work(text: str) -> bool:
    """Whether the line is a person of the organisation's work done by hand."""
    m = _HAND_WORK.match(text)
    if not m or not _PERSON_HEAD.search(m["who"]) or _NOT_PEOPLE.search(m["who"]):
        return False
    if _THING.search(m["who"]) or _DEVICE.search(text):
        return False
    if m["hand"]:
        return True
    if m["verb"].lower().startswith("call"):
        return bool(_CALLED.match(m["rest"]))
    return bool(_HAND_MEDIUM.search(m["rest"]))


# an owner of a function is a post, not a customer: "product owner", "service owner"
_POST_OWNER = re.compile(r"\b(?:product|service|process|business|risk|data|budget)\s+owners?$", I)


def _agent(who: str) -> bool:
    """Whether the agent after "by" is a person or body of the organisation."""
    last = who.rsplit(maxsplit=1)[-1]
    if _POST_OWNER.search(who):
        return True
    if _CHANNEL.match(last) or _SERVED.search(who):
        return False
    return bool(_BODY_INITIALS.match(last) or _RANKED.match(who)) or _person(who)


def _org_paperwork(text: str) -> str | None:
    """What the line is when it is an act on the organisation's papers or an approval."""
    if _ANY_FIRST.search(text) or _SCREEN.search(text):
        return None
    d = _DOC_DONE.match(text)
    if d and not _OBSERVED.search(d["tail"]):
        return "is a document or briefing of the organisation's people, kept or followed"
    r = _DOC_BY_ROLE.match(text)
    if r and _person(r["who"]) and not _SERVED.search(r["who"]) and not _OBSERVED.search(r["tail"]):
        return "is a document or briefing of the organisation's people, kept or followed"
    a = _APPROVED_BY.match(text)
    if a:
        words = (a["by"] if a["by"] is not None else a["by2"]).split()
        words = words[1:] if words and words[0].lower() in _DET_WORDS else words
        for n in range(1, min(3, len(words)) + 1):
            who = " ".join(w.strip(".,;:!") for w in words[:n])
            if _agent(who) and not _OBSERVED.search(" ".join(words[n:])):
                return "is an approval or sign-off by the organisation's people"
    return None


def staff_procedure(text: str) -> str | None:
    """What the line is when it is a procedure people follow, else None."""
    if quick_search(_POLICY, text) or quick_search(_POLICY_LABEL, text):
        return "is a policy or procedure people follow"
    bare = _TRAINED.match(text)
    who = bare and (bare["who"] or bare["who2"])
    if who and _PERSON_HEAD.search(who) and not _NOT_PEOPLE.search(who):
        return "is training the organisation's people take"
    m = quick_search(_TRAINING, text)
    if m and not _MACHINE.search(text[: m.start()]) and not _FIRST_PERSON.search(text):
        return "is training the organisation's people take"
    if quick_search(_SERVICE, text):
        return "is a service target the support team keeps"
    if quick_search(_SERVICE_LEVEL, text) and not _ANY_FIRST.search(text):
        return "is a service level the organisation keeps"
    if quick_search(_BY_HAND, text):
        return "is word that people pass by hand"
    if quick_search(_SCRIPT, text) and not _FIRST_PERSON.search(text):
        return "is a script the organisation's agents read"
    if quick_search(_RULE_CODE, text):
        return "is a rule or regulation the organisation is held to"
    if quick_search(_GOVERN, text):
        return "is a governance step (a sign-off, approval or report) people carry out"
    if quick_search(_BRAND, text):
        return "is conformance to the organisation's brand or house style"
    paper = _org_paperwork(text)
    if paper:
        return paper
    if quick_search(_AUDIT_TRAIL, text) and not _FIRST_PERSON.search(text):
        return "is an audit record the organisation keeps"
    if _FIRST_PERSON.search(text):
        return None
    if _BOARD_APPROVAL.search(text):
        return "is an approval a board of the organisation gives"
    if _REVIEW_PROVES.match(text):
        return "is the organisation's own review, not something the product does"
    if quick_search(_MEETING, text) or quick_search(_TIMED_MEETING, text):
        return "is a meeting or review people hold"
    if _hand_work(text):
        return "is work the organisation's people do by hand"
    paper = _org_reporting(text)
    if paper:
        return paper
    if _DEVICE.search(text) is None and not _ANY_FIRST.search(text):
        c = quick_search(_CHECKED_BY, text)
        if c and _person(c["who"]) and _RECURRENCE.search(text):
            return "is a check a person of the organisation repeats by hand"
        r = _ROLE_SIGNS_OFF.match(text)
        # only people sign off; a thing may validate ("the checkout validates the card")
        if r and (_person(r["who"]) or (r["off"] and not _NOT_PEOPLE.search(r["who"]))):
            return "is a sign-off a person of the organisation gives"
    b = quick_search(_BODY_REPORT, text)
    if b and not _ANY_FIRST.search(text) and not (b["to"] and _PERSON_HEAD.search(b["to"])):
        return "is a report the organisation makes for others, on a schedule"
    if quick_search(_TEAM_MONITOR, text):
        return "is the product team's own monitoring or build work"
    if quick_search(_BOOKKEEPING, text) and not _ANY_FIRST.search(text):
        return "is a count or reconciliation the organisation runs on its books"
    d = quick_search(_DUTY, text)
    if (
        d
        and _PERSON_HEAD.search(d["who"])
        # only the head noun says what it is: "baggage services supervisor" is a person
        and not _NOT_PEOPLE.search(d["who"].rsplit(maxsplit=1)[-1])
        and not _THING.search(d["who"].rsplit(maxsplit=1)[-1])
    ):
        return "is a duty people repeat by hand"
    s = quick_search(_SIGN_OFF, text)
    if s and not _NOT_PEOPLE.search(s["who"]):
        return "is a sign-off people repeat"
    return org_duty(text) or quality_system(text) or oversight(text)
