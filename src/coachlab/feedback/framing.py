"""Proactive or reactive? Whether a statement influences events or waits for them.

The article wants leadership coaching "to change employees' patterns of reacting to situations
to a more 'proactive' style of influencing events". A proactive statement is about what the
speaker can do: a plan, a next step, a choice, an offer, a request for help. A reactive one is
about what is done to the speaker: blame, helplessness, waiting to be told, "nothing I can do".

People often start with the constraint and end with the choice ("I can't move the date, but
I can cut scope"), or the other way round. So each clause is read, and later clauses count
more than earlier ones: where a statement ends is usually where the speaker stands.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .text import Cue, clauses, cue, find, length_tip, normalise, quoted, require_text, sentences

PROACTIVE: tuple[Cue, ...] = (
    cue(
        1.0,
        "commits to an action",
        r"(i'?ll|i will|i'?m going to|im going to|i am going to|i'?m gonna|we'?ll|we will|"
        r"we'?re going to|we are going to|let me|let'?s|lets)"
        r"(?! (just|probably|maybe)\b| (wait|see if|hope|leave it|not|do what))",
        r"^(going to|gonna|decided to|starting (this|next|on|monday|tomorrow))",
        r"starting (this week|next week|monday|tomorrow|today)",
        r"i (want|plan|intend|aim) to (run|try|test|fix|learn|do|ask|start|talk|call|get|make|"
        r"find|see|set|build|change)",
        r"i'?d rather (ask|check|do|fix|try|raise|flag)",
    ),
    cue(
        0.8,
        "looks at what is in your hands",
        r"i (can|could|might) (still )?(try|ask|set|call|draft|check|reach|flag|propose|suggest|"
        r"offer|start|fix|change|cut|move|look|talk|book|write|put|learn|take|prioriti[sz]e|stop)",
        r"we (can|could) (still )?(try|ask|set|call|draft|check|start|fix|change|cut|move|look|"
        r"defer|drop|do|use|prioriti[sz]e)",
    ),
    cue(
        1.0,
        "has already acted",
        r"(i|we)('?ve| have) (already |just )?(\w+ed|written|put|sent|made|done|taken|got|"
        r"gotten|spoken|begun|set|built|brought|found|told|run|paid|drawn|kept|given|shown|"
        r"split|cut|read|sat|met|won)\b",
        r"(i|we) (already )?(started|set up|booked|drafted|sent|asked|called|emailed|reached out|"
        r"flagged|fixed|added|spoke|talked|wrote|created|scheduled|signed up|decided|mapped|"
        r"printed|put in|borrowed|issued|restored|checked|found)\b",
        r"^(started|signed up|decided|found|fixed|printed|booked|drafted|sent|called)\b",
    ),
    cue(
        0.8,
        "learns for next time",
        r"next time",
        r"going forward",
        r"from now on",
        r"in future",
        r"to prevent",
        r"so (it|this|that) (doesn'?t|can'?t|won'?t) happen",
        r"so we'?re not",
        r"so we don'?t",
    ),
    cue(
        0.9,
        "takes ownership",
        r"(my|our) plan",
        r"plan (is|to)",
        r"options",
        r"i chose",
        r"my goal",
        r"on it",
        r"i'?m (choosing|taking|owning|handling|trying|booking|logging|updating|adding|"
        r"rearranging|restoring|fixing|telling|putting|reaching|handing|introducing|"
        r"setting|calling|drafting|writing)",
        r"i own",
        r"(that'?s|that one'?s|it'?s) (on me|mine)",
        r"take responsibility",
        r"fixing (it )?now",
        r"happy to take",
        r"i'?d like to (understand|do|try|learn)",
    ),
    cue(
        0.5,
        "describes what you are doing about it",
        r"(i'?m|i am|we'?re|we are) (?!(waiting|struggling|feeling|getting|losing|drowning|"
        r"stuck|sick|tired|done|not|just|going to keep|so|being|hoping|wondering)\b)\w+ing\b",
    ),
    cue(
        0.6,
        "asks for help to move it forward",
        r"(can|could|would) (you|we) (help|show|walk|pair)",
        r"can (i|we) (get|do)",
        r"i('d| would) like (some )?help",
        r"i need (some )?help with",
        r"what can i do",
        r"what could i do",
        r"what do you think we could",
    ),
    cue(
        0.6,
        "keeps things moving while waiting",
        r"in the meantime",
        r"meanwhile",
        r"then (i'?ll|we'?ll|decide)",
        r"until then",
        r"instead of waiting",
        r"rather than wait",
        r"stop waiting",
        r"not wait",
    ),
)
REACTIVE: tuple[Cue, ...] = (
    cue(
        -1.2,
        "gives up on influencing it",
        r"nothing (i|we) can do",
        r"out of (my|our) hands",
        r"no (point|use)",
        r"why bother",
        r"not worth (it|the)",
        r"pointless",
        r"i give up",
        r"it is what it is",
        r"that'?s (just )?(how|the way) it is",
        r"what can you do",
        r"hopeless",
        r"not much (to say|i can do|we can do)",
        r"not cut out",
        r"nothing'?s (going to|gonna) change",
        r"these things happen",
        r"oh well",
        r"if it'?s late,? it'?s late",
        r"maybe next (year|time)",
        r"same as (last|always|usual)",
        r"we'?ll (probably|likely) (miss|fail|lose)",
    ),
    cue(
        -1.0,
        "pushes responsibility away",
        r"not my (fault|job|problem|call|department|responsibility|decision)",
        r"(nobody|no one) (told|asked) (me|us|for)",
        r"wasn'?t told",
        r"(did|do) what i was told",
        r"that'?s on (whoever|them|him|her|the)",
        r"let (them|him|her|someone|purchasing|\w+) deal with it",
        r"kept it to myself",
    ),
    cue(
        -0.9,
        "blames others",
        r"(they|he|she|management|the client|corporate|hr|it|the system|the other team|"
        r"procurement|the market|my manager|our manager)"
        r" (always|never|keep|keeps|won'?t|don'?t let|didn'?t let|made me|make me|dropped)",
    ),
    cue(
        -1.0,
        "waits to be told",
        r"(i'?ll|i will|we'?ll|i'?m going to) (just )?(wait|see|leave it)"
        r"(?! for .{0,40}(but|then))",
        r"wait (until|till|for) (someone|somebody|they|management|my manager|he|she|i'?m told)",
        r"until (someone|somebody) (tells|says|sorts)",
        r"wait and see",
        r"until (they|he|she|management|someone|somebody) (step|steps|sort|sorts|fix|fixes|"
        r"decide|decides)",
        r"just tell me what (you want|to do)",
        r"when i get to it",
    ),
    cue(
        -0.8,
        "wishes someone else would act",
        r"(someone|somebody|they|management) (should|needs? to|ought to)",
        r"if only",
    ),
    cue(
        -0.7,
        "speaks as if without choices",
        r"(i|we) (have|had|got) no choice",
        r"they (made|make) (me|us)",
        r"i'?m (not allowed|stuck)",
        r"they won'?t let",
        r"not up to me",
    ),
    cue(-0.4, "names a limit", r"can'?t", r"cannot", r"can not", r"impossible"),
    cue(
        -0.7,
        "hides who did what",
        r"mistakes were made",
        r"(got|was|were) (lost|missed|dropped|forgotten|broken|found)",
        r"was sent (with|out|to) the wrong",
        r"didn'?t get (sent|done|fixed|finished)",
        r"fell through the cracks",
    ),
    cue(
        -0.8,
        "resignation",
        r"whatever",
        r"ugh",
        r"sick of",
        r"fed up",
        r"typical",
        r"as usual",
        r"of course they",
        r"here we go again",
        r"not again",
        r"same old",
        r"(i guess |i suppose )?(i'?ll|we'?ll) just (keep|stay|put|let|muddle|go along|have to)",
        r"i guess",
        r"apparently",
        r"(they'?d|they would|they'?ll) probably say no",
        r"we'?ll do what we can",
    ),
    cue(
        -1.1,
        "refuses to act",
        r"(i'?m not going to|im not going to|i won'?t|i will not|not going to) "
        r"(bother|try|plan|waste)",
        r"why should i",
    ),
    cue(-0.3, "sweeping words leave no room to change", r"always", r"never"),
)
LATER_CLAUSES_COUNT_MORE = 0.6  # the last clause weighs 1.6 times the first


@dataclass(frozen=True)
class FramingAnalysis:
    stance: str  # "proactive" or "reactive"
    score: float  # in [-1, 1]; positive means proactive
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()


def analyze_framing(text: str) -> FramingAnalysis:
    """Read a statement about a situation and say whether it influences or reacts, and why."""
    parts = [
        c for s in sentences(normalise(require_text(text, "analyze_framing"))) for c in clauses(s)
    ]
    if not parts:
        return FramingAnalysis("reactive", 0.0, tips=("Write how you would talk about it first.",))
    total, cues = 0.0, []
    for index, part in enumerate(parts):
        weight = 1 + LATER_CLAUSES_COUNT_MORE * index / max(len(parts) - 1, 1)
        for found, words in find(PROACTIVE + REACTIVE, part):
            total += found.weight * weight
            cues.append(quoted(words, found.why))
    score = round(math.tanh(total / 1.5), 3)
    stance = "proactive" if score > 0 else "reactive"
    tips = _tips(stance, cues) + length_tip(text)
    return FramingAnalysis(stance, score, tuple(dict.fromkeys(cues)), tips)


def _tips(stance: str, cues: list[str]) -> tuple[str, ...]:
    if stance == "proactive":
        return () if cues else ("Name the next step you will take, and when.",)
    return (
        "Name what is in your hands: “What I can do is…”",
        "Add one next step with a time: “I'll … by Thursday.”",
        "If something is truly outside your control, say so, then say what you will do anyway.",
    )
