"""Incremental entity resolution over the alias index the store keeps: a build merges only its new articles'
names and rewrites only the stored articles whose entities that changes.

Resolving from scratch (analyze/resolve.py) reads the whole corpus in five ways; the index keeps each:
- person clusters in the order they were opened (``alias_people``): a new full name joins the earliest that
  fits, as from scratch, because new articles arrive after every stored one;
- a bare name ("Smith") is the one person of that name in its article, else in the corpus: a new cluster of that
  surname or first name re-keys the stored articles that write it bare (postings "alias.word");
- an acronym takes the expansion when the corpus spells out exactly one ("alias.acronym": acronym -> expansion
  key -> articles spelling it); a change re-keys the articles that write the acronym (postings "alias.bare");
- an entity's name and type are the most frequent over its mentions ("alias.entity": key -> form and type
  counts); a change rewrites the articles that mention it (postings "alias.key");
- a role ("the Foreign Secretary") goes to a holder from every apposition of its title ("alias.holdings": title
  -> holdings in arrival order); a change re-resolves the articles using the title (postings "alias.role").
Postings "related.entity" (entity id -> articles) are kept with them, for dating undated articles by relatives.
A build reads only the person clusters its names can join: those whose surname shares a blocking key with one of
its full names' surnames (table ``alias_surnames``, see ``surname_keys``), and those of its bare names. The keys
depend on the surname bar, so state "alias.surname_bar" says which bar they were made for; when it differs (or
the keys are new, schema version 6), the build reads every cluster once and writes the keys again.
Each article's record ("alias.article") holds what it added, so indexing it again (a build rerun after a kill,
a date inferred later) first takes that out. The result is the from-scratch one (tests/test_aliases.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storyline.analyze.entities import PersonMerger, bare_acronym, fold, full_name, person_parts, surname_keys
from storyline.analyze.related import entities_of
from storyline.analyze.resolve import (
    ArticleKeys,
    acronyms,
    add_names,
    article_holdings,
    article_keys,
    make_entity,
    relabel,
    resolve_article,
)
from storyline.analyze.roles import Holding, RoleKey, TitleEvidence, role_key
from storyline.isolate import isolated
from storyline.model import ENTITY_TYPES, Analysis, Entity
from storyline.settings import AnalyzeSettings
from storyline.store import Store
from storyline.store.codec import iso, parse_iso

ARTICLE, ENTITY, ACRONYM, HOLDINGS = "alias.article", "alias.entity", "alias.acronym", "alias.holdings"
BY_KEY, BY_WORD, BY_BARE, BY_ROLE = "alias.key", "alias.word", "alias.bare", "alias.role"
SURNAME_BAR = "alias.surname_bar"  # state: the surname bar the stored ``alias_surnames`` keys were made for
RELATED = (
    "related.entity"  # entity id -> the articles it is resolved in (undated articles are dated by these)
)


@dataclass
class Resolved:
    # every article resolved in this step, as the store now holds it (only the asked-for ones when the whole
    # index was built: ``_index_all``)
    analyses: dict[str, Analysis]
    changed: set[str]  # those whose stored analysis was rewritten


def _words(an: Analysis) -> set[str]:
    """Folded one-word person names: their person depends on the clusters of that name in the corpus."""
    return {fold(p[0]) for m in an.mentions if m.label == "PERSON" and len(p := person_parts(m.text)) == 1}


def _bares(an: Analysis) -> set[str]:
    return {
        b
        for m in an.mentions
        if m.label in ENTITY_TYPES and m.label != "PERSON" and (b := bare_acronym(m.text))
    }


def role_titles(an: Analysis) -> set[str]:
    """The titles of the article's role mentions: all its date moves (holdings and roles go by date)."""
    return {k.title for m in an.mentions if m.label == "ROLE" and (k := role_key(m.text)) is not None}


def _holding_row(h: Holding, seq: int) -> list:
    return [seq, h.article_id, h.key.title, h.key.qualifier, h.person_id, iso(h.when), *h.span, h.then]


def _holding(row: Sequence[Any]) -> Holding:
    _, aid, title, qualifier, person, when, start, end, then = row
    return Holding(RoleKey(title, qualifier), person, aid, parse_iso(when), (start, end), then)


