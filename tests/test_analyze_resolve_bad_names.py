"""Issue 11: names that fold to nothing ("12 Smith", "— Smith") must not crash entity resolution."""

from __future__ import annotations

from storyline.analyze import resolve_entities
from storyline.analyze.entities import PersonMerger
from storyline.model import Analysis, Article, Mention


def _article(aid: str, body: str) -> tuple[Article, Analysis]:
    names = [n for n in ("J. Smith", "12 Smith", "John Smith") if n in body]
    mentions = tuple(Mention(aid, body.index(n), body.index(n) + len(n), n, "PERSON") for n in names)
    return Article(aid, f"{aid}.txt", body), Analysis(aid, mentions=mentions)


def test_name_with_empty_first_name_does_not_crash_resolution() -> None:
    # "J. Smith" makes a cluster with a one-letter first name; "12 Smith" folds to first name "" and was
    # compared with it by first[0] (IndexError: string index out of range, the whole build died)
    pairs = [_article("a", "J. Smith said so."), _article("b", "12 Smith went home. John Smith agreed.")]
    entities, resolved = resolve_entities([a for a, _ in pairs], [an for _, an in pairs])
    ids = {m.text: m.entity_id for an in resolved for m in an.mentions}
    assert ids["J. Smith"] is not None and ids["John Smith"] is not None
    assert ids["12 Smith"] is None  # no name to resolve, and no crash
    assert any(e.name == "John Smith" for e in entities)


def test_full_name_and_find_refuse_empty_parts() -> None:
    from storyline.analyze.entities import full_name

    assert full_name(["12", "Smith"]) is None
    assert full_name(["Smith"]) is None
    assert full_name(["John", "Smith"]) == ("john", "smith")
    merger = PersonMerger(0.85, 0.75)
    merger.add_full("J. Smith", "a")
    assert merger.find("", "smith") is None
