"""The words of people and outcomes, as data: who builds a product, machines and people
in general (the persona judge), and the forms of outcomes that are no gain (the outcome
judge). The kinds of solution detail live in ``_lexicon``.
"""

from __future__ import annotations

import re

from ._text import I, wordset

BUILDER = re.compile(
    r"\b(?:developers?|devs?|engineers?|programmers?|coders?|architects?|tech\s+leads?|"
    r"product\s+(?:managers?|owners?)|t?pms?|pos?|scrum\s+masters?|qa|testers?|designers?|"
    r"dbas?|devops|sres?|(?:dev|engineering|development|product|platform|it)\s+team|"
    r"stakeholders?|business\s+analysts?|analysts?\s+on\s+the\s+team|data\s+engineers?|"
    r"integrators?|(?:[\w-]+\s+)?(?:team|squad|crew|department|dept)s?|vendors?|suppliers?|"
    r"contractors?|consultants?|maintainers?|ops|operators?\s+of\s+the\s+(?:system|platform)|"
    r"data\s+scientists?|ml\s+engineers?|(?:software|systems?)\s+(?:owners?|admins?))\b",
    I,
)
# builder roles that can also be the users of an API product
# Short forms of a role that stand for the role itself
ROLE_SHORT = {"dev": "developer", "devs": "developers"}
# The kinship words for a parent or grandparent: a small closed class of English, each a
# parent of someone ("a dad whose son ...", "a mother flying with two children")
PARENT_KIN = wordset(
    "mother mothers mum mums mom moms mummy mommy father fathers dad dads daddy "
    "grandmother grandma granny gran nan nana grandfather grandpa grandad granddad "
    "stepmother stepfather stepmum stepdad"
)
DEV_ROLE = re.compile(
    r"^(?:developers?|devs?|engineers?|programmers?|coders?|integrators?|architects?)$", I
)
MACHINE = re.compile(
    r"^(?:(?:the|our|an?)\s+)?(?:system|app|application|software|platform|back-?end|"
    r"front-?end|server|database|db|api|service|tool|product|computer|bot|program|"
    r"dashboard|website|site|cron|job|scheduler|module|code|feature|company|business|"
    r"thermostat|sensor|device|robot|scanner|handheld|model|algorithm|pipeline|engine|meter|"
    r"smart\s+[\w-]+)s?\b",
    I,
)
GENERIC_HEAD = wordset(
    "user users customer customers someone somebody person persons people individual human "
    "anyone everyone employee employees staff member members visitor visitors client "
    "clients admin admins administrator guy one body worker workers"
)
GENERIC_MOD = wordset(
    "end normal regular typical general average standard logged logged-in in registered new "
    "existing any every all our the app system platform software web site website online "
    "busy happy real internal external business power important key main primary simple "
    "basic ordinary good valued frequent certain of this that product tool a an who wants"
)
VENDOR_SIDE = re.compile(
    r"\b(?:internal|in-house|(?:of|on|building|maintaining|who\s+builds?|who\s+maintains?)\s+"
    r"(?:our|the|this)\s+(?:platform|api|service|back-?end|webhooks?\s+(?:service|system)))\b",
    I,
)

# the organisation a role is told at, when it is the persona's own or some customer
AT_OWN_ORG = re.compile(r"^[\w\s-]*?\s(?:of|at|for|in|within)\s+(?:our|my|their|an?)\s+\w", I)
# a clause after the role: "drafting advice on ...", "who reviews ..."
CLAUSE_BEFORE = re.compile(r"\b[a-z]{3,}\s+(?:who\s+\w+|[a-z]{3,}ing)\b", I)
# a noun after a word, not a preposition or a clause: "supplier dispute", "vendor invoices"
NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|at|for|in|on|with|who|that|and|or|from|to|by|whose|which|as)\b)[a-z]{3,}\b", I
)


