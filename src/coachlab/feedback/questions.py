"""Open or closed? A first, transparent reading of a question a learner writes.

Open questions invite the other person to think and talk ("What got in the way?"); closed ones
ask for yes/no or a single fact ("Did you finish?"). The rules, in order:

1. Look at the last sentence that is a question (ends with "?", or starts like one): greetings
   and context before it ("Thanks for coming.") do not decide anything.
2. Openers that invite an account are open: what, how, tell me, describe, walk me through, ...
3. Openers that start with a verb the answer can simply echo are closed: did, do, is, are,
   can, could, will, would, have, should, ...  ("Could you tell me more" is an invitation, so
   "could/would you tell/describe/walk/explain" counts as open.)
4. Flags, whatever the kind: "why" (can sound like blame), "leading" ("don't you think", "isn't
   it", "right?"), "advice" ("have you tried", "why not just"), "stacked" (two questions at once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_OPENERS = (
    "what",
    "how",
    "why",
    "which",
    "where",
    "when",
    "who",
    "tell me",
    "describe",
    "walk me through",
    "talk me through",
    "help me understand",
    "say more",
    "i'm curious",
    "i am curious",
    "i was wondering what",
    "i was wondering how",
)
INVITING_VERBS = r"(tell|describe|walk|talk|explain|share|say more|help me understand)"
CLOSED_OPENERS = (
    "did",
    "do",
    "does",
    "is",
    "are",
    "was",
    "were",
    "can",
    "could",
    "will",
    "would",
    "have",
    "has",
    "had",
    "should",
    "shall",
    "may",
    "might",
    "am",
    "isn't",
    "aren't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "haven't",
    "shouldn't",
)
LEADING = (
    r"\bdon'?t you (think|agree)\b",
    r"\bisn'?t it\b",
    r"\bwouldn'?t you\b",
    r",\s*right\s*\?",
    r"\bsurely\b",
)
ADVICE = (
    r"\bhave you (tried|thought about|considered)\b",
    r"\bwhy (not|don'?t you) just\b",
    r"\bwhat if you just\b",
    r"\bcould(n'?t)? you just\b",
)
SENTENCES = re.compile(r"[^.!?]*[.!?]+|[^.!?]+$")


@dataclass(frozen=True)
class QuestionAnalysis:
    kind: str  # "open" or "closed"
    flags: frozenset[str] = frozenset()
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = field(default=())


def classify_question(text: str) -> QuestionAnalysis:
    """Read ``text`` (any length, several sentences) and say whether its question is open."""
    if not isinstance(text, str):
        raise TypeError(f"classify_question reads a str, not {type(text).__name__}")
    question = _question_sentence(text)
    if not question:
        return QuestionAnalysis("closed", tips=("Write a question first.",))
    lowered = question.lower().replace("’", "'")
    kind, cues = _kind(lowered)
    flags, flag_cues = _flags(lowered, text)
    return QuestionAnalysis(kind, frozenset(flags), tuple(cues + flag_cues), _tips(kind, flags))


def _question_sentence(text: str) -> str:
    sentences = [s.strip() for s in SENTENCES.findall(text) if s.strip()]
    questions = [s for s in sentences if s.endswith("?") or _opener(s.lower()) is not None]
    return (questions or sentences or [""])[-1]


def _opener(lowered: str) -> tuple[str, str] | None:
    words = lowered.lstrip("\"'“ ")
    if re.match(rf"^(could|would|can|will) you (please )?{INVITING_VERBS}\b", words):
        return "open", " ".join(words.split()[:3])
    for opener in OPEN_OPENERS:
        if re.match(rf"^{re.escape(opener)}\b", words):
            return "open", opener
    first = words.split()[0] if words.split() else ""
    if first.strip(",?") in CLOSED_OPENERS:
        return "closed", first.strip(",?")
    return None


def _kind(lowered: str) -> tuple[str, list[str]]:
    found = _opener(lowered)
    if found is None:
        return "closed", []
    kind, cue = found
    effect = {
        "open": "invites an answer in their own words",
        "closed": "can be answered yes or no",
    }[kind]
    if cue == "why":  # open, but flagged below; one cue should not praise what another warns of
        effect = "asks for an explanation"
    return kind, [f"“{cue}”: {effect}"]


def _flags(lowered: str, text: str) -> tuple[set[str], list[str]]:
    flags, cues = set(), []
    if re.match(r"^why\b", lowered):
        flags.add("why")
        cues.append("“why”: can sound like asking someone to justify themselves")
    for name, patterns in (("leading", LEADING), ("advice", ADVICE)):
        for pattern in patterns:
            match = re.search(pattern, lowered)
            if match:
                flags.add(name)
                cues.append(
                    f"“{match.group(0).strip(' ,?')}”: "
                    + (
                        "suggests the answer you want"
                        if name == "leading"
                        else "offers your solution as a question"
                    )
                )
                break
    if text.count("?") >= 2:
        flags.add("stacked")
        cues.append("two or more question marks: several questions at once")
    return flags, cues


def _tips(kind: str, flags: set[str]) -> tuple[str, ...]:
    tips = []
    if kind == "closed":
        tips.append("Try opening with “What…” or “How…” so they can answer in their own words.")
    if "why" in flags:
        tips.append("“What led to…” asks the same thing without putting them on the defensive.")
    if "leading" in flags:
        tips.append("Drop the hint about the answer you expect, and ask what they think.")
    if "advice" in flags:
        tips.append("Ask what they have tried or considered before offering your idea.")
    if "stacked" in flags:
        tips.append("Ask one question, then wait for the answer.")
    return tuple(tips)
