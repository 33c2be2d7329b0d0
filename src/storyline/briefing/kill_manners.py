"""How a killing was done, as outlets' leads tell it: "was shot dead" / "was stabbed to death" / "was beaten to
death" (PROTOCOL.md kind ``other``: the instrument). An outlet whose lead tells only ways of killing that another
outlet's lead does not tell at all contradicts it: an ``other`` conflict. Only the phrases that say the act killed
("shot dead", "fatally stabbed", "beaten to death"), not "shot" or "beat" alone (a wound, a game), and only in the
first ``LEAD_SENTENCES`` of each article: later sentences tell other victims and earlier crimes. Quoted words are
the speaker's, not the outlet's. On the read ECB+ halves no two outlets' leads tell different ways (16_ecbplus,
19_ecb, 33_ecbplus tell shootings alike, 32_ecb stabbings alike).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.locate import Locator, in_quotation, said, told_by_outlet
from storyline.briefing.working_set import LEAD_SENTENCES, Corpus
from storyline.model import Analysis, Conflict

_DEAD = (
    r"(?:\s+(?:\w+\s+){0,3}?(?:dead|to\s+death)\b|\s+and\s+killed\b)"  # "shot him dead", "stabbed and killed"
)
_WAYS = {
    "shot": re.compile(rf"\bfatally\s+shot\b|\bshot{_DEAD}|\bgunned\s+down\b", re.IGNORECASE),
    "stabbed": re.compile(rf"\bfatally\s+stabbed\b|\bstabbed{_DEAD}|\bknifed\s+to\s+death\b", re.IGNORECASE),
    "beaten": re.compile(
        r"\bfatally\s+beaten\b|\b(?:beaten|beat|bludgeoned|clubbed)\s+(?:\w+\s+){0,3}?to\s+death\b",
        re.IGNORECASE,
    ),
    "strangled": re.compile(r"\b(?:strangled|throttled|asphyxiated)\b", re.IGNORECASE),
}


def _ways(body: str, an: Analysis | None, loc: Locator, article_id: str) -> dict[str, list[tuple[int, int]]]:
    """Each way of killing an article's lead tells in its own words, with its spans."""
    out: dict[str, list[tuple[int, int]]] = {}
    for way, pattern in _WAYS.items():
        for m in pattern.finditer(body):
            i = loc.sentence(article_id, m.start())
            if i is None or loc.c.position[i] >= LEAD_SENTENCES or in_quotation(an, m.start()):
                continue
            out.setdefault(way, []).append((m.start(), m.end()))
    return out


def kill_manners(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One conflict when two outlets' leads tell ways of killing that share none."""
    loc = Locator(c)
    told = told_by_outlet(c, analyses, loc, _ways)  # outlet -> way -> spans
    apart = sorted({k for k in told for j in told if j != k and not set(told[k]) & set(told[j])})
    if not apart:
        return []
    claims = tuple(loc.claim([s for spans in told[k].values() for s in spans], "other") for k in apart)
    statement = said(claims)
    ways = " / ".join(dict.fromkeys(w for k in apart for w in told[k]))
    return [Conflict(f"other: how the victim was killed ({ways})", claims, kind="other", statement=statement)]