def _entity(key: str, agg: Mapping[str, Any] | None) -> Entity | None:
    if not agg or not any(agg["forms"].values()):
        return None
    forms = Counter({f: n for f, n in agg["forms"].items() if n})
    return make_entity(key, forms, Counter({t: n for t, n in agg["types"].items() if n}))


class _Step:
    """One resolution step of a build: what it loaded of the index, and what it changes."""

    def __init__(
        self, store: Store, settings: AnalyzeSettings, decoded: Mapping[str, Analysis] | None = None
    ) -> None:
        self.store, self.settings = store, settings
        self.decoded = decoded or {}  # analyses the caller already read, as stored: not read again
        bar = settings.surname_similarity
        self.merger = PersonMerger(bar, settings.first_name_similarity, store.alias_people_count())
        self.stored_people = self.merger.size
        self.bar_tag = repr(bar).encode()
        self.keyed = (
            store.get_state(SURNAME_BAR) == self.bar_tag
        )  # else: every cluster, and the keys rewritten
        if not self.keyed:
            for n, (first, last) in enumerate(store.alias_people()):
                self.merger.restore(first, last, n)
        self.surnames: set[str] = set()  # surnames whose joinable clusters are loaded
        self.words: set[str] = set()  # bare names whose clusters are loaded
        self.stored: dict[str, Analysis] = {}  # article -> its analysis as stored before this step
        self.analyses: dict[str, Analysis] = {}  # the same, relabelled (see ``relabel``)
        self.records: dict[str, dict] = {}  # article -> its record as stored before this step
        self.agg: dict[str, dict] = {}  # entity key -> form and type counts, as this step leaves them
        self.holdings: dict[str, list] = {}  # title -> holding rows, as this step leaves them

    def people(self, aids: Iterable[str]) -> None:
        """Restore the stored clusters the full names of these (loaded) articles may join: every cluster whose
        surname shares a key with theirs (a superset of those ``find`` can return)."""
        lasts = {
            name[1]
            for aid in aids
            for m in self.analyses[aid].mentions
            if m.label == "PERSON" and (name := full_name(person_parts(m.text))) is not None
        } - self.surnames
        self.surnames |= lasts
        if self.keyed and lasts:
            keys = set().union(*(surname_keys(last, self.merger.surname_similarity) for last in lasts))
            self._restore(self.store.alias_people_by_keys(keys))

    def named(self, words: Iterable[str]) -> None:
        """Restore the stored clusters a bare person name of these (folded) words may name (``match_single``)."""
        words = set(words) - self.words
        self.words |= words
        if self.keyed and words:
            self._restore(self.store.alias_people_named(words))

    def _restore(self, rows: Iterable[tuple[int, str, str]]) -> None:
        for n, first, last in rows:
            self.merger.restore(first, last, n)

    def new_surname_keys(self, opened: Sequence[Any]) -> list[tuple[str, str]]:
        """(key, surname) rows to file: every stored cluster's when the keys are rewritten, else those of the
        surnames first seen in this step (a stored surname looked up had its clusters restored)."""
        if self.keyed:
            stored = {c.last for n, c in self.merger.clusters.items() if n < self.stored_people}
            lasts = {c.last for c in opened} - stored
        else:
            lasts = {c.last for c in self.merger.clusters.values()}
        bar = self.merger.surname_similarity
        return [(k, last) for last in sorted(lasts) for k in sorted(surname_keys(last, bar))]

    def load(self, ids: Iterable[str]) -> list[str]:
        """Read the analyses and records of articles not read yet; returns the ids that have an analysis."""
        ids = list(dict.fromkeys(ids))
        need = [i for i in ids if i not in self.analyses]
        read = {i: self.decoded[i] for i in need if i in self.decoded}
        read.update(self.store.analyses([i for i in need if i not in read]))
        for aid, an in read.items():
            self.stored[aid] = an
            self.analyses[aid] = isolated("entities", aid, lambda an=an: relabel(an), an)
        self.records.update(self.store.index_values(ARTICLE, need))
        return [i for i in ids if i in self.analyses]

    def aggregates(self, keys: Iterable[str]) -> dict[str, dict]:
        need = [k for k in dict.fromkeys(keys) if k not in self.agg]
        self.agg.update(self.store.index_values(ENTITY, need))
        for k in need:
            self.agg.setdefault(k, {"forms": {}, "types": {}})
        return self.agg

    def titles(self, titles: Iterable[str]) -> dict[str, list]:
        need = [t for t in dict.fromkeys(titles) if t not in self.holdings]
        self.holdings.update(self.store.index_values(HOLDINGS, need))
        return self.holdings

    def postings(self, space: str, keys: Iterable[str]) -> set[str]:
        return {aid for members in self.store.index_postings(space, keys).values() for aid in members}


