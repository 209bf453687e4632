"""Order: put steps in sequence. A list box and Move up / Move down buttons (ipywidgets has no
drag and drop; this works by keyboard: arrows in the list, Tab to a button, Enter)."""

from __future__ import annotations

import random
from typing import Any

import ipywidgets as widgets

from ..specs import OrderSpec
from .answers import id_list
from .base import Exercise, Result
from .guard import GuardedButton


def shuffled(ids: list[str], seed: str) -> list[str]:
    """A fixed mix of ``ids`` (the same every run, for tests) with no step already in place."""
    for attempt in range(200):  # about 1 in 3 shuffles qualifies, so this ends quickly
        mixed = list(ids)
        random.Random(f"{seed}:{attempt}").shuffle(mixed)  # noqa: S311 (not security)
        if all(a != b for a, b in zip(mixed, ids, strict=True)):
            return mixed
    return ids[1:] + ids[:1]  # a rotation also has no step in place


class Order(Exercise):
    kind = "order"
    spec: OrderSpec

    def _build_controls(self) -> list[widgets.Widget]:
        self._steps = {step.id: step for step in self.spec.steps}
        self.listbox = widgets.Select(
            options=self._options(shuffled(list(self._steps), self.spec.id)),
            value=None,
            rows=len(self._steps),
            description="Steps:",
            layout=widgets.Layout(width="auto"),
        )
        self.up = GuardedButton(
            lambda: self.move(-1),
            self.error_html,
            description="Move up",
            icon="arrow-up",
            tooltip="Move the selected step up",
        )
        self.down = GuardedButton(
            lambda: self.move(+1),
            self.error_html,
            description="Move down",
            icon="arrow-down",
            tooltip="Move the selected step down",
        )
        hint = widgets.Label("Select a step, then move it up or down. First step at the top.")
        return [hint, self.listbox, widgets.HBox([self.up, self.down])]

    def _options(self, order: list[str]) -> list[tuple[str, str]]:
        return [(self._steps[step_id].text, step_id) for step_id in order]

    def move(self, offset: int) -> None:
        """Move the selected step by ``offset`` places (what the two buttons do)."""
        selected = self.listbox.value
        if selected is None:
            self.feedback_html.value = "<p>Select a step in the list first, then move it.</p>"
            return
        order = self.order
        index = order.index(selected)
        target = min(max(index + offset, 0), len(order) - 1)
        order.insert(target, order.pop(index))
        self._show(order, selected)

    @property
    def order(self) -> list[str]:
        return [step_id for _, step_id in self.listbox.options]

    def _show(self, order: list[str], selected: str | None = None) -> None:
        self.listbox.options = self._options(order)
        self.listbox.value = selected
        self._answer_changed()

    def _set_answer(self, value: Any) -> None:
        order = id_list(value, self._steps, "step ids", str(list(self._steps)[:2]))
        if sorted(order) != sorted(self._steps):
            raise ValueError(f"Give every step exactly once: {', '.join(self._steps)}")
        self._show(order)

    def _current_answer(self) -> list[str]:
        return self.order

    def _check(self, answer: list[str]) -> Result:
        right = list(self._steps)
        in_place = sum(a == b for a, b in zip(answer, right, strict=True))
        if in_place == len(right):
            return Result(correct=True, feedback="Every step is in place.", score=1.0)
        first = next(i for i, (a, b) in enumerate(zip(answer, right, strict=True)) if a != b)
        step = self._steps[right[first]]
        feedback = (
            f"{in_place} of {len(right)} steps in place. The first one out of place is "
            f"step {first + 1}: it should be “{step.text}”. {step.why}"
        )
        return Result(correct=False, feedback=feedback, score=in_place / len(right))
