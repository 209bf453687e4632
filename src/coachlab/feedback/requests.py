"""Partnering or directive? How a request lands on the person who receives it.

The article contrasts partnering with "dictatorial edicts, autocratic requests, domineering
opinions that amount to marching orders". A request partners when it leaves the other person
room: it asks rather than tells, gives a reason, checks what they need or whether it works for
them, offers help or a choice, or invites them to shape it. It directs when it imposes: an
obligation ("you need to"), a bare instruction ("send it"), a decision already made for them,
a rule with a consequence, a demand for justification, sarcasm, or words that close the
discussion.

Each cue carries a weight (positive: partnering) and the reason shown to the learner; the score
is the sum, squashed into [-1, 1]. Politeness alone does not make a request partnering:
"Please have it done by noon, thanks" is a courteous order, so "please" and "thanks" weigh
little next to "have it done by noon" (a bare instruction). A plain question with no other cue
leaves room for an answer and counts a little towards partnering.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .text import Cue, clauses, cue, find, length_tip, normalise, quoted, require_text, sentences

PARTNERING: tuple[Cue, ...] = (
    cue(0.6, "asks rather than tells", r"(could|would|can) (you|u)(?! (please )?just)"),
    cue(
        1.0,
        "checks whether it works for them",
        r"would it (work|be ok|be okay|be alright|be possible|help|make sense)",
        r"(does|do|would) (that|this|it) (feel|seem|sound|look) (doable|ok|okay|fair|right|"
        r"realistic|reasonable|manageable)",
        r"is (that|this|it) (doable|realistic|manageable|feasible|fair|ok|okay)",
        r"if it doesn'?t work",
        r"does (that|this) work",
    ),
    cue(
        1.0,
        "asks how they feel about it",
        r"how (would|do) you feel about",
        r"are you (ok|okay|comfortable|happy) with",
    ),
    cue(
        0.8,
        "invites their view",
        r"what (do )?you think",
        r"your (thoughts|view|take|input|ideas?)",
        r"thoughts",
        r"(i want|i'd like|i would like) to hear",
        r"how you feel",
    ),
    cue(
        1.0,
        "asks what they need",
        r"what (would|do) you need",
        r"what would (it take|help|make it)",
        r"what'?s (realistic|doable|possible)",
        r"what'?s the best way (for me )?to (support|help)",
        r"how (can|could) i (support|help)",
    ),
    cue(
        0.9,
        "gives them a choice or a way out",
        r"if not",
        r"or (should|shall) i",
        r"either'?s fine",
        r"either way",
        r"no pressure",
        r"no worries if",
        r"feel free",
        r"open to",
        r"flexible",
        r"up to you",
        r"your call",
        r"no rush",
        r"in your own time",
    ),
    cue(
        0.8,
        "leaves room to say no or to shape it",
        r"(let me know|tell me|say so|shout) (honestly )?if",
        r"if (that|this|it) (works|suits|is ok)",
        r"if at all possible",
        r"(have|got) (the )?(room|space) (to|for)",
        r"if you('re| are) (able|ok|okay|up for|free)",
        r"if you can",
        r"if you have (the )?(time|bandwidth|capacity)",
        r"plate",
        r"bandwidth",
    ),
    cue(
        0.8,
        "offers something in return",
        r"(i|we) can (help|take|cover|pick up|jump in)",
        r"happy to (help|pair|jump)",
        r"what can i do",
        r"if i (take|cover|handle)",
        r"i'll (help|cover|take)",
    ),
    cue(
        0.8,
        "a genuine ask they can decline",
        r"i was wondering",
        r"any chance",
        r"would you be (up for|willing|able|open)",
        r"would you mind",
        r"are you (up for|able|free)",
        r"do you have (time|a minute|capacity)",
        r"i('d| would) be (grateful|glad|delighted) if",
        r"whenever",
    ),
    cue(
        0.7,
        "makes it a shared problem",
        r"what if we",
        r"how about (we|if)",
        r"shall we",
        r"(can|could|should) we",
        r"we could",
        r"let'?s (figure|work|talk|discuss|look|find|sort|try|see)",
    ),
    cue(
        0.5,
        "works on it together",
        r"together",
        r"work (it |this )?out",
        r"figure (it |this )?out",
        r"pair",
    ),
    cue(0.3, "gives a reason", r"because", r"so that", r"since", r"the reason", r"that way"),
    cue(0.25, "appreciation", r"thanks", r"thank you", r"thx", r"appreciate", r"grateful"),
    cue(
        0.2, "acknowledges their side", r"sorry", r"i know (it'?s|this is|you'?re)", r"i reali[sz]e"
    ),
)
DIRECTIVE: tuple[Cue, ...] = (
    cue(
        -1.0,
        "states an obligation instead of asking",
        r"(?<!would )(?<!do )(?<!will )(?<!did )(you|u) (need|have|got) to",
        r"you must",
        r"you('ll| will) (need to|have to)",
        r"you('re| are) (expected|required) to",
        r"you (should|better|had better)",
    ),
    cue(
        -0.8,
        "puts your need in place of a request",
        r"(i )?(need|want|expect|require) (you|u|this|it|that|these|those|the|everyone|all)"
        r"(?! (know|hear|think|feel))",
        r"i('d| would) like you to",
    ),
    cue(-0.7, "an instruction to comply", r"make sure", r"ensure", r"see to it"),
    cue(
        -1.4,
        "closes the discussion",
        r"no excuses",
        r"non-?negotiable",
        r"mandatory",
        r"not optional",
        r"or else",
        r"don'?t want to hear",
        r"don'?t argue",
        r"end of (discussion|story)",
        r"because i said",
        r"i'?m not asking",
        r"no (ifs|buts|arguments|discussion)",
        r"this is not a request",
        r"or there will be",
        r"consequences",
    ),
    cue(
        -0.5,
        "pressure without room to negotiate",
        r"asap",
        r"immediately",
        r"right now",
        r"right away",
        r"at once",
    ),
    cue(
        -1.1,
        "overrides their judgement",
        r"just (do|get|send|fix|finish|make|sort|handle|deal|use|follow)",
        r"the way i (said|told|asked|want)",
        r"do (as|what) i",
        r"do it my way",
        r"(can|could|would) (you|u) (please )?just",
        r"regardless",
        r"(stop|quit) (asking|arguing|complaining|questioning|pushing back)",
        r"whether you like it or not",
    ),
    cue(
        -1.0,
        "decided for them",
        r"i('ve| have) (already )?(assigned|scheduled|put|booked|moved|rostered|signed up|"
        r"volunteered|switched) you",
        r"you('re| are) (now )?(on|covering|assigned|rostered|scheduled)",
    ),
    cue(
        -0.9,
        "a rule with a consequence, not a request",
        r"(need|needs|has|have) to be (in|done|submitted|completed|finished|sent|filed|signed|"
        r"approved|on)",
        r"or (they|it|you|requests?)('ll| will) be (denied|rejected|refused|removed|cancell?ed|"
        r"canceled|disciplined|docked|written up)",
    ),
    cue(
        -0.8,
        "demands a justification",
        r"why (isn'?t|hasn'?t|haven'?t|aren'?t|didn'?t|wasn'?t|weren'?t|is it not|can'?t)",
    ),
    cue(
        -1.0,
        "an edict for everyone",
        r"going forward,? (everyone|all|you|staff|the team)",
        r"effective immediately",
        r"(all|every) (staff|employees?|team members?) (will|must|are to|need)",
        r"are to",
    ),
    cue(
        -0.6,
        "formal wording for an order",
        r"kindly",
        r"it is (expected|required)",
        r"is to be",
        r"are to be",
    ),
    cue(
        -1.0,
        "thanks them for something they never agreed to",
        r"thanks in advance for (having|getting|doing|making|sending)",
    ),
    cue(
        -0.9,
        "sounds like a reprimand",
        r"i (told|asked) you",
        r"how many times",
        r"for the last time",
    ),
    cue(
        -1.0,
        "sarcasm",
        r"oh great",
        r"this time\?",
        r"maybe try",
        r"for once",
        r"be a (dear|love|doll)",
        r"thanks for nothing",
        r"wow,? (another|again)",
    ),
)
IMPERATIVE_WORDS = (
    "get send make do finish fix submit stop start have ensure complete update call email put "
    "take bring move clean check write prepare deliver book cover handle follow read sign fill "
    "file return print post schedule cancel remove add change redo rewrite review approve pay "
    "stay come go leave keep hand tell give show use run test deploy ship push pull merge close "
    "open clear sort wrap lock count restock label pack load unload answer reply respond "
    "escalate report confirm double-check organise organize arrange fax upload download attach "
    "forward drop fetch finalise finalize grab chase pick tidy type note remind inform notify "
    "be bin scrap swap"
)
IMPERATIVE_VERBS = frozenset(IMPERATIVE_WORDS.split())
SOFTENERS = (
    "please ",
    "pls ",
    "plz ",
    "just ",
    "kindly ",
    "also ",
    "and ",
    "so ",
    "ok ",
    "okay ",
    "now ",
    "then ",
)
# After "please", these start a request or a courtesy rather than an instruction.
NOT_AFTER_PLEASE = frozenset(
    ("could", "would", "can", "will", "let", "feel", "do", "don't", "be", "note", "find")
)
SCALE = 1.6  # how many units of cue weight make a clear verdict


@dataclass(frozen=True)
class RequestAnalysis:
    style: str  # "partnering" or "directive"
    score: float  # in [-1, 1]; positive means partnering
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()


def analyze_request(text: str) -> RequestAnalysis:
    """Read a request (any length, several sentences) and say how it lands, and why."""
    said = sentences(normalise(require_text(text, "analyze_request")))
    if not said:
        return RequestAnalysis("directive", 0.0, tips=("Write the request you would make first.",))
    total, cues, asks = 0.0, [], False
    for sentence in said:
        for found, words in find(PARTNERING + DIRECTIVE, sentence):
            total += found.weight
            cues.append(quoted(words, found.why))
        for part in clauses(sentence):
            verb = instruction_verb(part)
            if verb:
                total -= 0.8
                cues.append(quoted(verb, "a bare instruction"))
        asks = asks or sentence.endswith("?")
    if total == 0 and asks:  # a plain question with no other cue still leaves room to answer
        total, cues = 0.3, [*cues, "a question: it leaves room for an answer"]
    score = round(math.tanh(total / SCALE), 3)
    style = "partnering" if score > 0 else "directive"
    tips = _tips(style, total, asks) + length_tip(text)
    return RequestAnalysis(style, score, tuple(dict.fromkeys(cues)), tips)


def instruction_verb(clause: str) -> str | None:
    """The verb a clause opens with, when it opens like an order ("send it", "please fix ...")."""
    words = clause.strip(" \"'(-")
    for mark in (",", " — ", " - ", ": "):  # a greeting, a name or a label first: "hey sam, send"
        head, found, rest = words.partition(mark)
        if found and len(head.split()) <= 3:
            words = rest.strip()
    asked_politely = False
    while words.startswith(SOFTENERS):  # "now please redo ..."
        asked_politely = asked_politely or words.startswith(("please ", "pls ", "plz ", "kindly "))
        words = words.split(" ", 1)[1] if " " in words else ""
    first, _, rest = words.partition(" ")
    first = first.strip(".!?")
    if rest.split(" ", 1)[0] in ("you", "u", "we", "i", "they", "he", "she"):
        return None  # "do you have a minute?" asks; "do the report" instructs
    if first in ("don't", "dont"):
        return "don't"
    if asked_politely and first.isalpha() and first not in NOT_AFTER_PLEASE:
        return first  # "please train the new hires": after "please" comes the verb
    return first if first in IMPERATIVE_VERBS else None


def _tips(style: str, total: float, asks: bool) -> tuple[str, ...]:
    if style == "partnering":
        if total >= 1:
            return ()
        return (
            "It leaves them room. Say the deadline or the need plainly too, so the request "
            "is clear as well as kind.",
        )
    tips = [
        "Turn the instruction into a question: “Could you…?” or “Would it work for you to…?”",
        "Say why it matters, and ask what they would need to do it.",
    ]
    if not asks:
        tips.append(
            "End with an opening: “Does that work for you?” or “What would get in the way?”"
        )
    return tuple(tips)
