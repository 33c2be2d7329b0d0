"""Where outlets place one thing differently: "55 km south of Tarmel" in one outlet and "west of Tarmel" in
another put an epicentre (a crash, a fire) on two sides of one town, a ``place`` conflict. Bearings from the same
named place are compared, so the containment of places (a town in its country) never needs a gazetteer; a
bearing in a direct quotation is the speaker's and left out. Also a person's home town told two ways, and the
setting outlets' leads give the story's act (analyze.event_place) in two places neither holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from storyline.analyze.entities import PLACE_LABELS
from storyline.briefing.locate import Locator, in_quotation, said
from storyline.briefing.name_letters import one_letter
from storyline.briefing.working_set import Corpus
from storyline.lexicon.countries import COUNTRIES
from storyline.lexicon.dates import MONTHS, WEEKDAYS
from storyline.lexicon.folding import spell_key
from storyline.lexicon.measures import EVENT_PLACE
from storyline.model import Analysis, Citation, Claim, Conflict

_BEARING = re.compile(
    r"\b(?:(?:some|about|around)\s+)?(?:\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:\([^)]*\)\s+)?)?"
    r"(?P<dir>(?:north|south)(?:\s*-\s*)?(?:east|west)?|east|west)\s+of\s+(?:the\s+(?:town|city|village|island|capital)"
    r"\s+of\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
    re.IGNORECASE,
)


def _town(name: str) -> str:
    """The key of the place a bearing is taken from: its capitalised words, not a month or weekday after it
    ("west of Tarmel on Sunday", "of Pinecrest Jan. 4"): "north of San Jose" and "north of San Francisco" are
    bearings from two towns, not one."""
    words = [w for w in name.split() if w[0].isupper()]
    words = words[:1] + [w for w in words[1:] if spell_key(w) not in MONTHS and spell_key(w) not in WEEKDAYS]
    return " ".join(map(spell_key, words))


# "shaking residents from Alder Bay to north of Pinecrest": the far end of an extent, no place of the event.
_EXTENT = re.compile(r"\bto\s+$", re.IGNORECASE)
# What lies between a named place and the bearing that locates it ("Marlow County, located northwest of").
_LOCATES = re.compile(r"[\s,]*(?:(?:located|situated|lying)\s+)?$", re.IGNORECASE)


def _located(body: str, start: int, an: Analysis | None) -> str:
    """The named place a bearing locates when the name comes right before it ("Marlow County, located northwest
    of Dallton", "near Reedville, Texas, about 22 miles east of Dallton"), else "" (the event's own place): the
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


def _place_claim(c: Corpus, loc: Locator, aid: str, start: int, end: int) -> Claim:
    """One outlet's words placing a thing (a bearing, a home town), cited, the words themselves its value."""
    return Claim(
        c.by_id[aid].body[start:end],
        (loc.cite(aid, start, end),),
        outlet=c.outlet(aid),
        values=(Citation(aid, start, end),),
        kind="place",
    )


def bearing_conflicts(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One conflict per named place that outlets give incompatible bearings from."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    by_place: dict[str, list[tuple[str, str, int, int]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        for m in _BEARING.finditer(a.body):
            if not m.group("place")[0].isupper() or in_quotation(an, m.start()):
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
        claims = tuple(_place_claim(c, loc, aid, start, end) for aid, _d, start, end in sides)
        statement = said(claims)
        out.append(Conflict(f"place: {' / '.join(dict.fromkeys(s[1] for s in sides))}", claims, kind="place",
                            statement=statement))  # fmt: skip
    return out


# What joins a named person to the town they are from: "Simpson of Redding", "Simpson, 33, of Redding", "Kate
# Jenner, 20 and from Abermoor", and the same said with a clause or a noun of where one lives or comes from ("Laura
# Bennett, who lives in Boise", "Bennett, a resident of Tucson", ", 20, who is from"). Where one lived or was
# born ("a native of") is left out: another town than the one of today, no dispute.
_FROM = re.compile(
    r"(?:,\s*(?:\d{1,3}\s*(?:,|and)\s*)?|\s+)"
    r"(?:of|from|who\s+(?:lives\s+in|is\s+from|comes\s+from)|an?\s+resident\s+of)\s+"
)
# One place written in another: "Abermoor, West Carrick", "Pinecrest in Marlow County".
_AND_IN = re.compile(r",\s*|\s+in\s+")


# spaCy's small model tags a small town as often an organisation as a place ("of Fort Hale")
_TOWN_LABELS = PLACE_LABELS | {"ORG"}


def _places(an: Analysis | None, labels: frozenset[str] = PLACE_LABELS) -> dict[int, tuple[int, str]]:
    """An article's place mentions by start: (end, spelling key)."""
    return {m.start: (m.end, spell_key(m.text)) for m in (an.mentions if an else ()) if m.label in labels}


def places_within(c: Corpus, analyses: Mapping[str, Analysis]) -> set[tuple[str, str]]:
    """(place, the place it lies in) of every place an article writes in another ("Abermoor, West Carrick",
    "Pinecrest in Marlow County"), as spelling keys: the story's own word for which places contain which."""
    out = set()
    for a in c.articles:
        places = _places(analyses.get(a.id))
        for end, key in places.values():
            if (j := _AND_IN.match(a.body, end)) and j.end() in places:
                out.add((key, places[j.end()][1]))
    return out


def home_town_conflicts(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One person placed in two towns by two outlets ("Simpson of Fort Hale" / "Simpson, of Redding"): a
    ``place`` conflict. Two towns one article writes as one in the other ("Abermoor, West Carrick") agree, so the
    story itself says which places contain which, without a gazetteer; so do a name and a longer one holding it
    ("Carrick" / "West Carrick")."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    within = {frozenset(pair) for pair in places_within(c, analyses)}
    towns: dict[str, list[tuple[str, str, int, int]]] = {}  # person -> (article, town key, start, end)
    for a in c.articles:
        an = analyses.get(a.id)
        towns_at = _places(an, _TOWN_LABELS)
        for m in an.mentions if an else ():
            if m.label != "PERSON" or not m.entity_id or loc.sentence(a.id, m.start) is None:
                continue
            # a town takes no article: "X of the Washington Post" is X's employer
            if (f := _FROM.match(a.body, m.end)) and f.end() in towns_at and a.body[f.end()].isupper():
                if not in_quotation(an, m.start):
                    end, key = towns_at[f.end()]
                    towns.setdefault(m.entity_id, []).append((a.id, key, f.end(), end))
    out = []
    for found in towns.values():
        said = {
            k: {t for aid, t, _s, _e in found if key_of.get(aid) == k}
            for k in {key_of.get(x[0]) for x in found}
        }
        if len(said) < 2 or any(len(ts) != 1 for ts in said.values()):
            continue
        given = {next(iter(ts)) for ts in said.values()}
        if len(given) < 2 or any(
            frozenset((x, y)) in within or x in y for x in given for y in given if x != y
        ):
            continue
        claims = tuple(
            _place_claim(c, loc, aid, start, end)
            for aid, _t, start, end in sorted(found, key=lambda x: (x[0], x[2]))
        )
        statement = "; ".join(f"{cl.outlet} says of {cl.text}" for cl in claims)
        names = " / ".join(dict.fromkeys(cl.text for cl in claims))
        out.append(Conflict(f"place: {names}", claims, kind="place", statement=statement))
    return out


# A people's adjective of a one-word place name: its stem (a final vowel dropped) and an ending ("Vostria" /
# "Vostrian", "Sardova" / "Sardovan", "Chin-a" / "Chinese").
_PEOPLE_ENDINGS = r"(?:n|an|ian|ese|ish|i)"


def _peoples(c: Corpus, names: set[str]) -> set[str]:
    """The one-word places whose people the story names with an adjective ("a Vostrian crew"): a country or a
    region, which holds a town, where babel's list names no such country (an unseen or invented one)."""
    out = set()
    for name in names:
        if " " in name or len(name) < 4:
            continue
        stem = re.escape(name[:-1] if name[-1] in "aeiouy" else name)
        adjective = re.compile(rf"\b{stem}{_PEOPLE_ENDINGS}\b", re.I)
        if any(adjective.search(a.body) for a in c.articles):
            out.add(name)
    return out


# A part of a place named by its side ("eastern Westshire", "north-central Marlow"): a region of it.
_SIDE = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\b", re.IGNORECASE)


def _region(an: Analysis | None, words: str, start: int, end: int) -> bool:
    """Whether a setting names a region, not a town: a place tagged a location ("the Marlow Valley", "the Selk
    Sea") or a side of a place ("in eastern Westshire"), which may hold any town of the story, its bounds
    unknown."""
    return bool(_SIDE.search(words)) or any(
        m.label == "LOC" and start < m.start < end for m in (an.mentions if an else ())
    )


# Right before a setting's "in": a force or body acting in its own patch ("Police in Westshire seized ..."): the
# patch holds wherever it acted, so it is a region, no rival to a town another outlet names.
_PATCH = re.compile(r"\b(?:police|authorities|officials|officers|detectives|troopers|prosecutors)\s+$", re.I)


def _patch(body: str, start: int) -> bool:
    """Whether a setting starting at ``start`` (its "in") is the patch of the force or body doing the act."""
    return bool(_PATCH.search(body, max(0, start - 20), start))


def _names_other(c: Corpus, loc: Locator, s: tuple[str, str, int, int], t: tuple[str, str, int, int]) -> bool:
    """Whether the sentence of one outlet's setting names the other's place too ("raids on five addresses in
    Elmsworth and two in Tadley"): an act told in both places, no dispute over where."""
    i = loc.sentence(s[0], s[2])
    words = {spell_key(w) for w in re.findall(r"[\w'’-]+", c.sentences[i].text)} if i is not None else set()
    return set(t[1].split()) <= words


def places_agree(
    c: Corpus, pairs: set[tuple[str, str]], values: set[str], regions: set[str]
) -> Callable[[str, str], bool]:
    """Whether two place values (spelling keys, words apart) may be one place: one holds the other's words
    ("Westshire" / "Westshire province"), one letter apart, one a holder (a place the story writes another in,
    ``pairs`` of ``places_within``; a country, a region), or a pair the story writes one in the other."""
    holders = {outer for _inner, outer in pairs} | COUNTRIES | _peoples(c, values) | regions
    held = {frozenset(pair) for pair in pairs}

    def agree(x: str, y: str) -> bool:
        wx, wy, kx, ky = set(x.split()), set(y.split()), x.replace(" ", ""), y.replace(" ", "")
        return (
            wx <= wy
            or wy <= wx
            or one_letter(kx, ky)  # one place spelt two ways: briefing.spelling's
            or kx in holders
            or ky in holders
            or frozenset((kx, ky)) in held
        )

    return agree


def setting_conflicts(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One ``place`` conflict when outlets' leads set the story's act in two places neither holds
    (analyze.event_place: "a quake centred near Tarmel" / "a quake struck in Dallton"). A place the story writes
    another place in ("Tarmel, Marlow County"), a country (babel's, or one the story names a people of), a
    region (a LOC, not a GPE), or a name holding the other's words ("Westshire" / "Westshire province") holds
    the place, so a town and its county agree without a gazetteer; a name one letter off is one place spelt two
    ways."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    # outlet -> its first setting: (article, words, start, end)
    said: dict[str, tuple[str, str, int, int]] = {}
    regions = set()
    for a in c.articles:
        an = analyses.get(a.id)
        for s in an.claims if an else ():
            if s.measure == EVENT_PLACE and s.kind == "place" and not in_quotation(an, s.start):
                said.setdefault(key_of.get(a.id, a.id), (a.id, s.value, s.start, s.end))
                if _region(an, a.body[s.start : s.end], s.start, s.end) or _patch(a.body, s.start):
                    regions.add(s.value.replace(" ", ""))
                break
    agree = places_agree(c, places_within(c, analyses), {v for _a, v, _s, _e in said.values()}, regions)
    sides = sorted(
        {
            s
            for k1, s in said.items()
            for k2, t in said.items()
            if k1 != k2
            and not agree(s[1], t[1])
            and not _names_other(c, loc, s, t)
            and not _names_other(c, loc, t, s)
        }
    )
    if not sides:
        return []
    claims = tuple(_place_claim(c, loc, aid, start, end) for aid, _v, start, end in sides)
    statement = "; ".join(f"{cl.outlet} sets it {' '.join(cl.text.split())}" for cl in claims)
    topic = " / ".join(dict.fromkeys(" ".join(cl.text.split()) for cl in claims))
    return [Conflict(f"place: {topic}", claims, kind="place", statement=statement)]
