"""The quote speaker ranker (fictional text): the rules' speaker stands, the model names one only when the rules
found nobody and a candidate is likely enough, and the candidates are the people around the quotation."""

from __future__ import annotations

from storyline.analyze.nlp import paragraphs, parse
from storyline.analyze.per_article import _mentions
from storyline.analyze.quotes import ranker
from storyline.analyze.quotes.pronouns import Speaker, genders
from storyline.analyze.quotes.speakers import find_quotes
from storyline.extract.linear import LinearModel

# no speech verb: the rules find no speaker for the quotation
BODY = (
    "Fare freeze debated.\n\n"
    "The board met on Monday. At the hearing, the figures were handed out by transit chief Jo Ames, and the room "
    'went quiet; "We will not raise fares this year, whatever the deficit says."'
)


# "it said": the pronoun was not resolved, and a person cannot be "it"
IT_BODY = (
    "Fare row.\n\n"
    "Transit chief Jo Ames looked at the figures on Monday and shook her head.\n\n"
    '"We will not raise fares this year, whatever the deficit says," it said.'
)


def _gathered(body: str = BODY) -> tuple[list[Speaker | None], list[list[ranker.Candidate]]]:
    doc = next(iter(parse([body])))
    rules: list[Speaker | None] = []
    calls: list[list[ranker.Candidate]] = []

    def record(rule, cands):
        rules.append(rule)
        calls.append(cands())
        return rule

    mentions = _mentions("r1", body, doc)
    find_quotes("r1", body, doc, paragraphs(body), mentions, genders(doc, mentions), choose=record)
    return rules, calls


def _model(weights: dict[str, float], intercept: float = 0.0) -> LinearModel:
    n = len(ranker.FEATURES)
    coef = tuple(weights.get(name, 0.0) for name in ranker.FEATURES)
    return LinearModel(coef, intercept, (0.0,) * n, (1.0,) * n, {})


def test_candidates_are_the_people_near_a_speakerless_quote():
    rules, calls = _gathered()
    assert rules == [None]
    names = [c.speaker.text for c in calls[0]]
    assert any("Jo Ames" in n for n in names)
    assert all(len(c.features) == len(ranker.FEATURES) for c in calls[0])
    ames = next(c for c in calls[0] if "Jo Ames" in c.speaker.text)
    f = dict(zip(ranker.FEATURES, ames.features, strict=True))
    assert f["rule"] == 0.0 and f["none_by_rule"] == 1.0 and f["person"] == 1.0 and f["same_sentence"] == 1.0


def test_candidates_agree_with_an_unresolved_pronoun():
    rules, calls = _gathered(IT_BODY)
    assert rules == [None]
    assert not any("Ames" in c.speaker.text for c in calls[0])


def test_model_names_a_speaker_only_when_likely_enough():
    _, calls = _gathered()
    likes_people = _model({"person": 3.0}, intercept=-1.0)  # a person: p = 0.88; anything else 0.27
    picked = ranker.best(None, lambda: calls[0], 0.5, likes_people)
    assert picked is not None and "Jo Ames" in picked.text
    doubtful = _model({"person": 0.5}, intercept=-2.0)  # a person: p = 0.18
    assert ranker.best(None, lambda: calls[0], 0.5, doubtful) is None


def test_the_rules_speaker_stands_and_costs_no_candidates():
    rule = Speaker("Mayor Ines Talvik", 10, 27)

    def no_gathering() -> list[ranker.Candidate]:
        raise AssertionError("candidates gathered for a quote the rules attributed")

    assert ranker.best(rule, no_gathering, 0.0, _model({"person": -5.0})) is rule


def test_the_shipped_model_fits_the_features():
    assert ranker._model() is not None  # refit with eval/train_quote_speakers.py when FEATURES change
