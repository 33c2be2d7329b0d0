"""Train the headline re-ranker (src/storyline/extract/headline_rerank.json) and print held-out numbers.

Run: PYTHONPATH=src .venv/bin/python eval/train_rerank.py [--quick] [--no-write] [--no-report] [--census]
[--fallback] [--salts '' s2 s3] [--setting TOP DEPTH TREES]
The second stage reads the linear ranker's top lines (extract/headline_rerank.py). It learns from the ranker's
out-of-fold scores on half 0 (eval/train_lines.py's site folds, the same fold labellers), so it sees the ranker as
the ranker sees an unseen site. Every setting is chosen by half-0 cross-validation by site over several fold splits
(salts); the first-stage pick and the re-ranked pick are compared fold by fold. The shipped trees are fitted on all
of half 0 (split ""), then half 1 is reported through the whole text path, each renderer, without and with them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train_lines  # noqa: E402
from textpages_data import load_all, token_f1, tokens  # noqa: E402

# The linear ranker's L2 penalty: the top of eval/train_lines.py's grid, chosen there by half-0 CV (session 21).
FIRST_L2 = 30.0
# Settings tried by half-0 CV (top lines re-ordered, tree depth, trees); the best mean over the salts is shipped.
GRID = ((3, 2, 100), (3, 2, 200), (4, 2, 100), (3, 3, 100))
# Session 29 (--no-write --no-report --salts '' s2 s3 s4 s5): the grid picks depth 2 by the mean (0.7728 against
# depth 3's 0.7726), yet depth 3 ships. Per split, depth 2 -> depth 3: 0.7705 / 0.7714, 0.7776 / 0.7773, 0.7676 /
# 0.7692, 0.7718 / 0.7716, 0.7763 / 0.7736: depth 2 wins three of five, within fold noise, so the shipped trees
# were not refitted and half 1 was not read for it.
RATE = 0.05  # the trees' learning rate (shrinkage): small, with enough trees, is the usual safe choice
# Rows per leaf and the share of rows each tree sees: a leaf of a few pages would learn one site's layout. Half-0 CV
# by site, top 3, depth 2, 100 trees, three fold splits: leaf 20 with every row, mean token F1 0.7696 (11 of 15
# folds better than the first stage); leaf 50 with 80 % of rows, 0.7719 (12 of 15).
MIN_LEAF = 50
SUBSAMPLE = 0.8
# Tried and dropped (session 22, same CV): pairwise trees (which of two top lines is the better headline, the
# features of one, their differences and the pair's own relations; a line scored by its summed wins), 0.7646 at
# top 3 / depth 2 / 100 trees and 0.7669 at depth 3 / 200 trees, against 0.7640 for the first stage alone.
# Session 22, second pass (top 3, depth 3, 100 trees; fold splits '' / s2 / s3; "n/5" = folds better):
# - extract._best_headline's move (the pick goes to a line the labeller tags headline up to three lines above)
#   after the re-ranker: 0.7714 -> 0.7683 (1/5), 0.7773 -> 0.7761 (2/5), 0.7692 -> 0.7641 (1/5); before it, on
#   the first stage alone, it cost too (0.7656 -> 0.7637, 0.7707 -> 0.7698, 0.7558 -> 0.7547). Dropped: the
#   text path takes the re-ranked best line (held-out half 1, eval/textpages.py, inscriptis / html2text: headline
#   token F1 0.791 / 0.781 -> 0.792 / 0.783, exact 0.716 / 0.706 -> 0.720 / 0.708, body F1 0.914 / 0.911 ->
#   0.913 / 0.911, MediaCloud dates 0.796 / 0.796 and byline F1 unchanged). Its condition as a feature instead (the line the move would take)
#   left every fold unchanged; adding that line to the top lines when it is not among them: 0.7685 / 0.7760 /
#   0.7636.
# - Relational features for lists, kickers and captions, each against the re-ranker without it: the run of
#   similar short lines around a line (related stories, tags) 0.7705 (1/5), 0.7777 (2/5), 0.7689 (2/5); the
#   share of its long words in the first three body-tagged lines below 0.7697 (1/5), 0.7764 (1/5), 0.7685
#   (2/5); the next line's length and the share of the line's words in it (a standfirst) 0.7677 (0/5) on split
#   ''; the share of the line's words in the first line of twelve or more words within four lines below (the
#   standfirst or lead past a byline) 0.7701 (1/5), 0.7792 (4/5), 0.7662 (2/5); a caption's shape (cues.CREDIT,
#   photo-credit words) unchanged on every fold (the trees never split on it); the run, the body share, the next
#   line and the caption shape together 0.7702 (0/5). None kept.
# Session 23, measured on half 0 (the shipped picks, both renderers, 1,028 titled renders; in-sample for the
# models) before building anything for them:
# - Right line, wrong extent is small: 795 picks exact; a pick that overlaps the gold title but is not it and is
#   contained in it or contains it, 50 renders, 0.012 of the 0.150 token F1 lost (a kicker or section glued before
#   the title 24, after it 9, a renderer-wrapped title 8 of which one page truly wraps, gold og:title carrying
#   the site or kicker the page line lacks 8); the rest is the wrong line (98 renders F1 0, 85 another line that
#   shares words: a standfirst, a rewritten og:title). The best single line of each page scores 0.980 / 0.970
#   (inscriptis / html2text) against 0.854 / 0.846 picked: the loss is the choice of line, not its extent.
# - A learned trim at one separator (kept part vs removed part: lengths, separator, each side as a line of its
#   own, the removed words on short menu lines, either side's words in prose lines; logistic, 698 cuts, 54 better
#   than the whole line) could gain at most 0.0064 (oracle cut); CV by site, three splits, C 0.1 / 1 and cut
#   probabilities 0.3-0.8: at best 0.8496 -> 0.8497 / 0.8496 / 0.8497, mostly worse. A ": " splits off a kicker
#   24 times and a title's own first half 182 times. Not kept.
# - Other pages of the same site: 37 half-0 pages (74 renders) have a sibling page of their site in half 0
#   (web.archive.org left out); no wrong pick there recurs verbatim on the sibling (2 right picks do). Nothing
#   to measure a chrome-by-recurrence feature on; not built.
# Session 24 (--census, fold split '', 1,130 titled half-0 pages, 292 picks below F1 0.8 and 9 lead stand-ins):
# the labeller tags the gold line chrome on 179 of the 240 losses where a candidate reads as the title. Its rank
# in the first stage: first 12 (0.009 F1 lost per page: the trees moved off it), second 95 (0.071), third 44
# (0.034), fourth or fifth 44 (0.036) and lower 45 (0.036), both out of the top 3's reach; no candidate reads as
# the title on 52 (0.031; where the title is a whole line, it stands past the prose run the labeller found). The
# picks: a chrome line sharing some of the title's words 91 (0.054: a related title on the same subject, a longer
# rewrite), a body line 79 (0.057: mostly the first body line directly under the title), chrome above the title
# 38 (0.034), below the body's start 23, between title and body 23, of one to three words 19. Each idea below
# against the shipped features (top 3, depth 3, 100 trees), half-0 CV by site, fold splits '' / s2 / s3 (0.7714 / 0.7773 / 0.7692, mean 0.7726; "n/15" = folds better):
# - Lexical cohesion with the body the labeller found: the idf-weighted share of a line's words (idf over the
#   page's distinct lines) in its first eight body-tagged lines, with its difference from the best other top
#   line: 0.7661 / 0.7771 / 0.7678 (mean 0.7703); counting each word's body lines (up to 3) instead: mean 0.7697.
#   The same share as a first-stage feature (line_roles, "hcoh" and its buckets): first stage 0.7656 / 0.7707 /
#   0.7558 -> 0.7604 / 0.7682 / 0.7624, top-3 reach 0.891 / 0.895 / 0.889 -> 0.900 / 0.895 / 0.898, re-ranked
#   0.7660 / 0.7724 / 0.7771 (mean 0.7718). A standfirst or a lead sentence repeats the body more than a title.
# - A byline or dateline tag directly below the line, and within 2 / 3 / 5 lines below, each with its difference
#   from the other top lines: directly 0.7711 / 0.7776 / 0.7690 (mean 0.7726); within 3 0.7713 / 0.7799 / 0.7720
#   (mean 0.7744, 8/15) but within 2 0.7675 / 0.7799 / 0.7694 and within 5 0.7703 / 0.7776 / 0.7638: a gain
#   that comes and goes with the window is fold noise. Not kept.
# - Place against the labeller's first body line (offset, lines to the next body line, the first body line
#   itself, the top line nearest above the body): 0.7711 / 0.7767 / 0.7658 together, 0.7683 / 0.7771 / 0.7708
#   (offset and first body line), 0.7707 / 0.7780 / 0.7676 (lines to the next body line, nearest). Not kept.
# - The trees averaged over five subsample seeds: 0.7698 / 0.7780 / 0.7679. Not kept.
# - The trees' fit: a classifier of right lines (F1 >= 0.8) scored by its log-odds 0.7676 / 0.7774 / 0.7688; 300
#   trees 0.7629 / 0.7754 / 0.7659; leaves of 20 rows 0.7693 / 0.7772 / 0.7661. Not kept.
# Lead (session 22): the drop of the move was reverted before release: without it a Markdown "# Title" heading
# above a "From: <department>" line lost to that line, and the first body line went as chrome
# (tests/test_extract_published.py's press release); the held-out gain (+0.001 / +0.002) was within noise.
# Session 35 (depth 3, 100 trees, fold splits '' / s2 / s3, against top 3: 0.7657 / 0.7843 / 0.7773, mean 0.7758):
# the first stage's right line (F1 >= 0.8) stands at its rank 0 / 1 / 2 / 3-4 / 5-9 / 10+ / nowhere on 821 / 116 /
# 46 / 44 / 21 / 25 / 57 of 1,130 titled sequences, yet a wider reach loses: the top 4 / 5 / 6 re-ordered give
# means 0.7678 / 0.7608 / 0.7595 (their reach 0.915 / 0.925 / 0.932); features over the top 4 or 5 with the pick
# kept among the top 3, 0.7684 / 0.7623; each page's target less its mean (top 3 / 4 / 5: 0.7715 / 0.7717 /
# 0.7674) or less its best (top 3: 0.7702). The lead sentence standing in for a weak pick (--fallback): at most
# 0.7855 / 0.8011 / 0.7959 (oracle), nested cut-off 0.7645 / 0.7829 / 0.7756. Nothing (no headline) never beats
# the lead in token F1. A margin the top line keeps over the others' predicted F1 (0.00-0.19, nested by fold):
# 0.7682 / 0.7843 / 0.7739 (mean 0.7755). Not kept.


@dataclass
class Stage:
    """One fold split's rows for the second stage: features, target F1, page and fold of each row, and each page's
    first-stage F1 (what the re-ranker has to beat) and candidate texts."""

    x: Any
    y: Any
    page: Any
    fold: Any
    base: Any  # each page's first-stage token F1
    scored: (
        Any  # whether each page's title is a label (train_lines.declared_titles' pages are fitted on only)
    )
    lines: list[list[int]]  # each page's top line indices (row order), or [] when the lead stands in


def stage_rows(cv: train_lines.RankerCV, top: int) -> Stage:
    """The top ``top`` lines of every page above its cut-off, as the re-ranker sees them."""
    import numpy as np

    from storyline.extract.headline_rerank import rerank_features, top_lines

    x, y, page, lines = [], [], [], []
    base = np.zeros(len(cv.pages))
    for g, pg in enumerate(cv.pages):
        base[g] = train_lines._page_f1(cv.proba, pg, cv.cuts[g])
        span = cv.proba[pg.first : pg.last]
        if len(span) < 2 or span.max() < cv.cuts[g]:
            lines.append([])
            continue
        proba = {line: float(p) for line, p in zip(pg.lines, span, strict=True)}
        rows = dict(zip(pg.lines, cv.rows[pg.first : pg.last], strict=True))
        best = top_lines(proba, top)
        cut = dict(zip(pg.lines, pg.cut, strict=True))
        x += rerank_features(pg.texts, rows, proba, best)
        y += [token_f1(cut[i], pg.title) for i in best]
        page += [g] * len(best)
        lines.append(best)
    scored = np.array([pg.scored for pg in cv.pages])
    return Stage(np.array(x), np.array(y), np.array(page), cv.folds, base, scored, lines)


def fit_trees(x: Any, y: Any, depth: int, trees: int) -> Any:
    from sklearn.ensemble import GradientBoostingRegressor

    return GradientBoostingRegressor(
        n_estimators=trees,
        max_depth=depth,
        learning_rate=RATE,
        min_samples_leaf=MIN_LEAF,
        subsample=SUBSAMPLE,
        random_state=0,
    ).fit(x, y)


def picked_f1(stage: Stage, scores: Any) -> Any:
    """Each page's token F1 with its best-scored top line picked (the first stage's F1 where no line is)."""
    import numpy as np

    out = stage.base.copy()
    for g in np.unique(stage.page):
        at = np.flatnonzero(stage.page == g)
        out[g] = stage.y[at[int(np.argmax(scores[at]))]]
    return out


def out_of_fold(stage: Stage, depth: int, trees: int) -> Any:
    """Each row's re-ranker score from trees fitted on the other site folds."""
    import numpy as np

    scores = np.zeros(len(stage.y))
    row_fold = stage.fold[stage.page]
    for fold in np.unique(stage.fold):
        test = row_fold == fold
        scores[test] = fit_trees(stage.x[~test], stage.y[~test], depth, trees).predict(stage.x[test])
    return scores


