"""Whether two source trees give the same analyses of real articles, and what the analysis around the parse costs
in each (speed work must not change any output).

    .venv/bin/python bench/analysis_same.py /tmp/old/src src              # 200 ECB+ bodies, old tree vs new
    .venv/bin/python bench/analysis_same.py /tmp/old/src src --limit 400

The bodies (every n-th of ../shared/eval-data/clustering/ecbplus_docs.jsonl.gz) are parsed once by the new tree's
spaCy pipeline and kept as a DocBin in a temporary directory, so both trees read the same parse. Each tree then
runs ``per_article.analyze_one`` over fresh copies of the docs in its own process (after five warm-up articles)
and records each Analysis's repr and the CPU seconds (process_time) of the loop: the Python around the parse,
which issue 13 bounds at 1.3x its cost. Prints the parse's own CPU seconds too, for the whole per-article cost.
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tree_runs import load_run, run_tree, save_run

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "eval-data" / "clustering" / "ecbplus_docs.jsonl.gz"
WARM_UP = 5


def rows(limit: int) -> list[dict]:
    with gzip.open(ECB, "rt", encoding="utf-8") as f:
        found = [json.loads(line) for line in f]
    return found[:: max(len(found) // limit, 1)][:limit]


def parse_once(limit: int, out: Path) -> float:
    """Parse the bodies with the tree first on sys.path and store the docs; the parse's CPU seconds."""
    from spacy.tokens import DocBin

    from storyline.analyze.nlp import parse

    bodies = [r["text"] for r in rows(limit)]
    start = time.process_time()
    docs = list(parse(bodies))
    cpu = time.process_time() - start
    DocBin(docs=docs).to_disk(out)
    return cpu


def dump(limit: int, docs_path: Path, out: Path) -> None:
    """Analyse the stored docs with the tree first on sys.path; write each analysis's repr and the CPU seconds."""
    from spacy.tokens import DocBin

    from storyline.analyze.nlp import get_nlp
    from storyline.analyze.per_article import analyze_one
    from storyline.model import Article
    from storyline.settings import DEFAULTS

    found = rows(limit)
    articles = [
        Article(id=r["id"], source="ecb", body=r["text"], published=datetime(2020, 1, 1, tzinfo=UTC))
        for r in found
    ]
    vocab = get_nlp().vocab

    def docs() -> list:
        return list(DocBin().from_disk(docs_path).get_docs(vocab))

    for article, doc in list(zip(articles, docs(), strict=True))[:WARM_UP]:
        analyze_one(article, doc, DEFAULTS.analyze)
    fresh = docs()  # no per-doc state from the warm-up
    start = time.process_time()
    results = [repr(analyze_one(a, d, DEFAULTS.analyze)) for a, d in zip(articles, fresh, strict=True)]
    cpu = time.process_time() - start
    save_run(out, cpu, results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the old tree's src directory")
    parser.add_argument("new", type=Path, help="the new tree's src directory")
    parser.add_argument("--limit", type=int, default=200, help="ECB+ bodies analysed (every n-th of the set)")
    parser.add_argument("--dump", nargs=2, type=Path, help=argparse.SUPPRESS)  # internal: docs path, output
    parser.add_argument("--parse", type=Path, help=argparse.SUPPRESS)  # internal: parse into this DocBin
    args = parser.parse_args()
    if not ECB.exists():
        print(f"skipped: {ECB} not found")
        return 0
    if args.parse:
        print(f"parse: {parse_once(args.limit, args.parse):.1f} s CPU for {args.limit} bodies")
        return 0
    if args.dump:
        dump(args.limit, *args.dump)
        return 0
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        docs_path = Path(tmp) / "docs.spacy"

        def run(src: Path, *extra: str) -> None:
            run_tree(src, [str(args.old), str(args.new), "--limit", str(args.limit), *extra])

        run(args.new, "--parse", str(docs_path))
        for name, src in (("old", args.old), ("new", args.new)):
            out = Path(tmp) / f"{name}.json"
            run(src, "--dump", str(docs_path), str(out))
            runs[name] = load_run(name, out)
    old, new = runs["old"]["results"], runs["new"]["results"]
    differ = sum(a != b for a, b in zip(old, new, strict=True))
    print(f"{len(old)} articles compared, {differ} analyses differ")
    cpu = {name: run["cpu"] / len(old) * 1000 for name, run in runs.items()}
    print(f"analysis around the parse, CPU ms/article: old {cpu['old']:.1f}, new {cpu['new']:.1f}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