# articles indexed a transaction when the index is empty: what an index rebuild holds at once
INDEX_BATCH = 1000


def resolve(
    store: Store,
    settings: AnalyzeSettings,
    new_ids: Sequence[str],
    dated: Collection[str] = (),
    decoded: Mapping[str, Analysis] | None = None,
) -> Resolved:
    """Index the ``new_ids`` articles (in arrival order; every stored analysis when the index is empty), resolve
    again the ``dated`` ones (a date moves their roles and holdings), and rewrite every stored article whose
    resolution that changes; entities, index and analyses are written in one transaction. ``decoded``: analyses
    the caller already read from the store (as it holds them), used instead of decoding them again."""
    if not store.has_index(ARTICLE):
        return _index_all(store, settings, set(new_ids))
    return _resolve(store, settings, new_ids, dated, first=False, decoded=decoded)


def _index_all(store: Store, settings: AnalyzeSettings, wanted: Collection[str]) -> Resolved:
    """Index every stored analysis in arrival order, ``INDEX_BATCH`` articles a transaction (the index is empty:
    a first build on an old store, or an upgrade dropped it), so memory is bounded by the batch, not the store.
    Returns the ``wanted`` articles' analyses and every id rewritten."""
    ids = store.analyzed_article_ids()
    analyses: dict[str, Analysis] = {}
    changed: set[str] = set()
    for start in range(0, len(ids) or 1, INDEX_BATCH):
        done = _resolve(store, settings, ids[start : start + INDEX_BATCH], (), first=start == 0)
        analyses.update((aid, an) for aid, an in done.analyses.items() if aid in wanted)
        changed |= done.changed
    return Resolved(analyses, changed)


