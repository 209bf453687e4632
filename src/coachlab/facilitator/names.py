"""A guess at whether a text names someone, so a facilitator checks before reading it aloud.

A heuristic, and says so: a capitalised word that does not start a sentence is taken as a
possible name ("I'll talk to Chris on Thursday" finds Chris), and so is a common first name
wherever it stands ("Chris was late", "asked chris"), from ``first_names.txt``. Days, months, "I"
and a few workplace words are left out. It still misses a rare name at the start of a sentence or
in lower case, and flags some places and products: it is a prompt to look, never a guarantee.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

WORD = re.compile(r"[^\W\d_][\w'’-]*")
NOT_NAMES = frozenset(
    [
        "i",
        "i'm",
        "i'll",
        "i've",
        "i'd",
        "ok",
        "okay",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "hr",
        "it",
        "ceo",
        "cto",
        "cfo",
        "ai",
    ]
)


@cache
def first_names() -> frozenset[str]:
    """The common first names flagged wherever they stand, lower case."""
    listed = files(__package__).joinpath("first_names.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in listed.splitlines() if line.strip() and not line.startswith("#")
    )


def possible_names(text: str) -> list[str]:
    """Capitalized words not at a sentence's start, and common first names anywhere, in order,
    each once."""
    found: list[str] = []
    for match in WORD.finditer(text):
        word = match.group()
        bare = re.sub(r"['’]s$", "", word.lower())  # "Chris's" is Chris
        if bare in first_names():
            word = bare[:1].upper() + bare[1:]
        elif (
            not word[0].isupper()
            or _starts_a_sentence(text[: match.start()])
            or bare in NOT_NAMES
            or word.lower() in NOT_NAMES
        ):
            continue
        if word not in found:
            found.append(word)
    return found


def _starts_a_sentence(before: str) -> bool:
    """Whether a word after ``before`` starts a sentence: only the end of ``before`` is read, so
    a long shared answer is not read again from its start at each word (walkthrough 66: 12
    answers of 20,000 capitals took 38 s to show)."""
    tail = before.rstrip()
    return not tail or tail[-1] in ".!?:;" or before.endswith(("“", '"'))
