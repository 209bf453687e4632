"""Speed without a change of meaning: a pattern told it starts at a word finds what it found.

``compile_at_word_starts`` and ``cue`` put ``(?<!\\w)`` in front of a pattern only when every
match of it begins a word; ``fire`` skips a cue none of whose beginnings starts a word of the
text and tries a long one only where they do; ``find_words`` skips the regex for plainly spaced
text. Each is checked here against the slow form it replaces, on our dev-set texts and on
generated text.
"""

from __future__ import annotations

import csv
import importlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachlab.feedback.candor import ELEMENTS
from coachlab.feedback.cues import Cue, find_words, fire
from coachlab.feedback.word_start import (
    NOT_INSIDE_A_WORD,
    TRY_AT_WORDS_FROM,
    _top_level_branches,
    begins_a_word,
    compile_at_word_starts,
    compile_split,
    first_match_at,
    word_prefixes,
    word_starts,
)

DATA = Path(__file__).parents[1] / "data"
MODULES = ("candor", "candor_cues", "question_cues", "questions", "framing", "framing_cues",
           "request_cues", "requests", "scorn", "text")  # fmt: skip
CUE_START = r"(?:\b|(?=[^\w\s]))"


@pytest.mark.parametrize(
    ("pattern", "bounded", "expected"),
    [
        (r"\bwhich meant|\bas a result\b", False, True),
        (r"\b(?<!if )(which|that) (meant|means)", False, True),
        (r"(?=noticed\b)(?<!\bi )\b(noticed|mentioned)", False, True),
        (r"^be|\bplease be", False, True),
        (r"\b(?:the )?(?:client|team)s? phoned", False, True),
        (r"which meant", False, False),  # no boundary of its own: "whichmeant" inside a word
        (r"which meant", True, True),  # the caller's boundary in front
        (r"\b(is|'s) now in", False, False),  # "'s" may start right after a word
        (r"\?{2,}|\bhuh", True, False),
        (r"\b\w+ had to", False, True),
        (r"\b(?:the )?", False, False),  # may match nothing
        (r"\b[^a]x", False, False),
        (r"(?:^|[.!?]\s*)you should", False, False),
        (r"(?:^|(?<=[.!?])|(?<=[.!?]\s))\byou should", False, True),
    ],
)
def test_begins_a_word_reads_the_pattern(pattern, bounded, expected):
    assert begins_a_word(pattern, bounded=bounded) is expected


def test_only_patterns_that_begin_a_word_get_the_prefix():
    assert compile_at_word_starts(r"\bso we\b").pattern.startswith(NOT_INSIDE_A_WORD)
    assert compile_at_word_starts(r"\s+").pattern == r"\s+"
    # re tries a pattern anchored with ^ at the start only: a prefix would undo that
    assert compile_at_word_starts(r"^\bso\b").pattern == r"^\bso\b"


def _module_values():
    """(where, value) for each value the feedback modules hold, inside tuples, lists and dicts."""
    for name in MODULES:
        module = importlib.import_module(f"coachlab.feedback.{name}")
        stack = [(f"{name}.{where}", value) for where, value in vars(module).items()]
        while stack:
            where, value = stack.pop()
            if isinstance(value, (tuple, list)):
                stack.extend((where, item) for item in value)
            elif isinstance(value, dict):
                stack.extend((f"{where}[{key}]", item) for key, item in value.items())
            else:
                yield where, value


def _patterns():
    """Each compiled pattern of the feedback modules, with the form it would have without the
    prefix: the pattern as written, or a cue with the start it had before."""
    found = {}
    for where, value in _module_values():
        if isinstance(value, Cue):
            value = value.pattern
            if value.pattern.startswith(NOT_INSIDE_A_WORD):
                slow = CUE_START + value.pattern[len(NOT_INSIDE_A_WORD) :]
                found[value.pattern] = (where, value, re.compile(slow, value.flags))
        elif isinstance(value, re.Pattern) and value.pattern.startswith(NOT_INSIDE_A_WORD):
            slow = value.pattern[len(NOT_INSIDE_A_WORD) + 3 : -1]  # (?<!\w)(?:…)
            found[value.pattern] = (where, value, re.compile(slow, value.flags))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()


def _dev_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8") as rows:
            texts += [row["text"].lower() for row in csv.DictReader(rows) if row.get("text")]
    return texts[::3]


def test_most_patterns_start_at_words():
    """The speed-up reaches most of the engine (it was a fifth of its patterns at most)."""
    assert len(PATTERNS) > 100


def test_the_prefix_changes_no_match_on_our_texts():
    texts = _dev_texts()
    assert len(texts) > 800
    for where, fast, slow in PATTERNS:
        for text in texts:
            got = [m.span() for m in fast.finditer(text)]
            assert got == [m.span() for m in slow.finditer(text)], (where, text)


