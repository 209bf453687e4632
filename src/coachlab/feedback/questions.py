"""Open or closed? How much room a question gives the other person, and what it hides.

Open questions invite the other person to think and answer in their own words ("What got in the
way?", "Walk me through it"); closed ones ask for yes/no, a single fact or a pick ("Did you
finish?", "How many are left?", "Monday or Tuesday?"). Trainers code by function, not by first
word, so the verdict weighs named cues (``question_cues``), with weights fitted on meeting and
telephone transcripts and our own labelled questions.

Whatever its form, a question can still shut the other person down. ``flags`` names what a
coaching trainer would: ``hostile`` (blame or contempt: "Why didn't you…", "What's wrong with
you?"), ``leading`` (the answer is in it), ``advice`` (a suggestion dressed as a question),
``stacked`` (several at once; ``many_questions`` from three) and ``why`` (can sound like a demand
to justify).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .cues import Fired, as_a_whole, in_their_words, strip_lead_in
from .faults import MANY_QUESTIONS, QUESTION_FAULTS, STACKED_TIP
from .model import Confident, Reading, model
from .question_cues import AGENDA_FIRST, RULED_OUT, question_cues, question_flags
from .text import length_tip, normalise, require_text, sentences
from .word_start import compile_at_word_starts

OPEN, CLOSED = "open", "closed"
FLAG_TIPS = {
    "hostile": "Ask about the situation, not the person: “What's your side of it?” lets them "
    "explain without defending themselves.",
    "advice": "Ask what they have tried or considered before you offer your idea.",
    "leading": "Drop the hint about the answer you expect, and ask what they think.",
    "stacked": STACKED_TIP,
    "why": "“Why” can sound like asking them to justify themselves: “What led to…” asks the same "
    "thing without putting them on the defensive.",
}
# Blame about something missed or late: then "What got in the way?" is the question to ask
# instead; where nothing was missed ("Who asked you to change the rota?") it would accuse anew.
SHORTFALL_TIP = (
    "Ask about the situation, not the person: “What got in the way?” lets them explain without "
    "defending themselves."
)
AGENDA_TIP = (
    "Let them go first: open with what they want to talk about (“What would be most useful to "
    "cover today?”), and bring your topics after."
)
RULED_OUT_TIP = "Let them raise what matters to them, even a topic you would rather not hear again."
# Advice after the question ("What options have you looked at? Maybe have a chat with…"): it
# did ask, so "ask first" would ask for what it has (walkthrough 59)
AFTER_THE_QUESTION = re.compile(r"\?\s*[a-z]")
ADVICE_AFTER_TIP = "Stop at your question: their answer first, your idea after, if it is needed."
MISSED = re.compile(
    r"\b(?:didn'?t|did not|haven'?t|hasn'?t|wasn'?t|weren'?t|couldn'?t|won'?t|not (?:done|"
    r"finished|there|in)|late|lateness|miss(?:ed|ing)?|forg[oe]t\w*|behind|overdue|short|"
    r"fail\w*|slipp\w*|dropp\w*|(?:is|are|was|were|'s|'re) down|mistakes?|errors?|"
    r"wrong(?! with)|again|always|never|keep)\b"
)
# Advice on delivery, not a reason for the verdict: an open "why" is still open, so "can sound
# like justifying" is a tip, never a "Why:" line beside a ✔ (a why about their miss is hostile).
# Stacked questions short of "many" keep their ✔ (trainers let a small second one pass): the tip
# must not contradict it with "Ask one question" (walkthrough 65)
ONE_AT_A_TIME_TIP = "Ask the first question, and wait for the answer before the next."
ADVISORY = ("why", "stacked", MANY_QUESTIONS)  # many: for "Write one question" only
# Fitted cues that weigh in but tell a learner nothing they can act on ("very short").
UNSHOWN = frozenset({"q_short", "q_several", "q_you_verb"})
RULES = {
    # A follow-up that narrows the question decides it, whatever came before ("What do you
    # think, should we go ahead?" asks for a yes or no): a rule, not left to the data.
    "q_narrowed": -6.0,
    "q_or_so": -2.5,
    # "And the budget is how much?": a number asked after its topic, as a fact asked first is
    # (q_fact_wh's weight). A rule, as transcripts have six, and one open row among them would
    # outweigh the five closed ones (an open row counts 25 times as much in the fit).
    "q_later_fact": -1.5,
    "q_either_or": -2.5,
    # A fact asked, then "and what was going on then?" ends open: a rule, as transcripts hardly
    # have it.
    "q_then_open": 3.0,
    # "Any questions before we go through my list?" hands over the floor as a formality (review
    # 23): a rule, as in the transcripts "any questions?" mostly opens a floor that is really
    # open.
    "q_before_mine": -4.5,
    # "How about we look at it together?" asks them to accept a plan (review 26): a rule, as the
    # transcripts' "how about we…" is mostly a meeting's aside, not a question to one person.
    "q_proposal": -3.0,
    # "Do you want to talk about the project or the plan first?" has them pick one of your
    # topics, and "…or not really?" asks for the no (review 29): rules, as transcripts' "or not"
    # and "X or Y first" are mostly asides between colleagues, not a question put to one person.
    "q_pick_first": -6.0,
    "q_or_not": -6.0,
    # "Is there anything else, or are we done?" (review 32): the same easy no, at the end.
    "q_or_done": -6.0,
}
FAULTS = QUESTION_FAULTS  # whatever the form, not a coaching question
CLOSED_TIP = (
    "Open it with “What…” or “How…”, or “Walk me through…”, so they can answer in their own words."
)
# A closed question that already opens with "what" or "how" needs another tip than CLOSED_TIP.
NARROWED_TIP = "Stop after the open part: the options or the yes-or-no after it make it a pick."
PICK_TIP = "Let them choose where to start: “What would you like to start with?”"
OR_NOT_TIP = "Drop the “or not”: ask what they have in mind, so a no is not the easy answer."
OR_DONE_TIP = "Drop the way out at the end: ask what else is on their mind, then wait."
PROPOSAL_TIP = "Ask for their idea before you offer yours: “What would help here?”"
FACT_TIP = "It asks for a fact or a number: ask what it has been like for them instead."
# A question under a long speech (walkthrough 65's 95-word monologue got a bare ✔): their turn
# comes late, and the lead-up has usually told them what you think first
LONG_WORDS = 50
LONG_TIP = (
    "It runs to {n} words before they can answer: ask it with a sentence of context at most, then "
    "let them talk."
)
# "What do you think about maybe, possibly, if you want, looking at…?" (walkthrough 71): open,
# and so softened that it is easy to wave away
SOFTENERS = compile_at_word_starts(
    r"\b(?:maybe|perhaps|possibly|if you (?:want|like|don'?t mind)|kind of|sort of|a (?:little|"
    r"tiny) bit|just|at all|by any chance|i guess|only if)\b"
)
PILED_UP = 3
SOFTENED_TIP = "Ask it plainly: {words} make it easy to wave away."
WHICH_TIP = "Ask what they think or need instead, so they answer in their own words."
# No question mark and no question word: "The report was late." is no closed question, it is no
# question at all yet (walkthrough 60), and a learner should read that first.
STATEMENT = "This reads as a statement, not a question yet."
STATEMENT_TIP = (
    "Turn it into a question they answer in their own words: start with “What…” or “How…”, or "
    "“Walk me through…”."
)


@dataclass(frozen=True)
class QuestionAnalysis(Confident):
    kind: str  # "open" or "closed"
    flags: frozenset[str] = frozenset()  # hostile, leading, advice, stacked, many_questions, why
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    confidence: float = 0.0  # 0: could be either, 1: every cue points the same way
    lead: str = ""  # said first instead of "We read your question as closed", when that misleads


def classify_question(text: str) -> QuestionAnalysis:
    """Read ``text`` (any length, several sentences) and say whether its question is open."""
    said = normalise(require_text(text, "classify_question"))
    parts = sentences(said)
    if not parts:
        return QuestionAnalysis(CLOSED, tips=("Write a question first.",))
    fired, question = question_cues(parts)
    reading = model("question_open").read(fired, RULES)
    fired, reading = _open_then_detail(parts, question, fired, reading)
    kind = OPEN if reading.yes else CLOSED
    flags = question_flags(said, parts, question)
    if any(found.name == "hostile" for found in flags):  # the blame already says the "why"
        flags = [found for found in flags if found.name != "why"]
    cues = _one_line_per_quote([found for found in flags if found.name not in ADVISORY], text)
    if not set(FAULTS) & {found.name for found in flags}:  # its form matters less than a fault
        toward = [found for found in reading.toward(reading.yes) if found.name not in UNSHOWN]
        cues += [_said_of_which(found).quote(text) for found in toward[:2]]
    names = [found.name for found in flags]
    # one tip for one phrase: "Wouldn't it be better…" is advice and leading, one thing to fix
    advised = {f.words for f in flags if f.name == "advice"}
    also_advice = any(f.name == "leading" and f.words in advised for f in flags)
    tips = [
        _flag_tip(name, said, names)
        for name in FLAG_TIPS
        if name in names and not (name == "leading" and also_advice)
    ]
    # "You seem unhappy." (walkthrough 63): "very short" says nothing of its form
    only_a_statement = {f.name for f in fired} - {"q_short"} == {"q_statement"}
    statement = kind == CLOSED and "?" not in said and only_a_statement
    if kind == CLOSED and "hostile" not in names:
        tip = STATEMENT_TIP if statement else _closed_tip({f.name for f in fired}, parts, question)
        tips.insert(0, tip)
    if (words := len(said.split())) > LONG_WORDS:
        tips.append(LONG_TIP.format(n=words))
    if len(softened := dict.fromkeys(SOFTENERS.findall(said))) >= PILED_UP:
        quoted = " … ".join(f"“{in_their_words(word, text)}”" for word in list(softened)[:3])
        tips.append(SOFTENED_TIP.format(words=quoted))
    return QuestionAnalysis(
        kind,
        frozenset(names),
        tuple(dict.fromkeys(cues)) or (as_a_whole(kind),),
        tuple(tips[:3]) + length_tip(text),
        reading.confidence,
        STATEMENT if statement else "",
    )


def _one_line_per_quote(flags: list[Fired], text: str) -> list[str]:
    """Faults quoted once per phrase, their reasons joined: two "Why" lines on the same
    “Wouldn't it be better” read as a stutter (walkthrough 54)."""
    by_words: dict[str, list[Fired]] = {}
    for found in flags:
        by_words.setdefault(found.words, []).append(found)
    lines = []
    for words, same in by_words.items():
        reasons = list(dict.fromkeys(found.why for found in same))
        if not words or len(reasons) == 1:
            lines += [found.quote(text) for found in same]
        else:
            lines.append(Fired(same[0].name, "; ".join(reasons), words).quote(text))
    return lines


