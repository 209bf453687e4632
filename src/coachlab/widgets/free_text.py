"""Free text: the learner writes; an analyzer from ``coachlab.feedback`` (named in the YAML)
reads it, and the feedback quotes the cues it found and how to rephrase."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..feedback import ANALYZERS
from ..feedback.text import looks_english
from ..specs import FreeTextSpec
from .base import Exercise, Result
from .text_input import current_text, set_text, text_area

NOT_ENGLISH = (
    "This does not look like English, and the feedback reads only English words, so it cannot "
    "judge it. Your words are kept; write it in English to get feedback on it."
)


# Said under every box whose words a checker reads (walkthrough 65: only lessons 03 and 04 said
# it, so learners elsewhere trusted a wrong verdict)
CHECKER_NOTE = (
    "The feedback comes from a checker that reads cue words. It can be wrong: read the words it "
    "quotes, and judge for yourself."
)


class FreeText(Exercise):
    kind = "free_text"
    shareable = True
    spec: FreeTextSpec
    not_answered = "Not answered yet: write something first, then press “Check answer”."

    def _build_controls(self) -> list[widgets.Widget]:
        self.analyzer = ANALYZERS[self.spec.analyzer]
        self.text = text_area(self.spec.placeholder, "Your words:")
        self.text.observe(self.guard(self._answer_changed), names="value")
        note = widgets.HTML(f'<p class="coachlab-checker-note">{CHECKER_NOTE}</p>')
        return [self.text, note]

    def _set_answer(self, value: Any) -> None:
        set_text(self.text, value, "the words you would say")

    def _current_answer(self) -> str | None:
        """The text, or None when it has no word to read ("???" is not an answer yet)."""
        text = current_text(self.text)
        return text if text and any(ch.isalnum() for ch in text) else None

    def _asks_for(self, wanted: str) -> str:
        """What the exercise asks for, named as the analyzer names what it reads: "The exercise
        asks for an open question." (walkthrough 53 found "We were looking for: open." stilted)"""
        thing = self.analyzer.describes.split()[-1]  # "your question": "question"
        article = "an" if wanted[:1] in "aeiou" else "a"
        return f"The exercise asks for {article} {wanted} {thing}."

    def _check(self, answer: str) -> Result:
        if not looks_english(answer):  # the cues are English words: say so, judge nothing
            return Result(correct=None, feedback=NOT_ENGLISH, uncertain=bool(self.spec.expect))
        analysis = self.analyzer.function(answer)
        found = ", ".join(str(getattr(analysis, name)) for name in self.analyzer.fields)
        correct = self.analyzer.meets(analysis, self.spec.expect, self.spec.requires)
        wanted = ", ".join(self.spec.expect.values())
        flags = getattr(analysis, "flags", frozenset())
        tips = list(analysis.tips)
        notes, own = None, []  # what the fault, or the requirement missing, means
        if self.analyzer.faults & flags:
            notes = self.analyzer.fault_notes
            own = [line for flag, line in self.analyzer.fault_lines.items() if flag in flags]
        elif missing := self.analyzer.missing(analysis, self.spec.requires):
            notes = missing[0].notes
            tips = [missing[0].tip, *(tip for tip in tips if tip != missing[0].tip)]
        # "This reads as a statement, not a question yet." where "as closed" would mislead
        read_as = getattr(analysis, "lead", "") or f"We read {self.analyzer.describes} as {found}."
        sure = getattr(analysis, "sure", True)
        choices = " or ".join(v for vs in self.analyzer.fields.values() for v in vs)
        unsure = f"We can't tell for sure whether {self.analyzer.describes} reads as {choices}; it "
        if notes and self.spec.expect and own:  # a fault whose own line says it best, any form
            lines = own[:1]
        elif notes and self.spec.expect and found == wanted and sure:  # hostile: not open
            lines = [f"In form, {self.analyzer.describes} reads as {found}, {notes[0]}"]
        elif notes and self.spec.expect and found == wanted:  # no "In form, partnering" unsure
            lines = [f"{unsure}leans {found}, {notes[0]}"]
        elif notes and self.spec.expect:  # the wrong form, and a fault besides: say both
            lines = [read_as, f"{self._asks_for(wanted)} {notes[1]}"]
        elif not sure:
            lines = [f"{unsure}leans {found}. Here is what we noticed."]
        else:
            lines = [read_as]
            if correct is False and found != wanted:
                lines.append(self._asks_for(wanted))
        lines += [f"Why: {cue}" for cue in analysis.cues[:4]] or ["No particular cues found."]
        lines += [f"Keep: {kept}" for kept in getattr(analysis, "keeps", ())]
        lines += [f"Try: {tip}" for tip in tips[:3]]
        uncertain = bool(self.spec.expect) and correct is None
        return Result(correct=correct, feedback="\n".join(lines), uncertain=uncertain)
