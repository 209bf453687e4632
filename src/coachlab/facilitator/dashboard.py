"""The facilitator's dashboard: load the room's exported journals, see how the room answered.

Everything shown comes from participants' files, so everything is escaped; bad files are listed
with the reason and skipped. Charts carry the same numbers in words.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..plots import bars_png, radar_png
from ..widgets.guard import GuardedButton, guarded
from ..widgets.style import stylesheet
from .names import possible_names
from .room import ROOM_BYTES, Room, Skip, load_folder, load_room
from .summary import Summary, summarize

MAX_BARS = 40  # a chart with more bars is unreadable (and hostile files could make 20,000)
MAX_SPOKES = 24


class Dashboard:
    """Upload files or name a folder; the report below updates with each load."""

    def __init__(self, room: Room | None = None):
        self.error_html = widgets.HTML()
        self.upload = widgets.FileUpload(accept=".json", multiple=True, description="Add exports")
        self.upload.observe(guarded(self._uploaded, self.error_html), names="value")
        self.folder = widgets.Text(
            description="Or a folder:",
            placeholder="path/to/exports",
            style={"description_width": "initial"},
        )
        self.load_button = GuardedButton(
            self.load_folder, self.error_html, description="Load folder", icon="folder-open"
        )
        self.report = widgets.HTML()
        self.report.add_class("coachlab-dashboard-report")
        self.chart = widgets.Image(format="png", layout=widgets.Layout(display="none"))
        self.profile_chart = widgets.Image(format="png", layout=widgets.Layout(display="none"))
        self.files: list[tuple[str, bytes | Skip]] = []
        self.summary: Summary | None = None
        self.widget = widgets.VBox(
            [
                stylesheet(),
                widgets.HBox([self.upload, self.folder, self.load_button]),
                self.error_html,
                self.report,
                self.chart,
                self.profile_chart,
            ]
        )
        self.widget.add_class("coachlab-exercise")
        self.widget.add_class("coachlab-dashboard")
        if room is not None:
            self.show(room)

    def load_folder(self) -> None:
        folder = self.folder.value.strip()
        if not folder:
            self.report.value = "<p>Type the folder that holds the exported .json files.</p>"
            return
        try:
            self.show(load_folder(Path(folder).expanduser()))
        except FileNotFoundError as missing:
            self.report.value = f"<p>✘ {html.escape(str(missing))}.</p>"

    def show(self, room: Room) -> Summary:
        self.summary = summary = summarize(room)
        self.report.value = render(summary, room)
        self.chart.value, self.profile_chart.value = charts(summary)
        self.chart.layout.display = None if self.chart.value else "none"
        self.profile_chart.layout.display = None if self.profile_chart.value else "none"
        return summary

    def summary_text(self) -> str:
        """The report's headline in plain words (for a quick read, and for tests)."""
        if self.summary is None:
            return "No exports loaded yet."
        s = self.summary
        return (
            f"{_count(s.participants, 'participant')}, "
            f"{_count(len(s.exercises), 'exercise')} answered, "
            f"{_count(len(s.reflections), 'reflection')} to read aloud."
        )

    def _uploaded(self, change: Any) -> None:
        used = sum(len(raw) for _, raw in self.files)
        for item in change["new"] or ():
            if used + len(item["content"]) <= ROOM_BYTES:  # beyond it, load_room says why
                used += len(item["content"])
                self.files.append((item["name"], bytes(item["content"])))
            else:
                over = Skip(f"the room's files exceed {ROOM_BYTES:,} bytes in all; skipped")
                self.files.append((item["name"], over))
        self.show(load_room(self.files))

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def dashboard(room: Room | list[tuple[str, bytes]] | None = None) -> Dashboard:
    """Show this in a notebook; optionally start from a room (or a list of (name, bytes))."""
    if isinstance(room, list):
        room = load_room(room)
    return Dashboard(room)


