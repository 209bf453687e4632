"""Single choice: pick one option and learn why it is (or is not) the best one.

A graded item shows its options in the learner's own stable order (``learner.py``); a rating
with no right answer keeps the authored order, which runs from one end of a scale to the other.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..specs import SingleChoiceSpec
from .base import Exercise, Result, shown_order
from .choices import Choices


class SingleChoice(Exercise):
    kind = "single_choice"
    spec: SingleChoiceSpec

    def _build_controls(self) -> list[widgets.Widget]:
        self._options = {option.id: option for option in self.spec.options}
        order = list(self._options)
        if self.spec.correct is not None:  # graded: a key's place must not give it away
            order = shown_order(self, order)
        # Option text is set as text in the browser (choices.js), so it is not escaped here.
        # No letters: they would reveal the authored order the shuffle hides. The group is
        # named by the question, which a screen reader reads on entering it.
        self.choices = Choices(
            [(self._options[option_id].text, option_id) for option_id in order],
            label=self.spec.prompt,
        )
        self.choices.observe(self.guard(self._answer_changed), names="value")
        return [self.choices]

    def _set_answer(self, value: Any) -> None:
        if value is not None and not isinstance(value, str):
            raise TypeError(f"Answer with an option letter such as 'a', not {type(value).__name__}")
        if value is not None and value not in self._options:
            raise ValueError(
                f"{value!r} is not an option here; choose one of: {', '.join(self._options)}"
            )
        self.choices.value = value

    def _current_answer(self) -> str | None:
        return self.choices.value

    def _check(self, answer: str) -> Result:
        feedback = self._options[answer].feedback
        if self.spec.correct is None:
            return Result(correct=None, feedback=feedback)
        correct = answer == self.spec.correct
        return Result(correct=correct, feedback=feedback, score=1.0 if correct else 0.0)
