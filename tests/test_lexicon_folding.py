"""lexicon.folding: the one accent fold that name matching, spelling keys and date words share."""

from storyline.analyze.entities import fold
from storyline.lexicon.folding import spell_key, unaccented


def test_accents_come_off_and_case_stays():
    assert unaccented("Núñez Çelik Åsa") == "Nunez Celik Asa"
    assert unaccented("plain") == "plain"


def test_name_folds_build_on_it():
    assert fold("Jürgen") == fold("Jurgen") and spell_key("Zoë-Ann") == "zoeann"
