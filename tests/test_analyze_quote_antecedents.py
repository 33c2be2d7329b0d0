"""The learned antecedent ranker for he/she/they speakers (fictional text): its candidates are the agreeing people
named before the pronoun, a model picks among them, and without a shipped model the rules' antecedent stands
without any candidate being gathered."""

from __future__ import annotations

from storyline.analyze.nlp import paragraphs, parse
from storyline.analyze.per_article import _mentions
from storyline.analyze.quotes import antecedents
from storyline.analyze.quotes.pronouns import Speaker, genders
from storyline.analyze.quotes.speakers import find_quotes
from storyline.extract.linear import LinearModel

BODY = (
    "Harbour levy vote delayed.\n\n"
    "Mayor Ines Talvik met port director Karl Brenner on Tuesday. Ms. Talvik said the levy would wait.\n\n"
    'Mr. Brenner looked at the figures. "We cannot keep waiting for the ferries," she said.'
)


def _gathered() -> tuple[list[Speaker | None], list[list[antecedents.Candidate]]]:
    doc = next(iter(parse([BODY])))
    rules: list[Speaker | None] = []
    calls: list[list[antecedents.Candidate]] = []

    def record(rule, cands):
        rules.append(rule)
        calls.append(cands())
        return rule

    mentions = _mentions("a1", BODY, doc)
    find_quotes("a1", BODY, doc, paragraphs(BODY), mentions, genders(doc, mentions), antecedent=record)
    return rules, calls


def _model(weights: dict[str, float]) -> LinearModel:
    n = len(antecedents.FEATURES)
    coef = tuple(weights.get(name, 0.0) for name in antecedents.FEATURES)
    return LinearModel(coef, 0.0, (0.0,) * n, (1.0,) * n, {})


def test_candidates_agree_with_the_pronoun():
    rules, calls = _gathered()
    assert len(calls) == 1 and rules[0] is not None and "Talvik" in rules[0].text
    names = [c.speaker.text for c in calls[0]]
    assert any("Talvik" in n for n in names)
    assert not any("Brenner" in n for n in names)  # 'she' is never Mr. Brenner
    assert all(len(c.features) == len(antecedents.FEATURES) for c in calls[0])
    rule = dict(zip(antecedents.FEATURES, calls[0][0].features, strict=True))
    assert rule["rule"] == 1.0 and rule["gender_known_agrees"] == 1.0


def test_model_picks_its_top_candidate():
    _, calls = _gathered()
    far = max(calls[0], key=lambda c: c.features[antecedents.FEATURES.index("log_distance")])
    picked = antecedents.best(None, lambda: calls[0], _model({"log_distance": 1.0}))
    assert picked is far.speaker


def test_without_a_model_the_rules_antecedent_stands_unread(monkeypatch):
    monkeypatch.setattr(antecedents, "_model", lambda: None)
    rule = Speaker("Ms. Talvik", 10, 20)

    def no_gathering() -> list[antecedents.Candidate]:
        raise AssertionError("candidates gathered without a model to rank them")

    assert antecedents.best(rule, no_gathering) is rule
