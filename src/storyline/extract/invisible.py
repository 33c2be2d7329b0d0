"""Invisible format characters a copied or scraped page carries, dropped before anything reads its words.

A browser shows nothing for a soft hyphen ("Schwarz\\u00adenegger"), a zero-width space, a word joiner, an
invisible operator or a stray byte-order mark, but each splits a word for the line labeller's features, the
scorers' tokens and the analysis. Zero-width (non-)joiners are kept next to a letter outside Latin: Arabic,
Indic scripts and emoji sequences need them to render. Bidirectional marks stay (they order mixed-script text).
"""

from __future__ import annotations

import re

# soft hyphen, zero-width space, word joiner and invisible operators (U+2060-2064), BOM / zero-width no-break space
_ALWAYS = "\u00ad\u200b\u2060-\u2064\ufeff"
_JOINERS = "\u200c\u200d"
_LATIN = "\x00-\u024f"  # ASCII, Latin-1 and Latin Extended-A/B: no script there joins its letters
_INVISIBLE = re.compile(f"[{_ALWAYS}]|(?<![^{_LATIN}])[{_JOINERS}](?![^{_LATIN}])")
_ANY = re.compile(f"[{_ALWAYS}{_JOINERS}]")


def visible_text(text: str) -> str:
    """``text`` without the format characters that show nothing and join nothing (see the module doc)."""
    return _INVISIBLE.sub("", text) if _ANY.search(text) else text