# ====================================================================== outcomes
# The maker's money or workload as the outcome: "so that the bank saves on support costs"
BUSINESS_GOAL = re.compile(
    r"\b(?:the\s+(?:bank|company|business|vendor|provider|firm)\s+(?:saves?|earns?|makes?|"
    r"gets?|cuts?|reduces?)|(?:support|call-?cent(?:re|er)|operating|cloud|hosting|"
    r"infrastructure)\s+(?:costs?|bills?|tickets|spend)|"
    # the money word as the modifier of a thing someone reads ("the revenue dashboard is
    # stale") names that thing, not a goal; the head noun is what the outcome is about
    r"(?:revenue|profits?|churn|retention)(?!\s+(?:dashboards?|reports?|views?|pages?|screens?|"
    r"sheets?|spreadsheets?|exports?|data|files?|tables?|charts?|figures?\s+(?:page|screen)))|kpis?|"
    r"conversion\s+rates?|"
    # "the hospital meets its utilisation target": an organisation's own target
    r"(?:meets?|hits?|reaches?|makes?)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:targets?|kpis?|quotas?)|"
    # "so that the company doesn't pay for a second visit": an organisation's own money
    r"the\s+(?:bank|company|business|vendor|provider|firm|practice|clinic|hospital|shop|store|"
    r"courier|carrier|council|agency|insurer|supplier|co-?op|co-?operative)\s+(?:(?:doesn't|"
    r"does\s+not|no\s+longer|won't|will\s+not|can)\s+)?(?:pays?|spends?|saves?|loses?|"
    # (or holds fewer of something: "the supplier has fewer bad debts")
    r"(?:gets?|receives?|has|have)\s+(?:fewer|less))\b|"
    # the organisation winning or keeping business: "the agency wins the next contract"
    r"the\s+(?:bank|company|business|vendor|provider|firm|practice|clinic|hospital|shop|store|"
    r"courier|carrier|council|agency|insurer|supplier|school|charity|organi[sz]ation)\s+"
    r"(?:(?:can|will)\s+)?(?:wins?|keeps?|secures?|retains?)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:contracts?|tenders?|bids?|deals?|clients?|customers?|accounts?|business)\b|"
    # the organisation kept out of legal trouble: "the company avoids tribunal claims", "the
    # firm avoids fines" (the persona's own fine, "I avoid fines", is theirs and left alone)
    r"the\s+(?:bank|company|business|vendor|provider|firm|practice|clinic|hospital|shop|store|"
    r"courier|carrier|council|agency|insurer|supplier|school|charity|organi[sz]ation|employer)\s+"
    r"(?:(?:can|will)\s+)?(?:avoids?|escapes?)\s+(?:[\w'-]+\s+){0,3}?(?:claims?|fines?|"
    r"penalt(?:y|ies)|tribunals?|lawsuits?|litigation|prosecutions?|sanctions?)\b)",
    I,
)
# How others see the organisation as the outcome: its brand or reputation as the subject
# of a linking or change verb ("our brand feels modern", "the firm's reputation improves"),
# or the brand as what the persona should love or trust ("... and love the <Name> brand").
# A brand as a product on a shelf ("a brand my baby refuses") or as a modifier ("brand
# names") is not the organisation's standing and is left alone
ORG_IMAGE = re.compile(
    r"\b(?:our|the|its|their|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?(?:brand|reputation)"
    # "its reputation with the mail providers goes up": whom it stands with may follow
    r"(?:\s+(?:with|among)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s+"
    r"(?:is|are|feels?|looks?|seems?|appears?|scores?|ranks?|stands?|gets?|grows?|improves?|"
    r"rises?|becomes?|stays?|remains?|goes\s+up)\b|"
    r"\b(?:loves?|trusts?|likes?|remembers?)\s+(?:our|the|its|their)\s+(?:[\w-]+\s+){0,2}?brand"
    r"(?=\s*(?:[.,;!]|$|and\b|more\b))",
    I,
)
# An organisation's own measure, even told as "our": "so that our fix-rate KPI goes up",
# "so that our food bank reaches its volunteer-hours target": a figure it is judged by,
# not something the persona can then do
ORG_MEASURE = re.compile(
    # an OKR or its key result: the way an organisation scores its quarter
    # (whose target may be told by name: "meets the council's on-time target")
    # (or a standard, rating or duty it is held to: "keeps its 'Good' inspection rating")
    r"\bkpis?\b|\bokrs?\b|\bkey\s+results?\b|\b(?:meets?|hits?|reach(?:es)?|makes?|misses|"
    r"achieves?|keeps?|maintains?|fulfil+s?|honou?rs?|delivers?\s+on|lives?\s+up\s+to)\s+"
    # (whose it is may be told by its name alone: "meets Ofwat's interruption target")
    r"(?:(?:its|their|the|our)\s+(?:[\w-]+['\u2019]s\s+)?|[\w-]+['\u2019]s\s+)"
    # (a figure may head it: "hits the 98% booking-kept SLA")
    r"(?:[\w'%.-]+\s+){0,3}"
    # (or a commitment it has made: "meets its open data commitments"; or a service level
    # it signed up to: "hits our incident SLA")
    r"(?:targets?|quotas?|standards?|ratings?|obligations?|commitments?|pledges?|SLAs?|SLOs?)\b|"
    r"\b(?:targets?|quotas?|SLAs?|SLOs?)\s+(?:is|are|gets?)\s+(?:met|hit|reached)\b",
    I,
)
# An organisation's own charter, strategy or pledge as what the outcome answers to: "so
# that I am informed in line with the council's customer charter", "as set out in our
# digital strategy": the reason becomes the organisation keeping its word, whoever gains
ORG_CHARTER = re.compile(
    r"\b(?:in\s+line\s+with|in\s+accordance\s+with|as\s+(?:set\s+out|promised|pledged|"
    r"required|committed)\s+(?:in|by|to)|as\s+per|per)\s+(?P<doc>(?:our|its|their|the\s+"
    r"[\w'-]+(?:\s+[\w'-]+)?'s)\s+(?:[\w'-]+\s+){0,3}?(?:charter|strategy|pledges?|"
    r"commitments?|promises?))\b",
    I,
)
# "so that <a measure> goes from 82% to 90%", "... drops below 45": a figure moved to a
# target, which is how an organisation tracks itself, not what a person can then do
TARGET_FIGURE = re.compile(
    r"\b(?:goes|go|comes?(?=\s+(?:up|down)\b)|drops?|falls?|rises?|reach(?:es)?|hits?|climbs?|grows?|moves?)\s+"
    # ("goes down from 52 to 40 days": the change's direction before its two figures)
    r"(?:(?:up|down)\s+(?:by\s+|to\s+|from\s+[\d.,]+\s*%?\s*(?:[a-z]+\s+)?to\s+)?|"
    r"(?:from\s+[\d.,]+\s*%?\s*(?:[a-z]+\s+)?)?to\s+|"
    r"(?:below|above|under|over|beyond|by)\s+|(?<=reaches\s)|(?<=reach\s)|(?<=hits\s)|(?<=hit\s))"
    r"(?:(?:under|below|over|above)\s+)?[\d.,]*\d\s*%?|"
    # "we hit our 99.95% SLO": the teller's own target, reached
    r"\b(?:hits?|reach(?:es)?|meets?)\s+(?:our|its|their)\s+[\d.,]*\d\s*%|"
    # a figure held to a bound of money or a share, or to a budget: "OTIF stays above 98.5%",
    # "so that we protect our gross profit per unit above £1,200" (a temperature is left alone)
    r"\b(?:stays?|remains?|(?:is|are)\s+kept)\s+(?:within\s+(?:the\s+|its\s+|our\s+)?budget\b|"
    r"(?:above|below|under|over)\s+(?:the\s+)?[£$€]?[\d.,]*\d"
    r"(?![\d.,]|\s*(?:°|degrees?\b|c\b)))|"
    r"\b(?:protects?|keeps?|holds?|maintains?)\s+(?:our|its|their|the)\s+(?:[\w'-]+\s+){1,5}?"
    r"(?:above|below|under|over)\s+[£$€]?[\d.,]*\d(?![\d.,]|\s*(?:°|degrees?\b|c\b))|"
    # a fraction in words is a number too: "falls by half", "drops by a third"
    r"\b(?:drops?|falls?|rises?|grows?|climbs?|shrinks?|goes\s+(?:up|down)|is\s+cut)\s+"
    r"(?:by\s+(?:a\s+|one\s+)?(?:half|third|quarter|fifth|tenth)|in\s+half)\b",
    I,
)
# A model's evaluation score held to or moved to a number: "recall is above 0.9", "our
# eval F1 stays above 0.92", "accuracy reaches 95%": how a model is scored, not a gain of
# a person's (the kind is the ML metric; the number is what makes it a bar)
MODEL_METRIC_BAR = re.compile(
    r"\b(?P<metric>precision|recall|f1(?:[\s-]score)?|auc|roc[\s-]auc|accuracy|fpr|tpr|"
    r"false[\s-](?:positive|negative)\s+rate|word\s+error\s+rate|wer|bleu|rouge(?:-\w+)?|"
    r"perplexity|ndcg|mAP)\b[^.;,]{0,40}?\b(?:above|over|below|under|at\s+least|at\s+most|"
    r"of|to|from|by)\s*(?:[<>]=?\s*|\u2265\s*|\u2264\s*)?[\d.,]*\d\s*%?",
    I,
)
# "so that we can scale", "so we can grow": growth with nothing said of what grows or
# what the persona then does, which any feature could claim
BARE_GROWTH = re.compile(
    r"^\W*(?:I|we|they|the\s+(?:company|business|team|firm))\s+(?:can|could|will|are\s+able\s+to)\s+"
    r"(?:keep\s+(?:on\s+)?)?(?:scale|grow|expand|thrive|succeed|prosper|compete)(?:\s+up)?\W*$",
    I,
)
# "so that families have a better experience": a better experience, which any feature gives
BETTER_EXPERIENCE = re.compile(
    r"^\W*(?:[\w'-]+\s+){1,3}?(?:have|has|get|gets|enjoy|enjoys)\s+(?:a|an)\s+(?:much\s+)?"
    r"(?:better|nicer|smoother|improved|great|good)\s+experience\b",
    I,
)
# A harm that stops: "isn't washed off", "doesn't run short", "no longer waits"
# ("the shift still has enough people": what would be lost is kept, the same harm averted)
HARM_STOPS = re.compile(
    r"\b(?:isn't|aren't|doesn't|don't|won't|wasn't|never|no\s+longer|(?:is|are|does|do|will)\s+not|"
    r"still\s+(?:has|have|gets?|receives?)\s+(?:enough|its|their|the)\b|"
    # what can no longer happen: "a slip can't wipe the archive"
    r"can't|cannot|can\s+no\s+longer|"
    # a fault caught before it does its harm: "the wrong setting is spotted before it ships"
    r"(?:is|are|gets?)\s+(?:caught|spotted|stopped)\s+(?:early|before|in\s+(?:\w+\s+)?review))\b",
    I,
)
# An outcome that is only a feeling of the persona's: "so that I'm less stressed"
FEELING_ONLY = re.compile(
    r"^\W*(?:I|we)\s*(?:'m|'re|am|are|feel|will\s+feel|can\s+feel|have|get\s+to\s+have)?\s+"
    r"(?:(?:more|less|much|so|very|a\s+lot|a\s+bit)\s+)*(?:fun|safe|safer|happy|happier|calm|"
    r"calmer|relaxed|stressed|in\s+control|confident|secure|good|better|rewarded|at\s+ease|"
    r"anxious|worried|reassured|pleased|satisfied)\b(?:\s+\w+){0,3}\W*$|"
    # "I feel smart about my heating": the verb "feel" says it is a feeling, whatever the word
    # "I feel smart and modern", "I feel taken care of by <maker>": two words joined, or a
    # two-word phrase, are still the one feeling
    r"^\W*(?:I|we)\s+(?:will\s+|can\s+)?feel\s+(?:more\s+|less\s+|very\s+|so\s+)?[a-z-]+"
    r"(?:\s+(?:and|or)\s+[a-z-]+|\s+(?!about\b|with\b|in\b|on\b|of\b|by\b|to\b)[a-z-]+)?"
    r"(?:\s+(?:about|with|in|on|of|by)\s+[\w' -]{1,30})?\W*$|"
    # "I feel that they listen to me", "we feel like someone cares": "feel" with a clause
    # after it is a feeling about that clause, with no action of the persona's in it
    r"^\W*(?:I|we)\s+(?:will\s+|can\s+)?feel\s+(?:that|like|as\s+if|as\s+though)\s+"
    r"(?:[\w'-]+\s+){0,6}[\w'-]+\W*$",
    I,
)


