"""Named cues: the phrases an analyzer notices, each with an id, a reason and the words it matched.

A cue is what the learner can be shown ("“what got in the way”: invites their account"); its
weight is not here but in ``weights.json``, fitted on labelled text by ``make train``. Keeping
the two apart lets the cue tables read as a list of things a coaching trainer listens for,
while the weights come from data rather than from our intuition.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .text import MAX_CHARS, QUOTES, SPELLED_OUT
from .word_start import NOT_INSIDE_A_WORD, begins_a_word, search_at_word_starts, word_prefixes

# Words a speaker puts before what they mean: fillers, discourse markers, greetings.
LEAD_IN = re.compile(
    r"^(?:(?:um+|uh+|er+|erm|hm+|mm+|ah|oh|so|and|but|or|well|okay|ok|right|alright|yeah|yes|no|"
    r"now|then|also|actually|anyway|like|hey|hi|hiya|hello|morning|good morning|afternoon|"
    # "Look, …" calls for attention; "Look at the rota" is an instruction (so is "listen to")
    r"listen(?! to\b)|look(?! (?:at|into|for|over|through|up|out|after|around|back)\b)|"
    r"sorry|honestly|basically|i mean|you know|quick (?:q|question)|one (?:more )?"
    r"thing|real quick|btw|just (?:checking|wondering|curious)|roughly|approximately|"
    r"ballpark)\b[\s,!.:;-]*)+"
)
# "Sam, ..." or "Hey Priya - ...": a short address before a comma or dash.
ADDRESS = re.compile(r"^[a-z']+(?: [a-z']+)?\s*(?:,|:| -| –| —)\s+")


@dataclass(frozen=True)
class Cue:
    """Something a trainer listens for: ``name`` keys its weight, ``why`` is shown to learners."""

    name: str
    why: str
    pattern: re.Pattern[str]
    # how a match can begin ("whic", "as a"); None: it may begin anywhere, so always searched
    begins: frozenset[str] | None = None


@dataclass(frozen=True)
class Fired:
    """A cue found in a text, with the learner's own words that matched it."""

    name: str
    why: str
    words: str

    def quote(self, original: str = "") -> str:
        """“their words”: why it matters (in the case they typed, when ``original`` is given)."""
        if not self.words:
            return self.why
        return f"“{in_their_words(self.words, original)}”: {self.why}"


# How a word normalise spelled out may have been typed: "you" as "u", "don't" as "dont"
TYPED_AS: dict[str, list[str]] = {}
for _typed, _spelled in SPELLED_OUT.items():
    TYPED_AS.setdefault(_spelled, []).append(_typed)
# Spacing a plain find would not see through: a tab, a line break, two spaces in a row
ODD_SPACE = re.compile(r"[^\S ]|  ")


def quotes(fired: list[Fired], original: str = "") -> list[str]:
    """Each cue quoted, and cues that share a reason quoted together, so a learner never reads
    the same reason twice (“How would you feel” … “what would make it work for you”: checks…)."""
    by_why: dict[str, list[Fired]] = {}
    for found in fired:
        by_why.setdefault(found.why, []).append(found)
    lines: dict[str, list[str]] = {}  # what is quoted -> its reasons
    for why, same in by_why.items():
        said = _merged([f.words for f in same if f.words], original)
        if len(said) < 2:
            line = f"“{said[0]}”: {why}" if said else same[0].quote(original)
        else:
            line = " … ".join(f"“{words}”" for words in said) + f": {why}"
        end = line.find("”: ") + 1 if line.startswith("“") else 0  # after the last quote
        quoted, why = (line[:end], line[end + 2 :]) if end else (line, "")
        lines.setdefault(quoted, []).append(why)
    # one line for one phrase: "“for once”: sarcasm; a jab dressed as politeness", not two lines
    # on the same words (walkthrough 71)
    return [f"{quoted}: {'; '.join(whys)}" if whys[0] else quoted for quoted, whys in lines.items()]


def _merged(said: list[str], original: str) -> list[str]:
    """The quotes as typed, in the order they were written, those that overlap in ``original``
    as one ("“What would make it work” … “would make it work for you”" is “What would make it
    work for you”: walkthrough 53). Works on where each quote was found, so a quote is never
    placed by a second search that could land inside another word."""
    placed: list[tuple[int, int, str]] = []
    unplaced: list[str] = []
    for words in said:
        span = typed_span(words, original)
        if span:
            placed.append((*span, original[span[0] : span[1]]))
        else:
            unplaced.append(words)
    merged: list[tuple[int, int, str]] = []
    for start, end, words in sorted(set(placed)):
        if merged and start < merged[-1][1]:
            first, last, _ = merged[-1]
            last = max(last, end)
            merged[-1] = (first, last, original[first:last])
        else:
            merged.append((start, end, words))
    return list(dict.fromkeys([*unplaced, *(words for *_, words in merged)]))


