"""Whether a fire was set or an accident, as outlets tell it: "the blaze is being treated as arson" / "the fire was
caused by an electrical fault" (PROTOCOL.md kind ``other``: the cause). An outlet that tells only one of the two
causes against another that tells only the other is an ``other`` conflict; one that tells both (a first theory
and a finding, two fires) is no side. Words that deny a cause ("arson has been ruled out", "not suspicious") and
quoted words (the speaker's, not the outlet's) tell neither. On the read ECB+ halves only deliberate fires are
told (13_ecb, 14_ecbplus): no accidental cause beside them, so no conflict there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.locate import Locator, in_quotation
from storyline.briefing.working_set import Corpus
from storyline.model import Analysis, Conflict

_CAUSES = {
    "arson": re.compile(
        r"\barson(?:ist)?s?\b|\b(?:deliberately|intentionally|maliciously)\s+(?:set|started|lit|ignited)\b"
        r"|\b(?:set|started|lit)\s+(?:deliberately|intentionally|on purpose)\b|\bfire-?bomb(?:ed|ing)?\b",
        re.IGNORECASE,
    ),
    "accident": re.compile(
        r"\belectrical\s+(?:fault|short|malfunction|failure|problem)s?\b|\bfaulty\s+(?:wiring|electrics|appliance)"
        r"|\bshort[- ]circuit(?:ed)?\b|\baccidental\s+(?:fire|blaze|cause)|\b(?:started|caused|set)\s+accidentally\b"
        r"|\baccidentally\s+(?:started|caused|set)\b|\b(?:was|is|been)\s+(?:an\s+)?accident(?:al)?\b",
        re.IGNORECASE,
    ),
}
# A denial in the words just before a cause: "no sign of arson", "ruled out arson", "not accidental".
_DENIED = re.compile(
    r"\b(?:no|not|never|nor|ruled?\s+out|rules\s+out|without|rather\s+than)\b[^.;]{0,25}$", re.I
)
_DENYING_AFTER = re.compile(r"^[^.;]{0,30}\b(?:ruled\s+out|been\s+excluded|not\s+suspected)\b", re.IGNORECASE)
# A sentence about a fire, not about shots ("opened fire", "returned fire", "ceasefire").
# A sentence set in another time tells another fire: "an arson fire destroyed the store in February 2003".
_EARLIER = re.compile(
    r"\bin\s+(?:\w+,?\s+)?(?:19|20)\d\d\b|\b(?:ago|earlier|previous|last\s+year|another\s+fire)\b", re.I
)
_FIRE = re.compile(
    r"(?<!opened )(?<!open )(?<!returned )\b(?:fire|blaze|flames|burn(?:ed|t|ing)?|inferno)\b", re.I
)


def _causes(
    body: str, an: Analysis | None, loc: Locator, article_id: str
) -> dict[str, list[tuple[int, int]]]:
    """Each cause an article tells in its own words, with its spans."""
    out: dict[str, list[tuple[int, int]]] = {}
    for cause, pattern in _CAUSES.items():
        for m in pattern.finditer(body):
            i = loc.sentence(article_id, m.start())
            if i is None or in_quotation(an, m.start()):
                continue
            sentence = loc.c.sentences[i]
            before, after = body[sentence.start : m.start()], body[m.end() : sentence.end]
            if _DENIED.search(before) or _DENYING_AFTER.search(after) or _EARLIER.search(sentence.text):
                continue
            if not _FIRE.search(sentence.text):
                continue
            out.setdefault(cause, []).append((m.start(), m.end()))
    return out


def fire_causes(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One conflict when some outlets tell only that the fire was set and others only that it was an accident."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    told: dict[str, dict[str, list[tuple[str, int, int]]]] = {}  # outlet -> cause -> spans
    for a in c.articles:
        if a.id not in key_of:
            continue
        for cause, spans in _causes(a.body, analyses.get(a.id), loc, a.id).items():
            told.setdefault(key_of[a.id], {}).setdefault(cause, []).extend((a.id, s, e) for s, e in spans)
    sides = {k: next(iter(v)) for k, v in told.items() if len(v) == 1}
    if len(set(sides.values())) < 2:
        return []
    claims = tuple(
        loc.claim(told[k][cause], "other") for cause in _CAUSES for k in sorted(sides) if sides[k] == cause
    )
    statement = "; ".join(f"{cl.outlet} says {' '.join(cl.text.split())}" for cl in claims)
    return [
        Conflict("other: cause of the fire (arson / accident)", claims, kind="other", statement=statement)
    ]
