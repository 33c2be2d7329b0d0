"""Per-article analysis: one parse per body, then mentions, roles, dates, quotes, events and claims from it."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate

from spacy.tokens import Doc

from storyline.analyze.claims import find_claims
from storyline.analyze.date_mentions import anchor, find_dates
from storyline.analyze.descriptions import find_descriptions
from storyline.analyze.entities import SHORT_NAME_WORDS
from storyline.analyze.events import find_events
from storyline.analyze.gender import first_name_gender
from storyline.analyze.nlp import (
    doc_ents,
    doc_text,
    get_nlp,
    keep_text,
    paragraphs,
    parse,
    release,
    sentences,
)
from storyline.analyze.owners import with_owners
from storyline.analyze.quotes.pronouns import genders
from storyline.analyze.quotes.speakers import find_quotes
from storyline.analyze.roles import find_roles
from storyline.isolate import isolated
from storyline.lexicon.stop_words import ENGLISH as STOP_WORDS
from storyline.lexicon.titles import titled_surnames
from storyline.lexicon.whole_words import whole_word_hits
from storyline.model import ENTITY_LABELS, Analysis, Article, Mention, Sentence
from storyline.settings import AnalyzeSettings

_TRIM_END = re.compile(r"(?:['’]s|['’])$")
# A name never runs across a line break: the tagger joins a headline's last name to the next line's first
# ("... for Okafor" / "Ms Okafor said"), and the title of the second is then lost to its name; each line's part
# is a mention of its own.
_LINE_PIECE = re.compile(r"\S(?:[^\n]*\S)?")


def _mentions(article_id: str, body: str, doc: Doc, headline: str | None = None) -> list[Mention]:
    """NER mentions (possessives trimmed) plus ROLE mentions; a name keeps the part after a role title. A
    bare surname of someone named in full in the body or the headline is that person."""
    places = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("GPE", "NORP")]
    roles = find_roles(article_id, body, places)
    out: list[Mention] = []
    whole = doc_text(doc)  # each entity's text cut from it: ``Span.text`` joins the span's tokens anew
    for ent, start, end in (
        (e, e.start_char + m.start(), e.start_char + m.end())
        for e in doc_ents(doc)
        if e.label_ in ENTITY_LABELS
        for m in _LINE_PIECE.finditer(whole[e.start_char : e.end_char])
    ):
        text = body[start:end]
        trimmed = _TRIM_END.sub("", text)
        end = start + len(trimmed.rstrip())
        for r in roles:
            if r.start <= start < r.end:  # "Foreign Secretary Boris" tagged as one name
                start = r.end
                while start < end and body[start].isspace():
                    start += 1
        if end - start < 2:
            continue
        out.append(Mention(article_id, start, end, body[start:end], ent.label_))
    titled = titled_surnames(body)
    surnames = _full_name_surnames(out, _headline_surnames(headline or "")) | titled
    out = _surnames_as_people(out, surnames, titled)
    out += _surname_mentions(article_id, body, out, surnames)
    named = [(m.start, m.end) for m in out if m.label in ("ORG", "PERSON")]
    out += [r for r in roles if not any(s < r.start and r.end <= e for s, e in named)]
    return sorted(out, key=lambda m: (m.start, m.end))


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b")


def _headline_surnames(headline: str) -> set[str]:
    """Surnames the headline gives with a first name ('Maria Pennick to open ...'): the body may name the
    person by surname only, which NER may then take for a place or miss. Not a title-case pair of first names
    ('Jackson Will Play') nor a first name before a function word ('Maria And Tom')."""
    pairs = _FULL_NAME.finditer(headline)
    return {
        m.group(2)
        for m in pairs
        if first_name_gender(m.group(1))
        and not first_name_gender(m.group(2))
        and m.group(2).lower() not in STOP_WORDS
    }


def _full_name_surnames(found: list[Mention], also: AbstractSet[str] = frozenset()) -> set[str]:
    """The last words of the people NER named in full in the article, with ``also`` (the headline's): a bare
    one of them elsewhere in the body is that person."""
    return {m.text.split()[-1] for m in found if m.label == "PERSON" and len(m.text.split()) >= 2} | also


def _surnames_as_people(
    found: list[Mention], surnames: AbstractSet[str], titled: AbstractSet[str] = frozenset()
) -> list[Mention]:
    """A mention that is a bare surname (``_full_name_surnames``) is that person, whatever label NER gave it
    ("Trump has ..." tagged ORG after "Donald Trump"), and so is a short name ending in a surname the article
    writes after "Mr" or "Ms" ("Femi Adeyemi" tagged ORG, then "Mr Adeyemi"). This article's own evidence only,
    here because quote speakers, pronouns and events read PERSON mentions during analysis; what only another
    outlet's article shows is briefing.people_across's, once the story exists."""
    return [
        dataclasses.replace(m, label="PERSON")
        if m.label != "PERSON"
        and (m.text in surnames or (m.text.split()[-1] in titled and len(m.text.split()) <= SHORT_NAME_WORDS))
        else m
        for m in found
    ]


def _surname_mentions(
    article_id: str, body: str, found: list[Mention], surnames: AbstractSet[str]
) -> list[Mention]:
    """Bare surnames (``_full_name_surnames``) that NER missed ("Truss will meet..."), so a later he/she finds
    them as antecedent."""
    extra = []
    spans = sorted((m.start, m.end) for m in found)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the mentions up to each start
    for name in surnames:
        if len(name) < 3 or not name[0].isupper():
            continue
        for start in whole_word_hits(name, body):
            end = start + len(name)
            # no mention holds the hit's start, and none starts inside the hit (bisections, not a scan)
            before, inside = bisect_right(starts, start), bisect_left(starts, start)
            if (before == 0 or reach[before - 1] <= start) and (
                inside == len(starts) or starts[inside] >= end
            ):
                extra.append(Mention(article_id, start, end, name, "PERSON"))
    return extra


def _sentences(article_id: str, body: str, doc: Doc) -> list[Sentence]:
    """Parser sentences, split again at paragraph breaks and stripped of surrounding space."""
    out = []
    for sent in sentences(doc):
        pos = sent.start_char
        for piece in re.split(r"(\n\s*)", body[sent.start_char : sent.end_char]):
            start, end = pos, pos + len(piece)
            pos = end
            text = piece.strip()
            if text:
                lead = len(piece) - len(piece.lstrip())
                out.append(Sentence(article_id, start + lead, start + lead + len(text), text))
    return out


def analyze_one(article: Article, doc: Doc, settings: AnalyzeSettings) -> Analysis:
    """Each part is isolated: a heuristic that breaks on an odd article costs that article that part (logged)."""
    aid, body = article.id, article.body
    keep_text(doc, body)
    paras = paragraphs(body)
    mentions = isolated("analyze.mentions", aid, lambda: _mentions(aid, body, doc, article.headline), [])
    day = anchor(body, article.published)
    dates = isolated("analyze.dates", aid, lambda: find_dates(aid, body, day), [])
    known = isolated("analyze.genders", aid, lambda: genders(doc, mentions), {})
    quotes = isolated(
        "analyze.quotes", aid, lambda: find_quotes(aid, body, doc, paras, mentions, known, settings), []
    )
    quoted = [(q.start, q.end) for q in quotes]
    events = isolated(
        "analyze.events",
        aid,
        lambda: find_events(aid, doc, mentions, known, dates, quoted, settings.pronoun_reach),
        [],
    )
    claims = isolated("analyze.claims", aid, lambda: find_claims(aid, doc, dates, day, settings), [])
    claims = isolated("analyze.owners", aid, lambda: with_owners(claims, doc), claims)
    # after quotes and events, which read names and titles only: a description joins the mentions for resolution
    described = isolated("analyze.descriptions", aid, lambda: find_descriptions(aid, doc, mentions), [])
    mentions = sorted([*mentions, *described], key=lambda m: (m.start, m.end))
    sentences = isolated("analyze.sentences", aid, lambda: _sentences(aid, body, doc), [])
    release(doc)
    return Analysis(
        article_id=aid,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        events=tuple(events),
        dates=tuple(dates),
        claims=tuple(claims),
    )


def analyze_docs(articles: Sequence[Article], settings: AnalyzeSettings) -> list[Analysis]:
    """Parse the batch at once; when that fails, parse one by one so only the article that breaks the parser
    goes without analysis (stored empty, so it is not parsed again on every build). The model loads first, so
    its loading is not charged to the first batch's time limit."""
    get_nlp()
    docs: list[Doc | None] = isolated(
        "analyze",
        f"batch of {len(articles)} from {articles[0].id}" if articles else "batch",
        lambda: list(parse([a.body for a in articles], batch_size=settings.batch_size)),
        [],
    )
    if len(docs) != len(articles):
        docs = [isolated("analyze", a.id, lambda a=a: next(iter(parse([a.body]))), None) for a in articles]
    return [
        Analysis(article.id)
        if doc is None
        else isolated(
            "analyze", article.id, lambda a=article, d=doc: analyze_one(a, d, settings), Analysis(article.id)
        )
        for article, doc in zip(articles, docs, strict=True)
    ]
