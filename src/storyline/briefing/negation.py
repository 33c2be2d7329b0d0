"""Things outlets agree did not happen: "no one was hurt", "the gun has not been recovered" and "terms were not
disclosed" are news facts several outlets state in their own words, and a briefing lists them as ``negation``
agreements. Five common forms only ("the police have no suspects" and "the price was not given" added one gold
agreement each on the fitting half of eval/claims.py and no false one) (a negated event of analysis/events.py rarely lines up across outlets: on
the fitting half 1 of 7 negated events two outlets share was a gold fact; "not recovered" added one gold
agreement there and no false one); quoted words are a speaker's, not the outlet's, and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.locate import Locator, in_quotation
from storyline.briefing.working_set import Corpus
from storyline.model import Analysis, Claim

_NEGATIONS = {
    "no one was hurt": re.compile(
        r"\b(?:no(?:\s*-\s*|\s+)one|nobody)\s+(?:\w+\s+){0,3}?(?:hurt|injured|harmed|wounded|killed)\b"
        r"|\bno\s+(?:(?:immediate|serious)\s+)?(?:reports?\s+of\s+)?(?:damage\s+or\s+)?(?:injuries|casualties|deaths|fatalities)\b",
        re.IGNORECASE,
    ),
    "it was not found": re.compile(
        r"\bno\s+(?:\w+\s+){0,2}?(?:has|have|had|was|were)\s+(?:yet\s+)?been\s+(?:recovered|found)\b"
        r"|\b(?:has|have|had|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:recovered|found)\b",
        re.IGNORECASE,
    ),
    "the police have no suspects": re.compile(
        r"\bno\s+(?:known\s+)?suspects?\b"
        r"|(?:\bnot|n't)\s+(?:yet\s+)?(?:have|had|identified|named)\s+(?:any\s+|a\s+)?suspects?\b",
        re.IGNORECASE,
    ),
    "the price was not given": re.compile(
        r"\b(?:price|pricing)\b[^.;]{0,40}?\b(?:is|are|was|were|has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?"
        r"(?:released|known|announced|given|disclosed|revealed)\b"
        r"|(?:\bnot|n't)\s+(?:yet\s+)?(?:give|given|reveal|revealed|announce|announced|release|released|disclose|disclosed)"
        r"\s+(?:\w+\s+){0,5}?(?:price|pricing)\b",
        re.IGNORECASE,
    ),
    "terms were not disclosed": re.compile(
        r"(?:\bnot|n't)\s+(?:yet\s+)?(?:been\s+)?(?:disclosed?|revealed?)\b|\bundisclosed\s+(?:sum|amount|price|fee)\b",
        re.IGNORECASE,
    ),
}


def negations(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Claim]:
    """One agreement per form that 2+ independent outlets state outside quotations."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    out = []
    for pattern in _NEGATIONS.values():
        found: list[tuple[str, int, int]] = []
        for a in c.articles:
            an = analyses.get(a.id)
            for m in pattern.finditer(a.body):
                if loc.sentence(a.id, m.start()) is not None and not in_quotation(an, m.start()):
                    found.append((a.id, m.start(), m.end()))
        if len({key_of.get(aid) for aid, _s, _e in found}) < 2:
            continue
        out.append(loc.claim(found, "negation"))
    return out