def census(cv: train_lines.RankerCV, stage: Stage, scores: Any) -> str:
    """Where the cross-validated re-ranked pick loses headline token F1 on the fitting half (pages whose pick
    scores below TARGET_MIN_F1): what was picked instead, by its gold role and place, and where the gold line
    stood in the first stage's order, with the labeller's tag and its side of the body's first line; pages
    counted per renderer."""
    import numpy as np

    picks: Counter = Counter()
    golds: Counter = Counter()
    lost: Counter = Counter()
    scored = [g for g, pg in enumerate(cv.pages) if pg.scored]
    for g in scored:
        pg = cv.pages[g]
        renderer = pg.origin.rpartition("/")[2] if "/" in pg.origin else "own"
        if not stage.lines[g]:
            if stage.base[g] < train_lines.TARGET_MIN_F1:
                picks["lead stood in", renderer] += 1
                lost["lead stood in"] += 1.0 - stage.base[g]
            continue
        at = np.flatnonzero(stage.page == g)
        best = int(np.argmax(scores[at]))
        f1 = float(stage.y[at[best]])
        if f1 >= train_lines.TARGET_MIN_F1:
            continue
        kind, where = _pick_class(pg, stage.lines[g][best], f1), _gold_place(cv, g)
        picks[kind, renderer] += 1
        golds[where, renderer] += 1
        lost[kind] += 1.0 - f1
        lost[where] += 1.0 - f1
    n = max(len(scored), 1)
    columns = ("inscriptis", "html2text", "own")
    out = [
        f"  re-ranked CV census ({n} titled sequences; pages {' / '.join(columns)}, token F1 lost per page),"
        " the pick:"
    ]
    for title, table in (("", picks), ("  the gold line:", golds)):
        if title:
            out.append(title)
        kinds = {kind for kind, _ in table}
        for kind in sorted(kinds, key=lambda k: -lost[k]):
            cells = " / ".join(f"{table[kind, c]:3d}" for c in columns)
            out.append(f"    {kind:84s} {cells}  {lost[kind] / n:.4f}")
    return "\n".join(out)


