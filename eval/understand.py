"""Measure the brief stage on labeled fixtures (conflict/unique P/R, summary redundancy/coverage, citations).

Usage: .venv/bin/python eval/understand.py [--seeds]
The briefing reads only what analysis stores, so every fixture is analysed first (storyline.analyze);
--seeds also checks the seed articles in ../shared/seeds (read-only; skipped when absent).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.briefing import build_briefing, build_corpus  # noqa: E402
from storyline.briefing.summary import coverage, redundancy, summarize  # noqa: E402
from storyline.model import Article, Briefing, Story, Storyline  # noqa: E402
from storyline.settings import BriefSettings  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "brief"
SEEDS = ROOT.parent / "shared" / "seeds"


def load_fixture(path: Path):
    """(subject, stories, articles, canonical, labels) of one labeled fixture file."""
    data = json.loads(path.read_text())
    articles = {
        a["id"]: Article(
            id=a["id"],
            source=f"fixture:{a['id']}",
            body=a["body"],
            outlet=a["outlet"],
            headline=a["headline"],
            published=datetime.fromisoformat(a["published"]),
        )  # fmt: skip
        for a in data["articles"]
    }
    groups = data.get("storyline") or [[a["id"] for a in data["articles"]]]
    stories = [
        Story(f"{data['id']}-{i}", data["title"], tuple(g), first_seen=min(articles[x].published for x in g))
        for i, g in enumerate(groups)
    ]
    subject = (
        stories[0]
        if len(stories) == 1
        else Storyline(data["id"], data["title"], tuple(s.id for s in stories))
    )
    return subject, stories, articles, data.get("canonical", {}), data["labels"]


def analyses_for(articles):
    """What the analyze stage would store for these articles: {article id: Analysis} and the entities."""
    from storyline.analyze import analyze, resolve_entities

    arts = list(articles.values())
    entities, analyses = resolve_entities(arts, analyze(arts))
    return {a.article_id: a for a in analyses}, entities


def _conflict_text(k) -> str:
    return (k.topic + " " + " ".join(c.text for c in k.claims)).lower()


def score(b: Briefing, labels: dict, articles) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, labeled) per measured part."""
    out = {}
    hit = [any(all(t.lower() in _conflict_text(k) for t in lab["terms"]) for k in b.conflicts)
           for lab in labels["conflicts"]]  # fmt: skip
    good = [any(all(t.lower() in _conflict_text(k) for t in lab["terms"]) for lab in labels["conflicts"])
            for k in b.conflicts]  # fmt: skip
    out["conflicts"] = (sum(good), len(b.conflicts), len(labels["conflicts"]), sum(hit))
    u_hit = [any(c.outlet == lab["outlet"] and lab["term"].lower() in c.text.lower() for c in b.unique)
             for lab in labels["unique"]]  # fmt: skip
    u_good = [any(c.outlet == lab["outlet"] and lab["term"].lower() in c.text.lower() for lab in labels["unique"])
              for c in b.unique]  # fmt: skip
    out["unique"] = (sum(u_good), len(b.unique), len(labels["unique"]), sum(u_hit))
    a_hit = [any(lab["term"].lower() in c.text.lower() and len({x.article_id for x in c.citations}) >= lab["min_articles"]
                 for c in b.agreements) for lab in labels["agreements"]]  # fmt: skip
    out["agreements"] = (0, len(b.agreements), len(labels["agreements"]), sum(a_hit))
    return out


def citation_errors(b: Briefing, articles) -> tuple[int, int]:
    """Cited spans whose body text does not contain the claim text (summary/timeline/agree/unique/new)."""
    bad = total = 0
    for part in (b.summary, b.timeline, b.agreements, b.unique, b.whats_new):
        for c in part:
            for cit in c.citations:
                total += 1
                span = articles[cit.article_id].body[cit.start : cit.end]
                norm = lambda s: " ".join(s.split()).lower()  # noqa: E731
                if cit is c.citations[0] and norm(c.text) not in norm(span):
                    bad += 1
                elif not span.strip():
                    bad += 1
    return bad, total


def key_fact_coverage(claims, facts) -> float:
    text = " ".join(c.text.lower() for c in claims)
    return sum(all(w in text for w in f) for f in facts) / max(1, len(facts))


def prf(tp_pred: int, pred: int, lab: int, tp_lab: int) -> str:
    p = tp_pred / pred if pred else 1.0
    r = tp_lab / lab if lab else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.2f} R={r:.2f} F1={f:.2f} (pred {pred}, labeled {lab})"


