"""Alias merging and role resolution on the fictional fixture corpus."""

from __future__ import annotations

import itertools
import random
import string

from test_analyze_quotes import corpus, name_of

from storyline.analyze.entities import (
    FUZZY_SURNAME_MAX,
    PersonMerger,
    fold,
    person_parts,
    similar,
    surname_keys,
)


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
    office = [m for m in ga2_roles if "secretary" in m.text.lower()]
    assert office and all(name_of(m.entity_id) == "Marta Kellings" for m in office)
    # "a spokesman for the department" is a ROLE mention of nobody named (briefing compares its gender), not hers
    assert all(m.entity_id is None for m in ga2_roles if m not in office)
    ga5_roles = [m for m in analyses["ga5"].mentions if m.label == "ROLE"]
    assert [name_of(m.entity_id) for m in ga5_roles] == ["Alun Bennet"]  # same role, later holder


def test_generic_role_phrase_is_not_a_mention() -> None:
    texts = [m.text for m in corpus()[2]["ga1"].mentions if m.label == "ROLE"]
    assert "the first Trade Secretary" not in " ".join(texts)
    assert all("first" not in t for t in texts)


def test_events_use_resolved_names() -> None:
    events = corpus()[2]["ga1"].events
    assert any(e.subject == "Marta Kellings" and e.verb in ("visit", "accept") for e in events)


def test_surnames_close_enough_to_merge_share_a_key() -> None:
    """Every pair a merge can join (same initial, difflib ratio at the bar) shares a blocking key, at any bar;
    names are syllable words and their one-letter misspellings, so many pairs sit near the bar."""
    r = random.Random(2)
    syllables = "ka ro ven dal mir tos bel an or is ul gre fen lo vi tar".split()
    names = list({"".join(r.choice(syllables) for _ in range(r.randint(2, 5))) for _ in range(160)})
    for name in names[:100]:
        i, letter = r.randrange(len(name)), r.choice(string.ascii_lowercase)
        names += [name[:i] + name[i + 1 :], name[:i] + letter + name[i:], name[:i] + letter + name[i + 1 :]]
    names = [n for n in names if n]
    for bar in (0.75, 0.85, 0.95):
        keys = {n: surname_keys(n, bar) for n in names}
        close = [(a, b) for a, b in itertools.combinations(names, 2) if a[0] == b[0] and similar(a, b) >= bar]
        assert len(close) > 100 and all(keys[a] & keys[b] for a, b in close)


def test_a_surname_too_long_for_spelling_keys_merges_only_when_equal() -> None:
    """A 40-letter "surname" (a run-together phrase) would have about 9e8 deletion keys; it gets one key, itself,
    and merges only with the same spelling, so the keys still cover every merge."""
    long = "gutenbergvonmuellerschoenfeldhausenreich"
    assert len(long) > FUZZY_SURNAME_MAX and surname_keys(long, 0.85) == {long}
    merger = PersonMerger(0.85, 0.75, start=1)
    merger.restore("anna", long, 0)
    assert merger.find("anna", long) == 0
    assert merger.find("anna", long[:-1] + "x") is None  # ratio 0.975, yet too long to compare by spelling
    assert merger.find("anna", "smithson") is None and merger.restore("anna", "smithson") == 1
    assert merger.find("anna", "smithsen") == 1  # short surnames still merge by spelling (ratio 0.875)


def test_clusters_restored_out_of_order_are_tried_in_opening_order() -> None:
    merger = PersonMerger(0.85, 0.75, start=3)
    merger.restore("jon", "smith", 2)
    merger.restore("john", "smith", 0)
    assert merger.find("john", "smith") == 0 and merger.find("jon", "smith") == 0  # jon/john: 0.86
    assert merger.restore("anna", "berg") == 3 and [c.last for c in merger.opened(3)] == ["berg"]


def test_a_job_word_tagged_into_a_name_is_no_part_of_it() -> None:
    assert person_parts("Goalkeeper Sam Ruddy") == ["Sam", "Ruddy"]
    assert person_parts("Defender Sam Ruddy") == person_parts("Sam Ruddy")
    assert person_parts("Baker Tomlin") == ["Baker", "Tomlin"]  # two words: a given name, not a job