def in_their_words(words: str, original: str) -> str:
    """``words`` (found in the lower-cased text) as the learner typed them in ``original``."""
    span = typed_span(words, original)
    return original[span[0] : span[1]] if span else words


def typed_span(words: str, original: str) -> tuple[int, int] | None:
    """Where ``words`` (found in the lower-cased text) were typed in ``original``: the first
    whole-word occurrence, else the whole word they are part of ("what" in "whats")."""
    typed = original[:MAX_CHARS].translate(QUOTES)
    span = find_words(words, typed) or _as_typed(words, typed)
    if not span and (unmarked := re.sub(r"[.?](?=\s|$)", "", words)) != words:
        span = find_words(unmarked, typed)  # a break normalise put in a line typed without any
    if not span:
        return None
    start, end = span
    if _inside_a_word(typed, start, end):  # "you" found first in "Your plan…, could you…?"
        whole = re.search(
            r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)", typed, re.I
        )
        if whole:
            return whole.span()
        # "what" found in "whats" (spelled out as "what's"): the word they typed, whole
        while start > 0 and typed[start - 1].isalnum():
            start -= 1
        while end < len(typed) and typed[end].isalnum():
            end += 1
    return start, end


def _inside_a_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _as_typed(words: str, text: str) -> tuple[int, int] | None:
    """Where ``words`` occur typed in text-speak ("how do u want" for "how do you want")."""
    said = words.split()
    if not any(word in TYPED_AS for word in said):
        return None
    parts = [
        "(?:" + "|".join(map(re.escape, [word, *TYPED_AS.get(word, ())])) + ")" for word in said
    ]
    match = re.search(r"\s+".join(parts), text, re.IGNORECASE)
    return match.span() if match else None


def find_words(words: str, text: str) -> tuple[int, int] | None:
    """Where ``words`` first occur in ``text``, in any case, with any spaces between them."""
    if text.isascii() and not ODD_SPACE.search(text):
        # the usual text, one space between words: a plain find says the same as the pattern
        # below, without compiling a new pattern for every quote (a third of a reading's time)
        target = " ".join(words.split())
        start = text.lower().find(target)
        return (start, start + len(target)) if start >= 0 else None
    match = re.search(r"\s+".join(map(re.escape, words.split())), text, re.IGNORECASE)
    return match.span() if match else None


def cue(name: str, why: str, *patterns: str, anchored: bool = False) -> Cue:
    """A cue matching any of ``patterns`` as whole words; ``anchored`` ones only at the start."""
    joined = "|".join(patterns)
    # A word starts at a word boundary; "->" or "??" may start anywhere. When every match
    # begins with a word character, "not inside a word" says the same, and re tries it faster.
    begins = None
    if anchored:
        start = "^"
    elif begins_a_word(joined, bounded=True):
        start = NOT_INSIDE_A_WORD
        begins = word_prefixes(joined)
    else:
        start = r"(?:\b|(?=[^\w\s]))"
    return Cue(name, why, re.compile(rf"{start}(?:{joined})(?![\w'])"), begins)


def fire(cues: tuple[Cue, ...], text: str) -> list[Fired]:
    """Each cue found in ``text`` once, with the words that matched. A cue that says how its
    matches begin is not searched when no word of the text begins so: most cues, most texts."""
    found = []
    for item in cues:
        match = search_at_word_starts(item.pattern, item.begins, text)
        if match:
            # "??" is quoted as itself; words lose the punctuation around them
            words = match.group(0).strip(" ,.!?") or match.group(0).strip()
            found.append(Fired(item.name, item.why, words))
    return found


def strip_lead_in(clause: str) -> str:
    """The clause without the fillers and address that come before what is said."""
    clause = LEAD_IN.sub("", clause.strip(" \"'(-*•>")).strip()
    address = ADDRESS.match(clause)
    if address and not re.match(r"(what|how|why|when|where|who|which|if|i|you|we)\b", clause):
        clause = LEAD_IN.sub("", clause[address.end() :]).strip()
    return clause


