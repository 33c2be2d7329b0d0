"""What started a fire, as outlets tell it: "the blaze is being treated as arson" / "the fire was caused by an
electrical fault" / "a discarded cigarette started the fire" (PROTOCOL.md kind ``other``: the cause). Outlets whose
causes cannot be one fire's (set / an accident, an electrical fault / a cigarette) are an ``other`` conflict; an
outlet that tells two such causes itself (a first theory and a finding, two fires) is no side, and "an accident"
agrees with the thing it is put down to. Words that deny a cause ("arson has been ruled out", "not suspicious") and
quoted words (the speaker's, not the outlet's) tell neither. On the read ECB+ halves only deliberate fires are
told (13_ecb, 14_ecbplus): no accidental cause beside them, so no conflict there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.locate import Locator, in_quotation, said, told_by_outlet
from storyline.briefing.working_set import Corpus
from storyline.model import Analysis, Conflict

_CAUSES = {
    "arson": re.compile(
        r"\barson(?:ist)?s?\b|\b(?:deliberately|intentionally|maliciously)\s+(?:set|started|lit|ignited)\b"
        r"|\b(?:set|started|lit)\s+(?:deliberately|intentionally|on purpose)\b|\bfire-?bomb(?:ed|ing)?\b",
        re.IGNORECASE,
    ),
    "electrical fault": re.compile(
        r"\belectrical\s+(?:fault|short|malfunction|failure|problem)s?\b|\bfaulty\s+(?:wiring|electrics)\b"
        r"|\bshort[- ]circuit(?:ed)?\b",
        re.IGNORECASE,
    ),
    "accident": re.compile(
        r"\baccidental\s+(?:fire|blaze|cause)|\b(?:started|caused|set)\s+accidentally\b"
        r"|\baccidentally\s+(?:started|caused|set)\b|\b(?:was|is|been)\s+(?:an\s+)?accident(?:al)?\b",
        re.IGNORECASE,
    ),
    # the things an accidental fire is most often put down to, read only beside a word of causing (``_CAUSING``)
    "cigarette": re.compile(r"\bcigarettes?\b|\bsmoking\s+materials?\b", re.IGNORECASE),
    "candle": re.compile(r"\bcandles?\b", re.IGNORECASE),
    "heater": re.compile(r"\bheaters?\b", re.IGNORECASE),
    "cooking": re.compile(r"\bcooking\b|\bchip\s+pan\b", re.IGNORECASE),
    "lightning": re.compile(r"\blightning\b", re.IGNORECASE),
}
# Causes any fire's report may name in passing ("a cigarette lighter", "lightning lit the sky") unless a word of
# causing stands in the same sentence; "started" before where or when it started ("the blaze started in a candle
# shop") says no cause.
_NEEDS_CAUSING = frozenset(("cigarette", "candle", "heater", "cooking", "lightning"))
_CAUSING = re.compile(
    r"\b(?:caus\w*|start\w*\b(?!\s+(?:in|at|on|inside|near|around|outside|shortly|just|about|after|before)\b)"
    r"|spark\w*|blam\w*|ignit\w*|due\s+to|because\s+of|traced\s+to)\b",
    re.I,
)
# A denial in the words just before a cause: "no sign of arson", "ruled out arson", "not accidental".
_DENIED = re.compile(
    r"\b(?:no|not|never|nor|ruled?\s+out|rules\s+out|without|rather\s+than)\b[^.;]{0,25}$", re.I
)
_DENYING_AFTER = re.compile(r"^[^.;]{0,30}\b(?:ruled\s+out|been\s+excluded|not\s+suspected)\b", re.IGNORECASE)
# A sentence set in another time tells another fire: "an arson fire destroyed the store in February 2003".
_EARLIER = re.compile(
    r"\bin\s+(?:\w+,?\s+)?(?:19|20)\d\d\b|\b(?:ago|earlier|previous|last\s+year|another\s+fire)\b", re.I
)
# A sentence about a fire, not about shots ("opened fire", "returned fire", "ceasefire").
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
            if (
                not _FIRE.search(sentence.text)
                or cause in _NEEDS_CAUSING
                and not _CAUSING.search(sentence.text)
            ):
                continue
            out.setdefault(cause, []).append((m.start(), m.end()))
    return out


def fire_causes(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One conflict when outlets tell causes that cannot be one fire's, each outlet's own causes being one."""
    loc = Locator(c)
    told = told_by_outlet(c, analyses, loc, _causes)  # outlet -> cause -> spans
    sides = {k: set(v) for k, v in told.items() if _one_cause(set(v))}
    apart = sorted({k for k in sides for j in sides if not _one_cause(sides[k] | sides[j])})
    if not apart:
        return []
    claims = tuple(
        loc.claim([s for cause in sorted(sides[k]) for s in told[k][cause]], "other") for k in apart
    )
    statement = said(claims)
    causes = " / ".join(sorted({cause for k in apart for cause in sides[k]}))
    return [Conflict(f"other: cause of the fire ({causes})", claims, kind="other", statement=statement)]


def _one_cause(causes: set[str]) -> bool:
    """Whether causes can all be one fire's: one cause, or an accident and the thing it is put down to ("an
    accidental fire" / "a discarded cigarette"); a fire set and an accident, or two things, are two versions."""
    return len(causes - {"accident"}) <= 1 and not ("arson" in causes and len(causes) > 1)
