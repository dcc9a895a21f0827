"""A model's evaluation score told as an acceptance criterion."""

from __future__ import annotations

import re

from ._fastre import quick_search
from ._text import I

__all__ = ["model_score"]

# "Offline F1 of the flag vs. the ledger export >= 0.95", "AUROC ... >= 0.9", "(Cohen's kappa)
# >= 0.7": a model's evaluation score held to a fraction, computed over a test set, which
# no one user observes ("accuracy under 10 m" is a distance, not a score)
_MODEL_SCORE = re.compile(
    r"\b(?:f1|f-?score|precision|recall|au-?roc|auc|pr-auc|ece|calibration\s+error|kappa|"
    r"accuracy|bleu|rouge(?:-\w+)?|ndcg|mrr|word\s+error\s+rate|groundedness|faithfulness|"
    r"entailment)(?:@\d+)?\b(?:[^.;!?]|(?<=\bvs)\.|\.(?=\d)){0,80}?"
    r"(?:[<>]=?|[\u2264\u2265]|\b(?:above|over|below|under|at\s+least|at\s+most|of)\b)\s*"
    r"(?:0?\.\d+|1\.0+)(?!\d|\.\d|\s*(?:%|(?:k?m|cm|mm|s|ms|min|h|px|kg|g)\b))",
    I,
)


def model_score(text: str) -> bool:
    """A model's score over a test set held to a fraction ("Classifier F1 >= 0.9")."""
    return quick_search(_MODEL_SCORE, text) is not None
