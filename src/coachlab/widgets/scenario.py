"""Branching conversation: what the other person says, the learner's choices as buttons, the
consequence of each, a trust meter (shown in words too), the path taken, several endings with
a debrief, and "Start again". The graph was checked at load time (``scenario_graph.py``)."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets

from ..specs import Choice, ScenarioSpec
from .base import Exercise, Result, shown_order
from .guard import GuardedButton

TRUST_MAX = 10


class Scenario(Exercise):
    kind = "scenario"
    spec: ScenarioSpec
    has_check_button = False  # each choice moves the conversation on; an ending shows the debrief
    not_answered = "Not answered yet: keep going, the conversation has not ended."

    def _build_controls(self) -> list[widgets.Widget]:
        self.meter = widgets.IntProgress(  # a tooltip, or its label's title reads "null"
            min=0,
            max=TRUST_MAX,
            description="Trust:",
            tooltip=f"Trust, from 0 to {TRUST_MAX}",
            style={"description_width": "initial"},
        )
        self.meter_label = widgets.Label()
        self.consequence_html = widgets.HTML()
        self.node_html = widgets.HTML()
        self.node_html.add_class("coachlab-scenario-node")
        # One button per place, reused from turn to turn: keyboard focus can move to a reply
        # that already exists (a new button's view may not exist yet when told to take focus).
        most = max(len(node.choices) for node in self.spec.nodes.values())
        self._pool = [self._button(place) for place in range(most)]
        self._shown: list[str] = []
        self.choice_box = widgets.VBox(self._pool)
        self.path_html = widgets.HTML()
        self.restart_button = GuardedButton(
            self._start_again,
            self.error_html,
            description="Start again",
            icon="undo",
            tooltip="Start the conversation again",
        )
        self.restart()
        return [
            widgets.HBox([self.meter, self.meter_label]),
            self.consequence_html,
            self.node_html,
            self.choice_box,
            self.path_html,
            self.restart_button,
        ]

    # -- the conversation ------------------------------------------------------------------
    def restart(self) -> None:
        self.node_id, self.trust = self.spec.start, self.spec.trust_start
        self.path: list[Choice] = []
        self._moved: list[int] = []  # what each step did to the meter, which stops at 0 and 10
        self.consequence_html.value = ""
        self._answer_changed()
        self._render()

    @property
    def replies(self) -> list[widgets.Button]:
        """The buttons of the replies on offer now, in the order shown."""
        return self._pool[: len(self._shown)]

    def _start_again(self) -> None:
        """What "Start again" does: the conversation from the top, focus on its first reply."""
        self.restart()
        self._pool[0].focus()

    def _pressed(self, place: int) -> None:
        """A reply's button: take it, then focus the next turn's first reply (or, at an ending,
        "Start again"): the pressed button would otherwise be showing another reply."""
        self.choose(self._shown[place])
        (self._pool[0] if self._shown else self.restart_button).focus()

    def choose(self, choice_id: str) -> None:
        """Take the choice ``choice_id`` at the current node (what clicking its button does)."""
        node = self.spec.nodes[self.node_id]
        choice = next((c for c in node.choices if c.id == choice_id), None)
        if choice is None:
            available = ", ".join(c.id for c in node.choices) or "none: the conversation has ended"
            raise ValueError(
                f"{choice_id!r} is not a choice at {self.node_id!r}; choices: {available}"
            )
        before, self.trust = self.trust, min(max(self.trust + choice.trust, 0), TRUST_MAX)
        self.path.append(choice)
        self._moved.append(self.trust - before)
        self.node_id = choice.next
        self.consequence_html.value = (
            f"<p><em>{html.escape(choice.consequence)}</em></p>" if choice.consequence else ""
        )
        self._render()
        if self.spec.nodes[self.node_id].ending:
            self.submit()

    def _render(self) -> None:
        node = self.spec.nodes[self.node_id]
        # nothing to start again before the first reply (walkthrough 62: it looked like a reset
        # of something already done)
        self.restart_button.disabled = not self.path
        speaker = f"<strong>{html.escape(node.speaker)}:</strong> " if node.speaker else ""
        # An ending is told once, in the feedback under it (with the verdict and debrief).
        self.node_html.value = "" if node.ending else f"<p>{speaker}{html.escape(node.text)}</p>"
        choices = {choice.id: choice for choice in node.choices}
        self._shown = shown_order(self, list(choices), self.node_id)  # best reply not always first
        for place, button in enumerate(self._pool):
            choice = choices[self._shown[place]] if place < len(self._shown) else None
            button.description = button.tooltip = choice.text if choice else ""
            button.layout.display = None if choice else "none"
        self.meter.value = self.trust
        self.meter_label.value = f"{self.trust} of {TRUST_MAX}"
        steps = "".join(
            f"<li>{html.escape(c.text)} ({_step(c.trust, moved)})</li>"
            for c, moved in zip(self.path, self._moved, strict=True)
        )
        heading = "The path you took:" if node.ending else "Your path so far:"
        self.path_html.value = f"<p>{heading}</p><ol>{steps}</ol>" if self.path else ""

    def _button(self, place: int) -> widgets.Button:
        button = GuardedButton(
            lambda: self._pressed(place),
            self.error_html,
            layout=widgets.Layout(width="auto", height="auto"),
        )
        button.add_class("coachlab-choice")
        return button

    # -- the exercise surface --------------------------------------------------------------
    def _set_answer(self, value: Any) -> None:
        """Replay a path: a list of choice ids from the start (``None`` starts again)."""
        if value is not None and (isinstance(value, str) or not isinstance(value, (list, tuple))):
            raise TypeError(f"Answer with a list of choice ids, not {type(value).__name__}")
        self.restart()
        for choice_id in value or []:
            self.choose(choice_id)

    def _current_answer(self) -> list[str] | None:
        ended = self.spec.nodes[self.node_id].ending
        return [choice.id for choice in self.path] if ended else None

    def _check(self, answer: list[str]) -> Result:
        ending = self.spec.nodes[self.node_id]
        feedback = f"{ending.text}\n{ending.debrief}\n{self._trust_at_the_end(ending.good)}"
        return Result(
            correct=ending.good,
            feedback=feedback.replace("\n\n", "\n"),
            score=self.trust / TRUST_MAX,
            ending=True,
        )

    def _trust_at_the_end(self, good: bool | None) -> str:
        """The meter in words, and what it means where it seems to disagree with the ending
        (walkthrough 58: a poor ending at 6 of 10 read as a mixed message)."""
        said, start = f"Trust at the end: {self.trust} of {TRUST_MAX}.", self.spec.trust_start
        if good is False and self.trust >= start:
            moved = f"up from {start}" if self.trust > start else f"the same as the {start}"
            return (
                f"{said} That is {moved} at the start: the meter counts how each reply landed "
                "in the moment, the ending shows where they led."
            )
        if good and self.trust < start:
            return (
                f"{said} That is down from {start} at the start: the missteps on the way still "
                "cost something, even with a good outcome."
            )
        return said


def _step(worth: int, moved: int) -> str:
    """A reply's effect on the meter, said plainly where the meter's ends cut it short
    (walkthrough 59: "+3" at 9 of 10 moved it by one, and nothing said why)."""
    if moved == worth:
        return f"trust {worth:+d}"
    end = f"no higher than {TRUST_MAX}" if worth > 0 else "no lower than 0"
    return f"trust {worth:+d}, only {moved:+d} here: the meter goes {end}"