def charts(summary: Summary) -> tuple[bytes, bytes]:
    """The PNG of right answers per exercise and of the room's self-assessment (b"" when there
    is nothing to draw). Bounded: the most answered exercises and dimensions only."""
    graded = [s for s in summary.exercises if s.correct_share is not None]
    graded = sorted(graded, key=lambda s: -s.answered)[:MAX_BARS]
    bars = b""
    if graded:
        labels = [f"{s.lesson} · {s.exercise}" for s in graded]
        title = "Right answers per exercise" + (
            " (most answered)" if len(graded) == MAX_BARS else ""
        )
        bars = bars_png(labels, [s.correct_share for s in graded], title)
    names = sorted(summary.profile, key=lambda n: -summary.profile[n][2])[:MAX_SPOKES]
    radar = b""
    if len(names) >= 3:
        means = [summary.profile[n][0] for n in names]
        radar = radar_png(names, means, max(5, min(7, round(max(means)))))
    return bars, radar


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def reflections_html(reflections: list[str]) -> str:
    """Shared reflections, each flagged when it may name someone (a heuristic, said so)."""
    items = []
    for text in reflections:
        names = possible_names(text)
        warning = (
            '<br><span class="coachlab-name-warning">⚠ May name someone: '
            f"{html.escape(', '.join(names))}. Check before reading it aloud (a guess from "
            "capital letters, not a certainty).</span>"
            if names
            else ""
        )
        items.append(f"<li>{html.escape(text)}{warning}</li>")
    return (
        "<h4>Reflections participants chose to share (no names)</h4>"
        "<p>Only reflections a participant ticked “Share with the facilitator” appear here. "
        "Capitalised words in the middle of a sentence are flagged as possible names.</p>"
        f"<ul>{''.join(items)}</ul>"
    )


def render(summary: Summary, room: Room) -> str:
    parts = [
        f'<p role="status"><strong>{_count(summary.participants, "participant")}</strong> loaded'
        + (f"; {_count(len(room.rejected), 'file')} skipped." if room.rejected else ".")
        + "</p>"
    ]
    if room.rejected:
        rows = "".join(
            f"<tr><td>{html.escape(r.name)}</td><td>{html.escape(r.reason)}</td></tr>"
            for r in room.rejected
        )
        parts.append(
            '<table><caption>Skipped files</caption><tr><th scope="col">File</th>'
            f'<th scope="col">Why</th></tr>{rows}</table>'
        )
    rows = []
    for s in summary.exercises:
        share = "—" if s.correct_share is None else f"{100 * s.correct_share:.0f}% right"
        choices = " · ".join(f"{html.escape(str(k))}: {v}" for k, v in sorted(s.choices.items()))
        rows.append(
            f"<tr><td>{html.escape(s.lesson)}</td><td>{html.escape(s.exercise)}</td>"
            f"<td>{s.answered}</td><td>{share}</td><td>{choices}</td></tr>"
        )
    if rows:
        parts.append(
            '<table class="coachlab-room"><caption>Answers per exercise (latest answer '
            'of each participant)</caption><tr><th scope="col">Lesson</th>'
            '<th scope="col">Exercise</th><th scope="col">Answered</th>'
            '<th scope="col">Right</th><th scope="col">Choices</th></tr>'
            f"{''.join(rows)}</table>"
        )
    if summary.profile:
        items = "".join(
            f"<li>{html.escape(name)}: average {mean:.1f} (spread ±{spread:.1f}, "
            f"{count} ratings)</li>"
            for name, (mean, spread, count) in summary.profile.items()
        )
        parts.append(f"<h4>Self-assessment across the room</h4><ul>{items}</ul>")
    if summary.pitfalls:
        items = "".join(
            f"<li>{html.escape(cue)}: {count} times</li>" for cue, count in summary.pitfalls
        )
        parts.append(f"<h4>What free-text answers that missed had in common</h4><ul>{items}</ul>")
    if summary.reflections:
        parts.append(reflections_html(summary.reflections))
    return "".join(parts)
