"""What each exercise kind may say in lesson YAML: one pydantic model per kind.

Kept apart from the widgets so that content can be validated (by tests, by authoring tools)
without importing ipywidgets.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
OptionId = Annotated[str, StringConstraints(pattern=r"^[a-z]$")]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Spec):
    id: OptionId = Field(description="One letter, shown to the learner as (a), (b), ...")
    text: Text
    feedback: Text = Field(description="Why this choice is right or not: shown after Check.")


class SingleChoiceSpec(_Spec):
    """Pick one option; each option carries its own feedback."""

    kind: Literal["single_choice"]
    id: Slug
    title: Text
    prompt: Text
    options: list[Option] = Field(min_length=2)
    correct: OptionId | None = Field(
        default=None,
        description="The right option's id; leave out when there is no right "
        "answer (a self-assessment): every option's feedback then applies.",
    )

    @model_validator(mode="after")
    def _options_are_consistent(self) -> SingleChoiceSpec:
        ids = [option.id for option in self.options]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"options: option ids must be unique; repeated: {', '.join(repeated)}")
        if self.correct is not None and self.correct not in ids:
            raise ValueError(
                f"correct: {self.correct!r} is not an option id here; expected one "
                f"of: {', '.join(ids)}"
            )
        return self


# Add a kind: write its spec above, list it here, and register its widget in widgets/__init__.py.
SPECS: tuple[type[_Spec], ...] = (SingleChoiceSpec,)
ExerciseSpec = Annotated[Union[SPECS], Field(discriminator="kind")]  # noqa: UP007


def kind_names() -> set[str]:
    """The ``kind`` values lesson YAML may use."""
    return {get_args(spec.model_fields["kind"].annotation)[0] for spec in SPECS}
