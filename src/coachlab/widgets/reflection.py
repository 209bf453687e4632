"""Reflection: a journal prompt. No scoring; a word count, updated as the learner leaves the
box; kept in the learner's journal when it belongs to a lesson (and the learner is told plainly
when it is not)."""

from __future__ import annotations

import dataclasses
from typing import Any

import ipywidgets as widgets

from ..feedback.text import WHEN, normalise
from ..plural import count
from ..specs import ReflectionSpec
from .base import Exercise, Result
from .text_input import current_text, set_text, text_area, word_count

KEPT = "Saved in your journal: export it from “Start here” to take it with you."
NOT_STORED = "This one is not kept: copy it into your notes if you want it later."
NOT_SAVED = "Not saved (see why below): copy it into your notes to keep it."
# Not a verdict (a reflection has no right answer), a nudge where the prompt asked when
NO_WHEN = "One thing to add: when you will do it (a day or a date). A step with a date gets done."


class Reflection(Exercise):
    kind = "reflection"
    shareable = True
    spec: ReflectionSpec
    check_label = "Done"
    not_answered = "Not answered yet: write your reflection first, then press “Done”."

    def _build_controls(self) -> list[widgets.Widget]:
        self.text = text_area(self.spec.placeholder, "Your reflection:")
        self.count = widgets.Label(self._counted(0))
        self.count.add_class("coachlab-word-count")
        self.text.observe(self.guard(self._text_changed), names="value")
        return [self.text, self.count]

    def _text_changed(self, _change: Any = None) -> None:
        self.count.value = self._counted(word_count(self.text.value))
        self._answer_changed()

    def _counted(self, words: int) -> str:
        aim = self.spec.min_words
        return count(words, "word") + (f" (aim for at least {aim})" if words < aim else "")

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
                # walkthrough 59: a short one did not say whether it was kept
                feedback=f"{count(words, 'word')} so far, not saved yet: write at least "
                f"{self.spec.min_words}, then press “{self.check_label}” again.",
            )
        note = KEPT if self.lesson is not None else NOT_STORED
        feedback = f"{count(words, 'word')}. {note}"
        if self.spec.asks_when and not WHEN.search(normalise(answer)):
            feedback += f"\n{NO_WHEN}"  # walkthrough 60: "…going forward in general" passed
        return Result(correct=None, feedback=feedback)

    def _not_saved(self, result: Result) -> Result:
        return dataclasses.replace(result, feedback=result.feedback.replace(KEPT, NOT_SAVED))
