"""outlet_names.squash keeps exactly the letters and digits of the case-folded, accent-free text, whatever it is
written in (its ASCII signs are removed by a byte table, the rest by a regex)."""

import re

from hypothesis import given
from hypothesis import strategies as st

from storyline.extract.outlet_names import _fold, squash


def test_squash_keeps_letters_and_digits_of_any_script():
    assert squash("The Wexmoor Post — 24/7 “news”!") == "thewexmoorpost247news"
    assert squash("La Razón_Diario, Ökonomen") == "larazondiariooekonomen"
    assert squash("Новости · 2024") == "новости2024"
    # a lone surrogate passes through the byte step
    assert squash("Ünter_den Linden\ud800") == "uenterdenlinden"


@given(st.text())
def test_squash_removes_what_a_non_word_regex_removes(text: str):
    assert squash(text) == re.sub(r"[\W_]+", "", _fold(text))
