"""The shared base of every exercise kind: one programmatic surface, one widget layout.

A learner clicks; a test or a solution notebook calls the same methods:
``ex.answer(value)`` sets the control as a click would, ``ex.submit()`` checks it, shows the
feedback and returns a :class:`Result`. ``ex.widget`` is what the notebook displays.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import ipywidgets as widgets

from . import drafts, memory
from .consent import share_box
from .feedback_area import Feedback
from .guard import GuardedButton, guarded
from .sent import browser_sent_at
from .style import stylesheet
from .unrun import display_with_note

OUR_MODEL = "Checked against our model, not the article's."
HELD = (
    "Your answer is kept, without a verdict for now. Lesson 10 asks about the same ideas in new "
    "questions, then shows your answers from here and from there side by side, with the feedback."
)
ECHO = re.compile(r"(Yes|Correct|Right)[.!,:]\s+(?=\S)")
DIALOGUE = re.compile(r"\s\((\d)\)\s")  # "(1) Dana: … (2) Dana: …" in a prompt: one per line
NOT_ANSWERED = "Not answered yet: choose your answer above, then press “Check answer”."
# shown by the browser as soon as the learner types after a check: the kernel hears of the new
# words only when they leave the box, and clears the old verdict then
STALE = "✎ You have changed your answer since this feedback: press “{label}” again."
HELD_LABEL = "Save my answer"  # Start here's questions are not checked: nothing to check yet


@dataclass(frozen=True)
class Result:
    """The outcome of one submit, in words a learner can read."""

    correct: bool | None  # None where there is no right answer (a self-assessment, a reflection)
    feedback: str
    score: float | None = None
    answered: bool = True
    uncertain: bool = False  # the feedback engine could not tell: what it noticed, no verdict
    ending: bool = False  # a scenario's ending: the verdict names the outcome, not an answer

    @property
    def verdict(self) -> str:
        """Symbol and word, so the outcome never rests on colour alone."""
        if not self.answered:
            return "… Not answered yet"
        if self.uncertain:
            return "? Hard to tell"
        if self.ending and self.correct is not None:  # "Not quite" undersold a lost employee
            return "✔ A good outcome" if self.correct else "✘ A poor outcome"
        return {True: "✔ Correct", False: "✘ Not quite", None: "✎ Noted"}[self.correct]

    @property
    def message(self) -> str:
        """The feedback as shown after the verdict: a leading "Yes." under "✔ Correct" would
        say the same thing twice, so it goes."""
        if self.correct is True and ECHO.match(self.feedback):
            rest = ECHO.sub("", self.feedback, count=1)
            return rest[:1].upper() + rest[1:]
        return self.feedback

    @classmethod
    def kept(
        cls,
        kind: str | None,
        spec: Any,
        correct: bool | None,
        feedback: str,
        score: float | None = None,
    ) -> Result:
        """A result as the journal keeps it, told again as it was first told: a scenario names
        its outcome; a free text that asked for a verdict and holds none could not tell."""
        expects = kind == "free_text" and bool(getattr(spec, "expect", None))
        return cls(
            correct=correct,
            feedback=feedback,
            score=score,
            uncertain=expects and correct is None,
            ending=kind == "scenario",
        )

    def __str__(self) -> str:
        if not self.answered:
            return self.feedback
        return f"{self.verdict}. {self.message}"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))


class Exercise:
    """Base of all kinds. Subclasses build their controls and check an answer."""

    kind: ClassVar[str]
    check_label: ClassVar[str] = "Check answer"
    has_check_button: ClassVar[bool] = True  # False where each click already decides (scenario)
    not_answered: ClassVar[str] = NOT_ANSWERED
    shareable: ClassVar[bool] = False  # the learner's own words: private unless they share

    def __init__(self, spec: Any, lesson: str | None = None):
        self.spec = spec
        if spec.assessment == "pre":  # an instance's own label and message, not the kind's
            self.check_label = HELD_LABEL
            self.not_answered = self.not_answered.replace("“Check answer”", f"“{HELD_LABEL}”")
        self.lesson = lesson  # answers are remembered only for exercises of a lesson
        self.last_result: Result | None = None
        self._restoring = False
        self.share: widgets.Checkbox | None = None  # set by share_box for shareable kinds
        self.share_hint: widgets.HTML | None = None  # the line under it, saying what it does
        # a live region, empty until the first check
        self.feedback_html = Feedback(stale=STALE.format(label=self.check_label))
        self.feedback_html.add_class("coachlab-feedback")
        self.error_html = widgets.HTML()
        self.error_html.add_class("coachlab-error")
        self._press_sent: Any = None  # when the browser sent the last press (sent.py)
        self._pressed_for: Any = None  # the answer that press checked
        self.check_button = GuardedButton(
            self._press,
            self.error_html,
            description=self.check_label,
            icon="check",
            button_style="primary",
            tooltip=self.check_label,
            layout=widgets.Layout(display=None if self.has_check_button else "none"),
        )
        self.header_html = widgets.HTML(
            f"<h4>{html.escape(spec.title)}</h4><p>{prompt_markup(spec.prompt)}</p>"
        )
        self.widget = widgets.VBox(
            [
                stylesheet(),
                self.header_html,
                *self._build_controls(),
                *([share_box(self)] if self.shareable and lesson is not None else []),
                self.check_button,
                self.feedback_html,
                *self._build_after(),
                self.error_html,
            ]
        )
        self.widget.add_class("coachlab-exercise")
        self.widget.add_class(f"coachlab-{self.kind.replace('_', '-')}")
        if lesson is not None:
            memory.restore(self)
            drafts.put_back(self)

    # -- the programmatic surface ------------------------------------------------------
    def answer(self, value: Any) -> None:
        """Set the learner's answer exactly as the widget would (``None`` clears it)."""
        self._set_answer(value)

    def submit(self) -> Result:
        """Check the current answer, show the feedback in the exercise and return it."""
        answer = self._current_answer()
        if answer is None:
            result = Result(correct=None, feedback=self.not_answered, answered=False)
        else:
            result = self._check(answer)
            if self.spec.our_model and result.correct is not None:
                result = replace(result, feedback=f"{OUR_MODEL} {result.feedback}")
        kept = result
        if self.spec.assessment == "pre" and result.answered:
            # The verdict is stored for lesson 10's comparison but not shown: a pre-assessment
            # that gives its answers away cannot measure anything later.
            result = Result(correct=None, feedback=HELD)
            kept = replace(kept, feedback=HELD)
        saving = result.answered and self.lesson is not None and not self._restoring
        if saving and not memory.save(self, answer, kept):
            result = self._not_saved(result)
        self.last_result = result
        self.feedback_html.show(result)
        return result

    @property
    def shared(self) -> bool:
        """True when the learner ticked "Share with the facilitator" (never by default)."""
        return bool(self.share is not None and self.share.value)

    def guard(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        """``callback`` wrapped so a failure shows in this exercise (see ``guard.py``)."""
        return guarded(callback, self.error_html)

    def _press(self) -> Result:
        """What the button does: check, and note when the browser sent the press."""
        self._press_sent = browser_sent_at()
        self._pressed_for = self._current_answer()
        return self.submit()

    def _answer_changed(self, _change: Any = None) -> None:
        """An edit after Check makes the old verdict stale: clear it rather than mislead. An
        answer the browser sent before the press but the kernel ran after it is the answer the
        press was for, overtaken on its way (sent.py): check it."""
        if not self._restoring:
            drafts.keep(self)
        if self._sent_before_press():
            answer = self._current_answer()
            if answer != self._pressed_for:  # else the press already read it
                self._pressed_for = answer
                self.submit()
            return
        self.last_result = None
        self.feedback_html.clear()

    def _sent_before_press(self) -> bool:
        change = browser_sent_at()
        return None not in (change, self._press_sent) and change <= self._press_sent

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _ipython_display_(self) -> None:
        """In a notebook: a note for a lesson reopened before it has run, then the widget."""
        display_with_note(self.widget)

    # -- what each kind provides ---------------------------------------------------------
    def _build_controls(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def _not_saved(self, result: Result) -> Result:
        """The result to show when saving it failed; a kind whose feedback says "saved" says
        otherwise here."""
        return result

    def _restored(self, event: Any) -> None:
        """Called after a remembered answer was put back; a kind may pick up more of it."""

    def _build_after(self) -> list[widgets.Widget]:
        """Widgets shown under the feedback (a chart); none by default."""
        return []

    def _set_answer(self, value: Any) -> None:
        raise NotImplementedError

    def _current_answer(self) -> Any:
        """The answer as the controls hold it, or ``None`` when there is none yet."""
        raise NotImplementedError

    def _check(self, answer: Any) -> Result:
        """The verdict on an answer; may itself say "not answered" (e.g. half the items)."""
        raise NotImplementedError


def shown_order(exercise: Exercise, ids: list[str], *key: str) -> list[str]:
    """The order to show ``ids`` in: the learner's own for an exercise of a numbered lesson, the
    authored one elsewhere (the gallery, tests), where a fixed order is what a demonstration
    needs, and for a sequence that must stay in order (``keep_order``)."""
    if exercise.lesson is None or not exercise.lesson.isdigit() or exercise.spec.keep_order:
        return list(ids)
    from ..learner import display_order

    return display_order(ids, exercise.lesson, exercise.spec.id, *key)


def prompt_markup(prompt: str) -> str:
    """The prompt, escaped; numbered lines of a dialogue ("(1) … (2) …") each start a line, and
    a blank line in the YAML (a line break here) starts a new paragraph, so the instruction
    after a dialogue is not read as its last line."""
    text = html.escape(prompt)
    if "(1)" in prompt and "(2)" in prompt:
        text = DIALOGUE.sub(r"<br>(\1) ", text)
    return "</p><p>".join(part.strip() for part in text.split("\n"))
