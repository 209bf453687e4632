"""Before and after: Start here's pre-assessment beside lesson 10's parallel form, idea by idea.

Start here asks a few questions and holds back their verdicts; lesson 10 asks different
questions on the same ideas (their exercises name the ideas, see content/ideas.yaml). Growth is
read per idea, never per question, so remembering an answer from Start here is not growth. The
comparison is a chart (colour-blind-safe colours, and hatching for "Start here", so the two never
differ by colour alone) and the same in words, which is also its text alternative.
"""

from __future__ import annotations

import html
import io
import shutil
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .content import load_lesson
from .plots import EARLIER, NOW
from .store import Event, Store, default_store, now

BEFORE, AFTER = "00", "10"


@dataclass
class IdeaRow:
    """One idea: how many of its questions were answered right, before and after."""

    idea: str
    before: list[bool] = field(default_factory=list)
    after: list[bool] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.idea.replace("-", " ").capitalize()

    @staticmethod
    def share(answers: list[bool]) -> float | None:
        return sum(answers) / len(answers) if answers else None

    def sentence(self) -> str:
        def side(name: str, answers: list[bool]) -> str:
            if not answers:
                return f"{name}, not answered"
            return f"{name}, {sum(answers)} of {len(answers)} right"

        before, after = self.share(self.before), self.share(self.after)
        trend = ""
        if before is not None and after is not None:
            trend = " (up)" if after > before else " (down)" if after < before else " (same)"
        sides = f"{side('Start here', self.before)}; {side('lesson 10', self.after)}"
        return f"{self.label}: {sides}{trend}."


def _last(store: Store, lesson: str, exercise: str) -> Event | None:
    return store.last(lesson, exercise)


def _counted(store: Store, lesson: str, exercise: str) -> Event | None:
    """The answer that counts: Start here's last (it shows no verdict, so a change of mind is
    theirs); lesson 10's first, since its feedback shows the right answer and a second try after
    it is no growth (walkthrough 60: wrong, then right, read as "1 of 1 right")."""
    if lesson == BEFORE:
        return store.last(lesson, exercise)
    history = store.history(lesson, exercise)
    return history[0] if history else None


def compare(store: Store | None = None) -> tuple[list[IdeaRow], list[str], list[str]]:
    """(rows per idea, sentences on the self-ratings, Start here's held-back feedback)."""
    from .widgets import build

    store = store or default_store()
    before, after = load_lesson(BEFORE), load_lesson(AFTER)
    rows: dict[str, IdeaRow] = {}
    held: list[str] = []
    for lesson, side in ((before, "before"), (after, "after")):
        for spec in lesson.exercises:
            if spec.assessment is None or spec.kind != "single_choice" or spec.correct is None:
                continue
            event = _counted(store, lesson.lesson.number, spec.id)
            for idea in spec.ideas:
                rows.setdefault(idea, IdeaRow(idea))
                if event is not None:
                    getattr(rows[idea], side).append(bool(event.correct))
            if side == "before" and event is not None:
                try:  # the verdict Start here held back
                    result = build(spec)._check(event.answer)
                except (KeyError, ValueError, TypeError):  # an answer the lesson no longer has
                    continue  # (changed content, an older journal): as memory.restore skips it
                held.append(f"{spec.title}: {result}")
    ratings = []
    for spec in before.exercises:
        if spec.assessment != "pre" or spec.correct is not None:
            continue
        twin = next((s for s in after.exercises if s.id == spec.id.replace("pre-", "post-")), None)
        if twin is None:
            continue
        first, latest = _last(store, BEFORE, spec.id), _last(store, AFTER, twin.id)
        label = spec.title.split(": ", 1)[-1].capitalize()
        texts = {o.id: o.text for o in spec.options}
        then = (
            f"“{texts[first.answer]}”" if first and _fits(first.answer, texts) else "not answered"
        )
        later = {o.id: o.text for o in twin.options}
        now_ = (
            f"“{later[latest.answer]}”"
            if latest and _fits(latest.answer, later)
            else "not answered"
        )
        said = f"{label}: in Start here, {then}; in lesson 10, {now_}"
        # no second full stop after a quote that ends a sentence: “…what I would do.”
        ratings.append(said if said.endswith(("!”", ".”", "?”")) else f"{said}.")
    return list(rows.values()), ratings, held


def _fits(answer: Any, options: dict[str, str]) -> bool:
    """Whether a stored answer is one of ``options`` (an imported one may be anything)."""
    return isinstance(answer, str) and answer in options


