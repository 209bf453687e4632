"""Coaching-language analyzers: pure functions over ``str``, no widgets, no I/O, deterministic.

- ``classify_question``: open or closed, and flags (hostile, leading, advice, stacked, why, …)
- ``analyze_request``: partnering or directive, with a score in [-1, 1]
- ``analyze_framing``: proactive or reactive, with a score in [-1, 1]
- ``analyze_candor``: a score in [0, 1], the elements present, the issues found

Each returns the cues it found (the words, and why they matter) and tips to rephrase.
``ANALYZERS`` is what lesson YAML may name in a free-text exercise (``analyzer: question``),
with the values each result field can take, so ``expect: {kind: open}`` is checked at load time,
and what an exercise may require besides (``requires: [their-gain]``, ``[common-ground]``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from .faults import (
    MANY_QUESTIONS,
    NO_COMMON_GROUND,
    NOTHING_FOR_THEM,
    PILES_ON,
    QUESTION_FAULTS,
    REQUEST_FAULTS,
    STACKED_TIP,
)

# Each analyzer, and its result type, by the module that holds it. A module is imported (and its
# cue tables compiled, most of the import's cost) the first time one of its names is used, so a
# lesson that only asks questions never compiles the candor tables.
LAZY = {
    "analyze_candor": "candor",
    "CandorAnalysis": "candor",
    "analyze_framing": "framing",
    "FramingAnalysis": "framing",
    "classify_question": "questions",
    "QuestionAnalysis": "questions",
    "analyze_request": "requests",
    "RequestAnalysis": "requests",
}


def __getattr__(name: str) -> Any:
    if name in LAZY:
        return getattr(import_module(f".{LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _on_first_use(name: str) -> Callable[[str], Any]:
    """``name``'s analyzer, imported when it first reads a text."""

    def read(text: str) -> Any:
        return __getattr__(name)(text)

    read.__name__ = read.__qualname__ = name
    return read


@dataclass(frozen=True)
class Requirement:
    """What one exercise may ask for besides the verdict (``requires:`` in its YAML), in the
    words of the faults: the flag an analysis raises when the answer lacks it, what to say then
    (as ``Analyzer.fault_notes``), and a tip that asks for it."""

    flag: str
    notes: tuple[str, str]
    tip: str


@dataclass(frozen=True)
class Analyzer:
    function: Callable[[str], Any]
    fields: dict[str, tuple[str, ...]]  # result field -> the values it can take
    describes: str  # what it looks at, for the learner: "your question"
    faults: frozenset[str] = frozenset()  # flags that rule out a ✔ whatever the verdict
    # What a fault means, said after the verdict: when the form is what the exercise wants,
    # and when it is not either.
    fault_notes: tuple[str, str] = (
        "but it would not land that way.",
        # not "even reworded as a request" (walkthrough 70): "…how about you take the rota?"
        # already is one
        "And however it is worded, it would not land as an invitation: see why below.",
    )
    # A flag's own first line, said instead of "In form, … reads as <what the exercise wants>"
    # where that would praise the form: an effort or a shrug is not proactive in any form.
    fault_lines: Mapping[str, str] = field(default_factory=dict)
    # What an exercise may require besides (``requires:``), by the name the YAML uses
    requirements: Mapping[str, Requirement] = field(default_factory=dict, compare=False)

    def missing(self, result: Any, requires: Iterable[str] = ()) -> list[Requirement]:
        """The requirements among ``requires`` that ``result`` lacks."""
        flags = getattr(result, "flags", frozenset())
        return [
            self.requirements[name] for name in requires if self.requirements[name].flag in flags
        ]

    def meets(
        self, result: Any, expect: dict[str, str], requires: Iterable[str] = ()
    ) -> bool | None:
        """Whether ``result`` has what ``expect`` asks for, and what ``requires`` names: None
        when nothing is asked, or when the analyzer is not sure (then the learner reads what it
        noticed, not ✔ or ✘)."""
        if not expect:
            return None
        if self.faults & getattr(result, "flags", frozenset()) or self.missing(result, requires):
            return False
        if not getattr(result, "sure", True):
            return None
        return all(str(getattr(result, name)) == value for name, value in expect.items())


