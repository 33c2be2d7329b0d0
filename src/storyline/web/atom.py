"""A storyline as an Atom feed (RFC 4287): one entry per story, newest first, so a feed reader can follow it.

Built with lxml, which escapes every text it is given; characters XML cannot carry at all are dropped first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from lxml import etree

from storyline.model import Storyline
from storyline.web.catalog import ArticleMeta, StorySummary
from storyline.web.template_helpers import outlet_name

ATOM_NS = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # an undated storyline still needs an <updated>
_HEADLINES = 5  # headlines quoted in an entry's summary


def _aware(when: datetime | None) -> datetime:
    """Atom times need an offset: a naive time is taken as UTC, no time at all as the epoch."""
    when = when or _EPOCH
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _when(s: StorySummary) -> datetime:
    return _aware(s.story.last_seen or s.story.first_seen)


def _add(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        node.text = _NOT_XML.sub("", text)
    return node


def _summary(s: StorySummary, articles: Mapping[str, ArticleMeta]) -> str:
    count = len(s.story.article_ids)
    names = [outlet_name(o) for o in s.outlets]
    named = f"outlet{'s' * (len(names) != 1)} named: {', '.join(names)}" if names else "no outlet named"
    headlines = [m.headline for a in s.story.article_ids if (m := articles.get(a)) and m.headline]
    text = (
        f"{count} article{'s' * (count != 1)} from {s.sources} independent source{'s' * (s.sources != 1)}"
        f" ({named})."
    )
    if headlines:
        text += " Headlines: " + "; ".join(dict.fromkeys(headlines[:_HEADLINES])) + "."
    return text


def storyline_feed(
    line: Storyline, stories: Sequence[StorySummary], articles: Mapping[str, ArticleMeta], base: str
) -> bytes:
    """The Atom document of a storyline; ``base`` is the site's absolute URL (ids and links are absolute)."""
    ordered = sorted(stories, key=_when, reverse=True)
    page = f"{base}/storylines/{line.id}"
    feed = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS})
    _add(feed, "id", page)
    _add(feed, "title", line.title)
    _add(feed, "updated", max((_when(s) for s in ordered), default=_EPOCH).isoformat())
    _add(feed, "link", rel="self", type=MEDIA_TYPE, href=f"{page}.atom")
    _add(feed, "link", rel="alternate", type="text/html", href=page)
    _add(_add(feed, "author"), "name", "storyline")
    _add(feed, "generator", "storyline")
    for s in ordered:
        entry = _add(feed, "entry")
        _add(entry, "id", f"{base}/stories/{s.story.id}")
        _add(entry, "title", s.story.title)
        _add(entry, "updated", _when(s).isoformat())
        if s.story.first_seen:
            _add(entry, "published", _aware(s.story.first_seen).isoformat())
        _add(entry, "link", rel="alternate", type="text/html", href=f"{base}/stories/{s.story.id}")
        _add(entry, "summary", _summary(s, articles), type="text")
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8")
