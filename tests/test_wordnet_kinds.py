"""eval/wordnet_kinds.py keeps the sense of a word a story means: of several vehicle senses the one WordNet's tagged
corpus uses most ("cab" is a taxicab, not a horse-drawn cabriolet), and no vehicle for a word used mostly as an
adjective ("local", "limited") or for a person ("commuter"). Synthetic offsets and counts, then the shipped table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from storyline.analyze import kinds

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("wordnet_kinds", ROOT / "eval" / "wordnet_kinds.py")
assert _spec is not None and _spec.loader is not None
wordnet_kinds = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wordnet_kinds)

_ROOTS = {"cabin": None, "cabriolet": "vehicle", "taxicab": "vehicle", "tank": "weapon"}


def test_of_several_root_senses_the_most_used_is_kept():
    senses = ["cabin", "cabriolet", "taxicab"]
    assert wordnet_kinds.common_sense(senses, _ROOTS.get, {"taxicab": 5, "cabin": 4}) == "taxicab"
    assert wordnet_kinds.common_sense(senses, _ROOTS.get, {}) == "cabriolet"  # the first of equals


def test_a_first_sense_under_a_root_is_kept_and_a_lone_root_sense_is_not():
    assert wordnet_kinds.common_sense(["tank", "cabin"], _ROOTS.get, {"cabin": 9}) == "tank"
    assert wordnet_kinds.common_sense(["cabin", "cabin", "taxicab"], _ROOTS.get, {}) is None


def test_adjective_and_person_words_name_no_vehicle():
    uses = {
        "nearby": {"n": 1, "a": 30, "person": 0},
        "rider": {"n": 6, "a": 0, "person": 2},
        "lorry": {"n": 4, "a": 0, "person": 0},
    }
    assert wordnet_kinds.no_vehicle_noun("nearby", uses)
    assert wordnet_kinds.no_vehicle_noun("rider", uses)
    assert not wordnet_kinds.no_vehicle_noun("lorry", uses)
    assert not wordnet_kinds.no_vehicle_noun("untagged", uses)


def test_the_shipped_table_reads_a_cab_as_a_taxi_and_no_adjective_as_a_vehicle():
    lemmas = kinds.table()["lemmas"]
    assert lemmas["cab"] == lemmas["taxi"]
    assert lemmas["tram"] == lemmas["streetcar"]
    assert not {"local", "limited", "commuter"} & lemmas.keys()
    assert kinds.root(lemmas["train"]) == "vehicle"