# A feeling of how others regard or treat the persona: "I feel valued as a member", "I
# feel respected by the staff", "I feel (that) the shop takes me seriously": being regarded
# well, which is the organisation's gain (loyalty), with nothing the persona can then do
FEELING_REGARDED = re.compile(
    r"^\W*(?:I|we)\s+(?:will\s+|can\s+)?feel\s+(?:(?:more|really|truly|properly)\s+)?"
    # two feelings joined are still the one ("reassured and valued as a member")
    # a participle may carry its preposition ("listened to and valued", "cared for")
    r"(?:[a-z]+ed(?:\s+(?:to|for|after))?\s+and\s+|[a-z]+\s+and\s+)?"
    r"(?:[a-z]+ed|taken\s+seriously|seen|heard|known)\s+(?:as\s+(?:a|an|their|one\s+of\s+their|"
    # "respected as part of the community": regarded as one of a group
    r"(?:a\s+)?(?:part|members?)\s+of\s+(?:the|their|our|this))"
    r"\s+[\w-]+(?:\s+[\w-]+)?|by\s+(?:the\s+|my\s+|our\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?)\W*$|"
    # "I feel proud to be part of the community": belonging to a group, which is its gain
    r"^\W*(?:I|we)\s+(?:will\s+|can\s+)?feel\s+(?:[a-z]+\s+to\s+be\s+|like\s+)?(?:a\s+)?"
    r"(?:part|members?)\s+of\s+(?:[\w'-]+\s+){0,4}[\w'-]+\W*$|"
    r"^\W*(?:I|we)\s+(?:will\s+|can\s+)?feel\s+(?:that\s+|like\s+)?(?!I\b|we\b)"
    r"(?:[\w'-]+\s+){1,3}?[a-z]+s\s+(?:(?:about|for|after|to)\s+)?(?:me|us)\b(?:\s+[\w'-]+){0,3}\W*$",
    I,
)
# "so that the rota is up to date": only that a record or the system holds the latest
# change, which is what the wanted update does, with no one who gains from it ("order pages
# stay correct" is another matter: wrong data is a harm averted, which readers count)
RECORD_STATE = re.compile(
    r"^\W*(?:[\w'-]+\s+){1,4}?(?:is|are|stays?|remains?|will\s+(?:be|stay|remain)|can\s+be|gets?|"
    r"keeps?\s+being)\s+(?:(?:always|all|fully|kept|then)\s+)*(?:up[\s-]to[\s-]date|current|"
    r"in\s+sync|updated)\W*$",
    I,
)

