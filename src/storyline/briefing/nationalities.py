"""A named person's nationality, faith or party (spaCy's NORP) as each outlet writes it, and the ``attribute``
agreements and conflicts across outlets on it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import combinations

from storyline.briefing.locate import Locator
from storyline.briefing.person_role import TITLE_RANKS, Role, worded_conflict
from storyline.briefing.role_conflicts import role_agreement
from storyline.briefing.working_set import Corpus
from storyline.lexicon.countries import one_group
from storyline.lexicon.titles import JOB_NOUNS, written_out
from storyline.model import Analysis, Claim, Conflict

# Between a nationality and the name it describes: up to three job, rank or capitalised title words
# ("Australian actor Lena Pask", "Ukrainian heavyweight champion Ivan Drobny").
_BETWEEN = re.compile(r"\s+(?:(?:[A-Za-z][\w'’.-]*)\s+){0,3}")
_APPOSED = re.compile(r",\s+(?:an?\s+|the\s+)?")  # "Lena Pask, an Australian actor"
# A person introduced by a description holding the nationality: "an Australian tourist named Lena Pask",
# "a Vostrian man identified as Ivo Kral": the name is the description's referent. Only after "a"/"an": "Vostrian
# police named Ivo Kral" names someone police named.
_NAMING = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}(?:named|called|identified\s+as)\s+")
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)
# The nationality said of the name with a copula, an aside between allowed: "Lena Pask is an Australian",
# "Lena Pask, the driver, was a Dane".
# The rest of a compound the tagger cut at its hyphen ("Mexican" of "Mexican-American"): the word is the
# compound, whose nation is its last part (lexicon.countries.one_group).
_COMPOUND = re.compile(r"(?:-[A-Z][a-z]+)+")
_COPULA = re.compile(r"(?:,[^,.;:\"“”]{1,60},)?\s+(?:is|was)\s+(?:an?\s+)?", re.IGNORECASE)


def _nationalities(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Role]:
    """The nationality or religion (spaCy's NORP) an outlet writes beside a named person, as a ``Role`` whose
    role is the word ("australian"): before the name with only title words between or in the description that
    introduces it ("a Dutch climber named X"), opening an apposition, or after a copula ("X is a Dane")."""
    out = []
    for a in c.articles:
        an = analyses.get(a.id)
        norps = [m for m in (an.mentions if an else ()) if m.label == "NORP"]
        for m in an.mentions if an and norps else ():
            if m.label != "PERSON" or not m.entity_id:
                continue
            for n in norps:
                gap = a.body[n.end : m.start] if n.end <= m.start else a.body[m.end : n.start]
                before = n.end <= m.start and (
                    (_BETWEEN.fullmatch(gap) and _titles_only(gap))
                    or (_NAMING.fullmatch(gap) and _INDEFINITE.search(a.body, max(0, n.start - 4), n.start))
                )
                if before or (m.end <= n.start and (_APPOSED.fullmatch(gap) or _COPULA.fullmatch(gap))):
                    end = compound.end() if (compound := _COMPOUND.match(a.body, n.end)) else n.end
                    out.append(
                        Role(
                            m.entity_id,
                            a.id,
                            n.start,
                            end,
                            a.body[n.start : end].lower(),
                            None,
                            (m.start, m.end),
                        )
                    )
    return out


# Faiths and parties, which spaCy's NORP label shares with nationalities
_FAITHS_AND_PARTIES = frozenset(
    "catholic protestant christian muslim islamic jewish hindu buddhist sikh mormon evangelical orthodox sunni "
    "shia shiite methodist baptist anglican lutheran presbyterian atheist republican democrat democratic "
    "labour conservative tory liberal socialist communist nationalist green libertarian".split()
)


def _faiths_apart(by_person: Mapping[str, Mapping[str, list[Role]]]) -> list[dict[str, list[Role]]]:
    """Each person's outlet -> NORP words, split in two: the faiths and parties (``_FAITHS_AND_PARTIES``), and the
    nations; each part compared on its own."""
    out = []
    for by_outlet in by_person.values():
        for faith in (True, False):
            part = {
                k: kept for k, rs in by_outlet.items() if (kept := [r for r in rs if _faith(r.role) is faith])
            }
            if part:
                out.append(part)
    return out


def _faith(word: str) -> bool:
    """Whether a NORP word names a faith or a party, not a nation ("Catholic", "Republican")."""
    return word.lower() in _FAITHS_AND_PARTIES


def _titles_only(gap: str) -> bool:
    """Whether every word between a nationality and a name is a title: a job noun, a rank (with "former"), or
    capitalised ("Australian Prime Minister X"; not "Australian police arrested X")."""
    words = gap.split()
    return all(w[:1].isupper() or written_out(w.lower().rstrip(".")) in JOB_NOUNS or w in TITLE_RANKS
               for w in words)  # fmt: skip


def nationality_claims(
    c: Corpus, loc: Locator, analyses: Mapping[str, Analysis], key: set[str], key_of: Mapping[str, str]
) -> tuple[list[Conflict], list[Claim]]:
    """A key person's nationality: an ``attribute`` agreement on each word 2+ outlets write, a conflict when
    2+ outlets each write one word and no two the same ("Ukrainian" / "Russian"). A faith or a party (spaCy's
    NORP holds them too) is compared with faiths and parties only: "Catholic priest X" / "Irish priest X" are two
    facts of one person, no two nationalities. Words naming one group at two widths ("Scottish" / "British",
    "African-American" / "American", "European" / "French": lexicon.countries.one_group) are no conflict."""
    by_person: dict[str, dict[str, list[Role]]] = {}
    for r in _nationalities(c, analyses):
        if (
            r.person in key
            and key_of.get(r.article_id) is not None
            and loc.sentence(r.article_id, r.start) is not None
        ):
            by_person.setdefault(r.person, {}).setdefault(key_of[r.article_id], []).append(r)
    conflicts, agreements = [], []
    for by_outlet in _faiths_apart(by_person):
        words = {k: {r.role for r in rs} for k, rs in by_outlet.items()}
        shared = {w for ws in words.values() for w in ws if sum(w in o for o in words.values()) >= 2}
        for w in sorted(shared):
            agreements.append(
                replace(
                    role_agreement(c, loc, [r for rs in by_outlet.values() for r in rs if r.role == w]),
                    kind="attribute",
                )
            )
        told = [w for ws in words.values() for w in ws]
        if (
            not shared
            and len(words) >= 2
            and all(len(ws) == 1 for ws in words.values())
            and not any(one_group(a, b) for a, b in combinations(told, 2))
        ):
            conflicts.append(
                worded_conflict(
                    c, loc, [r for rs in by_outlet.values() for r in rs], "attribute", "nationality"
                )
            )
    return conflicts, agreements
