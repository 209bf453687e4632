"""The workshop kit as validated data: content/workshop/activities.yaml and agendas.yaml.

A facilitator plans from these files, so a mistake must come back as a sentence naming the file
and the field (``content/workshop/agendas.yaml: agendas[0].blocks[3].minutes: ...``), as lesson
files do. Cross-checks against the lessons and content/ideas.yaml live in ``kit.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ..content import ContentError, _describe, _read_yaml
from ..feedback import ANALYZERS
from ..specs import Text

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
LessonNumber = Annotated[str, StringConstraints(pattern=r"^\d\d$")]
Grouping = Literal["solo", "pair", "trio", "room"]
# The feedback engine's vocabulary, so an observer listens for what the notebooks mark:
# each analyzer's verdicts, plus the question flags of feedback.questions.
QUESTION_FLAGS = ("leading", "why", "stacked", "advice")
CUES = frozenset(
    {v for analyzer in ANALYZERS.values() for vs in analyzer.fields.values() for v in vs}
    | set(QUESTION_FLAGS)
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(Strict):
    id: Id
    name: Text = Field(description="What the card calls this role, e.g. 'Coach'.")
    brief: Text = Field(description="What this player does; only this role's card shows it.")
    hidden: Text | None = Field(
        default=None,
        description="What only this role knows (a reason, a worry); never on another card.",
    )


class ListenFor(Strict):
    what: Text
    ideas: list[Id] = Field(default_factory=list)
    cues: list[str] = Field(
        default_factory=list, description="Names from the feedback engine (see CUES)."
    )


class Activity(Strict):
    id: Id
    title: Text
    lesson: LessonNumber
    ideas: list[Id] = Field(min_length=1)
    grouping: Grouping
    minutes: int = Field(ge=1, le=60)
    timing: Text = Field(description="How the minutes are spent, e.g. '2 x 6 min + 3 min swap'.")
    launch: Text = Field(description="What the facilitator says to start it, word for word.")
    roles: list[Role] = Field(default_factory=list)
    observer: list[ListenFor] = Field(default_factory=list)
    debrief: list[Text] = Field(min_length=2)
    care: list[Text] = Field(default_factory=list, description="Hard cases for this activity.")


class Block(Strict):
    """One line of an agenda: either an activity (its minutes and grouping come from it) or a
    block that states its own."""

    title: Text
    minutes: int | None = Field(default=None, ge=1, le=120)
    grouping: Grouping | None = None
    kind: Literal["open", "lesson", "activity", "debrief", "break", "save", "close"]
    lesson: LessonNumber | None = None
    exercises: list[Id] = Field(
        default_factory=list, description="Only these exercises of the lesson (else all of it)."
    )
    activity: Id | None = None
    ideas: list[Id] = Field(default_factory=list)
    says: Text | None = Field(default=None, description="What the facilitator says to launch it.")


class Agenda(Strict):
    id: Id
    title: Text
    minutes: int = Field(ge=30, le=600)
    for_whom: Text
    blocks: list[Block] = Field(min_length=3)
    follow_up: Text = Field(description="What the room does after the session, and when.")


class Activities(Strict):
    schema_version: Literal[1]
    activities: list[Activity] = Field(min_length=1)


class Agendas(Strict):
    schema_version: Literal[1]
    agendas: list[Agenda] = Field(min_length=1)


def load_model(path: Path, model: type[Strict]) -> Strict:
    """``model`` validated from the YAML in ``path``; errors name the file and the field."""
    data = _read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ContentError(path, [_describe(e) for e in error.errors()]) from None


def read_ideas(path: Path) -> dict[str, str]:
    """content/ideas.yaml as {id: the article's words}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {idea["id"]: idea["words"] for idea in data["ideas"]}