# Words after "as a" that make an adverbial, not a person: "as a result", "as a rule",
# "as a first step", "as the default"
NOT_ROLES = wordset(
    "result rule whole reminder default backup minimum soon usual well much many "
    "long far possible expected planned normal always before if though part such "
    "follows quickly often fast early late little few good best first last "
    "next matter bonus side consequence precaution courtesy fallback start one-off "
    "stopgap workaround priority test trial"
)
# ...unless the phrase goes on to a person's job noun: "As a trial coordinator", "As a
# test engineer", "As a backup approver" name people; "as a quick reminder" does not
_PERSON_END = re.compile(
    r"\s[a-z][\w-]*(?:ician|ist|ant|ee|er|or|nurse|lead|chef|clerk|agent|staff|medic|vet)s?$", I
)
_THING_END = wordset(
    "order number computer server router timer paper folder filter header trigger register "
    "ledger letter matter water winter summer power layer reminder error monitor sensor "
    "indicator counter scanner printer tracker detector browser container cluster parameter "
    "run rerun"
)


def adverbial(phrase: str) -> bool:
    """Whether a phrase after "as a" is an adverbial ("result", "first step"), not a person."""
    words = phrase.lower().split()
    if not words or words[0] not in NOT_ROLES:
        return False
    # the head noun ends before what describes it: "trial pharmacist receiving a box"
    head = re.split(
        r"\s+(?:who|that|at|in|for|of|with|from|on|\w+ing)\b", phrase.lower(), maxsplit=1
    )[0]
    last = head.split()[-1]
    person = last in GENERIC_HEAD or (
        bool(_PERSON_END.search(head)) and last not in _THING_END and last not in NOT_ROLES
    )
    return len(words) == 1 or not person


