"""One job given to two different people by outlets that each name only their own holder: one referent under
two names ("general manager R.J. Moss" / "general manager R.J. Butler"), a ``spelling`` conflict read off the
roles briefing.attributes gathered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from storyline.analyze.entities import person_parts, similar
from storyline.briefing.locate import Locator
from storyline.briefing.name_letters import related
from storyline.briefing.person_role import Role
from storyline.briefing.working_set import Corpus
from storyline.lexicon.folding import spell_key
from storyline.model import Analysis, Citation, Claim, Conflict
from storyline.settings import BriefSettings


def holder_conflicts(
    c: Corpus,
    loc: Locator,
    analyses: Mapping[str, Analysis],
    by_person: Mapping[str, Sequence[Role]],
    key_of: Mapping[str, str],
    settings: BriefSettings,
) -> list[Conflict]:
    """Outlets that give one job to two different people, each outlet naming only its own holder ("general
    manager R.J. Moss" / "general manager R.J. Butler"): one referent under two names, a ``spelling`` conflict
    (PROTOCOL.md: two different names for one referent). A surname spelt two ways is briefing.spelling's
    conflict, not a second one here."""
    named: dict[str, set[str]] = {}  # outlet -> people its articles name
    for a in c.articles:
        an = analyses.get(a.id)
        people = {m.entity_id for m in (an.mentions if an else ()) if m.label == "PERSON" and m.entity_id}
        named.setdefault(key_of.get(a.id, ""), set()).update(people)
    holders: dict[str, dict[str, set[str]]] = {}  # job -> outlet -> people given it
    for person, roles in by_person.items():
        for r in roles:
            if r.role:
                holders.setdefault(r.job, {}).setdefault(key_of[r.article_id], set()).add(person)
    out = []
    for job, by_outlet in holders.items():
        people = {p for ps in by_outlet.values() for p in ps}
        if len(people) != 2 or any(len(ps) != 1 or named[k] >= people for k, ps in by_outlet.items()):
            continue
        sides = sorted(
            (r for p in people for r in by_person[p] if r.job == job), key=lambda r: (r.article_id, r.start)
        )
        if not _surname_swapped({r.person: _name_words(c, r) for r in sides}.values(), settings):
            continue
        by_article: dict[str, list[Role]] = {}
        for r in sides:
            by_article.setdefault(r.article_id, []).append(r)
        claims = tuple(
            Claim(
                c.by_id[aid].body[rs[0].name[0] : rs[0].name[1]],
                (loc.cite(aid, *rs[0].name),),
                outlet=c.outlet(aid),
                values=tuple(Citation(aid, *r.name) for r in rs),
                kind="spelling",
            )
            for aid, rs in by_article.items()
        )
        statement = "; ".join(f"{cl.outlet} says {job} {cl.text}" for cl in claims)
        names = " / ".join(dict.fromkeys(cl.text for cl in claims))
        out.append(Conflict(f"spelling: {names} ({job})", claims, kind="spelling", statement=statement))
    return out


def _name_words(c: Corpus, r: Role) -> tuple[str, ...]:
    return tuple(
        w for w in map(spell_key, person_parts(c.by_id[r.article_id].body[r.name[0] : r.name[1]])) if w
    )


def _surname_swapped(names: Iterable[tuple[str, ...]], settings: BriefSettings) -> bool:
    """Two full names with one first name and unrelated surnames ("R.J. Moss" / "R.J. Butler"): one person
    with a wrong surname. Other pairs are the same name written two ways (spelling's business) or two people
    (a team's two quarterbacks, a company's old and new chief executive)."""
    (a, b) = names
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or any(related(a, b, True, settings.name_similarity)):
        return False
    # "Omar al-Qadir" / "Omar el-Qadir" with one job: a surname spelt two ways (spelling's)
    if similar(a[-1], b[-1]) >= settings.context_name_similarity:
        return False
    return "".join(a[1:])[:1] != "".join(b[1:])[:1]  # "Del Ferro" / "DelFerro" is one surname
