"""Incremental resolution through the store's alias index gives the from-scratch result, batch after batch."""

from __future__ import annotations

import dataclasses
import random
import shutil
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from pg_server import fresh_database
from test_store import _raw

from storyline import aliases, pipeline
from storyline.analyze import resolve_entities
from storyline.model import Analysis, Article, Event, Mention
from storyline.settings import DEFAULTS
from storyline.store import migrations, open_store

# (text, label) pieces an article is written from; each lands in the body with its span recorded
PEOPLE = [
    "John Smith",
    "Jane Smith",
    "Smith",
    "Mr Smith",
    "Sergei Lavrov",
    "Sergey Lavrov",
    "Lavrov",
    "Jon Smyth",
]
PEOPLE += ["Anna Berg", "Berg", "Anna", "Ines Talvik", "Talvik", "Marta Kellings", "Marta"]
OTHERS = [
    ("NATO", "ORG"),
    ("North Atlantic Treaty Organization", "ORG"),
    ("National Art Teachers Office", "ORG"),
]
OTHERS += [("Jordan", "GPE"), ("Jordan", "ORG"), ("the UK", "GPE"), ("Britain", "GPE"), ("EU", "ORG")]
OTHERS += [
    ("European Union", "ORG"),
    ("the European Union", "ORG"),
    ("Acme Corp", "ORG"),
    ("ACME CORP", "ORG"),
]
# one text tagged both ways: "the Orqui Alliance" names the org "Orqui Alliance", and "Orqui Alliance" is also a
# person's mention, whom the fuzzy first-name merge with the more frequent "Quiorqui Alliance" names so
ORQUI = [("the Orqui Alliance", "ORG"), ("Quiorqui Alliance", "PERSON"), ("Orqui Alliance", "PERSON")]
ROLES = ["the Foreign Secretary", "the Prime Minister", "the US President"]


def _article(aid: str, r: random.Random, day: int | None) -> tuple[Article, Analysis]:
    body, mentions = "", []

    def put(text: str, label: str, sep: str = ". ") -> None:
        nonlocal body
        body += sep
        mentions.append(Mention(aid, len(body), len(body) + len(text), text, label))
        body += text

    for _ in range(r.randint(1, 6)):
        pick = r.random()
        if pick < 0.45:
            put(r.choice(PEOPLE), "PERSON")
        elif pick < 0.8:
            put(*r.choice(OTHERS))
        elif pick < 0.9:
            put(r.choice(ROLES), "ROLE")
        else:  # an apposition: "Foreign Secretary John Smith" gives a dated holding
            put(r.choice(ROLES).removeprefix("the "), "ROLE")
            put(r.choice(PEOPLE[:2] + PEOPLE[4:6] + PEOPLE[8:9]), "PERSON", " ")
    body += "."
    when = None if day is None else datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day)
    return Article(aid, f"{aid}.txt", body, published=when), Analysis(aid, mentions=tuple(mentions))


def _corpus(seed: int, n: int, days: int = 400) -> list[tuple[Article, Analysis]]:
    r = random.Random(seed)
    return [_article(f"a{i:03d}", r, None if r.random() < 0.3 else r.randint(0, days)) for i in range(n)]


def _resolved_view(entities, analyses) -> tuple[dict, dict]:
    names = {e.id: (e.name, e.type, e.aliases) for e in entities}
    spans = {
        (an.article_id, m.start, m.end): (m.entity_id, m.label)
        for an in analyses.values()
        for m in an.mentions
    }
    return names, spans