# Contentment with nothing after it ("so that I'm happy"): no gain any feature would
# not give; a feeling of a risk lifted ("safe", "in control") names the need and is
# left to a reader
# A mood that changes, of the persona or of others: "so that I'm less anxious", "so that
# I feel more relaxed in the mornings", "so that drivers are happier"
MOOD_CHANGE = re.compile(
    r"^\W*(?:[\w']+\s+){0,3}?(?:I\s*'m|we\s*'re|am|are|is|feels?|will\s+feel|will\s+be|gets?|"
    r"become|becomes)\s+(?:much\s+|a\s+lot\s+|far\s+|a\s+bit\s+)?(?:happier|"
    r"(?:more|less)\s+(?:relaxed|stressed|anxious|worried|calm|happy|content|satisfied|"
    r"confident|in\s+control|at\s+ease|frustrated|annoyed|nervous))"
    r"(?:\s+(?:in|on|during|at|with|about|before|after|when|while)\s+[\w' ]{1,30})?\W*$|"
    # "I feel less guilty when ...", "I feel more confident and less stressed in my job":
    # the verb "feel" with "more"/"less" is a mood that changes, whatever the word, and
    # two such words joined are still the one mood
    # ("in control", "at ease": a mood told by a preposition and its noun is one word)
    r"^\W*(?:I|we)\s+(?:will\s+)?feel\s+(?:much\s+|a\s+lot\s+|far\s+|a\s+bit\s+)?(?:more|less)"
    r"\s+(?:(?:in|at|on)\s+[a-z-]+|[a-z-]+)"
    r"(?:\s+and\s+(?:more\s+|less\s+)?(?:(?:in|at|on)\s+[a-z-]+|[a-z-]+))?"
    r"(?:\s+(?:in|on|during|at|with|about|before|after|when|while)\s+[\w' ]{1,30})?\W*$",
    I,
)
CONTENT_ONLY = re.compile(
    r"^\W*(?:I|we)\s*(?:'m|'re|am|are|feel|will\s+feel|will\s+be)?\s+(?:(?:more|so|very)\s+)?"
    r"(?:happy|happier|satisfied|pleased|content|glad|good|better)\W*$|"
    # "so that I come back happy", "we leave satisfied": the same contentment, told as the
    # state the persona is in after a plain move of theirs
    r"^\W*(?:I|we)\s+(?:will\s+|can\s+)?[a-z]+(?:\s+(?:back|home|away|out|off))?\s+"
    r"(?:(?:more|so|very)\s+)?(?:happy|happier|satisfied|pleased|content|glad)\W*$|"
    # "so that I'm not worried": a bad mood denied is the same contentment
    r"^\W*(?:I|we)\s*(?:['\u2019]m|['\u2019]re|am|are|feel|will\s+feel|will\s+be|won['\u2019]t\s+be)\s+"
    r"(?:not\s+|no\s+longer\s+|never\s+)?(?:so\s+|as\s+|too\s+)?(?:worried|anxious|stressed|"
    r"nervous|upset|frustrated|annoyed)\W*$|"
    # "so that players are happy", "the customer is satisfied with it": anyone's
    # contentment, told of a named subject, is the same thing any feature gives
    r"^\W*(?:[\w'-]+\s+){1,4}?(?:is|are|will\s+be|feels?|stays?|remains?)\s+"
    r"(?:(?:more|so|very|really)\s+)?(?:happy|happier|satisfied|pleased|content|glad|delighted)"
    r"(?:\s+(?:with|about)\s+[^,;.]{1,40})?\W*$|"
    # "so that I have peace of mind", "so that I'm reassured": worry taken away, with
    # nothing anyone then does, is the same contentment
    r"^\W*(?:[\w'-]+\s+){1,3}?(?:(?:can|will|could)\s+)?(?:have|has|get|gets|gain|keep)\s+"
    r"(?:(?:some|more|real|full|complete|total)\s+)?(?:peace\s+of\s+mind|reassurance)"
    r"(?:\s+(?:at|about|over|during|when|while|in|on)\s+[\w' ]{1,30})?\W*$|"
    r"^\W*(?:I|we)\s*(?:['\u2019]m|['\u2019]re|am|are|feel|will\s+feel|will\s+be|can\s+be)\s+"
    r"(?:(?:more|fully|properly)\s+)?reassured\W*$|"
    # "so i dont feel stressed every morning", "so that I'm not stressed on a Thursday": the
    # persona's own stress or annoyance denied, whenever it comes, is the same contentment
    # (a worry is left alone: worry about the thing itself may be the need)
    r"^\W*(?:I|we)\s*(?:['\u2019]?m\s+|am\s+|['\u2019]?re\s+|are\s+|will\s+be\s+|"
    r"won['\u2019]?t\s+be\s+|(?:don['\u2019]?t|do\s+not|won['\u2019]?t|will\s+not)\s+(?:feel|get)\s+)"
    r"(?:not\s+|no\s+longer\s+|never\s+)?(?:so\s+|as\s+|too\s+)?(?:stressed(?:\s+out)?|"
    r"frustrated|annoyed|upset)(?:\s+(?:in|on|during|at|about|before|after|when|while|every|"
    r"each|all|first)\s+[\w' ]{1,30})?\W*$",
    I,
)
# How much a product is used, as the outcome: "so that I stay engaged with the app",
# "daily active users go up", "our day-7 retention goes up", "clerks come back to the
# dashboard every day". Usage is how a product's maker measures success; whoever tells
# it, and with "our", it is no gain the persona can then use. A dashboard or report of
# it ("our retention dashboard") is a thing someone reads, not the goal
PRODUCT_USAGE = re.compile(
    r"\b(?:engagement|retention)\b(?!\s+(?:dashboards?|reports?|views?|pages?|screens?|data|"
    r"tables?|charts?|figures?\s+(?:page|screen)))|"
    r"\b(?:stay|stays|remain|remains|keep|keeps|are|is|get|gets|become|becomes|be)\s+"
    r"(?:more\s+)?engaged\b|\bengages?\s+more\b|"
    r"\b(?:daily|weekly|monthly)\s+active\s+(?:users|players|customers)\b|\b[dwm]aus?\b|"
    r"\b(?:come|comes|go|goes|keep\s+coming|keeps\s+coming)\s+back\s+to\s+(?:the|our|this|my)\s+"
    r"(?:[\w-]+\s+)?(?:app|platform|site|website|dashboard|product|tool|service)\b|"
    r"\b(?:use|uses|open|opens|visit|visits|spend\s+more\s+time\s+(?:in|on))\s+(?:the|our|this)\s+"
    r"(?:app|platform|site|website|dashboard|product|tool|service)\s+(?:more(?:\s+often)?|every\s+day|"
    r"daily|again)\b",
    I,
)
# A measure that changes, as the outcome's whole subject: a figure (a rate, score, rating,
# time, count, number, share, level, volume, "time-to-<x>", "<things> per <unit>") and a
# verb of change ("goes down", "improves", "rises"): how an organisation tracks itself,
# not something a person can then do. The grammar is the rule, not the topic: any figure
# noun heading the subject, with at most a few words before it and a place it is read in
# after it ("the uncollected-holds rate on the monthly report goes down")
FIGURE_NOUN = (
    r"(?:rates?|scores?|ratings?|times?|counts?|numbers?|shares?|percentages?|ratios?|levels?|"
    r"figures?|totals?|averages?|volumes?|time-to-[\w-]+|[\w-]+\s+per\s+[\w-]+|"
    # the work that comes in to an organisation, counted: "failure demand", "the backlog"
    r"demand|backlogs?|workloads?|caseloads?|"
    # a funnel's figure: "the application-to-offer conversion goes up"
    r"conversions?)"
)
CHANGE_VERB = (
    r"(?:go(?:es)?\s+(?:up|down)|comes?\s+down|improves?|rises?|falls?|drops?|shrinks?|increases?|"
    r"decreases?|grows?|climbs?|declines?|gets?\s+(?:better|worse|shorter|longer|lower|higher)|"
    r"(?:is|are)\s+(?:reduced|cut|halved|lowered|raised)|"
    # a figure that comes across well to whoever reads it: "our hours figure looks healthy"
    r"looks?\s+(?:healthy|healthier|good|better|strong|stronger|impressive))"
)
MEASURE_CHANGE = re.compile(
    r"^\W*(?P<figure>(?:the\s+)?(?:[\w'-]+\s+){0,3}?" + FIGURE_NOUN + r")"
    r"(?:\s+(?:in|into|on|of|for|at|across|to)\s+[^,;.]{1,40}?)?\s+(?:will\s+|can\s+|should\s+)?"
    r"(?P<change>" + CHANGE_VERB + r")\b",
    I,
)
# The product's own figure growing: "the app's monthly active users grow", "our site's
# sign-ups increase": what the product owns rising is its maker's gain, whoever tells it
PRODUCT_GROWTH = re.compile(
    r"^\W*(?P<figure>(?:the|our)\s+(?:app|product|platform|site|website|service|tool)'s\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w-]+)\s+(?:will\s+|can\s+|should\s+)?"
    r"(?P<change>grows?|increases?|rises?|climbs?|goes\s+up|go\s+up|doubles?)\b",
    I,
)
# An organisation's numbers as the outcome: a unit of it that gets fewer contacts ("the
# help desk gets fewer calls") or a measure that moves to a target ("the error rate drops
# to 1%", "complaint numbers stop doubling", "... don't double"): the teller's figures, not the persona's gain
ORG_NUMBERS = re.compile(
    r"^\W*(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:office|cent(?:re|er)|department|desk|council)\s+"
    r"(?:gets?|receives?|handles?|has)\s+(?:fewer|less)\b|"
    r"^\W*(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:rates?|numbers|volumes?|time-to-[\w-]+)"
    # ("complaint numbers don't double": the same figure, held where it is)
    r"(?:\s+(?:in|on|of|for|at)\s+[^,;]{1,40}?)?\s+(?:(?:don't|doesn't|do\s+not|does\s+not|won't|"
    r"will\s+not|never)\s+)?(?:goes|go|drops?|falls?|rises?|rise|reach(?:es)?|"
    r"hits?|stops?|grows?|grow|climbs?|doubles?|double|triples?|triple)\b",
    I,
)


