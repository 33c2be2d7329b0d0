"""The extract stage: one fetched Document in, one clean Article (body + metadata + flags) or a Reject out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from storyline.errors import InputError
from storyline.extract.boilerplate import Line, classify_lines, extract_html, split_lines
from storyline.extract.metadata import (
    Header,
    clean_author,
    clean_headline,
    read_header,
    strip_site_name,
)
from storyline.extract.outlet import outlet_aliases, outlet_from_chrome, outlet_from_url
from storyline.extract.published import date_from_tags, date_from_url, parse_iso
from storyline.extract.quality import detect_language, is_filler, is_truncated
from storyline.extract.text_dates import date_from_text
from storyline.ids import article_id, content_hash
from storyline.model import (
    FLAG_BOILERPLATE_REMOVED,
    FLAG_FILLER_REMOVED,
    FLAG_TRUNCATED,
    Article,
    Document,
    Reject,
    Removal,
)
from storyline.readers.decode import decode_bytes
from storyline.readers.html import html_charset
from storyline.settings import DEFAULTS, CleanSettings, Settings

__all__ = ["METADATA_REASONS", "extract", "extract_article"]

# Removal reasons for lines moved into metadata rather than thrown away (they never set boilerplate_removed).
METADATA_REASONS = frozenset({"headline", "standfirst", "byline", "dateline", "tag"})
FILLER_REASON = "filler"


@dataclass
class _Cleaned:
    body: str
    removed: list[Removal]
    header: Header


def _clean_lines(
    text: str, settings: CleanSettings, outlets: tuple[str | None, ...], title: str | None, *, header: bool
) -> tuple[_Cleaned, list[Line]]:
    """Shared plain-text cleaning: chrome classifier, filler, then header metadata lines."""
    lines = split_lines(text)
    outlets = outlet_aliases(*outlets, outlet_from_chrome(lines))
    reasons = classify_lines(lines, outlets, settings)
    for line in lines:
        if line.index not in reasons and is_filler(line.text, settings.filler_latin_ratio):
            reasons[line.index] = FILLER_REASON
    kept = [line for line in lines if line.index not in reasons]
    zone = ZoneInfo(settings.local_timezone)
    found = (
        read_header(kept, settings.header_max_lines, title, zone, settings.max_dateline_words)
        if header
        else Header()
    )
    reasons.update(found.consumed)
    body = "\n\n".join(line.text for line in lines if line.index not in reasons)
    removed = [Removal(line.text, reasons[line.index]) for line in lines if line.index in reasons]
    return _Cleaned(body, removed, found), lines


def _flags(body: str, removed: list[Removal]) -> tuple[str, ...]:
    flags = []
    if any(r.reason not in METADATA_REASONS and r.reason != FILLER_REASON for r in removed):
        flags.append(FLAG_BOILERPLATE_REMOVED)
    if any(r.reason == FILLER_REASON for r in removed):
        flags.append(FLAG_FILLER_REMOVED)
    if body and is_truncated(body):
        flags.append(FLAG_TRUNCATED)
    return tuple(flags)


def _first_date(*candidates: tuple[datetime | None, str]) -> tuple[datetime | None, str | None]:
    for value, evidence in candidates:
        if value is not None:
            return value, evidence
    return None, None


def _from_text(doc: Document, settings: Settings) -> Article:
    hints = doc.hints
    cleaned, lines = _clean_lines(
        doc.text,
        settings.clean,
        (hints.get("outlet"), outlet_from_url(doc.url)),
        hints.get("title"),
        header=True,
    )
    head = cleaned.header
    hinted = parse_iso(hints.get("published"))
    zone = ZoneInfo(settings.clean.local_timezone)
    published, evidence = _first_date(
        (head.published, "text"),
        (hinted, "feed"),  # a container's date beats dates the ranker finds in the body (event dates)
        (
            date_from_text(doc.text, local_zone=zone) if head.published is None and hinted is None else None,
            "text",
        ),
        (date_from_url(doc.url), "url"),
    )
    outlet = hints.get("outlet") or outlet_from_chrome(lines) or outlet_from_url(doc.url)
    return _article(doc, cleaned, outlet, published, evidence, flags_extra=(), settings=settings.clean)


def _from_html(doc: Document, settings: Settings) -> Article:
    hints = doc.hints
    found = extract_html(doc.text, doc.url, settings.clean)
    title = hints.get("title") or found.title
    outlet = hints.get("outlet") or found.sitename or outlet_from_url(doc.url)
    cleaned, _ = _clean_lines(found.text, settings.clean, (outlet,), title, header=True)
    head = cleaned.header
    if title:
        head.headline = clean_headline(strip_site_name(title, found.sitename, outlet_from_url(doc.url)))
    if hints.get("byline") or found.author:
        head.byline, head.byline_role = clean_author(hints.get("byline") or found.author)
    if not head.standfirst and found.description and not cleaned.body.startswith(found.description[:60]):
        head.standfirst = found.description
    tagged, page_level = date_from_tags(doc.text, settings.clean.earliest_year)
    hinted = parse_iso(hints.get("published"))
    guessed = parse_iso(found.date)
    if hinted is not None and not page_level:
        tagged = None  # a feed/JSONL fragment: the container's date beats a <time> in the fragment
    if tagged is not None and guessed is not None and tagged.date() != guessed.date():
        # htmldate weighs more evidence for the day (URL, visible dates; 06:35Z on a US page dated the day
        # before): the tag then only loses. eval/metadata.py: preferring the tag on such pages lost 0.004-0.011.
        tagged = None
    published, evidence = _first_date(
        (tagged, "markup"),
        (hinted, "feed"),  # authoritative over htmldate's guesses, which catch stray years in fragment text
        (guessed, "markup"),
        (head.published, "text"),
        (date_from_url(doc.url), "url"),
    )
    return _article(
        doc,
        cleaned,
        outlet,
        published,
        evidence,
        flags_extra=(FLAG_BOILERPLATE_REMOVED,),
        settings=settings.clean,
    )


def _article(
    doc: Document,
    cleaned: _Cleaned,
    outlet: str | None,
    published: datetime | None,
    evidence: str | None,
    flags_extra: tuple[str, ...],
    settings: CleanSettings,
) -> Article:
    head = cleaned.header
    flags = tuple(dict.fromkeys(flags_extra + _flags(cleaned.body, cleaned.removed)))
    return Article(
        id=article_id(cleaned.body, outlet),
        source=doc.source,
        body=cleaned.body,
        url=doc.url,
        outlet=outlet,
        headline=head.headline or doc.hints.get("title"),
        standfirst=head.standfirst,
        byline=head.byline or doc.hints.get("byline"),
        byline_role=head.byline_role,
        published=published,
        published_evidence=evidence,
        language=detect_language(cleaned.body, settings.english_shortcut),
        flags=flags,
        removed=tuple(cleaned.removed),
        raw_hash=content_hash(doc.raw),
    )


def extract(doc: Document, settings: Settings = DEFAULTS) -> Article | Reject:
    """Turn one fetched document into a clean article with metadata; never raises on bad content."""
    try:
        article = _from_html(doc, settings) if doc.content_type == "html" else _from_text(doc, settings)
    except Exception as exc:  # one bad document must not stop a batch: it becomes a Reject row
        return Reject(doc.source, f"extract failed: {type(exc).__name__}: {exc}", content_hash(doc.raw))
    if len(article.body) < settings.clean.min_body_chars:
        reason = (
            f"body too short after cleaning ({len(article.body)} < {settings.clean.min_body_chars} chars)"
        )
        return Reject(doc.source, reason, article.raw_hash)
    if len(article.body) > settings.clean.max_body_chars:
        reason = (
            f"body too long for an article ({len(article.body):,} > {settings.clean.max_body_chars:,} chars)"
        )
        return Reject(doc.source, reason, article.raw_hash)
    return article


_HTML_SNIFF = re.compile(r"<(?:!doctype html|html|head|body|article|div|p)\b", re.I)


def extract_article(data: str | bytes, *, url: str | None = None, content_type: str | None = None) -> Article:
    """Convenience for library users: clean + metadata from raw text/HTML (content type sniffed when None);
    bytes are decoded as ingest decodes a file of them (BOM, UTF-8, the page's declared charset, detection)."""
    if isinstance(data, str):
        raw, text = data.encode("utf-8"), data
    else:
        raw = data
        declared = None if content_type and "html" not in content_type.lower() else html_charset(data)
        decoded = decode_bytes(data, url or "<memory>", DEFAULTS.ingest, declared)
        if isinstance(decoded, Reject):
            raise InputError(f"no article could be extracted: {decoded.reason}")
        text = decoded
    if content_type is None:
        kind = "html" if _HTML_SNIFF.search(text[:4096]) else "text"
    else:
        kind = "html" if "html" in content_type.lower() else "text"
    result = extract(Document(source=url or "<memory>", raw=raw, text=text, content_type=kind, url=url))
    if isinstance(result, Reject):
        raise InputError(f"no article could be extracted: {result.reason}")
    return result