def _pick_class(pg: train_lines._RankerPage, i: int, f1: float) -> str:
    """A wrong pick by its gold role; a chrome line also by what it reads as (a site name, a breadcrumb, a
    caption, a section label) or by its place against the gold title and body."""
    from storyline.extract.cues import CREDIT
    from storyline.extract.title_lines import CRUMB

    role, text = pg.roles[i], pg.texts[i]
    if role != "chrome":
        return role + (" sharing the title's words" if f1 > 0 else "")
    head = pg.roles.index("headline") if "headline" in pg.roles else None
    body = pg.roles.index("body") if "body" in pg.roles else len(pg.roles)
    words = tokens(text)
    host = pg.site.replace("-", ".").split(".")
    named = [w in host or (len(w) > 3 and w in "".join(host)) for w in words]
    if words and sum(named) / len(words) >= 0.5:
        return "chrome: the site's name"
    if CRUMB.search(text):
        return "chrome: a breadcrumb trail"
    if CREDIT.search(text):
        return "chrome: a photo caption or credit"
    if f1 > 0:
        where = "below the body's start" if i > body else "above the body's start"
        return f"chrome sharing the title's words {where} (a rewrite, a related title)"
    if len(words) <= 3:
        return "chrome of one to three words (section label, menu)"
    if head is not None and i < head:
        return "chrome above the title (kicker, menu, promotion)"
    if i > body:
        return "chrome below the body's start (related title, caption, menu)"
    return "chrome between the title and the body"


