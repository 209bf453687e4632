"""Each lesson as a static, read-only page for paper and projector, when machines fail.

The lesson notebook's own text, in order, with each exercise shown as questions to answer on
paper; the facilitator version adds the answer keys and each answer's reason. Interactive panels
that need a kernel (the journal, charts) are named, not drawn.
"""

from __future__ import annotations

import json
import re

from ..content import Lesson
from ..specs import (
    CategorizeSpec,
    FreeTextSpec,
    MultipleSelectSpec,
    OrderSpec,
    ReflectionSpec,
    ScaleSpec,
    ScenarioSpec,
    SingleChoiceSpec,
)
from ..timing import CALL, ROOT
from .page import esc, lines, md, page

ON_PAPER = {  # the prompts speak of buttons; on paper this is what to do instead
    "single_choice": "Tick one.",
    "multiple_select": "Tick every one that applies.",
    "categorize": "Write the group after each statement.",
    "order": "Number the steps in order.",
    "scale": "Tick one box per line.",
    "free_text": "Write your answer; read it to a partner.",
    "scenario": "Choose, then discuss; or vote with the room.",
    "reflection": "Write a few sentences for yourself.",
}


def lesson_page(lesson: Lesson, facilitator: bool) -> str:
    meta = lesson.lesson
    path = next((ROOT / "notebooks").glob(f"{meta.number}_*.ipynb"))
    parts = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            parts.append(md(source))
            continue
        calls = list(CALL.finditer(source))
        if calls:
            parts += [exercise(lesson.exercise(c[2]), facilitator) for c in calls]
        elif source.strip() != "import coachlab":
            parts.append(
                '<p class="ours">[In the workbook, an interactive panel appears here.]</p>'
            )
    kicker = (
        "Paper lesson · facilitator version with answer keys" if facilitator else "Paper lesson"
    )
    title = f"{meta.number} · {meta.title}" + (" (facilitator)" if facilitator else "")
    return page(title, "".join(parts), kicker)


def paragraphs(prompt: str) -> str:
    """A prompt, escaped; a blank line in its YAML (a line break) starts a new paragraph."""
    return "</p><p>".join(esc(part.strip()) for part in prompt.split("\n"))


def exercise(spec, facilitator: bool) -> str:
    stop = "" if spec.title[-1] in ".?!" else "."
    body = [
        f'<div class="exercise"><p><strong>{esc(spec.title)}{stop}</strong> '
        f"{paragraphs(spec.prompt)} <em>On paper: {esc(ON_PAPER[spec.kind])}</em></p>"
    ]
    if isinstance(spec, (SingleChoiceSpec, MultipleSelectSpec)):
        body.append(_options(spec, facilitator))
    elif isinstance(spec, CategorizeSpec):
        body.append(_categorize(spec, facilitator))
    elif isinstance(spec, OrderSpec):
        body.append(_order(spec, facilitator))
    elif isinstance(spec, ScaleSpec):
        head = "".join(f"<th>{esc(p)}</th>" for p in spec.scale)
        rows = "".join(
            f"<tr><td>{esc(d.label)}</td>" + '<td><span class="box"></span></td>' * len(spec.scale)
            for d in spec.dimensions
        )
        body.append(f"<table><tr><th></th>{head}</tr>{rows}</table>")
        if facilitator:
            body.append('<div class="key">No right answer: a private self-assessment.</div>')
    elif isinstance(spec, ScenarioSpec):
        body.append(_scenario(spec, facilitator))
    elif isinstance(spec, (FreeTextSpec, ReflectionSpec)):
        body.append(lines(4))
        if facilitator and isinstance(spec, FreeTextSpec) and spec.expect:
            wanted = ", ".join(f"{k}: {v}" for k, v in spec.expect.items())
            body.append(
                f'<div class="key">The workbook\'s {esc(spec.analyzer)} checker looks '
                f"for {esc(wanted)}. {esc(spec.placeholder)}</div>"
            )
    return "".join(body) + "</div>"


def _options(spec, facilitator: bool) -> str:
    correct = {spec.correct} if isinstance(spec, SingleChoiceSpec) else set(spec.correct)
    out = ["<ol>"]
    for option in spec.options:
        out.append(f'<li><span class="box"></span>{esc(option.text)}')
        if facilitator:
            mark = "Yes. " if option.id in correct else ("" if None in correct else "No. ")
            out.append(f'<div class="key">{mark}{esc(option.feedback)}</div>')
        out.append("</li>")
    return "".join([*out, "</ol>"])


def _categorize(spec: CategorizeSpec, facilitator: bool) -> str:
    labels = {c.id: c.label for c in spec.categories}
    groups = " / ".join(esc(c.label) for c in spec.categories)
    out = [f"<p>Groups: {groups}</p><ol>"]
    for item in spec.items:
        out.append(f"<li>{esc(item.text)} &nbsp; ______")
        if facilitator:
            out.append(f'<div class="key">{esc(labels[item.category])}. {esc(item.reason)}</div>')
        out.append("</li>")
    return "".join([*out, "</ol>"])


def _order(spec: OrderSpec, facilitator: bool) -> str:
    shown = sorted(spec.steps, key=lambda s: s.text)
    if [s.id for s in shown] == [s.id for s in spec.steps]:
        shown.reverse()
    out = "<ul>" + "".join(f"<li>___ {esc(s.text)}</li>" for s in shown) + "</ul>"
    if facilitator:
        out += (
            '<div class="key"><ol>'
            + "".join(f"<li>{esc(s.text)}: {esc(s.why)}</li>" for s in spec.steps)
            + "</ol></div>"
        )
    return out


def _scenario(spec: ScenarioSpec, facilitator: bool) -> str:
    start = spec.nodes[spec.start]
    who = f"{esc(start.speaker)}: " if start.speaker else ""
    out = [f"<blockquote>{who}{esc(start.text)}</blockquote><p>What would you say?</p><ol>"]
    out += [f"<li>{esc(c.text)}</li>" for c in start.choices]
    out.append("</ol>")
    if facilitator:
        out.append('<div class="key"><p>Read the conversation aloud; let the room vote.</p>')
        for node_id, node in spec.nodes.items():
            speaker = f"{esc(node.speaker)}: " if node.speaker else ""
            out.append(f"<p><strong>{esc(node_id)}</strong> {speaker}{esc(node.text)}</p>")
            if node.ending:
                verdict = "a good ending" if node.good else "a poor ending"
                out.append(f"<p><em>{verdict}.</em> {esc(node.debrief)}</p>")
            out += [
                f"<p>→ {esc(c.text)} <em>(trust {c.trust:+d}; to {esc(c.next)})</em> "
                f"{esc(c.consequence)}</p>"
                for c in node.choices
            ]
        out.append("</div>")
    return "".join(out)


def slug(lesson: Lesson) -> str:
    return re.sub(r"[^a-z0-9_]", "", f"{lesson.lesson.number}_{lesson.lesson.slug}")
