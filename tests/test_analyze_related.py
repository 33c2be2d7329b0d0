"""Relatives of an undated article by shared entities, found before clustering."""

from __future__ import annotations

from storyline.analyze import related_by_entities
from storyline.model import Analysis, Mention


def _an(aid: str, *entities: str) -> Analysis:
    mentions = tuple(Mention(aid, i, i + 1, e, "PERSON", e) for i, e in enumerate(entities))
    return Analysis(aid, mentions=mentions)


def _corpus() -> dict[str, Analysis]:
    analyses = {
        "target": _an("target", "kellings", "volkonov", "ostrava", "norvalia"),
        "close": _an("close", "kellings", "volkonov", "ostrava"),
        "weaker": _an("weaker", "kellings", "norvalia"),
        "one_name": _an("one_name", "ostrava"),
    }
    # 60 unrelated articles that all name Norvalia make it ubiquitous
    analyses.update({f"n{i}": _an(f"n{i}", "norvalia", f"other{i}", f"x{i}") for i in range(60)})
    return analyses


def test_ranked_by_shared_specific_entities() -> None:
    found = related_by_entities(["target"], _corpus(), limit=5, min_shared=2, max_df_share=0.2)
    assert found["target"][0] == "close"
    assert "one_name" not in found["target"]  # one shared name is not a thread


def test_ubiquitous_entity_is_no_evidence() -> None:
    found = related_by_entities(["target"], _corpus(), limit=100, min_shared=2, max_df_share=0.2)
    # "weaker" shares kellings + norvalia, but norvalia is in 61 of 64 articles: only one specific name is left
    assert found["target"] == ["close"]
    assert not any(aid.startswith("n") for aid in found["target"])


def test_limit_and_unknown_target() -> None:
    found = related_by_entities(["target", "missing"], _corpus(), limit=1, min_shared=1, max_df_share=1.0)
    assert found == {"target": ["close"]}