ANALYZERS: dict[str, Analyzer] = {
    "question": Analyzer(
        _on_first_use("classify_question"),
        {"kind": ("open", "closed")},
        "your question",
        frozenset(QUESTION_FAULTS),
        (
            "but it would not land that way.",
            "And even reworded as an open question, it would not land as a real one: see why "
            "below.",
        ),
        # "Write one question": several at once leave them to pick which to answer
        requirements={
            "one-question": Requirement(
                MANY_QUESTIONS,
                (
                    "but it asks several questions at once: the exercise asks for one, so "
                    "they can think about it and answer it fully.",
                    "And it asks several questions at once.",
                ),
                STACKED_TIP,
            ),
        },
    ),
    "request": Analyzer(
        _on_first_use("analyze_request"),
        {"style": ("partnering", "directive")},
        "your request",
        frozenset(REQUEST_FAULTS),
        fault_lines={
            # not "In form, partnering": handing it over is no form of asking (lesson 04)
            "walks_away": "Handing it over and walking away is not partnering either: it "
            "leaves them alone with it.",
        },
        # Lesson 06, "a two-way street": say what is in it for them as well as for you
        requirements={
            "their-gain": Requirement(
                NOTHING_FOR_THEM,
                (
                    "but it does not say what is in it for them yet: the exercise asks for "
                    "their gain (not only the team's or yours), said or asked.",
                    "And it does not say what is in it for them yet.",
                ),
                "Say what is in it for them: what they would gain (“It would give you…”, "
                "“You'd get…”), or ask (“What would make it worth it for you?”).",
            ),
            # Lesson 10: "name one thing you both want, then ask"
            "common-ground": Requirement(
                NO_COMMON_GROUND,
                (
                    "but it does not name what you both want yet: the exercise asks you to "
                    "start from common ground.",
                    "And it does not name what you both want yet.",
                ),
                "Start from one thing you both want, and name it (“We both want Saturdays to "
                "run smoothly…”, “Neither of us wants…”), then ask.",
            ),
        },
    ),
    # Every framing exercise asks for a commitment (lesson 03: "write it as a commitment").
    "framing": Analyzer(
        _on_first_use("analyze_framing"),
        {"stance": ("proactive", "reactive")},
        "your statement",
        frozenset({"commits_to_nothing", "threatens", "blames"}),
        (
            # "I'll look into it." starts with "I'll" (walkthrough 60): say what a step is
            "but it does not commit to a step yet: the exercise asks for one someone could see "
            "you take (“I'll ring…”, “I've already booked…”).",
            "And it does not commit to a step yet.",
        ),
        {  # the first that applies leads (walkthrough 65)
            "threatens": "A threat is not a step that influences events: it aims at people, not "
            "at the problem. The exercise asks for a step of your own someone could see you take "
            "(“I'll ring…”, “I've already booked…”).",
            "blames": "Making sure someone gets the blame does not change what happens next: "
            "the exercise asks for a step at the problem itself (“I'll ring…”, “I've already "
            "booked…”).",
            "hedged_step": "A promise taken back in the same breath is not yet a commitment: the "
            "exercise asks for a step you will take (“I'll ring…”, “I've already booked…”).",
            "gives_up": "Saying it is out of your hands is where the exercise starts, not the "
            "step it asks for: say what you will do anyway, one step someone could see you take "
            "(“I'll ring…”, “I've already booked…”).",
            "complains": "A complaint, however often it is made, changes nothing by itself: the "
            "exercise asks for a step someone could see you take (“I'll ring…”, “I've already "
            "booked…”).",
            "makes_do": "Trying hard, staying positive, hoping or accepting what comes is not yet "
            "a step of your own: the exercise asks for one someone could see you take (“I'll "
            "ring…”, “I've already booked…”).",
            "waits": "Waiting for someone else to act is not yet a step of your own: the "
            "exercise asks for one you can take before they do (“I'll ring…”, “I've already "
            "booked…”).",
        },
    ),
    # Every candor exercise asks for a request (lesson 09's straight ends "and a request"),
    # so a message that asks for nothing gets no ✔, however plain it is.
    "candor": Analyzer(
        _on_first_use("analyze_candor"),
        {"verdict": ("straight", "hedged", "harsh")},
        "your message",
        frozenset({"asks_nothing", "only_the_ask", PILES_ON}),
        (
            # not "anything": "Please sort your attitude out" asks, but for a trait (walkthrough 53)
            "but it does not ask for something they can do yet: the exercise asks you to end "
            "with a request.",
            "And it does not ask for something they can do yet.",
        ),
        {
            # "Ruth, please send the report by noon on Fridays from now on.": plain, but not yet
            # what lesson 09 calls straight, and not hedged either (walkthrough 62)
            "only_the_ask": "It asks plainly, but it is only the ask: a straight message first "
            "names the moment, what happened and what it led to, then asks.",
            # lesson 07: Harriet's "While we're at it, your drawings last week were sloppy"
            PILES_ON: "It piles a second criticism onto the first, the habit lesson 07 shows in "
            "Harriet's “While we're at it…”.",
        },
    ),
}

__all__ = [
    "ANALYZERS",
    "Analyzer",
    "CandorAnalysis",
    "FramingAnalysis",
    "QuestionAnalysis",
    "RequestAnalysis",
    "Requirement",
    "analyze_candor",
    "analyze_framing",
    "analyze_request",
    "classify_question",
]
