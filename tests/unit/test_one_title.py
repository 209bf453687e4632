"""One title per exercise (issue 12): the exercise shows its own title, so a Markdown heading
right above it must not say the same thing again, in any notebook a learner or author opens."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from coachlab.content import load_lesson

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted(
    path
    for folder in ("notebooks", "exercises", "solutions")
    for path in (ROOT / folder).glob("*.ipynb")
)
SHOWN = re.compile(r"""coachlab\.exercise\(\s*["'](\w+)["']\s*,\s*["']([\w-]+)["']\s*\)""")
HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.MULTILINE)
NUMBERING = re.compile(r"^(practice\s+)?\d+[.:)]?\s*")


def words(text: str) -> list[str]:
    """A title's words, without numbering ("5.", "Practice 1:"), case or punctuation."""
    return re.findall(r"[a-z0-9']+", NUMBERING.sub("", text.strip().lower()))


def near_duplicate(heading: str, title: str) -> bool:
    """The same words, one inside the other, or mostly the same words."""
    a, b = words(heading), words(title)
    if not a or not b:
        return False
    joined_a, joined_b = " ".join(a), " ".join(b)
    if joined_a in joined_b or joined_b in joined_a:
        return True
    shared = set(a) & set(b)
    return len(shared) / len(set(a) | set(b)) >= 0.5


def headed_exercises(path: Path) -> list[tuple[str, str, str]]:
    """(heading, lesson, exercise id) for each exercise whose nearest heading above it has no
    other exercise between them: the heading a learner reads just before its title."""
    heading, found = None, []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "markdown":
            headings = HEADING.findall(cell.source)
            heading = headings[-1] if headings else heading
        elif cell.cell_type == "code":
            for lesson, exercise_id in SHOWN.findall(cell.source):
                if heading is not None:
                    found.append((heading, lesson, exercise_id))
                heading = None
    return found


@pytest.mark.parametrize(
    ("heading", "title", "same"),
    [
        ("5. Dedication to their productivity", "Dedication to their productivity", True),
        ("Where you start", "Where you start (1 of 4): your first move", True),
        ("1. Invite a joint venture", "Practice 1: invite a joint venture", True),
        ("7. Free text: rewrite a request", "Rewrite a request", True),
        ("Reflect", "Your partnership, today", False),
        ("Try it", "Try the controls", False),
        ("Exercises", "Complete the definition", False),
    ],
)
def test_near_duplicates_are_recognized(heading, title, same):
    assert near_duplicate(heading, title) is same


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_heading_repeats_the_exercise_title(path):
    repeated = []
    for heading, lesson, exercise_id in headed_exercises(path):
        title = load_lesson(lesson).exercise(exercise_id).title
        if near_duplicate(heading, title):
            repeated.append(f"heading {heading!r} above exercise {exercise_id!r} ({title!r})")
    assert not repeated, f"{path.relative_to(ROOT)}: " + "; ".join(repeated)


def test_the_check_sees_every_shown_exercise():
    """The scan finds exercises in every kind of notebook, or it would pass by seeing none."""
    for folder in ("notebooks", "exercises", "solutions"):
        shown = [
            SHOWN.findall(c.source)
            for p in (ROOT / folder).glob("*.ipynb")
            for c in nbformat.read(p, as_version=4).cells
            if c.cell_type == "code"
        ]
        assert sum(map(len, shown)) >= 10, folder
