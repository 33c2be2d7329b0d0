"""Response shapes of the JSON API, declared so /openapi.json and /docs show them.

Routes build their JSON by hand (cached bytes), so these models document the contract rather than
serialise it; tests/test_web_openapi.py checks every live response against them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    error: str = Field(description="One line saying what was wrong.")
    detail: list[str] | None = Field(None, description="Each invalid parameter, when there were several.")


class Health(BaseModel):
    status: Literal["ok"]
    generation: int = Field(description="Moves whenever the store changed; caches are keyed by it.")


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class ArticleMeta(BaseModel):
    id: str
    outlet: str | None
    headline: str | None
    published: str | None = Field(description="ISO 8601 with offset, or null when undated.")
    published_inferred: bool = Field(
        description="True when the date was inferred, not read from the article."
    )
    duplicate_of: str | None = Field(description="The canonical copy this article duplicates (syndication).")


class _StoryFields(BaseModel):
    type: Literal["story"]
    id: str
    title: str
    article_ids: list[str]
    first_seen: str | None
    last_seen: str | None
    storyline_id: str | None
    sources: int = Field(
        description="Independent sources: distinct canonical copies, not syndicated repeats."
    )
    outlets: list[str]
    articles_without_outlet: int


class StorySummary(_StoryFields):
    articles: int = Field(description="Number of articles in the story.")


class StoryList(Page):
    stories: list[StorySummary] = Field(description="Newest first.")


class StoryDetail(_StoryFields):
    articles: list[ArticleMeta]


class StorylineRecord(BaseModel):
    type: Literal["storyline"]
    id: str
    title: str
    story_ids: list[str] = Field(description="In time order.")


class StorylineList(Page):
    storylines: list[StorylineRecord]


class StorylineDetail(StorylineRecord):
    stories: list[StorySummary]


class Removed(BaseModel):
    text: str
    reason: str = Field(description="Why extraction dropped it (advertisement, notification, ...).")


class ArticleRecord(BaseModel):
    type: Literal["article"]
    id: str
    source: str
    url: str | None
    outlet: str | None
    headline: str | None
    standfirst: str | None
    byline: str | None
    byline_role: str | None
    published: str | None
    published_inferred: bool
    published_evidence: str | None
    language: str | None
    body: str = Field(description="Clean text; every citation's start/end are offsets into it.")
    flags: list[str]
    duplicate_of: str | None
    story_id: str | None
    removed: list[Removed]


class Citation(BaseModel):
    article_id: str
    start: int
    end: int


class Claim(BaseModel):
    text: str
    citations: list[Citation]


class TimelineEntry(Claim):
    date: str | None
    date_inferred: bool


class SlotClaim(Claim):
    values: list[Citation] = Field(
        default_factory=list, description="The value phrases compared ('at least 11'), one per article."
    )


class UniqueClaim(SlotClaim):
    outlet: str | None = Field(description="The only outlet that reported it.")


class ConflictClaim(BaseModel):
    text: str
    article_id: str | None
    outlet: str | None
    start: int | None
    end: int | None
    values: list[Citation] = Field(default_factory=list, description="The value phrase this outlet gives.")


class ConflictSide(BaseModel):
    value: str = Field(description="The value as its first outlet writes it ('at least 11').")
    outlets: list[str] = Field(description="Independent outlets stating it: a syndicated copy counts once.")
    outlet_count: int = Field(description="How many independent outlets state it (2 or more: corroborated).")
    claims: list[int] = Field(description="Indexes into the conflict's claims that state it.")


class Conflict(BaseModel):
    topic: str
    kind: str = Field(
        "",
        description="count, money, percent, date, time, duration, spelling, attribute, role, place, negation, or "
        "update (a later report revised the figure: no contradiction).",
    )
    statement: str = Field(
        "", description="One line: 'Coast Herald says 9 dead; Evening Post says at least 11'."
    )
    claims: list[ConflictClaim]
    support: str = Field(
        "",
        description="How many sides 2 or more independent outlets state: 'both', 'one', 'neither', or 'N of M' "
        "when there are more than two sides. A side only one outlet states is the likelier error.",
    )
    sides: list[ConflictSide] = Field(
        default_factory=list, description="Each version of the disputed value, in report order."
    )


class QuoteRecord(BaseModel):
    text: str
    speaker: str | None
    speaker_entity: str | None
    anonymous: bool
    article_id: str
    start: int
    end: int


class EntityRecord(BaseModel):
    id: str
    name: str
    aliases: list[str]
    type: str


class EventRecord(BaseModel):
    subject: str | None = Field(
        description="Who did it; null when the reports name no doer ('X was arrested')."
    )
    verb: str = Field(description="The act as a lemma ('arrest', 'step down'); synonyms folded to one verb.")
    object: str | None
    negated: bool = Field(description="True when the reports say it did not happen ('refused to comply').")
    place: str | None
    time: str | None = Field(description="ISO date, year-month or year the reports give, or null.")
    articles: list[str] = Field(description="Every article reporting it, syndicated copies included.")
    spans: list[Citation] = Field(description="Where each article says it (character offsets into its body).")
    outlets: list[str] = Field(description="Independent outlets reporting it: a syndicated copy counts once.")


class BriefingNoteRecord(BaseModel):
    section: str = Field(
        description="The part the note is about: summary, timeline, quotes, entities, events, or articles (all of it)."
    )
    text: str = Field(description="What analysis did not provide, e.g. 'no quotes found by analysis'.")
    article_ids: list[str] = Field(description="The articles the note is about (e.g. not analysed yet).")


class BriefingRecord(BaseModel):
    """The briefing contract (storyline.report.contract): keys are added over time, never renamed or dropped."""

    story_id: str | None = Field(None, description="Present for a story's briefing.")
    storyline_id: str | None = Field(None, description="Present for a storyline's briefing.")
    story_ids: list[str] | None = Field(None, description="Present for a storyline's briefing.")
    title: str
    summary: list[Claim]
    timeline: list[TimelineEntry]
    agreements: list[SlotClaim] = Field(
        description="Slots (what, of whom, when) that several independent outlets give compatible values for."
    )
    unique: list[UniqueClaim]
    conflicts: list[Conflict]
    quotes: list[QuoteRecord]
    entities: list[EntityRecord]
    whats_new: list[Claim]
    events: list[EventRecord] = Field(
        description="Who did what, merged across outlets; in time order (undated last), best-supported first."
    )
    notes: list[BriefingNoteRecord] = Field(
        description="Sections analysis found nothing for, and articles not analysed yet: said, never guessed."
    )
    background: list[SlotClaim] = Field(
        default_factory=list,
        description="Values several outlets give alike that are rated background rather than a key fact of the "
        "story (told late, by few outlets, of no one the reports lead with): agreements of lower confidence.",
    )


class SearchResult(BaseModel):
    article_id: str
    headline: str | None
    outlet: str | None
    published: str | None
    story_id: str | None
    snippet: str = Field(
        description="Matched words between [[ and ]]; escape before turning them into markup."
    )


class SearchResults(BaseModel):
    query: str
    limit: int
    offset: int
    has_more: bool
    next_offset: int | None = Field(description="The offset of the next page, or null on the last one.")
    notes: list[str]
    results: list[SearchResult]


class IngestCounts(BaseModel):
    added: int
    unchanged: int
    rejected: int
    rejects: list[dict[str, str]] = Field(description="Each rejected input: source and reason.")


class IngestResult(BaseModel):
    files: list[str]
    ingest: IngestCounts
    build: dict[str, int | float | str | None] = Field(
        description="Counts from the build: analyzed, placed, stories, ..."
    )


INVALID = {422: {"model": ErrorBody, "description": "A malformed query parameter (the message names it)"}}
NOT_FOUND = {404: {"model": ErrorBody, "description": "Unknown, ambiguous or malformed id"}}
BAD_RANGE = {400: {"model": ErrorBody, "description": "Parameters that are well-formed but contradict"}}
