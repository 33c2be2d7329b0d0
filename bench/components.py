"""Cheaper analysis: what each spaCy component costs, and what leaving one out costs in quality.

    nice .venv/bin/python bench/components.py                  # all variants (~15 min on a quiet machine)
    nice .venv/bin/python bench/components.py --variants no-tagger --ecb-limit 300   # a busy machine
    nice .venv/bin/python bench/components.py --needed --ecb-limit 150      # what a selective parse could skip

What reads what (grep of src/storyline/analyze): NER -> entity mentions (resolution, clustering, dating, quote
speakers); tagger (``tag_``) -> lemmas of verbs (events, claims measures), quote cues, claims; parser (``dep_``,
``head``, ``sents``) -> sentences, quote speakers, events' subject/object, claims' subject and qualifiers.
attribute_ruler and lemmatizer are already off (analyze/nlp.py lemmatises only the verbs it looks at).

First the cost of each component of the shipped pipeline on ECB+ bodies (CPU seconds of each ``pipe`` run
alone over the same docs). Then, for each variant pipeline, the analysis of the real eval sets through
``storyline.analyze.analyze`` with that pipeline in place of the shipped one: CPU seconds, how many analyses
differ from the shipped pipeline's, and the project's quality numbers on them: ECB+ clustering B-cubed (the
shipped cluster model over all of ECB+, 5 arrival orders, entities from the variant's mentions, as a build feeds
the clusterer), PolNeAR dev quotes (eval/quotes.py scorer), ECB+ claims on the fit half (eval/claims.py).
A variant is worth adopting only when every quality number stays the same.
No senter-instead-of-parser variant: its docs carry no dependency parse, and walking ``Token.children`` on them
(events' ``_own``) segfaults inside spaCy 3.8 on some ECB+ bodies, in a fresh process too (load order is not
the cause); every dependency reader (events, quote speakers, claims' subjects) would have nothing to read anyway.
``--needed``: the share of words in sentences (storyline.lexicon.sentences) that no parse reader needs (no
entity, quote mark, speech verb, pronoun or people noun), and the shipped analyses' events, quotes and claims in
them: the most a parser-only-where-needed pipeline could save, and what it would lose.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from storyline.analyze import nlp as nlp_module  # noqa: E402
from storyline.model import ENTITY_LABELS, Analysis, Article  # noqa: E402

SHIPPED_OFF = list(nlp_module._DISABLED)


def load(off: list[str]) -> Language:
    return spacy.load(nlp_module.MODEL, disable=SHIPPED_OFF + off)


VARIANTS: dict[str, Callable[[], Language]] = {
    "shipped": lambda: load([]),
    "no-tagger": lambda: load(["tagger"]),
}


def component_costs(nlp: Language, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each enabled component over the same docs, run one after the other."""
    docs = [nlp.make_doc(t) for t in texts]
    out = {}
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - t
    return out


def ecb_rows() -> list[dict]:
    from cluster import ECB

    return [json.loads(line) for line in gzip.open(ECB, "rt")] if ECB.exists() else []


def analyse(articles: list[Article]) -> tuple[list[Analysis], float]:
    from storyline.analyze import analyze

    t = time.process_time()
    out = analyze(articles)
    return out, time.process_time() - t


def cluster_b3(rows: list[dict], analyses: list[Analysis]) -> float:
    """Mean B-cubed F1 of the shipped cluster model over ECB+ in eval/cluster.py's 5 arrival orders."""
    import cluster

    from storyline.cluster.stories import ClusterDoc

    docs = []
    for r, an in zip(rows, analyses, strict=True):
        date = datetime.fromisoformat(r["date"]).replace(tzinfo=UTC) if r["date"] else None
        names = tuple(m.text for m in an.mentions if m.label in ENTITY_LABELS)
        docs.append((ClusterDoc(r["id"], r["title"] or "", r["text"], names, date), r["cluster_id"]))
    f1 = [cluster.scores(docs, cluster.run(cluster.shuffled(docs, o)))[0][2] for o in cluster.SHUFFLES]
    return statistics.mean(f1)


def quotes_dev() -> tuple[dict[str, float], list[Analysis], float]:
    import quotes

    path = quotes.DATA / "polnear_dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    analyses, cpu = analyse([Article(id=d["id"], source=d["id"], body=d["text"]) for d in docs])
    return quotes.score(docs, analyses) | quotes.score_attribution(docs, analyses), analyses, cpu


def claims_fit() -> dict[str, tuple[int, int, int, int]]:
    import claims
    import claims_gold

    from storyline.settings import BriefSettings

    docs, golds = claims.load_gold()
    fit = [g for g in golds if claims_gold.in_part(g.event, "fit")]
    # brief_event takes the analysed event (analyse_event runs the pipeline in place, the variant's here)
    pairs = [(g, claims.brief_event(g, claims.analyse_event(g, docs), BriefSettings())) for g in fit]
    return claims.score(pairs, show=False)


_QUOTE_MARK = re.compile(r'["“”«»]')
_PRONOUNS = frozenset("he she they it we i him her them his its their".split())