def _resolve(
    store: Store,
    settings: AnalyzeSettings,
    new_ids: Sequence[str],
    dated: Collection[str],
    *,
    first: bool,
    decoded: Mapping[str, Analysis] | None = None,
) -> Resolved:
    """``resolve`` of one batch (``first``: the first batch into an empty index, which replaces every entity row)."""
    step = _Step(store, settings, decoded)
    new = step.load(new_ids)
    step.people(new)
    for aid in new:  # the merger changes in steps: never cut short (isolate.py)
        isolated(
            "entities", aid, lambda an=step.analyses[aid]: add_names(step.merger, an), None, limited=False
        )
    opened = step.merger.opened(step.stored_people)

    # acronyms spelt out by the new articles (their old pairs out first, for a rerun)
    delta: Counter[tuple[str, str]] = Counter()
    for aid in new:
        delta.update(isolated("entities", aid, lambda an=step.analyses[aid]: acronyms(an), set()))
        delta.subtract(tuple(p) for p in step.records.get(aid, {}).get("acr", ()))
    expansions_of = store.index_values(ACRONYM, {a for a, _ in delta})
    changed_acr = set()
    for (acr, key), n in delta.items():
        counts = expansions_of.setdefault(acr, {})
        before = {k for k, c in counts.items() if c > 0}
        counts[key] = counts.get(key, 0) + n
        changed_acr |= {acr} if before != {k for k, c in counts.items() if c > 0} else set()

    # stored articles whose keys move: bare names whose corpus-wide person the opened clusters change (one that
    # was the only one of its name, or a first one; a name already two clusters' stays no one's), acronyms whose
    # expansion changed. An article naming the person in full keeps its own match: no cluster opens for it.
    words = {c.last for c in opened} | {c.first for c in opened}
    step.named(words)
    m = step.merger
    words = {w for w in words if m.corpus_single(w, step.stored_people) != m.corpus_single(w, m.size)}
    rekeyed = (step.postings(BY_WORD, words) | step.postings(BY_BARE, changed_acr) | set(dated)) - set(new)
    indexed = new + step.load(sorted(rekeyed))
    step.people(indexed[len(new) :])
    step.named(w for aid in indexed for w in _words(step.analyses[aid]))
    for aid in indexed[len(new) :]:  # their full names find their clusters (no cluster opens): local matches
        isolated(
            "entities", aid, lambda an=step.analyses[aid]: add_names(step.merger, an), None, limited=False
        )
    bares = {b for aid in indexed for b in _bares(step.analyses[aid])}
    expansions = {a: {k for k, c in counts.items() if c > 0} for a, counts in expansions_of.items()}
    for acr, counts in store.index_values(ACRONYM, bares - expansions.keys()).items():
        expansions[acr] = {k for k, c in counts.items() if c > 0}
    keys = {
        aid: isolated("entities", aid, lambda an=step.analyses[aid]: article_keys(an, step.merger, expansions),
                      None) or ArticleKeys()
        for aid in indexed
    }  # fmt: skip

    # entity counts: each indexed article's old contribution out, its new one in
    touched = {k for aid in indexed for k in step.records.get(aid, {}).get("forms", {})}
    touched |= {k for aid in indexed for k in keys[aid].types} | {
        k for aid in indexed for k in step.records.get(aid, {}).get("types", {})
    }
    agg = step.aggregates(touched)
    before = {k: _entity(k, agg[k]) for k in touched}
    for aid in indexed:
        old = step.records.get(aid, {})
        for part, sign, counts in (
            ("forms", -1, old.get("forms", {})),
            ("types", -1, old.get("types", {})),
            ("forms", 1, keys[aid].forms),
            ("types", 1, keys[aid].types),
        ):
            for k, c in counts.items():
                into = agg[k][part]
                for name, n in c.items():
                    into[name] = into.get(name, 0) + sign * n
    after = {k: _entity(k, agg[k]) for k in touched}
    renamed = {
        k
        for k in touched
        if (before[k] and (before[k].id, before[k].name)) != (after[k] and (after[k].id, after[k].name))
    }
    mentioning = step.postings(BY_KEY, renamed) - set(indexed)

    # holdings of the indexed articles (their people or dates moved)
    order = store.arrival_order(set(indexed) | mentioning)
    articles = {a.id: a for a in store.articles(indexed)}
    step.aggregates(k for aid in indexed for k in keys[aid].of.values())

    def entity_of(of: Mapping[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        ents = {k: _entity(k, step.agg.get(k)) for k in set(of.values())}
        return {span: e.id for span, k in of.items() if (e := ents[k]) is not None}

    ids_of = {aid: entity_of(keys[aid].of) for aid in indexed}
    rows: dict[str, list] = {}
    for aid in indexed:
        art = articles.get(aid)
        found = isolated(
            "entities",
            aid,
            lambda an=step.analyses[aid], a=art, of=ids_of[aid]: article_holdings(
                an, a.body if a else "", a.published if a else None, of
            ),
            [],
        )
        rows[aid] = [_holding_row(h, order.get(aid, 0)) for h in found]
    moved = {aid for aid in indexed if rows[aid] != step.records.get(aid, {}).get("holds", [])}
    retitled = {r[2] for aid in moved for r in rows[aid] + step.records.get(aid, {}).get("holds", [])}
    lists = step.titles(retitled)
    was = {title: lists.get(title, []) for title in retitled}
    for title in retitled:
        kept = [r for r in lists.get(title, []) if r[1] not in moved]
        lists[title] = sorted(
            kept + [r for aid in moved for r in rows[aid] if r[2] == title], key=lambda r: (r[0], r[6])
        )
    users = _role_users(store, settings, was, lists) - set(indexed) - mentioning

    # resolve: the indexed articles, those naming a renamed entity, those using a changed role
    again = step.load(sorted(mentioning | users))
    articles.update((a.id, a) for a in store.articles(again))
    for aid in again:
        of = {(s, e): k for s, e, k in step.records.get(aid, {}).get("keys", [])}
        step.aggregates(of.values())
        ids_of[aid] = entity_of(of)
    names = _Names(store, {e.id: e.name for e in after.values() if e})
    parsed: dict[str, TitleEvidence] = {}  # title -> its holdings, parsed once for every article using it
    resolved = {}
    for aid in indexed + again:
        an, art = step.analyses[aid], articles.get(aid)
        for t in role_titles(an) - parsed.keys():
            held = [_holding(r) for r in step.titles([t]).get(t, [])]
            parsed[t] = TitleEvidence(held, settings.role_window_days)
        evidence = {t: parsed[t] for t in role_titles(an)}
        resolved[aid] = resolve_article(
            an, art.published if art else None, ids_of[aid], names, evidence, step.settings
        )

    changed = {aid for aid, an in resolved.items() if step.stored.get(aid) != an}
    with store.transaction():
        store.add_alias_people(step.stored_people, [(c.first, c.last) for c in opened])
        if not step.keyed:
            store.clear_alias_surnames()
        store.add_alias_surnames(step.new_surname_keys(opened))
        if not step.keyed:
            store.put_state(SURNAME_BAR, step.bar_tag)
        store.put_index_values(ACRONYM, expansions_of)
        store.put_index_values(ENTITY, {k: agg[k] for k in touched})
        store.put_index_values(HOLDINGS, {t: lists[t] for t in retitled})
        written = [e for k in touched if (e := after[k]) is not None and e != before[k]]
        gone = [
            b.id
            for k in touched
            if (b := before[k]) is not None and (after[k] is None or after[k].id != b.id)
        ]
        if first:
            store.replace_entities([e for k, a in agg.items() if (e := _entity(k, a)) is not None])
        else:
            store.put_entities(written, gone)
        records = {}
        for aid in indexed:
            an, k = step.analyses[aid], keys[aid]
            records[aid] = {
                "keys": [[s, e, key] for (s, e), key in k.of.items()],
                "forms": {key: dict(c) for key, c in k.forms.items()},
                "types": {key: dict(c) for key, c in k.types.items()},
                "acr": sorted(
                    [a, x] for a, x in isolated("entities", aid, lambda an=an: acronyms(an), set())
                ),
                "holds": rows[aid],
            }
            store.set_index_postings(BY_KEY, aid, k.of.values())
            store.set_index_postings(BY_WORD, aid, _words(an))
            store.set_index_postings(BY_BARE, aid, _bares(an))
            store.set_index_postings(BY_ROLE, aid, role_titles(an))
        store.put_index_values(ARTICLE, records)
        store.put_analyses(resolved[aid] for aid in changed)
        for aid, an in resolved.items():
            store.set_index_postings(RELATED, aid, entities_of(an))
    return Resolved(resolved, changed)


def _role_users(
    store: Store, settings: AnalyzeSettings, was: Mapping[str, list], now: Mapping[str, list]
) -> set[str]:
    """The stored articles using a title whose holdings changed that the change can move (roles.resolve_role):
    every user when the title's set of qualifiers changed, else the undated users (they count holders of any
    date) and the dated ones within ``role_window_days`` of a changed holding's date (a holding farther away
    scores nothing). A new "President X" re-resolves that year's users of "President", not every one, and only
    those are read: the store filters the title's posting by day (a day's margin for the written offset)."""
    window = timedelta(days=settings.role_window_days)
    margin = timedelta(days=1)
    users: set[str] = set()
    for title, rows in now.items():
        old = was.get(title, [])
        if {r[3] for r in old if r[3]} != {r[3] for r in rows if r[3]}:
            users.update(store.index_postings(BY_ROLE, [title]).get(title, []))
            continue
        changed = [r for r in rows if r not in old] + [r for r in old if r not in rows]
        spans = _merged(
            sorted((w - window, w + window) for r in changed if (w := parse_iso(r[5])) is not None)
        )
        days = [((lo - margin).date().isoformat(), (hi + margin).date().isoformat()) for lo, hi in spans]
        for aid, when in store.postings_dated_within(BY_ROLE, title, days).items():
            if when is None or any(lo <= when <= hi for lo, hi in spans):
                users.add(aid)
    return users


def _merged(spans: Sequence[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Sorted (start, end) spans with the overlapping ones joined."""
    out: list[tuple[datetime, datetime]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


class _Names(dict):
    """Entity id -> name: this step's new names, else the stored one (read when first asked for)."""

    def __init__(self, store: Store, fresh: Mapping[str, str]) -> None:
        super().__init__(fresh)
        self.store = store

    def __missing__(self, eid: str) -> str:
        name = self.store.entity_names([eid]).get(eid, "")
        self[eid] = name
        return name