def _gold_place(cv: train_lines.RankerCV, g: int) -> str:
    """The first-stage rank of the page's best right line (a candidate reading as the title), its labeller tag
    and its side of the first gold body line."""
    pg = cv.pages[g]
    proba = dict(zip(pg.lines, cv.proba[pg.first : pg.last], strict=True))
    cut = dict(zip(pg.lines, pg.cut, strict=True))
    order = sorted(proba, key=lambda i: (-proba[i], i))
    right = [r for r, i in enumerate(order) if token_f1(cut[i], pg.title) >= train_lines.TARGET_MIN_F1]
    if not right:
        from textpages import title_placement

        return f"no candidate reads as the title (title placement: {title_placement(pg.texts, pg.title)})"
    i = order[right[0]]
    body = pg.roles.index("body") if "body" in pg.roles else len(pg.roles)
    rank = str(right[0]) if right[0] < 3 else "3-4" if right[0] < 5 else "5+"
    return f"first-stage rank {rank}, tag {pg.tags[i]}, {'above' if i < body else 'below'} the body's start"


# Cut-offs of the re-ranker's best predicted F1 tried for the lead-sentence fallback (--fallback).
FALLBACK_CUTS = tuple(round(0.025 * k, 3) for k in range(25))


def lead_fallback(stage: Stage, scores: Any, lead: Any) -> tuple[Any, Any]:
    """Each page's token F1 when the lead sentence stands in for a weak pick: the re-ranked pick unless the
    re-ranker's best predicted F1 on the page is below a cut-off, that cut-off chosen on the other site folds
    (nested, so the fallback is judged as an unseen site would meet it); with the oracle (the better of the
    two on every page), the fallback's ceiling. ``lead`` is each page's lead-sentence F1."""
    import numpy as np

    picked = picked_f1(stage, scores)
    best = np.full(len(picked), np.inf)  # pages without top lines already have the first stage's answer
    for g in np.unique(stage.page):
        best[g] = scores[stage.page == g].max()
    out = picked.copy()
    for fold in np.unique(stage.fold):
        train = (stage.fold != fold) & stage.scored
        totals = [np.where(best[train] < t, lead[train], picked[train]).sum() for t in FALLBACK_CUTS]
        cut = FALLBACK_CUTS[int(np.argmax(totals))]
        test = stage.fold == fold
        out[test] = np.where(best[test] < cut, lead[test], picked[test])
    return out, np.maximum(picked, lead)


