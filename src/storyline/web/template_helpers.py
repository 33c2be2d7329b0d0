"""Shapes the templates need, computed in Python so templates stay simple: body segments, quote groups,
citation labels and the storyline timeline chart's geometry."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from storyline.model import Article, Citation, Quote, Sentence
from storyline.web.catalog import ArticleMeta, StorySummary

_PARA = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    anchor: str | None  # "c{start}-{end}" of the sentence this piece begins, for citation links


def body_paragraphs(article: Article, sentences: Sequence[Sentence] = ()) -> list[list[Segment]]:
    """The body split into paragraphs of segments with exact character offsets (sentences get anchors).

    Every character of the body lands in exactly one segment, so a cited span [start, end) can be found
    in the page (by the ``c{start}-{end}`` id for whole sentences, by offsets for anything else).
    """
    body = article.body
    ok = sorted((s for s in sentences if 0 <= s.start < s.end <= len(body)), key=lambda s: s.start)
    cuts: list[tuple[int, int, int | None]] = []  # (start, end, end of the sentence or None)
    pos = 0
    for s in ok:
        if s.start < pos:
            continue
        if s.start > pos:
            cuts.append((pos, s.start, None))
        cuts.append((s.start, s.end, s.end))
        pos = s.end
    if pos < len(body):
        cuts.append((pos, len(body), None))
    breaks = [(m.start(), m.end()) for m in _PARA.finditer(body)]
    paragraphs: list[list[Segment]] = [[]]
    for start, end, sentence_end in cuts:
        for piece_start, piece_end, brk in _split_at_breaks(start, end, breaks):
            if piece_end > piece_start:
                tag = (
                    f"c{start}-{sentence_end}" if sentence_end is not None and piece_start == start else None
                )
                paragraphs[-1].append(Segment(piece_start, piece_end, body[piece_start:piece_end], tag))
            if brk and paragraphs[-1]:
                paragraphs.append([])
    return [p for p in paragraphs if any(seg.text.strip() for seg in p)]


def _split_at_breaks(start: int, end: int, breaks: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Pieces of [start, end) around the paragraph breaks inside it; break whitespace itself is dropped."""
    out = []
    pos = start
    for b_start, b_end in breaks:
        if b_end <= pos or b_start >= end:
            continue
        out.append((pos, max(pos, b_start), True))
        pos = min(b_end, end)
    if pos < end:
        out.append((pos, end, False))
    return out


def anchor(c: Citation | Quote) -> str:
    return f"/articles/{c.article_id}#c{c.start}-{c.end}"


def outlet_name(outlet: str | None) -> str:
    """A readable outlet label: a file path (what the brief falls back to without an outlet) becomes its name."""
    if not outlet:
        return "Unknown outlet"
    if "/" in outlet or "\\" in outlet:
        name = outlet.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
        return name if len(name) <= 32 else name[:31] + "…"
    return outlet


def cite_label(c: Citation | Quote, meta: Mapping[str, ArticleMeta]) -> str:
    """A citation shows the outlet it came from; without one, the article's file name."""
    m = meta.get(c.article_id)
    if m is None:
        return c.article_id[:8]
    return m.outlet or outlet_name(m.source)


def quote_groups(quotes: Iterable[Quote]) -> list[tuple[str, list[Quote]]]:
    """Quotes grouped by speaker (resolved entity first, else the surface form), in first-seen order."""
    groups: dict[str, tuple[str, list[Quote]]] = {}
    for q in quotes:
        key = q.speaker_entity or (q.speaker or "").casefold() or "?"
        label = q.speaker or "Unattributed"
        if q.anonymous and q.affiliation and q.affiliation not in label:
            label = f"{label} ({q.affiliation})"
        groups.setdefault(key, (label, []))[1].append(q)
    return list(groups.values())


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    r: float
    story_id: str
    title: str
    when: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    axis_y: float
    points: list[ChartPoint]
    ticks: list[tuple[float, str]]


def timeline_chart(stories: Sequence[StorySummary], width: int = 640, row: int = 26) -> Chart:
    """Geometry of the storyline chart: one dot per story along time, one row each so labels never overlap."""
    dated = [s.story.first_seen or s.story.last_seen for s in stories]
    known = [d for d in dated if d is not None]
    lo, hi = (min(known), max(known)) if known else (None, None)
    left, right = 16.0, width - 16.0
    top = 14.0
    points = []
    for i, (s, when) in enumerate(zip(stories, dated, strict=True)):
        x = _x(when, lo, hi, left, right) if when else left
        y = top + i * row
        points.append(
            ChartPoint(round(x, 1), y, 4 + min(s.sources, 8), s.story.id, s.story.title, _day(when))
        )
    axis_y = top + max(len(stories), 1) * row
    ticks = []
    if lo and hi:
        ticks = [(left, _day(lo))] if lo == hi else [(left, _day(lo)), (right, _day(hi))]
    return Chart(width, int(axis_y + 24), axis_y, points, ticks)


def _x(when: datetime, lo: datetime | None, hi: datetime | None, left: float, right: float) -> float:
    if lo is None or hi is None or hi == lo:
        return (left + right) / 2 if lo == hi else left
    return left + (right - left) * (when - lo).total_seconds() / (hi - lo).total_seconds()


def _day(when: datetime | None) -> str:
    return when.date().isoformat() if when else "undated"
