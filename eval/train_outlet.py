"""Fit the outlet-from-text scorer and print the held-out share of pages named as the site names itself.

Run: PYTHONPATH=src .venv/bin/python eval/train_outlet.py [--no-write]
Gold is the page's own og:site_name (application-name), up to a " | " or " - " tail, compared normalised
(storyline.extract.outlet.norm). Pages of shared/eval-data/metadata are rendered to text (eval/rendered_pages.py)
and split by a stable hash of the page id; the shipped weights are fitted on half 0 and scored on half 1.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.linear_fit import fit_linear  # noqa: E402
from eval.rendered_pages import RENDERERS, pages, text  # noqa: E402
from storyline.extract import outlet  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402

MODEL = Path(outlet.__file__).with_name("outlet.json")
MODEL_VERSION = 1


def gold_key(site_name: str) -> str:
    return outlet.norm(re.split(r"\s+[|–—-]\s+|\s*\|\s*|:\s", site_name)[0])


def _rows() -> list[tuple[int, str, str, list]]:
    seen, rows = set(), []
    for page in pages():
        if not page.site_name or page.page in seen:
            continue
        seen.add(page.page)
        for renderer in RENDERERS:
            rows.append(
                (
                    page.half,
                    renderer,
                    gold_key(page.site_name),
                    outlet.outlet_candidates(text(page, renderer)),
                )
            )
    return rows


def _fit(rows: list) -> dict:
    x, y = [], []
    for _, _, gold, cands in rows:
        for key, _, feats in cands:
            x.append(feats)
            y.append(int(key == gold))
    return {
        "version": MODEL_VERSION,
        **fit_linear(x, y, outlet.FEATURES),
        "threshold": 0.0,
        "trained_on": "eval-data/metadata half 0 pages with og:site_name, inscriptis + html2text renderings",
    }


def _best(cands: list, model: LinearModel) -> tuple[float, str | None]:
    if not cands:
        return 0.0, None
    return max((model.probability(f), key) for key, _, f in cands)


def main() -> int:
    rows = _rows()
    fits = {h: _fit([r for r in rows if r[0] == h]) for h in (0, 1)}
    models = {h: LinearModel.from_dict(fit) for h, fit in fits.items()}
    for fitted, held in ((0, 1), (1, 0)):
        print(f"fit on half {fitted}, held-out half {held}:")
        for renderer in RENDERERS:
            hits, ceiling, n = 0, 0, 0
            for half, r, gold, cands in rows:
                if half != held or r != renderer:
                    continue
                n += 1
                hits += _best(cands, models[fitted])[1] == gold
                ceiling += any(key == gold for key, _, _ in cands)
            print(f"  {renderer:10s} named correctly {hits / n:.3f} (n={n})  ceiling {ceiling / n:.3f}")
    if "--no-write" not in sys.argv:
        MODEL.write_text(json.dumps(fits[0], indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.name} (fitted on half 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