def words(rows: list[IdeaRow], ratings: list[str], held: list[str]) -> str:
    """The comparison in words: the chart's text alternative, and what nbval checks."""
    if not any(row.before or row.after for row in rows) and not held:
        return (
            "Nothing to compare yet: answer the questions in Start here (Where you start) and "
            "in this lesson (Where you are now), then run this cell again."
        )
    lines = [
        "Idea by idea (the questions differ; the ideas are the same; in lesson 10 your first "
        "answer counts, since its feedback shows the right one):"
    ]
    lines += [f"- {row.sentence()}" for row in rows]
    if ratings:
        lines += ["About you:"] + [f"- {sentence}" for sentence in ratings]
    if held:
        lines += ["The feedback Start here held back:"] + [f"- {line}" for line in held]
    return "\n".join(lines)


def chart_png(rows: list[IdeaRow]) -> bytes:
    """Two bars per idea: Start here (hatched, orange) and lesson 10 (solid, blue), with values."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    handles: list[Any] = []
    figure = Figure(figsize=(6.4, 0.7 * len(rows) + 1.4), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    for offset, name, colour, hatch, side in (
        (-0.2, "Start here", EARLIER, "//", "before"),
        (0.2, "Lesson 10", NOW, "", "after"),
    ):
        for position, row in enumerate(rows):
            share = row.share(getattr(row, side))
            y = position + offset
            if share is None:
                axes.text(1, y, f"{name}: not answered", va="center", fontsize=8)
                continue
            axes.barh(y, 100 * share, height=0.38, color=colour, hatch=hatch, edgecolor="black")
            axes.text(100 * share + 1, y, f"{name}: {100 * share:.0f}%", va="center", fontsize=8)
        handles.append(Patch(facecolor=colour, hatch=hatch, edgecolor="black", label=name))
    axes.set_yticks(range(len(rows)), [row.label for row in rows], fontsize=9)
    axes.set_ylim(len(rows) - 0.5, -0.5)  # top to bottom, with room for "not answered"
    axes.set_xlim(0, 130)
    axes.set_xticks([0, 25, 50, 75, 100])
    axes.set_xlabel("% of questions on the idea answered right")
    axes.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=8)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


class BeforeAfter:
    """The comparison as a widget: chart, words, and a button to compare again."""

    def __init__(self, store: Store | None = None):
        import ipywidgets as widgets

        from .widgets.chart import Chart
        from .widgets.guard import GuardedButton

        self.store = store
        self.chart = Chart("560px")
        self.words_html = widgets.HTML()
        self.words_html.add_class("coachlab-comparison")
        self.error_html = widgets.HTML()
        button = GuardedButton(
            self.refresh, self.error_html, description="Compare again", icon="refresh"
        )
        self.widget = widgets.VBox([self.chart, self.words_html, button, self.error_html])
        self.widget.add_class("coachlab-before-after")
        self.refresh()

    def refresh(self) -> None:
        rows, ratings, held = compare(self.store)
        self.words = words(rows, ratings, held)
        answered = any(row.before or row.after for row in rows)
        # An empty alt: the same comparison is in words right under it (words_html).
        self.chart.show(chart_png(rows) if answered else b"", "")
        items = "<br>".join(html.escape(line) for line in self.words.splitlines())
        self.words_html.value = f'<p role="status">{items}</p>'

    def __repr__(self) -> str:
        return self.words

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        bundle = self.widget._repr_mimebundle_(**kwargs)
        return {**bundle, "text/plain": self.words}  # what nbval compares, and screen readers get


def before_after(sample: bool = False) -> BeforeAfter:
    """Start here beside lesson 10, from this learner's answers; ``sample=True`` shows a
    made-up learner instead (for the gallery and facilitators), in a throwaway store."""
    return BeforeAfter(sample_store() if sample else None)


def sample_store() -> Store:
    """A made-up learner who got one of two Start here questions right and both in lesson 10."""
    folder = tempfile.mkdtemp(prefix="coachlab-sample-")
    store = Store(Path(folder) / "progress.sqlite3")
    weakref.finalize(store, shutil.rmtree, folder, True)  # gone with the store, or at exit
    answers = [
        (BEFORE, "pre-first-move", "a", None),
        (BEFORE, "pre-partnership", "c", False),
        (BEFORE, "pre-marching-orders", None, True),
        (AFTER, "post-marching-orders", None, True),
        (AFTER, "post-partnership", None, True),
        (AFTER, "post-first-move", "b", None),
    ]
    for lesson, exercise, answer, correct in answers:
        spec = load_lesson(lesson).exercise(exercise)
        chosen = answer or spec.correct
        store.record(Event(now(), lesson, exercise, spec.kind, chosen, correct, None, ""))
    return store
