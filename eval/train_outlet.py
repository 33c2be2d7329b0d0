"""Fit the outlet-from-text scorer and print the held-out share of pages named as the site names itself.

Run: PYTHONPATH=src .venv/bin/python eval/train_outlet.py [--no-write | --floor-check]
Gold is the page's own og:site_name, up to a " | " or " - " tail, compared normalised (eval/textpages_data.site_key).
The real pages of eval/textpages.py (extraction + metadata sets) are rendered to text by both renderers and split by
the same stable hash of the page id; the shipped weights are fitted on half 0 and scored on half 1, so
textpages.py's held-out half is this model's too.
Printed per renderer: named correctly (best candidate, no threshold), the candidate ceiling, the text ceiling
(share of pages whose gold name occurs anywhere in the text: the most any text-only reader can reach), and the
right/wrong/unknown shares at several floors of the page model's confidence that the best candidate is right
(storyline.settings clean.outlet_min_p picks one). The floor rule: the lowest floor keeping wrong names at most
TARGET_WRONG (0.07, a margin under the product's 0.10) of pages for both renderers on every one of three two-fold
splits of half 0 by site (the worst split, not the mean; --floor-check prints, instead, how that rule fares on
half-0 sites it did not see, per split, and whether its worst held-out side stays under HELD_WRONG_MAX). Two
models ship in outlet.json: the candidate scorer (one logistic over every candidate's features) and, under "page",
the confidence (a logistic over outlet.PAGE_FEATURES: the page's best candidate logit and its margin over the
runner-up, each weight bounded at zero or above so the confidence rises with both), fitted on candidate scores of
sites the candidate scorer had not seen. The candidate scorer also weighs context words (outlet_features._context:
the candidate's own words, the rest of its lines', the lines above and below), learned on the training sites, and
the name's likeness to an outlet's name (a logistic over outlet_features.name_grams, fitted on the training sites'
gold forms against their other candidates; shipped under "likeness", folded into the scorer at load).
First, on half 0 only (where choices are made): the same shares by two-fold cross-validation inside it (by site,
so every page of a site and both renderings of a page sit in one fold), the wrong names at the chosen floor where one name holds the other
(same outlet, other form: "bbc" for "BBC News"; printed for the held-out halves too), and an error table: gold named / gold a candidate but ranked below
another / gold not a candidate / gold absent from the text, with examples and where the gold name's line stands.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.linear_fit import fit_linear  # noqa: E402
from eval.textpages_data import RENDERERS, host_key, in_text, load_all, render, site_key  # noqa: E402
from storyline.analyze.gender import first_name_gender  # noqa: E402
from storyline.extract import outlet  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402
from storyline.extract.outlet_features import name_grams  # noqa: E402
from storyline.extract.outlet_model import SCORER_FEATURES, CandidateScorer  # noqa: E402

MODEL = Path(outlet.__file__).with_name("outlet.json")
MODEL_VERSION = 15  # 15: the page model weighs the best logit and its margin only, both weights at least zero; 14: a learned name likeness (what an outlet's name looks like, from other sites' names) as one scorer feature; 13: learned context words in the candidate scorer (its own words, its lines', the lines beside); 12: page model fitted on candidate scores of unseen sites (folds by site, not page), floor for wrong <= 0.08 on the worst of three splits by site; 11: credits ("via X", "Photo: X", "By X"), initials of another candidate, nesting shares, a copyright notice's words in the name, four of the best candidate's features (domain, copyright line, head and foot) in the page model; 10: refitted on keys with accents folded before the host test and umlauts as ae/oe/ue, floor for wrong <= 0.08 on three splits; 9: names heading or ending several short lines (affix cue, prefix/suffix line counts), a page-confidence model over the candidate logits; 8: names ending in a domain suffix or a legal form compare without it; 7: self-description cue ("X is a daily ..."), "founder/member of", norm by the public suffix list; 6: first line index, whole-line count, cue-line share; 5: pronouns ("Follow Us") are no candidates; 4: crumb cue, publisher words, spelled hosts
C = 0.1  # stronger regularisation than the default 1.0: half 0 cross-validation named 0.468/0.460 against 0.464/0.460
# The product bounds wrongly named pages at 0.10 of pages; the floor is chosen for fewer, as the page model is less
# sure across sites than within them (v9's floor, chosen for 0.10 on one split, let 0.147 through on half 1). Checked
# by --floor-check (the floor chosen on one side of half 0, scored on the other): v10 target 0.10 -> wrong mean
# 0.096, max 0.120; target 0.08 -> wrong mean 0.075, max 0.083 (right 0.301 -> 0.277). v11: target 0.10 -> wrong
# mean 0.096, max 0.111; target 0.08 -> wrong mean 0.077, max 0.088 (right 0.314 -> 0.278).
# Held out (half 1, looked at once), v11 at 0.60: right 0.303/0.295, wrong 0.104/0.118 (inscriptis/html2text);
# v10 at 0.60: 0.277/0.281, 0.096/0.104. The page model is still surer across sites than it should be.
# v12: folds by site (half 0 holds 440 sites in 470 pages), the page model fitted on out-of-fold scores of unseen
# sites, the floor held on the worst split, not the mean: --floor-check target 0.08 -> wrong mean 0.058, max 0.089
# (right 0.241); by the same check the v11 rules gave wrong mean 0.065, max 0.091 (right 0.279). A stronger L2 on
# the page model (C 0.1 / 0.01: max 0.108 / 0.116) or the four logit features alone (max 0.112) did worse.
# Held out (half 1, looked at once), v12 at 0.65: right 0.263/0.259, wrong 0.096/0.100 (inscriptis/html2text).
# v13 at 0.65: right 0.277/0.285, wrong 0.088/0.086, of which the same outlet in another form 0.043/0.039.
# v13: context words ("w:news", "s:copyright", "n:follow") as unscaled binary columns beside the standardised
# features, words of >= CONTEXT_SITES training sites, from a candidate's first three lines (outlet_candidates
# _MAX_AT; eight: 0.271/0.273 right at 0.65, but bench/textpath.py --quick fell under 30 pages/s on inscriptis).
# Half-0 CV by site (3 splits), best candidate right 0.504/0.510 -> 0.512/0.513; at the 0.65 floor right
# 0.254/0.265 -> 0.264/0.270, wrong 0.067/0.067 -> 0.072/0.067 (worst split 0.077/0.079 -> 0.079/0.074). Tried on the same CV and left out: a listwise objective
# (softmax over a page's candidates, best right 0.493/0.492 at C 0.1), gradient boosting (0.472/0.486), pooling
# forms one key holds into one candidate (best right 0.507 -> 0.499; emitting the group's fullest form 0.128).
# Tried in the second pass (half-0 CV by site, 3 splits; v13 0.512/0.513 best right, at 0.65 right 0.264/0.270,
# wrong 0.072/0.067, worst split 0.079/0.074) and left out: a person-name feature (2-3 capitalised words opening with
# a census first name, "By" dropped: best 0.509/0.511, at 0.65 right 0.266/0.271, wrong 0.070/0.067, worst
# 0.074/0.074, one or two renderings a split), a credit-line feature (a candidate's line holds "by", "photo",
# "credit" or metadata.ROLE_WORDS: floor to 0.675) and both (best 0.507/0.510, at 0.65 right 0.257/0.264). Persons
# win over the gold name on 8 of the 243 renderings where it ranks below another (the error table's "the winner").
# A pairwise form chooser between the best candidate and a same-outlet rival (one key holds the other; a logistic
# over FEATURES' and the logit's differences, fitted on out-of-fold rankings; measured with the two features above
# in): at the 0.65 floor the gold form is a rival in 22-26 of the 32-39 wrong names per split (both renderers)
# where one key holds the other, yet the chooser turned none of them right at any threshold (0.5-0.9) and 4-6 right
# names wrong at 0.5 (best right 0.507 -> 0.489).
# v14: one scorer feature, the name's likeness to an outlet's name: a logistic over outlet_features.name_grams (the
# whole name, word count, first and last words, case shape, character trigrams) of the training sites' gold forms
# against every other candidate of their pages, fitted inside each fold on its sites only (the scorer weighs
# likeness values out of an inner fold by site). Half-0 CV by site (3 splits), v13 -> v14 as shipped: best candidate
# right 0.512/0.513 -> 0.513/0.514; floor stays 0.65, right 0.264/0.270 -> 0.277/0.277, wrong 0.072/0.067 ->
# 0.072/0.073 (worst split 0.079/0.074 -> 0.072/0.074). Without the whole name and word count (all grams): best
# 0.511/0.513, at 0.65 right 0.280/0.279, wrong 0.072/0.069. Held out (half 1, looked at once), v14 at 0.65: right
# 0.297/0.295, wrong 0.092/0.094 (v13 0.277/0.285, 0.088/0.086). outlet_from_text ~10.5 -> ~10.5-11.3 ms a page
# (710 renderings, back to back); outlet.json 86 -> 121 KB. Of the one-word winners over the gold name (split 0,
# 59 pages): a menu or generic word ("News", "Local", "Startseite", "Headlines", "All") ~18, the parent company or
# a sister site ("Gannett", "Tamedia", "NBCUniversal", "SPH", "Blinker.de") ~15, a word of the gold name or its
# head ("BBC" of "BBC News", "WIRED" of "WIRED UK", "Compass" of "Cayman Compass") ~16, a city ~3, other ~7; the
# whole-name gram is the feature for the first class (the likeness moves confidence more than ranking: one-word
# winners 123 -> 119 of 243 -> 250 renderings ranked below another).
# v14 --floor-check: target 0.08 -> floors 0.600-0.725, right mean 0.263, wrong mean 0.060, max 0.091 (target 0.10:
# right 0.300, wrong mean 0.087, max 0.115).
# Session 21, tried and left out (half-0 CV by site, 3 splits; v14 best right 0.513/0.514, at 0.65 right
# 0.277/0.277, wrong 0.072/0.073). Candidate recall first: of the half-0 renderings 0.104-0.109 hold the gold name
# in the text but not as a candidate, 0.262 hold it ranked below another: ranking, not recall, is the lever.
# Page-model features, each beside PAGE_FEATURES: whether any candidate stands in a copyright line or agrees with
# the top domain (floor to 0.675, right 0.259/0.262); the runner-up's copyright/domain evidence (0.675,
# 0.256/0.259); the best's is_host, n_words, log_mentions, kind_masthead, inside_share (wrong worst split 0.119 at
# 0.60, floor 0.675); the best's scorer probability and softmax share (the curve moves, not up: floor 0.70,
# 0.260/0.262); the margin to the best runner-up outside the best's family (one key holds the other) and whether
# the runner-up is of it (0.675, 0.260/0.267). The fitted page model weighs best_logit negatively beside margin and
# log_partition (collinear): a right "X News" at logit +8 over "X" at +6 gets p 0.4. Candidates: a name ends at a
# sentence's full stop, not an abbreviation's ("St. X" was cut to "St"), and a licence notice ("Creative Commons")
# counts as holds_mark: CV at 0.65 right 0.282/0.283, wrong 0.072/0.072 (best 0.511/0.513), but held out (half 1,
# looked at once) right 0.297/0.295 -> 0.297/0.303, wrong 0.092/0.094 -> 0.096/0.102 (over the 0.10 bound) and
# best candidate 0.481/0.477 -> 0.472/0.466: reverted (commit 7d86a41 and its revert). "X Staff"/"X newsroom"
# and "told X"/"interview with X" cues (the gold name among the matches on 8 of 60 and 9 of 40 half-0 pages): at
# 0.65 right 0.284/0.282, wrong 0.076/0.072. Every one of these moves is within a split's noise (about 0.005).
# v15 (session 21, second pass): the page model is monotone: the best logit and its margin, weights bounded at
# zero or above (linear_fit signs; L-BFGS-B), the overlapping spread, count and four best-candidate features
# dropped; floors tried 0.01 apart. Half-0 CV by site (3 splits; page model refitted on the same out-of-fold
# candidate scores, the candidate scorer unchanged), floor chosen for wrong <= 0.08 on the worst split: v14 at 0.65
# right 0.277/0.277, wrong 0.072/0.073 (worst 0.072/0.074) -> v15 at 0.53 right 0.285/0.294, wrong 0.076/0.071
# (worst 0.079/0.074). Tried on the same CV (floor, right, wrong inscriptis/html2text): v14's eight features with
# signs (best, margin, best_* >= 0, spread <= 0) 0.63, 0.281/0.284, 0.070/0.068; the same at C 0.1 0.61,
# 0.282/0.286; best, margin and log_candidates (free) 0.53, 0.287/0.295, 0.076/0.071 (no better: left out); plus
# the best's copyright line 0.54, 0.280/0.287; plus its domain agreement 0.54, 0.278/0.288; best, margin and the
# four best_* 0.57, 0.270/0.276; margin and the four best_* 0.57, 0.271/0.274; best, spread (<= 0) and best_*
# 0.65, 0.272/0.275. Held out (half 1, looked at once), v15 at 0.53: right 0.297/0.295 -> 0.314/0.316, wrong
# 0.092/0.094 -> 0.096/0.100; at v14's wrong share the held-out curve names 0.308/0.316 (0.55/0.54) against
# 0.297/0.295. By eval/textpages.py --systems storyline (half 1): named 0.297/0.295 -> 0.314/0.316, wrong
# 0.092/0.096 -> 0.096/0.102 (html2text one page over the 0.10 bound: outlet_from_chrome names some pages first).
# v15 --floor-check: target 0.08 -> floors 0.480-0.590, right mean 0.294, wrong mean 0.075, max 0.104 (target
# 0.10: right 0.326, wrong mean 0.099, max 0.141); v14's 0.263, 0.060, 0.091: more named and more wrong by the same
# rule, its margin under 0.10 thinner (a stricter TARGET_WRONG is the lever if the bound must hold on every page set).
# Tried after v15 and left out: two scorer features for two forms of one name (one key holds the other), whether a
# longer form holding the candidate, or the candidate holding a shorter one, stands in a copyright line ("BBC"
# beside "(c) BBC News"; the masthead kind marks most short lines, so it was no such sign): half-0 CV best right
# 0.513/0.514 -> 0.511/0.516, at the floor (0.54) right 0.280/0.288, wrong 0.077/0.072 (v15: 0.285/0.294 at 0.53).
# Session 22 (model unchanged, v15). The scorer first: of the wrong names at the floor, 0.44-0.48 on half-0 CV are the
# name of the page's own web address ("bbc" on bbc.com for og:site_name "BBC News", "reuters" for "U.S.", "slate"
# for "Slate Magazine"); eval/textpages.py now prints outlet_or_host beside the strict measure, which stays the
# target (in-sample half 0, inscriptis best candidates that are the host's name but not the gold's: 38, of which
# one is a hosting platform's name, "Hypotheses" for a blog on hypotheses.org). Forms of one name (the brief's
# "prefer the form the page prints most, or the one in copyright or masthead lines"): on the 47 half-0 renderings
# whose winner and gold are one family (one key holds the other; in-sample ranking), the gold form stands on fewer
# cue lines than the winner in 36 (more in 4), has fewer mentions in 28 (more in 19), stands in a copyright line
# where the winner does not in 0 (the reverse in 11) and is the longer form in 26: the page prints the winner more
# everywhere, so no such feature can pick the gold form (the v13 pairwise chooser and the v15 copyright features
# found the same). Candidate recall, measured on half 0 (gold in the text, not a candidate, 0.104 of renderings):
# a header line's leading or trailing capitalised run (first 15 lines of three words or more, up to three words)
# reaches 9 more renderings for 7% more candidates; half-0 CV by site (3 splits): best right 0.513/0.514 ->
# 0.511/0.509, floor 0.53 -> 0.52, at the floor right 0.285/0.294 -> 0.289/0.296, wrong 0.076/0.071 ->
# 0.075/0.070 (noise, and the text path sits at its speed floor): left out. A name before "All rights reserved"
# with no mark ("2019 X, Inc. All Rights Reserved"; 3 renderings reached): best 0.510/0.513, floor 0.55, right
# 0.270/0.283, wrong 0.068/0.066 (at 0.53 right 0.289/0.299, wrong 0.079/0.075): left out. Keeping the short lines
# met once inside the article (the _candidates filter) reaches 8 more renderings for 48% more candidates: not tried.
# The candidate scorer fitted without its negatives that are forms of the gold name (one key holds the other: no
# penalty for "BBC" on a "BBC News" page; weight 0): best 0.518/0.514, at 0.53 right 0.285/0.296, wrong
# 0.074/0.074, but its worst split (0.091) moves the floor to 0.56: right 0.258/0.266. C 0.03: best 0.511/0.512,
# floor 0.56, right 0.272/0.280, wrong 0.070/0.065; C 0.3: best 0.511/0.508, floor 0.55, right 0.262/0.271, wrong
# 0.062/0.066. All left out; C stays 0.1. Held out (half 1, eval/textpages.py, model unchanged): strict named
# 0.314/0.316, wrong 0.096/0.102; outlet_or_host 0.363/0.365, wrong 0.047/0.053.
# Session 34 (model unchanged, v15): page models over v15's out-of-fold rankings (half-0 CV by site, 3 splits, the
# floor rule; v15 0.53, right 0.285/0.294, wrong 0.076/0.071): the margin over the best rival that is not a form of
# the same name (outlet_names._agrees either way) instead of the plain margin 0.56, 0.263/0.274; beside it 0.54,
# 0.275/0.288; the runner-up a form of the best, the best's softmax share or its family's, log candidates or one of
# five of the best's cue kinds beside best and margin: each within +-0.01 at a fixed wrong share. Gradient-boosted trees
# (depth 3, 100, rate 0.05) over those and all the best's FEATURES: 0.66, 0.297/0.302, wrong 0.074/0.073 (worst
# 0.079/0.077), a split's noise: not shipped. In the 0.35-0.53 band of confidence (split "", both renderers) 136
# best names are right and 138 wrong, 78 of them on pages where the site's name is no candidate at all.
# Session 35 (model unchanged, v15): candidate generation tried, fitted as v16 and reverted. Of the 102 half-0
# renderings (52 sites) printing the site's name where no cue read it, new generators reached 20: "X uses cookies",
# "X is published/funded/supported/owned/part of", "Der X ist eines der", "X ist Mitglied" and "X®" (self and
# trademark kinds), a top line (first 3) that a stop would cut kept whole ("Dr. A B", "A, B and me"; kind
# whole_top), a lone short line inside the article kept when its name recurs on the page (+8.6% candidates,
# outlet_candidates CPU unchanged), lines read without markdown's "_" emphasis marks. Half-0 CV by site (3 splits):
# best 0.513/0.514 -> 0.516/0.521, floor 0.53, right 0.285/0.294 -> 0.291/0.301, wrong 0.076/0.071 -> 0.074/0.072
# (worst 0.077/0.074); without the "_" marks: 0.54, 0.286/0.294, 0.072/0.068; plus one lower-case word ending a
# chrome cue's line ("Werben auf x", "Über x"): 0.55, 0.274/0.285. Held out (half 1, looked at once), v16 at 0.53:
# best 0.481/0.477 -> 0.481/0.472, right 0.314/0.316 -> 0.320/0.324, wrong 0.096/0.100 -> 0.104/0.106 (over the
# 0.10 bound; at 0.55 0.308/0.312, wrong 0.096/0.098: the curve did not move). Reverted (commits d8e030af, 58b85c4c).
# v16 --floor-check (half 0 only) did not warn: target 0.08 -> floors 0.510-0.610, right mean 0.285, wrong mean
# 0.072, max 0.088 (v15: 0.294, 0.075, 0.104).
# Context words ("s:copyright", "w:news") weighed by the candidate scorer: those beside candidates of this many
# training sites (rarer ones do not carry over to new sites; 10 gave 0.510/0.515 best right and a floor of 0.675);
# weights under CONTEXT_MIN_WEIGHT are dropped.
CONTEXT_SITES = 5
CONTEXT_MIN_WEIGHT = 0.01
# The name-likeness model (outlet_features.name_grams): grams of at least this many training sites' candidates, and
# its L2 (half-0 CV by site at the 0.65 floor: C 0.1 / 0.3 / 1 / 3 right 0.272/0.275, 0.274/0.278, 0.280/0.279,
# 0.277/0.277, and C 0.1 / 0.3 moved the floor to 0.675; sites 2 / 3 / 8: 0.279/0.279, 0.280/0.279, 0.277/0.275);
# gram weights under LIKENESS_MIN_WEIGHT dropped (10.4k grams, outlet.json 304 KB, at 0.65 right 0.282/0.282; 0.1:
# 3.3k, 0.279/0.281; 0.2: 2.0k, 0.277/0.276, wrong 0.072/0.072, worst split 0.074/0.072; all within a split's noise).
LIKENESS_SITES = 3
LIKENESS_C = 1.0
LIKENESS_MIN_WEIGHT = 0.2
# Session 38: the target is chosen by --floor-check (the rule run on one side of a split of half 0, scored on
# the other: the shipping procedure in miniature), not by the cross-validation curve itself. At 0.08 (v15) the
# held-out sides ran mean 0.075, max 0.104 (sd 0.015 over 12 sides of ~235 pages), and half 1 (0.096/0.100) sat at
# that spread's top: the curve a floor is read off is optimistic by the choice itself (the lowest floor passing
# is a minimum over noisy curves). Targets by --floor-check, v15 (floors, right mean, wrong mean, max): 0.08
# 0.48-0.59, 0.294, 0.075, 0.104; 0.07 0.52-0.62, 0.264, 0.060, 0.078; 0.065 0.54-0.63, 0.254, 0.057, 0.074; 0.06
# 0.55-0.64, 0.247, 0.051, 0.070; 0.05 0.55-0.69, 0.229, 0.046, 0.070. The target is the highest whose worst
# held-out side stays at most HELD_WRONG_MAX (a 0.01 margin under the product's 0.10 bound). Half-0 CV (3 splits),
# v15 at 0.56: right 0.263/0.277, wrong 0.061/0.057 (worst 0.064/0.060). Held out (half 1, looked at once after
# the choice), v15 at 0.56: right 0.314/0.316 -> 0.305/0.306, wrong 0.096/0.100 -> 0.086/0.086.
# Then session 35's candidates (commits d8e030af, 58b85c4c: more self-descriptions, "X®", whole top lines, lone
# short lines whose name recurs, no "_" marks) refitted as v16 under this target: half-0 CV best 0.516/0.521, floor
# 0.57, right 0.260/0.279, wrong 0.063/0.061 (worst 0.068/0.062), no better than v15 at 0.56; held out (half 1,
# looked at once) at 0.57: best 0.481/0.472, right 0.295/0.303, wrong 0.090/0.092 (v15: 0.481/0.477, 0.305/0.306,
# 0.086/0.086): fewer named and more wrong, reverted (model stays v15).
TARGET_WRONG = 0.07
HELD_WRONG_MAX = 0.09
# Salts of the two-fold splits of half 0 the floor must hold on: one split's curve is noisy.
SPLITS = ("", "a", "b")
# Floors tried, 0.01 apart (0.025 apart until v15: the floor rule then stopped up to 0.02 above where it could).
FLOORS = tuple(round(0.3 + 0.01 * i, 3) for i in range(51))
# The page model's weights are at least zero (+1) for every PAGE_FEATURES column: more score, more confidence.
PAGE_SIGNS = (1, 1)
# Where a gold name stands, first match wins (a line may be several).
_PLACES = (
    ("copyright", re.compile(r"©|\(c\)|copyright|rights reserved", re.I)),
    ("domain/e-mail", re.compile(r"[a-z0-9-]\.[a-z]{2,}\b", re.I)),
    ("subscribe/newsletter", re.compile(r"subscri|newsletter|sign up", re.I)),
    ("follow/social/app", re.compile(r"follow|facebook|twitter|instagram|\bapp\b|more from", re.I)),
    ("title tail", re.compile(r"\s[|–—-]\s")),
)


def _where(gold: str, text: str) -> str:
    """The kind of the first line naming the gold outlet: a cue line, else the header, footer, a short line
    (nav, label) or running text."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines):
        if gold not in outlet.squash(line):
            continue
        for place, pattern in _PLACES:
            if pattern.search(line):
                return place
        if len(line) >= 80:
            return "running text"
        return (
            "header line"
            if i < 0.15 * len(lines)
            else "footer line"
            if i > 0.85 * len(lines)
            else "short line"
        )
    return "absent"


