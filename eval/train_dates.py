"""Fit the plain-text publication-date ranker and print held-out accuracy.

Run: PYTHONPATH=src .venv/bin/python eval/train_dates.py [--no-write] [--pipeline]
Pages of shared/eval-data/metadata rendered to text (eval/rendered_pages.py, cached in /tmp) are split in two by
a stable hash of the page id. The shipped model is fitted on half 0 (both renderings) and scored on half 1; the
reverse fit is printed too. Scores by exact day over MediaCloud pages (htmldate labels; a correct "no date"
counts) and trafilatura-labelled pages, next to htmldate run over the same text. --pipeline also scores the
whole plain-text path, storyline.extract_article(text, content_type="text").
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.linear_fit import fit_linear  # noqa: E402
from eval.rendered_pages import CACHE, RENDERERS, Page, iter_texts  # noqa: E402
from storyline.extract import text_dates  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402
from storyline.settings import DEFAULTS  # noqa: E402

MODEL = Path(text_dates.__file__).with_name("text_dates.json")
MODEL_VERSION = 1


def _htmldate(page: Page, renderer: str, text: str) -> str | None:
    cache = CACHE / "htmldate" / renderer / f"{page.page}.json"
    if cache.exists():
        return json.loads(cache.read_text())
    import html

    from htmldate import find_date

    markup = "<html><body><p>" + html.escape(text).replace("\n", "</p>\n<p>") + "</p></body></html>"
    try:  # plain text as markup, one paragraph a line: htmldate's extensive (text) search sees every line
        found = find_date(markup, extensive_search=True, original_date=True)
    except Exception:  # htmldate refuses some inputs: no date
        found = None
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(found))
    return found


def _rows() -> list[tuple[Page, str, list[text_dates.Candidate], str | None]]:
    rows = []
    for renderer in RENDERERS:
        for page, text in iter_texts(renderer):
            rows.append((page, renderer, text_dates.candidates(text), _htmldate(page, renderer, text)))
    return rows


def _fit(rows: list) -> dict:
    x, y = [], []
    for page, _, cands, _ in rows:
        if page.date is None or not any(c.day.isoformat() == page.date for c in cands):
            continue  # nothing to learn from a page whose date is not among the candidates
        for c in cands:
            x.append(text_dates.vector(c))
            y.append(int(c.day.isoformat() == page.date))
    fitted = fit_linear(x, y, text_dates.FEATURES, class_weight="balanced")
    return {
        "version": MODEL_VERSION,
        **fitted,
        "calibration": _calibrate(rows, LinearModel.from_dict(fitted)),
        "trained_on": "eval-data/metadata half 0, inscriptis + html2text renderings",
    }


def _calibrate(rows: list, model: LinearModel) -> list[float]:
    """Platt scaling of the best candidate's score to how often it is the gold day, on the fitting pages (a page
    the gold calls undated counts as wrong): text_dates.confidence reads it against settings' text_date_min_p."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x, y = [], []
    for page, _, cands, _ in rows:
        best = _best(cands, model)
        if best is not None:
            x.append([text_dates.score(best, model)])
            y.append(int(best.day.isoformat() == page.date))
    clf = LogisticRegression(C=1e6).fit(np.array(x), np.array(y))
    return [round(float(clf.coef_[0][0]), 5), round(float(clf.intercept_[0]), 5)]


def _best(cands: list, model: LinearModel) -> text_dates.Candidate | None:
    return max(cands, key=lambda c: text_dates.score(c, model)) if cands else None


def _pick(cands: list, model: LinearModel, min_p: float = DEFAULTS.clean.text_date_min_p) -> str | None:
    """The ranker's day, or None when its best candidate is less sure than min_p (as best_candidate does)."""
    best = _best(cands, model)
    if best is None or text_dates.confidence(text_dates.score(best, model), model) < min_p:
        return None
    return best.day.isoformat()


def _miss(page: Page, cands: list, model: LinearModel) -> str | None:
    """Why the ranker misses a page: None (it does not), no-candidate (no date read from the text is the gold
    day), d/m-order (it took the other reading of the numeric date whose reading is gold), ranking (it took
    another date), page-has-none (the gold says undated, the text has a date)."""
    best = _best(cands, model)
    if (None if best is None else best.day.isoformat()) == page.date:
        return None
    if page.date is None:
        return "page-has-none"
    gold = [c for c in cands if c.day.isoformat() == page.date]
    if not gold:
        return "no-candidate"
    return "d/m-order" if best is not None and any(c.start == best.start for c in gold) else "ranking"


def _breakdown(rows: list, model: LinearModel, half: int) -> None:
    print(f"misses on the fitting half {half} (in-sample), by cause:")
    for renderer in RENDERERS:
        for label, mediacloud in (("MediaCloud", True), ("trafilatura", False)):
            causes = Counter(
                _miss(page, cands, model)
                for page, r, cands, _ in rows
                if r == renderer and page.half == half and page.mediacloud == mediacloud
            )
            n = sum(causes.values())
            cells = "  ".join(f"{k} {causes[k]}" for k in _CAUSES)
            print(f"  {renderer:10s} {label:11s} n={n}  right {causes[None]}  {cells}")


_CAUSES = ("no-candidate", "ranking", "d/m-order", "page-has-none")


def _acc(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f} (n={len(hits)})" if hits else "n/a"


def _report(rows: list, model: LinearModel, half: int, pipeline: bool) -> None:
    for renderer in RENDERERS:
        for label, mediacloud in (("MediaCloud", True), ("trafilatura", False)):
            ours, uncut, base, ceiling, full = [], [], [], [], []
            for page, r, cands, found in rows:
                if r != renderer or page.half != half or page.mediacloud != mediacloud:
                    continue
                ours.append(_pick(cands, model) == page.date)
                uncut.append(_pick(cands, model, 0.0) == page.date)
                base.append((found or None) == page.date)
                ceiling.append(page.date is None or any(c.day.isoformat() == page.date for c in cands))
                if pipeline:
                    full.append(_pipeline_day(page, r) == page.date)
            line = (
                f"  {renderer:10s} {label:11s} ranker {_acc(ours)} (no cut-off {_acc(uncut)})  "
                f"htmldate {_acc(base)}  ceiling {_acc(ceiling)}"
            )
            if pipeline:
                line += f"  extract_article {_acc(full)}"
            print(line)


def _pipeline_day(page: Page, renderer: str) -> str | None:
    import storyline
    from eval.rendered_pages import text
    from storyline.errors import InputError

    try:
        article = storyline.extract_article(text(page, renderer), content_type="text")
    except InputError:
        return None
    return article.published.date().isoformat() if article.published else None


def main() -> int:
    write = "--no-write" not in sys.argv
    pipeline = "--pipeline" in sys.argv
    cache = CACHE / "date_rows.pkl"
    rows = _rows()
    cache.write_bytes(pickle.dumps(len(rows)))
    fits = {h: _fit([r for r in rows if r[0].half == h]) for h in (0, 1)}
    if write:  # before the report, so its extract_article column runs the model just fitted
        MODEL.write_text(json.dumps(fits[0], indent=1) + "\n", encoding="utf-8")
        text_dates._model.cache_clear()
        print(f"wrote {MODEL.name} (fitted on half 0)")
    _breakdown(rows, LinearModel.from_dict(fits[0]), 0)
    for fitted, held in ((0, 1), (1, 0)):
        print(f"fit on half {fitted}, held-out half {held}:")
        _report(rows, LinearModel.from_dict(fits[fitted]), held, pipeline and fitted == 0 and write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
