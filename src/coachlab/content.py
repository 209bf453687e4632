"""Lesson content: YAML files in ``content/`` loaded into validated, typed models.

Authors edit YAML, not Python, so every mistake must come back as a sentence that names the
file, the field and what was expected, e.g.
``content/01_partnership.yaml: exercises[2].correct: 'e' is not an option id here; expected
one of: a, b, c``.
"""

from __future__ import annotations

import functools
import os
import re
import reprlib
from pathlib import Path
from typing import Annotated, Literal, NoReturn

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from . import yaml_strict
from .specs import ExerciseSpec, Text, kind_names

SCHEMA_VERSION = 1
FIELD_PATH = re.compile(r"^[A-Za-z_][\w-]*(\.[\w-]+|\[\d+\])*$")
BRIEF = reprlib.Repr()  # Python 3.10 and 3.11 take no arguments here
BRIEF.maxlevel, BRIEF.maxlist, BRIEF.maxdict, BRIEF.maxstring, BRIEF.maxother = 2, 3, 3, 57, 57
LESSON_FILE = re.compile(r"^(?P<number>\d\d)_(?P<slug>[a-z0-9]+(?:_[a-z0-9]+)*)\.yaml$")


class ContentError(ValueError):
    """A lesson file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path | str, problems: list[tuple[str, str]]):
        self.path = Path(path)
        self.problems = problems
        lines = [
            ": ".join(filter(None, (str(self.path), field, message))) for field, message in problems
        ]
        super().__init__("\n".join(lines))


class LessonMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    number: Annotated[str, StringConstraints(pattern=r"^\d\d$")] | None = Field(
        default=None,
        description="Two digits, the same as the file name's prefix. Left out for a collection "
        "that is not a lesson (the gallery), whose file is then named after its slug.",
    )
    slug: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$")]
    title: Text
    minutes: int = Field(ge=1, le=120, description="Estimated time for a learner.")
    summary: Text
    ideas: list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]] = Field(
        default_factory=list,
        description="Ids from content/ideas.yaml of the article's ideas this lesson teaches.",
    )
    objectives: list[Text] = Field(min_length=1)
    facilitator_notes: list[Text] = Field(
        default_factory=list, description="For the facilitator guide; never shown to learners."
    )


class Lesson(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1]
    lesson: LessonMeta
    exercises: list[ExerciseSpec] = Field(default_factory=list)

    def exercise(self, exercise_id: str) -> ExerciseSpec:
        """The exercise with this id, or a ``KeyError`` that lists the ids there are."""
        for spec in self.exercises:
            if spec.id == exercise_id:
                return spec
        known = ", ".join(spec.id for spec in self.exercises) or "(none)"
        raise KeyError(
            f"Lesson {self.lesson.number or self.lesson.slug} has no exercise {exercise_id!r}; "
            f"its exercises are: {known}"
        )


def content_dir() -> Path:
    """Where the lesson YAML lives: ``$COACHLAB_CONTENT``, else the repository's ``content/``."""
    configured = os.environ.get("COACHLAB_CONTENT")
    if configured:
        return Path(configured)
    here = Path(__file__).resolve().parents[2] / "content"
    if here.is_dir():
        return here
    raise FileNotFoundError(
        "coachlab cannot find its lesson content. Run it from a checkout of the coachlab "
        "repository (pip install -e .), or set COACHLAB_CONTENT to its content/ folder."
    )


def lesson_path(number: str | int, directory: Path | None = None) -> Path:
    """The one ``NN_*.yaml`` file of lesson ``number`` (or ``name.yaml``, e.g. "gallery")."""
    if isinstance(number, bool) or not isinstance(number, (str, int)):
        raise TypeError(
            f"A lesson number is a str or int such as '01', not {type(number).__name__}"
        )
    directory = directory or content_dir()
    if not str(number).isdigit():
        path = directory / f"{number}.yaml"
        if not path.is_file():
            raise FileNotFoundError(f"No content file {path.name} in {directory}")
        return path
    key = f"{int(number):02d}"
    matches = sorted(directory.glob(f"{key}_*.yaml"))
    if len(matches) != 1:
        found = ", ".join(p.name for p in matches) or "none"
        raise FileNotFoundError(
            f"Expected exactly one content file for lesson {key!r} in {directory} "
            f"(named {key}_<slug>.yaml); found {found}."
        )
    return matches[0]


def load_lesson(number: str | int, directory: Path | None = None) -> Lesson:
    """Load and validate lesson ``number`` (read afresh each time, so edits show at once)."""
    return load_lesson_file(lesson_path(number, directory))


