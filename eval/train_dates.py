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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.linear_fit import fit_linear  # noqa: E402
from eval.rendered_pages import CACHE, RENDERERS, Page, iter_texts  # noqa: E402
from storyline.extract import text_dates  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402

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
    return {
        "version": MODEL_VERSION,
        **fit_linear(x, y, text_dates.FEATURES, class_weight="balanced"),
        "trained_on": "eval-data/metadata half 0, inscriptis + html2text renderings",
    }


def _pick(cands: list, model: LinearModel) -> str | None:
    if not cands:
        return None
    return max(cands, key=lambda c: text_dates.score(c, model)).day.isoformat()


def _acc(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f} (n={len(hits)})" if hits else "n/a"


def _report(rows: list, model: LinearModel, half: int, pipeline: bool) -> None:
    for renderer in RENDERERS:
        for label, mediacloud in (("MediaCloud", True), ("trafilatura", False)):
            ours, base, ceiling, full = [], [], [], []
            for page, r, cands, found in rows:
                if r != renderer or page.half != half or page.mediacloud != mediacloud:
                    continue
                ours.append(_pick(cands, model) == page.date)
                base.append((found or None) == page.date)
                ceiling.append(page.date is None or any(c.day.isoformat() == page.date for c in cands))
                if pipeline:
                    full.append(_pipeline_day(page, r) == page.date)
            line = f"  {renderer:10s} {label:11s} ranker {_acc(ours)}  htmldate {_acc(base)}  ceiling {_acc(ceiling)}"
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
    for fitted, held in ((0, 1), (1, 0)):
        print(f"fit on half {fitted}, held-out half {held}:")
        _report(rows, LinearModel.from_dict(fits[fitted]), held, pipeline and fitted == 0 and write)
    if write:
        MODEL.write_text(json.dumps(fits[0], indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.name} (fitted on half 0)")
        if pipeline:
            print("(extract_article column uses the model just written)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