# ====================================================================== commercial gains
# Kinds of gain that belong to a seller or an organisation, whoever tells them: a sale
# ("so that we can upsell the premium tier", "so that the shops sell more"), a renewal
# ("so that our seats are renewed", "so that the client renews our contract"), a score
# the organisation is judged by ("so that our survey scores improve", "NPS"), and
# reporting to those an organisation answers to ("so that we can report to our funders")
SALE = re.compile(
    r"\b(?:up-?sell|cross-?sell)(?:s|ing)?\b(?:\s+[\w'-]+){0,5}|"
    r"\bsells?\s+more\b(?:\s+[\w'-]+)?|\bmore\s+sales\b|"
    # "we close more deals": a deal won is a sale told by its seller
    r"\b(?:close|win)s?\s+(?:more\s+|new\s+|bigger\s+)?deals\b|"
    r"\bsales\s+(?:go\s+up|grow|rise|increase|improve)\b|"
    # "offer them a van-stock deal": a deal or discount offered to whoever buys
    r"\b(?:offer|pitch|sell)\s+(?:[\w'-]+\s+){1,4}?(?:deal|discount|upgrade|package|bundle)s?\b",
    I,
)
# What a vendor sells by: a tier, plan, seat, licence or subscription of the product
PRICED_UNIT = re.compile(r"\b(?:tiers?|plans?|seats?|licen[cs]es?|subscriptions?)\b", I)
RENEWAL = re.compile(
    r"\b(?:contracts?|seats?|licen[cs]es?|subscriptions?|memberships?)\b(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:is|are|gets?|get|will\s+be|being)\s+renewed\b|"
    # (a membership renewed ends the outcome: "... renew their membership without queueing"
    # says how the member renews, which is theirs)
    r"\brenews?\s+(?:our|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:contracts?|seats?|licen[cs]es?|subscriptions?|memberships?(?=\W*$))\b|"
    # renewals as a count the seller keeps up: "we keep our renewals up", "renewals go up"
    r"\b(?:keeps?|grows?|increases?|protects?|boosts?)\s+(?:our|its|the)\s+(?:[\w-]+\s+)?"
    r"renewals\b|\brenewals?\s+(?:rates?\s+)?(?:go(?:es)?\s+up|rises?|grows?|increases?|improves?)\b",
    I,
)
# "so that I can justify the licence", "... justify our spend on it": the buyer's case for
# paying for the product, which keeps the seller's customer, even told by the persona
JUSTIFIED_PURCHASE = re.compile(
    r"\bjustify(?:ing)?\s+(?:the|our|its|their|my|this|that|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:licen[cs]es?|subscriptions?|seats?|contracts?|spend(?:ing)?|purchase|renewal|"
    r"(?:annual\s+|monthly\s+)?fees?|price|cost)\b",
    I,
)
SCORE = re.compile(
    r"\b(?:nps|csat)\b|"
    r"\b(?:[\w'-]+\s+){0,2}(?:scores?|ratings?|results?)\s+(?:improve|go\s+up|rise|increase|climb|get\s+better)\b|"
    # the same told as something that gets the score: "the service gets a higher rating"
    r"\b(?:gets?|earns?|achieves?|receives?)\s+(?:a\s+)?(?:better|higher|top|improved)\s+"
    r"(?:[\w-]+\s+)?(?:scores?|ratings?)\b",
    I,
)
# Those an organisation answers to: reporting to them is its duty, which may or may not
# be the persona's own task
OVERSEER_REPORT = re.compile(
    r"\b(?:report(?:s|ing)?\s+(?:[\w'-]+\s+){0,4}?to|(?:show|prove|demonstrate)(?:s|ing)?"
    r"(?:\s+to)?)\s+(?:our|the|their|its|my)?\s*"
    r"(?:[\w-]+\s+)?(?:funders?|donors?|investors?|shareholders?|regulators?|board|trustees|"
    r"auditors?|inspectors?|sponsors?|ministry|government|leadership|director)\b",
    I,
)
# An organisation's unit that gets fewer contacts: "so that reception gets fewer calls"
FEWER_CONTACTS = re.compile(
    r"^\W*(?:the\s+|our\s+|their\s+)?(?P<who>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    # (perhaps counted: "gets 1,400 fewer calls a month"; or none at all: "has no more")
    r"(?:gets?|receives?|handles?|fields?|takes|has|have)\s+(?P<count>\d[\d.,]*\s*%?\s+)?"
    r"(?:fewer|less|no\s+more)\s+(?:[^\s,;]+\s+){0,6}?"
    r"(?:calls|emails|queries|enquiries|inquiries|tickets|complaints|messages|contacts)\b|"
    # the same told from the callers' side: "so that fewer parents ring the school office"
    r"^\W*fewer\s+(?:[\w'-]+\s+){1,2}?(?:call|email|phone|ring|contact|chase|complain\s+to|"
    r"write\s+to)\s+(?:the|our|their)\s+(?P<unit>[\w'-]+(?:\s+(?!(?:about|for|when|with|to|"
    r"in|on|at|if|because|and|or|as)\b)[\w'-]+){0,2})",
    I,
)

