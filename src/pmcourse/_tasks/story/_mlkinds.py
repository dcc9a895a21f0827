"""Kinds of machine-learning solution detail beyond the lexicon's models and solvers: how
a language model is prompted or trained, the resampling statistics behind a figure, a
model's own internals (its token probabilities, its prompt), and a software agent named
by the job it does. Each is the team's how in any product that is not itself a tool for
the people who prompt, train or evaluate models (``Scenario.contract`` says so)."""

from __future__ import annotations

import re

__all__ = ["ML_AGENT", "ML_TECHNIQUE", "venue"]

ML_TECHNIQUE = re.compile(
    r"\b(?:"
    # how a language model is prompted or sampled ("with chain-of-thought",
    # "self-consistency over 5 samples", "few-shot prompting", "RAG over the manuals")
    r"chain[\s-]of[\s-]thoughts?|self[\s-]consistency|tree[\s-]of[\s-]thoughts?"
    r"|(?:zero|one|few|many)[\s-]shot(?:\s+(?:prompt(?:s|ing)?|examples?|learning))?"
    r"|retrieval[\s-]augmented(?:\s+generation)?|(?-i:RAG)"
    r"|prompt\s+(?:engineering|chaining|templates?)|(?:top-?[kp]|nucleus|greedy)\s+sampling"
    r"|beam\s+search|majority\s+vot(?:e|ing)\s+over"
    # the prompt of a model inside the system ("in the judge prompt", "the system
    # prompt"): the model's input, written by the team
    r"|(?:judge|system|llm|model|grader|classifier)\s+prompts?"
    # how a model is trained ("fine-tuned on a drug-name lexicon", "with LoRA",
    # "contextual biasing", "distilled into a smaller model")
    # the model may be named between ("fine-tune Whisper on the drug lexicon")
    r"|fine[\s-]?tun(?:e|es|ed|ing)\s+(?:(?:an?|the|our|its)\s+)?(?:[\w.-]+\s+){0,2}?(?:on|with)\b"
    r"|(?:pre|re)-?train(?:ed|ing)\s+on\b"
    # a model retrained on a schedule ("retrained weekly on delivery outcomes", "re-train
    # it every month"): the team's upkeep of its model, not what the user meets
    r"|re-?train(?:ed|ing|s)?\s+(?:(?:it|them|the\s+model)\s+)?(?:weekly|monthly|daily|"
    r"nightly|quarterly|every|each|once\s+an?)\b"
    # a model retrained on data the writer names ("retrain it on our recordings"): the
    # pronoun stands for the model, while a person retrains "as a plumber"
    r"|re-?train(?:ed|ing|s)?\s+(?:it|them)\s+(?:on|with)\b"
    r"|(?-i:LoRA|QLoRA|RLHF)|contextual\s+biasing|(?:knowledge\s+)?distill(?:ed|ation)\s+into"
    r"|transfer\s+learning|data\s+augmentation|active\s+learning"
    # the resampling statistics behind a figure ("bootstrap confidence intervals",
    # "a permutation test", "Monte Carlo simulation")
    r"|bootstrap(?:ped)?\s+(?:confidence\s+intervals?|cis?|resampl\w*|samples?|intervals?)"
    r"|(?:bootstrap|bootstrapping)\s+resampling|permutation\s+tests?|monte[\s-]carlo"
    # a model's own internals ("token log-probs", "a log-probability below -0.6", "the
    # logits", "attention weights")
    r"|log-?prob(?:s|abilit(?:y|ies))?|logits?|attention\s+(?:weights|heads?|maps?)"
    r"|softmax(?:\s+scores?)?|hidden\s+states?"
    # a model named by the task it learns ("an image-recognition model", "a fuzzy-matching
    # model", "a defect-detection network"), and text read from images by OCR: which
    # method recognises or matches is the team's; "the app recognises my card" is not one
    r"|[a-z]+[\s-](?:recognition|matching|detection|classification|similarity|vision|"
    r"estimation|segmentation|transcription)\s+"
    r"(?:models?|networks?|engines?)|(?-i:OCR)(?:\s+(?:engine|model|service))?"
    # how a recommender or a face check works ("collaborative filtering on past
    # baskets", "a machine-learning recommendation engine", "a recommendation algorithm",
    # "face recognition at the door"): the method, where the user meets only the result
    r"|(?:collaborative|content[\s-]based)[\s-]filtering"
    r"|(?:recommend(?:ation|er)s?|(?:machine[\s-]learning|ml|ai)(?:\s+[a-z-]+)?)\s+"
    r"(?:engines?|algorithms?|systems?(?=\s+(?:using|trained|that\s+learns))|models?)"
    r"|(?:face|facial)\s+recognition"
    # a model named by the ML library or product that makes it ("a MediaPipe pose
    # model", "a TensorFlow Lite model"): a maker's name spelt with an inner capital
    r"|(?-i:(?:an?|the)\s+[A-Z][a-z]+[A-Z][A-Za-z]*(?:\s+Lite)?)\s+(?:[a-z][\w-]*\s+){0,2}?models?"
    # a named model family with its version written on ("GPT-4o", "Llama-3.1")
    r"|(?-i:GPT-\d[\w.]*|Llama-?\d[\w.]*)"
    r")(?![\w-])",
    re.IGNORECASE,
)

# A software agent named as a part of the system: by the model behind it ("an LLM
# agent"), by a compound naming what it checks ("a citation-verifier agent"), or by the
# role agents take in a model pipeline ("the planner agent", "a router agent"), and the
# words of such designs ("multi-agent", "agentic"). A person who is an agent is named by
# a trade ("a support agent", "a travel agent", "a border agent").
ML_AGENT = re.compile(
    r"\b(?:(?:ai|llm|gpt|rag|ml|software|autonomous)[\s-]"
    r"|[a-z]+-[a-z]+(?:er|or)[\s-]"
    r"|(?:verifier|planner|router|retriever|orchestrator|critic|summari[sz]er|extractor|"
    r"validator|checker|grader|evaluator|classifier|triage)[\s-])agents?\b"
    r"|\b(?:multi|sub)[\s-]agents?\b|\bagentic\b",
    re.IGNORECASE,
)

# A name a paper is published at, presented at or submitted to is a venue, not a
# technology ("publish at NeurIPS", "a paper accepted to ICML", "present it at KubeCon").
_VENUE_BEFORE = re.compile(
    r"\b(?:publish(?:ed|ing)?|present(?:ed|ing)?|submit(?:ted|ting)?|accepted|paper)\s+"
    r"(?:(?:it|them|this|our\s+\w+|a\s+paper|the\s+paper|papers)\s+)?(?:at|to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def venue(line: str, start: int) -> bool:
    """Whether the name at ``start`` is where a paper or talk goes."""
    return _VENUE_BEFORE.search(line, max(0, start - 40), start) is not None
