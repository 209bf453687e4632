"""Order: put steps in sequence. One row per position, each with Up and Down buttons.

ipywidgets has no drag and drop, and a list box loses its arrow keys to JupyterLab's notebook
shortcuts (ipywidgets issue 3912), so each move is a button: Tab to it, Space or Enter.
Keyboard focus follows the step that moved.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from typing import Any

import ipywidgets as widgets

from ..plural import count
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


@dataclass
class Row:
    text: widgets.HTML
    up: widgets.Button
    down: widgets.Button


class Order(Exercise):
    kind = "order"
    spec: OrderSpec

    def _build_controls(self) -> list[widgets.Widget]:
        self._steps = {step.id: step for step in self.spec.steps}
        self.order = shuffled(list(self._steps), self.spec.id)
        self.rows = [self._row(position) for position in range(len(self.order))]
        self._show()
        hint = widgets.Label("Put the steps in order, first at the top: move each one up or down.")
        return [hint, *(widgets.HBox([row.text, row.up, row.down]) for row in self.rows)]

    def _row(self, position: int) -> Row:
        def button(label: str, icon: str, offset: int) -> widgets.Button:
            return GuardedButton(
                lambda: self.move(position, offset),
                self.error_html,
                description=label,
                icon=icon,
                layout=widgets.Layout(width="auto", flex="none"),
            )

        text = widgets.HTML(layout=widgets.Layout(flex="1 1 auto"))
        return Row(text, button("Up", "arrow-up", -1), button("Down", "arrow-down", +1))

    def move(self, position: int, offset: int) -> None:
        """Move the step at ``position`` (0 = top) by ``offset`` places: what Up/Down do."""
        target = position + offset
        if not 0 <= target < len(self.order):
            return  # the button is disabled there; a test or a double click may still ask
        self.order.insert(target, self.order.pop(position))
        self._show()
        self._answer_changed()
        row = self.rows[target]  # keyboard focus follows the step that moved
        wanted, fallback = (row.up, row.down) if offset < 0 else (row.down, row.up)
        (fallback if wanted.disabled else wanted).focus()

    def _show(self) -> None:
        last = len(self.order) - 1
        for position, (row, step_id) in enumerate(zip(self.rows, self.order, strict=True)):
            text = self._steps[step_id].text
            row.text.value = f"<p><strong>{position + 1}.</strong> {html.escape(text)}</p>"
            row.up.disabled, row.down.disabled = position == 0, position == last
            row.up.tooltip, row.down.tooltip = f"Move “{text}” up", f"Move “{text}” down"

    def _set_answer(self, value: Any) -> None:
        order = id_list(value, self._steps, "step ids", str(list(self._steps)[:2]))
        if sorted(order) != sorted(self._steps):
            raise ValueError(f"Give every step exactly once: {', '.join(self._steps)}")
        self.order = order
        self._show()
        self._answer_changed()

    def _current_answer(self) -> list[str]:
        return list(self.order)

    def _check(self, answer: list[str]) -> Result:
        right = list(self._steps)
        in_place = sum(a == b for a, b in zip(answer, right, strict=True))
        if in_place == len(right):
            return Result(correct=True, feedback="Every step is in place.", score=1.0)
        first = next(i for i, (a, b) in enumerate(zip(answer, right, strict=True)) if a != b)
        step = self._steps[right[first]]
        feedback = (
            f"{in_place} of {count(len(right), 'step')} in place. The first one out of place is "
            f"step {first + 1}: it should be “{step.text}”. {step.why}"
        )
        return Result(correct=False, feedback=feedback, score=in_place / len(right))
