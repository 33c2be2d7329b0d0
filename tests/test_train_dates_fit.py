"""eval/train_dates: CV folds by site, and the pairwise fit (deterministic, as strong an L2 as _C sets)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval import train_dates  # noqa: E402
from eval.textpages_data import Page  # noqa: E402
from storyline.extract import text_dates  # noqa: E402

_HOSTS = [f"https://www.{name}-courier.com/2021/story" for name in "abcdefghijklmnopqrst"]


def test_pages_of_one_site_share_a_fold_in_every_cut() -> None:
    first = Page("metadata", "p1", "", url="https://www.alder-courier.com/news/one")
    second = Page("metadata", "p2", "", url="https://alder-courier.com/sport/two")
    for split in train_dates._SPLITS:
        assert train_dates._fold(first, split) == train_dates._fold(second, split)


def test_each_cut_sorts_the_sites_into_other_folds() -> None:
    pages = [Page("metadata", f"id{i}", "", url=url) for i, url in enumerate(_HOSTS)]
    cuts = [[train_dates._fold(page, split) for page in pages] for split in train_dates._SPLITS]
    assert len({tuple(cut) for cut in cuts}) == len(train_dates._SPLITS)


def _row(i: int, gold_related: bool = False) -> train_dates.Row:
    """An invented page: its dateline under the byline, a related story's date and a footer's date below; the
    gold is the dateline's day, or (``gold_related``, so the calibration sees wrong picks too) the related one's."""
    published = date(2021, 3, 1 + i)
    text = (
        f"Harbour Weekly\nNew ferry timetable for the island {i}\nBy Ann Lee\n"
        f"Published {published.day} March 2021\n"
        "The council agreed the ferry will run twice an hour from the spring, a change sought for years.\n"
        f"Related: Pier repairs begin ({10 + i} January 2021)\n"
        f"Page updated {20 + i} April 2021\n"
    )
    page = Page("metadata", f"page{i}", "", url=f"https://harbour{i}.example.org/story")
    cands = text_dates.candidates(text)
    gold = date(2021, 1, 10 + i) if gold_related else published
    return train_dates.Row(page, "inscriptis", "trafilatura", gold.isoformat(), cands, None, None)


def test_the_fit_is_deterministic_and_as_strong_as_its_l2_setting(monkeypatch) -> None:
    rows = [_row(i, gold_related=i >= 6) for i in range(8)]
    fitted = train_dates._fit(rows)
    assert fitted == train_dates._fit(rows)
    monkeypatch.setattr(train_dates, "_C", 1.0)
    looser = train_dates._fit(rows)
    assert sum(w * w for w in fitted["coef"]) < sum(w * w for w in looser["coef"])


def test_a_fixed_feature_keeps_its_set_weight_and_the_rest_are_fitted() -> None:
    fitted = train_dates._fit([_row(i, gold_related=i >= 6) for i in range(8)])
    assert fitted["features"] == list(text_dates.FEATURES)
    for name, weight in train_dates.FIXED.items():
        i = fitted["features"].index(name)
        assert (fitted["coef"][i], fitted["mean"][i], fitted["scale"][i]) == (weight, 0.0, 1.0)
    fitted_weights = zip(fitted["features"], fitted["coef"], strict=True)
    assert any(w != 0.0 for name, w in fitted_weights if name not in train_dates.FIXED)
