"""Scale self-assessment: rate yourself on each dimension. No right answer: a radar chart of
the profile (with the learner's first stored profile dashed behind it, when there is one, else
the one checked before in this session), its text summary, and a concrete suggestion for the two
lowest dimensions."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..plots import RADAR_WIDTH, profile_list, profile_summary, radar_png
from ..specs import ScaleSpec
from .answers import current_choices, set_choices, unfinished
from .base import Exercise, Result
from .chart import Chart
from .choices import Choices


class Scale(Exercise):
    kind = "scale"
    spec: ScaleSpec
    check_label = "Show my profile"
    not_answered = "Not answered yet: rate each line, then press “Show my profile”."

    def _build_controls(self) -> list[widgets.Widget]:
        self._dimensions = {dimension.id: dimension for dimension in self.spec.dimensions}
        self.earlier: dict[str, int] | None = None  # the profile this one is compared with
        self._checked: dict[str, int] | None = None
        self._first: dict[str, int] | None = None  # the learner's first stored profile
        points = [(f"{value} · {label}", value) for value, label in enumerate(self.spec.scale, 1)]
        # Radio groups, not dropdowns: see categorize.py. Each is named by its dimension.
        self.ratings = {
            dimension.id: Choices(
                points, label=dimension.label, caption=dimension.label, horizontal=True
            )
            for dimension in self.spec.dimensions
        }
        for rating in self.ratings.values():
            rating.observe(self.guard(self._answer_changed), names="value")
        return list(self.ratings.values())

    def _build_after(self) -> list[widgets.Widget]:
        self.chart = Chart(RADAR_WIDTH, layout=widgets.Layout(display="none"))
        self.summary_html = widgets.HTML()
        self.summary_html.add_class("coachlab-chart-summary")
        return [self.chart, self.summary_html]

    def _set_answer(self, value: Any) -> None:
        points = range(1, len(self.spec.scale) + 1)
        set_choices(self.ratings, value, points, "dimension ids")

    def _current_answer(self) -> dict[str, int] | None:
        return current_choices(self.ratings)

    def _check(self, answer: dict[str, int]) -> Result:
        labels = {key: d.label for key, d in self._dimensions.items()}
        not_done = unfinished(
            answer, self.ratings, "line still to rate", "lines still to rate", labels
        )
        if not_done:
            return not_done
        if self._first is not None:  # first against latest, as Start here's overview does
            self.earlier = self._first if answer != self._first else None
        elif self._checked is not None and answer != self._checked:
            self.earlier = self._checked
        self._checked = dict(answer)
        if self._first is None and self.lesson is not None:
            self._first = dict(answer)  # stored now: the first profile from here on
        self._draw(answer)
        lowest = sorted(self._dimensions.values(), key=lambda d: answer[d.id])[:2]
        lines = [self._lowest_heading(answer)]
        lines += [
            f"{d.label} ({answer[d.id]} of {len(self.spec.scale)}): {d.suggestion}" for d in lowest
        ]
        return Result(correct=None, feedback="\n".join(lines))

    def _lowest_heading(self, answer: dict[str, int]) -> str:
        """ "Your two lowest" only where two stand lowest: a tie is said, not broken silently."""
        low = min(answer.values())
        tied = sum(value == low for value in answer.values())
        rating = f"{low} of {len(self.spec.scale)}"
        if tied == len(answer) and low == len(self.spec.scale):  # walkthrough 71: no challenge
            return (
                f"You gave every line the top rating ({rating}). Worth a check: would the people "
                "you work with rate you the same? Ask one of them. One thing to try for the first "
                "two, if you want a place to start:"
            )
        if tied == len(answer):
            return (
                f"You gave every line the same rating ({rating}), so none stands out as lowest. "
                "One thing to try for the first two, if you want a place to start:"
            )
        if tied > 2:
            return (
                f"{tied} lines share your lowest rating ({rating}). One thing to try for the "
                "first two of them:"
            )
        second = sorted(answer.values())[1]
        next_tied = sum(value == second for value in answer.values())
        if tied == 1 and next_tied > 1:  # walkthrough 62: one of three tied next, unsaid
            return (  # walkthrough 65: "the first of 3 lines tied next" was hard to parse
                f"Your lowest line, then the first listed of the {next_tied} lines you rated "
                f"next lowest ({second} of {len(self.spec.scale)}), with one thing to try for "
                "each:"
            )
        return "Your two lowest, with one thing to try for each:"

    def _draw(self, answer: dict[str, int]) -> None:
        """The radar chart of ``answer`` (beside ``earlier``, when there is one), and its words."""
        labels = [d.label for d in self._dimensions.values()]
        values = [answer[i] for i in self._dimensions]
        earlier = [self.earlier[i] for i in self._dimensions] if self.earlier else None
        since = "your first profile" if self._first is not None else "last time"
        summary = profile_summary(labels, values, self.spec.scale, earlier, since)
        png = radar_png(labels, values, len(self.spec.scale), earlier)
        self.chart.show(png, f"Radar chart of your ratings. {summary}")
        self.summary_html.value = profile_list(labels, values, self.spec.scale, earlier, since)

    def _restored(self, event: Any) -> None:
        from ..store import default_store

        self._checked = dict(event.answer)
        history = default_store().history(self.lesson, self.spec.id)
        self._first = dict(history[0].answer) if history else None  # compared with the latest
        # the lesson reopened: its last profile is drawn again, beside the first, as it was
        self.earlier = self._first if self._first not in (None, self._checked) else None
        try:
            self._draw(self._checked)
        except KeyError:  # the first profile rated a line renamed since: this one alone
            self.earlier = None
            self._draw(self._checked)

    def _answer_changed(self, _change: Any = None) -> None:
        super()._answer_changed(_change)
        if self.last_result is None:  # cleared, not checked again (see base._answer_changed)
            self.chart.layout.display = "none"  # it showed the profile checked, not this one
            self.summary_html.value = ""
