"""The journal in words, for people: per lesson, each exercise's question as the learner saw
it, their answer in words (option text, never letters or ids), the verdict and feedback, and
the date in words. The HTML page and the Markdown file both render this one view.

Content comes from the lesson YAML; an answer whose exercise or option is no longer there (the
lesson changed since) is shown with what the journal holds, never dropped.

Start here's pre-assessment keeps its verdicts back, in the journal as in the notebook ("✎ Noted"),
until the learner has answered lesson 10's parallel questions, which reveal them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .dates import date_in_words
from .widgets.base import HELD, Result

REVEALING_LESSON = "10"  # its post-assessment shows what Start here held back

KIND_WORDS = {
    "single_choice": "Choose one",
    "multiple_select": "Tick all that apply",
    "categorize": "Sort into groups",
    "order": "Put in order",
    "scale": "Self-assessment",
    "free_text": "In your own words",
    "scenario": "Conversation",
    "reflection": "Reflection",
}


@dataclass
class Profile:
    """A self-assessment's first and latest ratings, for a chart and its words."""

    labels: list[str]
    first: list[int]
    latest: list[int]
    scale: list[str]


@dataclass
class Entry:
    title: str
    kind: str
    prompt: str
    answer: list[str]  # one line each (a choice, a step, a rating)
    verdict: str
    feedback: str
    when: str
    shared: bool = False
    profile: Profile | None = None


@dataclass
class LessonView:
    key: str
    title: str
    entries: list[Entry] = field(default_factory=list)


def journal_view(data: dict[str, Any]) -> list[LessonView]:
    """Every lesson with answers, in lesson order; each exercise once (its latest answer)."""
    history: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for event in data["events"]:
        history[event["lesson"]][event["exercise"]].append(event)
    revealed = _post_assessment_answered(history)
    views = []
    for key in sorted(history):
        content = _lesson(key)
        title = f"{key} · {content.lesson.title}" if content else f"Lesson {key}"
        specs = {spec.id: spec for spec in content.exercises} if content else {}
        order = list(specs)
        ids = sorted(history[key], key=lambda i: (order.index(i) if i in order else len(order), i))
        view = LessonView(key, title)
        for exercise_id in ids:
            entry = _entry(specs.get(exercise_id), history[key][exercise_id], revealed)
            view.entries.append(entry)
        views.append(view)
    return views


def _lesson(key: str) -> Any:
    from .content import ContentError, load_lesson

    try:
        return load_lesson(key)
    except (ContentError, FileNotFoundError, ValueError, TypeError):
        return None


def _post_assessment_answered(history: dict[str, dict[str, list[dict[str, Any]]]]) -> bool:
    """True once the journal holds an answer to lesson 10's post-assessment."""
    if REVEALING_LESSON not in history:
        return False
    content = _lesson(REVEALING_LESSON)
    posts = {s.id for s in content.exercises if s.assessment == "post"} if content else set()
    return bool(posts & set(history[REVEALING_LESSON]))


def _result(spec: Any, last: dict[str, Any], revealed: bool) -> Result:
    """The verdict as the learner may see it now: a held-back one stays "✎ Noted" until lesson
    10 reveals it, then comes with the feedback Start here kept back (as lesson 10 shows it)."""
    held = last["feedback"] == HELD or (spec is not None and spec.assessment == "pre")
    if not held:
        return Result.kept(last.get("kind"), spec, last["correct"], last["feedback"])
    if revealed and spec is not None:
        from .widgets import build

        try:
            return build(spec)._check(last["answer"])
        except (KeyError, ValueError, TypeError, AttributeError, IndexError):
            pass  # the lesson changed since: keep the verdict back rather than guess
    return Result(correct=None, feedback=HELD)


def _entry(spec: Any, events: list[dict[str, Any]], revealed: bool = False) -> Entry:
    last = events[-1]
    result = _result(spec, last, revealed)
    try:
        answer = answer_in_words(spec, last["answer"]) if spec else _raw(last["answer"])
    except (KeyError, ValueError, TypeError, AttributeError, IndexError):
        answer = _raw(last["answer"])
    return Entry(
        title=spec.title if spec else last["exercise"],
        kind=KIND_WORDS.get(last["kind"], last["kind"]),
        prompt=spec.prompt if spec else "",
        answer=answer,
        verdict=result.verdict,
        feedback=result.message,
        when=date_in_words(last["at"]),
        shared=bool(last.get("shared")),
        profile=_profile(spec, events) if spec is not None and last["kind"] == "scale" else None,
    )


def answer_in_words(spec: Any, answer: Any) -> list[str]:
    """The answer as the learner saw it on screen."""
    kind = spec.kind
    if kind in ("free_text", "reflection"):
        return [answer]
    if kind in ("single_choice", "multiple_select"):
        options = {o.id: o.text for o in spec.options}
        return [options[i] for i in ([answer] if isinstance(answer, str) else answer)]
    if kind == "order":
        steps = {s.id: s.text for s in spec.steps}
        return [f"{n}. {steps[i]}" for n, i in enumerate(answer, 1)]
    if kind == "categorize":
        items = {i.id: i.text for i in spec.items}
        groups = {c.id: c.label for c in spec.categories}
        return [f"{items[i]} → {groups[g]}" for i, g in answer.items()]
    if kind == "scale":
        labels = {d.id: d.label for d in spec.dimensions}
        return [
            f"{labels[d]}: {v} of {len(spec.scale)} ({spec.scale[v - 1]})"
            for d, v in answer.items()
        ]
    if kind == "scenario":
        texts: dict[str, str] = {}
        for node in spec.nodes.values():
            texts.update({c.id: c.text for c in node.choices})
        return [f"{n}. {texts[i]}" for n, i in enumerate(answer, 1)]
    return _raw(answer)


def _profile(spec: Any, events: list[dict[str, Any]]) -> Profile | None:
    ids = [d.id for d in spec.dimensions]
    fitting = [
        e["answer"]
        for e in events
        if isinstance(e["answer"], dict)
        and all(1 <= e["answer"].get(i, 0) <= len(spec.scale) for i in ids)
    ]
    if not fitting:
        return None
    first, latest = ([a[i] for i in ids] for a in (fitting[0], fitting[-1]))
    return Profile([d.label for d in spec.dimensions], first, latest, list(spec.scale))


def _raw(answer: Any) -> list[str]:
    if isinstance(answer, list):
        return [str(item) for item in answer]
    if isinstance(answer, dict):
        return [f"{key}: {value}" for key, value in answer.items()]
    return [str(answer)]