def export(model: Any, top: int) -> dict[str, Any]:
    """The fitted trees as the JSON extract/headline_rerank.py reads (no pickle: arrays of plain numbers)."""
    from storyline.extract.headline_rerank import FEATURES, RERANK_VERSION

    trees = []
    for estimator in model.estimators_[:, 0]:
        t = estimator.tree_
        trees.append(
            {
                "feature": [int(f) for f in t.feature],
                "threshold": [round(float(v), 6) for v in t.threshold],
                "left": [int(v) for v in t.children_left],
                "right": [int(v) for v in t.children_right],
                "value": [round(float(v), 6) for v in t.value[:, 0, 0]],
            }
        )
    return {
        "version": RERANK_VERSION,
        "features": list(FEATURES),
        "top": top,
        "init": round(float(model.init_.constant_[0][0]), 6),
        "rate": model.learning_rate,
        "trees": trees,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every fourth page only")
    parser.add_argument("--no-write", action="store_true", help="do not write the shipped model")
    parser.add_argument("--no-report", action="store_true", help="no held-out half-1 report")
    parser.add_argument(
        "--census", action="store_true", help="print where the chosen setting's CV picks lose"
    )
    parser.add_argument(
        "--fallback",
        action="store_true",
        help="also score the lead sentence standing in where the re-ranker's best predicted F1 is low",
    )
    parser.add_argument("--salts", nargs="*", default=["", "s2", "s3"], help="fold splits of the site folds")
    parser.add_argument(
        "--setting",
        type=int,
        nargs=3,
        metavar=("TOP", "DEPTH", "TREES"),
        help="one setting instead of the grid",
    )
    args = parser.parse_args()
    sets = load_all(quick=args.quick)
    if not any(sets.values()):
        print("skipped: ../shared/eval-data not found")
        return 0
    halves = train_lines.split_halves(sets)
    data = train_lines.ranker_data(sets, halves, train_lines.own_corpus(), args.quick)
    with tempfile.TemporaryDirectory() as name:  # the first stage's and the trees' files until written
        return fit(args, sets, halves, data, Path(name))


def fit(args: argparse.Namespace, sets: dict, halves: dict, data: list, tmp: Path) -> int:
    """The first stage's out-of-fold scores on each fold split, the grid by half-0 CV, the shipped trees, the
    half-1 report."""
    import numpy as np

    train_lines.RANKER_L2S = (FIRST_L2,)
    splits = {}
    for salt in args.salts:
        train_lines.FOLD_SALT = salt
        print(f"first stage, fold split {salt!r}:")
        splits[salt] = train_lines.train_ranker(data, tmp / "first.json")
    results: dict[tuple[int, int, int], list[float]] = {}
    print("half-0 CV by site, headline token F1 of the pick (first stage -> re-ranked), per fold split:")
    stages = {}
    for top, depth, trees in [tuple(args.setting)] if args.setting else GRID:
        cells, gains = [], []
        for salt, cv in splits.items():
            stage = stages.setdefault((salt, top), stage_rows(cv, top))
            scores = out_of_fold(stage, depth, trees)
            after = picked_f1(stage, scores)
            folds = np.unique(stage.fold)
            at = {f: (stage.fold == f) & stage.scored for f in folds}
            better = sum(after[at[f]].mean() > stage.base[at[f]].mean() for f in folds)
            before, now = stage.base[stage.scored].mean(), after[stage.scored].mean()
            cells.append(f"{salt or '-'}: {before:.4f} -> {now:.4f} ({better}/{len(folds)})")
            if args.fallback:
                lead = np.array([token_f1(pg.lead, pg.title) for pg in cv.pages])
                nested, oracle = lead_fallback(stage, scores, lead)
                cells[-1] += (
                    f" lead fallback {nested[stage.scored].mean():.4f} (oracle {oracle[stage.scored].mean():.4f})"
                )
            gains.append(now)
        results[(top, depth, trees)] = gains
        print(f"  top {top} depth {depth} trees {trees:3d}: " + "; ".join(cells), flush=True)
    top, depth, trees = max(results, key=lambda k: float(np.mean(results[k])))
    print(f"chose top {top}, depth {depth}, {trees} trees (mean {np.mean(results[(top, depth, trees)]):.4f})")
    shipped = splits[args.salts[0]]
    stage = stages[(args.salts[0], top)]
    if args.census:
        print(census(shipped, stage, out_of_fold(stage, depth, trees)))
    model_json = export(fit_trees(stage.x, stage.y, depth, trees), top)
    path = tmp / "headline_rerank.json"
    path.write_text(json.dumps(model_json, separators=(",", ":")), encoding="utf-8")
    print(
        f"  re-ranker: {len(model_json['trees'])} trees, {path.stat().st_size / 1024:.0f} KiB,"
        f" fitted on {len(stage.y)} lines of {len(shipped.pages)} titled sequences"
    )
    if not args.no_report:
        report(sets, halves, path)
    if not args.no_write:
        from storyline.extract import headline_rerank

        headline_rerank.RERANK_PATH.write_bytes(path.read_bytes())
        print(f"  wrote {headline_rerank.RERANK_PATH}")
    return 0


def report(sets: dict, halves: dict, path: Path) -> None:
    """Half 1 through the whole text path, each renderer, with the shipped ranker alone and then re-ranked."""
    from storyline.extract import headline_rerank

    pages = halves[1][0] + [p for p in sets["metadata"] if p.half == 1]
    data = train_lines.sequences(halves[1][0])
    shipped = headline_rerank.RERANK_PATH
    for name, model in (("ranker alone", path.with_name("absent.json")), ("re-ranked", path)):
        headline_rerank.RERANK_PATH = model
        headline_rerank.load_reranker.cache_clear()
        print(f"held-out half 1, {name}:")
        train_lines.held_out_report(pages, data)
    headline_rerank.RERANK_PATH = shipped
    headline_rerank.load_reranker.cache_clear()


if __name__ == "__main__":
    sys.exit(main())
