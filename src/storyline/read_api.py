"""Read-side operations over a built store: briefings and the JSONL export contract."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from storyline.briefing import build_briefing
from storyline.errors import NotFoundError
from storyline.model import Article, Briefing, Story, Storyline
from storyline.settings import DEFAULTS, Settings
from storyline.store import Store, canonical_map
from storyline.store.codec import iso


def brief(store: Store, subject_id: str, settings: Settings = DEFAULTS) -> Briefing:
    """The briefing of a story or storyline (a unique id prefix is enough)."""
    kind, full_id = store.resolve_id(subject_id)
    subject: Story | Storyline
    if kind == "article":
        _, story_id = store.placement(full_id)
        if story_id is None:
            raise NotFoundError(f"article {full_id} is not in a story yet; run `storyline build`")
        kind, full_id = "story", story_id
    if kind == "story":
        subject = store.story(full_id)
        stories = [subject]
    else:
        subject = store.storyline(full_id)
        stories = [store.story(sid) for sid in subject.story_ids]
    article_ids = [aid for s in stories for aid in s.article_ids]
    articles = {a.id: a for a in store.articles(article_ids)}
    analyses = store.analyses(article_ids)
    entities = store.entities()
    return build_briefing(
        subject, stories, articles, analyses, entities, canonical_map(store), settings.brief
    )


def briefing_articles(store: Store, briefing: Briefing) -> dict[str, Article]:
    """The articles of a briefing's stories, which its renderers quote and link to."""
    ids = [aid for sid in briefing.story_ids for aid in store.story(sid).article_ids]
    return {a.id: a for a in store.articles(ids)}


def article_record(article: Article, duplicate_of: str | None, story_id: str | None) -> dict[str, Any]:
    """An article as the export contract names it."""
    return {
        "type": "article",
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "byline": article.byline,
        "byline_role": article.byline_role,
        "published": iso(article.published),
        "published_inferred": article.published_inferred,
        "language": article.language,
        "body": article.body,
        "flags": list(article.flags),
        "duplicate_of": duplicate_of,
        "story_id": story_id,
    }


def story_record(story: Story) -> dict[str, Any]:
    return {
        "type": "story",
        "id": story.id,
        "title": story.title,
        "article_ids": list(story.article_ids),
        "first_seen": iso(story.first_seen),
        "last_seen": iso(story.last_seen),
        "storyline_id": story.storyline_id,
    }


def storyline_record(line: Storyline) -> dict[str, Any]:
    return {"type": "storyline", "id": line.id, "title": line.title, "story_ids": list(line.story_ids)}


def export_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every article, story, storyline and reject, in that order."""
    placements = store.placements()
    for article in store.articles():
        duplicate_of, story_id = placements.get(article.id, (None, None))
        yield article_record(article, duplicate_of, story_id)
    for story in store.stories():
        yield story_record(story)
    for line in store.storylines():
        yield storyline_record(line)
    for reject in store.rejects():
        yield {"type": "reject", "source": reject.source, "reason": reject.reason}


def export_jsonl(store: Store, out: TextIO) -> int:
    """Write the export contract, one JSON object per line; returns the number of lines."""
    count = 0
    for record in export_records(store):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
