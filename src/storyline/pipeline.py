"""The pipeline owns I/O and progress: it reads and writes the store and runs the pure stages in order.

ingest: source -> Document -> Article (or Reject), stored one transaction per batch.
build:  settle day/month order of numeric text dates by outlet -> analyze new articles -> entities -> dedup + online clustering -> storylines -> inferred dates.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice

from storyline import aliases, cluster_state, dedup_state, relink
from storyline.analyze import (
    analyze,
    infer_dates,
    settle_orders,
    siblings_in_groups,
)
from storyline.analyze.related import entities_of, posting_cap, related_in_postings
from storyline.cluster.stories import ClusterDoc, StoryClusterer
from storyline.dedup import DuplicateIndex, printed_date
from storyline.extract.outlet import OutletNames
from storyline.isolate import isolated, piece_time_limit
from storyline.model import ENTITY_LABELS, Analysis, Article, Document, Reject, Storyline
from storyline.progress import NO_PROGRESS, Progress
from storyline.readers import count_targets, iter_files
from storyline.scale import Mapper, extract_all, serial_map
from storyline.settings import DEFAULTS, Settings
from storyline.store import Store


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects: list[Reject] = field(default_factory=list)


@dataclass
class BuildReport:
    analyzed: int = 0
    placed: int = 0
    duplicates: int = 0
    stories: int = 0
    storylines: int = 0
    dates_inferred: int = 0
    dates_reordered: int = 0


def ingest(
    store: Store,
    targets: Sequence[str],
    settings: Settings = DEFAULTS,
    progress: Progress = NO_PROGRESS,
    mapper: Mapper = serial_map,
) -> IngestReport:
    """Store every document found at targets as an article or a reject; re-ingesting the same bytes does nothing.
    Documents are extracted a batch at a time through ``mapper`` (see scale.py: here, or on worker processes)."""
    report = IngestReport()
    names = OutletNames(store.outlet_counts())
    progress.start("ingest", sum(count_targets(t) for t in targets))
    for target in targets:
        _ingest_items(
            store, _counted(iter_files(target, settings.ingest), progress), settings, mapper, report, names
        )
    return report


def _counted(files: Iterable[Iterable[Document | Reject]], progress: Progress) -> Iterator[Document | Reject]:
    """The documents of each file in turn, advancing the progress once a file is read (``count_targets``' unit)."""
    for documents in files:
        yield from documents
        progress.advance()


def ingest_documents(
    store: Store,
    items: Iterable[Document | Reject],
    settings: Settings = DEFAULTS,
    mapper: Mapper = serial_map,
) -> IngestReport:
    """Store documents a caller already read (a watched feed's new entries) exactly as ``ingest`` stores a
    target's."""
    report = IngestReport()
    _ingest_items(store, items, settings, mapper, report, OutletNames(store.outlet_counts()))
    return report


def _ingest_items(
    store: Store,
    items: Iterable[Document | Reject],
    settings: Settings,
    mapper: Mapper,
    report: IngestReport,
    names: OutletNames,
) -> None:
    batch: list[Document | Reject] = []
    for item in items:
        if isinstance(item, Reject):
            batch.append(item)
        elif store.seen_input(item.source, item.raw_hash):
            report.unchanged += 1
        else:
            batch.append(item)
        if len(batch) >= settings.pipeline.ingest_batch:
            _store_batch(store, extract_all(batch, settings, mapper), report, names)
            batch = []
    _store_batch(store, extract_all(batch, settings, mapper), report, names)


def _store_batch(store: Store, batch: list, report: IngestReport, names: OutletNames) -> None:
    """Store a batch; an article's outlet shows the name its outlet already has in the store."""
    with store.transaction():
        for item in batch:
            if isinstance(item, Reject):
                _reject(store, item, report)
            elif store.article_exists(item.id):
                original = store.source_of(item.id)
                if original == item.source:
                    report.unchanged += 1
                else:
                    _reject(
                        store,
                        Reject(item.source, f"exact duplicate of {item.id} ({original})", item.raw_hash),
                        report,
                    )
                store.record_input(item.source, item.raw_hash or "", item.id)
            else:
                store.add_article(replace(item, outlet=names.canonical(item.outlet)))
                store.record_input(item.source, item.raw_hash or "", item.id)
                report.added += 1


def _reject(store: Store, reject: Reject, report: IngestReport) -> None:
    store.add_reject(reject)
    if reject.raw_hash:
        store.record_input(reject.source, reject.raw_hash, None)
    report.rejected += 1
    report.rejects.append(reject)


def build(
    store: Store,
    settings: Settings = DEFAULTS,
    progress: Progress = NO_PROGRESS,
    mapper: Mapper = serial_map,
    *,
    rebuild: bool = False,
) -> BuildReport:
    """Analyze, deduplicate, cluster and link everything not yet placed, in one step or ``pipeline.build_batch``
    articles (in arrival order) a step. A step's placement is one transaction: the online state, placements,
    changed stories, storylines and the dates inferred from them commit together, so a killed build reruns to the
    same result (the steps are cut the same way again). With nothing new it returns at once.
    ``mapper`` (see scale.py) runs analysis on worker processes, ahead of the step being placed: the next step's
    articles are analysed while this process places this one. Clustering stays here, serial and online; the
    worker analyses are written only when their step starts, so the store goes through the serial build's states.
    ``rebuild``: dedup and cluster every stored article again from scratch, in one step (after an upgrade or a
    settings change; analyses are kept); a failed rebuild leaves the old stories in place."""
    report = BuildReport()
    # cheap, and first: a setting the cluster model or the dedup index refuses is an error even with nothing new
    StoryClusterer(settings.cluster)
    DuplicateIndex(settings.dedup)
    if not rebuild and not store.has_unbuilt():
        report.stories, report.storylines = store.story_counts()
        return report
    with piece_time_limit(settings.pipeline.piece_time_limit):
        # first, so analysis and clustering see the day/month order the article's outlet writes
        reordered = _settle_date_orders(store, settings)
        report.dates_reordered = len(reordered)
        unbuilt = store.unbuilt_article_ids()
        size = (
            settings.pipeline.build_batch if not rebuild and settings.pipeline.build_batch else len(unbuilt)
        )
        steps = [unbuilt[start : start + size] for start in range(0, len(unbuilt), max(size, 1))] or [[]]
        progress.start("build", len(unbuilt))
        plan = _analysis_plan(store, settings, steps)
        analysed = mapper(
            partial(analyze, settings=settings),
            ([_for_analysis(a) for a in store.articles(ids)] for _, ids in plan),
        )
        later = set(unbuilt)
        for n, step in enumerate(steps):
            later -= set(step)
            report.analyzed += _analyze_new(store, analysed, sum(k == n for k, _ in plan))
            # a re-dated article of a later step is resolved as new in its own step
            _place_step(store, settings, progress, step, reordered - later, report, rebuild=rebuild)
            reordered = set()
    report.stories, report.storylines = store.story_counts()
    return report


def _analysis_plan(
    store: Store, settings: Settings, steps: Sequence[Sequence[str]]
) -> list[tuple[int, list[str]]]:
    """The unanalysed articles of each step in ``pipeline.analyze_batch`` batches, in step order: (step, ids)."""
    todo = set(store.unanalyzed_article_ids())
    size = settings.pipeline.analyze_batch
    plan = []
    for n, step in enumerate(steps):
        ids = [aid for aid in step if aid in todo]
        plan += [(n, ids[start : start + size]) for start in range(0, len(ids), size)]
    return plan


def _for_analysis(article: Article) -> Article:
    """The article as analysis reads it (id, body, printed date): all a worker needs, and no more to pickle."""
    return Article(id=article.id, source="", body=article.body, published=article.published)


def _analyze_new(store: Store, analysed: Iterator[list[Analysis]], batches: int) -> int:
    """Write the next ``batches`` batches of analyses (one step's), a transaction each; returns how many.
    Pulling no further keeps the next step's batches on the workers, unwritten, while this step is placed."""
    written = 0
    for analyses in islice(analysed, batches):
        with store.transaction():
            store.put_analyses(analyses)
        written += len(analyses)
    return written


def _place_step(
    store: Store,
    settings: Settings,
    progress: Progress,
    ids: Sequence[str],
    reordered: set[str],
    report: BuildReport,
    *,
    rebuild: bool,
) -> None:
    """Resolve, date, dedup, cluster and link one step's analysed articles ``ids``; its placement, state,
    stories, storylines and late dates commit in one transaction."""
    # the stages below read analyses through this view: each decoded once, kept in step with the store
    analyses = StoredAnalyses(store)
    # a stored article whose date was re-read resolves its roles again (they go by date)
    rewritten = _resolve_entities(store, settings, analyses, ids, reordered)
    # an undated article is dated from its relatives first: the clusterer needs the date to tell an announcement
    # from the event it announced; role references ("the Foreign Secretary") resolve by date, so redo them
    dated = _date_before_clustering(store, settings, analyses, ids)
    report.dates_inferred += len(dated)
    if dated:
        rewritten |= _resolve_entities(store, settings, analyses, (), dated)
    with store.transaction():
        if rebuild:
            store.reset_placements()
            store.replace_stories([])
            store.replace_storylines([])
            store.clear_index("link.")
            store.clear_index("dedup.")
            store.drop_state("dedup")
            store.clear_index("cluster.")
            store.drop_state("clusterer")
            ids = store.unbuilt_article_ids()
        stored_dedup, clusterer = _load_state(store, settings)
        placed = _place_new(
            store, stored_dedup, clusterer, ids, settings.pipeline.place_batch, progress, analyses
        )
        report.duplicates += _mark_duplicates(store, stored_dedup.index, placed)
        lines = _finish_stories(store, clusterer, settings, analyses, placed, rewritten)
        _save_state(store, stored_dedup, clusterer)
        # in the same transaction: a step killed before this point is redone whole, dates included
        late = _date_by_storylines(store, settings, analyses, lines, set(placed.values()) - {None})
        if late:
            again = _resolve_entities(store, settings, analyses, (), late)
            _refresh_link_entities(store, clusterer, analyses, again)
    report.placed += len(placed)
    report.dates_inferred += len(late)


def _settle_date_orders(store: Store, settings: Settings) -> set[str]:
    """Swap day and month of guessed numeric text dates (05/03/2024) their outlet's other articles contradict;
    returns the ids re-dated."""
    settled = settle_orders(store.numeric_text_dates(), settings.analyze.dating_order_min_share)
    with store.transaction():
        for article_id, (published, evidence) in settled.items():
            store.set_text_date(article_id, published, evidence)
    return set(settled)


# decoded analyses a step keeps (the last read): a normal step reads fewer, a rebuild reads every stored one
ANALYSES_KEPT = 2000


class StoredAnalyses(Mapping[str, Analysis]):
    """The store's analyses as a mapping, each decoded when read and kept while among the last ``ANALYSES_KEPT``
    read, so a step that reads every stored analysis (a rebuild) holds a bounded number. Resolution puts the
    analyses it rewrites (the store holds the same), so later stages see what the store holds."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._kept: OrderedDict[str, Analysis] = OrderedDict()

    def __getitem__(self, article_id: str) -> Analysis:
        if article_id in self._kept:
            self._kept.move_to_end(article_id)
            return self._kept[article_id]
        read = self.store.analyses([article_id])
        self.put(read)
        return read[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.store.analyzed_article_ids())

    def __len__(self) -> int:
        return self.store.analysis_count()

    def put(self, analyses: Mapping[str, Analysis]) -> None:
        for article_id, analysis in analyses.items():
            self._kept[article_id] = analysis
            self._kept.move_to_end(article_id)
        while len(self._kept) > ANALYSES_KEPT:
            self._kept.popitem(last=False)


def _resolve_entities(
    store: Store,
    settings: Settings,
    analyses: StoredAnalyses,
    new_ids: Sequence[str],
    dated: Collection[str] = (),
) -> set[str]:
    """Resolve the new articles' entities through the store's alias index, and again those ``dated`` since
    (see aliases.py: stored articles are rewritten only where that changes them); returns the ids rewritten.
    A date moves only roles, so a dated article naming no title resolves as it did and is not resolved again."""
    titled = {aid: an for aid in dated if aid in analyses and aliases.role_titles(an := analyses[aid])}
    if not new_ids and not titled:
        return set()
    resolved = aliases.resolve(store, settings.analyze, new_ids, list(titled), decoded=titled)
    analyses.put(resolved.analyses)
    return resolved.changed


def doc_entities(analysis: Analysis | None) -> tuple[str, ...]:
    """The entities the clusterer and linker see of an article: each named mention's entity id, else its text
    (so an entity's name, unlike its id, is not evidence)."""
    if analysis is None:
        return ()
    return tuple(m.entity_id or m.text for m in analysis.mentions if m.label in ENTITY_LABELS)


def cluster_doc(article: Article, analysis: Analysis | None) -> ClusterDoc:
    """What the clusterer sees of an article: its title, body, resolved entities and date."""
    return ClusterDoc(
        article_id=article.id,
        title=article.headline or "",
        body=article.body,
        entities=doc_entities(analysis),
        published=article.published,
    )


def _place_new(
    store: Store,
    stored_dedup: dedup_state.StoredDuplicates,
    clusterer: StoryClusterer,
    ids: Sequence[str],
    batch: int,
    progress: Progress,
    analyses: Mapping[str, Analysis],
) -> dict[str, str | None]:
    """Dedup and cluster the unplaced articles ``ids`` in arrival order; returns article id -> story id of those
    placed. Articles are read ``batch`` at a time, each body once (the stored duplicates a batch can match are
    read with it); each is tokenised for storyline linking once, here."""
    dedup = stored_dedup.index
    story_of: dict[str, str | None] = {}
    for start in range(0, len(ids), batch):
        docs = {}
        chunk = store.articles(ids[start : start + batch])
        stored_dedup.read(chunk)
        for article in chunk:
            when = printed_date(article)
            # the duplicate index and the clusterer change in steps: never cut short (isolate.py)
            canonical = isolated(
                "dedup", article.id, lambda a=article, w=when: dedup.add(a.id, a.body, w), None, limited=False
            )
            story_id = None
            if canonical is not None:
                story_id = story_of[canonical] if canonical in story_of else store.placement(canonical)[1]
            # read before the piece: a store read is never cut short by the time limit
            analysis = analyses.get(article.id)
            doc = isolated("link", article.id, lambda a=article, an=analysis: cluster_doc(a, an), None)
            if story_id is None and doc is not None:
                # an article the clusterer fails on is placed in no story (logged) and not retried every build
                story_id = isolated(
                    "cluster", article.id, lambda d=doc: clusterer.add(d), None, limited=False
                )
            story_of[article.id] = story_id
            store.place_article(article.id, canonical, story_id)
            if doc is not None:
                docs[article.id] = doc
        relink.record_articles(store, docs)
        progress.advance(len(chunk))
    return story_of


def _load_state(store: Store, settings: Settings) -> tuple[dedup_state.StoredDuplicates, StoryClusterer]:
    """The dedup and clusterer state, as stored rows each read when a step first needs it."""
    return dedup_state.load(store, settings.dedup), cluster_state.load(store, settings.cluster)


def _save_state(store: Store, stored_dedup: dedup_state.StoredDuplicates, clusterer: StoryClusterer) -> None:
    """Write the dedup and clusterer rows this step changed."""
    stored_dedup.save()
    cluster_state.save(store, clusterer)


def _mark_duplicates(store: Store, dedup: DuplicateIndex, placed: Collection[str]) -> int:
    """Point every member of the duplicate groups new articles joined at its group's canonical copy (which a
    later, earlier-dated copy can take over); returns how many new articles are copies."""
    done: set[str] = set()
    copies = 0
    for aid in placed:
        if aid not in dedup:
            continue
        group = dedup.group_of(aid)
        copies += group[0] != aid
        if aid in done:
            continue
        done.update(group)
        for member in group:
            store.set_duplicate_of(member, None if member == group[0] else group[0])
    return copies


def _finish_stories(
    store: Store,
    clusterer: StoryClusterer,
    settings: Settings,
    analyses: Mapping[str, Analysis],
    placed: dict[str, str | None],
    rewritten: set[str],
) -> list[Storyline]:
    """Relink the stories new articles joined (and those whose articles' entities were re-resolved) into
    storylines, which writes them (see relink.py); returns the storylines written."""
    changed = {sid for aid, sid in placed.items() if sid is not None and clusterer.story_of(aid) == sid}
    changed |= _refresh_link_entities(store, clusterer, analyses, rewritten - placed.keys())
    stories = [clusterer.story(sid) for sid in sorted(changed, key=clusterer.position)]
    return relink.relink(store, stories, clusterer, settings.link)


def _refresh_link_entities(
    store: Store, clusterer: StoryClusterer, analyses: Mapping[str, Analysis], ids: Collection[str]
) -> set[str]:
    """Store the new entity keys of clustered articles whose resolution changed; returns the stories of those
    whose keys moved (an entity renamed keeps its id: its articles' stories are not relinked)."""
    members = [aid for aid in ids if clusterer.story_of(aid) is not None]
    if not members:
        return set()
    moved = relink.record_entities(store, {aid: doc_entities(analyses.get(aid)) for aid in members})
    return {sid for aid in moved if (sid := clusterer.story_of(aid)) is not None}


def _date_before_clustering(
    store: Store, settings: Settings, analyses: Mapping[str, Analysis], ids: Collection[str]
) -> set[str]:
    """Infer dates of the undated among the unplaced articles ``ids`` from the articles sharing most of their
    entities (read from the stored entity postings, not from every analysis); returns the ids dated."""
    among = set(ids)
    undated = [aid for aid in store.unbuilt_article_ids(undated=True) if aid in among]
    if not undated:
        return set()
    a = settings.analyze
    targets = {aid: entities_of(analyses[aid]) for aid in undated if aid in analyses}
    n = store.analysis_count()
    cap = posting_cap(n, a.dating_max_entity_share, a.dating_min_posting)
    related = related_in_postings(
        targets,  # an entity in more than cap articles is skipped: cap + 1 of its members tell it
        store.index_postings_upto(aliases.RELATED, {e for ents in targets.values() for e in ents}, cap + 1),
        n,
        limit=a.dating_relatives,
        min_shared=a.dating_min_shared_entities,
        max_df_share=a.dating_max_entity_share,
        min_posting=a.dating_min_posting,
    )
    needed = sorted(set(related) | {o for others in related.values() for o in others})
    return _save_dates(store, infer_dates(store.articles(needed), analyses, related, settings))


def _date_by_storylines(
    store: Store,
    settings: Settings,
    analyses: Mapping[str, Analysis],
    written: Sequence[Storyline],
    joined: Collection[str],
) -> set[str]:
    """Infer dates still missing after clustering from the other articles of the same storyline: in the
    storylines this build wrote and those of the ``joined`` stories (a copy joins its original's story without
    changing it); the other storylines' undated articles have no new siblings."""
    lines = {line.id: line for line in written}
    more = {lid for lid in store.storyline_ids_of(joined).values() if lid and lid not in lines}
    lines.update(store.storylines_by_id(more))
    members = store.story_members(sid for line in lines.values() for sid in line.story_ids)
    groups = [[aid for sid in line.story_ids for aid in members.get(sid, [])] for line in lines.values()]
    undated = set(store.undated_among(aid for group in groups for aid in group))
    if not undated:
        return set()
    limit = settings.analyze.dating_siblings
    # arrival picks the nearest members only in a storyline over the limit that holds an undated article
    cut = [g for g in groups if limit and len(g) > limit + 1 and not undated.isdisjoint(g)]
    arrival = store.arrival_order(aid for group in cut for aid in group)
    related = siblings_in_groups(groups, undated, arrival, limit)
    needed = sorted(set(related) | {o for others in related.values() for o in others})
    return _save_dates(store, infer_dates(store.articles(needed), analyses, related, settings))


def _save_dates(store: Store, inferred: dict) -> set[str]:
    with store.transaction():
        for article_id, (date, evidence) in inferred.items():
            store.set_inferred_date(article_id, date, evidence)
    return set(inferred)
