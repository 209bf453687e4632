"""The journal as a page worth keeping: system fonts, a readable measure, light or dark on
screen and black on white in print, each self-assessment's first and latest answers as a chart
with the same in words. Every value from the journal or the content is escaped."""

from __future__ import annotations

import base64
import html
import re

from .journal_schema import REORDERING
from .journal_view import Entry, LessonView, Profile

# Control characters a page shows as nothing (a NUL, a bell): dropped from a learner's words, as
# are those that reorder them (REORDERING). Line breaks and tabs stay.
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str) -> str:
    """``value`` escaped for the page, as typed and in the order typed."""
    return html.escape(REORDERING.sub("", INVISIBLE.sub("", value)))


CSS = """
:root { color-scheme: light dark; --ink: #1b1b1b; --paper: #ffffff; --muted: #555;
  --rule: #d0d0d0; --accent: #0072B2; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #ececec; --paper: #161616; --muted: #b0b0b0; --rule: #444; --accent: #56B4E9; }
}
html { background: var(--paper); color: var(--ink); }
body { font: 1.05rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
  Arial, sans-serif; max-width: 68ch; margin: 2.5rem auto; padding: 0 1.2rem; }
h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.4rem; margin-top: 2.6rem; border-bottom: 2px solid var(--accent);
  padding-bottom: 0.2rem; }
h3 { font-size: 1.12rem; margin: 1.8rem 0 0.2rem; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.6rem; }
.prompt { border-left: 3px solid var(--rule); padding-left: 0.8rem; color: var(--muted); }
.answer { margin: 0.4rem 0; } .answer ul { margin: 0.2rem 0; padding-left: 1.3rem; }
.verdict { font-weight: 600; }
.entry { break-inside: avoid; page-break-inside: avoid; }
img.chart { width: 100%; max-width: 440px; display: block; margin: 0.6rem 0; }
@media print {
  :root { --ink: #000; --paper: #fff; --muted: #333; --rule: #999; --accent: #000; }
  body { margin: 0 auto; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
"""


def journal_html(lessons: list[LessonView], charts: bool = True) -> str:
    """The whole page; ``charts=False`` leaves the radar images out (faster, for tests)."""
    body = [
        "<h1>My coachlab journal</h1>",
        '<p class="meta">My answers, the feedback they got, my reflections and my '
        "self-assessments, lesson by lesson. Kept on my computer; mine to keep.</p>",
    ]
    for lesson in lessons:
        body.append(f'<section><h2 id="lesson-{html.escape(lesson.key, quote=True)}">'
                    f"{html.escape(lesson.title)}</h2>")  # fmt: skip
        body += [_entry(entry, charts) for entry in lesson.entries]
        body.append("</section>")
    if not lessons:
        body.append("<p>Nothing yet: answers appear here once you check them in a lesson.</p>")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>My coachlab journal</title><style>{CSS}</style></head><body><main>"
        + "\n".join(body)
        + "</main></body></html>\n"
    )


def _entry(entry: Entry, charts: bool) -> str:
    shared = " · shared with the facilitator (no name)" if entry.shared else ""
    lines = [_text(line).replace("\n", "<br>") for line in entry.answer]
    answer = (
        f"<p>{lines[0]}</p>"
        if len(lines) == 1
        else "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
    )
    parts = [
        '<article class="entry">',
        f"<h3>{html.escape(entry.title)}</h3>",
        f'<p class="meta">{html.escape(entry.kind)} · {html.escape(entry.when)}{shared}</p>',
    ]
    if entry.prompt:
        parts.append(f'<p class="prompt">{html.escape(entry.prompt)}</p>')
    parts.append(f'<div class="answer"><strong>My answer</strong>{answer}</div>')
    if entry.profile and charts:
        parts.append(_chart(entry.profile))
    feedback = _text(entry.feedback).replace("\n", "<br>")
    parts.append(
        f'<p><span class="verdict">{html.escape(entry.verdict)}.</span> {feedback}</p></article>'
    )
    return "".join(parts)


def _chart(p: Profile) -> str:
    from .plots import profile_summary, radar_png

    earlier = p.first if p.first != p.latest else None
    png = radar_png(p.labels, p.latest, len(p.scale), earlier)
    words = profile_summary(p.labels, p.latest, p.scale, earlier, "my first answers")
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<img class="chart" src="data:image/png;base64,{data}" '
        f'alt="{html.escape(words, quote=True)}">'
        + ('<p class="meta">Dashed: my first answers; solid: my latest.</p>' if earlier else "")
    )
