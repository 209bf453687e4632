"""Reflection: a journal prompt. No scoring; a live word count. (Keeping it in a journal
arrives with progress storage; until then the learner is told plainly it is not stored.)"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..specs import ReflectionSpec
from .base import Exercise, Result
from .text_input import current_text, set_text, text_area, word_count

NOT_STORED = (
    "The workbook does not store reflections yet: copy it into your notes, "
    "or save this notebook (Ctrl + S), to keep it."
)


class Reflection(Exercise):
    kind = "reflection"
    spec: ReflectionSpec
    check_label = "Done"
    not_answered = "Write your reflection first, then press “Done”."

    def _build_controls(self) -> list[widgets.Widget]:
        self.text = text_area(self.spec.placeholder, "Your reflection:")
        self.count = widgets.Label("0 words")
        self.count.add_class("coachlab-word-count")
        self.text.observe(self.guard(self._text_changed), names="value")
        return [self.text, self.count]

    def _text_changed(self, _change: Any = None) -> None:
        words = word_count(self.text.value)
        self.count.value = f"{words} word{'s' if words != 1 else ''}"
        self._answer_changed()

    def _set_answer(self, value: Any) -> None:
        set_text(self.text, value, "your reflection")

    def _current_answer(self) -> str | None:
        return current_text(self.text)

    def _check(self, answer: str) -> Result:
        words = word_count(answer)
        if words < self.spec.min_words:
            return Result(
                correct=None,
                answered=False,
                feedback=f"{words} words so far; aim for at least {self.spec.min_words}.",
            )
        return Result(correct=None, feedback=f"{words} words. {NOT_STORED}")
