"""The table of lessons in "Start here", built from the lesson YAML (never hand-kept), with the
learner's progress from the store and a pointer to where to go next."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from IPython.display import HTML

from .content import content_dir, declared_order, load_lesson_file
from .plural import count
from .store import default_store

SHOWN = re.compile(r"""coachlab\.exercise\(\s*["']?\w+["']?\s*,\s*["']([\w-]+)["']""")
TABLE_CSS = (
    "<style>.coachlab-lessons th, .coachlab-lessons td { text-align: left; "
    "vertical-align: top; }</style>"
)


def lesson_exercise_ids(directory: Path, stem: str, content: Any) -> list[str]:
    """The exercises the lesson notebook itself shows, in content order: a lesson's progress
    counts those, not its practice notebook's. Without the notebook, ids not named practice-."""
    ids = [spec.id for spec in content.exercises]
    notebook = directory.parent / "notebooks" / f"{stem}.ipynb"
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return [i for i in ids if not i.startswith("practice-")]
    shown = {found for c in cells for found in SHOWN.findall("".join(c.get("source", "")))}
    return [i for i in ids if i in shown]


def lessons_table(directory: Path | None = None) -> HTML:
    """Every lesson in teaching order: time, what it covers, and how much of it is done."""
    directory = directory or content_dir()
    answered = {(e.lesson, e.exercise) for e in default_store().events()}
    rows, total, next_up = [], 0, None
    for stem in declared_order(directory):
        content = load_lesson_file(directory / f"{stem}.yaml")
        meta, ids = content.lesson, lesson_exercise_ids(directory, stem, content)
        done = sum((meta.number, exercise_id) in answered for exercise_id in ids)
        total += meta.minutes
        link = f'<a href="{html.escape(stem, quote=True)}.ipynb">{html.escape(meta.title)}</a>'
        if next_up is None and done < len(ids) and meta.number != "00":
            next_up = link
        rows.append(
            f"<tr><td>{html.escape(meta.number or '')}</td><td>{link}</td>"
            f"<td>{meta.minutes} min</td><td>{html.escape(meta.summary)}</td>"
            f"<td>{done} of {count(len(ids), 'exercise')}</td></tr>"
        )
    where_next = f"<p>Next: {next_up}</p>" if next_up else "<p>✔ Every lesson is done.</p>"
    return HTML(
        TABLE_CSS + '<table class="coachlab-lessons"><caption>Lessons, in order '
        f"(about {total} minutes in all)</caption>"
        '<thead><tr><th scope="col">#</th><th scope="col">Lesson</th>'
        '<th scope="col">Time</th><th scope="col">What you will do</th>'
        '<th scope="col">Your progress</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{where_next}"
    )


def self_assessment_overview(directory: Path | None = None) -> Any:
    """The learner's self-assessments: first profile (dashed) against the latest, with words."""
    import ipywidgets as widgets

    from .plots import RADAR_WIDTH, profile_list, profile_summary, radar_png
    from .widgets.chart import chart

    directory = directory or content_dir()
    parts: list[Any] = []
    for stem in declared_order(directory):
        content = load_lesson_file(directory / f"{stem}.yaml")
        for spec in content.exercises:
            if spec.kind != "scale":
                continue
            points = range(1, len(spec.scale) + 1)
            history = [  # an imported answer from another version of the lesson may not fit
                e
                for e in default_store().history(content.lesson.number, spec.id)
                if isinstance(e.answer, dict)
                and all(value in points for value in e.answer.values())
            ]
            if not history:
                continue
            labels = [d.label for d in spec.dimensions]
            first, latest = [
                [e.answer.get(d.id, 1) for d in spec.dimensions] for e in (history[0], history[-1])
            ]
            earlier = first if len(history) > 1 and first != latest else None
            summary = profile_summary(labels, latest, spec.scale, earlier, "your first answers")
            parts += [
                widgets.HTML(
                    f"<h4>{html.escape(spec.title)}</h4>"
                    + profile_list(labels, latest, spec.scale, earlier, "your first answers")
                ),
                chart(
                    radar_png(labels, latest, len(spec.scale), earlier),
                    f"Radar chart of your ratings. {summary}",
                    RADAR_WIDTH,
                ),
            ]
    if not parts:
        parts = [
            widgets.HTML(
                "<p>No self-assessment yet. Lessons with one show it here, with "
                "your first answers beside your latest.</p>"
            )
        ]
    return widgets.VBox(parts)
