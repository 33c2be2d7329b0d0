"""bench/fill.py's clones: new names in the body and every analysed span, offsets still valid, dates shifted."""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fill import Renamer, clone  # noqa: E402
from storyline.ids import article_id  # noqa: E402
from storyline.model import Analysis, Article, DatedMention, Mention, Quote, Sentence  # noqa: E402

BODY = (
    "Kavenmir Tosdal of the Belor Union said on 3 May the walkout in Valdoria would go on.\n"
    "\u201cWe will not move,\u201d Tosdal said. Officials in Valdoria declined to comment."
)


def _span(aid: str, text: str, cls, **more):
    start = BODY.index(text)
    return cls(aid, start, start + len(text), text, **more)


def _pool() -> tuple[Article, Analysis]:
    aid = article_id(BODY, "Meridian Post")
    published = datetime(2021, 5, 3, 9, tzinfo=UTC)
    article = Article(
        aid, "x.jsonl:1", BODY, outlet="Meridian Post", headline="Tosdal vows to go on", published=published
    )
    first = BODY.split("\n")[0]
    analysis = Analysis(
        aid,
        sentences=(_span(aid, first, Sentence),),
        mentions=(
            _span(aid, "Kavenmir Tosdal", Mention, label="PERSON", entity_id="e1"),
            _span(aid, "Belor Union", Mention, label="ORG", entity_id="e2"),
            _span(aid, "Valdoria", Mention, label="GPE", entity_id="e3"),
        ),
        quotes=(_span(aid, "We will not move,", Quote, speaker="Tosdal", speaker_entity="e1"),),
        dates=(_span(aid, "3 May", DatedMention, date="2021-05-03"),),
    )
    return article, analysis


def test_clone_renames_generated_names_and_keeps_spans_valid():
    article, analysis = _pool()
    art, an = clone(article, analysis, Renamer(random.Random(1)), 40, "1/0")
    assert len(art.body) == len(BODY) and art.body != BODY
    assert "Tosdal" not in art.body and "Kavenmir" not in art.body and "Belor" not in art.body
    assert art.body.count("Valdoria") == 2  # not a generated syllable name: a country every article shares
    assert art.id == article_id(art.body, art.outlet) != article.id
    for span in an.sentences + an.mentions + an.quotes + an.dates:
        assert span.article_id == art.id
        assert art.body[span.start : span.end] == span.text
    surname = an.mentions[0].text.split()[1]
    assert an.quotes[0].speaker == surname and surname in art.headline
    assert all(m.entity_id is None for m in an.mentions) and an.quotes[0].speaker_entity is None
    assert (art.published - article.published).days == 40 and an.dates[0].date == "2021-06-12"


def test_one_renamer_maps_a_name_alike_across_articles_and_rounds_differ():
    article, analysis = _pool()
    rename = Renamer(random.Random(1))
    first, _ = clone(article, analysis, rename, 10, "1/0")
    again, _ = clone(article, analysis, rename, 10, "1/1")
    other, _ = clone(article, analysis, Renamer(random.Random(2)), 20, "2/0")
    assert first.body == again.body
    assert other.body != first.body


def test_a_clone_is_a_new_report_not_a_near_duplicate_of_its_original():
    from bench.fill import vocabulary
    from eval.streams import generate
    from storyline.dedup import DuplicateIndex

    pool = generate(8, 3)
    words = vocabulary(a.body for a in pool)
    for renamer, copies in ((Renamer(random.Random(1)), True), (Renamer(random.Random(1), words), False)):
        index = DuplicateIndex()
        for i, a in enumerate(pool):
            index.add(f"o{i}", a.body, None)
        clones = [renamer(a.body) or "" for a in pool]
        assert all(len(c) == len(a.body) for c, a in zip(clones, pool, strict=True))
        for i, c in enumerate(clones):
            index.add(f"c{i}", c, None)
        # names alone renamed: the same sentences around new names are still copies of the originals; with words
        # swapped, not (a clone may still copy another clone: the pool's wire copies stay copies in a round)
        grouped = {m for i in range(len(clones)) for m in index.group_of(f"c{i}")}
        assert any(m.startswith("o") for m in grouped) is copies
