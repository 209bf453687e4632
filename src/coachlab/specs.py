"""What each exercise kind may say in lesson YAML: one pydantic model per kind.

Kept apart from the widgets so that content can be validated (by tests, by authoring tools)
without importing ipywidgets. A validator's message starts with the field it is about
("correct: ..."), which ``content.py`` turns into the field path shown to the author.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .scenario_graph import check_graph

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
OptionId = Annotated[str, StringConstraints(pattern=r"^[a-z]$")]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _unique(field: str, ids: list[str]) -> None:
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"{field}: ids must be unique; repeated: {', '.join(repeated)}")


def _defined(field: str, wanted: list[str], ids: list[str], noun: str) -> None:
    for value in wanted:
        if value not in ids:
            raise ValueError(
                f"{field}: {value!r} is not {noun} id here; expected one of: {', '.join(ids)}"
            )


class _Exercise(_Spec):
    id: Slug
    title: Text
    prompt: Text
    ideas: list[Slug] = Field(
        default_factory=list,
        description="Ids from content/ideas.yaml of the article's ideas this exercise practices.",
    )
    assessment: Literal["pre", "post"] | None = Field(
        default=None,
        description="pre: Start here's check, whose feedback is held back until lesson 10; "
        "post: lesson 10's parallel form. Lesson 10 compares the two per idea.",
    )
    transfer: Literal["new-situation", "own-case"] | None = Field(
        default=None,
        description="new-situation: the idea applied to a workplace the lesson has not shown; "
        "own-case: the learner's own team or conversation (the answer is kept in the journal).",
    )
    keep_order: bool = Field(
        default=False,
        description="Show options or statements in the authored order (e.g. the lines of one "
        "conversation); otherwise each learner sees their own stable order.",
    )
    our_model: bool = Field(
        default=False,
        description="True when the exercise checks the workbook's own model, not the article: "
        "its feedback then says so, and it does not count as practice of an article's idea.",
    )


class _ClassedWords(_Spec):
    """Words a learner may pick (an option, a reply) that the lesson can class for the engine."""

    reads_as: dict[str, str] = Field(
        default_factory=dict,
        description="How the lesson classes these words, e.g. {request: directive}: "
        "the feedback engine must read them the same way (a test checks).",
    )

    @model_validator(mode="after")
    def _known_reading(self) -> _ClassedWords:
        from .feedback import ANALYZERS  # pure Python, no widgets

        for name, value in self.reads_as.items():
            if name not in ANALYZERS:
                raise ValueError(
                    f"reads_as: unknown analyzer {name!r}; expected one of: "
                    f"{', '.join(sorted(ANALYZERS))}"
                )
            (values,) = ANALYZERS[name].fields.values()
            if value not in values:
                raise ValueError(f"reads_as: {name} is one of {', '.join(values)}, not {value!r}")
        return self


class Option(_ClassedWords):
    id: OptionId = Field(description="One letter, shown to the learner as (a), (b), ...")
    text: Text
    feedback: Text = Field(description="Why this choice is right or not: shown after Check.")


class SingleChoiceSpec(_Exercise):
    """Pick one option; each option carries its own feedback."""

    kind: Literal["single_choice"]
    options: list[Option] = Field(min_length=2)
    correct: OptionId | None = Field(
        default=None,
        description="The right option's id; leave out when there is no right answer (a "
        "self-assessment): every option's feedback then applies.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> SingleChoiceSpec:
        ids = [option.id for option in self.options]
        _unique("options", ids)
        if self.correct is not None:
            _defined("correct", [self.correct], ids, "an option")
        return self


class MultipleSelectSpec(_Exercise):
    """Tick every option that applies; partial credit, feedback on what was missed or wrong."""

    kind: Literal["multiple_select"]
    options: list[Option] = Field(min_length=3)
    correct: list[OptionId] = Field(min_length=1, description="Ids of every option that applies.")

    @model_validator(mode="after")
    def _consistent(self) -> MultipleSelectSpec:
        ids = [option.id for option in self.options]
        _unique("options", ids)
        _unique("correct", list(self.correct))
        _defined("correct", list(self.correct), ids, "an option")
        return self


class Category(_Spec):
    id: Slug
    label: Text


class Item(_Spec):
    id: Slug
    text: Text
    category: Slug = Field(description="The id of the group this statement belongs in.")
    reason: Text = Field(description="Why it belongs there: shown when it was misplaced.")
    ambiguous: str = Field(
        default="",
        description="Why the feedback engine may read this one differently (it is meant to be "
        "hard); the content-agreement test then accepts either reading.",
    )


class CategorizeSpec(_Exercise):
    """Sort statements into groups; each misplaced one is explained."""

    kind: Literal["categorize"]
    categories: list[Category] = Field(min_length=2)
    items: list[Item] = Field(min_length=2)

    @model_validator(mode="after")
    def _consistent(self) -> CategorizeSpec:
        ids = [category.id for category in self.categories]
        _unique("categories", ids)
        _unique("items", [item.id for item in self.items])
        for index, item in enumerate(self.items):
            _defined(f"items[{index}].category", [item.category], ids, "a category")
        return self


class Step(_Spec):
    id: Slug
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    why: Text = Field(description="Why this step comes here: shown when it is out of place.")


class OrderSpec(_Exercise):
    """Put steps in sequence. Steps are listed in the right order here; learners see them mixed."""

    kind: Literal["order"]
    steps: list[Step] = Field(min_length=3)

    @model_validator(mode="after")
    def _consistent(self) -> OrderSpec:
        _unique("steps", [step.id for step in self.steps])
        return self


class Dimension(_Spec):
    id: Slug
    label: Text
    suggestion: Text = Field(description="A concrete next step, offered when this one is lowest.")


class ScaleSpec(_Exercise):
    """Rate yourself on several dimensions; no right answer, a radar chart of the profile."""

    kind: Literal["scale"]
    dimensions: list[Dimension] = Field(min_length=3)
    scale: list[Text] = Field(
        min_length=3, max_length=7, description="The points of the scale, lowest first."
    )

    @model_validator(mode="after")
    def _consistent(self) -> ScaleSpec:
        _unique("dimensions", [dimension.id for dimension in self.dimensions])
        return self


class FreeTextSpec(_Exercise):
    """Write a sentence; an analyzer from coachlab.feedback reads it and quotes its cues."""

    kind: Literal["free_text"]
    analyzer: Text = Field(description="A name from coachlab.feedback.ANALYZERS.")
    expect: dict[str, str] = Field(
        default_factory=dict,
        description="Which analysis counts as a good answer, e.g. {kind: open}; empty: no verdict.",
    )
    requires: list[Slug] = Field(
        default_factory=list,
        description="What a good answer must also have, by the analyzer's name for it, e.g. "
        "[their-gain] (a request that says what is in it for them) or [common-ground] (one that "
        "names what you both want): without it, no ✔, and the feedback says what is missing.",
    )
    placeholder: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> FreeTextSpec:
        from .feedback import ANALYZERS  # pure Python, no widgets

        if self.analyzer not in ANALYZERS:
            raise ValueError(
                f"analyzer: unknown analyzer {self.analyzer!r}; expected one of: "
                f"{', '.join(sorted(ANALYZERS))}"
            )
        fields = ANALYZERS[self.analyzer].fields
        for name, value in self.expect.items():
            if name not in fields:
                raise ValueError(
                    f"expect: {self.analyzer} has no field {name!r}; expected one "
                    f"of: {', '.join(sorted(fields))}"
                )
            if value not in fields[name]:
                raise ValueError(
                    f"expect: {name} is one of {', '.join(fields[name])}, not {value!r}"
                )
        known = ANALYZERS[self.analyzer].requirements
        for name in self.requires:
            if name not in known:
                raise ValueError(
                    f"requires: {self.analyzer} has no requirement {name!r}; expected one of: "
                    f"{', '.join(sorted(known)) or 'none (leave requires out)'}"
                )
        if self.requires and not self.expect:
            raise ValueError("requires: needs an expect too (with no verdict, nothing is withheld)")
        _unique("requires", self.requires)
        return self


class Choice(_ClassedWords):
    id: Slug
    text: Text
    next: Slug = Field(description="The id of the node this choice leads to.")
    trust: int = Field(default=0, ge=-5, le=5, description="Change to the trust meter.")
    consequence: str = Field(default="", description="What happens, shown after choosing.")


class Node(_Spec):
    speaker: str = ""
    text: Text
    choices: list[Choice] = Field(default_factory=list)
    ending: bool = False
    good: bool | None = Field(default=None, description="For endings: a good outcome or not.")
    debrief: str = Field(default="", description="For endings: what to take away.")


class ScenarioSpec(_Exercise):
    """A branching conversation: nodes, choices, a trust meter, several endings."""

    kind: Literal["scenario"]
    start: Slug
    trust_start: int = Field(default=5, ge=0, le=10)
    nodes: dict[Slug, Node] = Field(min_length=2)

    @model_validator(mode="after")
    def _consistent(self) -> ScenarioSpec:
        problem = check_graph(
            self.start,
            {
                node_id: (node.ending, [(c.id, c.next) for c in node.choices])
                for node_id, node in self.nodes.items()
            },
        )
        if problem:
            raise ValueError(problem)
        return self


class ReflectionSpec(_Exercise):
    """A journal prompt: free text, no scoring, a word count."""

    kind: Literal["reflection"]
    placeholder: str = ""
    min_words: int = Field(default=0, ge=0, le=500)
    asks_when: bool = False  # the prompt asks when: say so if no day or date is written


# Add a kind: write its spec above, list it here, and register its widget in widgets/__init__.py.
SPECS: tuple[type[_Spec], ...] = (
    SingleChoiceSpec,
    MultipleSelectSpec,
    CategorizeSpec,
    OrderSpec,
    ScaleSpec,
    FreeTextSpec,
    ScenarioSpec,
    ReflectionSpec,
)
ExerciseSpec = Annotated[Union[SPECS], Field(discriminator="kind")]  # noqa: UP007


def kind_names() -> set[str]:
    """The ``kind`` values lesson YAML may use."""
    return {get_args(spec.model_fields["kind"].annotation)[0] for spec in SPECS}
