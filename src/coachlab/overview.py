"""The table of lessons shown in "Start here", built from the lesson YAML (never hand-kept)."""

from __future__ import annotations

import html
from pathlib import Path

from IPython.display import HTML

from .content import content_dir, declared_order, load_lesson_file


def lessons_table(directory: Path | None = None) -> HTML:
    """Every lesson in teaching order with its time and a link, as an accessible table."""
    directory = directory or content_dir()
    rows, total = [], 0
    for stem in declared_order(directory):
        meta = load_lesson_file(directory / f"{stem}.yaml").lesson
        total += meta.minutes
        link = html.escape(f"{stem}.ipynb", quote=True)
        rows.append(
            f"<tr><td>{html.escape(meta.number)}</td>"
            f'<td><a href="{link}">{html.escape(meta.title)}</a></td>'
            f"<td>{meta.minutes} min</td><td>{html.escape(meta.summary)}</td></tr>"
        )
    return HTML(
        '<table class="coachlab-lessons"><caption>Lessons, in order '
        f"(about {total} minutes in all)</caption>"
        '<thead><tr><th scope="col">#</th><th scope="col">Lesson</th>'
        '<th scope="col">Time</th><th scope="col">What you will do</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