def load_lesson_file(path: Path | str) -> Lesson:
    """The validated lesson in ``path``; parsed once per version of the file (a notebook asks
    for it once per exercise), so an edited file is read again at once."""
    path = Path(path)
    stat = path.stat()
    return _load(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _load(path: Path, _mtime_ns: int, _size: int) -> Lesson:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        _fail(
            path,
            "",
            "expected a mapping with schema_version, lesson and exercises at the "
            f"top, got {type(data).__name__}",
        )
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        _fail(path, "schema_version", f"expected {SCHEMA_VERSION}, got {version!r}")
    try:
        lesson = Lesson.model_validate(data)
    except ValidationError as error:
        raise ContentError(path, [_describe(e) for e in error.errors()]) from None
    _check_file_name(path, lesson)
    _check_unique_ids(path, lesson)
    return lesson


def declared_order(directory: Path | None = None) -> list[str]:
    """Lesson stems (``NN_slug``) in teaching order, as declared in ``content/lessons.yaml``."""
    path = (directory or content_dir()) / "lessons.yaml"
    data = _read_yaml(path)
    stems = data.get("lessons") if isinstance(data, dict) else None
    if not isinstance(stems, list) or not all(isinstance(s, str) for s in stems):
        _fail(path, "lessons", "expected a list of lesson stems like 01_partnership")
    return stems


def _read_yaml(path: Path) -> object:
    try:
        return yaml_strict.load(path)
    except UnicodeDecodeError as error:
        problem = f"not UTF-8 text ({error.reason} at byte {error.start})"
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = f"invalid YAML{where}: {getattr(error, 'problem', None) or error}"
    except ValueError as error:  # too large, too deep, or a number too long to read
        problem = str(error)[:200]
    _fail(path, "", problem)  # outside the except blocks: no chained traceback for authors


def _check_file_name(path: Path, lesson: Lesson) -> None:
    meta = lesson.lesson
    if meta.number is None:  # a collection such as the gallery: named after its slug
        if path.stem != meta.slug:
            _fail(
                path,
                "lesson.slug",
                f"expected {path.stem!r} to match the file name, "
                f"got {meta.slug!r} (or give the lesson a number)",
            )
        return
    match = LESSON_FILE.match(path.name)
    if not match:
        _fail(path, "", "file name should look like NN_slug.yaml, e.g. 01_partnership.yaml")
    if (match["number"], match["slug"]) != (meta.number, meta.slug):
        _fail(
            path,
            "lesson.number/lesson.slug",
            f"expected {match['number']!r}/{match['slug']!r} to match the file name, "
            f"got {meta.number!r}/{meta.slug!r}",
        )


def _check_unique_ids(path: Path, lesson: Lesson) -> None:
    seen: set[str] = set()
    for index, spec in enumerate(lesson.exercises):
        if spec.id in seen:
            _fail(path, f"exercises[{index}].id", f"{spec.id!r} is used twice; ids must be unique")
        seen.add(spec.id)


def _describe(error: dict) -> tuple[str, str]:
    """Turn one pydantic error into (field path, what was expected)."""
    kinds = kind_names()
    parts: list[str] = []
    for i, part in enumerate(error["loc"]):
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif i and isinstance(error["loc"][i - 1], int) and part in kinds:
            continue  # the union's tag, already visible as the item's `kind`
        else:
            parts.append(("." if parts else "") + part)
    field = "".join(parts)
    kind, given = error["type"], error.get("input")
    expected_kinds = ", ".join(sorted(kinds))
    if kind == "missing":
        return field, "required field is missing"
    if kind == "extra_forbidden":
        return field, "unknown field (check its spelling)"
    if kind == "union_tag_invalid":
        return (
            field + ".kind",
            f"unknown exercise kind {error['ctx']['tag']!r}; expected one of: {expected_kinds}",
        )
    if kind == "union_tag_not_found":
        return field + ".kind", f"required field is missing; expected one of: {expected_kinds}"
    message = error["msg"].removeprefix("Value error, ")
    if kind == "value_error":  # from a model validator, phrased "field.path: what is wrong"
        name, _, rest = message.partition(": ")
        if rest and FIELD_PATH.match(name):
            return f"{field}.{name}" if field else name, rest
        return field, message
    return field, f"{message} (got {_brief(given)})"


def _fail(path: Path, field: str, message: str) -> NoReturn:
    raise ContentError(path, [(field, message)])


def _brief(value: object) -> str:
    """At most about 60 characters, built without a repr of the whole value (which can be
    huge)."""
    return BRIEF.repr(value)
