"""The table of lessons in "Start here", built from the lesson YAML (never hand-kept), with the
learner's progress from the store and a pointer to where to go next."""

from __future__ import annotations

import html
from pathlib import Path

from IPython.display import HTML

from .content import content_dir, declared_order, load_lesson_file
from .store import default_store


def lessons_table(directory: Path | None = None) -> HTML:
    """Every lesson in teaching order: time, what it covers, and how much of it is done."""
    directory = directory or content_dir()
    answered = {(e.lesson, e.exercise) for e in default_store().events()}
    rows, total, next_up = [], 0, None
    for stem in declared_order(directory):
        content = load_lesson_file(directory / f"{stem}.yaml")
        meta, ids = content.lesson, [spec.id for spec in content.exercises]
        done = sum((meta.number, exercise_id) in answered for exercise_id in ids)
        total += meta.minutes
        link = f'<a href="{html.escape(stem, quote=True)}.ipynb">{html.escape(meta.title)}</a>'
        if next_up is None and done < len(ids) and meta.number != "00":
            next_up = link
        rows.append(
            f"<tr><td>{html.escape(meta.number or '')}</td><td>{link}</td>"
            f"<td>{meta.minutes} min</td><td>{html.escape(meta.summary)}</td>"
            f"<td>{done} of {len(ids)} exercises</td></tr>"
        )
    where_next = f"<p>Next: {next_up}</p>" if next_up else "<p>✔ Every lesson is done.</p>"
    return HTML(
        '<table class="coachlab-lessons"><caption>Lessons, in order '
        f"(about {total} minutes in all)</caption>"
        '<thead><tr><th scope="col">#</th><th scope="col">Lesson</th>'
        '<th scope="col">Time</th><th scope="col">What you will do</th>'
        '<th scope="col">Your progress</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{where_next}"
    )
