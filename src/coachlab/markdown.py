"""Learner text made inert for Markdown: it reads the same, and can never become a link, raw
HTML, a heading, a list or a quote, whatever it holds (a newline then ``## Lesson`` included).

CommonMark lets any ASCII punctuation be escaped with a backslash. Escaped everywhere: the
characters that open links, images, HTML, entities, emphasis, code, tables, maths and e-mail
autolinks; ``://`` and ``www.`` lose their literal form, so no renderer sees a bare URL. Line
starts are the other danger: each line is stripped of its indent, a leading ``-``, ``+``,
``=`` or ``1.`` is escaped, and lines are joined with hard breaks inside one paragraph.
"""

from __future__ import annotations

import re

from .journal_schema import REORDERING, clean_text

SPECIAL = re.compile(r"([\\`*_\[\]<>&!#|~@$])")
SCHEME = re.compile(r"://")
WWW = re.compile(r"\b(www)\.", re.IGNORECASE)
LINE_START = re.compile(r"^(\d*)([-+=.)])")  # a list item, setext underline or numbered item
# Characters Markdown (or a terminal) treats as a line end or control: shown as a space.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


def inline(text: str) -> str:
    """``text`` escaped for use inside one line (a heading, a list item): no line breaks."""
    text = CONTROL.sub(" ", clean_text(text).replace("\r", " ").replace("\n", " "))
    text = REORDERING.sub("", text)
    text = SPECIAL.sub(r"\\\1", text)
    return WWW.sub(r"\1\\.", SCHEME.sub(r"\\://", text))


def block(text: str) -> str:
    """``text`` escaped as the body of a paragraph; its lines are kept as hard line breaks."""
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [LINE_START.sub(r"\1\\\2", inline(line).strip()) for line in text.split("\n")]
    return "\\\n".join(line for line in lines if line) or "(empty)"
