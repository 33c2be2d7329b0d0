"""The extract stage: one fetched Document in, one clean Article (body + metadata + flags) or a Reject out."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from storyline.errors import InputError
from storyline.extract.boilerplate import (
    Line,
    classify_lines,
    extract_html,
    parse_html,
    score_lines,
    split_lines,
)
from storyline.extract.byline_rank import ranked_byline
from storyline.extract.invisible import visible_text
from storyline.extract.line_roles import LineRoles, headline_min_p, label_lines, model_available
from storyline.extract.metadata import (
    Header,
    byline_in_line,
    clean_author,
    clean_headline,
    marked_byline,
    read_header,
    strip_site_name,
)
from storyline.extract.outlet import outlet_aliases, outlet_from_chrome, outlet_from_text, outlet_from_url
from storyline.extract.published import date_from_tags, date_from_url, parse_dateline, parse_iso
from storyline.extract.quality import detect_language, is_filler, is_truncated
from storyline.extract.text_date_evidence import TEXT_EVIDENCE, dateline_evidence
from storyline.extract.text_date_features import PageContext
from storyline.extract.text_dates import date_from_text
from storyline.extract.title_lines import cut_title
from storyline.ids import article_id, content_hash
from storyline.lexicon.sentences import sentences
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
# Line roles the learned labeller drops from the body (as removal reasons), and those that are header metadata.
DROPPED_ROLES = frozenset({"chrome", "caption", "filler"})
HEADER_ROLES = frozenset({"headline", "standfirst", "byline", "dateline"})


@dataclass
class _Cleaned:
    body: str
    removed: list[Removal]
    header: Header
    chrome_outlet: str | None  # the outlet the page's chrome names ("notifications from The X")
    roles: tuple[str, ...] = ()  # the learned labeller's role per line (empty when it did not run)


def _clean_lines(
    text: str,
    settings: CleanSettings,
    outlets: tuple[str | None, ...],
    title: str | None,
    *,
    header: bool,
    learned: bool = False,
) -> _Cleaned:
    """Shared plain-text cleaning: chrome cues, the learned line roles (``learned``), filler, header metadata."""
    lines = split_lines(text)
    chrome_outlet = outlet_from_chrome(lines)
    outlets = outlet_aliases(*outlets, chrome_outlet)
    verdicts = score_lines(lines, outlets)
    reasons = classify_lines(lines, outlets, settings, verdicts)
    labelled = None
    if learned and model_available():
        texts = [line.text for line in lines]
        labelled = label_lines(texts, outlets, [(v.reason, v.score) for v in verdicts])
    for line in lines:
        if line.index not in reasons and is_filler(line.text, settings.filler_latin_ratio):
            reasons[line.index] = FILLER_REASON
    kept = [line for line in lines if line.index not in reasons]
    zone = ZoneInfo(settings.local_timezone)
    if not header:
        found = Header()
    elif labelled is None:
        found = read_header(kept, settings.header_max_lines, title, zone, settings.max_dateline_words)
    else:
        found = _learned_header(lines, kept, labelled, settings, title, zone)
    reasons.update(found.consumed)
    if labelled is not None:  # the labeller's chrome goes too, unless that would leave no article at all
        kept_caption = {i - 1 for i, reason in reasons.items() if reason == "caption"}  # see _caption_pairs
        dropped = {
            line.index: role
            for line, role in zip(lines, labelled.roles, strict=True)
            if role in DROPPED_ROLES
            and line.index not in reasons
            and line.index not in kept_caption
            and labelled.prose_drops.get(line.index, 1.0) >= settings.prose_drop_min_p
        }
        left = sum(
            len(line.text) for line in lines if line.index not in reasons and line.index not in dropped
        )
        if left >= settings.min_body_chars:
            reasons.update(dropped)
    body = "\n\n".join(line.text for line in lines if line.index not in reasons)
    removed = [Removal(line.text, reasons[line.index]) for line in lines if line.index in reasons]
    roles = tuple(labelled.roles) if labelled is not None else ()
    return _Cleaned(body, removed, found, chrome_outlet, roles)


def _learned_header(
    lines: list[Line],
    kept: list[Line],
    labelled: LineRoles,
    settings: CleanSettings,
    title: str | None,
    zone: ZoneInfo,
) -> Header:
    """Header metadata read from the labeller's headline line down; byline/dateline lines found elsewhere join.

    No headline line (the copy started at the body) gives no headline here: the caller falls back on the lead."""
    kept_ids = {line.index for line in kept}
    best = _best_headline(labelled)
    if title is None and (best is None or labelled.headline_p[best] < headline_min_p()):
        first = kept[0].index if kept else None
        if first is None or labelled.roles[first] not in HEADER_ROLES or labelled.roles[first] == "headline":
            found = Header()
        else:  # starts with a byline or dateline: read those, but no headline from a body-like line
            found = read_header(kept, settings.header_max_lines, "\x00", zone, settings.max_dateline_words)
    else:
        start = best if title is None and best is not None else (kept[0].index if kept else 0)
        region = [
            line for line in lines if line.index >= start and (line.index in kept_ids or line.index == start)
        ]
        hint = title if title is not None else lines[start].text
        found = read_header(region, settings.header_max_lines, hint, zone, settings.max_dateline_words)
        if found.headline is None and title is None:
            found.headline, found.consumed[start] = clean_headline(lines[start].text), "headline"
        if found.headline is not None and title is None:  # "Title | Site", "Home » News » Title": the title
            found.headline = cut_title(found.headline, "\n".join(line.text for line in lines))
    slow_tried = False  # dateparser costs ~75 ms a line on multilingual pages: one try per article
    for line in _byline_first(lines, kept_ids, labelled.roles):
        role = labelled.roles[line.index]
        if line.index in found.consumed:
            continue
        if role == "byline" and found.byline is None and (byline := byline_in_line(line.text)) is not None:
            found.byline, found.byline_role = byline
            found.consumed[line.index] = "byline"
        elif role == "dateline" and found.published is None and line.index in kept_ids:
            slow = not slow_tried and bool(_YEAR.search(line.text))
            date = parse_dateline(line.text, allow_slow=slow, local_zone=zone)
            slow_tried = slow_tried or slow
            if date is not None:
                found.published, found.consumed[line.index] = date, "dateline"
    top = best if best is not None else (kept[0].index if kept else 0)  # where the story's header starts
    if found.byline is None:  # a "By X" line the labeller did not call a byline, near the top of the story
        # every line there, a chrome cue's removal too: a line opening with a marker is no navigation link
        for line in lines[max(top - BYLINE_ABOVE, 0) : top + BYLINE_REACH + 1]:
            if line.index not in found.consumed and (byline := marked_byline(line.text)) is not None:
                found.byline, found.byline_role = byline
                found.consumed[line.index] = "byline"
                break
    if found.byline is None:  # a name on a line of its own, often called chrome: the learned byline ranker
        ranked = ranked_byline([line.text for line in lines], labelled.roles, top)
        reason = found.consumed.get(ranked[0]) if ranked is not None else None
        # a line read as a dateline ("X, 12 May 2020") or a standfirst ("by X 5 Comments") may still be the byline
        if ranked is not None and reason in (None, "dateline", "standfirst"):
            found.byline = ranked[1]
            if reason != "dateline":
                found.consumed[ranked[0]] = "byline"
            if reason == "standfirst":
                found.standfirst = None
    return found


def _byline_first(lines: list[Line], kept_ids: set[int], roles: list[str]) -> list[Line]:
    """The kept lines, plus the lines a chrome cue removed that the labeller calls a byline ("by X" read as a
    navigation link): the labeller's byline call outranks the cue."""
    return [line for line in lines if line.index in kept_ids or roles[line.index] == "byline"]


