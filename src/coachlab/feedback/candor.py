"""Talking straight: how clearly and how fairly a piece of feedback says what it needs to.

The article says talking straight to a partner "takes a lot of candor, skill, and courage".
Straight feedback is specific and fair: it names the situation and the behaviour, says what it
led to, and asks for something (the situation-behaviour-impact pattern, plus a request). It is
weakened by hedging that buries the point, by labels about the person ("lazy", "careless"), by
absolutes ("you always", "never"), and by vagueness ("some things", "stuff").

The score starts from the elements present and loses for each issue, clamped to [0, 1].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import normalise, require_text

ELEMENTS: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(yesterday|today|this (morning|afternoon|week|month)|last (week|night|month|time|"
        r"friday|monday|tuesday|wednesday|thursday|shift)|on (monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)|in (the|today's|yesterday's|this|our|your|last) \w+|"
        r"during|at the (meeting|standup|stand-up|review|handover|huddle)|on the (call|ticket|"
        r"shift|floor)|when you|earlier)\b"
    ),
    "behaviour": re.compile(
        r"\byou (\w+ed|didn't|did not|weren't|were|sent|left|took|made|said|told|gave|forgot|"
        r"missed|came|went|spoke|wrote|skipped|cut|kept|let|ran|put|brought)\b|"
        r"\byour (\w+ )?(report|email|message|code|numbers|totals|slides|update|comment|tone|"
        r"work|draft|summary|ticket|notes)\b|\b(it|the \w+) (had|was|were|came in|arrived)\b"
    ),
    "impact": re.compile(
        r"\b(which|that|this|it) (meant|means|made|caused|led|left|cost|put|delayed|forced)\b|"
        r"\bas a result\b|\bbecause of (that|this)\b|\bso (the|we|i|she|he|they|our)\b|"
        r"\b(i|we|they|she|he) (had|have) to\b|\b(lost|delayed|missed|noticed|confused|"
        r"frustrated|affected|impact|impacted|upset|embarrassed|cost us|behind)\b"
    ),
    "request": re.compile(
        r"\b(can|could|would|will) you\b|\bplease\b|\bnext time\b|\bgoing forward\b|"
        r"\bfrom now on\b|\bi('d| would) (like|ask|prefer)\b|\bi need you to\b|\blet's\b|"
        r"\bi'm asking\b|\bcan we\b|\bhow can we\b|\bwhat would help\b|\?\s*$"
    ),
}
ISSUES: dict[str, tuple[re.Pattern[str], str]] = {
    "hedging": (
        re.compile(
            r"\b(just|maybe|perhaps|kind of|kinda|sort of|a (bit|little)|i don't know if|"
            r"not a big deal|no big deal|sorry to|probably nothing|if that's ok|i guess|might be|"
            r"somewhat|possibly|not sure if|only a thought|feel free to ignore|totally fine if)\b"
        ),
        "Say the point once, plainly: each softener makes it easier to miss.",
    ),
    "labels": (
        re.compile(
            r"\b(lazy|careless|sloppy|incompetent|useless|hopeless|unprofessional|rude|selfish|"
            r"clueless|idiot|stupid|pathetic|disaster|a joke|ridiculous|dumb|terrible)\b|"
            r"\byou('re| are) (so|such a|a|an|being)\b"
        ),
        "Describe what they did, not what they are: a label invites defence, not change.",
    ),
    "absolutes": (
        re.compile(r"\b(always|never|every single time|constantly|every time)\b"),
        "Swap “always” or “never” for the specific time it happened.",
    ),
    "vagueness": (
        re.compile(
            r"\b(some things|stuff|certain (issues|things)|you know what i mean|things have been|"
            r"a few (concerns|issues|things)|some concerns|the way you do things|your attitude)\b"
        ),
        "Name one specific moment: when, where, and what happened.",
    ),
}
ELEMENT_TIPS = {
    "situation": "Say when and where it happened.",
    "behaviour": "Describe what they did, as a camera would have seen it.",
    "impact": "Say what it led to: for the work, the client or the team.",
    "request": "End with what you are asking for, or ask how you can solve it together.",
}
HEDGES_ALLOWED = 1  # one "I think" or "just" does not blur a clear message


@dataclass(frozen=True)
class CandorAnalysis:
    score: float  # in [0, 1]
    elements: frozenset[str] = frozenset()  # of situation, behaviour, impact, request
    issues: frozenset[str] = frozenset()  # of hedging, labels, absolutes, vagueness
    tips: tuple[str, ...] = ()


def analyze_candor(text: str) -> CandorAnalysis:
    """Read a piece of feedback and say what makes it straight, and what blurs or sharpens it."""
    said = normalise(require_text(text, "analyze_candor"))
    if not said.strip():
        return CandorAnalysis(0.0, tips=("Write the message you would send first.",))
    elements = frozenset(name for name, pattern in ELEMENTS.items() if pattern.search(said))
    issues = set()
    for name, (pattern, _) in ISSUES.items():
        count = len(pattern.findall(said))
        if count > (HEDGES_ALLOWED if name == "hedging" else 0):
            issues.add(name)
    if "behaviour" not in elements and "situation" not in elements:
        issues.add("vagueness")
    score = 0.2 * len(elements) + 0.2 - 0.2 * len(issues) - 0.15 * ("labels" in issues)
    tips = [ELEMENT_TIPS[name] for name in ELEMENT_TIPS if name not in elements]
    tips += [ISSUES[name][1] for name in ISSUES if name in issues]
    return CandorAnalysis(
        round(min(max(score, 0.0), 1.0), 3), elements, frozenset(issues), tuple(tips)
    )