def _said_of_which(found: Fired) -> Fired:
    """ "Which" asks them to pick, not for "a number, a time or a single fact" (walkthrough 65:
    "Which of these would you rather fix first: the filing, the rota, or the printer?")."""
    if found.name == "q_fact_wh" and found.words.lower().startswith("which"):
        return dataclasses.replace(found, why="asks them to pick one, not for their account")
    return found


def _flag_tip(name: str, said: str, names: list[str]) -> str:
    """The tip for a fault, and for blame or your agenda first, the one that fits it."""
    if name == "stacked" and MANY_QUESTIONS not in names:  # two pass, so no "ask one"
        return ONE_AT_A_TIME_TIP
    if name == "hostile" and MISSED.search(said):
        return SHORTFALL_TIP
    if name == "leading" and AGENDA_FIRST.search(said):
        return AGENDA_TIP
    if name == "leading" and RULED_OUT.search(said):
        return RULED_OUT_TIP
    if name == "advice" and AFTER_THE_QUESTION.search(said):
        return ADVICE_AFTER_TIP
    return FLAG_TIPS[name]


# A yes or no after the open question that asks about the conversation, not a guess at the
# answer (blind review 60): "…? And is any of it stuff I could sort?", "…? Is there anything
# urgent?", "…? Is that fair to ask?", "…? Can I take notes while you talk?", "…? Would you be up
# for looking at it with me next week?" (not "…? Was it the client?", "…? Shall we go with my
# plan?")
AROUND_IT = compile_at_word_starts(
    r"^(?:and |but |so |also )?(?:(?:is|would|will|could|can|do|are) (?!(?:[\w'-]+ ){0,10}?my "
    r"(?:plan|idea|way|proposal|suggestion|view)\b)(?:[\w'-]+ ){0,10}?(?:i|me|we|us)\b|"
    r"is (?:there|that) anything\b|is (?:that|this|it) (?:ok|okay|fair|alright|all right)\b|"
    r"(?:can|may|could) i\b)"
)


