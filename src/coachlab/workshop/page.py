"""One printable HTML page: a shell with print CSS and the article's citation.

Every value put into a page goes through ``esc`` (or ``md`` for our own Markdown, with raw HTML
escaped), so content can never become markup. The paper size is chosen when printing
(``handouts.py``), so one HTML file serves A4 and US Letter.
"""

from __future__ import annotations

import html

import mistune

ARTICLE = "The Goals of Leadership Coaching and Partnerships"
PUBLISHER = "CMOE (Center for Management and Organization Effectiveness)"
ARTICLE_URL = "https://github.com/coachlab/coachlab/blob/main/content/source/article.md"
CMOE_URL = "https://cmoe.com"
_MD = mistune.create_markdown(escape=True, plugins=["table"])  # lessons hold tables

CSS = """
@page { margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.35 "DejaVu Sans", Arial, sans-serif; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 10pt 0 3pt; }
h3 { font-size: 11pt; margin: 8pt 0 2pt; }
p, ul, ol { margin: 0 0 5pt; } li { margin-bottom: 2pt; }
.kicker { font-size: 9pt; text-transform: uppercase; letter-spacing: .06em; color: #444; }
.hidden { border: 2pt solid #111; padding: 6pt 8pt; margin: 8pt 0; }
.hidden h2 { margin-top: 0; }
.fold { border-top: 1.2pt dashed #111; margin: 14pt 0 4pt; padding-top: 2pt; font-size: 9pt;
  text-align: center; }
.ours { font-size: 9pt; color: #333; font-style: italic; }
blockquote { margin: 4pt 0 6pt 10pt; padding-left: 8pt; border-left: 3pt solid #888; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: .6pt solid #777; padding: 3pt 4pt; text-align: left; vertical-align: top; }
.lines { border-bottom: .6pt solid #999; height: 18pt; }
.box { display: inline-block; width: 9pt; height: 9pt; border: .8pt solid #111; margin-right: 4pt; }
.key { background: #eee; border-left: 3pt solid #111; padding: 3pt 6pt; margin: 3pt 0 6pt; }
footer { margin-top: 10pt; font-size: 8pt; color: #444; border-top: .6pt solid #aaa;
  padding-top: 3pt; }
.screen-only { display: none; }
.half { min-height: 112mm; font-size: 9.5pt; break-inside: avoid; page-break-inside: avoid; }
.cut { border-top: 1pt dashed #555; margin: 4pt 0 8pt; font-size: 8pt; color: #555; }
"""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def md(text: str) -> str:
    """Our Markdown (lesson notebooks, YAML prose) as HTML, raw HTML escaped."""
    return _MD(text)


def citation() -> str:
    return (
        f"<footer>Based on “{esc(ARTICLE)}” by {esc(PUBLISHER)}. Quotations are the article's "
        f"exact words; everything else on this page is coachlab's own material. Read the "
        f'article in full: <a href="{esc(ARTICLE_URL)}">{esc(ARTICLE_URL)}</a>; CMOE: '
        f'<a href="{esc(CMOE_URL)}">{esc(CMOE_URL)}</a>.</footer>'
    )


def page(title: str, body: str, kicker: str = "coachlab workshop") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        f'<div class="kicker">{esc(kicker)}</div><h1>{esc(title)}</h1>{body}{citation()}'
        "</body></html>"
    )


def halves(title: str, body: str, kicker: str, copies: int = 2) -> str:
    """A page holding ``copies`` identical half-page cards, with a cut line between them."""
    card = (
        f'<section class="half"><div class="kicker">{esc(kicker)}</div><h1>{esc(title)}</h1>'
        f"{body}{citation()}</section>"
    )
    cut = '<div class="cut">✂ cut here</div>'
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        + cut.join([card] * copies)
        + "</body></html>"
    )


def items(values: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{esc(v)}</li>" for v in values) + f"</{tag}>"


def lines(count: int) -> str:
    """Ruled lines to write on."""
    return '<div class="lines"></div>' * count
