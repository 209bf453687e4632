"""The handouts' HTML, without a browser: escaped, hidden briefs on their own card only, and
paper lessons that show every exercise of the lesson notebook."""

from __future__ import annotations

from coachlab.timing import CALL, ROOT
from coachlab.workshop.cards import FOLD, role_card
from coachlab.workshop.handouts import pages
from coachlab.workshop.kit import load_kit, schedule
from coachlab.workshop.page import esc
from coachlab.workshop.paper import lesson_page
from coachlab.workshop.rounds import describe, rounds


def test_each_hidden_brief_is_on_exactly_one_page():
    kit, html = load_kit(), pages(load_kit())
    for act in kit.activities.values():
        for role in act.roles:
            holders = [name for name, text in html.items() if esc(role.hidden) in text]
            assert holders == [f"cards/{act.id}--{role.id}"], (act.id, role.id, holders)


def test_no_role_card_gives_away_a_debrief_or_another_roles_hidden_brief():
    kit, html = load_kit(), pages(load_kit())
    cards = {name: text for name, text in html.items() if name.startswith("cards/")}
    assert cards
    for act in kit.activities.values():
        for name, text in cards.items():
            for question in act.debrief:
                assert esc(question) not in text, (name, question)
            for role in act.roles:
                if name != f"cards/{act.id}--{role.id}":
                    assert esc(role.hidden) not in text, (name, act.id, role.id)
        for role in act.roles:  # the hidden brief sits below the fold line, the brief above
            text = cards[f"cards/{act.id}--{role.id}"]
            fold = text.index(esc(FOLD))
            assert text.index(esc(role.brief)) < fold < text.index(esc(role.hidden)), role.id
        if act.observer:
            assert all(esc(q) in html[f"observers/{act.id}"] for q in act.debrief), act.id


def test_everyone_holds_each_card_once_and_the_trio_coaches_in_turn():
    kit = load_kit()
    for act in kit.activities.values():
        if not act.roles:
            continue
        played = rounds(act)
        assert len(played) == len(act.roles), act.id
        for k, held in enumerate(played):
            assert sorted(r.id for _, r in held) == sorted(r.id for r in act.roles), (act.id, k)
        for player in {p for held in played for p, _ in held}:
            mine = [r.id for held in played for p, r in held if p == player]
            assert sorted(mine) == sorted(r.id for r in act.roles), (act.id, player)
    trio = kit.activities["coaching-exchange-trio"]
    assert describe(trio)[1] == "Round 2: A Employee, B Observer, C Coach"


def test_text_from_content_is_escaped():
    kit = load_kit()
    act = next(a for a in kit.activities.values() if a.roles)
    evil = act.roles[0].model_copy(update={"brief": "<script>alert(1)</script> & more"})
    html = role_card(act, evil, kit)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def test_paper_lessons_show_every_exercise_of_the_notebook():
    kit = load_kit()
    for number, lesson in kit.lessons.items():
        notebook = next((ROOT / "notebooks").glob(f"{number}_*.ipynb")).read_text(encoding="utf-8")
        shown = [m[2] for m in CALL.finditer(notebook.replace('\\"', '"'))]
        page = lesson_page(lesson, facilitator=False)
        assert shown, number
        for exercise_id in shown:
            assert esc(lesson.exercise(exercise_id).title) in page


def test_every_exercise_kind_says_what_to_do_on_paper():
    from coachlab.specs import kind_names
    from coachlab.workshop.paper import ON_PAPER

    assert set(ON_PAPER) == kind_names()


def test_one_print_list_with_counts_in_the_guide_and_the_checklist():
    from coachlab.facilitator.guide import render
    from coachlab.workshop.cards import checklist
    from coachlab.workshop.printlist import PEOPLE, print_list

    kit = load_kit()
    guide, sheet = render(list(kit.lessons.values()), kit), checklist(kit)
    for agenda in kit.agendas:
        listed = print_list(agenda, kit)
        for item in listed:
            assert f"- {item.line()}" in guide and esc(item.line()) in sheet, item
        for slot in schedule(agenda, kit):
            if slot.activity and slot.activity.roles:  # everyone plays each role once
                for role in slot.activity.roles:
                    where = f"cards/{slot.activity.id}--{role.id}.pdf"
                    card = next(i for i in listed if i.where == where)
                    assert card.copies == PEOPLE, card
        assert next(i for i in listed if i.what == "action-plan sheet").copies == PEOPLE


def test_markdown_tables_print_as_tables_not_pipes():
    kit = load_kit()
    tables = 0
    for lesson in kit.lessons.values():
        for facilitator in (False, True):
            html = lesson_page(lesson, facilitator)
            assert "|---" not in html and "| --- |" not in html, lesson.lesson.number
            tables += html.count("<table>")
    assert tables >= 10
    from coachlab.workshop.page import md

    cell = md("| Idea | <b>x</b> |\n|---|---|\n| a & b | c |\n")
    assert "<th>Idea</th>" in cell and "&lt;b&gt;" in cell and "<td>a &amp; b</td>" in cell


def test_a_room_of_thirty_gets_counts_for_thirty_and_a_bad_size_is_named(capsys):
    import pytest

    from coachlab.workshop.handouts import main

    sheet = pages(load_kit(), people=30)["checklist"]
    assert "To print for 30 people" in sheet and "To print for 24 people" not in sheet
    assert "30 × action-plan sheet" in sheet
    assert "15 × paper lesson" in sheet  # one per pair
    for size in ("abc", "1", "0"):
        with pytest.raises(SystemExit):
            main(["/nonexistent", "--people", size])
        assert f"PEOPLE must be a whole number of people from 2 to 500, not '{size}'" in (
            capsys.readouterr().err
        )


def test_the_checklists_seating_plan_fits_the_room_size():
    from coachlab.workshop.cards import tables_of_six

    assert "A seating plan" in pages(load_kit(), people=30)["checklist"]
    assert "five tables of six, fixed pairs" in pages(load_kit(), people=30)["checklist"]
    assert "four tables of six, fixed pairs" in pages(load_kit(), people=24)["checklist"]
    assert tables_of_six(28) == "four tables of six and one of four"
    assert tables_of_six(31).startswith("five tables of six, with one extra seat at one table")
    assert tables_of_six(8).startswith("one table of eight")
    assert tables_of_six(4) == "one table of four"
    for people in range(2, 501):  # every size the command takes reads as a number of tables
        assert "table" in tables_of_six(people) and "no " not in tables_of_six(people), people