TAGGED_REACH = 3  # lines above the ranker's best searched for a line the sequence model tags headline
# Lines below and above the headline searched for a marked byline ("By X", "Autor: X"), kept or cue-removed.
# Session 22, half 0: the pages the rules left without a byline hold such a line within 12 below, kept, on 2 gold
# pages; 25 below and 3 above, every line, on 11 (1 wrong); 50 below adds 3 right and 6 wrong. End to end
# (eval/textpages.py half 0, inscriptis / html2text): byline F1 0.493 / 0.468 -> 0.519 / 0.490, wrong 11 / 10 ->
# 9 / 9 of 267, bylines on pages whose gold names none 90 / 90 -> 96 / 93 of 340 (read: all but one a person's
# name on a "By"/"Par"/"Autor:" line, authors trafilatura missed).
BYLINE_REACH = 25
BYLINE_ABOVE = 3


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# The tags of a best line that yields to a tagged headline above it: the header's other parts (a dek, a "From: ..."
# field, a date line) sit under their headline; a line tagged body or chrome keeps the pick, since the label above
# it may be a section ("Science and Environment" over the title, tests/fixtures/layouts2).
YIELDS_TO_TAGGED = frozenset({"standfirst", "byline", "dateline"})


def _best_headline(labelled: LineRoles) -> int | None:
    """The headline line: the ranker's best, unless the sequence model tags it a header part (YIELDS_TO_TAGGED)
    under a candidate line it tags headline up to ``TAGGED_REACH`` lines above (a dek, or a "From: ..." field
    under its headline). Session 12's narrower rule (only a tagged standfirst right below) took a press release's
    "From:" line; session 22 measured the move from any tag as costing half-0 cross-validation (eval/train_rerank.py
    notes), and it took a section label over a body-tagged title; session 33 keeps it for header parts only."""
    p = labelled.headline_p
    best = max(range(len(p)), key=lambda i: p[i], default=None)
    if best is None or p[best] <= 0.0:  # no line is a candidate at all
        return None
    if labelled.roles[best] not in YIELDS_TO_TAGGED:
        return best
    tagged = [
        i for i in range(max(best - TAGGED_REACH, 0), best) if labelled.roles[i] == "headline" and p[i] > 0
    ]
    return tagged[-1] if tagged else best


