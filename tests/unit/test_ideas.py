"""The whole article: every idea in content/ideas.yaml is taught by a lesson and practiced by an
exercise, and the ideas are the article's own words."""

from __future__ import annotations

import yaml

from coachlab.content import content_dir, declared_order, load_lesson

from .test_article_quotes import article_text, normalise

PRACTICE = {
    "single_choice",
    "multiple_select",
    "categorize",
    "order",
    "scale",
    "free_text",
    "scenario",
}


def ideas() -> dict[str, str]:
    data = yaml.safe_load((content_dir() / "ideas.yaml").read_text(encoding="utf-8"))
    ids = [idea["id"] for idea in data["ideas"]]
    assert len(ids) == len(set(ids)), "content/ideas.yaml: an id is listed twice"
    return {idea["id"]: idea["words"] for idea in data["ideas"]}


def lessons():
    return [load_lesson(stem[:2]) for stem in declared_order()]


def test_each_idea_is_the_articles_words():
    text = article_text()
    assert [i for i, words in ideas().items() if normalise(words) not in text] == []


def test_lessons_and_exercises_name_known_ideas_their_lesson_teaches():
    known, problems = set(ideas()), []
    for lesson in lessons():
        number = lesson.lesson.number
        problems += [
            f"{number}: lesson.ideas: {i!r}" for i in lesson.lesson.ideas if i not in known
        ]
        for spec in lesson.exercises:
            problems += [
                f"{number} {spec.id}: {i!r} is not in lesson.ideas"
                for i in spec.ideas
                if i not in lesson.lesson.ideas
            ]
    assert problems == []


def test_every_idea_has_a_lesson_and_an_exercise():
    taught = {i for lesson in lessons() for i in lesson.lesson.ideas}
    practiced = {
        i
        for lesson in lessons()
        for spec in lesson.exercises
        if spec.kind in PRACTICE and not spec.our_model
        for i in spec.ideas
    }
    assert sorted(set(ideas()) - taught) == [], "ideas no lesson teaches"
    assert sorted(set(ideas()) - practiced) == [], "ideas no exercise practices"
