"""Where a learner's text is cut into sentences decides which question is read."""

from __future__ import annotations

import pytest

from coachlab.feedback.text import normalise, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Version 3.5 is out. Did v1.2 work?", ["version 3.5 is out.", "did v1.2 work?"]),
        ("E.g. the rota. What else?", ["e.g. the rota.", "what else?"]),
        ("I spoke to Dr. Ali. She agreed.", ["i spoke to dr. ali.", "she agreed."]),
        ("So am I. What about you?", ["so am i.", "what about you?"]),
        ("Where is the x.m. l file?", ["where is the x.m. l file?"]),
        ("One\nTwo??", ["one", "two??"]),
    ],
)
def test_abbreviations_do_not_end_a_sentence(text, expected):
    assert sentences(normalise(text)) == expected
