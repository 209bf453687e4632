"""The workshop kit loaded and checked against the lessons: agendas as timed designs.

``python -m coachlab.workshop.kit`` prints each agenda with its clock, its total and which of the
article's ideas it teaches (``make docs`` runs it too). ``problems()`` is what the tests hold to:
an agenda that does not add up, a lesson squeezed into less than its honest time, an agenda that
does not close with lesson 10's action plan, an idea no agenda teaches, an agenda that uses the
room's shared answers without first asking people to share one, a follow-up that leaves out a
lesson or misstates its time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..content import Lesson, content_dir, declared_order, load_lesson_file
from ..room_export import TEXT_KINDS
from ..timing import MINUTES_PER_EXERCISE
from ..widgets.consent import LABEL as SHARE_LABEL
from .checks import check_activities, check_block
from .models import Activities, Activity, Agenda, Agendas, Block, load_model, read_ideas

PLAN = ("plan-relationship", "plan-habit", "plan-ask")  # lesson 10's action plan
LONGEST_STRETCH = 100  # minutes of work before people need a break
# Words that put the room's shared answers to use: the room export sends them, the dashboard
# shows them. Answers are private until ticked, so without an ask first the dashboard is empty.
USES_SHARED = re.compile(r"Export what I shared for the room|\bdashboard\b")


@dataclass(frozen=True)
class Slot:
    start: int
    minutes: int
    block: Block
    grouping: str
    ideas: tuple[str, ...]
    activity: Activity | None

    @property
    def clock(self) -> str:
        return f"{self.start // 60}:{self.start % 60:02d}"


@dataclass(frozen=True)
class Kit:
    ideas: dict[str, str]
    lessons: dict[str, Lesson]
    activities: dict[str, Activity]
    agendas: list[Agenda]


def load_kit(directory: Path | None = None) -> Kit:
    """Everything in content/workshop/, checked against the lessons and the ideas."""
    directory = directory or content_dir()
    ideas = read_ideas(directory / "ideas.yaml")
    lessons = {
        stem[:2]: load_lesson_file(directory / f"{stem}.yaml") for stem in declared_order(directory)
    }
    acts_path = directory / "workshop/activities.yaml"
    agendas_path = directory / "workshop/agendas.yaml"
    activities = load_model(acts_path, Activities).activities
    agendas = load_model(agendas_path, Agendas).agendas
    check_activities(acts_path, activities, lessons, ideas)
    by_id = {a.id: a for a in activities}
    for i, agenda in enumerate(agendas):
        for j, block in enumerate(agenda.blocks):
            check_block(agendas_path, f"agendas[{i}].blocks[{j}]", block, by_id, lessons, ideas)
    return Kit(ideas, lessons, by_id, agendas)


def honest_minutes(block: Block, lesson: Lesson) -> float:
    """The least time a lesson block can take: the lesson's stated time, or for a part of it
    the time coachlab.timing gives its exercises."""
    if not block.exercises:
        return lesson.lesson.minutes
    kinds = {spec.id: spec.kind for spec in lesson.exercises}
    return sum(MINUTES_PER_EXERCISE[kinds[x]] for x in block.exercises)


def block_ideas(block: Block, kit: Kit) -> tuple[str, ...]:
    """What a block teaches: its activity's ideas, the ideas it names, else those of the
    exercises it does, else (a whole lesson) the lesson's."""
    found = list(block.ideas)
    if block.activity:
        found += kit.activities[block.activity].ideas
    if block.kind == "lesson" and block.lesson and not block.ideas:
        lesson = kit.lessons[block.lesson]
        if block.exercises:
            found += [i for s in lesson.exercises if s.id in block.exercises for i in s.ideas]
        else:
            found += lesson.lesson.ideas
    return tuple(dict.fromkeys(found))


def schedule(agenda: Agenda, kit: Kit) -> list[Slot]:
    slots, clock = [], 0
    for block in agenda.blocks:
        act = kit.activities.get(block.activity) if block.activity else None
        minutes = act.minutes if act else block.minutes
        grouping = act.grouping if act else block.grouping
        slots.append(Slot(clock, minutes, block, grouping, block_ideas(block, kit), act))
        clock += minutes
    return slots


def coverage(agenda: Agenda, kit: Kit) -> list[str]:
    """The ideas this agenda teaches, in the article's order."""
    taught = {i for slot in schedule(agenda, kit) for i in slot.ideas}
    return [i for i in kit.ideas if i in taught]


def problems(kit: Kit) -> list[str]:
    """Everything that makes an agenda unusable as planned (empty when all is well)."""
    found = []
    for agenda in kit.agendas:
        slots = schedule(agenda, kit)
        total = sum(s.minutes for s in slots)
        if total != agenda.minutes:
            found.append(f"{agenda.id}: blocks add up to {total} min, not {agenda.minutes}")
        stretch = 0
        for slot in slots:
            stretch = 0 if slot.block.kind == "break" else stretch + slot.minutes
            if stretch > LONGEST_STRETCH:
                found.append(f"{agenda.id}: {slot.block.title!r} ends {stretch} min unbroken")
            b = slot.block
            if b.kind == "lesson" and b.lesson:
                need = honest_minutes(b, kit.lessons[b.lesson])
                if slot.minutes < need:
                    found.append(f"{agenda.id}: {b.title!r} has {slot.minutes} min, needs {need:g}")
        plan = [k for k, s in enumerate(slots) if _is_plan(s.block)]
        after = slots[plan[0] + 1 :] if plan else []
        if not plan or any(s.block.lesson not in (None, "10") for s in after):
            found.append(f"{agenda.id}: does not close with lesson 10's action plan")
        found += sharing_unasked(agenda, slots, kit)
        found += follow_up_gaps(agenda, slots, kit)
    taught = {i for agenda in kit.agendas for i in coverage(agenda, kit)}
    found += [f"idea {i!r} is taught in no agenda" for i in kit.ideas if i not in taught]
    return found