def run_fixtures() -> dict[str, float]:
    totals: dict[str, list[int]] = {}
    summ: dict[str, list[float]] = {"mmr": [], "textrank": []}
    bad = cites = 0
    quote_ok = quote_n = 0
    for path in sorted(FIXTURES.glob("*.json")):
        subject, stories, articles, canonical, labels = load_fixture(path)
        analyses, entities = analyses_for(articles)
        b = build_briefing(subject, stories, articles, analyses, entities, canonical)
        for k, v in score(b, labels, articles).items():
            totals.setdefault(k, [0, 0, 0, 0])
            totals[k] = [x + y for x, y in zip(totals[k], v, strict=True)]
        e, t = citation_errors(b, articles)
        bad, cites = bad + e, cites + t
        arts = [articles[a] for s in stories for a in s.article_ids]
        c = build_corpus(arts, articles, analyses, canonical, BriefSettings())
        for method in summ:
            claims = summarize(c, BriefSettings(), method)
            summ[method].append(
                (redundancy(c, claims), coverage(c, claims), key_fact_coverage(claims, labels["key_facts"]))
            )
        for lab in labels.get("quotes", []):
            quote_n += 1
            qs = [q for q in b.quotes if q.article_id == lab["article"] and lab["contains"] in q.text]
            quote_ok += bool(qs and lab["speaker"].lower() in (qs[0].speaker or "").lower()
                             and qs[0].anonymous == lab["anonymous"])  # fmt: skip
        print(f"  {path.stem}: {len(b.summary)} summary, {len(b.agreements)} agree, {len(b.unique)} unique, "
              f"{len(b.conflicts)} conflicts, {len(b.timeline)} timeline, {len(b.whats_new)} new")  # fmt: skip
    scores = {}
    for k, (tp_pred, pred, lab, tp_lab) in totals.items():
        if k == "agreements":
            print(f"agreements: recall {tp_lab}/{lab} labeled facts found, {pred} agreements listed")
            scores["agreement_recall"] = tp_lab / max(1, lab)
            continue
        print(f"{k}: {prf(tp_pred, pred, lab, tp_lab)}")
        scores[f"{k}_precision"] = tp_pred / pred if pred else 1.0
        scores[f"{k}_recall"] = tp_lab / lab if lab else 1.0
    for method, rows in summ.items():
        red = max(r[0] for r in rows)
        cov = sum(r[1] for r in rows) / len(rows)
        kf = sum(r[2] for r in rows) / len(rows)
        print(
            f"summary {method:8s}: max redundancy {red:.2f}, cosine coverage {cov:.2f}, key-fact coverage {kf:.2f}"
        )
        scores[f"summary_{method}_redundancy"] = red
        scores[f"summary_{method}_keyfacts"] = kf
    print(f"citations: {cites - bad}/{cites} correct")
    scores["citation_accuracy"] = (cites - bad) / max(1, cites)
    print(f"quote speakers: {quote_ok}/{quote_n} correct")
    scores["quote_speaker_accuracy"] = quote_ok / max(1, quote_n)
    return scores


def run_seeds() -> None:
    """The seeds' known conflicts and unique facts, via extract (+ analyze) when they exist."""
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        print("seeds: ../shared/seeds absent, skipped")
        return
    articles = {}
    for i, f in enumerate(files):
        text = f.read_text()
        try:
            from storyline.extract import extract_article

            art = extract_article(text)
            art = replace(art, outlet=art.outlet or f"seed{i}", source=str(f))
        except ImportError:
            art = Article(id=f"seed{i}", source=str(f), body=text, outlet=f"seed{i}")
        articles[art.id] = art
    ids = list(articles)
    story = Story("seeds", "seed story", tuple(ids[:4]))
    analyses, entities = analyses_for(articles)
    b = build_briefing(story, [story], articles, analyses, entities, {})
    topics = " | ".join(_conflict_text(k) for k in b.conflicts)
    checks = {
        "spokeswoman vs spokesman ('engage but beware')": "spokeswoman" in topics and "spokesman" in topics
        and "engage but beware" in topics,
        "'more than five years' vs '5 years'/'half a decade'": "more than five years" in topics
        and ("half a decade" in topics or "5 years" in topics),
        "spelling Sergey vs Sergei": "sergey" in topics and "sergei" in topics,
        "unique: Rex Tillerson (one article)": sum("Tillerson" in c.text for c in b.unique) >= 1
        and len({c.outlet for c in b.unique if "Tillerson" in c.text}) == 1,
        "unique: Crispin Blunt (one article)": len({c.outlet for c in b.unique if "Crispin Blunt" in c.text}) == 1,
    }  # fmt: skip
    for name, ok in checks.items():
        print(f"  seed check {'PASS' if ok else 'FAIL'}: {name}")
    e, t = citation_errors(b, articles)
    print(
        f"  seed citations: {t - e}/{t} correct; {len(b.conflicts)} conflicts, {len(b.unique)} unique facts"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", action="store_true", help="also check the seed articles")
    args = ap.parse_args()
    print("fixtures (tests/fixtures/brief):")
    run_fixtures()
    if args.seeds:
        print("seeds:")
        run_seeds()


if __name__ == "__main__":
    main()
