"""Countries and world regions by their English names (CLDR through babel), as spelling keys: names of the
world at large, no one story's."""

from __future__ import annotations

import re

from babel import Locale

from storyline.lexicon.folding import spell_key

COUNTRIES = frozenset(map(spell_key, Locale("en").territories.values()))

# A nationality, faith or party word (spaCy's NORP, lower case) written as a noun or another word for one group
# ("Scot", "Scotsman" for "Scottish"; "Democrat" for "Democratic"): the one word both are compared as.
_FORMS = {
    "scottish": "scot scots scotsman scotswoman",
    "english": "englishman englishwoman",
    "welsh": "welshman welshwoman",
    "irish": "irishman irishwoman",
    "british": "briton britons brit",
    "french": "frenchman frenchwoman",
    "dutch": "dutchman dutchwoman",
    "spanish": "spaniard",
    "danish": "dane",
    "swedish": "swede",
    "finnish": "finn",
    "polish": "pole",
    "turkish": "turk",
    "muslim": "islamic moslem",
    "shia": "shiite",
    "democratic": "democrat",
    "conservative": "tory",
}
FORMS = {form: word for word, forms in _FORMS.items() for form in forms.split()}
# A nationality, faith or party word and the wider group it is always part of: a nation of a union ("Scottish" is
# British), a people or region of a state ("Catalan" is Spanish, "Texan" American), a branch of a faith ("Catholic"
# is Christian). Outlets name a person's group at either width, so the two words are one fact, no dispute (ECB+
# 23_ecbplus: "Englishman" / "British" annotated compatible). Names of the world at large, no one story's.
_WITHIN = {
    "british": "english scottish welsh cornish manx",
    "spanish": "catalan basque galician andalusian",
    "french": "corsican breton alsatian",
    "belgian": "flemish walloon",
    "german": "bavarian",
    "italian": "sicilian sardinian",
    "canadian": "quebecois québécois quebecer",
    "american": "texan californian floridian alaskan hawaiian",
    "christian": "catholic protestant evangelical orthodox methodist baptist anglican lutheran presbyterian "
    "mormon episcopalian pentecostal",
    "muslim": "sunni shia",
}
WITHIN = {part: whole for whole, parts in _WITHIN.items() for part in parts.split()}
# Words naming a region or a family of peoples many nations share: a person called "European" or "Scandinavian"
# may hold any of their nations, so such a word (or a compound with one, "South Asian") is no rival to a nation's.
REGIONS = frozenset(
    "european asian african arab latin latino latina hispanic scandinavian nordic baltic balkan caribbean slavic "
    "western mideast".split()
)
_COMPASS = frozenset(
    "north south east west central northern southern eastern western southeast southwest".split()
)


def one_group(a: str, b: str) -> bool:
    """Whether two NORP words (lower case) can name one person's group at two widths: one word in two forms
    ("Scot" / "Scottish"), a part and its whole (``WITHIN``: "Scottish" / "British", "Catholic" / "Christian"), a
    region against a nation ("European" / "French", "South American" / "Peruvian"), or one word the last of the
    other's compound ("African-American" / "American"). Two nations ("Scottish" / "Welsh"), or a nation and
    another state's people ("Catalan" / "French"), stay apart."""
    if any(
        p in REGIONS or (p in _COMPASS and len(ps) > 1)
        for w in (a, b)
        for ps in [re.split(r"[\s-]+", w)]
        for p in ps
    ):
        return True
    fa, fb = FORMS.get(a, a), FORMS.get(b, b)
    if fa == fb or WITHIN.get(fa) == fb or WITHIN.get(fb) == fa:
        return True
    # a compound's nation is its last word ("Cuban-American" is American); its first is a heritage or a birthplace
    # (one country's "-born" other nation against that country's own word stays apart: ECB+ 23_ecbplus annotated
    # such a pair a conflict)
    return any(re.split(r"[\s-]+", x)[-1] == FORMS.get(y, y) != x for x, y in ((a, b), (b, a)))
