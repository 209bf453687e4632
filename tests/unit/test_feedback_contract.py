"""The four analyzers keep the architecture's contract for any str, and refuse anything else.

Property-based: hypothesis throws arbitrary text at them (empty, huge, emoji, other scripts,
control characters, markup); every result must have the documented fields, in range, and be
the same on a second call.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachlab.feedback import analyze_candor, analyze_framing, analyze_request, classify_question

ANALYZERS = [classify_question, analyze_request, analyze_framing, analyze_candor]
FLAGS = {"hostile", "leading", "why", "stacked", "many_questions", "advice"}
ELEMENTS = {"situation", "behaviour", "impact", "request"}
ISSUES = {"harsh", "hedging", "labels", "absolutes", "takes_back", "vagueness", "sarcasm", "threat",
          "insinuation", "demand", "only_the_ask", "blame"}  # fmt: skip
SAMPLES = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.lists(st.sampled_from(["What", "could you", "?", "never", "you", "I'll", "but", ",",
                              "<script>", "😊", "\x00", "\n", "  ", "أين", "为什么", "..."]),
             max_size=40).map(" ".join),
)  # fmt: skip


def check_shape(result) -> None:
    if hasattr(result, "kind"):
        assert result.kind in ("open", "closed") and result.flags <= FLAGS
    if hasattr(result, "style"):
        assert result.style in ("partnering", "directive") and -1 <= result.score <= 1
    if hasattr(result, "stance"):
        assert result.stance in ("proactive", "reactive") and -1 <= result.score <= 1
    if hasattr(result, "elements"):
        assert 0 <= result.score <= 1 and result.elements <= ELEMENTS and result.issues <= ISSUES
    assert all(isinstance(tip, str) and tip for tip in result.tips)
    assert len(set(result.tips)) == len(result.tips), "the same advice twice"
    assert 0 <= result.confidence <= 1
    assert all(isinstance(cue, str) and cue for cue in getattr(result, "cues", ()))


@pytest.mark.parametrize("analyze", ANALYZERS, ids=lambda f: f.__name__)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=SAMPLES)
def test_any_text_gives_a_well_formed_deterministic_result(analyze, text):
    result = analyze(text)
    check_shape(result)
    assert analyze(text) == result


@pytest.mark.parametrize("analyze", ANALYZERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_gets_a_tip_to_write_something(analyze, text):
    result = analyze(text)
    assert any("first" in tip for tip in result.tips)


@pytest.mark.parametrize("analyze", ANALYZERS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", [None, 42, b"What happened?", ["What?"]])
def test_non_text_is_a_type_error_naming_the_type(analyze, value):
    with pytest.raises(TypeError, match=f"reads a str, not {type(value).__name__}"):
        analyze(value)


@pytest.mark.parametrize("analyze", ANALYZERS, ids=lambda f: f.__name__)
def test_a_cut_paste_is_said(analyze):
    assert not any("characters were read" in t for t in analyze("What happened?" * 100).tips)
    assert any("first 20,000 characters were read" in t for t in analyze("x " * 20_000).tips)


@pytest.mark.parametrize("analyze", ANALYZERS, ids=lambda f: f.__name__)
def test_long_input_grows_linearly(analyze):
    """Not a timing target (that is `make bench`): a 100x longer paste must not cost 1000x."""
    unit = "Thanks for yesterday. Could you tell me what got in the way, so we never miss it? "

    def cost(repeat: int) -> float:
        start = time.perf_counter()
        analyze(unit * repeat)
        return time.perf_counter() - start

    small, large = cost(10), cost(1000)
    assert large < max(small, 1e-4) * 300
