"""Proactive or reactive? Whether a statement influences events or waits for them.

The article wants leadership coaching "to change employees' patterns of reacting to situations
to a more 'proactive' style of influencing events". A proactive statement is about what the
speaker can do: a plan, a next step, a choice, an offer, learning for next time. A reactive one
is about what is done to the speaker: blame, helplessness, complaint, waiting to be told. The
verdict weighs named cues (``framing_cues``), with weights fitted on stressed posts and the
growth-minded reframes people wrote for them, and on our own labeled workplace statements.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import Fired, as_a_whole
from .framing_cues import WILL_STEP, framing_cues
from .model import Confident, model
from .text import WHEN, length_tip, normalise, require_text, sentences
from .word_start import compile_at_word_starts

# Where a statement ends is where the speaker stands ("I'll try, but there's no point"): a rule.
RULES = {
    "f_ends_on_limit": -1.5,
    "f_wishes": -3.0,
    "f_pins_blame": -6.0,  # acting to blame is reactive, whatever "I will" says around it
    "f_moves_past": 2.0,
    "f_in_my_hands": 1.5,
    "f_limit_then_acts": 3.5,  # outweighs the helplessness it names (the cue and its words)
    "f_waits_first": -3.0,
    "f_sits_out": -3.0,
    "f_mocks": -4.0,
    "f_walks_out": -3.0,
    "f_threatens": -5.0,
    "f_labels": -3.0,
    "f_someday": -3.0,
    "f_hands_off": -3.0,
    "f_effort": -2.5,
    "f_fallback": 2.0,
    # what the step is for ("…so we're not short again"): the step counts, the worry does not
    "f_purpose": 0.5,
}


# What counts as committing to a step: "I'll…", "I've already…", "I'm calling…", "my plan
# is…", "what I can do is…", "I want to run a test next sprint", "happy to take this one",
# "putting it on the board today", and "I can…" unless hedged ("maybe I could try sometime").
COMMITS = frozenset({"f_commit", "f_acted", "f_did", "f_doing", "f_plan", "f_in_my_hands"})
COMMIT_WORDS = compile_at_word_starts(
    r"\b(?:(?:i|we)(?: want|'d like| would like) to|happy to|i'?ll have)\b|"
    r"\b\w+ing (?:it |that |this )?(?:now|today|tonight|this (?:week|morning|afternoon))\b"
)
HEDGED = compile_at_word_starts(
    r"\b(?:maybe|perhaps|might|sometime|someday|at some point|if (?:things|anyone|i get))\b"
)
# A promise taken back in the same breath (walkthrough 65): "I will try to maybe look at the
# waiting list if I get time", "I'm going to try and talk to IT maybe next week". Only where every
# sentence that commits says it: "I'll ring them today. Maybe IT fixes it sometime." commits.
TAKES_IT_BACK = compile_at_word_starts(
    r"\b(?:if i remember|at some point|sometime|someday|"
    r"(?:if|when|whenever) i (?:get|have|find) (?:the |a |some )?(?:time|chance|minute|moment)|"
    # a maybe on the promise or on its time, not on a detail ("…, maybe starting with the oldest")
    r"(?:(?<=will )|(?<='ll )|(?<=going to )|(?<=gonna )|(?<=try to )|(?<=try and ))(?:maybe|"
    r"perhaps|possibly|hopefully)|(?:maybe|perhaps|possibly|hopefully),? (?=(?:i|we)(?:'ll| will| "
    r"am going|'m going| can| could)\b)|(?:maybe|perhaps|possibly) (?=(?:next|tomorrow|later|"
    r"today|tonight|this|some|on \w+day)\b))"
)
HEDGED_TIP = "Keep the step and drop what takes it back, then say when: “I'll … by Thursday.”"
# What a statement that commits to nothing offers instead, each with its own first line in the
# feedback (``fault_lines``), the first found leading: nothing is in my hands, a complaint, a wait
# (walkthrough 65: "Trying hard, staying positive…" led all of them).
INSTEAD = (
    ("gives_up", frozenset({"f_helpless"})),
    ("complains", frozenset({"f_complain"})),
    ("waits", frozenset({"f_waiting", "f_sits_out", "f_waits_first"})),
)
OFFERS_INSTEAD = frozenset({"makes_do", *(flag for flag, _ in INSTEAD)})
# What a statement that commits to nothing may offer instead of a step: an effort, a mood, hope,
# holding out or accepting what comes ("I'll do my best, I suppose", "I'll stay positive", "I will
# hope for a better quarter"). Lesson 03 sorts these as reacting, so it is never "proactive in
# form" (the ``makes_do`` flag); the reactive ones are quoted first.
MAKES_DO = ("f_effort", "f_wishes", "f_someday", "f_helpless", "f_sits_out", "f_waiting")
SOUNDS_HOPEFUL = frozenset({"f_keep_going", "f_positive", "f_outlook"})
# Cues whose reason reads as a step ("looks at what could be done"): never shown as the reason a
# statement reads reactive, even where the data gave them a negative weight.
READS_AS_A_STEP = COMMITS | frozenset(
    {"f_can", "f_ask_to_act", "f_learn", "f_ahead", "f_ask_help", "f_fallback", "f_own"}
)


@dataclass(frozen=True)
class FramingAnalysis(Confident):
    stance: str  # "proactive" or "reactive"
    score: float  # in [-1, 1]; positive means proactive
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    confidence: float = 0.0
    # "commits_to_nothing": hopeful, but no step of their own; every framing exercise asks for
    # a commitment (lesson 03: "write it as a commitment"). Besides, what it offers instead
    # (OFFERS_INSTEAD): "gives_up", "complains", "waits", or "makes_do" (an effort, a mood, hope
    # or acceptance). "hedged_step": a promise taken back ("maybe", "if I get time");
    # "threatens": a threat as the step
    flags: frozenset[str] = frozenset()


def analyze_framing(text: str) -> FramingAnalysis:
    """Read a statement about a situation and say whether it influences or reacts, and why."""
    said = normalise(require_text(text, "analyze_framing"))
    if not sentences(said):
        return FramingAnalysis("reactive", 0.0, tips=("Write how you would talk about it first.",))
    read = len(said.split()) > 2  # "test", "😡": read, but too short for a verdict
    fired = framing_cues(said)
    reading = model("framing_proactive").read(fired, RULES, said)
    stance = "proactive" if reading.yes else "reactive"
    names = {found.name for found in fired}
    shown = [f for f in reading.toward(reading.yes) if reading.yes or f.name not in READS_AS_A_STEP]
    committed = names & COMMITS or COMMIT_WORDS.search(said)
    hedge = _takes_it_back(said) if read and committed else []
    if not read:
        flags: frozenset[str] = frozenset()
    elif hedge:
        flags = frozenset({"commits_to_nothing", "hedged_step"})
    else:
        flags = frozenset() if _commits(bool(committed), names, said) else _no_step(names)
    if "f_threatens" in names:
        flags |= {"threatens"}
    if "f_pins_blame" in names and not reading.yes:  # it leads in its own words (walkthrough 70)
        flags |= {"blames"}
    if flags & OFFERS_INSTEAD and reading.yes:  # what it offers instead of a step, not its tone
        instead = sorted(
            (f for f in fired if f.name in MAKES_DO), key=lambda f: MAKES_DO.index(f.name)
        )
        shown = instead or [f for f in fired if f.name in SOUNDS_HOPEFUL]
    if hedge:  # the words that take it back, not the promise they take back
        kept = [f for f in shown if f.name not in COMMITS | {"f_ends_on_step"}]
        quoted = " ".join(f.words for f in kept)
        taken = [
            Fired("f_takes_it_back", "takes the promise back", words)
            for words in hedge
            if words not in quoted
        ]
        shown = [*taken[:2], *kept]
    cues = [found.quote(text) for found in shown[:3]]
    return FramingAnalysis(
        stance,
        round(2 * reading.probability - 1, 3),
        tuple(dict.fromkeys(cues)) or (as_a_whole(stance),),
        (HEDGED_TIP,)
        if hedge
        else _tips(stance, names, bool(WHEN.search(said))) + length_tip(text)
        if read
        else ("Write the whole statement: what is in your hands, and what you will do.",),
        reading.confidence if read else 0.0,
        flags,
    )


def _no_step(names: set[str]) -> frozenset[str]:
    """The flags of a statement that commits to nothing: ``makes_do`` too when it offers an
    effort, a mood, hope or acceptance instead, and what it offers (``INSTEAD``)."""
    instead = {flag for flag, cues in INSTEAD if names & cues}
    if names & (set(MAKES_DO) - {c for _, cues in INSTEAD for c in cues} | SOUNDS_HOPEFUL):
        instead.add("makes_do")
    return frozenset({"commits_to_nothing", *instead})


def _takes_it_back(said: str) -> list[str]:
    """The hedges of a statement whose every committing sentence takes it back, else []."""
    committing = [s for s in sentences(said) if WILL_STEP.search(s) or COMMIT_WORDS.search(s)]
    hedges = [[m.group(0) for m in TAKES_IT_BACK.finditer(s)] for s in committing]
    if committing and all(hedges):
        return list(dict.fromkeys(words for found in hedges for words in found))
    return []


def _commits(committed: bool, names: set[str], said: str) -> bool:
    """Whether the statement commits to a step of its own (what every framing exercise asks):
    ``committed`` (a committing cue or words, found once by the caller), or an unhedged "I can…"."""
    return committed or ("f_can" in names and not HEDGED.search(said))


def _tips(stance: str, names: set[str], has_when: bool) -> tuple[str, ...]:
    """What to add, never what the text already has (a step, a time)."""
    step = bool(
        names & {"f_plan", "f_commit", "f_doing", "f_can", "f_in_my_hands"}
    )  # "What I can do is…"
    if stance == "proactive":
        if "f_acted" in names or (step and has_when):
            return ()
        return ("Say when: “…by Thursday.”",) if step else ("Name the next step, and when.",)
    tips = []
    if "f_waits_first" in names:
        tips.append("Name a step you can take before they act: what can you do today?")
    if names & {"f_pins_blame", "f_threatens"}:
        tips.append("Aim the step at the problem, not at who caused it: what will you change?")
    if not names & {"f_can", "f_in_my_hands", "f_commit"}:
        tips.append("Name what is in your hands: “What I can do is…”")
    if not (step and has_when):
        tips.append("Add one next step with a time: “I'll … by Thursday.”")
    if not names & {"f_pins_blame", "f_threatens", "f_complain"}:  # not under a threat, blame or a
        # complaint, where nothing was said to be out of reach (walkthrough 70)
        tips.append(
            "If something is truly outside your control, say so, then what you will do anyway."
        )
    return tuple(tips[:3])
