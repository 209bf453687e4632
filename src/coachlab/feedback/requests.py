"""Partnering or directive? How a request lands on the person who receives it.

The article contrasts partnering with "dictatorial edicts, autocratic requests, domineering
opinions that amount to marching orders". A request partners when it leaves the other person
room: it asks or suggests, gives a reason, checks what works for them, offers help or a way
out. It directs when it imposes: a bare instruction, an obligation, a deadline as pressure, a
question that blames. The verdict weighs named cues (``request_cues``), with weights fitted on
meeting transcripts (suggestions vs commands) and our own labeled requests.

Some words take the choice back, however politely the request began ("Could you take Saturday?
I've already put you on the rota."): those are rules with a fixed weight, not left to the data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .cues import Fired, as_a_whole, in_their_words, quotes
from .faults import NO_COMMON_GROUND, NOTHING_FOR_THEM, PILES_ON
from .model import SURE_FROM, Confident, model
from .request_cues import GIVES_REASON, request_cues
from .text import WHEN, length_tip, normalise, require_text, sentences
from .word_start import compile_at_word_starts

RULES = {
    "closes": -4.0,
    # "Wouldn't you agree it's only fair…?": the answer put in their mouth. Meetings use it to
    # suggest, so a small weight; the exercise verdict comes from the fault, not the weight.
    "leads": -1.0,
    # "Would you rather train them on Monday or Tuesday?": whether is not asked, only when
    "only_when": -4.0,
    "tag_order": -4.0,
    "decided": -4.0,
    "presumes": -4.0,
    "sarcasm": -3.0,
    "jab": -2.5,
    "threatens": -4.0,
    "guilt": -3.0,
    "r_blame": -3.0,
    "doubt": -3.0,
    "overrides": -3.0,
    "justify": -1.5,
    "negative_q": -1.5,
    "exasperated": -2.0,
    # Swearing or a label for the person ("Could you fix this crap?") leaves no room for a
    # calm yes, however politely it asks. Meetings hardly swear, so set, not fitted.
    "scorns": -2.0,
    "judges": -1.5,
    "demands": -1.5,
    # Politeness research finds a request that opens on "you" + what they did among the least
    # polite; meetings hardly have any, so set, not fitted.
    "r_you_did": -0.8,
    # "You should volunteer for the audit" tells them what to do, however kindly meant: in
    # meetings it is a suggestion as often as not, so the fitted weight was ~0; set, not fitted.
    "r_you_should": -1.0,
    # Courtesy is neither an order nor an invitation: in meetings "thanks" closes commands, in
    # writing it marks politeness. Fixed small weights keep either habit from deciding.
    "r_please": -0.3,
    "r_thanks": 0.2,
    # Owning the imposition ("sorry for the short notice") is among the surest marks of a polite
    # request between peers (politeness research); meetings hardly have it, so set, not fitted.
    "r_sorry": 0.5,
    # "Would Friday work for you?": r_check_in's weight, fixed (see request_cues)
    "r_fits_you": 1.5,
    # An instruction asked as a question ("Move this into a helper?") proposes; meetings hardly
    # have any, so its weight is set, not fitted: a little toward partnering.
    "r_proposes": 0.3,
    # What is in it for them ("it would give you the visibility you wanted"): a reason in their
    # interest, a mark of a polite request (politeness research); meetings hardly say it, so set.
    "r_their_gain": 0.5,
    # Walking away ("I don't care how") is neither an order nor an invitation: the fault decides
    # the exercise, not the weight (lesson 04, what partnering is not)
    "walks_away": 0.0,
    # A rating promised for the yes: meetings hardly have it, so set, not fitted
    "bargains": -3.0,
    # A second criticism tacked on (lesson 07's Harriet): the fault decides, so set, not fitted
    PILES_ON: -1.0,
}
# Softeners stacked until nothing is asked ("it might be nice at some point if maybe…, just a
# thought"): kind, but no request to say yes to. Two or more, and no time, and we can't tell.
VAGUE = compile_at_word_starts(
    r"\b(?:maybe|perhaps|probably|at some point|some ?day|sometime|just a thought|"
    # not the courtesy of "whenever convenient", "whenever you get a chance"
    r"whenever(?! (?:convenient|you|it suits|suits))|"
    r"more or less|or something|kind of|sort of|if possible|"
    # no subject yet (blind review 52): "a chat sometime about stuff on the software team"
    r"(?:about|re) (?:some |a few |the )?(?:stuff|things)(?= on| at| in| with| for|\s*[,.!?]|$))\b"
)
# Softeners piled up until the ask is lost (walkthrough 65: "I was wondering if maybe, only if
# you have time and feel like it, you might possibly consider having a look at the rota at some
# point?"): four or more, whatever else it says, are too soft to be an ask
SOFTENERS = compile_at_word_starts(
    r"\b(?:maybe|perhaps|possibly|at some point|sometime|some ?day|i was (?:just )?wondering|"
    r"(?:only )?if you(?:'re| are)? (?:have (?:the )?time|feel like it|up for it|not too busy|"
    r"don'?t mind)|(?:might|could) (?:possibly |maybe )?consider|no pressure|if it'?s not too "
    r"much (?:trouble|bother)|kind of|sort of|a little bit|if possible|i suppose|i guess)\b"
)
PILED_UP = 4
# Common ground said but not named (walkthrough 65): "We both want the same thing here", "We
# both want this to work"
EMPTY_GROUND = compile_at_word_starts(
    r"\b(?:we|you and (?:i|me))(?: \w+)? (?:both|all) (?:(?:kind|sort) of )?(?:want|need) (?:the "
    r"same(?: thing)?|this(?: to work)?|it(?: to work)?|that|the best|what'?s best|good things|"
    # walkthrough 73: "we both kind of want things to be better"
    r"things to (?:be|get|go) (?:better|well|ok|okay|right|good))(?=\s*[,.!?;]|\s*$| here\b| "
    r"too\b)"
)
UNNAMED_GROUND = "says you agree, but not on what: name the thing you both want"
# What you both want, named (lesson 10, "common ground"): "We both want…", "Neither of us
# wants…", "fewer no-shows would help us both", "same goal as you", "a win-win". Checked
# against every own-case answer of four blind reviews: all that the trainers passed name it so.
COMMON_GROUND = compile_at_word_starts(
    # blind review 56: "we're both tired of the partners chasing us"
    r"\bwe(?:'re| are) (?:both|all) (?:tired|sick|fed up|keen|after|trying)\b|"
    r"\b(?:(?:we|you and (?:i|me)|you n me)(?: (?:\w+ )?(?:both|all) (?:want|need|care|hate|lose|"
    r"gain|win|benefit)| (?:both|all|each))|both (?:of us|our [\w-]+|us|sides)|us (?:both|all|two)|"
    r"all of us|(?:neither|either|each) of us|the two of us|same (?:goal|aim|thing|side|page|"
    r"problem)|shared? (?:goal|aim|interest|want|problem|win)|we share|common (?:ground|goal|aim|"
    r"interest)|win[- ]win|(?:both|all) (?:of )?our interests?|in (?:our|everyone'?s) (?:shared "
    r"|mutual )?interest|mutual|we'?d both|helps? us both|"
    # each side's gain: "calmer mornings for you and less lost money for us"
    r"for (?:you|your \w+)\b[^.?!]{0,40}?\b(?:and|,) (?:[^.?!]{0,30}?\b)?for (?:us|me|our|the \w+)|"
    r"for (?:us|me|the \w+)\b[^.?!]{0,40}?\b(?:and|,) (?:[^.?!]{0,30}?\b)?for (?:you|your))\b"
)
# Cues that colour a request but do not ask on their own: "It would be great if things improved"
# is a wish, with nothing for them to say yes to.
DOES_NOT_ASK = frozenset(
    {"r_would_be_good", "r_hedge", "r_thanks", "r_please", "r_sorry", "r_reason", "r_together",
     "r_now", "r_their_gain"}
)  # fmt: skip
# What is an order however short: "Send it.", "Please sign.", "Don't."
ORDERS_IN_TWO_WORDS = frozenset({"r_imperative", "r_please_verb", "r_dont"})
# Cues that already end on an opening: no need to suggest "Does that work for you?"
ENDS_OPEN = {"r_check_in", "r_fits_you", "r_way_out", "r_should_we"}
BARE_DEADLINE = "a close deadline, with no reason for it and no room around it"
# What asks, in any form: without one, a directive reading is said plainly, not "as a whole"
# (walkthrough 62: "Taking on the onboarding work will be good for both of us…")
ASKS = frozenset({"r_ask_modal", "r_question", "r_should_we", "r_proposes", "r_fits_you",
                  "r_check_in", "r_way_out"})  # fmt: skip
TELLS = "asks nothing: it says what will happen, with no question they could say no to"
# What to try when a rule fired. The "Why" line above it already quotes the words that fired it,
# so the tip says what to do instead, not the same words again (walkthroughs 58 and 59: "Why:
# “No arguments”: closes the discussion" then "Try: … “No arguments” decides it for them").
# Courtesy ("please", "thanks") has none: its weight is small on purpose, and good manners are
# never the problem.
TAKES_THE_CHOICE = "Leave the choice open: ask, so that they can say yes, no, or how."
ON_THE_DEFENSIVE = (
    "Say what you need plainly, without the edge: an edge puts them on the defensive."
)
PUTS_ON_THE_SPOT = "Ask what happened, not why they failed: “What got in the way?”"
RULE_TIPS = {
    PILES_ON: "Keep to one thing: give the second criticism its own conversation, or the request "
    "gets lost.",
    "closes": TAKES_THE_CHOICE,
    "decided": TAKES_THE_CHOICE,
    "presumes": "Leave the choice open: ask before you count on their yes.",
    "overrides": "Leave room for their judgment: say the result you need, and leave the how to "
    "them.",
    "leads": "Ask, and let them answer: leave out the answer you want.",
    "only_when": "Ask whether first (“Could you…?”), then which or when.",
    "tag_order": TAKES_THE_CHOICE,
    "sarcasm": ON_THE_DEFENSIVE,
    "jab": ON_THE_DEFENSIVE,
    "guilt": "Leave the no free: a no should cost them nothing.",
    "threatens": "Say what is at stake and ask how to get there, instead of threatening.",
    "r_blame": PUTS_ON_THE_SPOT,
    "justify": PUTS_ON_THE_SPOT,
    "doubt": "Ask what they found, rather than doubting it: “What did you find?”",
    "negative_q": PUTS_ON_THE_SPOT,
    "judges": "Describe what you saw, not a verdict on their work.",
    "exasperated": "Ask once, calmly.",
    "scorns": "Say what you need without scorn: it puts them on the defensive.",
    "r_you_did": "Start from what you need (“I need…”), not from what they did.",
    "demands": "Say what you need or would suggest, not only what they must account for: "
    "“Could we…?”",
    "bargains": "Keep their rating out of it: ask, and let a no cost them nothing.",
    "walks_away": "Stay in it with them: say the result you both need, and offer your help "
    "(“Tell me what you need from me”).",
}


# What lesson 06 asks for besides a partnering form: what is in it for them (``r_their_gain``).
# Once the choice is taken, it is leverage, not a gain ("It would be great for your career…
# I'll put your name down"): then, as when nothing is in it for them, the flag says so.
LEVERAGE = "what is in it for them counts for nothing once the choice is taken"

# Whatever its form, a request that takes the choice back or puts them on the defensive does
# not partner ("Would it kill you to help for once?"): ``flags`` names it, and an exercise that
# asks for a partnering request never says ✔ to it.
FAULTS = {
    "takes_the_choice": frozenset(
        {"closes", "decided", "presumes", "leads", "only_when", "tag_order", "bargains"}
    ),
    "on_the_defensive": frozenset({"sarcasm", "jab", "threatens", "scorns", "guilt", PILES_ON}),
    "walks_away": frozenset({"walks_away"}),
}


@dataclass(frozen=True)
class RequestAnalysis(Confident):
    style: str  # "partnering" or "directive"
    score: float  # in [-1, 1]; positive means partnering
    cues: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    confidence: float = 0.0
    # of the FAULTS names, NOTHING_FOR_THEM and NO_COMMON_GROUND (faults only where an exercise
    # requires their gain, or common ground)
    flags: frozenset[str] = frozenset()


def analyze_request(text: str) -> RequestAnalysis:
    """Read a request (any length, several sentences) and say how it lands, and why."""
    said = normalise(require_text(text, "analyze_request"))
    if not sentences(said):
        return RequestAnalysis("directive", 0.0, tips=("Write the request you would make first.",))
    fired = request_cues(said)
    names = {found.name for found in fired}
    faults = frozenset(fault for fault, rules in FAULTS.items() if rules & names)
    gain = next((found for found in fired if found.name == "r_their_gain"), None)
    # a criticism piled on buries the gain, but does not turn it into leverage
    leverage = bool(names & set().union(*FAULTS.values()) - {PILES_ON})
    if gain and leverage:  # flattery as leverage: it weighs nothing, and the learner is told why
        fired = [found for found in fired if found is not gain]
    reading = model("request_partnering").read(fired, RULES, said)
    style = "partnering" if reading.yes else "directive"
    closers = [found for found in fired if found.name in RULE_TIPS]
    # walking away is no form of asking: what the wording leans to is beside the point
    shown = [] if "walks_away" in faults else reading.toward(reading.yes)
    # a deadline kept is what lesson 04 allows ("keep the deadline if it matters"): named after
    # the reasons that decide, never first (walkthrough 54)
    shown = sorted(shown, key=lambda found: found.name == "r_now")
    if not reading.yes and [found.name for found in shown[:1]] == ["r_now"]:  # it alone decides:
        shown[0] = Fired("r_now", BARE_DEADLINE, shown[0].words)  # no "fine when…" (walkthrough 63)
    if gain and reading.yes and not faults:  # their gain is credited first, never crowded out
        others = [found for found in shown if gain.words not in found.words]
        shown = [gain, *(f for f in others if not (f.words and f.words in gain.words))]
    # named once: "…Really helped us all sleep." is sarcasm, not also a remark that blames
    sneers = {found.words for found in fired if found.name in ("sarcasm", "jab")}
    closers, shown = (
        [f for f in found if not (f.name == "r_blame" and f.words in sneers)]
        for found in (closers, shown)
    )
    cues = quotes(closers + shown[:3], text)
    if gain and leverage:
        cues.insert(len(closers), f"“{in_their_words(gain.words, text)}”: {LEVERAGE}")
    confidence = reading.confidence
    vague = dict.fromkeys(VAGUE.findall(said))
    piled = dict.fromkeys(SOFTENERS.findall(said))
    piled_up = len(piled) >= PILED_UP
    if piled_up:
        vague = piled
    if reading.yes and len(vague) > 1 and (piled_up or not WHEN.search(said)):
        words = " … ".join(f"“{in_their_words(word, text)}”" for word in list(vague)[:3])
        # the same softeners are not then praised as room to disagree (walkthrough 47)
        cues = [cue for cue in cues if not _quotes_any(cue, vague)]
        cues.insert(0, f"{words}: so soft that nothing is asked yet")
        confidence = min(confidence, SURE_FROM / 2)
    common = COMMON_GROUND.search(said)
    empty = EMPTY_GROUND.search(said)
    if common and empty and not COMMON_GROUND.search(EMPTY_GROUND.sub(" ", said)):
        common = None  # "We both want the same thing here": agreed, but on nothing named
        cues.insert(0, f"“{in_their_words(empty.group(0), text)}”: {UNNAMED_GROUND}")
    if common and reading.yes and not faults:  # lesson 10's common ground, found and said so
        cues.insert(0, f"“{in_their_words(common.group(0), text)}”: names what you both want")
    # "ok", "test": too short to read ("Send it.", "Cover Saturday." are orders all the same);
    # "I want to talk about the rota": nothing in it asks or offers, so a partnering verdict
    # would rest on the wording alone
    words = len(said.split())
    too_short = words < 2 or (words < 3 and not names & ORDERS_IN_TWO_WORDS)
    if too_short or (reading.yes and not names - DOES_NOT_ASK):
        confidence = min(confidence, SURE_FROM / 2)
    if not cues and style == "directive" and not names & ASKS:  # say what the whole does
        cues = [TELLS]
    return RequestAnalysis(
        style,
        round(2 * reading.probability - 1, 3),
        tuple(dict.fromkeys(cues)) or (as_a_whole(style),),
        _tips(style, names, closers, said, piled_up) + length_tip(text),
        confidence,
        faults
        | ({NOTHING_FOR_THEM} if leverage or not gain else set())
        | (set() if common else {NO_COMMON_GROUND}),
    )


def _quotes_any(cue: str, words: Iterable[str]) -> bool:
    """Whether ``cue`` quotes one of ``words`` or a part of one (“if you have time” in “only if
    you have time”)."""
    quoted = cue[1 : cue.find("”")].lower() if cue.startswith("“") else ""
    return bool(quoted) and any(quoted in word for word in words)


def _tips(
    style: str, names: set[str], closers: list[Fired], said: str, piled_up: bool
) -> tuple[str, ...]:
    """What to try, never asking for what the request (``said``, normalised) already has;
    ``piled_up``: softeners enough to bury the ask (SOFTENERS, counted once by the caller)."""
    # one tip per kind of advice: the same advice twice ("Leave the choice open" for each closer)
    # reads as a lecture; the cues name them all
    # nor two tips that open alike ("Leave the choice open: ask, so…", "Leave the choice open:
    # ask before…"): the first says it (walkthrough 73)
    tips: list[str] = []
    for tip in (RULE_TIPS[found.name] for found in closers):
        if all(tip.split(":")[0] != kept.split(":")[0] for kept in tips):
            tips.append(tip)
    if "walks_away" in names:  # "Ask rather than tell" misses it: staying in it is the point
        return tuple(tips)[:3]
    if style == "partnering":
        # not when it gives a reason or an opening: leaving the when to them is partnering
        bare = not names & ({"r_reason", "r_their_gain"} | ENDS_OPEN)
        bare = bare and not GIVES_REASON.search(said)
        if piled_up or (
            "r_now" not in names and (bare or VAGUE.search(said)) and not WHEN.search(said)
        ):
            tips.append("Say what you need and by when, plainly too: clear as well as kind.")
        return tuple(dict.fromkeys(tips))[:3]
    if not names & {"r_ask_modal", "r_should_we", "r_question"}:
        tips.append("Ask rather than tell: “Could you…?” or “Would it work for you to…?”")
    if not names & {"r_reason", "r_their_gain"} and not GIVES_REASON.search(said):
        tips.append("Say why it matters to you, the team or the client.")
    # an offer of help already opens it ("…but let me know if you need anything", walkthrough 59)
    if not names & (ENDS_OPEN | {"r_offer"}) and not closers:
        tips.append("End with an opening: “Does that work for you?” or “What would help?”")
    return tuple(dict.fromkeys(tips))[:3]