def lead_headline(body: str, max_words: int = 25) -> str | None:
    """The lead sentence as a stand-in headline when a copy has no headline line (cut at ``max_words``)."""
    first = sentences(body.strip().split("\n", 1)[0])
    if not first:
        return None
    words = first[0].split()
    return " ".join(words[:max_words]) + (" …" if len(words) > max_words else "")


def _flags(body: str, removed: list[Removal], settings: CleanSettings) -> tuple[str, ...]:
    flags = []
    if any(r.reason not in METADATA_REASONS and r.reason != FILLER_REASON for r in removed):
        flags.append(FLAG_BOILERPLATE_REMOVED)
    if any(r.reason == FILLER_REASON for r in removed):
        flags.append(FLAG_FILLER_REMOVED)
    removed_texts = {r.text for r in removed}
    if body and is_truncated(body, settings.prose_min_words, removed_texts):
        flags.append(FLAG_TRUNCATED)
    return tuple(flags)


def _first_date(*candidates: tuple[datetime | None, str | None]) -> tuple[datetime | None, str | None]:
    for value, evidence in candidates:
        if value is not None:
            return value, evidence
    return None, None


def _dateline_evidence(cleaned: _Cleaned, text: str) -> str:
    """The evidence of the header's dateline date: whether a numeric one's day/month order was a guess."""
    line = next((r.text for r in cleaned.removed if r.reason == "dateline"), "")
    published = cleaned.header.published
    return TEXT_EVIDENCE if published is None else dateline_evidence(line, published.date(), text)


DATELINE_ABOVE = 1  # lines a dateline may stand above the headline and still be the header's date


def date_context(cleaned: _Cleaned) -> PageContext:
    """What the header reading tells the date ranker: the dateline's day, the line roles, the headline line.

    A dateline further above the headline is site chrome (a today's-date bar): it gives no header day, so the
    ranker weighs its date as any other (reverse fit, held-out half 0 MediaCloud, eval/train_dates.py
    ranker+header: inscriptis 0.859 -> 0.880, html2text 0.859 -> 0.870; trafilatura-labelled unchanged)."""
    head = cleaned.header
    headline = next((i for i, reason in head.consumed.items() if reason == "headline"), None)
    line = next((i for i, reason in head.consumed.items() if reason == "dateline"), None)
    day = head.published.date() if head.published is not None else None
    if headline is not None and line is not None and headline - line > DATELINE_ABOVE:
        day = None
    return PageContext(day, cleaned.roles, headline)


