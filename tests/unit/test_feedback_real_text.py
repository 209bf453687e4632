"""The engine on real, human-labelled text, and the fitted weights that carry it.

The holdout figures of ../shared/corpora (see `make bench`) are guarded here at what the
fitted engine reaches, so a change to a cue table or a weight that loses ground on real text
fails. Without the corpora (a checkout alone) these tests say so and skip.
"""

from __future__ import annotations

import json

import pytest

from coachlab.feedback import framing, questions, requests
from coachlab.feedback.bench import real_text
from coachlab.feedback.candor_cues import ASKS, HARSH, OPENS
from coachlab.feedback.corpora import corpora_dir
from coachlab.feedback.cues import WORD_CUE
from coachlab.feedback.framing_cues import CUES as FRAMING
from coachlab.feedback.model import WEIGHTS
from coachlab.feedback.question_cues import ANYWHERE, OPENING
from coachlab.feedback.request_cues import ANYWHERE as R_ANYWHERE
from coachlab.feedback.request_cues import CLOSERS, ON_THE_SPOT
from coachlab.feedback.request_cues import OPENING as R_OPENING

# Holdout balanced accuracy the engine reached when these weights were fitted (2026-11-30),
# less 0.01 for rounding. Before the fitted engine: 0.68, 0.54, 0.56, 0.60, 0.51, 0.66 (the
# code-review questions, with no tune rows, are at chance, as before: see make bench).
FLOORS = {
    "questions mrda": 0.77,  # 0.780 after the transcript shapes (2026-12-02)
    "requests mrda": 0.76,
    "confrontational code-review": 0.60,
    "framing positive-frames": 0.84,
    "harsh toxicr": 0.83,
    "request disapere": 0.79,
}
# Cues produced in code rather than from a table (structure of the text, not its words).
STRUCTURAL = {
    "q_statement", "q_several", "q_short", "q_narrowed", "r_question", "r_blame",
    "f_ends_on_step", "f_ends_on_limit", "f_exclaims",
}  # fmt: skip


@pytest.mark.skipif(corpora_dir() is None, reason="../shared/corpora is not beside this checkout")
def test_real_text_holdout_keeps_its_ground():
    report = real_text("holdout")
    assert set(FLOORS) <= set(report), sorted(report)
    short = {name: round(report[name][0], 3) for name, floor in FLOORS.items()
             if report[name][0] < floor}  # fmt: skip
    assert not short, short


def test_every_weight_belongs_to_a_cue_that_exists_and_no_rule_is_fitted():
    tables = OPENING + ANYWHERE + R_OPENING + R_ANYWHERE + CLOSERS + ON_THE_SPOT + FRAMING
    known = {c.name for c in tables + HARSH + ASKS + OPENS} | STRUCTURAL
    rules = set(questions.RULES) | set(requests.RULES) | set(framing.RULES)
    fitted = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert set(fitted) == {
        "question_open", "request_partnering", "framing_proactive", "candor_harsh", "candor_asks"
    }  # fmt: skip
    for task, model in fitted.items():
        names = {name for name in model["weights"] if not name.startswith(WORD_CUE)}
        assert names <= known, (task, names - known)
        assert not names & rules, (task, names & rules)
        assert model["trained_on"], task