@pytest.mark.parametrize(("seed", "days"), [(s, 400) for s in range(6)] + [(s, 3000) for s in range(6, 10)])
def test_batches_resolve_as_from_scratch(tmp_path, seed, days):
    """Over 400 days every role user is near every holding; over 3,000 the role window bounds re-resolution."""
    corpus = _corpus(seed, 60, days)
    want_entities, want = resolve_entities([a for a, _ in corpus], [an for _, an in corpus])
    expected = _resolved_view(want_entities, {an.article_id: an for an in want})
    store = open_store(tmp_path / "s.db")
    cuts = sorted(random.Random(seed).sample(range(1, len(corpus)), 4))
    for lo, hi in zip([0, *cuts], [*cuts, len(corpus)], strict=True):
        batch = corpus[lo:hi]
        with store.transaction():
            for article, _ in batch:
                store.add_article(article)
            store.put_analyses(an for _, an in batch)
        aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in batch])
    assert _resolved_view(store.entities(), store.analyses()) == expected


def test_late_dates_and_a_rerun_resolve_as_from_scratch(tmp_path):
    corpus = _corpus(11, 40)
    store = open_store(tmp_path / "s.db")
    with store.transaction():
        for article, _ in corpus:
            store.add_article(article)
        store.put_analyses(an for _, an in corpus)
    ids = [a.id for a, _ in corpus]
    aliases.resolve(store, DEFAULTS.analyze, ids[:25])
    aliases.resolve(store, DEFAULTS.analyze, ids[25:])
    aliases.resolve(store, DEFAULTS.analyze, ids[25:])  # a build killed after resolving reruns it
    undated = [a.id for a, _ in corpus if a.published is None]
    day = datetime(2024, 3, 1, tzinfo=UTC)
    with store.transaction():
        for aid in undated:
            store.set_inferred_date(aid, day, "test")
    aliases.resolve(store, DEFAULTS.analyze, (), undated)
    articles = store.articles()
    want_entities, want = resolve_entities(articles, [an for _, an in corpus])
    expected = _resolved_view(want_entities, {an.article_id: an for an in want})
    assert _resolved_view(store.entities(), store.analyses()) == expected


def test_a_new_full_name_rekeys_only_the_articles_that_name_it_bare(tmp_path):
    store = open_store(tmp_path / "s.db")
    first = [
        (
            Article("a", "a.txt", "Smith spoke."),
            Analysis("a", mentions=(Mention("a", 0, 5, "Smith", "PERSON"),)),
        ),
        (
            Article("b", "b.txt", "Berg spoke."),
            Analysis("b", mentions=(Mention("b", 0, 4, "Berg", "PERSON"),)),
        ),
    ]
    new = (
        Article("c", "c.txt", "John Smith spoke."),
        Analysis("c", mentions=(Mention("c", 0, 10, "John Smith", "PERSON"),)),
    )
    for batch in (first, [new]):
        with store.transaction():
            for article, analysis in batch:
                store.add_article(article)
                store.put_analyses([analysis])
        done = aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in batch])
    assert set(done.analyses) == {"a", "c"} and done.changed == {"a", "c"}
    stored = store.analyses()
    assert stored["a"].mentions[0].entity_id == stored["c"].mentions[0].entity_id
    assert {e.name for e in store.entities()} == {"John Smith", "Berg"}


def test_a_new_apposition_re_resolves_only_the_title_users_within_the_role_window(tmp_path):
    def report(aid: str, day: int, text: str, parts: list[tuple[int, int, str]]) -> tuple[Article, Analysis]:
        when = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=day)
        mentions = tuple(Mention(aid, s, e, text[s:e], label) for s, e, label in parts)
        return Article(aid, f"{aid}.txt", text, published=when), Analysis(aid, mentions=mentions)

    said = "The Prime Minister spoke."
    store = open_store(tmp_path / "s.db")
    stored = [report(aid, day, said, [(4, 18, "ROLE")]) for aid, day in (("old", 0), ("near", 1500))]
    new = report("new", 1600, "Prime Minister Anna Berg spoke.", [(0, 14, "ROLE"), (15, 24, "PERSON")])
    for batch in (stored, [new]):
        with store.transaction():
            for article, analysis in batch:
                store.add_article(article)
                store.put_analyses([analysis])
        done = aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in batch])
    assert set(done.analyses) == {"new", "near"}  # "old" is 1,600 days away: no holding that far scores
    roles = {aid: an.mentions[0].entity_id for aid, an in store.analyses().items()}
    assert roles["near"] == roles["new"] is not None and roles["old"] is None