SPEED = {"faster", "quicker"}
# "<my spraying> is better": a thing, a verb of being or becoming, a bare comparative
BETTER = re.compile(
    r"^\W*(?P<thing>(?:[\w'-]+\s+){0,3}?(?P<head>[\w'-]+))\s+"
    r"(?:is|are|gets?|becomes?|will\s+be|will\s+get|can\s+be)\s+(?:much\s+|a\s+lot\s+|far\s+)?"
    r"(?P<how>better|improved|easier|simpler|smoother|nicer|faster|quicker)\W*$",
    I,
)
# "I learn more", "we look more professional", "I work better": a verb and a bare degree
VAGUE_MORE = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:can|could|will|would)\s+)?[a-z]+\s+(?:a\s+lot\s+|much\s+)?"
    r"(?:more|better|less)(?:\s+[a-z]+)?\W*$",
    I,
)
# "I get a better experience": a bare comparative on a thing had, with no measure
BETTER_THING = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:can|will|would)\s+)?(?:get|have|enjoy)\s+(?:a|an)\s+"
    r"(?:much\s+)?(?:better|nicer|smoother|improved)\s+[\w-]+(?:\s+[\w-]+)?\W*$",
    I,
)
# "so I not get fine", "so our users not logged out": a harm avoided, told without the
# auxiliary ("don't", "are") that a native speaker puts before "not"
BARE_NOT = re.compile(r"^\W*(?:I|we|(?:my|our)(?:\s+[\w'-]+){1,2})\s+not\s+[a-z]{3,}", I)
# a clause that only says when or on what condition: "... before I go", "... when it fails"
WHEN_CLAUSE = re.compile(r"\s+(?:when|whenever|before|after|while|until|once|if)\s+", I)
TO_ME = re.compile(r"\b(?:to|for)\s+(?:me|us)\b", I)

