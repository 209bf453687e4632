"""A made-up room of participants' room exports, from the real lesson content: to try the
dashboard before a workshop, and for its tests and benchmark. Seeded, so the same room every
time. Like real participants, some share their written answers and most do not, and most get
most things right: a room that looks like a room learning, not one answering at random."""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from ..content import load_lesson
from ..export import SCHEMA_VERSION, to_json
from ..feedback import ANALYZERS
from ..journal_schema import ROOM_FORMAT
from ..plural import count
from ..room_export import TEXT_KINDS, about, room_events

# Every lesson of the 90-minute agenda (00, 04, 05, 07, 09, 10), and 01 and 02 besides
LESSONS = ("00", "01", "02", "04", "05", "07", "09", "10")
SHARE = 0.5  # how often a made-up participant shares a written answer
RIGHT = 0.7  # how often a made-up participant picks the right option, or places one right
FREE_TEXT = {
    "question": [
        "What got in the way this week?",
        "Did you finish the report?",
        "How did the client react?",
        "Why did you miss it?",
    ],
    "request": [
        # what is in it for them too, as lesson 06's own case asks (``requires: [their-gain]``)
        "Could you send the figures by Friday? It'd give you a first look at the new budget. "
        "Tell me if that's tight.",
        "Send me the figures by Friday.",
        "What would help you get the figures to me?",
    ],
    "framing": [
        "I'll call the supplier today and line up a backup.",
        "Nothing I can do, they're always late.",
        "Let me draft two options tonight.",
    ],
    "candor": [
        "In Monday's meeting you cut Sam off twice; he stopped talking. Can you let him "
        "finish next time?",
        "You're always interrupting people.",
        "Maybe some stuff?",
    ],
}
REFLECTIONS = [
    "I give answers too quickly. I'll ask one more question before I suggest anything.",
    "My one-on-ones are status updates. Next week I'll ask what is getting in the way.",
    "I realized I decide the team's goals alone. I'll draft them with Amira and Joel.",
    "I avoid hard conversations. I'll talk to Chris about the handovers on Thursday.",
    "I want to be more accessible: two open slots a week, starting Monday.",
]


def demo_room(participants: int = 30, seed: int = 0) -> list[tuple[str, bytes]]:
    """``participants`` exported journals as (file name, bytes), as a facilitator collects them."""
    rng = random.Random(seed)  # noqa: S311 (made-up data, not security)
    specs = [(key, spec) for key in LESSONS for spec in load_lesson(key).exercises]
    files = []
    for number in range(1, participants + 1):
        events = [
            event
            for key, spec in specs
            if rng.random() < 0.8
            for event in [_event(rng, key, spec, number)]
            if event
        ]
        kept = room_events(events, choices=True)  # made-up people who included them
        shared = sum(e["kind"] in TEXT_KINDS for e in kept)
        journal = {
            "about": about(shared, choices=True),
            "format": ROOM_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "events": kept,
        }
        files.append((f"made-up-{number:03d}.json", to_json(journal).encode()))
    return files


def _event(rng: random.Random, lesson: str, spec: Any, number: int) -> dict[str, Any] | None:
    answer, correct, score, feedback = _answer(rng, spec)
    if answer is None:
        return None
    at = f"2026-11-23T{9 + number % 8:02d}:{rng.randrange(60):02d}:00+00:00"
    return {
        "at": at,
        "lesson": lesson,
        "exercise": spec.id,
        "kind": spec.kind,
        "answer": answer,
        "correct": correct,
        "score": score,
        "feedback": feedback,
        "shared": spec.kind in TEXT_KINDS and rng.random() < SHARE,
    }


def _answer(rng: random.Random, spec: Any) -> tuple[Any, bool | None, float | None, str]:
    if spec.kind == "single_choice":
        options = [o for o in spec.options if o.id == spec.correct]
        if not options or rng.random() >= RIGHT:
            options = spec.options
        option = rng.choice(options)
        right = None if spec.correct is None else option.id == spec.correct
        return option.id, right, None if right is None else float(right), option.feedback
    if spec.kind == "multiple_select":
        odds = {True: 0.85, False: 1 - RIGHT}  # picks most right options, a few wrong ones
        chosen = {o.id for o in spec.options if rng.random() < odds[o.id in spec.correct]}
        chosen = sorted(chosen or {spec.options[0].id})
        found, wrong = set(chosen) & set(spec.correct), set(chosen) - set(spec.correct)
        score = max(0.0, (len(found) - len(wrong)) / len(spec.correct))  # as the widget scores
        right = set(chosen) == set(spec.correct)
        return chosen, right, score, f"You found {len(found)}."
    if spec.kind == "scale":
        ratings = {d.id: rng.randint(1, len(spec.scale)) for d in spec.dimensions}
        return ratings, None, None, "Your two lowest, with one thing to try for each."
    if spec.kind == "categorize":
        groups = [category.id for category in spec.categories]
        answer = {
            item.id: item.category if rng.random() < RIGHT + 0.15 else rng.choice(groups)
            for item in spec.items
        }
        placed = sum(answer[item.id] == item.category for item in spec.items)
        score = placed / len(spec.items)
        return answer, placed == len(spec.items), score, f"{placed} of {len(spec.items)} right."
    if spec.kind == "order":
        steps = [step.id for step in spec.steps]
        if rng.random() >= RIGHT:  # two neighbours swapped: the usual slip
            at = rng.randrange(len(steps) - 1)
            steps[at], steps[at + 1] = steps[at + 1], steps[at]
        placed = sum(a == b.id for a, b in zip(steps, spec.steps, strict=True))
        score = placed / len(steps)
        return (
            steps,
            placed == len(steps),
            score,
            f"{placed} of {count(len(steps), 'step')} in place.",
        )
    if spec.kind == "free_text":
        expect = tuple(sorted(spec.expect.items()))
        good, other = _read_answers(spec.analyzer, expect, tuple(spec.requires))
        text, right, feedback = rng.choice(good if good and rng.random() < RIGHT else other or good)
        return text, right, None, feedback
    if spec.kind == "reflection":
        return rng.choice(REFLECTIONS), None, None, "Saved in your journal."
    return None, None, None, ""


@cache
def _read_answers(
    analyzer: str, expect: tuple[tuple[str, str], ...], requires: tuple[str, ...] = ()
) -> tuple[list, list]:
    """Each made-up answer read once, as (text, verdict, feedback): those an exercise would
    tick, and the others."""
    reading = ANALYZERS[analyzer]
    read = []
    for text in FREE_TEXT[analyzer]:
        result = reading.function(text)
        feedback = "\n".join(f"Why: {cue}" for cue in result.cues)
        read.append((text, reading.meets(result, dict(expect), requires), feedback))
    return [r for r in read if r[1]], [r for r in read if not r[1]]
