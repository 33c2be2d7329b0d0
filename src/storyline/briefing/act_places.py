"""One act placed in two places by two outlets: "was jailed at Harwick Crown Court" / "was jailed at Lambury
Crown Court". PROTOCOL.md kind ``place``. The parsed events' places (analysis/events.py: a named place after
"in", "at", "near", ...) of one verb compare; places.setting_conflicts reads the story's own setting only.

A place that may hold the other (briefing.places.places_agree: a town and the county the story writes it in, a
country, one name inside the other, one letter apart) agrees. An outlet that places the verb's acts in two places
tells two acts (or one act's two places) and is no side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import NamedTuple

from storyline.briefing.events import canonical_verb
from storyline.briefing.locate import Locator, in_quotation, said, still_to_come
from storyline.briefing.places import places_agree, places_within
from storyline.briefing.working_set import Corpus
from storyline.lexicon.folding import spell_key
from storyline.model import Analysis, Conflict

# A sentence's closing stop: a title has none.
_ENDED = re.compile(r"[.!?][\"'”’)]*\s*$")


def _key(place: str) -> str:
    return " ".join(k for k in map(spell_key, place.split()) if k)


class _Place(NamedTuple):
    """Where one outlet's article names the place of an act."""

    article_id: str
    start: int
    words: str
    names: frozenset[str]  # the last words of the act's named doer and undergoer ("Tull" of "Owen Tull")


def _placed(c: Corpus, analyses: Mapping[str, Analysis]) -> dict[str, dict[str, list[_Place]]]:
    """verb -> outlet -> the places of its told acts of that verb, in the verb's sentence, outside titles."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    out: dict[str, dict[str, list[_Place]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        if an is None or a.id not in key_of:
            continue
        for e in an.events:
            at = a.body.find(e.place, e.start) if e.place else -1
            i = loc.sentence(a.id, at) if at >= 0 else None
            if i is None or i != loc.sentence(a.id, e.end - 1) or e.negated or in_quotation(an, at):
                continue
            if not _ENDED.search(c.sentences[i].text):
                continue  # a title's capitals name no kind of place ("Storm Floods Homes on Selby Island")
            if still_to_come(a.body, e.start, e.end):
                continue
            names = frozenset(w.split()[-1].lower() for w in (e.subject, e.object) if w and w[:1].isupper())
            place = _Place(a.id, at, e.place or "", names)
            out.setdefault(canonical_verb(e.verb), {}).setdefault(key_of[a.id], []).append(place)
    return out


def _one_kind(x: str, y: str) -> bool:
    """Two places named as one kind of place: one capitalised last word ("Dunmore Crown Court" / "Kelbridge Crown
    Court", "St Anne Hospital" / "Royal Hospital"), so both name the thing of the act, not a place and a region."""
    hx, hy = x.split()[-1], y.split()[-1]
    return hx[:1].isupper() and hx.casefold() == hy.casefold() and hy[:1].isupper()


def _other_names(x: str, y: str) -> bool:
    """Whether two places of one kind bear other names: their first words differ ("Harwick Magistrates' Court"
    and "Harwick Crown Court" are one town's two courts, each a step of one case)."""
    return spell_key(x.split()[0]) != spell_key(y.split()[0])


def _named_apart(c: Corpus, x: str, y: str) -> bool:
    """Whether no article names both places: a story that writes both (a corner of two streets, a case moved
    from one court to another) has both in it."""
    return not any(x in a.body and y in a.body for a in c.articles)


def _sides(
    c: Corpus, within: Callable[[], set[tuple[str, str]]], by_outlet: dict[str, list[_Place]]
) -> list[list[_Place]]:
    """The places of outlets that place one verb's acts once each, apart from another such outlet's place
    (``within``: the story's places written one in another, read once a story when first needed)."""
    ones = {k: ps for k, ps in by_outlet.items() if len({_key(p.words) for p in ps}) == 1}
    if len(ones) < 2:
        return []
    agree = places_agree(c, within(), {_key(ps[0].words) for ps in ones.values()}, set())

    def apart(ps: list[_Place], qs: list[_Place]) -> bool:
        x, y = ps[0].words, qs[0].words
        return (
            not agree(_key(x), _key(y)) and _one_kind(x, y) and _other_names(x, y) and _named_apart(c, x, y)
        ) and not _two_named(ps, qs)

    return [ps for k, ps in ones.items() if any(apart(ps, qs) for j, qs in ones.items() if j != k)]


def _two_named(ps: list[_Place], qs: list[_Place]) -> bool:
    """Whether two outlets' acts name doers or undergoers with no name in common: two acts ("Tull was arrested
    in Selby County" / "Ross was arrested in Marlow County"), not one placed twice."""
    x, y = frozenset().union(*(p.names for p in ps)), frozenset().union(*(q.names for q in qs))
    return bool(x and y and not x & y)


def act_place_conflicts(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Conflict]:
    """One ``place`` conflict per verb whose acts two outlets, each placing it once, place in two named places
    of one kind (``_one_kind``) no article names together and neither may hold."""
    loc = Locator(c)
    within = cache(lambda: places_within(c, analyses))
    out = []
    for by_outlet in _placed(c, analyses).values():
        sides = _sides(c, within, by_outlet)
        if not sides:
            continue
        claims = tuple(
            loc.claim([(p.article_id, p.start, p.start + len(p.words)) for p in ps], "place") for ps in sides
        )
        topic = " / ".join(dict.fromkeys(ps[0].words for ps in sides))
        out.append(Conflict(f"place: {topic}", claims, kind="place", statement=said(claims)))
    return out
