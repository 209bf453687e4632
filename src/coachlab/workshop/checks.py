"""Cross-checks of the workshop kit against the lessons and content/ideas.yaml, made when it is
loaded: each problem comes back with the file and the field, as the lesson loader's do."""

from __future__ import annotations

from ..content import ContentError
from .models import CUES, Block


def check_activities(path, activities, lessons, ideas) -> None:
    problems, seen = [], set()
    for i, act in enumerate(activities):
        where = f"activities[{i}]"
        if act.id in seen:
            problems.append((f"{where}.id", f"{act.id!r} is used twice"))
        seen.add(act.id)
        if act.lesson not in lessons:
            problems.append((f"{where}.lesson", f"no lesson {act.lesson!r}"))
            continue
        taught = lessons[act.lesson].lesson.ideas
        problems += [
            (f"{where}.ideas", f"{x!r} is not among lesson {act.lesson}'s ideas: {taught}")
            for x in act.ideas
            if x not in taught
        ]
        for k, item in enumerate(act.observer):
            problems += [
                (f"{where}.observer[{k}].ideas", f"{x!r} is not in content/ideas.yaml")
                for x in item.ideas
                if x not in ideas
            ]
            problems += [
                (f"{where}.observer[{k}].cues", f"{c!r} is not a cue; expected: {sorted(CUES)}")
                for c in item.cues
                if c not in CUES
            ]
        needed = {"pair": 2, "trio": 3}.get(act.grouping, 0)
        if len(act.roles) < needed:
            problems.append((f"{where}.roles", f"a {act.grouping} needs {needed} role briefs"))
        if needed and not act.observer:
            problems.append((f"{where}.observer", "a pair or trio needs an observer sheet"))
    if problems:
        raise ContentError(path, problems)


def check_block(path, where, block: Block, activities, lessons, ideas) -> None:
    problems = []
    if block.activity is not None:
        act = activities.get(block.activity)
        if act is None:
            problems.append((f"{where}.activity", f"no activity {block.activity!r}"))
        elif block.minutes not in (None, act.minutes) or block.grouping not in (None, act.grouping):
            problems.append((where, "minutes and grouping come from the activity; leave them out"))
    elif block.minutes is None or block.grouping is None:
        problems.append((where, "a block without an activity needs minutes and grouping"))
    if block.kind != "break" and block.says is None and block.activity is None:
        problems.append((f"{where}.says", "what the facilitator says to launch it is missing"))
    lesson = lessons.get(block.lesson) if block.lesson else None
    if block.lesson and lesson is None:
        problems.append((f"{where}.lesson", f"no lesson {block.lesson!r}"))
    if lesson is not None:
        known = {spec.id for spec in lesson.exercises}
        problems += [
            (f"{where}.exercises", f"lesson {block.lesson} has no exercise {x!r}")
            for x in block.exercises
            if x not in known
        ]
        problems += [
            (f"{where}.ideas", f"{x!r} is not among lesson {block.lesson}'s ideas")
            for x in block.ideas
            if x not in lesson.lesson.ideas
        ]
    else:
        problems += [
            (f"{where}.ideas", f"{x!r} is not in content/ideas.yaml")
            for x in block.ideas
            if x not in ideas
        ]
    if problems:
        raise ContentError(path, problems)
