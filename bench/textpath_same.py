"""Whether two source trees give the same text-path outputs on every cached render (speed work must not change any).

    .venv/bin/python bench/textpath_same.py /tmp/old/src src    # old tree, new tree: counts pages that differ
    .venv/bin/python bench/textpath_same.py /tmp/old/src src --keep-old /tmp/old.json   # old outputs run once

Each tree runs in its own process over every render in /tmp/textpages-cache (inscriptis and html2text, built by
eval/textpages_data.py) through eval/textpages.py's ``run_storyline``: body, headline, byline, date, outlet,
flags. Prints the renders compared, the ones that differ (with the fields that do), and each tree's CPU seconds.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import time
from pathlib import Path

from tree_runs import load_run, run_tree, save_run

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path("/tmp/textpages-cache")
RENDERERS = ("inscriptis", "html2text")


def renders() -> list[Path]:
    """Every cached render of both renderers, in a fixed order."""
    return sorted(p for r in RENDERERS for p in (CACHE / r).glob("*.txt.gz"))


def dump(out: Path) -> None:
    """Run the text path (of the tree first on sys.path) over every render; write outputs and CPU seconds."""
    sys.path.insert(0, str(ROOT / "eval"))
    from textpages import run_storyline

    results = {}
    start = time.process_time()
    for path in renders():
        result = run_storyline(gzip.decompress(path.read_bytes()).decode("utf-8"))
        result["flags"] = list(result["flags"])
        results[f"{path.parent.name}/{path.name}"] = result
    save_run(out, time.process_time() - start, results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the old tree's src directory")
    parser.add_argument("new", type=Path, help="the new tree's src directory")
    parser.add_argument("--keep-old", type=Path, help="the old tree's outputs: read if there, else written")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # internal: one tree's run
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
        return 0
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in (("old", args.old), ("new", args.new)):
            out = args.keep_old if name == "old" and args.keep_old else Path(tmp) / f"{name}.json"
            if not out.exists():
                run_tree(src, [str(args.old), str(args.new), "--dump", str(out)])
            runs[name] = load_run(name, out)
    old, new = runs["old"]["results"], runs["new"]["results"]
    differ = 0
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key, {}), new.get(key, {})
        fields = [f for f in sorted(a.keys() | b.keys()) if a.get(f) != b.get(f)]
        if fields:
            differ += 1
            print(f"  differs: {key}: {', '.join(fields)}")
    print(f"{len(old)} renders compared, {differ} differ")
    print(f"CPU seconds: old {runs['old']['cpu']:.1f}, new {runs['new']['cpu']:.1f}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
