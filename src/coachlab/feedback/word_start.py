"""Compile a cue pattern so that Python's ``re`` tries it only where a word starts.

Every reading runs about 140 patterns over the text, and ``re`` has no index: it tries a
pattern at every position, and a big alternation (``\\b(?:which meant|as a result|…)``) tests
each of its branches there, inside words too. When every way a pattern can match begins a
word, one ``(?<!\\w)`` in front changes no match and lets ``re`` give up at once inside words:
readings take about a third less time. Whether that holds is read off the parsed pattern (sre's
own parse tree), so a pattern that may start on punctuation ("??", "->") keeps its meaning.

The same tree says how a match can begin ("which meant|as a result": "whic" or "as a"). A cue
none of whose beginnings starts a word of the text is not searched at all, and a long list of
phrases is tried only at the words that begin like one of them (``word_prefixes``,
``search_at_word_starts``; used by ``cues.fire`` and ``SplitSearch``): readings take a quarter
less time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

try:  # Python's own regex parser (sre_parse), the one ``re.compile`` uses
    from re import _parser as sre  # Python 3.11+
except ImportError:  # Python 3.10
    import sre_parse as sre  # type: ignore[no-redef]

# In front of a pattern whose every match begins a word: changes nothing, and re tries no
# branch inside a word.
NOT_INSIDE_A_WORD = r"(?<!\w)"


def compile_at_word_starts(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern)``, told that it matches only where a word starts, when that is so."""
    anchored = pattern.startswith("^")  # re already tries it at the start only
    if not anchored and begins_a_word(pattern, flags, bounded=False):
        return re.compile(rf"{NOT_INSIDE_A_WORD}(?:{pattern})", flags)
    return re.compile(pattern, flags)


def begins_a_word(pattern: str, flags: int = 0, *, bounded: bool) -> bool:
    """Whether every match of ``pattern`` begins with a word character (``bounded``: the
    caller puts a word boundary in front) and, unless ``bounded``, at a word boundary the
    pattern itself requires (``\\b``, ``^``). False whenever unsure."""
    try:
        return _begins(list(_parsed(pattern, flags).data), bounded)
    except Exception:  # an unexpected parse tree: the pattern is then compiled as written
        return False


@lru_cache(maxsize=512)
def _parsed(pattern: str, flags: int):  # sre's own SubPattern
    """The parse tree, once per pattern: ``cue`` asks both where it begins and with what."""
    return sre.parse(pattern, flags)


def _begins(items: list, bounded: bool) -> bool:
    if not items:
        return False  # it may match nothing: the next character could be anything
    (op, av), rest = items[0], items[1:]
    if op is sre.AT:
        return _begins(rest, bounded or av in (sre.AT_BOUNDARY, sre.AT_BEGINNING))
    if op in (sre.ASSERT, sre.ASSERT_NOT):  # look-arounds consume nothing
        return _begins(rest, bounded)
    if op is sre.LITERAL:
        return bounded and _is_word(chr(av))
    if op is sre.IN:
        return bounded and all(_word_class(kind, value) for kind, value in av)
    if op is sre.BRANCH:
        return all(_begins(list(branch) + rest, bounded) for branch in av[1])
    if op is sre.SUBPATTERN:
        return _begins(list(av[-1]) + rest, bounded)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        least, _, repeated = av
        once = _begins(list(repeated) + rest, bounded)
        return once and (least > 0 or _begins(rest, bounded))
    return False


def word_prefixes(pattern: str, flags: int = 0, size: int = 4) -> frozenset[str] | None:
    """What every match of ``pattern`` (one that begins a word) starts with: strings of up to
    ``size`` characters, a shorter one meaning anything may follow. None when it could start
    with anything, or when unsure (flags such as IGNORECASE)."""
    try:
        parsed = _parsed(pattern, flags)
    except Exception:
        return None
    if parsed.state.flags & ~(re.UNICODE | re.VERBOSE):
        return None
    found = _prefixes(list(parsed.data), size)
    return None if found is None or "" in found or len(found) > MAX_PREFIXES else frozenset(found)


# Past this many beginnings a pattern is searched anyway: checking them would cost as much
MAX_PREFIXES = 400


@lru_cache(maxsize=256)
def word_starts(text: str) -> frozenset[str]:
    """The first one to four characters at each word of ``text`` ("w", "wh", "whi", "whic"): a
    pattern none of whose ``word_prefixes`` is among them cannot match ``text``. Kept for the
    last texts read: an analyzer reads each sentence several times, with different cues."""
    found = set()
    for begin in WORD_BEGINS.findall(text):
        found.update((begin[:1], begin[:2], begin[:3], begin))
    return frozenset(found)


# at each place a word starts, its first four characters (overlapping: "a b c" gives three)
WORD_BEGINS = re.compile(r"(?<!\w)(?=(\w.{0,3}))", re.DOTALL)


# A pattern that can begin in this many ways (a long list of phrases) is tried only where its
# beginnings occur: re would try every phrase at every word of the text.
TRY_AT_WORDS_FROM = 8