def test_a_new_apposition_reads_only_the_title_users_it_can_move(tmp_path, monkeypatch):
    """A title's far users are neither re-resolved nor read: the store filters its posting by date (before, the
    whole posting and every user's date were read: thousands of rows a title at 100k)."""
    said = "The Prime Minister spoke."
    when = datetime(2020, 1, 1, tzinfo=UTC)
    store = open_store(tmp_path / "s.db")
    far = [f"far{n}" for n in range(30)]
    stored = [(aid, day) for aid, day in zip(far, range(30), strict=True)] + [
        ("near", 1500),
        ("undated", None),
    ]
    _add(
        store,
        [
            (
                Article(
                    aid, f"{aid}.txt", said, published=None if day is None else when + timedelta(days=day)
                ),
                Analysis(aid, mentions=(Mention(aid, 4, 18, "The Prime Minister"[4:], "ROLE"),)),
            )
            for aid, day in stored
        ],
    )
    aliases.resolve(store, DEFAULTS.analyze, [aid for aid, _ in stored])
    text = "Prime Minister Anna Berg spoke."
    new = Article("new", "new.txt", text, published=when + timedelta(days=1600))
    _add(store, [(new, Analysis("new", mentions=(Mention("new", 0, 14, text[:14], "ROLE"),
                                                 Mention("new", 15, 24, text[15:24], "PERSON"))))])  # fmt: skip
    read: list[str] = []
    all_rows = store._all

    def counted(sql, params=()):
        rows = all_rows(sql, params)
        read.extend(str(v) for r in rows for v in tuple(r))
        return rows

    monkeypatch.setattr(store, "_all", counted)
    done = aliases.resolve(store, DEFAULTS.analyze, ["new"])
    assert set(done.analyses) == {"new", "near", "undated"}
    assert not set(far) & set(read)


@pytest.fixture(params=["sqlite", "postgres"])
def location(request, tmp_path):
    return str(tmp_path / "s.db") if request.param == "sqlite" else fresh_database()


def _older_store(location: str, corpus: list, placed: bool, *statements: str):
    """A store holding ``corpus``, its first 20 articles resolved (and ``placed``) by today's code, then taken back
    to an older schema by raw ``statements``; reopened (so migrated), with the last 10 articles added unresolved."""
    store = open_store(location)
    for batch in (corpus[:20], corpus[20:]):
        with store.transaction():
            for article, _ in batch:
                store.add_article(article)
            store.put_analyses(an for _, an in batch)
        if batch is corpus[:20]:
            aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in batch])
            if placed:
                with store.transaction():
                    for article, _ in batch:
                        store.place_article(article.id, None, None)
            store.close()
            for statement in statements:
                _raw(location, statement)
            store = open_store(location)
            assert store.alias_people() == [] and not store.has_index(aliases.ARTICLE)
    return store


def test_a_version_3_store_is_indexed_whole_by_its_next_resolution(location):
    corpus = _corpus(5, 30)
    store = _older_store(
        location,
        corpus,
        False,
        "DROP TABLE alias_people",  # what a version-3 store lacks
        "DELETE FROM index_values",
        "DELETE FROM index_postings",
        "UPDATE meta SET value = '3' WHERE key = 'schema_version'",
    )
    aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in corpus[20:]])
    want_entities, want = resolve_entities([a for a, _ in corpus], [an for _, an in corpus])
    expected = _resolved_view(want_entities, {an.article_id: an for an in want})
    assert _resolved_view(store.entities(), store.analyses()) == expected
    store.close()


def _named(aid: str, names: list[str]) -> tuple[Article, Analysis]:
    body, mentions = "", []
    for name in names:
        mentions.append(Mention(aid, len(body), len(body) + len(name), name, "PERSON"))
        body += name + " spoke. "
    return Article(aid, f"{aid}.txt", body), Analysis(aid, mentions=tuple(mentions))


