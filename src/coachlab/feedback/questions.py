"""Open or closed? How much room a question gives the other person.

Open questions invite the other person to think and answer in their own words ("What got in the
way?", "Walk me through it"); closed ones ask for yes/no, a single fact or a pick from options
("Did you finish?", "What room is it in?", "Monday or Tuesday?"). The article's skilful leaders
"ask penetrating questions": questions that open.

How a text is read:
1. Sentences, then clauses: greetings, thanks and context ("Morning! Before we dive in, ...")
   are set aside, and the question is looked for at the start of each clause.
2. The last question-like clause decides: a follow-up usually narrows or widens what came before
   ("What do you think, should we go ahead?" asks for a yes or no).
3. The clause's opening words are matched against one ordered table (``OPENERS``): specific
   forms first ("how many" asks for a number, "tell me when" for a notice), then general ones
   ("how", "what", "did", "can you").
4. Flags, whatever the kind: "why" (can sound like blame), "leading" (the answer is in the
   question), "advice" (a suggestion dressed as a question), "stacked" (several at once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import length_tip, normalise, require_text, sentences

OPEN, CLOSED = "open", "closed"
# (opening words, kind, why) in order: the first that matches a clause's start decides.
OPENERS: tuple[tuple[str, str, str], ...] = (
    # Closed, although they start like open questions: a fact, a number, a notice, a pick.
    (r"how come\b", OPEN, "asks for their reasons"),
    (
        r"how (many|much|long|often|old|far|big|soon|late|early)\b",
        CLOSED,
        "asks for a number or a fact",
    ),
    (
        r"what('s| is| was| are| were)? ?(the |your |a )?([a-z]+ )?(model|room|size|time|day|"
        r"date|floor|number|extension|password|version|price|cost|total|headcount|deadline|eta|address|code|name|"
        r"reference|ref|ticket|case reference|case number|percentage|rate|score|status|count|"
        r"budget|figure|amount|url|link|email|phone)\b",
        CLOSED,
        "asks for a single fact",
    ),
    (
        r"(where|when|who|which) (do|would|could|did) you (see|think|feel|imagine|want|"
        r"hope|picture|reckon)\b",
        OPEN,
        "asks for their view",
    ),
    (r"(who|whose|where|when|which)\b", CLOSED, "asks for a single fact or a pick"),
    (r"what time\b|what day\b|what date\b", CLOSED, "asks for a single fact"),
    (
        r"tell me (when|which|if|whether)\b|let me know (when|which|if|whether)\b",
        CLOSED,
        "asks for a notice or a pick",
    ),
    (
        r"(i'm|i am|i was|just) (curious|wondering) (if|whether)\b|i wonder(ed)? (if|whether)\b",
        CLOSED,
        "asks for a yes or no",
    ),
    (
        r"why (don't|dont|not|wouldn't|won't) (you|we)\b|why not\b",
        CLOSED,
        "a suggestion phrased as a question",
    ),
    # Open: invitations, whatever their grammar.
    (
        r"(can|could|would|will) (you|u) (please |possibly |maybe |just )?(be willing to |"
        r"quickly )?(tell|describe|walk|talk|explain|share|say more|help me understand|elaborate|"
        r"expand|unpack|give me a (sense|rundown|picture|feel)|fill me in|take me through|"
        r"catch me up|run me through|paint)\b",
        OPEN,
        "invites an account in their own words",
    ),
    (
        r"(please |pls |plz )?(tell me (about|more|how|what|why|everything)|describe|"
        r"walk me through|talk me through|take me through|run me through|explain|elaborate|"
        r"expand on|unpack|"
        r"fill me in|catch me up|share (how|what|why|your)|say more|go on|help me understand|"
        r"give me (a|the) (rundown|picture|sense|download))\b",
        OPEN,
        "invites an account in their own words",
    ),
    (
        r"mind (walking|talking|taking|running|telling|explaining|sharing|filling)\b",
        OPEN,
        "invites an account in their own words",
    ),
    (
        r"(i'm|i am|i was|just) (curious|wondering) (what|how|why|about)\b|i wonder(ed)? "
        r"(what|how|why)\b|i('d| would) (like|love) to (hear|know|understand) (how|what|why|about|"
        r"from|more|your)\b",
        OPEN,
        "invites their view",
    ),
    (
        r"(any |what are your |got any )?(thoughts|ideas|suggestions|reflections|feedback)\b",
        OPEN,
        "invites their ideas",
    ),
    (r"in what (way|ways|sense)\b|to what extent\b|what if\b", OPEN, "invites them to explore"),
    (
        r"(how|what|why)\b|how's\b|hows\b|what's\b|whats\b|wat\b",
        OPEN,
        "invites an answer in their own words",
    ),
    # Closed: the answer can simply echo the verb ("Did you...?" "Yes.").
    (
        r"(did|do|does|is|are|was|were|can|could|will|would|have|has|had|should|shall|may|might|"
        r"am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|"
        r"shouldn't|any|anything|anyone|ready|done|ok|okay|all good)\b",
        CLOSED,
        "can be answered yes or no",
    ),
)
OPENER_PATTERNS = tuple((re.compile(pattern), kind, why) for pattern, kind, why in OPENERS)
# Words that come before the question without changing it: greetings, fillers, names.
LEAD_IN = re.compile(
    r"^((hey|hi|hiya|hello|yo|morning|good morning|afternoon|so|and|but|ok|okay|well|right|"
    r"alright|also|quick (q|question)|one (more )?thing|real quick|sorry|um|uh|oh|listen|look|"
    r"actually|honestly|btw|just (checking|wondering))\b[\s,!.:;-]*)+"
)
CLAUSE_START = re.compile(r"(?:^|[,:;!(]|\s[-–—]\s?|\s(?:and|but|so|or)\s)\s*")
LEADING = (
    r"\bdon'?t you (think|agree|feel)\b",
    r"\bisn'?t (it|that|this)\b",
    r"\bwouldn'?t (you|it be)\b",
    r",\s*(right|correct|yeah|yes|ok|okay|no)\s*\?\s*$",
    r"\bsurely\b",
    r"\byou agree\b",
    r"\bshouldn'?t (you|we)\b",
    r"\baren'?t you\b",
)
ADVICE = (
    r"(?<!what )(?<!which )\bhave you (tried|thought about|considered|looked at)\b",
    r"\bwhy (not|don'?t you)( just)?\b",
    r"\bwhat if you (just )?\b(tried|called|asked)\b",
    r"\bcould(n'?t)? you just\b",
    r"\bdid you try\b",
    r"\bwhat about (trying|asking|calling)\b",
    r"\bwouldn'?t it be (better|easier)\b",
)
TAG = re.compile(r"^(do|would|don't) you (think|reckon|suppose|say|feel|agree)\s*[?.!]*$")
WHY = re.compile(r"^why\b|\bwhy (did|didn't|would|are|were|is|do|don't) you\b")


@dataclass(frozen=True)
class QuestionAnalysis:
    kind: str  # "open" or "closed"
    flags: frozenset[str] = frozenset()  # of "leading", "why", "stacked", "advice"
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()


def classify_question(text: str) -> QuestionAnalysis:
    """Read ``text`` (any length, several sentences) and say whether its question is open."""
    said = sentences(normalise(require_text(text, "classify_question")))
    if not said:
        return QuestionAnalysis(CLOSED, tips=("Write a question first.",))
    found = _decisive_clause(said)
    if found is None:  # no opener anywhere: a statement, or a statement with a question mark
        kind, cues = CLOSED, ["no question word: reads as a statement to confirm"]
        question = said[-1]
    else:
        question, kind, words, why = found
        cues = [f"“{words}”: {why}"]
    flags, flag_cues = _flags(question, said)
    tips = _tips(kind, flags) + length_tip(text)
    return QuestionAnalysis(kind, frozenset(flags), tuple(cues + flag_cues), tips)


def _decisive_clause(said: list[str]) -> tuple[str, str, str, str] | None:
    """(sentence, kind, words, why) for the last question-like clause of the text."""
    for sentence in reversed(said):
        asks = sentence.endswith("?")
        matches = [m for m in (_opener(clause) for clause in _clause_starts(sentence)) if m]
        if matches:
            kind, words, why = matches[-1]
            if asks or kind == OPEN or sentence is said[-1]:
                return sentence, kind, words, why
        elif asks:
            return None
    return None


def _clause_starts(sentence: str) -> list[str]:
    starts = [m.end() for m in CLAUSE_START.finditer(sentence)]
    found = [LEAD_IN.sub("", sentence[start:].lstrip(" \"'(")) for start in starts]
    # "What made it go badly, do you think?": a tag after a question asks nothing new.
    return [clause for clause in found if not TAG.match(clause)] or found[:1]


def _opener(clause: str) -> tuple[str, str, str] | None:
    for pattern, kind, why in OPENER_PATTERNS:
        match = pattern.match(clause)
        if match:
            if kind == CLOSED and " or " in clause and match.group(0) in ("which",):
                return kind, match.group(0), "asks them to pick from given options"
            return kind, match.group(0).strip(), why
    return None


def _flags(question: str, said: list[str]) -> tuple[set[str], list[str]]:
    flags, cues = set(), []
    if WHY.search(question) and not question.startswith(("why not", "why don't")):
        flags.add("why")
        cues.append("“why”: can sound like asking someone to justify themselves")
    for name, patterns, effect in (
        ("leading", LEADING, "suggests the answer you want"),
        ("advice", ADVICE, "offers your solution as a question"),
    ):
        for pattern in patterns:
            match = re.search(pattern, question)
            if match:
                flags.add(name)
                cues.append(f"“{match.group(0).strip(' ,?')}”: {effect}")
                break
    if sum(s.endswith("?") for s in said) >= 2 or question.count("?") >= 2:
        flags.add("stacked")
        cues.append("two or more questions at once: the other person can only answer one")
    return flags, cues


def _tips(kind: str, flags: set[str]) -> tuple[str, ...]:
    tips = []
    if kind == CLOSED:
        tips.append(
            "Open it with “What…” or “How…”, or “Walk me through…”, so they can "
            "answer in their own words."
        )
    if "why" in flags:
        tips.append("“What led to…” asks the same thing without putting them on the defensive.")
    if "leading" in flags:
        tips.append("Drop the hint about the answer you expect, and ask what they think.")
    if "advice" in flags:
        tips.append("Ask what they have tried or considered before offering your idea.")
    if "stacked" in flags:
        tips.append("Ask one question, then wait for the answer.")
    return tuple(tips)
