"""Which figure and role agreements are key facts: a small learned scorer over how the story tells the agreed value.

Annotators mark the KEY facts several articles agree on (eval/claims/PROTOCOL.md); most of the false agreements
briefing.claims formed were figures two outlets state alike that the annotators left out (eval/claims/ERRORS.md,
session 18). Key facts are told by many outlets, early, about what the story is about, and are the value most
outlets give of their kind. The rules' route to the agreement, the figure's measure, qualifier and magnitude, the
share of the story's outlets, the word likeness with the article's first sentence and other values of the measure
added nothing on the other read half (eval/train_agreement.py) and are left out; of the figure kinds only a time
of day is kept apart (when the event happened: the demo quake's "3.14am"). Role agreements (briefing.attributes:
half of them a quoted official's or a side figure's job the annotators left out) are rated by the same model, their
kind a feature: the subject is then the person holding the role, the top value whether that person is the story's
most named. The model (key_facts.json) is fitted by eval/train_agreement.py; without it every agreement is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from storyline.briefing.locate import Locator
from storyline.briefing.placed import Placed
from storyline.briefing.working_set import LEAD_SENTENCES, Corpus
from storyline.extract.linear import LinearModel, load_linear
from storyline.model import Analysis, Claim

_MODEL_PATH = Path(__file__).with_name("key_facts.json")

FEATURES = (
    "outlets",  # independent outlets giving the value
    "in_lead",  # share of the versions told in their article's first sentences
    "subject_in_lead",  # the figure's subject is named in some article's first sentences
    "top_value",  # the value is the story's most widely given of its kind (the event's date, its toll)
    "role",  # a role agreement (briefing.attributes): subject and top value then read the person holding it
    "clock_time",  # a time of day: when the event happened ("at 3.14am")
    "period",  # a year or month ("in 2002"): a past step of the story, or an earlier event's date
)
_NEAR = 60  # characters between a role word and the name it is the role of ("spokeswoman Ada Lind")


class StoryView:
    """What the features read off the whole story, computed once per briefing."""

    def __init__(self, c: Corpus, placed: Sequence[Placed]) -> None:
        self.position = c.position
        self.lead_words = {
            w.lower()
            for i, s in enumerate(c.sentences)
            if self.position[i] < LEAD_SENTENCES
            for w in re.findall(r"\w+", s.text)
        }
        outlets_giving: dict[tuple[str, str], set[str]] = {}
        for p in placed:
            outlets_giving.setdefault((p.slot.kind, p.slot.value), set()).add(p.outlet_key)
        self.given: dict[str, Counter] = {}  # kind -> outlets giving each value
        for (kind, value), keys in outlets_giving.items():
            self.given.setdefault(kind, Counter())[value] = len(keys)

    def features(self, reps: Sequence[Placed]) -> tuple[float, ...]:
        s = reps[0].slot
        pos = [self.position[p.sentence] for p in reps]
        subject = (s.subject or "").lower().split()
        return (
            float(len(reps)),
            sum(i < LEAD_SENTENCES for i in pos) / len(reps),
            float(bool(subject) and subject[-1] in self.lead_words),
            float(self.given[s.kind][s.value] >= max(self.given[s.kind].values())),
            0.0,
            float(s.kind == "time"),
            float(s.is_period),
        )


class RoleView:
    """What role features read off the whole story (its people, who is named most, who in a lead), computed once
    per briefing."""

    def __init__(self, c: Corpus, analyses: Mapping[str, Analysis]) -> None:
        self.loc = Locator(c)
        self.key_of = c.outlet_keys()
        self.people = {
            a: [m for m in an.mentions if m.label == "PERSON"] for a, an in analyses.items() if a in c.by_id
        }
        self.named = Counter(m.entity_id for ms in self.people.values() for m in ms)
        self.in_lead = {
            m.entity_id for a, ms in self.people.items() for m in ms if _in_lead(self.loc, a, m.start)
        }

    def features(self, role: Claim) -> tuple[float, ...]:
        """FEATURES of a role agreement: its outlets, its uses in a lead, whether the person holding it is named
        in some article's lead, and whether that person is named as often as anyone (the story's main actor)."""
        held = Counter(
            min(near, key=lambda m: abs(m.start - v.end)).entity_id
            for v in role.values
            if (
                near := [
                    m
                    for m in self.people.get(v.article_id, ())
                    if abs(m.start - v.end) < _NEAR or m.start <= v.start < m.end
                ]
            )
        )
        person = held.most_common(1)[0][0] if held else None
        return (
            float(len({self.key_of.get(v.article_id) for v in role.values})),
            sum(_in_lead(self.loc, v.article_id, v.start) for v in role.values) / len(role.values),
            float(person in self.in_lead),
            float(person is not None and self.named[person] >= max(self.named.values())),
            1.0,
            0.0,
            0.0,
        )


def _in_lead(loc: Locator, article_id: str, offset: int) -> bool:
    i = loc.sentence(article_id, offset)
    return i is not None and i - loc.index[article_id][0] < LEAD_SENTENCES


@cache
def key_model() -> LinearModel | None:
    """None without weights for these features (refit: eval/train_agreement.py)."""
    return load_linear(_MODEL_PATH, FEATURES)


def is_key(features: Sequence[float]) -> bool:
    """Whether the model rates an agreement a key fact: its probability reaches the floor chosen with it
    (every agreement is one without a model)."""
    model = key_model()
    return model is None or model.probability(features) >= model.extra["floor"]
