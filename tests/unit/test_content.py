"""Lesson YAML: every real file loads; each kind of mistake is reported with file and field."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from coachlab.content import (
    ContentError,
    content_dir,
    declared_order,
    load_lesson,
    load_lesson_file,
)

REAL_FILES = sorted(content_dir().glob("[0-9][0-9]_*.yaml"))


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_every_content_file_is_valid(path: Path):
    lesson = load_lesson_file(path)
    assert path.name == f"{lesson.lesson.number}_{lesson.lesson.slug}.yaml"


def test_content_files_exist():
    assert len(REAL_FILES) >= 2


def test_valid_sample_loads(lesson_data, write_lesson):
    lesson = load_lesson_file(write_lesson(lesson_data))
    assert lesson.exercise("pick-one").correct == "b"


def problem_of(path: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_lesson_file(path)
    message = str(caught.value)
    assert str(path) in message, "the message must name the file"
    return message


def test_bad_yaml_names_line_and_column(write_lesson):
    message = problem_of(write_lesson("schema_version: 1\nlesson: [unclosed\n"))
    assert "invalid YAML at line 3, column 1" in message


def test_not_a_mapping(write_lesson):
    assert "expected a mapping" in problem_of(write_lesson("- just\n- a list\n"))


def test_wrong_schema_version(lesson_data, write_lesson):
    lesson_data["schema_version"] = 2
    assert "schema_version: expected 1, got 2" in problem_of(write_lesson(lesson_data))


def test_missing_field(lesson_data, write_lesson):
    del lesson_data["exercises"][0]["prompt"]
    assert "exercises[0].prompt: required field is missing" in problem_of(write_lesson(lesson_data))


def test_unknown_field_is_a_typo(lesson_data, write_lesson):
    lesson_data["lesson"]["minuets"] = 3
    assert "lesson.minuets: unknown field" in problem_of(write_lesson(lesson_data))


def test_unknown_exercise_kind(lesson_data, write_lesson):
    lesson_data["exercises"][0]["kind"] = "crossword"
    message = problem_of(write_lesson(lesson_data))
    assert "exercises[0].kind: unknown exercise kind 'crossword'" in message
    assert "expected one of: categorize, free_text, multiple_select, order, reflection, " in message


def test_missing_exercise_kind(lesson_data, write_lesson):
    del lesson_data["exercises"][0]["kind"]
    message = problem_of(write_lesson(lesson_data))
    assert "exercises[0].kind: required field is missing; expected one of: categorize," in message


def test_correct_option_not_defined(lesson_data, write_lesson):
    lesson_data["exercises"][0]["correct"] = "e"
    message = problem_of(write_lesson(lesson_data))
    assert "exercises[0].correct: 'e' is not an option id here; expected one of: a, b" in message


def test_repeated_option_id(lesson_data, write_lesson):
    lesson_data["exercises"][0]["options"][1]["id"] = "a"
    message = problem_of(write_lesson(lesson_data))
    assert "exercises[0].options: ids must be unique; repeated: a" in message


def test_bad_option_id_and_wrong_type_are_both_reported(lesson_data, write_lesson):
    lesson_data["exercises"][0]["options"][0]["id"] = "first"
    lesson_data["lesson"]["minutes"] = "ten"
    message = problem_of(write_lesson(lesson_data))
    assert "exercises[0].options[0].id: String should match pattern" in message
    assert "lesson.minutes: Input should be a valid integer" in message
    assert "(got 'ten')" in message


def test_empty_text_is_refused(lesson_data, write_lesson):
    lesson_data["exercises"][0]["options"][0]["feedback"] = "   "
    assert "exercises[0].options[0].feedback" in problem_of(write_lesson(lesson_data))


def test_duplicate_exercise_ids(lesson_data, write_lesson):
    lesson_data["exercises"].append(copy.deepcopy(lesson_data["exercises"][0]))  # no alias
    message = problem_of(write_lesson(lesson_data))
    assert "exercises[1].id: 'pick-one' is used twice; ids must be unique" in message


def test_file_name_must_match_number_and_slug(lesson_data, write_lesson):
    message = problem_of(write_lesson(lesson_data, name="08_sample.yaml"))
    assert "lesson.number/lesson.slug: expected '08'/'sample'" in message


def test_not_utf8(write_lesson, tmp_path):
    path = tmp_path / "07_sample.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    assert "not UTF-8 text" in problem_of(path)


def test_unknown_exercise_id_lists_the_known_ones(lesson_data, write_lesson):
    lesson = load_lesson_file(write_lesson(lesson_data))
    with pytest.raises(KeyError, match="has no exercise 'nope'; its exercises are: pick-one"):
        lesson.exercise("nope")


def test_lookup_by_number(lesson_data, write_lesson, tmp_path):
    write_lesson(lesson_data)
    assert load_lesson(7, directory=tmp_path).lesson.title == "A sample lesson"
    with pytest.raises(FileNotFoundError, match="lesson '09'"):
        load_lesson("09", directory=tmp_path)
    with pytest.raises(TypeError, match="not float"):
        load_lesson(1.0, directory=tmp_path)


def test_declared_order_lists_every_lesson_file():
    assert [f"{p.stem}" for p in REAL_FILES] == declared_order()


def test_content_dir_can_be_configured(monkeypatch, tmp_path):
    monkeypatch.setenv("COACHLAB_CONTENT", str(tmp_path))
    assert content_dir() == tmp_path


def test_an_edited_file_is_read_again(lesson_data, write_lesson):
    path = write_lesson(lesson_data)
    assert load_lesson_file(path) is load_lesson_file(path)  # parsed once per version
    lesson_data["lesson"]["title"] = "A renamed sample lesson"
    write_lesson(lesson_data)
    assert load_lesson_file(path).lesson.title == "A renamed sample lesson"


def test_a_key_given_twice_is_an_error_naming_both_lines(write_lesson):
    """Issue 11: ``correct: a`` then ``correct: b`` quietly meant b."""
    text = "schema_version: 1\nlesson:\n  number: '07'\n  slug: sample\n  slug: other\n  title: T\n"
    message = problem_of(write_lesson(text))
    assert "07_sample.yaml" in message
    assert "the key 'slug' is given twice (lines 4 and 5)" in message


def test_an_alias_bomb_is_refused_at_once(write_lesson):
    """Issue 11: 607 bytes of nested aliases cost 39 s and 3 GB."""
    lines = ["a: &a ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol']"]
    lines += [
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    message = problem_of(write_lesson("\n".join(lines) + "\n"))
    assert "aliases (*a) are not allowed" in message and "line 2" in message


def test_lesson_files_have_a_size_limit(write_lesson):
    from coachlab.yaml_strict import MAX_BYTES

    message = problem_of(write_lesson("# " + "x" * MAX_BYTES + "\n"))
    assert "too large for a lesson file" in message


@pytest.mark.parametrize(
    ("text", "problem"),
    [("[" * 5000, "nested too deeply"), ("minutes: 1" + "0" * 5000, "too long to read")],
)
def test_hostile_yaml_gives_a_content_error(write_lesson, text, problem):
    assert problem in problem_of(write_lesson(text))


def test_an_error_message_never_builds_a_huge_repr(lesson_data, write_lesson):
    lesson_data["lesson"]["minutes"] = ["x" * 10_000] * 50
    message = problem_of(write_lesson(lesson_data))
    assert "lesson.minutes" in message and len(message) < 500
