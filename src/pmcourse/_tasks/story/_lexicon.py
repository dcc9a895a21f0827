"""The lexicon, as data: the kinds of solution detail a story leaves to the team, and
the vague terms (in ``_vague``; the words of people and outcomes are in ``_words``).

Each kind is one regular expression of whole words, named in feedback by its kind
("storage and infrastructure", "algorithms and ML methods"...). A scenario lists the
kinds its users see as the product itself (``Scenario.contract``): for an API
product, the interface its developers code against.
"""

from __future__ import annotations

import re

from ._text import I

# the vague terms no one can observe live in _vague; imported here for old importers
from ._vague import VAGUE_TERMS as VAGUE_TERMS  # noqa: PLC0414  (re-exported)


# ====================================================================== kinds
def _alts(*words: str) -> str:
    return "|".join(words)


KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "storage and infrastructure",
        re.compile(
            r"\b(?:"
            + _alts(
                r"postgres(?:ql)?",
                r"mysql",
                r"maria\s?db",
                r"sqlite",
                r"mongo(?:db)?",
                r"redis",
                r"memcached?",
                r"dynamo\s?db",
                r"cassandra",
                r"elastic\s?search",
                r"snowflake",
                r"big\s?query",
                r"firestore",
                r"firebase",
                r"supabase",
                r"couch\s?db",
                r"neo4j",
                r"oracle\s+db",
                r"s3(?:\s+bucket)?",
                r"databases?",
                # "DBS" in capitals is an acronym of its own (a public body's checks); the
                # plural of DB is written "DBs"
                r"db(?-i:s|S(?<!DBS))?",
                r"sql",
                r"nosql",
                r"(?<!\bresponse\s)(?<!\brequest\s)(?<!\bpayload\s)(?<!\bevent\s)(?<!\bapi\s)"
                r"(?<!\bjson\s)schemas?",
                r"indexe?s(?=\s+on\b)",
                r"(?:foreign|primary)\s+keys?",
                r"migrations?",
                r"orm",
                r"caches?",
                r"cached",
                r"caching",
                r"tbls?",
                # (in capitals only at a sentence start: "Col Blanc" is a mountain pass's name)
                r"(?-i:cols?|COLS?)",
                r"varchar",
                r"(?:sql|database|db)\s+quer(?:y|ies)",
                r"quer(?:y|ies)\s+(?:the\s+|our\s+)?(?:database|db|tables?|tbl)",
                r"select\s+\*",
                r"select\s+\w+\s+from",
                # a query written out: two SQL keywords in capitals a few words apart
                # ("JOIN enrolments ON prerequisites", "WHERE grade IS NULL")
                r"(?-i:(?:SELECT|JOIN|WHERE|UPDATE|INSERT\s+INTO|DELETE\s+FROM|GROUP\s+BY|ORDER\s+BY)"
                r"\s+(?:\S+\s+){0,5}?(?:ON|WHERE|FROM|SET|VALUES|IS(?:\s+NOT)?\s+NULL|JOIN|AND|OR)\b)",
                r"stored\s+procedures?",
                r"triggers?(?=\s+(?:in|on)\s+the\s+(?:db|database|table))",
                r"(?:\w+s|invoice|customer|payment|order|user|event|stock|inventory|lookup|join|status|"
                r"audit|history|\w+_\w+)\s+tables?",
                r"(?:new|extra|boolean|bool|date|status|flag|a|the|one|another)\s+columns?",
                r"columns?\s+(?:called|named|in|on|to|for)",
                # a column named by its code identifier ("an APP_STAGE column")
                r"(?-i:[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)\s+columns?",
                r"rows?\s+(?:in|of|to)\s+(?:the\s+)?(?:\w+\s+)?(?:tables?|database|db)",
                r"(?:in|to|into|from)\s+the\s+\w+\s+tables?",
                r"data\s?warehouse",
                r"partition(?:ed|ing|s)?\s+by",
                r"shard(?:s|ed|ing)?",
                r"ingest(?:s|ed|ing|ion)?",
                # a batch process told by its schedule ("the import runs every night")
                r"(?:imports?|syncs?|exports?|jobs?|scripts?|pipelines?|etl|batch(?:es)?)\s+"
                r"runs?\s+(?:(?:every|each|once)\s+\w+|nightly|hourly|daily|at\s+[\d:]+)",
                # or by its source and schedule ("synced from the WMS every 5 minutes")
                r"(?:synced|synchroni[sz]ed|imported|pulled|copied|polled|fetched)\s+from\s+(?:the\s+)?"
                r"[\w-]+(?:\s+[\w-]+){0,2}(?:\s+(?:to|into)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+every\s+(?:\d+\s+)?(?:seconds?|minutes?|mins?|hours?|night|day)",
                # where code runs and keeps its data ("loaded into the browser")
                r"(?:load(?:ed|s)?|run(?:s|ning)?|kept|held|stored|cached|computed|executed)\s+"
                r"(?:in|into|on)\s+(?:the\s+)?(?:browser|client|memory|ram|local\s?storage)",
                r"in-memory",
                r"local\s?storage",
                r"indexed\s?db",
                r"service\s+workers?",
            )
            + r")\b",
            I,
        ),
    ),
    (
        "storage and infrastructure",
        re.compile(
            r"\b(?:"
            + _alts(
                r"(?:kafka|queue|event|message)\s+consumers?",
                r"kafka(?:\s+topics?)?",
                r"rabbit\s?mq",
                r"sqs",
                r"sns",
                r"kinesis",
                r"pub/?sub",
                r"message\s+(?:queues?|brokers?|bus)",
                r"event\s+(?:bus|stream|streams)",
                r"(?:job|task|work|retry|dead[- ]letter)\s+queues?",
                # how changes travel between the team's systems ("a CDC stream", "an outbox")
                r"cdc(?:\s+(?:streams?|feeds?|events?|pipelines?))?",
                r"change[- ]data[- ]capture",
                r"(?:transactional\s+)?outbox(?:\s+pattern)?(?=\s|[.,;)]|$)",
                r"retry\s+(?:tables?|workers?|jobs?|loops?|logic|records?)",
                r"(?:many|one)-to-(?:many|one)(?:\s+(?:tables?|relations?|relationships?|joins?))?",
                r"(?:join|junction|link|lookup|mapping)\s+tables?",
                r"rfid(?:\s+(?:readers?|tags?|chips?|sensors?))?",
                r"(?:weight|iot|shelf|motion|occupancy)\s+sensors?",
                r"bluetooth\s+beacons?",
                r"queue\s+(?:consumers?|workers?)",
                r"(?:kafka|queue|event|message)\s+consumers?",
                r"consumers?\s+(?:service|process|group)",
                r"celery",
                r"sidekiq",
                r"resque",
                r"airflow",
                r"cron(?:\s?jobs?|tabs?)?",
                r"(?:scheduled|batch|background|nightly|hourly|daily)\s+(?:jobs?|scripts?|process(?:es)?)",
                r"(?:scheduled|batch|background)\s+tasks?",
                # a batch run told by its schedule, whatever it is called ("the overnight
                # mainframe batch", "a nightly Oracle job", "a nightly SFTP drop"); a batch
                # of goods ("the overnight batch of loaves") is the trade's own
                r"(?:nightly|overnight|hourly)\s+(?:[\w-]+\s+){0,2}?batch(?:es)?"
                r"(?:\s+(?:jobs?|runs?|process(?:es)?))?(?!\s+of\b)",
                r"(?:nightly|overnight|hourly)\s+(?-i:[A-Z]{2,}|[A-Z][a-z]+)\s+"
                r"(?:jobs?|drops?|scripts?|transfers?|extracts?|exports?)",
                # the relay that sends the product's texts or mails
                r"(?:sms|text|e-?mail|messaging)\s+gateways?",
                r"(?:background|queue|celery|async)\s+workers?",
                r"workers?\s+(?:process|thread|service|pool)s?",
                r"daemons?",
                r"lambdas?",
                r"serverless",
                r"micro-?services?",
                r"materiali[sz]ed\s+views?",
                r"event[- ]sourc(?:ed|ing)(?:\s+[\w-]+){0,2}",
                # "from the same service" says which source, not which part builds it
                r"(?:via|from|through|into)\s+the\s+(?:new\s+)?(?!(?:same|other|whole)\s)[\w-]+\s+"
                r"(?:service|optimi[sz]er|engine)\b",
                r"(?:route|routing)\s+optimi[sz]ers?",
                r"docker",
                r"containers?(?=\s+(?:running|that|which))",
                r"kubernetes(?:\s+operators?)?",
                r"k8s",
                r"aws",
                r"azure",
                r"gcp",
                # a role's trade ("a backend developer", "two open front-end roles")
                # names people, not the product's build
                r"(?:back|front)-?end(?!\s+(?:engineers?|developers?|devs?|roles?|teams?|"
                r"positions?|hires?|leads?|people|specialists?)\b)",
                r"server-?side",
                r"client-?side",
                r"(?:web|app|application|api)\s+servers?",
                r"load\s+balancers?",
                r"cfg",
                r"config\s+files?",
                r"env(?:ironment)?\s+var(?:iable)?s?",
                r"feature\s+flags?",
                r"websockets?",
                r"sorted\s+sets?",
                r"mqtt",
                r"terraform",
                r"helm(?:\s+charts?)?",
                r"namespaces?",
                r"feature\s+stores?",
                r"time-?series\s+(?:databases?|db|store)",
                r"data\s+(?:marts?|lakes?|pipelines?)",
                r"etl",
                r"push\s+(?:services?|notifications?\s+service)",
                # a cloud vendor's named service ("Amazon SES", "AWS Lambda", "Google Cloud
                # Run", "Azure Functions"): the vendor's name then the service's
                r"(?-i:Amazon\s+(?:[A-Z][A-Z0-9]+|Web\s+Services)\b(?:\s+[A-Z][\w-]*)*)",
                r"(?-i:(?:AWS|GCP|Azure|Google\s+Cloud)(?:\s+[A-Z][\w-]*)*)",
                # and those known by their own name alone ("a spare EC2 instance")
                r"(?-i:EC2|RDS|CloudWatch|CloudFront|CloudTrail|Fargate|Redshift)(?:\s+instances?)?",
                # a file-transfer server as where data is dropped ("an SFTP folder")
                r"(?-i:S?FTPS?)(?:\s+(?:folders?|servers?|sites?|drops?|exports?))?",
                # a workflow or pipeline named by its engine ("a Step Functions workflow"; CI: delivery)
                r"(?-i:(?:in|through|via|by)\s+(?:an?|the)\s+(?!CI\s|CD\s|CI/CD\s)(?:[A-Z][\w-]*\s+){1,2}"
                r"(?:workflows?|state\s+machines?|pipelines?))",
                # what a service runs on: a cluster named by its kind or maker ("our EKS
                # cluster", "the Kubernetes cluster"), its node pools, its machines
                r"(?:(?-i:[A-Z][A-Za-z0-9]*[A-Z0-9])|kubernetes|k8s|compute|server|database|db|"
                r"kafka|redis|the|a|shared|staging|production|prod)\s+clusters?(?!\s+of\b)",
                r"node\s+pools?",
                r"virtual\s+machines?",
                r"vms?(?=\s+(?:on|in|per|running|instances?))",
                # mail and name records a domain is set up with ("DKIM and SPF", "MX record")
                r"(?:dns|mx|spf|dkim|dmarc|cname|txt)\s+records?",
                r"(?-i:DKIM|SPF|DMARC|SMTP(?:\s+(?:servers?|relays?))?|DNS)",
                r"mail\s+servers?",
                r"(?:configured|set\s+up|hosted|deployed|verified)\s+(?:on|at|for|under|to)\s+"
                r"(?:the\s+)?(?:domain\s+)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|io|dev|"
                r"app|cloud|eu|de|fr|nl|uk)",
            )
            + r")\b",
            I,
        ),
    ),
    (
        "code structure",
        re.compile(
            r"\b(?:"
            + _alts(
                r"class(?:es)?(?=\s+(?:called|named)|\s+(?-i:[A-Z])\w)",
                r"(?:new|model|domain|entity|base|abstract|python|java)\s+class(?:es)?",
                # a capitalised name before "class" is code only inside a sentence: at a
                # line's start the capital says nothing ("After class I get a prompt")
                r"(?<=[a-z0-9,] )(?-i:[A-Z])\w+\s+class",
                # a CamelCase name used as a record of code ("an OverdueInvoice row"); a
                # product's CamelCase name ("the GoCart robot") is no code
                r"(?-i:[A-Z][a-z]+(?:[A-Z][a-z]+)+)\s+(?:rows?|records?|objects?|instances?|"
                r"entit(?:y|ies)|tables?)",
                r"object\s+models?",
                r"data\s+models?",
                r"domain\s+models?",
                r"(?:json|java|python|js|domain|data|value)\s+objects?",
                r"objs?",
                r"dtos?",
                r"entit(?:y|ies)(?=\s+(?:class|model|called|with))",
                r"enums?",
                r"structs?",
                r"booleans?",
                r"bools?",
                r"(?:boolean|bool|integer|int|string|text|date|datetime|new)\s+(?:fields?|flags?|attributes?|properties|property)",
                r"(?:fields?|attributes?|property|flags?)\s+(?:called|named)",
                r"true/false",
                r"null(?:able)?",
                r"uuids?",
                r"timestamps?",
                r"methods?(?=\s+(?:called|named|that\s+returns))",
                r"functions?\s+(?:called|named)",
                r"regex(?:es)?",
                r"refactor(?:ing|ed)?",
                r"repository\s+pattern",
                r"singleton",
                r"getters?",
                r"setters?",
                r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+",
                # a class named as what a team's test exercises ("unit tests for
                # InvoiceMatcher"): the code's own unit, however plain its name
                r"tests?\s+(?:for|of|on)\s+(?:the\s+)?(?-i:[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)",
                r"[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+",
                # A CamelCase word is code only as code: a class, a component, a call.
                # Otherwise it is a name, often the product's own ("the GoCart robot").
                r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?=\s+(?:class|object|model|component|"
                r"service|table|method|function|enum|interface|controller|handler|module|"
                r"entity|struct|hook|view)s?\b|\(|\.[a-z])",
                r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)*(?:Service|Controller|Handler|Repository|Factory|"
                r"Dto|DTO|Util|Utils|Impl|Entity|Enum)",
                # a name ending like code that a product may carry too ("the RouteManager
                # app"): code only when no product word follows it
                r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)*(?:Status|Manager|Helper|Client|Provider|Model|"
                r"Component|Module|Table|Queue|Worker|Job|Flag|Id|Api|API)"
                r"(?!\w)(?!\s+(?:app|application|platform|tool|website|site|portal|robot|device|"
                r"product|account|users?|customers?|team|dashboard|subscription|plan)\b)",
                r"[\w-]+\.(?:py|js|ts|tsx|jsx|css|scss|sql|java|rb|go|php|cs|html|json|ya?ml|xml|cfg|ini)",
                # a data structure names how the code holds data ("a trie of names")
                r"(?i:tries(?=\s+of\b)|trie|bloom\s+filters?|linked\s+lists?|"
                r"(?:prefix|suffix|b|r|k-?d|quad|search|segment|interval)[- ]?trees?|"
                r"(?:min|max|binary)[- ]heaps?|priority\s+queues?|ring\s+buffers?|"
                r"adjacency\s+(?:lists?|matri(?:x|ces)))",
            )
            + r")\b",
            0,
        ),
    ),
    (
        "internal interfaces",
        re.compile(
            r"(?:\b(?:GET|POST|PUT|PATCH|DELETE|get|post|put|patch|delete)\s+(?=/)"
            r"|(?<![\w/.])/(?:[a-z_{][\w{}:-]*)(?:/[\w{}:.-]*)*"
            r"|\bhttps?://\S+"
            r"|\b(?:HTTP|http)\s*(?:status\s*)?[1-5]\d\d\b"
            r"|\b(?:status(?:\s+code)?|code|returns?|returning|respond(?:s|ing)?\s+with|error|gets?)\s+(?:an?\s+)?[1-5]\d\d\b"
            r"|\b[1-5]\d\d\s+(?:OK|Not\s+Found|Created|status|response|error)\b"
            r"|\b(?:rest(?:ful)?\s+api|graphql|grpc|rpc|soap)\b"
            r"|\b(?:api|apis)\b"
            r"|\bend-?points?\b"
            r"|\bjson\b|\bxml\b|\byaml\b"
            r"|\bpayloads?\b"
            r"|\bhttp(?:s)?\b"
            r"|\brequest\s+bod(?:y|ies)\b|\bresponse\s+bod(?:y|ies)\b|\bheaders?\b(?=\s+(?:called|named|x-))"
            r"|\bwebhooks?\b"
            r"|\b(?:response|request|payload|event|api|json)\s+schemas?\b"
            # a message standard systems exchange ("an HL7 SIU^S14 message", "FHIR
            # MedicationRequest", "EDI 856", "a camt.054 file")
            r"|\b(?:hl7|fhir|edifact|x12|iso\s?20022|camt\.\d+|pain\.\d+)\b(?:\s+[\w^.]+(?=\s+messages?))?"
            r"|\b(?-i:[A-Z]{3}\^[A-Z]\d+)"
            r"|\bsdks?\b|\b(?:grpc|rest)\s+(?:calls?|services?)\b"
            r"|\b\w+\.\w+\(\)"
            r"|\bx-[\w-]+(?:\s+headers?)?\b|\bheaders?\b(?=\s+(?:called|named))"
            r"|\bstatus\s+codes?\b"
            r"|\b[1-5](?:\d\d|xx)\b(?=\s+(?:status|response|error|code))"
            r"|\b(?:HTTP|http)\s*[1-5]xx\b"
            r")",
            I,
        ),
    ),
    (
        "named technologies",
        re.compile(
            r"\b(?:"
            + _alts(
                r"react(?:\.js|js)?\s+(?:components?|app|hooks?|front-?end|page|view|table)",
                r"react(?:\.js|js)",
                r"angular(?:js)?",
                r"vue(?:\.?js)?",
                r"svelte",
                r"django",
                r"flask",
                r"fast\s?api",
                r"ruby\s+on\s+rails",
                r"rails\s+(?:app|controller|model)",
                r"spring(?:\s+boot|\s+framework)",
                r"laravel",
                r"express(?:\.js|js)",
                r"node(?:\.js|js)",
                r"next(?:\.js|js)",
                r"jquery",
                r"tailwind",
                r"material\s+ui",
                r"mui",
                r"redux",
                r"hibernate",
                r"sql\s?alchemy",
                r"pandas",
                r"numpy",
                r"typescript",
                r"javascript",
                r"python",
                r"java",
                r"php",
                r"golang",
                r"kotlin",
                r"flutter",
                r"webpack",
                r"excel\s+macros?",
                r"vba",
                r"power\s?bi",
                r"tableau",
                r"(?:ui|react|vue|angular|front-?end)\s+components?",
                r"components?(?=\s+(?:called|named))",
                r"libraries",
                r"library(?=\s+(?:called|like|such))",
                r"npm",
                r"d3(?:\.js)?",
                r"clickhouse",
                r"firebase\s+push",
                r"rabbit\s?mq",
                r"plugins?(?=\s+(?:called|named|like))",
                # a part told by the named tool it is built with ("made with the Acme
                # charts library", "built on the Foo checkout plug-in")
                r"(?:built|made|implemented|done)\s+(?:with|using|on|in)\s+(?:the\s+|an?\s+)?"
                r"(?-i:[A-Z][\w.-]*)\s+(?:[\w-]+\s+)?(?:plug-?ins?|librar(?:y|ies)|frameworks?|"
                r"sdks?|widgets?|add-?ons?|extensions?)",
                # a named dataset as the want ("the ImageNet dataset", "MNIST")
                r"(?-i:(?!(?:The|This|That|Each|Every|Our|My|Your|Their|An?|New|Same|Whole|Full|"
                r"Test|Training|Any|One|Which)\b)(?:[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]+))"
                r"\s+(?:dataset|data\s+set|corpus)s?",
                r"mnist",
                r"imagenet",
                r"cifar-?\d*",
                r"ms\s?coco",
                r"librispeech",
                r"movielens",
            )
            + r")(?![\w])"
            # names that are also ordinary words count only when capitalised
            + r"|(?-i:(?<![.!?]\s)(?<!^)\b(?:React|Bootstrap|Swift(?:UI)?|Express|Spring|Rails|SQuAD)\b)"
            # a foundation's project is a named technology ("Apache Druid", "Apache Spark")
            + r"|(?-i:\bApache\s+[A-Z][a-z]\w*)"
            + r"|(?-i:\bC#|\.NET\b|\bGo(?=\s+(?:service|code|program)))"
            # a name in mixed case that ends in capitals is a technology's ("WebGL",
            # "TimescaleDB", "GraphQL"); a product's CamelCase name ("PickPro") is not
            + r"|(?-i:(?<![\w-])[A-Z][a-z]+[A-Z]{2,}(?![\w-]))",
            I,
        ),
    ),
    (
        "algorithms and ML methods",
        re.compile(
            r"\b(?:"
            + _alts(
                r"(?:train|retrain|fine-?tune)(?:s|ed|ing)?\s+(?:an?\s+|the\s+|our\s+)?(?:\w+[\s-]+){0,2}"
                r"(?:models?|classifiers?|networks?|cnns?|rnns?|llms?|transformers?)",
                r"(?:convolutional|recurrent|deep|neural)[\s-]+(?:neural[\s-]+)?networks?",
                r"neural[\s-]+nets?",
                r"cnns?",
                r"rnns?",
                r"lstms?",
                r"transformers?(?=\s+models?)",
                r"bert",
                r"gpt-?\d",
                r"random[\s-]+forests?",  # "a random-forest model"
                r"decision[\s-]+trees?",
                r"gradient[\s-]+boost(?:ed|ing)?(?:\s+\w+)?",
                r"xgboost",
                r"lightgbm",
                r"logistic[\s-]+regression",
                r"linear\s+regression",
                r"svms?",
                r"support\s+vector\s+machines?",
                r"k-?means",
                r"k-?nearest\s+neighbou?rs?",
                r"knn",
                r"pca",
                r"principal\s+component\s+analysis",
                r"self-?organi[sz]ing\s+maps?",
                r"clustering\s+algorithms?",
                r"embeddings?",
                r"vector\s+(?:search|databases?|stores?|index)",
                r"cosine\s+similarity",
                r"tf-?idf",
                r"bayesian\s+\w+",
                r"naive\s+bayes",
                r"reinforcement\s+learning",
                r"elo(?:\s+(?:ratings?|system|matchmaking))?",
                r"trueskill",
                r"(?:decision\s+)?thresholds?\s+(?:of|to|at)\s+0?\.\d+",
                r"geofenc(?:e|es|ing)",
                r"bipartite\s+matching",
                r"(?:weighted\s+)?(?:graph|matching|routing|sorting|search|scoring|ranking)\s+algorithms?",
                r"dijkstra",
                r"(?:constraint|linear|integer|sat|lp)\s+programming",
                # any solver ("a knapsack solver"), and a result told by what computes it
                # ("computed with an OR-Tools CP-SAT model", "decided by a route optimiser")
                r"(?!problem\s)[\w-]+\s+solvers?",
                r"(?:computed|calculated|decided|chosen|picked|optimi[sz]ed|generated|predicted|"
                r"ranked|assigned)\s+(?:by|with|using|via)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:models?|solvers?|algorithms?|optimi[sz]ers?)",
                # a model score's internal cut-off ("when the fraud score is under 0.65")
                r"(?:score|probability|confidence|likelihood)\s+(?:is\s+|was\s+|of\s+)?(?:under|below|"
                r"above|over|at\s+(?:least|most)|(?:less|more|greater)\s+than|[<>]=?)\s+0?\.\d+",
                r"(?:machine[\s-]+learning|ml|ai|nlp|language)\s+models?",
                # a model named by the task it learns ("a damage-classification model")
                # or a service named so ("the classification service"): a part inside
                r"(?:classification|detection|recognition|segmentation)\s+(?:models?|services?)",
                # a vision or language method named by the task it learns ("pose
                # estimation with <library> gives feedback", "object detection counts
                # the boxes", "sentiment analysis")
                r"(?:pose|depth|keypoint|gaze)\s+estimation",
                r"(?:object|keypoint|landmark|edge|blob)\s+detection",
                r"(?:named[\s-]+entity|optical\s+character)\s+recognition",
                r"sentiment\s+analysis",
                r"computer\s+vision",
                r"(?:image|semantic|instance)\s+segmentation",
                # a model or algorithm named with its version ("a Glicko-2 model", "GPT-4")
                r"(?-i:[A-Z][A-Za-z]*-?\d[\w.]*)\s+(?:models?|algorithms?)",
                r"ocr",
                r"(?:mixed[\s-]+)?integer\s+(?:linear\s+)?programs?|milp|mip",
                # "a heuristic evaluation" reviews a design for usability: no algorithm
                r"heuristics?(?!\s+(?:eval\w*|reviews?|audits?|inspections?|analys[ie]s))",
                r"(?:exponential|linear|jittered)\s+back-?off",
                r"back-?off\s+(?:code|algorithm|logic|timer)s?",
                r"(?:re-?)?polling",
                r"(?:re-?)?poll(?:s|ed)?\s+(?:the|every|each|our|their)",
                r"hash\s*(?:maps?|tables?|sets?)",
                r"binary\s+search",
                r"features?\s+(?:engineering|vectors?)",
                r"(?:geolocation|device)\s+features",
                r"prophet",
                r"s?arima",
                r"holt[- ]winters",
                r"exponential\s+smoothing",
                # statistics and anomaly methods ("a z-score against the baseline",
                # "an isolation forest"), and how a model explains itself ("SHAP values")
                r"z-?scores?",
                r"isolation\s+forests?",
                r"autoencoders?",
                r"anomaly[- ]detection\s+(?:models?|algorithms?|methods?)",
                r"shap(?:ley)?(?:\s+values?)?",
                r"lime\s+explanations?",
                r"\d+(?:\.\d+)?\s*[x\u00d7]\s+thresholds?",
            )
            + r")\b",
            I,
        ),
    ),
    (
        "UI layout and styling",
        re.compile(
            r"(?:\b\d+(?:\.\d+)?\s*(?:px|pt|em|rem|vh|vw|dp)\b"
            r"|#(?=[0-9a-f]{0,5}[a-f])[0-9a-f]{6}\b|#(?=[0-9a-f]{0,2}[a-f])[0-9a-f]{3}\b"
            r"|#[0-9]{6}\b"
            # a styling word capitalised after another word is a name ("an ISP in the
            # Borders", "the Sidebar Cafe"), not a style
            r"|\b(?!(?<=\w\s)(?-i:[A-Z]))(?:pixels?|fonts?|font-size|font\s+size|font-weight|typeface|bold(?:ed)?|"
            r"italics?|underlined?|css|scss|sass|hex(?:\s+colou?r)?|rgba?|padding|margins?(?=\s+(?:of|\d))|"
            r"(?:css\s+)?grid(?:\s+layout)?(?=\s|[.,;)]|$)(?<!\bpower\sgrid)|"
            r"flex-?box|(?:two|three|four|2|3|4)[- ]columns?(?:\s+layout)?|sidebar|navbar|"
            r"modal(?:\s+dialog)?|dropdown|tooltip|toast|carousel|btns?|"
            r"(?:top|bottom|upper|lower)[- ](?:right|left)(?:\s+corner)?|"
            r"(?:right|left)[- ]hand\s+(?:corner|side|column)|"
            r"(?:left|right|center|centre)[- ]aligned|align(?:ed)?\s+(?:left|right|center|centre)|"
            r"colou?r\s+(?:scales?|palettes?|schemes?|maps?|ramps?|gradients?)|colormaps?|"
            # a border joined after another word ("cross-border") is no box's edge
            r"drop\s+shadow|(?<!\w-)(?:(?:top|bottom|left|right)-)?border(?:-radius)?s?(?=\s|[.,;)]|$)|"
            r"opacity|animation|"
            r"blink(?:ing)?|flashing)\b"
            r"|(?<!\bin\sthe\s)(?<!\bin\sthe)\b(?:in|with|as)\s+(?:bright\s+|dark\s+|light\s+|bold\s+)?"
            r"(?:red|green|amber|orange|yellow|blue|purple|grey|gray|pink)\b(?!\s+flags?)"
            r"|\b(?:red|green|amber|orange|yellow|blue|purple|grey|gray|pink)\s+"
            r"(?:text|font|badges?|backgrounds?|borders?|labels?|rows?|dots?|icons?|highlights?|"
            r"colou?r|banners?|bars?|boxes|box|outline|tags?|markers?|cells?)\b"
            r"|\b(?:colou?red|turns?|shown|shows?|appears?|highlighted|marked|painted|displayed)\s+(?:in\s+)?"
            r"(?:bright\s+)?(?:red|green|amber|orange|yellow|blue|purple)\b(?!\s+flags?))",
            I,
        ),
    ),
)
# Words of the interface that a developer integrating an API product sees and codes
# against: fields, timestamps and ids in its events (a column it names, "a synced_at
# column"), their own servers and their own config files.
CONTRACT_EXTRA = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|"
    r"timestamps?|uuids?|(?:web|app|application|api)\s+servers?)(?:\s+(?:columns?|fields?))?$"
    # the developer's own config file, read by the product ("thresholds in benchly.yaml")
    r"|^[\w.-]+\.(?:ya?ml|toml|ini|cfg|conf|json)$"
)
# An interface the product's users never see: the team's own routes and internals.
INTERNAL = re.compile(r"internal|private|admin|queue|worker|database|\bdb\b|cron|tables?\b", I)
# A technique the story rejects, or that is the user's own (what they write or do
# themselves, "an ML engineer who trains models"), is not prescribed to the team.
NOT_PRESCRIBED = re.compile(
    r"\b(?:my|without|instead\s+of|no\s+longer|no\s+more|rather\s+than|delete|avoid|remove|"
    r"stop(?:\s+(?:running|using|writing|maintaining))?|removed|drop|turn\s+off|switch\s+off|"
    r"get\s+rid\s+of|retire|replace|(?:take|took|taken|taking)\s+out|"
    # a rival the product competes with ("so that we beat CircleCI on reliability")
    r"beat|outperform|outdo|overtake|win\s+against|lose\s+to|compet(?:e|ing)\s+(?:with|against)|"
    r"(?:I|we|they|developers?)\s+(?:write|wrote|have\s+written|built|run|add|added|set\s+up|"
    r"configure|configured)|"
    # the user's own workaround, past or present ("where we had to poll every 10
    # minutes", "today I have to call them"): what they do, not what they prescribe
    r"(?:I|we|they)\s+(?:had\s+to|have\s+to|used\s+to|currently|still|(?:now|today)\s+have\s+to)|"
    r"need\s+no|(?:not|never|do\s*n[o']t|does\s*n[o']t)\s+(?:need|have)(?:\s+to)?|"
    r"without\s+(?:me|us|them|you|anyone)\s+[\w-]+|"
    # a detail the writer refuses ("trying not to write a schema") or a display the
    # check turns away ("it is not shown as green")
    r"(?:not|never|n[o']t)\s+(?:to\s+)?(?:write|use|add|design|build|specify|prescribe)|"
    r"(?:is|are|was|were|be)\s+(?:not|never|no\s+longer)\s+(?:shown|displayed|marked|"
    r"labell?ed|painted|coloured|colored)|"
    r"who)\s+(?:[\w-]+\s+){0,2}$|"
    # a display turned away by its quoted label ("does not show 'Done' in red")
    r"(?:not|never|n[o']t)\s+(?:show|display|shown|displayed|marked|labell?ed)\s+(?:as\s+)?"
    r"(?:'[^']{1,30}'|\"[^\"]{1,30}\"|\u2018[^\u2019]{1,30}\u2019)\s+$|"
    # a removal told of a list ("took out Redis and the cron job"): every item is removed
    r"\b(?:without|remove[sd]?|dropped|(?:take|took|taken)\s+out)\s+[\w-]+,?\s+(?:and|or)\s+"
    r"(?:[\w-]+\s+)?$"
    # a detail refused outright, alone or in a list ("no colours or pixels this time")
    r"|(?<![/-])\bno\s+(?:[\w-]+,?\s+(?:or|nor|and)\s+)?$",
    I,
)
# A line headed as the how ("Implementation: ...", "Technical approach: ...", "How:
# ...") prescribes by its heading, whatever it names: the team's own tools and
# services are too many to list, but a story that sets them apart says what they are.
HOW_HEADING = re.compile(
    r"^\W*(?:implementation(?:\s+notes?|\s+details?)?|(?:technical|tech)(?:\s+(?:approach|notes?|"
    r"details?|design|solution))?|approach|architecture|tech\s+stack|under\s+the\s+hood|"
    r"how(?:\s+(?:to\s+build|we\s+build|it\s+works))?|(?:proposed\s+|suggested\s+)?solution)\W*\s*[:\u2013\u2014-]\s*(?=\S)",
    I,
)
