"""A guess at whether a text names someone, so a facilitator checks before reading it aloud.

A heuristic, and says so: a capitalised word that does not start a sentence is taken as a
possible name ("I'll talk to Chris on Thursday" finds Chris). Days, months, "I" and a few
workplace words are left out. It misses names at the start of a sentence and lower-case names,
and flags some places and products: it is a prompt to look, never a guarantee.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?:;]\s*$|^\s*$")
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


def possible_names(text: str) -> list[str]:
    """Capitalized words not at a sentence's start, in order, each once."""
    found: list[str] = []
    for match in WORD.finditer(text):
        word = match.group()
        before = text[: match.start()]
        if not word[0].isupper() or SENTENCE_END.search(before) or before.endswith(("“", '"')):
            continue
        if word.lower().rstrip("'’s") in NOT_NAMES or word.lower() in NOT_NAMES:
            continue
        if word not in found:
            found.append(word)
    return found