# A figure in the organisation's periodic report, review or survey: "so that the wait time
# under 3 days is shown in the quarterly report", "... in our yearly staff survey": what the
# organisation tells those it answers to, not what the persona can then do
PERIODIC_REPORT = re.compile(
    r"\b(?:in|on|for|at)\s+(?:the|our|its|their|[\w-]+'s)\s+(?:[\w-]+\s+)?"
    r"(?:quarterly|monthly|annual|yearly|weekly|half-yearly|end-of-year|contract)\s+"
    r"(?:[\w-]+\s+)?(?:reports?|reviews?|surveys?|audits?|returns?)\b",
    I,
)
# A unit of the organisation with less to do: "so that its claims team has less work"
UNIT_WORKLOAD = re.compile(
    r"\b(?:its|the|their)\s+(?P<unit>(?:[\w-]+\s+){0,2}?(?:team|department|office|desk|staff|unit))"
    r"\s+(?:has|have|gets?|does|do)\s+(?:less|fewer)\s+(?:work|cases|admin|paperwork)\b|"
    r"\b(?:its|the|their)\s+(?P<unit2>(?:[\w-]+\s+){0,2}?(?:team|department|office|desk|staff|unit))"
    r"(?:'s|s')\s+(?:workload|work\s*load)\s+(?:falls|drops|shrinks|goes\s+down)\b",
    I,
)
# A feeling of the persona's own image, the kind of person they come across as: "so that
# I feel modern", "... feel smart and green about my home"; how one comes across is an
# image, like "looks modern to parents", not something the persona can then do
SELF_IMAGE = re.compile(
    r"^\W*(?:I|we)\s+(?:will\s+|can\s+)?(?:feel|look|seem)\s+(?:(?:more|so|very|really)\s+)?"
    r"(?:modern|smart|eco-friendly|green|stylish|trendy|cool|fashionable|innovative|"
    r"tech-savvy|hip|up-to-date|forward-thinking|sustainable)\b"
    r"(?:\s*,?\s+(?:and|or)\s+(?:more\s+)?[a-z-]+)?(?:\s+(?:about|with|in)\s+[\w' -]{1,30})?\W*$",
    I,
)


# "Result: fewer failed orders": a count that falls names a change anyone can measure, a
# result even with no verb
# Short outcomes that are sentences though the verb is not told apart: "Result: fewer
# failed orders", and an indefinite pronoun with its verb ("nothing breaks", "nobody waits")
FALLING_COUNT = re.compile(
    r"\W*(?:result:\s*)?(?:fewer|less)\s+\w|"
    # "no surprise bill", "no late fees": the count of a bad thing falls to none
    r"\W*no\s+(?!one\b|longer\b|more\b)[a-z]+(?:\s+[a-z]+)?\W*$|"
    r"\W*(?:nothing|nobody|no\s+one|everything|everyone|everybody|something|someone)\s+"
    r"[a-z]+s\W*$",
    I,
)


# The persona's own thing, told with "my", working: "my app works", "my till keeps running"
OWN_THING_WORKS = re.compile(
    r"\W*my\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:(?:still|just|always)\s+)?"
    r"(?:works?|keeps?\s+(?:working|running)|runs?)\b",
    I,
)


# how an outcome is led in, and outcomes that are the system's, not the persona's
LEAD_IN = re.compile(
    r"^\W*(?:so\s+that|so|in\s+order\s+to|because|so\s+as\s+to|(?:which\s+|that\s+)?means|"
    r"for\s+that)\W+",
    I,
)
# An outcome whose subject is the product or its builders is the system's goal. Builders
# are a team, developers or engineers told bare or by their trade ("the dev team"); a team
# named by other work ("the sales team can tell buyers") is people the persona works with
SYSTEM_GOAL = re.compile(
    r"^\W*(?:so\s+that|so|in\s+order\s+that)\s+(?:the|this|its)\s+(?:(?:\w+\s+)?"
    r"(?:system|dashboard|app|application|code|codebase|database|db|api|service|platform|"
    r"back-?end|front-?end|server|software|model|pipeline|"
    r"page|screen|tool|product|portal|queue|job)|(?:(?:dev|development|engineering|product|"
    r"platform|tech|technical|it|software|data|back-?end|front-?end)\s+)?"
    r"(?:team|developers?|engineers?))s?\s+"
    r"(?:can|could|will|would|is|are|has|have|does|runs?|shows?|stays?|becomes?|gets?)\b",
    I,
)
# "so that overdue invoices are visible": what the product shows, not what anyone achieves
SHOWN_ONLY = re.compile(
    r"^\W*(?:so\s+that|so)\s+(?:the\s+|all\s+|their\s+|its\s+)?[\w' -]{1,60}?\s+(?:is|are|get|gets|will\s+be|can\s+be)\s+"
    r"(?:(?:always|clearly|immediately|automatically)\s+)?(?:visible|shown|displayed|listed|highlighted|"
    r"flagged|marked|surfaced|presented|available)\b",
    I,
)
# "so that <someone> ...": an outcome about someone other than the persona
SO_THAT_OTHER = re.compile(r"^\W*(?:so\s+that|so)\s+(?!I\b|we\b|my\b|our\b|I'm\b)", I)

# the words that lead an outcome in, anywhere in an answer
ANY_LEAD = re.compile(r"\b(?:so\s+that|so\s+I\s+can|in\s+order\s+to)(?:\s+[\w'-]+){1,6}", I)


# Others who come to know something, told as a sentence: a plural subject, a verb of knowing
# and a clause of what ("wards know when transport arrives"); a sentence, not a heap of the
# need's keywords, however many of its words are keywords
KNOWS_CLAUSE = re.compile(
    r"\W*(?:the\s+|all\s+|our\s+|their\s+)?(?!(?:we|they|us|others)\b)[a-z][\w-]*[^s\W]s\s+"
    r"(?:know|see|learn|hear|find\s+out|understand)\s+(?:when|if|whether|where|what|which|how|who)\b",
    I,
)