def _speech_words() -> frozenset[str]:
    from storyline.lexicon.speech import SPEECH_VERBS

    forms = {f for v in SPEECH_VERBS for f in (v, v + "s", v + "d", v + "ed", v + "ing", v[:-1] + "ing")}
    return frozenset(
        forms | {v[:-1] + "ied" for v in SPEECH_VERBS} | set("said told wrote according".split())
    )


def needed(articles: list[Article]) -> None:
    """Print what a parser-only-where-needed pipeline could skip, strictly (a sentence with a pronoun or a
    people noun needs the parse: events resolve he/she, quotes take 'critics said') and loosely (without)."""
    from storyline.analyze.gender import FEMALE_NOUNS, MALE_NOUNS
    from storyline.analyze.quotes.cue_subjects import PEOPLE_PLURALS
    from storyline.lexicon.sentences import sentence_spans

    speech, people = _speech_words(), PEOPLE_PLURALS | MALE_NOUNS | FEMALE_NOUNS
    analyses, _ = analyse(articles)
    ner = nlp_module.get_nlp().get_pipe("ner")
    for strict in (True, False):
        words = skipped = 0
        lost = {"events": [0, 0], "quotes": [0, 0], "claims": [0, 0]}
        for article, an in zip(articles, analyses, strict=True):
            body = article.body
            ents = [e.start_char for e in ner(nlp_module.get_nlp().make_doc(body)).ents]
            skip = []
            for s, e in sentence_spans(body):
                text = body[s:e]
                seen = set(re.findall(r"[a-z']+", text.lower()))
                need = any(s <= x < e for x in ents) or _QUOTE_MARK.search(text) or seen & speech
                need = need or (strict and (seen & _PRONOUNS or seen & people))
                words += len(text.split())
                if not need:
                    skipped += len(text.split())
                    skip.append((s, e))
            for kind in lost:
                found = getattr(an, kind)
                lost[kind][0] += sum(any(s <= f.start < e for s, e in skip) for f in found)
                lost[kind][1] += len(found)
        print(
            f"{'strict' if strict else 'loose'}: words in sentences no parse reader needs {skipped}/{words}"
            f" ({skipped / max(words, 1):.1%}); shipped analyses in them: "
            + ", ".join(f"{k} {a}/{b}" for k, (a, b) in lost.items())
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--variants", default=",".join(VARIANTS), help="comma-separated, from: " + ", ".join(VARIANTS)
    )
    ap.add_argument("--ecb-limit", type=int, default=0, help="only the first N ECB+ documents (0: all)")
    ap.add_argument("--skip-costs", action="store_true", help="skip the per-component costs")
    ap.add_argument("--needed", action="store_true", help="only what a selective parse could skip")
    args = ap.parse_args()
    rows = ecb_rows()[: args.ecb_limit or None]
    if not rows:
        print("ECB+ data absent (../shared/eval-data/clustering): skipped")
        return 0
    articles = [Article(id=r["id"], source=r["id"], body=r["text"], headline=r["title"]) for r in rows]
    if args.needed:
        needed(articles)
        return 0
    if not args.skip_costs:
        costs = component_costs(VARIANTS["shipped"](), [a.body for a in articles])
        total = sum(costs.values())
        print(f"shipped pipeline over {len(articles)} ECB+ bodies: {total:.1f} s CPU, by component:")
        print("  " + "  ".join(f"{n} {s:.1f} s ({s / total:.0%})" for n, s in costs.items()))
    base: dict[str, list[Analysis]] = {}
    names = ["shipped"] + [v for v in args.variants.split(",") if v != "shipped"]
    for name in names:
        nlp = VARIANTS[name]()
        nlp_module.get_nlp = lambda nlp=nlp: nlp  # what parse() and lemma() call
        ecb, ecb_cpu = analyse(articles)
        q, q_an, q_cpu = quotes_dev()
        c = claims_fit()
        differ = (
            ""
            if name == "shipped"
            else " ".join(
                f"{sum(x != y for x, y in zip(a, b, strict=True))}/{len(a)} {set_name} analyses differ;"
                for set_name, a, b in (("ECB+", ecb, base["ecb"]), ("PolNeAR dev", q_an, base["quotes"]))
            )
        )
        if name == "shipped":
            base = {"ecb": ecb, "quotes": q_an}
        print(
            f"\n{name} (pipes: {', '.join(nlp.pipe_names)}): analysis CPU ECB+ {ecb_cpu:.1f} s, PolNeAR dev"
            f" {q_cpu:.1f} s  {differ}"
        )
        print(f"  ECB+ clustering B3 F1 {cluster_b3(rows, ecb):.3f}")
        print(
            f"  PolNeAR dev: attribution F1 {q['attribution_f1']:.3f}  quote F1 {q['quote_f1']:.3f}"
            f"  speaker {q['speaker_right']:.3f}"
        )
        for kind, (tp_p, n_p, tp_g, n_g) in c.items():
            p, r = tp_p / max(n_p, 1), tp_g / max(n_g, 1)
            print(
                f"  claims fit half {kind}: P {p:.3f} ({tp_p}/{n_p}) R {r:.3f} ({tp_g}/{n_g})"
                f" F1 {2 * p * r / max(p + r, 1e-9):.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
