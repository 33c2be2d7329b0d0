"""Fit the outlet-from-text scorer and print the held-out share of pages named as the site names itself.

Run: PYTHONPATH=src .venv/bin/python eval/train_outlet.py [--no-write]
Gold is the page's own og:site_name, up to a " | " or " - " tail, compared normalised (eval/textpages_data.site_key).
The real pages of eval/textpages.py (extraction + metadata sets) are rendered to text by both renderers and split by
the same stable hash of the page id; the shipped weights are fitted on half 0 and scored on half 1, so
textpages.py's held-out half is this model's too.
Printed per renderer: named correctly (best candidate, no threshold), the candidate ceiling, the text ceiling
(share of pages whose gold name occurs anywhere in the text: the most any text-only reader can reach), and the
right/wrong/unknown shares at several probability floors (storyline.settings clean.outlet_min_p picks one).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.linear_fit import fit_linear  # noqa: E402
from eval.textpages_data import RENDERERS, in_text, load_all, render, site_key  # noqa: E402
from storyline.extract import outlet  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402

MODEL = Path(outlet.__file__).with_name("outlet.json")
MODEL_VERSION = 2  # 2: the cue kinds and features of issue 12


FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)


def _rows() -> list[tuple[int, str, str, list, bool]]:
    rows = []
    for page in (p for members in load_all().values() for p in members):
        gold = site_key(page.site_name)
        if not gold:
            continue
        for renderer in RENDERERS:
            rendered = render(page, renderer)
            rows.append(
                (page.half, renderer, gold, outlet.outlet_candidates(rendered), in_text(gold, rendered))
            )
    return rows


def _fit(rows: list) -> dict:
    x, y = [], []
    for _, _, gold, cands, _ in rows:
        for key, _, feats in cands:
            x.append(feats)
            y.append(int(key == gold))
    return {
        "version": MODEL_VERSION,
        **fit_linear(x, y, outlet.FEATURES),
        "trained_on": "eval/textpages.py half 0 pages with og:site_name, inscriptis + html2text renderings",
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
            held_rows = [r for r in rows if r[0] == held and r[1] == renderer]
            n = len(held_rows)
            best = [_best(cands, models[fitted]) for _, _, _, cands, _ in held_rows]
            hits = sum(key == gold for (_, key), (_, _, gold, _, _) in zip(best, held_rows, strict=True))
            ceiling = sum(any(k == r[2] for k, _, _ in r[3]) for r in held_rows)
            anywhere = sum(r[4] for r in held_rows)
            print(
                f"  {renderer:10s} named correctly {hits / n:.3f} (n={n})  candidate ceiling {ceiling / n:.3f}"
                f"  gold name anywhere in the text {anywhere / n:.3f}"
            )
            for floor in FLOORS:
                named = [(key, r[2]) for (p, key), r in zip(best, held_rows, strict=True) if p >= floor]
                right = sum(key == gold for key, gold in named)
                print(
                    f"    p >= {floor:.1f}: right {right / n:.3f}  wrong {(len(named) - right) / n:.3f}"
                    f"  unknown {1 - len(named) / n:.3f}"
                )
    if "--no-write" not in sys.argv:
        MODEL.write_text(json.dumps(fits[0], indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.name} (fitted on half 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
