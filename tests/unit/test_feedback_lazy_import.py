"""``import coachlab.feedback`` stays light: each analyzer's cue tables are compiled the first
time it reads something, so a lesson that opens never pays for analyzers it does not use."""

from __future__ import annotations

import subprocess
import sys

from coachlab import feedback
from coachlab.feedback import faults, questions, requests

CUE_MODULES = ("question_cues", "request_cues", "framing_cues", "candor_cues")


def _loaded_after(code: str) -> set[str]:
    script = f"import sys; import coachlab.feedback as f; {code}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return {name.rsplit(".", 1)[-1] for name in out.stdout.split()}


def test_importing_the_package_compiles_no_cue_table():
    assert not _loaded_after("pass") & set(CUE_MODULES)


def test_a_first_question_compiles_only_the_question_cues():
    loaded = _loaded_after("f.ANALYZERS['question'].function('What got in the way?')")
    assert "question_cues" in loaded
    assert not loaded & {"request_cues", "framing_cues", "candor_cues"}


def test_the_lazy_names_are_the_analyzers_themselves():
    assert feedback.classify_question is questions.classify_question
    assert feedback.RequestAnalysis is requests.RequestAnalysis
    result = feedback.ANALYZERS["request"].function("Could you take Saturday?")
    assert isinstance(result, requests.RequestAnalysis)


def test_the_fault_names_agree_with_the_analyzers():
    assert tuple(questions.FAULTS) == faults.QUESTION_FAULTS
    assert set(requests.FAULTS) == set(faults.REQUEST_FAULTS)
    assert feedback.ANALYZERS["request"].faults == frozenset(requests.FAULTS)
