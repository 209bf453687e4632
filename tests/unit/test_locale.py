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
    r"\w+our(?:s|ed|ing)?": "-or (color, behavior, favor, humor)",
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


def test_the_facilitator_dashboard_is_in_us_english():
    """The dashboard's own words are on a projector too (not in lesson_texts, which reads the
    lessons): its report on the made-up room, and the note on names in reflections."""
    from coachlab.facilitator import dashboard
    from coachlab.facilitator.dashboard import reflections_html

    board = dashboard()
    board.demo_button.click()
    text = board.report.value + board.banner.value + reflections_html([])
    assert british_forms(text) == []
