"""Scorelines and win-loss records several outlets print alike ("a 31-24 win", "the Colts (11-4)", "52-3, 46
KOs"): an ``other`` agreement per exact figure 2+ independent outlets give. Claims analysis stores no such figure
(a vote split it does store is left to it), and each one is a key fact of a game or fight report: on the ECB+
fitting half 12 of 14 shared figures were gold agreements (the other two: a record of an earlier season, a tied
score). Differing scorelines are not compared: a story has many (halftime, final, records), so two outlets' leads
are often two facts. Quoted words are a speaker's, not the outlet's, and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.locate import Locator
from storyline.briefing.working_set import Corpus
from storyline.lexicon.measures import SCORE
from storyline.model import Analysis, Claim

# Two or three numbers of up to three digits joined by hyphens or dashes; not a date, a phone number, a decimal,
# an age ("28-year-old") or a part of a longer code.
_SCORE = re.compile(r"(?<![\w.,/-])\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?![\w/-]|[.,]\d)")


def scorelines(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Claim]:
    """One agreement per scoreline or record that 2+ independent outlets write, most outlets first."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    found: dict[str, list[tuple[str, int, int]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        # a result's score line (analyze.contests) is compared by the claims and agreed on here
        held = (
            [(q.start, q.end) for q in an.quotes]
            + [(s.start, s.end) for s in an.claims if s.measure != SCORE]
            if an
            else []
        )
        for m in _SCORE.finditer(a.body):
            if loc.sentence(a.id, m.start()) is None or any(s < m.end() and m.start() < e for s, e in held):
                continue
            value = m.group().replace(" ", "").replace("–", "-")
            found.setdefault(value, []).append((a.id, m.start(), m.end()))
    out = []
    for spans in found.values():
        outlets = {key_of.get(aid) for aid, _s, _e in spans}
        if len(outlets) < 2:
            continue
        out.append((-len(outlets), loc.claim(spans, "other")))
    return [cl for _n, cl in sorted(out, key=lambda t: t[0])]