def _text_date(
    doc: Document, settings: CleanSettings, zone: ZoneInfo, context: PageContext
) -> tuple[datetime | None, str | None]:
    """The date the ranker reads from the whole text, the header's own date among the evidence (and the URL's:
    a text date it repeats wins); relative forms ("3 hours ago") count from the container's date (``captured``:
    WARC-Date, HTTP Last-Modified/Date), never from the clock."""
    found = date_from_text(
        doc.text,
        reference=parse_iso(doc.hints.get("captured")),
        local_zone=zone,
        earliest_year=settings.earliest_year,
        min_p=settings.text_date_min_p,
        context=context,
        url=doc.url,
    )
    return (None, None) if found is None else found


def _from_text(doc: Document, settings: Settings) -> Article:
    hints = doc.hints
    cleaned = _clean_lines(
        doc.text,
        settings.clean,
        (hints.get("outlet"), outlet_from_url(doc.url)),
        hints.get("title"),
        header=True,
        learned=True,
    )
    head = cleaned.header
    hinted = parse_iso(hints.get("published"))
    zone = ZoneInfo(settings.clean.local_timezone)
    if head.headline is None and not hints.get("title"):
        head.headline = lead_headline(cleaned.body)
    # The ranker weighs the header's date against the text's other dates (one far above the headline only stands
    # where the ranker abstains: date_context); a container's date beats both (event dates in the body). Where the
    # ranker agrees with the header, the header's own time and evidence stand.
    ranked = _text_date(doc, settings.clean, zone, date_context(cleaned)) if hinted is None else (None, None)
    if ranked[0] is not None and head.published is not None and ranked[0].date() == head.published.date():
        ranked = (None, None)
    published, evidence = _first_date(
        ranked,
        (head.published, _dateline_evidence(cleaned, doc.text)),
        (hinted, "feed"),
        (date_from_url(doc.url), "url"),
    )
    # The id keeps its outlet rule-read (hint, chrome cue, host) so a refitted outlet model never changes ids;
    # the shown outlet is what the container says, else the host, else what the text names itself (if sure).
    id_outlet = hints.get("outlet") or cleaned.chrome_outlet or outlet_from_url(doc.url)
    outlet = (
        hints.get("outlet")
        or outlet_from_url(doc.url)
        or cleaned.chrome_outlet
        or outlet_from_text(doc.text, settings.clean.outlet_min_p)
    )
    return _article(
        doc, cleaned, outlet, id_outlet, published, evidence, flags_extra=(), settings=settings.clean
    )


def _from_html(doc: Document, settings: Settings) -> Article:
    hints = doc.hints
    tree = parse_html(doc.text)  # once: markup dates and metadata read it, then trafilatura prunes it
    tagged, page_level = (None, False) if tree is None else date_from_tags(tree, settings.clean.earliest_year)
    found = extract_html(tree, doc.url, settings.clean)
    title = hints.get("title") or found.title
    outlet = hints.get("outlet") or found.sitename or outlet_from_url(doc.url)
    cleaned = _clean_lines(found.text, settings.clean, (outlet,), title, header=True)
    head = cleaned.header
    if title:
        head.headline = clean_headline(strip_site_name(title, found.sitename, outlet_from_url(doc.url)))
    if hints.get("byline") or found.author:
        head.byline, head.byline_role = clean_author(hints.get("byline") or found.author)
    if not head.standfirst and found.description and not cleaned.body.startswith(found.description[:60]):
        head.standfirst = found.description
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
    id_outlet: str | None,
    published: datetime | None,
    evidence: str | None,
    flags_extra: tuple[str, ...],
    settings: CleanSettings,
) -> Article:
    head = cleaned.header
    flags = tuple(dict.fromkeys(flags_extra + _flags(cleaned.body, cleaned.removed, settings)))
    return Article(
        id=article_id(cleaned.body, id_outlet),
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
        # what the text path reads from the whole text (dates, outlet) and the container's hints: no invisibles
        doc = replace(
            doc, text=visible_text(doc.text), hints={k: visible_text(v) for k, v in doc.hints.items()}
        )
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
