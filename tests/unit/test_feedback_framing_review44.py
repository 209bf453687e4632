"""Framing after blind review 44: what a step is for ("…so we're not short again", "…so it
doesn't happen again") is the reason for the step, not a complaint to end on; a plan that allows
for a refusal ("if they still don't answer, I'll…") is not blame; what others should do ("head
office should hire more people", "purchasing should have…") and telling people whose fault it is
are. Phrasings the review did not use, and near misses that must stay as they were."""

from __future__ import annotations

import pytest

from coachlab.feedback import analyze_framing


@pytest.mark.parametrize(
    "text",
    [
        "I'll ring the courier this afternoon so the parcels aren't late again.",
        "Tomorrow I'm moving the stand-up to 9:30 so that nobody misses it again.",
        "I'll write a checklist tonight to make sure the alarm doesn't get missed.",
    ],
)
def test_what_a_step_is_for_is_not_a_complaint(text):
    result = analyze_framing(text)
    assert result.stance == "proactive" and result.sure, result
    assert any("says what the step is for" in cue for cue in result.cues)
    assert not any("complains" in cue or "out of reach" in cue for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # no step before the "so": the worry is the point
        "The delivery was late again so we're short again.",
        # a step to complain with is still a complaint
        "I'll complain to head office so they know how bad it is.",
    ],
)
def test_a_so_clause_without_a_step_or_after_a_complaint_stays_reactive(text):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert not any("says what the step is for" in cue for cue in result.cues[:1])


def test_a_plan_for_a_refusal_is_not_blame():
    result = analyze_framing(
        "I'll email the landlord today, and if he still doesn't reply I'll call the council."
    )
    assert result.stance == "proactive" and result.sure, result
    assert not any("blames" in cue for cue in result.cues)


def test_blame_said_plainly_is_still_blame():
    result = analyze_framing("He still doesn't reply to emails, so nothing gets fixed.")
    assert any("blames" in cue for cue in result.cues), result


@pytest.mark.parametrize(
    "text",
    [
        "Finance needs to sort the budget out before anyone can plan.",
        "The agency should send people who know the tills.",
        "Procurement should have picked a supplier that delivers on time.",
    ],
)
def test_what_others_should_do_blames_them(text):
    result = analyze_framing(text)
    assert result.stance == "reactive", result
    assert any("blames others" in cue for cue in result.cues)


def test_what_we_should_do_then_a_step_is_proactive():
    result = analyze_framing("We should count the stock on Mondays, so I'll add it to the rota.")
    assert result.stance == "proactive", result


def test_telling_people_whose_fault_it_is_pins_blame():
    result = analyze_framing(
        "I'll tell everyone it's the supplier's fault so they know it wasn't us."
    )
    assert result.stance == "reactive" and result.sure, result
    assert any("who is to blame" in cue for cue in result.cues)
