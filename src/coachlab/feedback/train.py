"""Fit the cue weights: ``python -m coachlab.feedback.train`` (``make train``) writes weights.json.

For each reading, every ``tune`` row of its sources is turned into the names of the cues that
fire, and a logistic regression (scikit-learn, L2, deterministic) learns one weight per cue.
Rows are weighted so that, within each source, both labels count equally, and each source by
its ``weight``: the transcripts teach how people really speak, our own sets teach the coaching
sense of the labels. ``holdout`` rows are never read here. Rule cues (fixed weights in the
analyzers) are left out of the fit. Needs the ``train`` extra and ../shared/corpora.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable

from .candor import ASKS_RULES
from .candor_cues import candor_cues
from .corpora import SOURCES, corpora_dir
from .cues import WORD_CUE, Fired, words_in
from .framing import RULES as FRAMING_RULES
from .framing_cues import framing_cues
from .model import WEIGHTS, WORD_READINGS
from .question_cues import question_cues
from .questions import RULES as QUESTION_RULES
from .request_cues import request_cues
from .requests import RULES as REQUEST_RULES
from .text import normalise, sentences

FEATURES: dict[str, Callable[[str], list[Fired]]] = {
    "question_open": lambda text: question_cues(sentences(text))[0],
    "request_partnering": request_cues,
    "framing_proactive": framing_cues,
    "candor_harsh": lambda text: candor_cues(text)[0],
    "candor_asks": lambda text: candor_cues(text)[1],
}
RULES = {
    "question_open": set(QUESTION_RULES),
    "request_partnering": set(REQUEST_RULES),
    "framing_proactive": set(FRAMING_RULES),
    "candor_asks": set(ASKS_RULES),
}
STRENGTH = 1.0  # inverse L2 strength (scikit-learn's C)
# Readings that also learn style words and pairs of them (seen in 3+ tune rows): meetings and
# reviews mark suggestions and requests with small words no cue table lists ("maybe you",
# "would be"). Task -> (C, the scale of a word's column): a scale below 1 regularizes words
# harder than named cues, so the cues a learner is shown carry the verdict. Both chosen by
# 5-fold cross-validation on the tune rows only (within 0.002 of the best, for that reason).
WORDS = {
    "request_partnering": (1.0, 0.5),
    "candor_asks": (1.0, 0.3),
    "framing_proactive": (0.3, 1.0),
}
MIN_ROWS = 3


def names(task: str, text: str) -> list[str]:
    """The fitted cue names that fire for ``text`` in ``task`` (rule cues left out), and its
    words and word pairs where ``task`` learns words."""
    said = normalise(text)
    fired = {found.name for found in FEATURES[task](said)}
    if task in WORD_READINGS:
        fired |= {word.name for word in words_in(said, WORD_READINGS[task].vocabulary)}
    return sorted(fired - RULES.get(task, set()))


def training_rows(task: str) -> tuple[list[list[str]], list[bool], list[float], Counter]:
    """Cue names, labels and row weights from every source's tune rows for ``task``."""
    features, labels, weights, used = [], [], [], Counter()
    for source in SOURCES:
        if source.task != task:
            continue
        rows = source.rows("tune")
        counts = Counter(label for _, label in rows)
        for text, label in rows:
            features.append(names(task, text))
            labels.append(label)
            weights.append(source.weight * len(rows) / (2 * counts[label]))
        if rows:
            used[source.name] = len(rows)
    return features, labels, weights, used


def fit(task: str) -> dict:
    """Bias and weights for ``task``, with the sources and row counts it learned from."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    features, labels, weights, used = training_rows(task)
    seen = Counter(name for row in features for name in row)
    vocabulary = sorted(
        name for name in seen if not name.startswith(WORD_CUE) or seen[name] >= MIN_ROWS
    )
    index = {name: i for i, name in enumerate(vocabulary)}
    strength, word_scale = WORDS.get(task, (STRENGTH, 1.0))
    scale = np.array([word_scale if name.startswith(WORD_CUE) else 1.0 for name in vocabulary])
    matrix = np.zeros((len(features), len(vocabulary)))
    for row, fired in enumerate(features):
        columns = [index[name] for name in fired if name in index]
        matrix[row, columns] = scale[columns]
    model = LogisticRegression(C=strength, max_iter=5000)
    fitted = model.fit(matrix, np.array(labels), sample_weight=np.array(weights))
    # A fired cue counts 1 at run time: fold each column's scale into its weight.
    weights_by_name = zip(vocabulary, fitted.coef_[0] * scale, strict=True)
    return {
        "bias": round(float(fitted.intercept_[0]), 3),
        "weights": {name: round(float(w), 3) for name, w in weights_by_name if abs(w) >= 0.005},
        "trained_on": dict(sorted(used.items())),
    }


def main() -> int:
    if corpora_dir() is None:
        print("No ../shared/corpora beside this checkout (or $COACHLAB_CORPORA): cannot train.")
        return 1
    fitted = {task: fit(task) for task in FEATURES}
    WEIGHTS.write_text(json.dumps(fitted, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for task, model in fitted.items():
        print(f"{task}: {len(model['weights'])} cues, from {model['trained_on']}")
    print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
