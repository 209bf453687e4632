"""What the room answered, without names: per exercise the answers given and how many were
right, the average self-assessment with its spread, the most common cues behind free-text
answers that missed, and the reflections participants chose to share."""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .room import Room

CHOICE_KINDS = {"single_choice", "multiple_select"}
TEXT_KINDS = {"reflection", "free_text"}  # shown only when the participant chose to share


@dataclass
class ExerciseSummary:
    lesson: str
    exercise: str
    kind: str
    answered: int = 0
    correct: int = 0
    graded: int = 0  # answers with a right or wrong verdict
    credit: float = 0.0  # partial credit: 7 of 8 statements sorted right counts 0.875
    choices: Counter = field(default_factory=Counter)

    @property
    def correct_share(self) -> float | None:
        """The room's average credit (a fully right answer is 1; a partly right one, its
        score), so "7 of 8" is not counted as nothing."""
        return self.credit / self.graded if self.graded else None


@dataclass
class Summary:
    participants: int
    exercises: list[ExerciseSummary]
    profile: dict[str, tuple[float, float, int]]  # dimension -> (mean, spread, how many)
    pitfalls: list[tuple[str, int]]
    reflections: list[str]
    # one per self-assessment: (lesson, exercise) -> dimension -> every rating given
    scales: dict[tuple[str, str], dict[str, list[int]]] = field(default_factory=dict)


def summarize(room: Room, reflections: int = 12) -> Summary:
    """The room in numbers and words; every participant's latest answer to each exercise."""
    exercises: dict[tuple[str, str], ExerciseSummary] = {}
    ratings: dict[str, list[int]] = defaultdict(list)
    scales: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    pitfalls: Counter = Counter()
    written: list[str] = []
    for journal in room.journals:
        for event in _latest(journal["events"]):
            key = (event["lesson"], event["exercise"])
            summary = exercises.setdefault(key, ExerciseSummary(*key, event["kind"]))
            _count(summary, event, ratings, pitfalls, written)
            if event["kind"] == "scale" and isinstance(event["answer"], dict):
                for dimension, value in event["answer"].items():
                    scales[key][dimension].append(value)
    unique = dict.fromkeys(written)  # the same words twice are read aloud once
    order = sorted(unique, key=lambda text: hashlib.sha256(text.encode()).hexdigest())
    return Summary(
        participants=len(room.journals),
        exercises=sorted(exercises.values(), key=lambda s: (s.lesson, s.exercise)),
        profile={
            name: (statistics.fmean(values), statistics.pstdev(values), len(values))
            for name, values in sorted(ratings.items())
        },
        pitfalls=pitfalls.most_common(5),
        reflections=order[:reflections],
        scales={key: dict(value) for key, value in sorted(scales.items())},
    )


def _latest(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each exercise's latest event; a participant's own words only when they shared them."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        latest[(event["lesson"], event["exercise"])] = event
    return [e for e in latest.values() if e["kind"] not in TEXT_KINDS or e.get("shared")]


def _count(
    summary: ExerciseSummary,
    event: dict[str, Any],
    ratings: dict[str, list[int]],
    pitfalls: Counter,
    written: list[str],
) -> None:
    summary.answered += 1
    if event["correct"] is not None:
        summary.graded += 1
        summary.correct += bool(event["correct"])
        score = event["score"]
        summary.credit += min(max(score, 0.0), 1.0) if score is not None else event["correct"]
    answer, kind = event["answer"], event["kind"]
    if kind in CHOICE_KINDS:
        summary.choices.update([answer] if isinstance(answer, str) else list(answer))
    elif kind == "scale" and isinstance(answer, dict):
        for dimension, value in answer.items():
            if isinstance(value, int):
                ratings[dimension].append(value)
    elif kind == "free_text" and event["correct"] is False:
        pitfalls.update(
            _reason(line) for line in event["feedback"].splitlines() if line.startswith(WHY)
        )
    elif kind == "reflection" and isinstance(answer, str) and answer.strip():
        written.append(answer.strip())


WHY = ("Why: ", "Cue: ")  # how free-text feedback names its reasons (Cue: before 2026-11-30)


def _reason(line: str) -> str:
    """The reason a feedback line gives, without the learner's quoted words: what a room had in
    common is the habit ("sounds like blame"), and the words are theirs."""
    reason = line.removeprefix(WHY[0]).removeprefix(WHY[1])
    quoted, mark, rest = reason.partition("”: ")
    return rest if mark and quoted.startswith("“") else reason
