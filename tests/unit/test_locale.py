"""US English throughout, as in the source article: a short list of British forms that must not
appear in anything a learner reads (lesson YAML, lesson, practice and solution notebooks)."""

from __future__ import annotations

import re

from coachlab.workbook_text import lesson_texts

BRITISH = {
    r"rotas?": "schedule",
    r"postcodes?": "ZIP code",
    r"year \d+ class": "ninth-grade class (or the grade)",
    r"£\s?\d+|\d+ pounds|pounds' worth": "dollars",
    r"whilst": "while",
    r"amongst": "among",
    r"\w+our(?:s|ed|ing|ite|ites|itism|able|ably|ful)?": "-or (color, behavior, favor, humor)",
    r"(?:recogn|organ|real|apolog|prior|summar|emphas|critic|minim|formal|final|special|capital)"
    r"is(?:e|ed|es|ing|ation)": "-ize",
    r"centre|centres": "center",
    r"programmes?": "program",
    r"judgement": "judgment",
    r"defence|licence|offence": "defense, license, offense",
    r"(?:label|travel|cancel|model|trial)l(?:ed|ing)": "-l-",
    r"practis(?:e|ed|es|ing)": "practice (verb)",
    r"one-to-one": "one-on-one",
    r"agree a": "agree on a",
    r"in hospital": "in the hospital",
}
# -our words that are American too
ALLOWED = {
    "our",
    "ours",
    "four",
    "hour",
    "hours",
    "your",
    "yours",
    "tour",
    "pour",
    "pours",
    "poured",
    "sour",
    "flour",
    "detour",
    "contour",
    "devour",
    "scour",
    "journey",
}


def british_forms(text: str) -> list[str]:
    found = []
    for pattern, instead in BRITISH.items():
        for match in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, re.IGNORECASE):
            if match[0].lower() not in ALLOWED:
                found.append(f"{match[0]!r} (use {instead})")
    return found


def test_the_list_catches_british_forms():
    text = "Recognise the colour of the rota whilst in hospital; it costs 300 pounds."
    assert len(british_forms(text)) == 5 + 1  # recognise, colour, rota, whilst, hospital, pounds
    assert british_forms("Recognize your four hours of behavior; our pours.") == []


def test_the_workbook_is_in_us_english():
    found = {key: british_forms(text) for key, text in lesson_texts().items()}
    assert {key: forms for key, forms in found.items() if forms} == {}


def test_the_feedback_engines_advice_is_in_us_english():
    """What the engine says to a learner (walkthrough 59: "a threat invites defence")."""
    from coachlab.feedback import (
        analyze_candor,
        analyze_framing,
        analyze_request,
        classify_question,
    )

    texts = [
        "You always cut corners and I will report you to HR.",
        "Why didn't you finish the schedule? You should have asked.",
        "Do the schedule by tomorrow, or else.",
        "I'll try my best but it's out of my hands.",
    ]
    said = []
    for text in texts:
        for result in (analyze_candor(text), analyze_request(text), classify_question(text),
                       analyze_framing(text)):  # fmt: skip
            said += [*result.cues, *result.tips]
    assert len(said) > 20
    assert [line for line in said if british_forms(line)] == []


def test_favouritism_and_honourable_are_caught():
    assert len(british_forms("favouritism, favourite, honourable")) == 3


def test_the_facilitator_dashboard_is_in_us_english():
    """The dashboard's own words are on a projector too (not in lesson_texts, which reads the
    lessons): its report on the made-up room, and the note on names in reflections."""
    from coachlab.facilitator import dashboard
    from coachlab.facilitator.dashboard import reflections_html

    board = dashboard()
    board.demo_button.click()
    text = board.report.value + board.banner.value + reflections_html([])
    assert british_forms(text) == []
