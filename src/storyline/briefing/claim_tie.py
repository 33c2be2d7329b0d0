"""The learned tie: whether two outlets' differing figures of one slot, which the rule ties of briefing.claims refuse
(their sentences unlike, the parse tying nothing), are still one fact told two ways ("3 aftershocks" / "at least four
aftershocks" in unlike sentences). The rule predicates of briefing.claim_pairs are features here, not the
decision: the same unlike sentences also hold two different things counted in one slot (two models' prices, two
quakes' distances), which must stay apart. The model (claim_tie.json) is fitted by eval/train_tie.py on the read
fit half, its floor chosen there for precision; without it no pair is added.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from storyline.briefing.claim_pairs import (
    event_words,
    headline_figures,
    kinship,
    same_thing,
    tied,
    told_with,
)
from storyline.briefing.claim_values import compatible
from storyline.briefing.figure_scope import in_series, scope, span_and_day
from storyline.briefing.placed import Placed
from storyline.briefing.working_set import LEAD_SENTENCES, Corpus
from storyline.extract.linear import LinearModel, load_linear
from storyline.lexicon.measures import MEASURES
from storyline.settings import BriefSettings

_MODEL_PATH = Path(__file__).with_name("claim_tie.json")

FEATURES = (
    "kinship",  # the two sentences' word cosine, more at one named time (claim_pairs.kinship)
    "same_time",  # both sentences name the same month, weekday or year
    "tied",  # the parse ties the two events (claim_pairs.tied)
    "event_shared",  # their events share a word beside the figures' measures
    "lead_sentences",  # both in their articles' first LEAD_SENTENCES sentences
    "headline",  # both outlets' one headline figure of the slot (claim_pairs.headline_figures)
    "told_with",  # their sentences state another figure alike (claim_pairs.told_with)
    "subject_shared",  # their subjects share a word
    "subjects_unnamed",  # neither names a subject
    "listed",  # the measure is one of lexicon.measures (a toll, a sum): a story's one such figure
    "log_ratio",  # how far apart the values are (|log| of their ratio)
    "outlets",  # outlets giving the slot
    "values",  # the most values either outlet gives of the slot (one each: one figure told two ways)
    "qualified",  # either figure is bounded or approximate ("at least", "about")
    "seconded",  # how many of the two figures a third outlet's figure agrees with (each told alike: two things)
    "spread",  # distinct lead values of the slot per outlet giving it (many: many things counted in one slot)
)

Candidate = tuple[Placed, Placed, tuple[float, ...]]


@cache
def _model() -> LinearModel | None:
    return load_linear(_MODEL_PATH, FEATURES)


def candidates(
    c: Corpus,
    by_outlet: dict[str, list[Placed]],
    ruled: list[tuple[Placed, Placed]],
    in_sentence: dict[int, list[Placed]],
    measures_in: dict[int, set[str]],
    settings: BriefSettings,
) -> list[Candidate]:
    """Each pair of two outlets' leads (their first figures) of a count, sum or share slot that the rules leave
    apart but could be one figure told two ways: incompatible, neither confirmed by any figure of the other
    outlet, the same thing (``same_thing``), of one scope and no place in a series; with its features."""
    ruled_pairs = {frozenset(p) for p in ruled}
    leads = {k: min(ps, key=lambda p: (p.sentence, p.slot.start)) for k, ps in by_outlet.items()}
    keys = list(leads)
    out, when = [], {}
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            a, b = leads[ka], leads[kb]
            if (
                frozenset((a, b)) in ruled_pairs
                or compatible(a.slot, b.slot) is not False
                or any(compatible(a.slot, y.slot) for y in by_outlet[kb])
                or any(compatible(x.slot, b.slot) for x in by_outlet[ka])
                or not same_thing(a.slot, b.slot, settings)
                or scope(c, a) != scope(c, b)
                or span_and_day(c, a, b)
                or in_series(c, a)
                or in_series(c, b)
            ):
                continue
            out.append((a, b, _features(c, a, b, by_outlet, leads, in_sentence, measures_in, when)))
    return out


def _features(
    c: Corpus,
    a: Placed,
    b: Placed,
    by_outlet: dict[str, list[Placed]],
    leads: dict[str, Placed],
    in_sentence: dict[int, list[Placed]],
    measures_in: dict[int, set[str]],
    when: dict[int, frozenset[str]],
) -> tuple[float, ...]:
    kin = kinship(c, a, b, when)
    x, y = event_words(a.slot, b.slot, measures_in[a.sentence] | measures_in[b.sentence])
    subjects = [set((p.slot.subject or "").lower().split()) for p in (a, b)]
    others = [p for k, ps in by_outlet.items() if k not in (a.outlet_key, b.outlet_key) for p in ps]
    return (
        kin,
        float(bool(when[a.sentence] & when[b.sentence])),
        float(tied(a, b, measures_in)),
        float(bool(x & y)),
        float(all(c.position[p.sentence] < LEAD_SENTENCES for p in (a, b))),
        float(headline_figures(a, b, c.position, by_outlet)),
        float(told_with(a, b, in_sentence)),
        float(bool(subjects[0] & subjects[1])),
        float(not (subjects[0] or subjects[1])),
        float(a.slot.measure in MEASURES.values()),
        _log_ratio(a, b),
        float(len(by_outlet)),
        float(max(len({q.slot.value for q in by_outlet[p.outlet_key]}) for p in (a, b))),
        float(any(p.slot.qualifier is not None for p in (a, b))),
        float(sum(any(compatible(p.slot, q.slot) for q in others) for p in (a, b))),
        len({p.slot.value for p in leads.values()}) / len(leads),
    )


def _log_ratio(a: Placed, b: Placed) -> float:
    """|log| of the two values' ratio; 0 when either is no positive number."""
    try:
        x, y = float(a.slot.value), float(b.slot.value)
    except ValueError:
        return 0.0
    return abs(math.log(x / y)) if x > 0 and y > 0 else 0.0


def learned_ties(found: list[Candidate], settings: BriefSettings) -> list[tuple[Placed, Placed]]:
    """The candidate pairs the model rates one fact at or above its floor (``claim_tie_min_probability``, else the
    floor eval/train_tie.py chose): per two outlets, their likeliest pair."""
    model = _model()
    if model is None or not found:
        return []
    floor = settings.claim_tie_min_probability
    floor = model.extra["floor"] if floor is None else floor
    best: dict[frozenset[str], tuple[float, Placed, Placed]] = {}
    for a, b, feats in found:
        p = model.probability(feats)
        key = frozenset((a.outlet_key, b.outlet_key))
        if p >= floor and p > best.get(key, (-1.0,))[0]:
            best[key] = (p, a, b)
    return [(a, b) for _p, a, b in best.values()]
