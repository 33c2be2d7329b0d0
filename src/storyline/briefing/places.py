"""Where outlets place one thing differently: "55 km south of Bireun" in one outlet and "west of Bireun" in
another put an epicentre (a crash, a fire) on two sides of one town, a ``place`` conflict. Bearings from the same
named place are compared, so the containment of places (a town in its country) never needs a gazetteer; a
bearing in a direct quotation is the speaker's and left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.analyze.entities import PLACE_LABELS
from storyline.briefing.locate import Locator
from storyline.briefing.spelling import spell_key
from storyline.briefing.working_set import Corpus
from storyline.lexicon.dates import MONTHS, WEEKDAYS
from storyline.model import Analysis, Citation, Claim, Conflict

_BEARING = re.compile(
    r"\b(?:(?:some|about|around)\s+)?(?:\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:\([^)]*\)\s+)?)?"
    r"(?P<dir>(?:north|south)(?:\s*-\s*)?(?:east|west)?|east|west)\s+of\s+(?:the\s+(?:town|city|village|island|capital)"
    r"\s+of\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
    re.IGNORECASE,
)


def _town(name: str) -> str:
    """The key of the place a bearing is taken from: its capitalised words, not a month or weekday after it
    ("west of Bireun on Sunday", "of Manokwari Jan. 4"): "north of San Jose" and "north of San Francisco" are
    bearings from two towns, not one."""
    words = [w for w in name.split() if w[0].isupper()]
    words = words[:1] + [w for w in words[1:] if spell_key(w) not in MONTHS and spell_key(w) not in WEEKDAYS]
    return " ".join(map(spell_key, words))


# "shaking residents from San Francisco to north of Sacramento": the far end of an extent, no place of the event.
_EXTENT = re.compile(r"\bto\s+$", re.IGNORECASE)
# What lies between a named place and the bearing that locates it ("Brazos County, located northwest of").
_LOCATES = re.compile(r"[\s,]*(?:(?:located|situated|lying)\s+)?$", re.IGNORECASE)


def _located(body: str, start: int, an: Analysis | None) -> str:
    """The named place a bearing locates when the name comes right before it ("Brazos County, located northwest
    of Houston", "near Baytown, Texas, about 25 miles east of Houston"), else "" (the event's own place): the
    bearings of two different places from one town are no contradiction."""
    for m in an.mentions if an else ():
        if m.label in PLACE_LABELS and m.end <= start and _LOCATES.fullmatch(body, m.end, start):
            return spell_key(m.text)
    return ""


def _direction(word: str) -> str:
    return re.sub(r"[\s-]", "", word.lower())


def _compatible(a: str, b: str) -> bool:
    """ "north-west" agrees with "west" and with "north" (a coarser bearing), not with "south"."""
    return a == b or a in b or b in a


def bearing_conflicts(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One conflict per named place that outlets give incompatible bearings from."""
    key_of = {s.article_id: k for s, k in zip(c.sentences, c.keys, strict=True)}
    loc = Locator(c)
    by_place: dict[str, list[tuple[str, str, int, int]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        quoted = [(q.start, q.end) for q in an.quotes] if an else []
        for m in _BEARING.finditer(a.body):
            if not m.group("place")[0].isupper() or any(s <= m.start() < e for s, e in quoted):
                continue
            if loc.sentence(a.id, m.start()) is None or _EXTENT.search(
                a.body, max(0, m.start() - 4), m.start()
            ):
                continue
            place = (_town(m.group("place")), _located(a.body, m.start(), an))
            by_place.setdefault(place, []).append((a.id, _direction(m.group("dir")), m.start(), m.end()))
    out = []
    for found in by_place.values():
        clash = {
            (x, y)
            for x in found
            for y in found
            if key_of.get(x[0]) != key_of.get(y[0]) and not _compatible(x[1], y[1])
        }
        if not clash:
            continue
        sides = sorted({s for pair in clash for s in pair}, key=lambda s: (s[0], s[2]))
        claims = tuple(
            Claim(
                c.by_id[aid].body[start:end],
                (loc.cite(aid, start, end),),
                outlet=c.outlet(aid),
                values=(Citation(aid, start, end),),
                kind="place",
            )
            for aid, _d, start, end in sides
        )
        statement = "; ".join(f"{cl.outlet} says {' '.join(cl.text.split())}" for cl in claims)
        out.append(Conflict(f"place: {' / '.join(dict.fromkeys(s[1] for s in sides))}", claims, kind="place",
                            statement=statement))  # fmt: skip
    return out
