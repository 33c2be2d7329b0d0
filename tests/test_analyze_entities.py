"""Alias merging and role resolution on the fictional fixture corpus."""

from __future__ import annotations

from test_analyze_quotes import corpus, name_of

from storyline.analyze.entities import PersonMerger, fold


def mention_names(article_id: str, text: str) -> set[str | None]:
    return {name_of(m.entity_id) for m in corpus()[2][article_id].mentions if m.text == text}


def test_transliteration_variants_are_one_entity() -> None:
    (volkonov,) = [e for e in corpus()[1] if e.name in ("Dmitry Volkonov", "Dmitri Volkonov")]
    assert set(volkonov.aliases) == {"Dmitry Volkonov", "Dmitri Volkonov"}


def test_surname_and_honorific_join_full_name() -> None:
    assert mention_names("ga2", "Kellings") == {"Marta Kellings"}  # "Ms Kellings"
    assert mention_names("ga5", "Bennet") == {"Alun Bennet"}  # missed by NER, found by surname


def test_shared_first_name_with_different_surname_never_merges() -> None:
    names = {e.name for e in corpus()[1] if e.type == "person"}
    assert {"Marta Kellings", "Marta Ruiz"} <= names


def test_bare_first_name_only_when_unambiguous() -> None:
    merger = PersonMerger(0.85, 0.75)
    merger.add_full("Marta Kellings", "a")
    merger.add_full("Marta Ruiz", "a")
    merger.add_full("Boris Hale", "b")
    assert merger.match_single("Marta", "a") is None
    assert merger.match_single("Boris", "b") == 2
    assert merger.match_single("Hale", "a") == 2  # unique in the corpus


def test_fold_handles_transliteration() -> None:
    assert fold("Iurii") == fold("Yuri") or fold("Yuriy")[:3] == fold("Iurii")[:3]
    merger = PersonMerger(0.85, 0.75)
    merger.add_full("Yuri Petrov", "a")
    merger.add_full("Iurii Petrov", "b")
    merger.add_full("Anna Petrova", "b")
    assert len(merger.clusters) == 2


def test_role_resolves_to_apposition_holder_by_date() -> None:
    _, _, analyses = corpus()
    ga2_roles = [m for m in analyses["ga2"].mentions if m.label == "ROLE"]
    assert ga2_roles and all(name_of(m.entity_id) == "Marta Kellings" for m in ga2_roles)
    ga5_roles = [m for m in analyses["ga5"].mentions if m.label == "ROLE"]
    assert [name_of(m.entity_id) for m in ga5_roles] == ["Alun Bennet"]  # same role, later holder


def test_generic_role_phrase_is_not_a_mention() -> None:
    texts = [m.text for m in corpus()[2]["ga1"].mentions if m.label == "ROLE"]
    assert "the first Trade Secretary" not in " ".join(texts)
    assert all("first" not in t for t in texts)


def test_events_use_resolved_names() -> None:
    events = corpus()[2]["ga1"].events
    assert any(e.subject == "Marta Kellings" and e.verb in ("visit", "accept") for e in events)