def _crowd(n: int) -> list[str]:
    """``n`` people whose surnames are far from "Kellings" (other initials)."""
    r = random.Random(5)
    syllables = "ba do fe gu hi jo lu mo nu po ru su tu vo zu".split()
    return [
        f"{r.choice(['Ana', 'Boris', 'Cleo'])} {''.join(r.sample(syllables, 4)).title()}" for _ in range(n)
    ]


def _add(store, batch: list[tuple[Article, Analysis]]) -> None:
    with store.transaction():
        for article, _ in batch:
            store.add_article(article)
        store.put_analyses(an for _, an in batch)


def test_a_fuzzy_surname_joins_a_stored_cluster_found_by_its_keys_alone(tmp_path, monkeypatch):
    """ "Marta Kelling" joins the stored "Marta Kellings" (ratio 0.93) though the build reads only the clusters
    that share a surname key with its names, not the ~200 others."""
    store = open_store(tmp_path / "s.db")
    crowd = _crowd(200)
    stored = [_named(f"s{i}", crowd[i : i + 10]) for i in range(0, 200, 10)] + [
        _named("k", ["Marta Kellings"])
    ]
    new = [_named("n", ["Marta Kelling", "Boris Hale"])]
    _add(store, stored)
    aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in stored])
    monkeypatch.setattr(store, "alias_people", lambda: pytest.fail("read every cluster"))
    read: list[tuple[int, str, str]] = []
    by_keys = store.alias_people_by_keys

    def counted(keys):
        rows = by_keys(keys)
        read.extend(rows)
        return rows

    monkeypatch.setattr(store, "alias_people_by_keys", counted)
    _add(store, new)
    aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in new])
    assert store.alias_people_count() > 150 and [last for _, _, last in read] == ["kelings"]
    corpus = stored + new
    want_entities, want = resolve_entities([a for a, _ in corpus], [an for _, an in corpus])
    expected = _resolved_view(want_entities, {an.article_id: an for an in want})
    assert _resolved_view(store.entities(), store.analyses()) == expected
    kept = store.analyses()
    assert kept["n"].mentions[0].entity_id == kept["k"].mentions[0].entity_id is not None


def test_a_changed_surname_bar_rewrites_the_keys(tmp_path):
    """Keys made for one bar miss merges a lower bar allows: the build reads every cluster and keys them again."""
    store = open_store(tmp_path / "s.db")
    loose = dataclasses.replace(DEFAULTS.analyze, surname_similarity=0.7)
    for batch, settings in (
        ([_named("k", ["Marta Kellings"])], DEFAULTS.analyze),
        ([_named("n", ["Marta Kelvin"])], loose),
    ):
        _add(store, batch)
        aliases.resolve(store, settings, [a.id for a, _ in batch])
    kept = store.analyses()
    assert kept["n"].mentions[0].entity_id == kept["k"].mentions[0].entity_id  # "kelvin"/"kelings": 0.77
    assert store.get_state(aliases.SURNAME_BAR) == b"0.7"


def test_a_version_5_store_is_keyed_by_its_next_resolution(location):
    corpus = _corpus(3, 40)
    store = open_store(location)
    for batch in (corpus[:25], corpus[25:]):
        with store.transaction():
            for article, _ in batch:
                store.add_article(article)
            store.put_analyses(an for _, an in batch)
        aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in batch])
        if batch is corpus[:25]:
            store.close()
            _raw(location, "DROP TABLE alias_surnames")  # what a version-5 store lacks
            _raw(location, "DROP INDEX alias_people_last")
            _raw(location, "DROP INDEX alias_people_first")
            _raw(location, f"DELETE FROM state WHERE name = '{aliases.SURNAME_BAR}'")
            _raw(location, "UPDATE meta SET value = '5' WHERE key = 'schema_version'")
            store = open_store(location)
            assert (
                store.schema_version == migrations.SCHEMA_VERSION
                and store.alias_people_by_keys(["s", "sm", "smit"]) == []
            )
    assert store.get_state(aliases.SURNAME_BAR) is not None
    assert {last for _, _, last in store.alias_people_by_keys(["smit"])} == {"smith"}  # "smith" less its h
    want_entities, want = resolve_entities([a for a, _ in corpus], [an for _, an in corpus])
    expected = _resolved_view(want_entities, {an.article_id: an for an in want})
    assert _resolved_view(store.entities(), store.analyses()) == expected
    store.close()


