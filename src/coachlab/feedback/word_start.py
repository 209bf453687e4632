"""Compile a cue pattern so that Python's ``re`` tries it only where a word starts.

Every reading runs about 140 patterns over the text, and ``re`` has no index: it tries a
pattern at every position, and a big alternation (``\\b(?:which meant|as a result|…)``) tests
each of its branches there, inside words too. When every way a pattern can match begins a
word, one ``(?<!\\w)`` in front changes no match and lets ``re`` give up at once inside words:
readings take about a third less time. Whether that holds is read off the parsed pattern (sre's
own parse tree), so a pattern that may start on punctuation ("??", "->") keeps its meaning.
"""

from __future__ import annotations

import re

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
        return _begins(list(sre.parse(pattern, flags).data), bounded)
    except Exception:  # an unexpected parse tree: the pattern is then compiled as written
        return False


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


def _word_class(kind: object, value: object) -> bool:
    if kind is sre.LITERAL:
        return _is_word(chr(value))  # type: ignore[arg-type]
    if kind is sre.RANGE:
        low, high = value  # type: ignore[misc]
        return high - low < 256 and all(_is_word(chr(code)) for code in range(low, high + 1))
    return kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT)


def _is_word(character: str) -> bool:
    return re.match(r"\w", character) is not None
