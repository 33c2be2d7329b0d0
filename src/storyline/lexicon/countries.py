"""Countries and world regions by their English names (CLDR through babel), as spelling keys: names of the
world at large, no one story's."""

from __future__ import annotations

from babel import Locale

from storyline.lexicon.folding import spell_key

COUNTRIES = frozenset(map(spell_key, Locale("en").territories.values()))