def search_at_word_starts(
    pattern: re.Pattern[str], begins: frozenset[str] | None, text: str
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern whose matches begin a word with one of ``begins``
    (its ``word_prefixes``; None: anywhere): not tried when no word of ``text`` begins so, and a
    long list only where one does."""
    if begins is None:
        return pattern.search(text)
    starts = word_starts(text)
    if begins.isdisjoint(starts):
        return None
    if len(begins) < TRY_AT_WORDS_FROM:
        return pattern.search(text)
    return first_match_at(pattern, begins & starts, text)


def first_match_at(
    pattern: re.Pattern[str], beginnings: set[str], text: str
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern that begins a word with one of ``beginnings``
    (the ones ``text`` has): tried only where those occur, the leftmost match all the same."""
    places = set()
    for beginning in beginnings:
        at = text.find(beginning)
        while at >= 0:
            places.add(at)
            at = text.find(beginning, at + 1)
    for at in sorted(places):
        match = pattern.match(text, at)  # its (?<!\w) still sees the character before ``at``
        if match:
            return match
    return None


@dataclass(frozen=True)
class SplitSearch:
    """A long list of phrases searched in two parts: those whose beginnings are known, tried
    only where a word of the text begins so, and the rest as ``re`` would; the whole pattern is
    then matched at the leftmost place either found: the match ``whole.search`` would give."""

    whole: re.Pattern[str]
    begins: frozenset[str] = frozenset()
    known: re.Pattern[str] | None = None
    rest: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self.known is None:
            return self.whole.search(text)
        places = []
        if found := search_at_word_starts(self.known, self.begins, text):
            places.append(found.start())
        if self.rest is not None and (found := self.rest.search(text)):
            places.append(found.start())
        return self.whole.match(text, min(places)) if places else None


def compile_split(pattern: str) -> SplitSearch:
    """``compile_at_word_starts(pattern)``, searched as a ``SplitSearch`` when ``pattern`` is a
    list of phrases (``a|b|…`` at its top) that begin words, most of them in known ways."""
    whole = compile_at_word_starts(pattern)
    branches = _top_level_branches(pattern)
    if not whole.pattern.startswith(NOT_INSIDE_A_WORD) or len(branches) < 2:
        return SplitSearch(whole)
    known = [(branch, word_prefixes(branch)) for branch in branches]
    begins = frozenset().union(*(found for _, found in known if found is not None))
    listed = [branch for branch, found in known if found is not None]
    others = [branch for branch, found in known if found is None]
    if len(listed) < 2:
        return SplitSearch(whole)
    return SplitSearch(
        whole,
        begins,
        re.compile(rf"{NOT_INSIDE_A_WORD}(?:{'|'.join(listed)})"),
        re.compile(rf"{NOT_INSIDE_A_WORD}(?:{'|'.join(others)})") if others else None,
    )


def _top_level_branches(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside brackets and parentheses."""
    branches, depth, start, at, in_set = [], 0, 0, 0, False
    while at < len(pattern):
        character = pattern[at]
        if character == "\\":
            at += 2
            continue
        if in_set:
            in_set = character != "]"
        elif character == "[":
            in_set = True
            at += 1
            at += pattern.startswith("^", at)
            at += pattern.startswith("]", at)  # "[]…]", "[^]…]": that "]" is listed
            continue
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*branches, pattern[start:]]


def _prefixes(items: list, size: int) -> set[str] | None:
    """The beginnings of ``items`` (a parsed pattern), up to ``size`` characters; None if too
    many or unknown. "" in the set: the match may begin with anything."""
    if not items or size == 0:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # consume nothing
        return _prefixes(rest, size)
    if op is sre.LITERAL:
        return _then([chr(av)], rest, size)
    if op is sre.IN:
        return _then(_characters(av), rest, size)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            more = _prefixes(list(branch) + rest, size)
            if more is None:
                return None
            found |= more
        return found
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            return None
        return _prefixes(list(inner) + rest, size)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        least, _, repeated = av
        # what one repetition starts with; whatever follows it is left open (a shorter string)
        once = _prefixes(list(repeated), size)
        if least > 0 or once is None:
            return once
        after = _prefixes(rest, size)
        return None if after is None else once | after
    return {""}


def _then(characters: list[str] | None, rest: list, size: int) -> set[str] | None:
    if characters is None:
        return {""}
    if len(characters) > MAX_PREFIXES:
        return None
    after = _prefixes(rest, size - 1) if size > 1 else {""}
    if after is None:
        return None
    return {character + more for character in characters for more in after}


def _characters(items: list) -> list[str] | None:
    """The characters a [set] matches, when it lists them (None for \\w, [^…] and the like)."""
    found: list[str] = []
    for kind, value in items:
        if kind is sre.LITERAL:
            found.append(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < 64:
            found.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return found


def _word_class(kind: object, value: object) -> bool:
    if kind is sre.LITERAL:
        return _is_word(chr(value))  # type: ignore[arg-type]
    if kind is sre.RANGE:
        low, high = value  # type: ignore[misc]
        return high - low < 256 and all(_is_word(chr(code)) for code in range(low, high + 1))
    return kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT)


def _is_word(character: str) -> bool:
    return re.match(r"\w", character) is not None
