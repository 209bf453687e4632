"""How long a lesson takes, from its content: reading at about 200 words a minute, plus a time
per exercise by kind. The stated ``minutes`` of each lesson are held to this (a test), so
learners and facilitators can plan with them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .content import load_lesson

WORDS_PER_MINUTE = 200
MINUTES_PER_EXERCISE = {  # reading the prompt and options, answering, reading the feedback
    "single_choice": 1.5,
    "multiple_select": 2.0,
    "categorize": 3.0,
    "order": 2.5,
    "scale": 2.5,
    "free_text": 3.0,
    "scenario": 4.0,
    "reflection": 3.0,
}
CALL = re.compile(r"""coachlab\.exercise\(\s*"(\d\d)",\s*"([a-z0-9-]+)"\s*\)""")
ROOT = Path(__file__).resolve().parents[2]


def estimate(number: str, root: Path = ROOT) -> tuple[float, float]:
    """(reading minutes, exercise minutes) for the lesson notebook of lesson ``number``."""
    path = next((root / "notebooks").glob(f"{number}_*.ipynb"))
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    markdown = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    reading = len(re.findall(r"[\w'’-]+", markdown)) / WORDS_PER_MINUTE
    lesson = load_lesson(number)
    shown = [
        m[2] for c in cells if c["cell_type"] == "code" for m in CALL.finditer("".join(c["source"]))
    ]
    work = sum(MINUTES_PER_EXERCISE[lesson.exercise(exercise_id).kind] for exercise_id in shown)
    return reading, work


def main() -> None:
    from .content import declared_order

    for stem in declared_order():
        reading, work = estimate(stem[:2])
        stated = load_lesson(stem[:2]).lesson.minutes
        print(
            f"{stem}: stated {stated} min; content {reading + work:.0f} min "
            f"(reading {reading:.0f}, exercises {work:.0f})"
        )


if __name__ == "__main__":
    main()