def _fold(row: tuple, salt: str = "") -> int:
    """0 or 1 by a hash of the row's site (its gold key): every page of a site, both renderings, in one fold, so a
    model is scored on sites it never saw, as on a new outlet (a salt gives another split)."""
    return int(hashlib.md5((salt + row[2]).encode()).hexdigest(), 16) % 2


def _rows() -> list[tuple[int, str, str, list, bool, str, str]]:
    """(half, renderer, gold key, candidates, gold in text, where the gold name stands, the page's web address as a
    key) per rendering."""
    rows = []
    for page in (p for members in load_all().values() for p in members):
        gold = site_key(page.site_name)
        if not gold:
            continue
        for renderer in RENDERERS:
            rendered = render(page, renderer)
            rows.append(
                (
                    page.half,
                    renderer,
                    gold,
                    outlet.outlet_candidates(rendered),
                    in_text(gold, rendered),
                    _where(gold, rendered),
                    host_key(page.url),
                )
            )
    return rows


def _fit_likeness(rows: list) -> dict:
    """What an outlet's name looks like: a logistic over name_grams, the gold site's forms against every other
    candidate of its pages (each form once a site), grams of at least LIKENESS_SITES sites."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    forms = {(r[2], name, key == r[2]) for r in rows for key, name, *_ in r[3]}
    sites: dict[str, set[str]] = {}
    for gold, name, _ in forms:
        for gram in name_grams(name):
            sites.setdefault(gram, set()).add(gold)
    column = {g: i for i, g in enumerate(sorted(g for g, s in sites.items() if len(s) >= LIKENESS_SITES))}
    forms_list = sorted(forms)
    at = [
        (i, column[g])
        for i, (_, name, _) in enumerate(forms_list)
        for g in set(name_grams(name))
        if g in column
    ]
    x = sparse.csr_matrix(
        ([1.0] * len(at), ([i for i, _ in at], [j for _, j in at])), shape=(len(forms_list), len(column))
    )
    clf = LogisticRegression(C=LIKENESS_C, max_iter=3000).fit(x, [int(y) for *_, y in forms_list])
    return {
        "intercept": round(float(clf.intercept_[0]), 4),
        "grams": {
            g: round(float(clf.coef_[0][j]), 3)
            for g, j in column.items()
            if abs(clf.coef_[0][j]) >= LIKENESS_MIN_WEIGHT
        },
    }


def _likeness(model: dict, name: str) -> float:
    return model["intercept"] + sum(model["grams"].get(g, 0.0) for g in name_grams(name))


def _out_of_fold_likeness(rows: list) -> dict[int, list[float]]:
    """Each row's candidates' likeness by a model fitted on the other inner fold's sites (the scorer weighs the
    likeness of names it was not fitted on, as on a new site)."""
    out = {}
    for fold in (0, 1):
        model = _fit_likeness([r for r in rows if _fold(r, "inner") != fold])
        out.update(
            {
                id(r): [_likeness(model, name) for _, name, *_ in r[3]]
                for r in rows
                if _fold(r, "inner") == fold
            }
        )
    return out


def _fit_candidates(rows: list, likeness: dict[int, list[float]]) -> dict:
    """The candidate scorer: a logistic over FEATURES and the names' out-of-fold ``likeness`` (standardised) and,
    unscaled, whether each context word found beside candidates of at least CONTEXT_SITES sites stands beside the
    candidate (one L2 for both, so a rare word's weight stays small); the likeness model, fitted on all ``rows``,
    ships with it."""
    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    sites: dict[str, set[str]] = {}
    for _, _, gold, cands, *_ in rows:
        for *_, context in cands:
            for word in context:
                sites.setdefault(word, set()).add(gold)
    vocab = sorted(w for w, s in sites.items() if len(s) >= CONTEXT_SITES)
    column = {w: i for i, w in enumerate(vocab)}
    dense = np.array(
        [[*f, like] for r in rows for (_, _, f, _), like in zip(r[3], likeness[id(r)], strict=True)]
    )
    y = np.array([int(key == r[2]) for r in rows for key, *_ in r[3]])
    at = [(i, column[w]) for i, (*_, c) in enumerate(c for r in rows for c in r[3]) for w in c if w in column]
    words = sparse.csr_matrix(
        (np.ones(len(at)), ([i for i, _ in at], [j for _, j in at])), shape=(len(dense), len(vocab))
    )
    mean, scale = dense.mean(axis=0), dense.std(axis=0)
    scale[scale == 0] = 1.0
    x = sparse.hstack([sparse.csr_matrix((dense - mean) / scale), words]).tocsr()
    clf = LogisticRegression(C=C, max_iter=3000).fit(x, y)
    coef = clf.coef_[0]
    n = len(SCORER_FEATURES)
    return {
        "features": list(SCORER_FEATURES),
        "coef": [round(float(w), 5) for w in coef[:n]],
        "intercept": round(float(clf.intercept_[0]), 5),
        "mean": [round(float(v), 5) for v in mean],
        "scale": [round(float(v), 5) for v in scale],
        "context": {
            w: round(float(v), 4)
            for w, v in zip(vocab, coef[n:], strict=True)
            if abs(v) >= CONTEXT_MIN_WEIGHT
        },
        "likeness": _fit_likeness(rows),
    }


def _ranked(cands: list, model: CandidateScorer) -> list[tuple[float, str, str, list[float]]]:
    """(logit, key, name, features) of a page's candidates, best first."""
    return sorted(((model.logit(f, c, n), k, n, f) for k, n, f, c in cands), reverse=True)


def _scorer(fit: dict) -> CandidateScorer:
    return CandidateScorer.from_linear(LinearModel.from_dict(fit))


def _page_features(ranked: list[tuple[float, str, str, list[float]]]) -> list[float]:
    """outlet.page_features of a page's ranked candidates (at least one)."""
    return outlet.page_features([logit for logit, *_ in ranked])


def _fit(rows: list) -> dict:
    """The candidate model fitted on ``rows`` and the page-confidence model fitted on the same rows' candidates
    as scored by a candidate model that did not see their sites (two folds by another split of the sites): the
    confidence is learned on scores like those of unseen outlets."""
    likeness = _out_of_fold_likeness(rows)
    ranked: dict[int, list[tuple[float, str, str, list[float]]]] = {}
    for fold in (0, 1):
        inner = _scorer(_fit_candidates([r for r in rows if _fold(r, "inner") != fold], likeness))
        ranked.update({id(r): _ranked(r[3], inner) for r in rows if _fold(r, "inner") == fold})
    scored = [(r, ranked[id(r)]) for r in rows if ranked[id(r)]]
    page = fit_linear(
        [_page_features(c) for _, c in scored],
        [int(c[0][1] == r[2]) for r, c in scored],
        outlet.PAGE_FEATURES,
        signs=PAGE_SIGNS,
    )
    return {
        "version": MODEL_VERSION,
        **_fit_candidates(rows, likeness),
        "page": page,
        "trained_on": "eval/textpages.py half 0 pages with og:site_name, inscriptis + html2text renderings",
    }


def _best(cands: list, fit: dict) -> tuple[float, str | None]:
    """The page's best candidate key and the page model's confidence in it (as outlet_from_text)."""
    ranked = _ranked(cands, _scorer(fit))
    if not ranked:
        return 0.0, None
    page = LinearModel.from_dict(fit["page"])
    return page.probability(_page_features(ranked)), ranked[0][1]


def _shares(best: list[tuple[float, str | None]], rows: list) -> dict[float, tuple[float, float]]:
    """(right, wrong) shares of ``rows`` named by their best candidates at each probability floor."""
    out = {}
    for floor in FLOORS:
        named = [key == r[2] for (p, key), r in zip(best, rows, strict=True) if p >= floor]
        out[floor] = (sum(named) / len(rows), (len(named) - sum(named)) / len(rows))
    return out


def _curve(label: str, best: list[tuple[float, str | None]], held_rows: list) -> None:
    """The named/ceiling line and the right / wrong / unknown shares at each floor, printed."""
    n = len(held_rows)
    hits = sum(key == r[2] for (_, key), r in zip(best, held_rows, strict=True))
    ceiling = sum(any(k == r[2] for k, *_ in r[3]) for r in held_rows)
    anywhere = sum(r[4] for r in held_rows)
    print(
        f"  {label} named correctly {hits / n:.3f} (n={n})  candidate ceiling {ceiling / n:.3f}"
        f"  gold name anywhere in the text {anywhere / n:.3f}"
    )
    _print_shares(_shares(best, held_rows))


def _print_shares(shares: dict[float, tuple[float, float]]) -> None:
    for floor, (right, wrong) in shares.items():
        print(f"    p >= {floor:.3f}: right {right:.3f}  wrong {wrong:.3f}  unknown {1 - right - wrong:.3f}")


def _split_best(half0: list, salt: str) -> tuple[dict[int, tuple[float, str | None]], dict[int, list]]:
    """Every half-0 rendering's (confidence, best candidate) and ranked candidates, from a model fitted on the
    other fold of the split ``salt`` gives."""
    best: dict[int, tuple[float, str | None]] = {}
    ranked: dict[int, list[tuple[float, str, str, list[float]]]] = {}
    for fold in (0, 1):
        fit = _fit([r for r in half0 if _fold(r, salt) != fold])
        model = _scorer(fit)
        for r in half0:
            if _fold(r, salt) == fold:
                best[id(r)], ranked[id(r)] = _best(r[3], fit), _ranked(r[3], model)
    return best, ranked


def _split_curves(half0: list) -> tuple[dict[str, list[dict]], list[dict], list[dict]]:
    """Per renderer, the (right, wrong) shares by floor of each split's two-fold cross-validation (one curve a split
    of SPLITS); and each split's best and ranked candidates by rendering."""
    splits, ranked = zip(*(_split_best(half0, salt) for salt in SPLITS), strict=True)
    curves = {}
    for renderer in RENDERERS:
        members = [r for r in half0 if r[1] == renderer]
        curves[renderer] = [_shares([best[id(r)] for r in members], members) for best in splits]
    return curves, list(splits), list(ranked)


def _floor(curves: dict[str, list[dict[float, tuple[float, float]]]], target: float) -> float:
    """The floor rule: the lowest floor keeping wrong names at most ``target`` on every split for every renderer
    (the worst split, not the mean: sites differ, and a mean let more through on unseen ones)."""
    every = [c for split_curves in curves.values() for c in split_curves]
    return min((f for f in FLOORS if all(c[f][1] <= target for c in every)), default=FLOORS[-1])


def _cross_validate(rows: list) -> float:
    """Half 0 only: two folds by site, each scored by a model fitted on the other (right and wrong averaged over
    SPLITS, wrong also at its worst split), the floor (returned), and the error table of the first split."""
    half0 = [r for r in rows if r[0] == 0]
    curves, splits, ranked = _split_curves(half0)
    print(
        f"half 0, two-fold cross-validation by site, {len(SPLITS)} splits (where features and the floor are chosen):"
    )
    for renderer in RENDERERS:
        members = [r for r in half0 if r[1] == renderer]
        hits = sum(best[id(r)][1] == r[2] for best in splits for r in members) / len(splits) / len(members)
        print(f"  {renderer} named correctly {hits:.3f} (n={len(members)})")
        for floor in FLOORS:
            right = [c[floor][0] for c in curves[renderer]]
            wrong = [c[floor][1] for c in curves[renderer]]
            print(
                f"    p >= {floor:.3f}: right {sum(right) / len(right):.3f}  wrong {sum(wrong) / len(wrong):.3f}"
                f" (worst split {max(wrong):.3f})"
            )
    floor = _floor(curves, TARGET_WRONG)
    print(
        f"  lowest floor with wrong <= {TARGET_WRONG} on every split and renderer (clean.outlet_min_p): {floor:.3f}"
    )
    _near_misses(half0, splits[0], floor)
    _error_table(half0, ranked[0])
    return floor


def _floor_check(rows: list) -> None:
    """Whether the floor rule holds on sites it did not see, inside half 0: for three two-fold splits by site, the
    floor chosen (as _cross_validate) on one side, the model fitted on that side, wrong and right scored on the
    other; printed per split, side and renderer."""
    half0 = [r for r in rows if r[0] == 0]
    scored: dict[float, list[tuple[float, float, float]]] = {0.10: [], 0.08: [], TARGET_WRONG: []}
    print("floor check (half 0 by site: floor chosen on one side of a split, scored on the other):")
    for salt in ("o1", "o2", "o3"):
        for fold in (0, 1):
            train = [r for r in half0 if _fold(r, salt) != fold]
            curves = _split_curves(train)[0]
            fit = _fit(train)
            for renderer in RENDERERS:
                held = [r for r in half0 if _fold(r, salt) == fold and r[1] == renderer]
                shares = _shares([_best(r[3], fit) for r in held], held)
                line = []
                for target, out in scored.items():
                    floor = _floor(curves, target)
                    out.append((floor, *shares[floor]))
                    line.append(
                        f"target {target:.2f}: floor {floor:.3f} right {shares[floor][0]:.3f} wrong {shares[floor][1]:.3f}"
                    )
                print(f"  split {salt} side {fold} {renderer:10s} (n={len(held)})  " + "  ".join(line))
    for target, out in scored.items():
        wrong = [w for _, _, w in out]
        print(
            f"  target {target:.2f}: floors {min(f for f, _, _ in out):.3f}-{max(f for f, _, _ in out):.3f}"
            f"  right mean {sum(r for _, r, _ in out) / len(out):.3f}  wrong mean {sum(wrong) / len(wrong):.3f}"
            f"  max {max(wrong):.3f}{_over_bound(wrong)}"
        )


def _over_bound(wrong: list[float]) -> str:
    """A mark when the worst held-out side of --floor-check lets more wrong names through than HELD_WRONG_MAX: the
    target that gave it is too loose for a new half of pages (v15 at 0.08: max 0.104, half 1 0.096/0.100)."""
    return f"  (over {HELD_WRONG_MAX})" if max(wrong) > HELD_WRONG_MAX else ""


def _near_misses(rows: list, best: dict[int, tuple[float, str | None]], floor: float) -> None:
    """The wrong names at the floor where one key holds the other ("bbc" for og:site_name "BBC News", "reuters"
    for "U.S."): mostly the same outlet written another way, or a section given as the site name; and those that are
    the name of the page's web address ("bbc" on bbc.co.uk: eval/textpages.py's outlet_or_host counts them right).
    Printed so the strict measure's wrong share can be read; the measure itself is unchanged."""
    for renderer in RENDERERS:
        members = [r for r in rows if r[1] == renderer]
        wrong = [
            (key, r[2], r[6])
            for r in members
            for p, key in (best[id(r)],)
            if key and p >= floor and key != r[2]
        ]
        near = [(key, gold) for key, gold, _ in wrong if key in gold or gold in key]
        examples = ", ".join(f"{key}~{gold}" for key, gold in near[:8])
        host = sum(key == page_host for key, _, page_host in wrong)
        print(
            f"  {renderer} wrong at {floor:.2f}: {len(wrong) / len(members):.3f}, of which one name holds the other"
            f" {len(near) / len(members):.3f} ({examples}), the page's web address names it"
            f" {host / len(members):.3f}"
        )


def _error_class(row: tuple, ranked: list[tuple[float, str, str, list[float]]]) -> str:
    if ranked and ranked[0][1] == row[2]:
        return "gold named"
    if not row[4]:
        return "gold absent from the text"
    if any(key == row[2] for _, key, *_ in ranked):
        return "gold a candidate, ranked below another"
    return "gold not a candidate"


def _winner_kind(name: str, key: str, gold: str, features: list[float]) -> str:
    """What beat the gold name (first class that fits): a domain, a form of the gold name (a word of it, "BBC" of
    "BBC News", or a longer name holding it, "CNN Politics"), a name from a copyright line (the parent company, the
    author, the notice), a company's or publisher's name, a person ("By Phil Helsel": two or three capitalised
    words opening with a census first name), a generic word (one word that also runs lower-case in the text:
    "News", "Local"), else one word ("Tucson", "Gannett") or several."""
    value = dict(zip(outlet.FEATURES, features, strict=True))
    words = name.removeprefix("By ").split()
    if value["is_host"]:
        return "domain"
    if key in gold or gold in key:
        return "a word of the gold name" if key in gold else "holds the gold name"
    if value["holds_mark"] or (value["in_copyright_line"] and value["kind_copyright"]):
        return "copyright line's name"
    if value["company"] or value["corporate"]:
        return "company/publisher"
    if 2 <= len(words) <= 3 and all(w.istitle() for w in words) and first_name_gender(words[0]):
        return "person"
    if len(words) == 1:
        return "generic word" if value["log_lower_mentions"] else "one word"
    return "several words"


def _error_table(half0: list, ranked: dict[int, list[tuple[float, str, str, list[float]]]]) -> None:
    """Every half-0 rendering in one class (best candidate, no floor), with examples (gold key: the best three
    candidates and their logits) and, for the errors, where the gold name's first line stands."""
    classes: dict[str, list[tuple]] = {}
    for r in half0:
        classes.setdefault(_error_class(r, ranked[id(r)]), []).append(r)
    print(f"  error table (half 0, both renderers, n={len(half0)}):")
    for name, members in sorted(classes.items(), key=lambda item: -len(item[1])):
        print(f"    {name:40s} {len(members):4d}  {len(members) / len(half0):.3f}")
        if name != "gold named":
            places = Counter(r[5] for r in members)
            print("      first line: " + ", ".join(f"{place} {n}" for place, n in places.most_common()))
        if name == "gold a candidate, ranked below another":
            winners = ((ranked[id(r)][0], r[2]) for r in members)  # (logit, key, name, features), gold
            kinds = Counter(_winner_kind(won, key, gold, f) for (_, key, won, f), gold in winners)
            print("      the winner: " + ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()))
        for r in members[:: max(1, len(members) // 6)][:6]:
            top = ", ".join(f"{n!r} {logit:+.1f}" for logit, _, n, _ in ranked[id(r)][:3])
            print(f"      {r[2]}: {top}")


def main() -> int:
    rows = _rows()
    if "--floor-check" in sys.argv:
        _floor_check(rows)
        return 0
    floor = _cross_validate(rows)
    fits = {h: _fit([r for r in rows if r[0] == h]) for h in (0, 1)}
    for fitted, held in ((0, 1), (1, 0)):
        print(f"fit on half {fitted}, held-out half {held}:")
        best = {id(r): _best(r[3], fits[fitted]) for r in rows if r[0] == held}
        for renderer in RENDERERS:
            held_rows = [r for r in rows if r[0] == held and r[1] == renderer]
            _curve(f"{renderer:10s}", [best[id(r)] for r in held_rows], held_rows)
        _near_misses([r for r in rows if r[0] == held], best, floor)
    if "--no-write" not in sys.argv:
        MODEL.write_text(json.dumps(fits[0], indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.name} (fitted on half 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
