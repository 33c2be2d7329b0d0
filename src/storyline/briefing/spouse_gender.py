"""The gender of a named person's spouse across outlets: "Ferris's widow" in one outlet and "the widower of Sam
Ferris" in another give one person two genders, since a person has one spouse. Only spouse words are read: "the
victim's mother" and "the victim's father" are two people, as a son and a daughter may be."""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.analyze.gender import MALE_NOUNS
from storyline.briefing.locate import Locator
from storyline.briefing.person_gender import two_genders
from storyline.briefing.person_role import Role, worded_conflict
from storyline.briefing.placed import QUOTED
from storyline.briefing.working_set import Corpus
from storyline.model import Analysis, Conflict

_SPOUSES = ("widower", "widow", "husband", "wife")  # the gender of each is analyze.gender's
_WORDS = "|".join(_SPOUSES)
# "Ferris's widow", "Ferris' late husband": the spouse after the name's possessive, one modifier allowed
_AFTER = re.compile(rf"['’]s?[ \t]+(?:[a-z]+[ \t]+)?(?P<word>{_WORDS})\b")
# "the widow of Sam Ferris", "the husband of Ms Ferris": the spouse before the name
_BEFORE = re.compile(rf"\b(?P<word>{_WORDS})[ \t]+of[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?$")


def spouse_gender_conflicts(
    c: Corpus, loc: Locator, analyses: Mapping[str, Analysis], key_of: Mapping[str, str | None]
) -> list[Conflict]:
    """One named person's spouse given one gender by some outlets and the other by others, each outlet giving one
    gender only; words inside quotation marks are the speaker's and are skipped."""
    by_person: dict[str, dict[str, list[Role]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        if an is None or key_of.get(a.id) is None:
            continue
        quoted = [q.span() for q in QUOTED.finditer(a.body)]
        for m in an.mentions:
            if m.label != "PERSON" or not m.entity_id:
                continue
            found = [_AFTER.match(a.body, m.end), _BEFORE.search(a.body, max(0, m.start - 30), m.start)]
            for w in (f for f in found if f is not None):
                at = w.start("word")
                if any(qs <= at < qe for qs, qe in quoted) or loc.sentence(a.id, at) is None:
                    continue
                r = Role(
                    m.entity_id,
                    a.id,
                    at,
                    w.end("word"),
                    "spouse",
                    "m" if w.group("word") in MALE_NOUNS else "f",
                    (m.start, m.end),
                )
                by_person.setdefault(m.entity_id, {}).setdefault(key_of[a.id] or "", []).append(r)
    out = []
    for by_outlet in by_person.values():
        genders = {k: {r.gender for r in rs} for k, rs in by_outlet.items()}
        if two_genders(genders):
            out.append(
                worded_conflict(c, loc, [r for rs in by_outlet.values() for r in rs], "attribute", "gender")
            )
    return out