# "work through lessons 02, 03, 06 and 08 on their own …, and the rest of 07 and 10 (about 2¼
# hours in all)"
HOMEWORK = re.compile(
    r"work through (Start here, )?lessons? ([\d ,and]+?) on their own[^(]*?"
    r"(?:the rest of ([\d ,and]+?))?\s*\(about ([\d¼½¾]+) hours?\b"
)
FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75}


def follow_up_gaps(agenda: Agenda, slots: list[Slot], kit: Kit) -> list[str]:
    """A follow-up that leaves out a lesson holding an idea the session did not teach, or whose
    stated time is not its lessons' time (the rest of a lesson: what the session did not use),
    to the nearest quarter hour."""
    taught = {idea for slot in slots for idea in slot.ideas}
    left = sorted(n for n, x in kit.lessons.items() if set(x.lesson.ideas) - taught)
    named = set(re.findall(r"\b\d\d\b", agenda.follow_up))
    found = [
        f"{agenda.id}: follow_up does not name lesson {n}, which holds ideas the session leaves out"
        for n in left
        if n not in named
    ]
    homework = HOMEWORK.search(agenda.follow_up)
    if homework:
        used: dict[str, int] = {}
        for slot in slots:
            if slot.block.kind == "lesson" and slot.block.lesson:
                used[slot.block.lesson] = used.get(slot.block.lesson, 0) + slot.minutes
        whole = ["00"] * bool(homework.group(1)) + re.findall(r"\d\d", homework.group(2))
        rest = re.findall(r"\d\d", homework.group(3) or "")
        minutes = sum(kit.lessons[n].lesson.minutes for n in whole) + sum(
            max(kit.lessons[n].lesson.minutes - used.get(n, 0), 0) for n in rest
        )
        said = homework.group(4)
        digits = said.rstrip("¼½¾")
        stated = (int(digits) if digits else 0) + FRACTIONS.get(said[-1], 0)
        if round(minutes / 15) / 4 != stated:
            found.append(
                f"{agenda.id}: follow_up says about {said} hours for lessons "
                f"{', '.join(whole + [f'the rest of {n}' for n in rest])}, which take {minutes} min"
            )
    return found


def sharing_unasked(agenda: Agenda, slots: list[Slot], kit: Kit) -> list[str]:
    """The first block that uses what people shared, when no block up to it asks them to tick
    the share box under an answer they write there (found by a walkthrough: an empty dashboard)."""
    used = next((k for k, s in enumerate(slots) if USES_SHARED.search(_said(s))), None)
    asked = next((k for k, s in enumerate(slots) if asks_to_share(s.block, kit)), None)
    if used is None or (asked is not None and asked <= used):
        return []
    title = slots[used].block.title
    return [f"{agenda.id}: {title!r} uses shared answers; nobody was asked to tick the share box"]


def asks_to_share(block: Block, kit: Kit) -> bool:
    """A lesson block that asks people to tick the share box, and does an exercise that has one
    (a written answer or a reflection)."""
    if block.kind != "lesson" or not block.lesson or f"“{SHARE_LABEL}”" not in (block.says or ""):
        return False
    done = [s for s in kit.lessons[block.lesson].exercises if s.id in block.exercises]
    return any(s.kind in TEXT_KINDS for s in done or kit.lessons[block.lesson].exercises)


def _said(slot: Slot) -> str:
    """What the facilitator says in this slot: the activity's launch, else the block's words."""
    return (slot.activity.launch if slot.activity else slot.block.says) or ""


def _is_plan(block: Block) -> bool:
    """Lesson 10 in full, or the part of it that holds the action plan."""
    whole = block.kind == "lesson" and not block.exercises
    return block.lesson == "10" and (whole or set(PLAN) <= set(block.exercises))


def report(kit: Kit) -> str:
    """Each agenda's total and coverage, as the tests and ``make docs`` print it."""
    lines = []
    for agenda in kit.agendas:
        slots, ideas = schedule(agenda, kit), coverage(agenda, kit)
        total = sum(s.minutes for s in slots)
        lines.append(
            f"{agenda.id}: {total} of {agenda.minutes} min, {len(slots)} blocks; "
            f"{len(ideas)} of {len(kit.ideas)} ideas"
        )
        missing = [i for i in kit.ideas if i not in ideas]
        if missing:
            lines.append(f"  left for follow-up: {', '.join(missing)}")
    return "\n".join([*lines, f"problems: {problems(kit) or 'none'}"])


if __name__ == "__main__":
    print(report(load_kit()))
