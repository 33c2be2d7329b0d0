"""Self-contained HTML briefing (inline CSS, no external assets); untrusted text is only ever escaped."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader

from storyline.model import Article, Briefing, Citation
from storyline.report.sources import IN_PAGE, Notes, anchor_id

_ENV = Environment(loader=PackageLoader("storyline.report", "templates"), autoescape=True, trim_blocks=True)


@dataclass(frozen=True)
class Piece:
    """A run of an article body: plain or cited text, opened by the anchors of spans starting there."""

    text: str
    cited: bool
    anchors: tuple[str, ...]


def article_pieces(body: str, spans: list[Citation]) -> list[Piece]:
    """Cut the body at every cited span boundary so each span gets an anchor and a highlight."""
    cuts = sorted({0, len(body), *(c.start for c in spans), *(c.end for c in spans)})
    cuts = [x for x in cuts if 0 <= x <= len(body)]
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        anchors = tuple(anchor_id(c) for c in spans if c.start == a)
        cited = any(c.start <= a and b <= c.end for c in spans)
        out.append(Piece(body[a:b], cited, anchors))
    ends = tuple(anchor_id(c) for c in spans if c.start == len(body))
    if ends:
        out.append(Piece("", False, ends))
    return out


def render_html(
    b: Briefing,
    articles: Mapping[str, Article],
    link_template: str = IN_PAGE,
    include_articles: bool = True,
) -> str:
    """One HTML page; by default links jump to the cited passage in the article texts appended below."""
    notes = Notes(b, articles, link_template)
    sources = []
    if include_articles:
        for aid in notes.cited_articles():
            a = articles[aid]
            spans = [c for c in notes.notes if c.article_id == aid]
            sources.append({"article": a, "pieces": article_pieces(a.body, spans)})
    gaps = {n.section: n for n in b.notes if n.section != "articles"}
    unread = [
        (n, [(aid, articles.get(aid)) for aid in n.article_ids]) for n in b.notes if n.section == "articles"
    ]
    return _ENV.get_template("briefing.html.j2").render(
        b=b, notes=notes, sources=sources, gaps=gaps, unread=unread
    )
