"""The facilitator's dashboard: load the room's exported journals, see how the room answered.

Everything shown comes from participants' files, so everything is escaped; bad files are listed
with the reason and skipped. Charts carry the same numbers in words. On a hub with a room
service, **Load what the room shared** reads the answers learners shared live, as if each
learner's were one more file (checked the same way).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..content import content_dir
from ..hub import client
from ..journal_schema import REORDERING
from ..plots import RADAR_WIDTH, bars_png, bars_width, quartiles, room_radar_png
from ..plural import count
from ..widgets.chart import Chart, chart
from ..widgets.guard import GuardedButton, guarded
from ..widgets.style import stylesheet
from ..widgets.unrun import display_with_note
from ..widgets.upload import upload_button
from . import labels as labels_
from .demo import demo_room
from .names import possible_names
from .room import ROOM_BYTES, Room, Skip, load_folder, load_room
from .summary import SharedAnswer, Summary, held_back, summarize

ALL_LESSONS = "All lessons"
MAX_BARS = 16  # more bars do not fit a projected screen (hostile files could make 20,000)
MAX_SPOKES = 24
MAX_RADARS = 12
# Fewer people than this behind a figure, and the figure is theirs: not shown (walkthrough 72:
# one sender's profile chart was that person's own, and the guide promises "never anyone's")
FEWEST = 3
TOO_FEW = f"fewer than {FEWEST} answers: not broken down, so that no one's answer can be picked out"
MADE_UP = (
    '<p class="coachlab-made-up" role="status"><strong>⚠ A made-up room:</strong> thirty '
    "invented participants, to see what the dashboard shows. Not your participants.</p>"
)
CSS = """
.coachlab-dashboard { font-size: 1.05rem; max-width: 1300px; }
.coachlab-dashboard table { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
.coachlab-dashboard th, .coachlab-dashboard td { text-align: left; vertical-align: top;
  padding: 0.35em 0.6em; border-bottom: 1px solid #ccc; }
.coachlab-dashboard td ul { margin: 0; padding-left: 1.1em; }
.coachlab-dashboard caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
.coachlab-made-up { border-left: 6px solid #E69F00; padding: 0.4em 0.8em; background: #fff6e0;
  color: #222; }
.coachlab-dashboard .widget-html-content { line-height: 1.45; }
.coachlab-dashboard-shared details { margin: 0.3em 0; }
.coachlab-dashboard-shared summary { cursor: pointer; font-weight: 600; }
"""


class Dashboard:
    """Upload files or name a folder; the report below updates with each load."""

    def __init__(self, room: Room | None = None):
        self.error_html = widgets.HTML()
        self.upload = upload_button(
            "Add exports",
            "The participants' exported .json files (at most about 8 MB at once)",
            True,
        )
        self.upload.observe(guarded(self._uploaded, self.error_html), names="value")
        self.folder = widgets.Text(
            description="Or a folder:",
            placeholder="path/to/exports",
            continuous_update=False,  # sent as "Load folder" is pressed: see text_input.py
            style={"description_width": "initial"},
        )
        self.load_button = GuardedButton(
            self.load_folder, self.error_html, description="Load folder", icon="folder-open"
        )
        self.demo_button = GuardedButton(
            self.show_demo,
            self.error_html,
            description="Try it with a made-up room",
            icon="flask",
            tooltip="Thirty made-up participants, to see the dashboard before a workshop",
            layout=widgets.Layout(width="auto"),
        )
        self.hub_button = GuardedButton(
            self.load_from_hub,
            self.error_html,
            description="Load what the room shared (this hub)",
            icon="refresh",
            tooltip="The answers participants shared on this hub, now; press again to refresh",
            layout=widgets.Layout(width="auto", display="" if client.room_url() else "none"),
        )
        # Debriefing one lesson: only its exercises, faults and reflections (the room stays)
        self.lesson = widgets.Dropdown(
            description="Show:",
            options=[(ALL_LESSONS, "")],
            style={"description_width": "initial"},
            layout=widgets.Layout(width="32em", display="none"),  # shown once there is a room
        )
        self.lesson.observe(guarded(self._lesson_chosen, self.error_html), names="value")
        self.room: Room | None = None
        self.made_up = False
        self.banner = widgets.HTML()
        self.report = widgets.HTML()
        self.report.add_class("coachlab-dashboard-report")
        self.chart = Chart(bars_width(), layout=widgets.Layout(display="none"))
        # What participants wrote stays off the projector until the facilitator shows it
        # (walkthrough 61: the whole room read every shared answer under the table)
        self.show_shared = widgets.ToggleButton(
            value=False,
            description="Show shared answers",
            tooltip="Written answers participants shared: read them on your own screen first",
            layout=widgets.Layout(width="auto", display="none"),
        )
        self.show_shared.observe(guarded(self._shared_toggled, self.error_html), names="value")
        self.shared = widgets.HTML(layout=widgets.Layout(display="none"))
        self.shared.add_class("coachlab-dashboard-shared")
        self._shared_count = 0
        self.radars = widgets.Box(layout=widgets.Layout(flex_flow="row wrap"))
        self.files: list[tuple[str, bytes | Skip]] = []
        self.summary: Summary | None = None
        self.widget = widgets.VBox(
            [
                stylesheet(),
                widgets.HTML(f"<style>{CSS}</style>", layout=widgets.Layout(display="none")),
                widgets.HBox(
                    [
                        self.hub_button,
                        self.upload,
                        self.folder,
                        self.load_button,
                        self.demo_button,
                    ],
                    layout=widgets.Layout(flex_flow="row wrap"),
                ),
                self.error_html,
                self.lesson,
                self.banner,
                self.report,
                self.show_shared,
                self.shared,
                self.radars,
                self.chart,
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
        found = _folder(folder)
        if found is None:
            self.clear()  # never leave the made-up room, or another room, under an error
            tried = ", ".join(str(place) for place in _places(folder))
            where = html.escape(f"No folder {folder} (looked in {tried})")
            self.report.value = f"<p>✘ {where}.</p>"
            return
        self.show(load_folder(found))

    def clear(self) -> None:
        """Nothing shown: no room, no banner, no charts."""
        self.summary = self.room = None
        self._offer_lessons(Room())
        self.banner.value = ""
        self.chart.show(b"", "")
        self.radars.children = []
        self._share(None)

    def load_from_hub(self) -> Summary | None:
        """The room service's shared items, one file-like export per participant, no names."""
        try:
            exports = client.room()
        except client.RoomUnavailable as problem:
            self.report.value = f"<p>✘ The room could not be read: {html.escape(str(problem))}.</p>"
            return None
        self.files = []
        return self.show(load_room(hub_files(exports)))

    def show(self, room: Room, made_up: bool = False) -> Summary:
        self.room = None  # no report while the lessons on offer change; one below
        self._offer_lessons(room)
        self.room, self.made_up = room, made_up
        return self._render()

    def _render(self) -> Summary:
        room, lesson = self.room or Room(), self.lesson.value or None
        self.summary = summary = summarize(room, lesson=lesson)
        self.banner.value = MADE_UP if self.made_up else ""
        self.report.value = render(summary, room, lesson)
        self._share(summary)
        bars, radars = charts(summary)
        self.chart.show(bars, "Bar chart of how right the room was per exercise (see the table)")
        self.radars.children = [_radar_widget(title, png) for title, png in radars]
        return summary

    def _share(self, summary: Summary | None) -> None:
        """The shared answers, behind "Show shared answers": hidden again with each new room."""
        reflections = summary.shared if summary else []
        self.shared.value = reflections_html(reflections) if reflections else ""
        self._shared_count = len(reflections)
        self.show_shared.layout.display = "" if reflections else "none"
        self.show_shared.value = False
        self._shared_toggled()

    def _shared_toggled(self, _change: Any = None) -> None:
        shown = self.show_shared.value and bool(self.shared.value)
        self.shared.layout.display = "" if shown else "none"
        verb = "Hide" if shown else "Show"
        self.show_shared.description = f"{verb} shared answers ({self._shared_count})"

    def _offer_lessons(self, room: Room) -> None:
        """The lessons this room answered, to show one at a time; the choice is kept when the
        new room has that lesson too (a file added mid-debrief), else back to all."""
        named = {e["lesson"] for j in room.journals for e in j["events"]}
        present = sorted(n for n in named if labels_.is_lesson(n))
        options = [(ALL_LESSONS, "")] + [(labels_.lesson_title(n), n) for n in present]
        kept = self.lesson.value if self.lesson.value in present else ""
        self.lesson.options = options
        self.lesson.value = kept
        self.lesson.layout.display = "" if present else "none"

    def _lesson_chosen(self, change: Any) -> None:
        if self.room is not None:
            self._render()

    def show_demo(self) -> Summary:
        """The made-up room, only when asked for, and labeled as made up."""
        self.files = []
        return self.show(load_room(demo_room(30, seed=1)), made_up=True)

    def summary_text(self) -> str:
        """The report's headline in plain words (for a quick read, and for tests)."""
        if self.summary is None:
            return "No exports loaded yet."
        s = self.summary
        return (
            f"{count(s.participants, 'participant')}, "
            f"{count(len(s.exercises), 'exercise')} answered, "
            f"{count(len(s.reflections), 'shared answer')} to read aloud."
        )

    def _uploaded(self, change: Any) -> None:
        if not change["new"]:
            return
        used = sum(len(raw) for _, raw in self.files if isinstance(raw, bytes))
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

    def _ipython_display_(self) -> None:
        """In a notebook: a note for a lesson reopened before it has run, then the widget."""
        display_with_note(self.widget)


def dashboard(room: Room | list[tuple[str, bytes]] | None = None) -> Dashboard:
    """Show this in a notebook; optionally start from a room (or a list of (name, bytes))."""
    if isinstance(room, list):
        room = load_room(room)
    return Dashboard(room)


def hub_files(exports: list[dict[str, Any]]) -> list[tuple[str, bytes]]:
    """The room service's exports as (name, bytes) pairs, so they pass the files' checks."""
    return [
        (f"shared on the hub ({number})", json.dumps(export).encode("utf-8"))
        for number, export in enumerate(exports, start=1)
    ]


def charts(summary: Summary) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The PNG of the room's credit per exercise (b"" when nothing is graded), and one radar
    per self-assessment with the room's spread. Bounded: the most answered exercises only."""
    graded = [s for s in summary.exercises if s.correct_share is not None and s.graded >= FEWEST]
    graded = sorted(graded, key=lambda s: -s.answered)[:MAX_BARS]
    # in the lessons' order, each with how many answered: "100%" from one person shows as (1)
    # (facilitator walkthrough 61: the order changed between loads, and no count was shown)
    graded.sort(key=lambda s: labels_.position(s.lesson, s.exercise))
    bars = b""
    if graded:
        labels = [
            f"{s.lesson} · {labels_.exercise_title(s.lesson, s.exercise)} ({s.graded})"
            for s in graded
        ]
        bars = bars_png(labels, [s.correct_share for s in graded], bars_title(len(graded)))
    radars = []
    for (lesson, exercise), dimensions in list(summary.scales.items())[:MAX_RADARS]:
        names = labels_.dimension_labels(lesson, exercise)
        ids = [d for d in (list(names) or list(dimensions)) if d in dimensions][:MAX_SPOKES]
        ids = [d for d in ids if len(dimensions[d]) >= FEWEST]  # no one's own chart
        if len(ids) < 3:
            continue
        points = max(labels_.scale_points(lesson, exercise), *(max(dimensions[d]) for d in ids))
        png = room_radar_png([names.get(d, d) for d in ids], [dimensions[d] for d in ids],
                             min(points, 7))  # fmt: skip
        radars.append((f"{lesson} · {labels_.exercise_title(lesson, exercise)}", png))
    return bars, radars


def bars_title(count: int) -> str:
    """Short enough to show whole (the x axis says a partly right answer counts in part)."""
    if count == MAX_BARS:
        return f"Right answers per exercise, {count} most answered (how many in brackets)"
    return "Right answers per exercise (how many answered in brackets)"


def _radar_widget(title: str, png: bytes) -> widgets.VBox:
    heading = widgets.HTML(f"<h4>{html.escape(title)}</h4>")
    image = chart(
        png,
        f"Radar chart: the room's average and middle half for {title}, in words above",
        RADAR_WIDTH,
    )
    return widgets.VBox([heading, image], layout=widgets.Layout(margin="0 2em 1em 0"))


def _middle(values: list[int]) -> str:
    low, high = quartiles(values)
    return f"{low:g}" if low == high else f"{low:g}–{high:g}"


def _places(folder: str) -> list[Path]:
    """Where a typed folder may be: as given (from the dashboard's own folder), and from the
    workbook's root, where learners' exports land (``my-journal/``)."""
    given = Path(folder).expanduser()
    if given.is_absolute():
        return [given]
    return [Path.cwd() / given, content_dir().parent / given]


def _folder(folder: str) -> Path | None:
    return next((place for place in _places(folder) if place.is_dir()), None)


def reflections_html(shared: list[SharedAnswer] | list[str]) -> str:
    """Every shared answer, each exercise's under its own heading, folded so one is opened at a
    time in the debrief; each flagged when it may name someone (a heuristic, said so)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for answer in shared:
        where = (answer.lesson, answer.title) if isinstance(answer, SharedAnswer) else ("", "")
        words = answer.text if isinstance(answer, SharedAnswer) else answer
        groups.setdefault(where, []).append(words)
    sections = []
    for (lesson, title), texts in groups.items():
        items = "".join(_shared_item(text) for text in texts)
        if not title:
            sections.append(f"<ul>{items}</ul>")
            continue
        heading = f"{labels_.lesson_title(lesson)} · {title}"
        sections.append(
            f"<details><summary>{html.escape(heading)} ({len(texts)})</summary>"
            f"<ul>{items}</ul></details>"
        )
    return (
        "<h4>Reflections and written answers participants chose to share (no names)</h4>"
        "<p>Only what a participant ticked “Share with the facilitator” for appears here: all "
        f"{count(len(shared), 'answer')}, by exercise (click one to open it), in no order of who "
        "sent them or when. "
        "Capitalized words in the middle of a sentence, and common first names anywhere, are "
        "flagged as possible names: read each answer before reading it aloud.</p>"
        f"{''.join(sections)}"
    )


def _shared_item(text: str) -> str:
    names = possible_names(text)
    warning = (
        '<br><span class="coachlab-name-warning">⚠ May name someone: '
        f"{html.escape(', '.join(names))}. Check before reading it aloud (a guess from "
        "capital letters and common first names, not a certainty).</span>"
        if names
        else ""
    )
    return f"<li>{html.escape(REORDERING.sub('', text))}{warning}</li>"


def render(summary: Summary, room: Room, lesson: str | None = None) -> str:
    shown = f" Showing lesson {html.escape(labels_.lesson_title(lesson))} only." if lesson else ""
    parts = [
        f'<p role="status"><strong>{count(summary.participants, "participant")}</strong> loaded'
        + (f"; {count(len(room.rejected), 'file')} skipped." if room.rejected else ".")
        + f"{shown}</p>"
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
    for s in sorted(summary.exercises, key=lambda s: labels_.position(s.lesson, s.exercise)):
        share = (
            "not scored: Start here's check, before any lesson"
            if held_back(s.lesson, s.exercise)
            else "—"
            if s.correct_share is None or s.graded < FEWEST
            else f"{100 * s.correct_share:.0f}% ({s.correct} of {s.graded} fully right)"
        )
        choices = "".join(
            f"<li>{v} · {html.escape(labels_.option_text(s.lesson, s.exercise, str(k)))}</li>"
            for k, v in s.choices.most_common()
        )
        if s.choices and s.answered < FEWEST:
            choices = f"<li>{TOO_FEW}</li>"
        title = labels_.exercise_title(s.lesson, s.exercise)
        rows.append(
            f"<tr><td>{html.escape(s.lesson)}</td><td>{html.escape(title)}</td>"
            f"<td>{s.answered}</td><td>{share}</td><td><ul>{choices}</ul></td></tr>"
        )
    if rows:
        parts.append(
            '<table class="coachlab-room"><caption>Answers per exercise (latest answer '
            'of each participant)</caption><tr><th scope="col">Lesson</th>'
            '<th scope="col">Exercise</th><th scope="col">Answered</th>'
            '<th scope="col">Right (partial credit counts)</th>'
            '<th scope="col">What they chose</th></tr>'
            f"{''.join(rows)}</table>"
        )
    for (lesson, exercise), dimensions in summary.scales.items():
        names = labels_.dimension_labels(lesson, exercise)
        items = "".join(
            f"<li>{html.escape(names.get(d, d))}: average {sum(v) / len(v):.1f}, "
            f"from {min(v)} to {max(v)}, middle half {_middle(v)} ({count(len(v), 'rating')})</li>"
            if len(v) >= FEWEST
            else f"<li>{html.escape(names.get(d, d))}: {TOO_FEW}</li>"
            for d, v in dimensions.items()
            if v
        )
        title = labels_.exercise_title(lesson, exercise)
        parts.append(f"<h4>Self-assessment: {html.escape(title)}</h4><ul>{items}</ul>")
    if summary.pitfalls:
        items = "".join(
            f"<li>{html.escape(cue)}: {count(times, 'time')}</li>"
            for cue, times in summary.pitfalls
        )
        parts.append(f"<h4>What free-text answers that missed had in common</h4><ul>{items}</ul>")
    if summary.reflections:
        parts.append(
            # true shown or hidden (facilitator walkthrough 64: "hidden until you press" stayed
            # above the answers once they were shown)
            f"<p>{count(len(summary.reflections), 'shared answer')}, behind the “Show shared "
            "answers” button, so a projector shows them only when you choose. Read them on your "
            "own screen first.</p>"
        )
    return "".join(parts)
