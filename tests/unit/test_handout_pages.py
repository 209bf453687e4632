"""The handouts' HTML, without a browser: escaped, hidden briefs on their own card only, and
paper lessons that show every exercise of the lesson notebook."""

from __future__ import annotations

from coachlab.timing import CALL, ROOT
from coachlab.workshop.cards import role_card
from coachlab.workshop.handouts import pages
from coachlab.workshop.kit import load_kit
from coachlab.workshop.page import esc
from coachlab.workshop.paper import lesson_page


def test_each_hidden_brief_is_on_exactly_one_page():
    kit, html = load_kit(), pages(load_kit())
    for act in kit.activities.values():
        for role in act.roles:
            holders = [name for name, text in html.items() if esc(role.hidden) in text]
            assert holders == [f"cards/{act.id}--{role.id}"], (act.id, role.id, holders)


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
