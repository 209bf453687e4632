"""Categorize: sort statements into groups, with a row of group choices under each statement;
each misplaced statement is explained. Statements appear in the learner's own stable order,
so that no pattern in the authored order (hedged, harsh, straight...) gives the groups away."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..specs import CategorizeSpec
from .answers import current_choices, set_choices, unfinished
from .base import Exercise, Result, shown_order
from .choices import Choices


class Categorize(Exercise):
    kind = "categorize"
    spec: CategorizeSpec
    not_answered = "Not answered yet: choose a group for each statement, then press “Check answer”."

    def _build_controls(self) -> list[widgets.Widget]:
        self._labels = {category.id: category.label for category in self.spec.categories}
        by_id = {item.id: item for item in self.spec.items}  # shown in the learner's own order
        self._items = {i: by_id[i] for i in shown_order(self, list(by_id))}
        # Radio groups, not dropdowns: in JupyterLab a focused <select> loses its keys to the
        # notebook's shortcuts (ipywidgets issue 3912). Each group is named by its statement,
        # shown as its caption; text is set as text in the browser, so not escaped here.
        groups = [(label, category_id) for category_id, label in self._labels.items()]
        self.pickers = {
            item.id: Choices(groups, label=f"{n}. {item.text}", caption=f"{n}. {item.text}",
                             horizontal=True)
            for n, item in enumerate(self._items.values(), start=1)
        }  # fmt: skip
        for picker in self.pickers.values():
            picker.observe(self.guard(self._answer_changed), names="value")
        return [widgets.Label("Choose a group for each statement:"), *self.pickers.values()]

    def _set_answer(self, value: Any) -> None:
        set_choices(self.pickers, value, self._labels, "statement ids")

    def _current_answer(self) -> dict[str, str] | None:
        return current_choices(self.pickers)

    def _check(self, answer: dict[str, str]) -> Result:
        not_done = unfinished(
            answer, self.pickers, "statement still needs a group", "statements still need a group"
        )
        if not_done:
            return not_done
        numbered = enumerate(self._items.values(), start=1)
        wrong = [(n, item) for n, item in numbered if answer[item.id] != item.category]
        right = len(self._items) - len(wrong)
        lines = [f"{right} of {len(self._items)} in the right group."]
        lines += [
            f"{n}. {item.text} → belongs in {self._labels[item.category]}: {item.reason}"
            for n, item in wrong
        ]
        return Result(correct=not wrong, feedback="\n".join(lines), score=right / len(self._items))
