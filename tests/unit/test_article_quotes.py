"""Every blockquote in a notebook is the article's exact words (after quote/dash normalising)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "content" / "source" / "article.md"
NOTEBOOKS = sorted(
    p for folder in ("notebooks", "solutions", "exercises") for p in (ROOT / folder).glob("*.ipynb")
)


def normalise(text: str) -> str:
    text = text.translate(
        str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
    )
    return re.sub(r"\s+", " ", text).strip()


def article_text() -> str:
    body = re.sub(r"<!--.*?-->", "", ARTICLE.read_text(encoding="utf-8"), flags=re.DOTALL)
    return normalise(body)


def blockquote_paragraphs(markdown: str) -> list[str]:
    """Paragraphs of ``> `` blocks; an empty ``>`` line separates paragraphs."""
    paragraphs, current = [], []
    for line in [*markdown.splitlines(), ""]:
        if line.startswith(">") and line[1:].strip():
            current.append(line[1:].strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def quotes() -> list[tuple[str, str]]:
    found = []
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                found += [(path.name, q) for q in blockquote_paragraphs(cell.source)]
    return found


def test_the_article_copy_is_the_article():
    text = article_text()
    assert text.startswith("# The Goals of Leadership Coaching and Partnerships")
    assert text.endswith("is in the best interest of both parties.")
    assert "?" not in text and "In The News" not in text and "569-3444" not in text


def test_lessons_quote_the_article():
    assert len(quotes()) >= 2


@pytest.mark.parametrize(("notebook", "quote"), quotes(), ids=lambda v: str(v)[:40])
def test_blockquotes_are_verbatim(notebook, quote):
    assert normalise(quote) in article_text(), f"{notebook}: not the article's words: {quote!r}"


def test_a_misquote_would_be_caught():
    assert normalise("A partnership denotes a joint venture between equals.") not in article_text()
