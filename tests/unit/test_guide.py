"""The facilitator guide: made from the workshop kit, and a checked-in copy that is current."""

from __future__ import annotations

from coachlab.content import content_dir, declared_order, load_lesson_file
from coachlab.docs import main
from coachlab.facilitator.guide import render
from coachlab.workshop.kit import load_kit, schedule


def guide() -> str:
    directory = content_dir()
    return render([load_lesson_file(directory / f"{s}.yaml") for s in declared_order(directory)])


def test_each_agenda_is_in_the_guide_with_its_clock_and_total():
    text, kit = guide(), load_kit()
    for agenda in kit.agendas:
        assert f"### {agenda.title}" in text
        assert f"Total: **{agenda.minutes} minutes**" in text
        last = schedule(agenda, kit)[-1]
        assert f"| {last.clock} | {last.minutes} |" in text


def test_each_activity_has_its_launch_briefs_and_debrief_in_the_guide():
    text = guide()
    for act in load_kit().activities.values():
        assert f'<a id="activity-{act.id}"></a>' in text
        assert act.launch in text and all(q in text for q in act.debrief)
        assert all(role.brief in text for role in act.roles)


def test_the_guide_covers_hard_cases_binder_and_the_check_in():
    text = guide()
    for heading in ("## Hard cases in the room", "## Binder realities", "### Launch checklist"):
        assert heading in text
    assert "30-day check-in" in text and "ten minutes" in text


def test_the_guide_and_the_readme_table_are_current(capsys):
    assert main(["--check"]) == 0, capsys.readouterr().out
