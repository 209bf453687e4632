"""Counts in plain English: "1 answer", "2 answers", "1 person", "3 people".

Learners and facilitators read counts in status lines, feedback and on the dashboard; "1 answers"
or "1 people" reads as a bug in a workbook about careful words. One helper keeps them right.
"""

from __future__ import annotations

# Nouns whose plural no rule gives; the workbook says "people", never "persons".
IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women"}


def plural(noun: str) -> str:
    """The plural of one English noun, lowercase: reply → replies, box → boxes, person → people."""
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if noun.endswith("y") and noun[-2:-1] not in ("", *"aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def count(number: int, noun: str, many: str | None = None) -> str:
    """The number and the noun that agrees with it: count(1, "answer") is "1 answer",
    count(2, "person") is "2 people"; ``many`` gives a plural the rules do not know."""
    return f"{number} {noun if number == 1 else many or plural(noun)}"
