"""Coaching-language analyzers: pure functions over ``str``, no widgets, no I/O, deterministic.

``ANALYZERS`` is what lesson YAML may name in a free-text exercise (``analyzer: question``),
with the values each result field can take, so ``expect: {kind: open}`` is checked at load time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .questions import QuestionAnalysis, classify_question


@dataclass(frozen=True)
class Analyzer:
    function: Callable[[str], Any]
    fields: dict[str, tuple[str, ...]]  # result field -> the values it can take
    describes: str  # what it looks at, for the learner: "your question"


ANALYZERS: dict[str, Analyzer] = {
    "question": Analyzer(classify_question, {"kind": ("open", "closed")}, "your question"),
}

__all__ = ["ANALYZERS", "Analyzer", "QuestionAnalysis", "classify_question"]
