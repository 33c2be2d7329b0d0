"""Footnote numbering and link building shared by the Markdown and HTML renderers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from storyline.model import Article, Briefing, BriefingEvent, Citation, Claim, Quote

IN_PAGE = "#a-{article_id}-c{start}-{end}"  # self-contained HTML: jumps to the cited passage below
WEB_LINKS = "/articles/{article_id}#c{start}-{end}"  # the web app's article page


@dataclass(frozen=True)
class Note:
    number: int
    citation: Citation
    outlet: str
    headline: str
    href: str


def anchor_id(c: Citation) -> str:
    """The id of the in-page anchor for a cited span (matches IN_PAGE)."""
    return f"a-{c.article_id}-c{c.start}-{c.end}"


def _claims(b: Briefing) -> Iterator[Claim]:
    yield from b.summary
    yield from b.timeline
    yield from b.agreements
    yield from b.unique
    yield from b.background
    for k in b.conflicts:
        yield from k.claims
    yield from b.whats_new


class Notes:
    """Numbers citations in order of first use, one number per (article, span)."""

    def __init__(self, b: Briefing, articles: Mapping[str, Article], link_template: str) -> None:
        self.notes: dict[Citation, Note] = {}
        self.articles = articles
        self.link_template = link_template
        for cl in _claims(b):
            for c in cl.citations:
                self.add(c)
        for e in b.events:
            for c in e.citations:
                self.add(c)
        for q in b.quotes:
            self.add(Citation(q.article_id, q.start, q.end))

    def add(self, c: Citation) -> Note:
        if c not in self.notes:
            a = self.articles.get(c.article_id)
            self.notes[c] = Note(
                len(self.notes) + 1,
                c,
                (a.outlet if a else None) or (a.source if a else c.article_id),
                (a.headline if a else None) or "(untitled)",
                self.link_template.format(article_id=c.article_id, start=c.start, end=c.end),
            )
        return self.notes[c]

    def add_quote(self, q: Quote) -> Note:
        return self.add(Citation(q.article_id, q.start, q.end))

    def of(self, cl: Claim | BriefingEvent) -> list[Note]:
        return [self.add(c) for c in cl.citations]

    def cited_articles(self) -> list[str]:
        return list(dict.fromkeys(c.article_id for c in self.notes if c.article_id in self.articles))