WORD = re.compile(r"[a-z][a-z']*|[?!]")
WORD_CUE = "w:"  # names of learned word cues: "w:maybe", "w:could you"
# Words of manner, not of topic: how something is asked, not what about. Only these are learned
# one by one, so a weight never rests on a corpus's subject matter or on someone's name.
STYLE_LINES = (
    "i you we they he she it me us them my your our their this that these those there here",
    "can could will would shall should may might must do does did don't doesn't didn't won't",
    "wouldn't can't couldn't shouldn't isn't aren't wasn't weren't have has had having need",
    "needs want wants let let's lets be is are was were am going gonna got get",
    "maybe perhaps probably possibly just actually really kind sort think guess suppose wonder",
    "wondering seem seems bit little somewhat fairly quite rather pretty sure certainly clearly",
    "obviously definitely honestly basically",
    "what how why where when which who whether if or either",
    "not no never nothing none any anything some something all every always",
    "so and but then now okay ok well uh um oh yeah yes also too again still even only",
    "sorry",
    "good great nice better best fine interesting helpful useful important worth unclear clear",
    "add explain clarify provide include discuss show compare consider suggest recommend ask try",
    "see know understand mention mean like love hope prefer agree",
    "go ahead start stop wait read say put take give tell look send make write keep leave turn",
    "move more less enough much many ? !",
)
STYLE_WORDS = frozenset(word for line in STYLE_LINES for word in line.split())
# Words that carry a weight but mean nothing to a learner on their own ("“are”: a word people
# tend to use when they order"): a learned cue made only of these is weighed, never shown.
FUNCTION_WORDS = frozenset(
    """i you we they he she it me us them my your our their this that these those there here be
    is are was were am do does did have has had having and so but then or if what how why where
    when which who whether uh um oh yeah yes ok okay well also too now ? ! to the a an of in on
    for with at by from as will would can could should shall may might must just not no need
    needs want wants go going get got make let put take give see know like say tell look keep
    been being up out
    still less more every even only again much many enough some any all""".split()  # noqa: SIM905
)


def speaks_for_itself(gram: str) -> bool:
    """Whether a learned word or pair says something a learner can act on."""
    return any(token not in FUNCTION_WORDS for token in gram.split())


def first_words(question: str, count: int = 6) -> str:
    """How a question is quoted back to the learner: its first words, not its "?" or a comma."""
    return " ".join(question.rstrip("?! ").split()[:count]).rstrip(",;:")


def as_a_whole(verdict: str) -> str:
    """The reason given when only words that mean nothing alone decided the verdict."""
    return f"no single phrase decides it: the wording as a whole reads {verdict}"


# Praise and exclamation: in meetings they close a leader's orders ("Great. Now…"), in writing
# they are courtesy ("Great question!"). Neither tells how a request leaves the choice open.
PRAISE = frozenset({"good", "great", "nice", "best", "fine", "!"})
# Insistence ("actually", "clearly", "really"): meetings use them in suggestions, yet between
# peers in writing they press a point (politeness research counts them as impolite). Not
# learned for requests, so a transcript's habit does not teach that insisting invites.
INSISTENCE = frozenset(
    {"actually", "really", "basically", "clearly", "obviously", "definitely", "honestly"}
)
# Feeling words: the stressed posts are negative and the reframes positive, so fitted on them a
# word like "better" or "hope" would teach sentiment, not whether the speaker acts.
FEELING = PRAISE | frozenset(
    {
        "better",
        "interesting",
        "helpful",
        "useful",
        "important",
        "worth",
        "love",
        "hope",
        "like",
        "sorry",
        "sure",
        "unclear",
        "clear",
    }
)
# Written reviews ask and judge with a few more words of their own (still no topic words).
REVIEW_WORDS = STYLE_WORDS | frozenset(
    """report cite evaluate analyze analyse justify elaborate describe define specify highlight
    motivate address improve revise fix correct remove shorten expand demonstrate investigate
    test use check missing lacks lack limited weak convincing confusing hard difficult easy
    poorly well novel unfortunately however overall also additionally further instead
    rather""".split()  # noqa: SIM905 (a word list reads better as text)
)


def words_in(text: str, vocabulary: frozenset[str] = STYLE_WORDS) -> list[Fired]:
    """Each word of ``vocabulary`` and each pair of them in a normalised ``text`` once, as a
    possible cue."""
    tokens = WORD.findall(text)
    pairs = itertools.pairwise(tokens)
    # "just now" says when ("I'll phone them just now"): not the "just" of "I just can't"
    timed = {at for at, pair in enumerate(itertools.pairwise(tokens)) if pair == ("just", "now")}
    grams = dict.fromkeys(
        [token for at, token in enumerate(tokens) if token in vocabulary and at not in timed]
        + [f"{a} {b}" for a, b in pairs if a in vocabulary and b in vocabulary]
    )
    return [Fired(WORD_CUE + gram, "", gram) for gram in grams]