WORDY = st.lists(
    st.sampled_from([*"abeinorstuy ',.?!-;:", "you", "it's", " so ", "—", "\n"]),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(WORDY)
def test_the_prefix_changes_no_match_on_generated_text(text):
    for where, fast, slow in PATTERNS:
        got = [m.span() for m in fast.finditer(text)]
        assert got == [m.span() for m in slow.finditer(text)], where


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aAbB ,'?", "  ", "\t", "é", "\n"]), max_size=30).map("".join),
       st.text(alphabet=st.sampled_from(list("ab ,'?")), max_size=6))  # fmt: skip
def test_find_words_finds_what_the_pattern_found(text, words):
    slow = re.search(r"\s+".join(map(re.escape, words.split())), text, re.IGNORECASE)
    assert find_words(words, text) == (slow.span() if slow else None)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"which meant|as a result", {"whic", "as a"}),
        (r"(?:the )?client", {"the ", "clie"}),
        (r"i'?ve", {"i'", "ive"}),  # after a repeat (here '?) anything may follow: safe
        (r"um+", {"um"}),  # what follows the first m is left open
        (r"no(?!t)", {"no"}),  # a look-ahead consumes nothing
        (r"[st]he", {"she", "the"}),
        (r"\w+ had to", None),  # any word: it may begin anywhere
        (r"(?i)sorry", None),  # case-blind: not checked letter by letter
        (r"(?:maybe )?", None),  # may match nothing
    ],
)
def test_word_prefixes_say_how_a_match_begins(pattern, expected):
    found = word_prefixes(pattern)
    assert found == (None if expected is None else frozenset(expected))


def test_word_starts_are_read_at_every_word_even_one_letter_words():
    starts = word_starts("a b cd, it's")
    assert {"a", "a b ", "b", "b cd", "cd", "cd, ", "it's", "it'", "it", "i"} <= starts
    assert "d" not in starts and "t's" not in starts  # not where a word starts


def test_first_match_at_finds_the_leftmost_match_as_search_does():
    pattern = re.compile(r"(?<!\w)(?:that|the(?:ir)?|them)(?![\w'])")
    text = "what their thesis says: the them"
    found = first_match_at(pattern, {"the", "them", "thei"}, text)
    assert found.span() == pattern.search(text).span() == (5, 10)


def _cues() -> list[tuple[str, Cue]]:
    found = {value.pattern.pattern: (where, value) for where, value in _module_values()
             if isinstance(value, Cue)}  # fmt: skip
    return sorted(found.values(), key=lambda item: item[0])


CUES = _cues()


def test_most_cues_say_how_they_begin_and_some_are_long():
    """Else fire would search every cue as before: nothing wrong, and nothing gained."""
    begins = [item for _, item in CUES if item.begins is not None]
    assert len(begins) > 0.6 * len(CUES) > 60
    assert sum(len(item.begins) >= TRY_AT_WORDS_FROM for item in begins) > 20


def _fired_as_searched(text: str) -> None:
    for where, item in CUES:
        match = item.pattern.search(text)
        expected = [match.group(0).strip(" ,.!?") or match.group(0).strip()] if match else []
        assert [found.words for found in fire((item,), text)] == expected, (where, text)


def test_fire_finds_what_a_search_finds_on_our_texts():
    texts = _dev_texts()
    assert len(texts) > 800
    for text in texts:
        _fired_as_searched(text)


CUE_WORDS = st.lists(
    st.sampled_from(["you", "i've", "already", "that", "the", "it's", "so", "why", "could", "we",
                     "please", "by", "friday", "not", "just", "if", "a", "i", "'", " ", " ", ",",
                     "?", ".", "!", "-", "\n", "é", "do", "did", "your", "them", "really"]),
    max_size=30,
).map(" ".join)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(CUE_WORDS)
def test_fire_finds_what_a_search_finds_on_generated_text(text):
    _fired_as_searched(text)


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|b(c|d)|[|]e|\|f", ["a", "b(c|d)", "[|]e", r"\|f"]),  # an escaped | is no cut
        (r"a\\|b", [r"a\\", "b"]),  # an escaped backslash, then a cut
        (r"[]|]x|[^]|]y|z", ["[]|]x", "[^]|]y", "z"]),
        (r"(?:a|b)", ["(?:a|b)"]),
    ],
)
def test_top_level_branches_cut_only_outside_brackets(pattern, branches):
    assert _top_level_branches(pattern) == branches
    assert "|".join(branches) == pattern


def test_the_effect_list_is_searched_split_and_finds_what_the_whole_finds():
    split = [item for item in ELEMENTS.values() if item.known is not None]
    assert len(split) >= 2  # else the check below checks nothing
    for text in _dev_texts():
        for item in ELEMENTS.values():
            got, whole = item.search(text), item.whole.search(text)
            assert (got and got.span()) == (whole and whole.span()), (item.whole.pattern[:40], text)


@settings(max_examples=150, deadline=None)
@given(CUE_WORDS)
def test_a_split_search_finds_what_the_whole_finds_on_generated_text(text):
    effect = "led|meant|had to|we lost|ran out of|\\w+ had to|that cost|[0-9]+ calls"
    for item in (*ELEMENTS.values(), compile_split(effect)):
        got, whole = item.search(text), item.whole.search(text)
        assert (got and got.span()) == (whole and whole.span()), text
