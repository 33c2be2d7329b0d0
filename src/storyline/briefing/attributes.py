"""One named person's role and gender across outlets. The job or title each outlet writes next to the name
("wide receiver Dale Okafor", "Rita Moss, a spokeswoman for the hospital") is a ``role`` agreement when
2+ outlets give the same one, and a ``role`` conflict when outlets give only different ones ("Prosecutor X" /
"Assistant District Attorney X"); gendered words for the person (spokesman/spokeswoman, Mr/Mrs) that differ
between outlets are an ``attribute`` conflict, as are the he/she written of them speaking (briefing.person_gender).
The person is the resolved entity (aliases merged in analysis). The jobs are read by briefing.written_roles and
compared by briefing.role_conflicts, nationalities by briefing.nationalities.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.briefing.job_holders import holder_conflicts
from storyline.briefing.locate import Locator
from storyline.briefing.nationalities import nationality_claims
from storyline.briefing.person_gender import pronoun_genders, unnamed_gender_conflicts
from storyline.briefing.person_role import Role, worded_conflict
from storyline.briefing.role_conflicts import job_claims
from storyline.briefing.role_units import unit_conflicts
from storyline.briefing.spouse_gender import spouse_gender_conflicts
from storyline.briefing.working_set import Corpus
from storyline.briefing.written_roles import written_roles
from storyline.model import Analysis, Claim, Conflict
from storyline.settings import BriefSettings


def person_attributes(
    c: Corpus, analyses: Mapping[str, Analysis], key_names: Sequence[Claim], settings: BriefSettings
) -> tuple[list[Conflict], list[Claim]]:
    """Role and gender conflicts of everyone named by 2+ outlets (PROTOCOL.md wants every discrepancy), and role
    agreements of the story's key people only: those whose name is one of ``key_names`` (the spelling agreements
    and conflicts kept; a background person's job is background too), on a job some outlet writes as a common
    noun ("the Chargers receiver", "a spokesman for"): a title only ever capitalised before the name ("Judge X",
    "Prime Minister X", "Lt. X") is how the name is written (eval/claims.py fit half: role agreements P 0.50 ->
    0.63, 13 -> 12 of 37 found)."""
    named = {(v.article_id, v.start) for cl in key_names for v in cl.values}
    key = {
        m.entity_id
        for a in c.articles
        for m in (analyses[a.id].mentions if a.id in analyses else ())
        if m.label == "PERSON" and (a.id, m.start) in named
    }
    key_of = c.outlet_keys()
    loc = Locator(c)
    by_person: dict[str, list[Role]] = {}
    for r in [*written_roles(c, analyses), *pronoun_genders(c, loc, analyses)]:
        if key_of.get(r.article_id) is not None and loc.sentence(r.article_id, r.start) is not None:
            by_person.setdefault(r.person, []).append(r)
    conflicts, agreements = [], []
    told: set[str] = set()  # people given a gender conflict
    for person, roles in by_person.items():
        by_outlet: dict[str, list[Role]] = {}
        for r in roles:
            by_outlet.setdefault(key_of[r.article_id], []).append(r)
        if len(by_outlet) < 2:
            continue
        genders = {k: {r.gender for r in rs if r.gender} for k, rs in by_outlet.items()}
        said = {g for gs in genders.values() if len(gs) == 1 for g in gs}
        if len(said) == 2:
            told.add(person)
            sides = [r for k, rs in by_outlet.items() if len(genders[k]) == 1 for r in rs if r.gender]
            conflicts.append(worded_conflict(c, loc, sides, "attribute", "gender"))
        job_conflicts, job_agreements = job_claims(c, loc, roles, by_outlet, person in key, settings)
        conflicts += job_conflicts
        agreements += job_agreements
    nat_conflicts, nat_agreements = nationality_claims(c, loc, analyses, key, key_of)
    conflicts += unnamed_gender_conflicts(c, loc, analyses, key_of, told)
    conflicts += spouse_gender_conflicts(c, loc, analyses, key_of)
    conflicts += unit_conflicts(c, loc, analyses, key_of)
    return conflicts + nat_conflicts + holder_conflicts(
        c, loc, analyses, by_person, key_of, settings
    ), agreements + nat_agreements
