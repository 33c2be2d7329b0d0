"""Things outlets agree did not happen: "no one was hurt", "the gun has not been recovered" and "terms were not
disclosed" are news facts several outlets state in their own words, and a briefing lists them as ``negation``
agreements. Five common forms only ("the police have no suspects" and "the price was not given" added one gold
agreement each on the fitting half of eval/claims.py and no false one) (a negated event of analysis/events.py rarely lines up across outlets: on
the fitting half 1 of 7 negated events two outlets share was a gold fact; "not recovered" added one gold
agreement there and no false one); quoted words are a speaker's, not the outlet's, and are left out.
"No one was hurt" is no agreement when another outlet writes a figure of that harm ("two drivers suffered minor
injuries", "one man was taken to hospital"): the slot's verdict is its worst pair's (eval/claims/PROTOCOL.md), and
listing the denial as agreed hides the dissent (eval/claims.py --kinds11: 2 false agreements gone). Such a denial
is a conflict with the figure (``negation_verdicts``) unless the figure came ``update_hours`` after every denial.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.briefing.locate import Locator, in_quotation, said
from storyline.briefing.working_set import Corpus
from storyline.lexicon.measures import OTHER_BEFORE
from storyline.model import Analysis, Claim, Conflict
from storyline.settings import BriefSettings

_HURT = "no one was hurt"

_NEGATIONS = {
    _HURT: re.compile(
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

# The harm a denial's words deny, as word stems, and the claim measures (lexicon.measures) that write a figure of
# it: "no injuries" is denied by "two were injured" or "taken to hospital", not by "three were killed".
_HARMS = {
    ("hurt", "injur", "harm", "wound", "casualt"): frozenset(("injured", "hospitalised")),
    ("kill", "death", "fatalit", "casualt"): frozenset(("dead",)),
}
# "No one else was hurt" denies further harm only: the story's own toll stands beside it.
_ELSE = re.compile(r"\b(?:else|other|more|further)\b", re.IGNORECASE)


def _harms(text: str) -> frozenset[str]:
    """The measures of the harm a "no one was hurt" match denies."""
    low = text.lower()
    return frozenset(m for stems, ms in _HARMS.items() if any(s in low for s in stems) for m in ms)


def _harm_told(
    c: Corpus, analyses: Mapping[str, Analysis], loc: Locator, found: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The figures above 0 of a harm the found denials deny that outlets denying no harm write (article, start,
    end): then the denial is disputed, no agreement. None when a denying outlet itself writes such a figure
    outside its denial's sentence: it tells two events' harm (a new aftershock's none, the weekend quake's
    hundreds injured), and another outlet's figure may be the other event's."""
    key_of = c.outlet_keys()
    deniers = {key_of.get(aid) for aid, _s, _e in found}
    denials = {loc.sentence(aid, s) for aid, s, _e in found}
    body = {a.id: a.body for a in c.articles}
    texts = [body[aid][s:e] for aid, s, e in found]
    if any(_ELSE.search(t) for t in texts):
        return []
    harms = frozenset().union(*(_harms(t) for t in texts))
    told = [
        (aid, slot)
        for aid, an in analyses.items()
        if aid in key_of
        for slot in an.claims
        if slot.kind == "count"
        and slot.measure in harms
        and not slot.implied
        and not slot.earlier
        and not in_quotation(an, slot.start)
        and _positive(slot.value)
    ]
    if any(key_of[aid] in deniers and loc.sentence(aid, slot.start) not in denials for aid, slot in told):
        return []
    return [(aid, slot.start, slot.end) for aid, slot in told if key_of[aid] not in deniers]


def _positive(value: str) -> bool:
    """Whether a count slot's value is a figure above 0: "no one was hurt" is not disputed by a zero, and a
    worded value ("dozens") says no figure."""
    try:
        return float(value) > 0
    except ValueError:
        return False


def negation_verdicts(
    c: Corpus, analyses: Mapping[str, Analysis], settings: BriefSettings
) -> tuple[list[Claim], list[Conflict]]:
    """(agreements, conflicts) of the negation forms, each form read once: one agreement per form that 2+
    independent outlets state outside quotations; "no one was hurt" so stated against another outlet's own figure
    of that harm ("one man was taken to hospital") is no agreement but a conflict, unless every denial was
    published ``update_hours`` or more before the first such figure (the news moved on: no outlet still denies
    once the harm was reported)."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    agreed, disputed = [], []
    for pattern in _NEGATIONS.values():
        found = _stated(c, analyses, loc, pattern)
        if len({key_of.get(aid) for aid, _s, _e in found}) < 2:
            continue
        told = _harm_told(c, analyses, loc, found) if pattern is _NEGATIONS[_HURT] else []
        if not told:
            agreed.append(loc.claim(found, "negation"))
        elif not moved_on(c, found, told, settings.update_hours):
            claims = (loc.claim(found, "negation"), loc.claim(told, "negation"))
            disputed.append(
                Conflict("negation: whether anyone was hurt", claims, kind="negation", statement=said(claims))
            )
    return agreed, disputed


# A denial of another event than the story's, pointed back to by a demonstrative or a contrast word right after
# it ("No one was hurt in that incident", of a flight two years before; "in the previous crash").
_OTHER_EVENT = re.compile(
    rf"\s+(?:in|during|from|at)\s+(?:that|those|the\s+(?:{'|'.join(sorted(OTHER_BEFORE))}))\b", re.IGNORECASE
)


def _stated(
    c: Corpus, analyses: Mapping[str, Analysis], loc: Locator, pattern: re.Pattern[str]
) -> list[tuple[str, int, int]]:
    """Each span of a negation form in a sentence, outside quotations and not of another event (``_OTHER_EVENT``)
    (article, start, end)."""
    found = []
    for a in c.articles:
        an = analyses.get(a.id)
        for m in pattern.finditer(a.body):
            if (
                loc.sentence(a.id, m.start()) is not None
                and not in_quotation(an, m.start())
                and not _OTHER_EVENT.match(a.body, m.end())
            ):
                found.append((a.id, m.start(), m.end()))
    return found


def moved_on(
    c: Corpus, found: list[tuple[str, int, int]], told: list[tuple[str, int, int]], hours: float
) -> bool:
    """Whether every denial was published ``hours`` or more before every figure of the harm: an update, no
    contradiction. Undated articles leave it unknown: a conflict."""
    denied = [c.by_id[aid].published for aid, _s, _e in found]
    harmed = [c.by_id[aid].published for aid, _s, _e in told]
    if None in denied or None in harmed:
        return False
    return (min(harmed) - max(denied)).total_seconds() >= hours * 3600
