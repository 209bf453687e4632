"""What the room answered, without names: per exercise the answers given and how many were
right, the average self-assessment with its spread, the most common faults behind free-text
answers that missed, and the reflections and written answers participants chose to share."""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..feedback.candor import ELEMENT_CUES
from .labels import exercise_ids, spec
from .room import Room

CHOICE_KINDS = {"single_choice", "multiple_select"}
# a sorting exercise's item put in the wrong group, counted as a choice: "misplaced:ITEM>GROUP"
# (facilitator walkthrough 72: "sorted into the wrong group" hid which group, the debrief's point)
MISPLACED = "misplaced:"
INTO = ">"
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


@dataclass(frozen=True)
class SharedAnswer:
    """A written answer a participant shared, with the exercise it answers."""

    lesson: str
    exercise: str
    title: str
    text: str

    def __str__(self) -> str:
        return f"{self.title}: {self.text}"


@dataclass
class Summary:
    participants: int
    exercises: list[ExerciseSummary]
    profile: dict[str, tuple[float, float, int]]  # dimension -> (mean, spread, how many)
    pitfalls: list[tuple[str, int]]
    reflections: list[str]  # every shared answer, "Title: words", in the order of ``shared``
    # one per self-assessment: (lesson, exercise) -> dimension -> every rating given
    scales: dict[tuple[str, str], dict[str, list[int]]] = field(default_factory=dict)
    shared: list[SharedAnswer] = field(default_factory=list)  # by lesson, then exercise


def summarize(room: Room, lesson: str | None = None) -> Summary:
    """The room in numbers and words; every participant's latest answer to each exercise (of
    ``lesson`` only, when given: its faults and reflections too, for debriefing that lesson)."""
    exercises: dict[tuple[str, str], ExerciseSummary] = {}
    ratings: dict[str, list[int]] = defaultdict(list)
    scales: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    reasons = Reasons()
    written: list[SharedAnswer] = []
    for journal in room.journals:
        for event in _latest(journal["events"]):
            if lesson is not None and event["lesson"] != lesson:
                continue
            key = (event["lesson"], event["exercise"])
            summary = exercises.setdefault(key, ExerciseSummary(*key, event["kind"]))
            _count(summary, event, ratings, reasons, written)
            if event["kind"] == "scale" and isinstance(event["answer"], dict):
                for dimension, value in event["answer"].items():
                    scales[key][dimension].append(value)
    # All of them (walkthrough 72: 12 of 83 were shown, and nothing said so), each exercise's
    # together, in lesson order; within one, in an order that is neither who sent it nor when.
    # The same words twice are read aloud once.
    order = sorted(dict.fromkeys(written), key=_reading_order)
    return Summary(
        participants=len(room.journals),
        exercises=sorted(exercises.values(), key=lambda s: (s.lesson, s.exercise)),
        profile={
            name: (statistics.fmean(values), statistics.pstdev(values), len(values))
            for name, values in sorted(ratings.items())
        },
        pitfalls=reasons.of_misses().most_common(5),
        reflections=[str(answer) for answer in order],
        scales={key: dict(value) for key, value in sorted(scales.items())},
        shared=order,
    )


def _reading_order(answer: SharedAnswer) -> tuple[str, int, str, str]:
    found = exercise_ids(answer.lesson)
    place = found.index(answer.exercise) if answer.exercise in found else len(found)
    text = hashlib.sha256(answer.text.encode()).hexdigest()
    return (answer.lesson, place, answer.exercise, text)


def held_back(lesson: str, exercise: str) -> bool:
    """Start here's pre-assessment: learners were told there is no verdict, so none is scored."""
    found = spec(lesson, exercise)
    return found is not None and found.assessment == "pre"


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
    reasons: Reasons,
    written: list[str],
) -> None:
    summary.answered += 1
    if event["correct"] is not None and not held_back(summary.lesson, summary.exercise):
        summary.graded += 1
        summary.correct += bool(event["correct"])
        score = event["score"]
        summary.credit += min(max(score, 0.0), 1.0) if score is not None else event["correct"]
    answer, kind = event["answer"], event["kind"]
    if kind in CHOICE_KINDS:
        summary.choices.update([answer] if isinstance(answer, str) else list(answer))
    elif kind == "categorize" and isinstance(answer, dict):
        # what divided the room is the items sorted wrong (facilitator walkthrough 56: the
        # column was empty for a sorting exercise)
        found = spec(summary.lesson, summary.exercise)
        right = {item.id: item.category for item in getattr(found, "items", [])}
        summary.choices.update(
            f"{MISPLACED}{item}{INTO}{group}"
            for item, group in answer.items()
            if right.get(item, group) != group
        )
    elif kind == "scale" and isinstance(answer, dict):
        for dimension, value in answer.items():
            if isinstance(value, int):
                ratings[dimension].append(value)
    elif kind == "free_text" and event["correct"] is not None:
        reasons.add(summary.lesson, summary.exercise, event)
    # a written answer the participant shared is read out in the debrief, as the guide tells
    # the room (facilitator walkthrough 56), named by its exercise; a reflection too, since a
    # lesson may ask several (walkthrough 61: lesson 10's action plan came out bare)
    if kind in ("free_text", "reflection") and isinstance(answer, str) and answer.strip():
        found = spec(summary.lesson, summary.exercise)
        title = found.title if found is not None else summary.exercise
        written.append(SharedAnswer(summary.lesson, summary.exercise, title, answer.strip()))


WHY = ("Why: ", "Cue: ")  # how free-text feedback names its reasons (Cue: before 2026-11-30)
CUE_NAME = re.compile(r"^[a-z]+: ")  # "vagueness: no specific moment" where no words showed it
HABITS = frozenset(ELEMENT_CUES.values())  # what a straight message has ("asks for something")


@dataclass
class Reasons:
    """The reasons free-text feedback gave, per exercise, for answers that missed and that met
    the target. What misses had in common is a fault: a reason also given for a right answer to
    the same exercise, or a known good habit, is not one."""

    missed: Counter = field(default_factory=Counter)  # (lesson, exercise, reason) -> count
    met: set = field(default_factory=set)  # (lesson, exercise, reason)

    def add(self, lesson: str, exercise: str, event: dict[str, Any]) -> None:
        found = {_reason(line) for line in event["feedback"].splitlines() if line.startswith(WHY)}
        for reason in found:
            if event["correct"]:
                self.met.add((lesson, exercise, reason))
            else:
                self.missed[(lesson, exercise, reason)] += 1

    def of_misses(self) -> Counter:
        faults: Counter = Counter()
        for (lesson, exercise, reason), count in self.missed.items():
            if reason not in HABITS and (lesson, exercise, reason) not in self.met:
                faults[reason] += count
        return faults


def _reason(line: str) -> str:
    """The reason a feedback line gives, without the learner's quoted words: what a room had in
    common is the habit ("sounds like blame"), and the words are theirs."""
    reason = line.removeprefix(WHY[0]).removeprefix(WHY[1])
    quoted, mark, rest = reason.partition("”: ")
    if mark and quoted.startswith("“"):
        return rest
    return CUE_NAME.sub("", reason)  # the same reason, whether words showed it or not
