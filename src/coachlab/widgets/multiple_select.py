"""Multiple select: tick every option that applies; partial credit, and feedback that names
what was missed and what does not apply, each with its reason. Options appear in the learner's
own stable order (``learner.py``), without letters that would reveal the authored one."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..specs import MultipleSelectSpec
from .answers import id_list
from .base import Exercise, Result, shown_order
from .choices import Choices


class MultipleSelect(Exercise):
    kind = "multiple_select"
    spec: MultipleSelectSpec
    not_answered = "Not answered yet: tick every option that applies, then press “Check answer”."

    def _build_controls(self) -> list[widgets.Widget]:
        self._options = {option.id: option for option in self.spec.options}
        # Option text is set as text in the browser (choices.js): not escaped here.
        shown = [self._options[i] for i in shown_order(self, list(self._options))]
        self.choices = Choices(
            [(option.text, option.id) for option in shown], label=self.spec.prompt, multiple=True
        )
        self.choices.observe(self.guard(self._answer_changed), names="value")
        return [widgets.Label("Tick every option that applies:"), self.choices]

    def _set_answer(self, value: Any) -> None:
        chosen = set(
            id_list([] if value is None else value, self._options, "option letters", "['a', 'c']")
        )
        self.choices.value = tuple(chosen)

    def _current_answer(self) -> list[str] | None:
        return list(self.choices.value) or None

    def _check(self, answer: list[str]) -> Result:
        chosen, right = set(answer), set(self.spec.correct)
        found, missed, wrong = right & chosen, right - chosen, chosen - right
        score = max(0.0, (len(found) - len(wrong)) / len(right))
        lines = [f"You found {len(found)} of the {len(right)} that apply."]
        if wrong:  # "2 of the 2" beside "✘ Not quite" reads as a contradiction (walkthrough 54)
            ticked = "one that does not" if len(wrong) == 1 else f"{len(wrong)} that do not"
            lines = [f"You found {len(found)} of the {len(right)} that apply, and ticked {ticked}."]
        lines += [self._line("Missed", option_id) for option_id in sorted(missed)]
        lines += [self._line("Does not apply", option_id) for option_id in sorted(wrong)]
        if not missed and not wrong:
            lines += [self._line("Yes", option_id) for option_id in sorted(found)]
        return Result(correct=not missed and not wrong, feedback="\n".join(lines), score=score)

    def _line(self, label: str, option_id: str) -> str:
        option = self._options[option_id]
        return f"{label}: {option.text} — {option.feedback}"