def test_a_name_already_two_peoples_rekeys_nothing_when_a_third_opens(tmp_path):
    """A bare "Smith" with two Smiths in the corpus names no one; a third Smith leaves it so: no stored article is
    resolved again (a common name would otherwise rekey every article writing it bare, a cost growing with N)."""
    store = open_store(tmp_path / "s.db")
    stored = [_named("j", ["John Smith", "Jane Smith"]), _named("a", ["Smith"])]
    _add(store, stored)
    aliases.resolve(store, DEFAULTS.analyze, ["j", "a"])
    bare = store.analyses()["a"].mentions[0].entity_id
    _add(store, [_named("p", ["Paul Smith"])])
    done = aliases.resolve(store, DEFAULTS.analyze, ["p"])
    assert set(done.analyses) == {"p"} and store.analyses()["a"].mentions[0].entity_id == bare
    corpus = [*stored, _named("p", ["Paul Smith"])]
    want_entities, want = resolve_entities([a for a, _ in corpus], [an for _, an in corpus])
    expected = _resolved_view(want_entities, {an.article_id: an for an in want})
    assert _resolved_view(store.entities(), store.analyses()) == expected


def _other(aid: str, label: str) -> tuple[Article, Analysis]:
    text = "Zopra"
    return Article(aid, f"{aid}.txt", text + " said so."), Analysis(
        aid, mentions=(Mention(aid, 0, 5, text, label),)
    )


def test_an_entity_whose_type_vote_flips_rewrites_no_stored_article(tmp_path) -> None:
    """ "Zopra" tagged once a place and once an organisation is an organisation (ties go to ENTITY_TYPES' order);
    a third tagging as a place makes it a place. Its id is its merge key's, so the two stored articles naming it
    are not rewritten: only the new one is resolved (its type vote moves no id)."""
    store = open_store(tmp_path / "s.db")
    first, flip = [_other("a1", "GPE"), _other("a2", "ORG")], [_other("a3", "GPE")]
    for batch in (first, flip):
        with store.transaction():
            for article, _ in batch:
                store.add_article(article)
            store.put_analyses(an for _, an in batch)
        done = aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in batch])
    assert [(e.name, e.type) for e in store.entities()] == [("Zopra", "place")]
    assert set(done.analyses) == done.changed == {"a3"}
    ids = {an.mentions[0].entity_id for an in store.analyses().values()}
    assert ids == {store.entities()[0].id}


def test_a_version_7_store_is_resolved_and_placed_again_by_its_next_build(location, monkeypatch):
    """Version 8 ids entities by their merge key: the upgrade drops the alias and build indexes and the
    placements, so the next resolution indexes every stored analysis, to the from-scratch result, a batch at a
    time (a 100k store read whole at once outgrew 15 GB)."""
    monkeypatch.setattr(aliases, "INDEX_BATCH", 4)
    corpus = _corpus(5, 30)
    store = _older_store(location, corpus, True, "UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    assert store.schema_version == migrations.SCHEMA_VERSION
    assert len(store.unbuilt_article_ids()) == 30  # the 20 placed ones un-placed, and the 10 added after
    reads = []  # (whether all were asked for, how many were read) of each read of stored analyses
    read = store.analyses
    monkeypatch.setattr(
        store, "analyses", lambda ids=None: reads.append((ids is None, len(f := read(ids)))) or f
    )
    aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in corpus[20:]])
    monkeypatch.undo()
    want_entities, want = resolve_entities([a for a, _ in corpus], [an for _, an in corpus])
    expected = _resolved_view(want_entities, {an.article_id: an for an in want})
    assert _resolved_view(store.entities(), store.analyses()) == expected
    # a batch at a time: never the whole store in one read (resolving a batch re-reads those naming a renamed
    # entity: this corpus names few, so that is most of a batch's reads)
    assert not any(whole for whole, _ in reads) and max(n for _, n in reads) < len(corpus), reads
    store.close()