def _open_then_detail(
    parts: list[str], question: str, fired: list[Fired], reading: Reading
) -> tuple[list[Fired], Reading]:
    """An open question, then a when or where to help them start ("What have you noticed?
    When and where does it happen?", blind review 52), or a yes or no about the conversation
    (``AROUND_IT``): the open one is the question, and the stacking is named. A yes or no that
    guesses at the answer still narrows it ("…? Was it the client?")."""
    names = {found.name for found in fired}
    if reading.yes or not (names & {"q_fact_wh", "q_later_fact"} or AROUND_IT.match(question)):
        return fired, reading
    for earlier in (p for p in parts[: parts.index(question)] if p.endswith("?")):
        first, _ = question_cues([earlier])
        first_reading = model("question_open").read(first, RULES)
        if first_reading.yes:
            return first, first_reading
    return fired, reading


# An open question asked first: "What do you think of it? It's good, right?"
OPENED = re.compile(r"(?:what|how|walk me through|tell me)\b")


def _closed_tip(fired: set[str], parts: list[str], question: str) -> str:
    """How to open this closed question, never asking for the "What…" it already has (in it,
    or in the open question asked before it)."""
    if "q_or_done" in fired:
        return OR_DONE_TIP
    if fired & {"q_narrowed", "q_either_or"} and fired & {"q_open_wh", "q_later_wh", "q_fact_wh"}:
        return NARROWED_TIP
    asked_before = parts[: parts.index(question)] if question in parts else []
    if any(p.endswith("?") and OPENED.match(strip_lead_in(p)) for p in asked_before):
        return NARROWED_TIP
    if "q_pick_first" in fired:
        return PICK_TIP
    if "q_or_not" in fired:
        return OR_NOT_TIP
    if "q_proposal" in fired:
        return PROPOSAL_TIP
    if fired & {"q_fact_wh", "q_later_fact"}:  # "Which…" picks, as its cue says (_said_of_which)
        return WHICH_TIP if strip_lead_in(question).lower().startswith("which") else FACT_TIP
    return CLOSED_TIP
