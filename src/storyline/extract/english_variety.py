"""Whether a page's English is spelled the British way ("organisers", "colour", "centre") or the American way:
outside the United States slash dates are day first, so a page's spelling settles 11/02/2025 when nothing else on
the page does. The spelling pairs are breame's (British and American English spelling lists)."""

from __future__ import annotations

import re
from functools import lru_cache

from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

# Words written in lower case: a capitalised one may be a name ("the Louvre", "Centre Pompidou"), spelled as its
# owner spells it wherever the page is from.
_WORD = re.compile(r"(?<![A-Za-z])[a-z]+")


@lru_cache(maxsize=1)
def _spellings() -> tuple[frozenset[str], frozenset[str]]:
    """(British-only spellings, American-only spellings): words both varieties write alike are in neither."""
    british, american = frozenset(BRITISH_ENGLISH_SPELLINGS), frozenset(AMERICAN_ENGLISH_SPELLINGS)
    return british - american, american - british


def british_spelled(text: str) -> bool:
    """More British-only than American-only spellings in ``text``, at least two of them."""
    british, american = _spellings()
    words = _WORD.findall(text)
    brit = sum(w in british for w in words)
    return brit >= 2 and brit > sum(w in american for w in words)