def _orqui_store(path) -> list[str]:
    """40 articles at ``path``, each carrying the ORG/PERSON conflict of ``ORQUI``, resolved in two builds, then
    the undated ones (returned) dated as a build dates them later."""
    r = random.Random(5)
    corpus = []
    for aid, day in ((f"a{i:03d}", None if r.random() < 0.4 else r.randint(0, 400)) for i in range(40)):
        article, an = _article(aid, r, day)
        body, mentions = article.body, list(an.mentions)
        for text, label in ORQUI:
            mentions.append(Mention(aid, len(body) + 2, len(body) + 2 + len(text), text, label))
            body += f". {text}."
        args = [m.text for m in mentions if m.label != "ROLE"]
        events = (
            Event(aid, 0, 1, "the Orqui Alliance", "act"),
            Event(aid, 0, 1, r.choice(args), "see", r.choice(args)),
        )
        corpus.append(
            (dataclasses.replace(article, body=body), Analysis(aid, mentions=tuple(mentions), events=events))
        )
    store = open_store(path)
    with store.transaction():
        for article, _ in corpus:
            store.add_article(article)
        store.put_analyses(an for _, an in corpus)
    aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in corpus[:20]])
    aliases.resolve(store, DEFAULTS.analyze, [a.id for a, _ in corpus[20:]])
    undated = [a.id for a, _ in corpus if a.published is None]
    with store.transaction():
        for aid in undated:
            store.set_inferred_date(aid, datetime(2024, 3, 1, tzinfo=UTC), "test")
    store.close()
    return undated


def test_a_dated_article_naming_no_title_needs_no_second_resolution(tmp_path):
    """A date moves only roles (the pipeline resolves again only re-dated articles naming a title): resolving
    the others again leaves the store as it is, event arguments included, though NER tags one text both as an
    organisation and as a person ("the Orqui Alliance" is the org; "Orqui Alliance" also a person's mention)."""
    undated = _orqui_store(tmp_path / "s.db")
    shutil.copy(tmp_path / "s.db", tmp_path / "every.db")
    skip, every = open_store(tmp_path / "s.db"), open_store(tmp_path / "every.db")
    titled = [aid for aid, an in skip.analyses(undated).items() if aliases.role_titles(an)]
    assert 0 < len(titled) < len(undated)
    aliases.resolve(skip, DEFAULTS.analyze, (), titled)
    aliases.resolve(every, DEFAULTS.analyze, (), undated)
    assert every.analyses() == skip.analyses()
    assert every.entities() == skip.entities()


def test_the_pipeline_decodes_a_dated_article_once_to_resolve_it_again(tmp_path, monkeypatch):
    """The pipeline reads a re-dated article's analysis to see whether it names a title; resolution takes that
    one instead of decoding it again, with the same result as resolving from the store."""
    undated = _orqui_store(tmp_path / "s.db")
    shutil.copy(tmp_path / "s.db", tmp_path / "ref.db")
    store, ref = open_store(tmp_path / "s.db"), open_store(tmp_path / "ref.db")
    read: Counter[str] = Counter()
    real = store.analyses

    def counted(ids=None):
        got = real(ids)
        read.update(got.keys())
        return got

    monkeypatch.setattr(store, "analyses", counted)
    changed = pipeline._resolve_entities(store, DEFAULTS, pipeline.StoredAnalyses(store), (), undated)
    titled = [aid for aid, an in ref.analyses(undated).items() if aliases.role_titles(an)]
    assert titled and {read[aid] for aid in titled} == {1}
    assert changed == aliases.resolve(ref, DEFAULTS.analyze, (), titled).changed
    assert real() == ref.analyses() and store.entities() == ref.entities()
