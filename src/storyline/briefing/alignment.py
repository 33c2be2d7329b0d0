"""Whether two outlets' figures are one slot (same measure, same referent, same time): a learned decision.

The hand rules of briefing.claims (measure groups, ``_tied``, ``_same_thing``, sentence overlap) are features
of a small logistic model fitted on the ECB+ claims gold (eval/train_alignment.py: a pair of figures of one
story's two articles is positive when both value spans land in one gold slot, whatever its verdict). The value
itself is no feature: a slot in conflict holds unlike values, and the model must judge them as it judges
agreeing ones.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

from storyline.briefing import claims as rules
from storyline.briefing.locate import Locator
from storyline.briefing.working_set import Corpus
from storyline.extract.linear import LinearModel, load_linear
from storyline.lexicon.measures import MEASURES
from storyline.model import Analysis
from storyline.settings import BriefSettings

MODEL_PATH = Path(__file__).with_name("alignment.json")
_KINDS = ("count", "money", "percent", "date", "time", "duration", "attribute", "other")
_STEPS = ("lead", "align", "count", "event", "deny")  # briefing.claims.hand_rules' steps
_LEAD = 3  # an article's first sentences: where its main figures stand
FEATURES = (
    "same_measure",
    "lexicon_measure",
    "one_lexicon_measure",
    "same_unit",
    "event_shared",
    "event_overlap",
    "no_event",
    "tied",
    "same_thing",
    "other_people",
    "subject_shared",
    "entities_shared",
    "sentence_cosine",
    "same_time_named",
    "other_time_named",
    "both_lead",
    "both_first_of_kind",
    "both_first_of_measure",
    "any_qualifier",
    "same_qualifier",
    "crowded_sentence",
    "figures_of_kind",
    "same_offset",
    "one_value_each",
    "in_series",
    *(f"rule_{step}" for step in _STEPS),
    *(f"kind_{k}" for k in _KINDS),
)


class Pairing:
    """What the features of a story's figure pairs read: each sentence's named entities, times and figures."""

    def __init__(
        self,
        c: Corpus,
        analyses: Mapping[str, Analysis],
        placed: list[rules.Placed],
        rule: Callable[[str, rules.Placed, rules.Placed], bool],
    ) -> None:
        self.c = c
        self.rule = rule
        self.entities: dict[int, set[str]] = {}
        locate = Locator(c)
        for an in analyses.values():
            for m in an.mentions:
                i = locate.sentence(m.article_id, m.start) if m.entity_id else None
                if i is not None:
                    self.entities.setdefault(i, set()).add(m.entity_id)
        self.rank = {}  # sentence index -> its place in its article
        seen: Counter[str] = Counter()
        for i, s in enumerate(c.sentences):
            self.rank[i] = seen[s.article_id]
            seen[s.article_id] += 1
        self.measures_in: dict[int, set[str]] = {}
        self.per_sentence: Counter[tuple[int, str]] = Counter()
        self.per_outlet: Counter[tuple[str, str]] = Counter()
        self.values: dict[tuple[str, str, str, str], set[str]] = {}  # outlet, kind, measure, unit -> values
        first_kind: dict[tuple[str, str], rules.Placed] = {}
        first_measure: dict[tuple[str, str, str], rules.Placed] = {}
        for p in sorted(placed, key=lambda p: (p.sentence, p.slot.start)):
            self.measures_in.setdefault(p.sentence, set()).add(p.slot.measure)
            self.per_sentence[(p.sentence, p.slot.kind)] += 1
            self.per_outlet[(p.outlet_key, p.slot.kind)] += 1
            self.values.setdefault(self._slot(p), set()).add(p.slot.value)
            first_kind.setdefault((p.outlet_key, p.slot.kind), p)
            first_measure.setdefault((p.outlet_key, p.slot.kind, p.slot.measure), p)
        self.first_of_kind = set(first_kind.values())
        self.first_of_measure = set(first_measure.values())
        self.when: dict[int, frozenset[str]] = {}

    @staticmethod
    def _slot(p: rules.Placed) -> tuple[str, str, str, str]:
        return p.outlet_key, p.slot.kind, p.slot.measure, p.slot.unit

    def features(self, x: rules.Placed, y: rules.Placed, settings: BriefSettings) -> list[float]:
        a, b = x.slot, y.slot
        in_lexicon = [s.measure in MEASURES.values() for s in (a, b)]
        ex, ey = rules._event_words(a, b, self.measures_in[x.sentence] | self.measures_in[y.sentence])
        subjects = [set((s.subject or "").lower().split()) for s in (a, b)]
        sim = float(self.c.words[x.sentence] @ self.c.words[y.sentence])
        kin = rules._kinship(self.c, x, y, self.when)
        times = self.when[x.sentence], self.when[y.sentence]
        crowd = max(self.per_sentence[(p.sentence, p.slot.kind)] for p in (x, y)) - 1
        many = max(self.per_outlet[(p.outlet_key, p.slot.kind)] for p in (x, y))
        return [
            float(a.measure == b.measure),
            float(a.measure == b.measure and all(in_lexicon)),
            float(any(in_lexicon) and not all(in_lexicon)),
            float(a.unit == b.unit),
            float(bool(ex & ey)),
            len(ex & ey) / len(ex | ey) if ex | ey else 0.0,
            float(not (ex or ey)),
            float(rules._tied(x, y, self.measures_in)),
            float(rules._same_thing(a, b, settings)),
            float(rules._other_people(a, b)),
            float(bool(subjects[0] & subjects[1])),
            float(bool(self.entities.get(x.sentence, set()) & self.entities.get(y.sentence, set()))),
            sim,
            float(kin > sim),
            float(bool(times[0] and times[1] and not times[0] & times[1])),
            float(self.rank[x.sentence] < _LEAD and self.rank[y.sentence] < _LEAD),
            float(x in self.first_of_kind and y in self.first_of_kind),
            float(x in self.first_of_measure and y in self.first_of_measure),
            float(a.qualifier is not None or b.qualifier is not None),
            float(a.qualifier == b.qualifier),
            float(min(crowd, 3)),
            math.log(many),
            float(rules._offset(self.c, x) == rules._offset(self.c, y)),
            float(all(len(self.values[self._slot(p)]) == 1 for p in (x, y))),
            float(any(rules._in_series(self.c, p) for p in (x, y))),
            *(float(self.rule(step, x, y)) for step in _STEPS),
            *(float(a.kind == k) for k in _KINDS),
        ]


def model() -> LinearModel | None:
    """The shipped model, or None when it was fitted on other features (refit with eval/train_alignment.py)."""
    global _MODEL
    if _MODEL is False:
        _MODEL = load_linear(MODEL_PATH, FEATURES)
    return _MODEL


_MODEL: LinearModel | None | bool = False
