"""The feedback engine and the lessons never contradict each other.

Every statement a lesson sorts into a group that an analyzer can judge (partnering or marching
orders, open or closed, proactive or reactive, straight, hedged or harsh) is read by that
analyzer, which must agree, unless the YAML says, in ``ambiguous:``, why it may not.
"""

from __future__ import annotations

import ast
import json

import pytest

from coachlab.content import content_dir, load_lesson_file
from coachlab.feedback import ANALYZERS

# A category id of the lessons -> (analyzer, the value it must give).
JUDGED = {
    "partnering": ("request", "partnering"),
    "marching-orders": ("request", "directive"),
    "directive": ("request", "directive"),
    "open": ("question", "open"),
    "closed": ("question", "closed"),
    "proactive": ("framing", "proactive"),
    "reactive": ("framing", "reactive"),
    "straight": ("candor", "straight"),
    "hedged": ("candor", "hedged"),
    "harsh": ("candor", "harsh"),
}


def lesson_files():
    """The lessons' YAML files (numbered) and the gallery's, not the cast or the ideas."""
    paths = content_dir().glob("*.yaml")
    return sorted(p for p in paths if p.stem[:2].isdigit() or p.stem == "gallery")


def judged_items():
    for path in lesson_files():
        lesson = load_lesson_file(path)
        for spec in lesson.exercises:
            if getattr(spec, "kind", None) != "categorize":
                continue
            if not all(category.id in JUDGED for category in spec.categories):
                continue
            for item in spec.items:
                yield pytest.param(item, id=f"{path.stem}-{spec.id}-{item.id}")


ITEMS = list(judged_items())


def test_the_lessons_have_statements_the_engine_can_judge():
    assert len(ITEMS) >= 15


@pytest.mark.parametrize("item", ITEMS)
def test_the_engine_reads_each_sorted_statement_as_the_lesson_does(item):
    name, value = JUDGED[item.category]
    analyzer = ANALYZERS[name]
    (field,) = analyzer.fields
    result = analyzer.function(item.text)
    if item.ambiguous:
        return  # the YAML says why either reading is fair; a reader can see it there
    assert str(getattr(result, field)) == value, (item.text, result.cues)


def model_answers():
    """(exercise spec, text) for every free-text model answer in solutions/ and the gallery."""
    root = content_dir().parent
    specs = {}
    for path in lesson_files():
        lesson = load_lesson_file(path)
        key = path.stem.split("_")[0]  # "01" or "gallery", as coachlab.exercise() takes it
        specs.update({(key, spec.id): spec for spec in lesson.exercises})
    for notebook in [
        *sorted((root / "solutions").glob("*.ipynb")),
        root / "notebooks/gallery.ipynb",
    ]:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        names = {}
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                args = [a.value for a in node.value.args if isinstance(a, ast.Constant)]
                if len(args) == 2 and isinstance(node.targets[0], ast.Name):
                    names[node.targets[0].id] = specs.get(tuple(args))
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "answer"
                and isinstance(node.func.value, ast.Name)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                spec = names.get(node.func.value.id)
                if getattr(spec, "kind", None) == "free_text" and spec.expect:
                    yield pytest.param(spec, node.args[0].value, id=f"{notebook.stem}-{spec.id}")


ANSWERS = list(model_answers())


def test_the_solutions_have_free_text_model_answers():
    assert len(ANSWERS) >= 5


@pytest.mark.parametrize(("spec", "text"), ANSWERS)
def test_each_model_answer_gets_a_tick(spec, text):
    analyzer = ANALYZERS[spec.analyzer]
    result = analyzer.function(text)
    assert analyzer.meets(result, spec.expect, spec.requires) is True, (text, result)


def classed_options():
    """Every option and scenario reply whose words a lesson classes (``reads_as``), with that
    reading."""
    for path in lesson_files():
        for spec in load_lesson_file(path).exercises:
            replies = [c for node in getattr(spec, "nodes", {}).values() for c in node.choices]
            for kind, words in (("option", getattr(spec, "options", [])), ("reply", replies)):
                for item in words:
                    for name, value in item.reads_as.items():
                        where = f"{path.stem}-{spec.id}-{kind}-{item.id}-{name}"
                        yield pytest.param(item.text, name, value, id=where)


OPTIONS = list(classed_options())


def test_choice_options_and_scenario_replies_about_style_are_classed():
    assert sum("-option-" in param.id for param in OPTIONS) >= 12
    assert sum("-reply-" in param.id for param in OPTIONS) >= 20


@pytest.mark.parametrize(("text", "name", "value"), OPTIONS)
def test_the_engine_reads_each_classed_option_as_the_lesson_does(text, name, value):
    analyzer = ANALYZERS[name]
    (field,) = analyzer.fields
    result = analyzer.function(text)
    assert str(getattr(result, field)) == value, (text, result.cues)
