"""One article that breaks a stage costs that article that piece (logged with its id), never the build: a failure
is injected into each stage for one article and the build must finish with the other articles as they were."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from storyline.analyze import infer_published, per_article, resolve, resolve_entities
from storyline.cluster import storylines
from storyline.cluster.stories import StoryClusterer
from storyline.dedup import DuplicateIndex
from storyline.model import Analysis, Article, Mention
from storyline.pipeline import build, ingest
from storyline.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
VICTIM = "windfarm_ridge_gazette.txt"


class Boom(RuntimeError):
    pass


def _built(path: Path, corpus: Path = FIXTURES):
    store = open_store(path)
    ingest(store, [str(corpus)])
    build(store)
    return store


def _by_source(store) -> dict[str, str]:
    return {Path(a.source).name: a.id for a in store.articles()}


def _entities_by_source(store) -> dict[str, set[tuple[int, int, str | None]]]:
    analyses = store.analyses()
    return {
        name: {(m.start, m.end, m.entity_id) for m in analyses[aid].mentions}
        for name, aid in _by_source(store).items()
    }


def _stories_by_source(store) -> set[frozenset[str]]:
    names = {aid: name for name, aid in _by_source(store).items()}
    return {frozenset(names[a] for a in s.article_ids) for s in store.stories()}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    return _built(tmp_path_factory.mktemp("base") / "s.db")


def _warned(caplog, stage: str, article_id: str) -> bool:
    return any(
        getattr(r, "stage", None) == stage and getattr(r, "article_id", None) == article_id
        for r in caplog.records
    )


def _victim_body(store) -> str:
    return next(a.body for a in store.articles() if Path(a.source).name == VICTIM)


def test_analysis_failure_costs_that_article_its_analysis(tmp_path, monkeypatch, caplog, baseline):
    victim = _victim_body(baseline)
    real = per_article.analyze_one

    def broken(article, doc, settings):
        if article.body == victim:
            raise Boom("odd parse")
        return real(article, doc, settings)

    monkeypatch.setattr(per_article, "analyze_one", broken)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db")
    ids = _by_source(store)
    assert _warned(caplog, "analyze", ids[VICTIM])
    assert store.analyses()[ids[VICTIM]].mentions == ()
    assert all(store.placement(aid)[1] for aid in ids.values())  # every article still placed in a story
    assert store.analyses()[ids["windfarm_valley_times.txt"]].mentions


def test_parser_failure_on_one_body_costs_only_that_article(tmp_path, monkeypatch, caplog, baseline):
    victim = _victim_body(baseline)
    real = per_article.parse

    def broken(texts, batch_size=32):
        if victim in texts:
            raise Boom("spaCy fell over")
        return real(texts, batch_size)

    monkeypatch.setattr(per_article, "parse", broken)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db")
    ids = _by_source(store)
    assert _warned(caplog, "analyze", ids[VICTIM])
    assert store.analyses()[ids[VICTIM]].sentences == ()
    others = {k: v for k, v in _entities_by_source(store).items() if k != VICTIM}
    assert all(others[k] == _entities_by_source(baseline)[k] for k in others if "ferry" in k)


def test_quote_finder_failure_costs_only_quotes(tmp_path, monkeypatch, caplog, baseline):
    real = per_article.find_quotes
    victim = _by_source(baseline)[VICTIM]

    def broken(article_id, *args):
        if article_id == victim:
            raise Boom("odd quote")
        return real(article_id, *args)

    monkeypatch.setattr(per_article, "find_quotes", broken)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db")
    assert _warned(caplog, "analyze.quotes", victim)
    analysis = store.analyses()[victim]
    assert analysis.quotes == () and analysis.mentions  # keeps its entities
    assert _entities_by_source(store) == _entities_by_source(baseline)


def test_entity_resolution_failure_costs_that_articles_names(tmp_path, monkeypatch, caplog, baseline):
    victim = _by_source(baseline)[VICTIM]
    real_add, real_holdings = resolve.PersonMerger.add_full, resolve.holdings

    def broken_add(self, form, article_id):  # the issue-11 crash was in this step
        if article_id == victim:
            raise Boom("bad name")
        return real_add(self, form, article_id)

    def broken_holdings(article_id, *args):
        if article_id == victim:
            raise Boom("bad apposition")
        return real_holdings(article_id, *args)

    monkeypatch.setattr(resolve.PersonMerger, "add_full", broken_add)
    monkeypatch.setattr(resolve, "holdings", broken_holdings)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db")
    assert _warned(caplog, "entities", victim)
    assert _stories_by_source(store) == _stories_by_source(baseline)
    got, want = _entities_by_source(store), _entities_by_source(baseline)
    assert {k: v for k, v in got.items() if k != VICTIM} == {k: v for k, v in want.items() if k != VICTIM}


def test_resolution_failure_leaves_that_article_unresolved(monkeypatch, caplog):
    bodies = {"a": "John Smith spoke.", "b": "John Smith met the Foreign Secretary."}
    spans = {"a": [("John Smith", "PERSON")], "b": [("John Smith", "PERSON"), ("Foreign Secretary", "ROLE")]}
    articles = [Article(aid, f"{aid}.txt", body) for aid, body in bodies.items()]
    analyses = [
        Analysis(
            aid,
            mentions=tuple(Mention(aid, b.index(t), b.index(t) + len(t), t, lab) for t, lab in spans[aid]),
        )
        for aid, b in bodies.items()
    ]
    real = resolve.resolve_role

    def broken(key, article_id, *args):
        if article_id == "b":
            raise Boom("bad role")
        return real(key, article_id, *args)

    monkeypatch.setattr(resolve, "resolve_role", broken)
    with caplog.at_level(logging.WARNING):
        entities, resolved = resolve_entities(articles, analyses)
    assert _warned(caplog, "entities", "b")
    a, b = resolved
    assert all(m.entity_id is None for m in b.mentions)  # no half-resolved article
    assert a.mentions[0].entity_id in {e.id for e in entities if e.name == "John Smith"}


def test_date_inference_failure_costs_only_that_date(tmp_path, monkeypatch, caplog):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus)
    for name in (VICTIM, "ferry_lakeside_post.txt"):  # two undated articles
        path = corpus / name
        path.write_text("\n".join(line for line in path.read_text().splitlines() if "2022" not in line))
    real = infer_published._infer_one

    def broken(article, an, siblings, settings):
        if Path(article.source).name == VICTIM:
            raise Boom("bad date")
        dated = next(((a.published, "from a sibling") for a, _ in siblings if a.published), None)
        return real(article, an, siblings, settings) or dated

    monkeypatch.setattr(infer_published, "_infer_one", broken)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db", corpus)
    ids = _by_source(store)
    assert _warned(caplog, "dates", ids[VICTIM])
    articles = {Path(a.source).name: a for a in store.articles()}
    assert articles[VICTIM].published is None
    assert articles["ferry_lakeside_post.txt"].published is not None  # the other undated article is dated
    assert all(store.placement(aid)[1] for aid in ids.values())


def test_dedup_failure_costs_only_duplicate_detection(tmp_path, monkeypatch, caplog, baseline):
    victim = _victim_body(baseline)
    real = DuplicateIndex._minhash

    def broken(self, body):
        if body == victim:
            raise Boom("bad shingles")
        return real(self, body)

    monkeypatch.setattr(DuplicateIndex, "_minhash", broken)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db")
    ids = _by_source(store)
    assert _warned(caplog, "dedup", ids[VICTIM])
    assert store.placement(ids[VICTIM])[1]  # still clustered
    assert _stories_by_source(store) == _stories_by_source(baseline)


def test_clustering_failure_costs_that_article_its_story(tmp_path, monkeypatch, caplog, baseline):
    victim = _by_source(baseline)[VICTIM]
    real = StoryClusterer.prepare

    def broken(self, doc):
        if doc.article_id == victim:
            raise Boom("bad vector")
        return real(self, doc)

    monkeypatch.setattr(StoryClusterer, "prepare", broken)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db")
    assert _warned(caplog, "cluster", victim)
    assert store.placement(victim)[1] is None
    want = {s - {VICTIM} for s in _stories_by_source(baseline)} - {frozenset()}
    assert _stories_by_source(store) == want
    again = build(store)  # the failed article is not retried (and not failed again) on every build
    assert again.placed == 0


def test_linking_failure_costs_only_that_articles_evidence(tmp_path, monkeypatch, caplog, baseline):
    victim_id = _by_source(baseline)[VICTIM]
    victim = _victim_body(baseline)
    real = storylines.words

    def broken(text):
        if victim in text:
            raise Boom("bad words")
        return real(text)

    monkeypatch.setattr(storylines, "words", broken)
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db")
    assert _warned(caplog, "link", victim_id)
    assert _stories_by_source(store) == _stories_by_source(baseline)
    assert len(store.storylines()) == len(baseline.storylines())
