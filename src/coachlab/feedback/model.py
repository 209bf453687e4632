"""Weights for the named cues, fitted on labeled text (``make train``), read in pure Python.

Each fitted reading ("is this question open?") is a logistic model over the cues that fired:
the bias plus each cue's weight gives the log-odds of "yes". The weights live in
``weights.json`` beside this file, written by ``coachlab.feedback.train``; inference needs no
numerical library. A few cues are rules, not data: their weight is fixed in the analyzer
(``rules``), because the corpora cannot teach them ("I've already put you on the rota" takes the
choice away, however politely it is said).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .cues import (
    FEELING,
    INSISTENCE,
    PRAISE,
    REVIEW_WORDS,
    STYLE_WORDS,
    WORD_CUE,
    Fired,
    speaks_for_itself,
    words_in,
)

WEIGHTS = Path(__file__).with_name("weights.json")
SURE_FROM = 0.25  # confidence (|2p - 1|) from which a verdict is given as a verdict


@dataclass(frozen=True)
class Reading:
    """How likely "yes" is, and each fired cue with the weight it carried (strongest first)."""

    probability: float
    reasons: tuple[tuple[Fired, float], ...]

    @property
    def yes(self) -> bool:
        return self.probability >= 0.5

    @property
    def confidence(self) -> float:
        """0 when it could go either way, 1 when the cues all point one way, strongly."""
        return round(abs(2 * self.probability - 1), 3)

    @property
    def sure(self) -> bool:
        return self.confidence >= SURE_FROM

    def toward(self, yes: bool) -> list[Fired]:
        """The cues that pushed toward ``yes`` (or against it), as a learner should read them:
        named cues before learned words, the ones that quote more of their words first (the
        most specific), none whose words another shown cue already quotes, and no learned word
        that means nothing on its own ("are", "this")."""
        pushed = [fired for fired, weight in self.reasons if (weight > 0) == yes and weight]
        pushed.sort(key=lambda f: (f.name.startswith(WORD_CUE), -len(f.words.split())))
        shown: list[Fired] = []
        for fired in pushed:
            if not fired.words or not any(fired.words in other.words for other in shown):
                shown.append(fired)
        named = [fired for fired in shown if not fired.name.startswith(WORD_CUE)]
        # learned words speak only when no named cue does, and only words that mean something
        return named or [fired for fired in shown if speaks_for_itself(fired.words)]


@dataclass(frozen=True)
class WordReading:
    """A reading that also weighs single words from ``vocabulary``, and what such a word means
    to the learner when it pushes towards yes, or towards no."""

    vocabulary: frozenset[str]
    yes: str
    no: str


# The readings that learn words, one table for training and reading alike.
WORD_READINGS = {
    "request_partnering": WordReading(
        STYLE_WORDS - PRAISE - INSISTENCE,
        "a word people tend to use when they suggest rather than order",
        "a word people tend to use when they order rather than suggest",
    ),
    "candor_asks": WordReading(
        REVIEW_WORDS,
        "a word people tend to use when they ask for a change",
        "a word people tend to use when they judge rather than ask",
    ),
    "framing_proactive": WordReading(
        # "wait": the reframes' "I can't wait" taught it as acting; waiting is a named cue
        STYLE_WORDS - FEELING - {"wait", "waiting"},
        "a word people tend to use when they take action",
        "a word people tend to use when things happen to them",
    ),
}


class Confident:
    """What every analysis shares: a ``confidence`` and whether it is enough for a verdict."""

    confidence: float

    @property
    def sure(self) -> bool:
        return self.confidence >= SURE_FROM


@dataclass(frozen=True)
class Model:
    """A fitted reading: bias, a weight per cue name, and per word where words were fitted."""

    task: str
    bias: float
    weights: Mapping[str, float]

    def read(
        self, fired: Iterable[Fired], rules: Mapping[str, float] | None = None, text: str = ""
    ) -> Reading:
        """``text`` (normalised) adds the fitted words it contains as cues of their own."""
        rules = rules or {}
        reasons = []
        for found in fired:
            weight = rules.get(found.name, self.weights.get(found.name, 0.0))
            reasons.append((found, weight))
        words = WORD_READINGS.get(self.task)
        if text and words:
            for word in words_in(text, words.vocabulary):
                weight = self.weights.get(word.name)
                if weight:
                    meaning = words.yes if weight > 0 else words.no
                    reasons.append((Fired(word.name, meaning, word.words), weight))
        logit = self.bias + sum(weight for _, weight in reasons)
        probability = 1 / (1 + math.exp(-max(min(logit, 30.0), -30.0)))
        reasons.sort(key=lambda item: -abs(item[1]))
        return Reading(round(probability, 4), tuple(reasons))


@cache
def model(task: str) -> Model:
    """The fitted model for ``task`` (e.g. "question_open"), read once from weights.json."""
    fitted = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if task not in fitted:
        raise KeyError(f"{WEIGHTS} has no model {task!r}: run `make train`")
    return Model(task, fitted[task]["bias"], fitted[task]["weights"])
