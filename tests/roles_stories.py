"""Invented multi-outlet stories for issue 13's person and duration kinds (a title or role, a spokesperson's gender,
a duration), each told by three outlets in their own words around the sentence under test, plus must-not-conflict
traps (two people's roles, two contracts' lengths, two bodies' spokespeople). Every person, outlet and place is
invented. Shared by tests/test_brief_roles_transfer.py; ``python tests/roles_stories.py`` prints the tally."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.dedup import canonical_copies
from storyline.model import Article, Briefing, Story

# Three outlets' framing of one story: the sentence under test goes in the middle, so the articles are no copies.
_FRAMES = (
    "Work on the new Brenmoor stadium stopped again this week as the club's finances came under scrutiny.\n{}\n"
    "Supporters gathered outside the ground on Saturday to call for answers.",
    "The Brenmoor project has run into fresh trouble.\n{}\nLocal traders said the delays had hurt business along "
    "Quarry Road, where several shops have closed since the spring.",
    "Questions are mounting over the future of the Brenmoor development.\n{}\nThe council is due to discuss the "
    "scheme at a meeting later this month, a planning officer said.",
    "Brenmoor's long-delayed stadium is back in the news.\n{}\nFans' groups have asked for a public meeting before "
    "the end of the season.",
)
_OUTLETS = ("Valley Courier", "Northgate Times", "Brenmoor Echo", "Quarry Road Radio")


def brief(*sentences: str) -> Briefing:
    """The briefing of one story told by two to four outlets, each writing one of ``sentences`` in its frame."""
    t = datetime(2026, 4, 7, 9, tzinfo=UTC)
    arts = {
        f"a{i}": Article(
            f"a{i}", f"a{i}", _FRAMES[i].format(s), outlet=_OUTLETS[i], published=t + timedelta(hours=i)
        )
        for i, s in enumerate(sentences)
    }
    entities, analyses = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "s", tuple(arts))
    by_id = {an.article_id: an for an in analyses}
    return build_briefing(story, [story], arts, by_id, entities, canonical_copies(list(arts.values())))


def family(kind: str, topic: str) -> str:
    """The issue kind a conflict or update is of: 'role', 'gender', 'duration' or ''."""
    if kind == "role" or "role" in topic and topic.startswith("reports changed"):
        return "role"
    if kind == "attribute" and ("gender" in topic or "spokes" in topic):
        return "gender"
    if "duration" in kind or "duration" in topic:
        return "duration"
    return ""


def families(b: Briefing) -> list[str]:
    return [f for k in b.conflicts if (f := family(k.kind, k.topic))]


def conflict_topics(kind: str, *sentences: str) -> list[str]:
    """The topics of the conflicts of one kind ('role', 'place', 'attribute') in the sentences' briefing."""
    return [k.topic for k in brief(*sentences).conflicts if k.kind == kind]


# (family, outlets' sentences): each story must give one conflict of its family.
CONFLICTS: list[tuple[str, tuple[str, ...]]] = [
    # a title or role
    (
        "role",
        (
            "Club chairman Perry Lomax said the money would be found.",
            "Perry Lomax, the club's chief executive, said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "Deputy sports minister Hana Orrell visited the site on Monday.",
            "Sports minister Hana Orrell visited the site on Monday.",
        ),
    ),
    (
        "role",
        (
            "Gil Tarrant, a nurse at the town hospital, was hurt when a wall fell.",
            "Gil Tarrant, a doctor at the town hospital, was hurt when a wall fell.",
        ),
    ),
    (
        "role",
        ("Assistant coach Milo Vance led training on Tuesday.", "Coach Milo Vance led training on Tuesday."),
    ),
    (
        "role",
        (
            "Former club president Ida Krell called for an inquiry.",
            "Club president Ida Krell called for an inquiry.",
        ),
    ),
    (
        "role",
        (
            "Perry Lomax, who is the club's chairman, said the money would be found.",
            "Perry Lomax, the club's treasurer, said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "The club's chairman, Perry Lomax, said the money would be found.",
            "The club's chief executive, Perry Lomax, said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "Perry Lomax, chairman of the club, said the money would be found.",
            "Perry Lomax, secretary of the club, said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "Site manager Dee Okoro said the cranes would stay.",
            "Site foreman Dee Okoro said the cranes would stay.",
            "Dee Okoro, the site manager, said the cranes would stay.",
        ),
    ),
    (
        "role",
        (
            "Perry Lomax, the club's vice-chairman, said the money would be found.",
            "Perry Lomax, the club's chairman, said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "Hana Orrell, who was appointed sports minister last year, visited the site on Monday.",
            "Hana Orrell, a junior sports minister, visited the site on Monday.",
        ),
    ),
    (
        "role",
        (
            "Milo Vance, the team's assistant manager, led training on Tuesday.",
            "Team manager Milo Vance led training on Tuesday.",
        ),
    ),
    (
        "role",
        (
            "The former president, Ida Krell, called for an inquiry.",
            "The president, Ida Krell, called for an inquiry.",
        ),
    ),
    (
        "role",
        (
            "Ida Krell, a former president of the club, called for an inquiry.",
            "Club president Ida Krell called for an inquiry.",
        ),
    ),
    (
        "role",
        (
            "The club named Milo Vance as assistant coach in May. Vance led training on Tuesday.",
            "Coach Milo Vance led training on Tuesday.",
        ),
    ),
    # a spokesperson's gender
    (
        "gender",
        (
            "A spokesman for the club said the money would be found.",
            "A spokeswoman for the club said the money would be found.",
        ),
    ),
    (
        "gender",
        (
            "A club spokesman said the money would be found.",
            "The club's spokeswoman said the money would be found.",
        ),
    ),
    (
        "gender",
        (
            "The club's spokesperson said she expected the money to be found.",
            "The club's spokesperson said he expected the money to be found.",
        ),
    ),
    (
        "gender",
        (
            "Club spokeswoman Robin Hale said the money would be found.",
            "Club spokesman Robin Hale said the money would be found.",
        ),
    ),
    (
        "gender",
        (
            "Robin Hale, who speaks for the club, said she expected the money to be found.",
            "Robin Hale, a spokesman for the club, said the money would be found.",
        ),
    ),
    (
        "gender",
        (
            "A spokesman for the club said the money would be found.",
            "The club, through a spokeswoman, said the money would be found.",
        ),
    ),
    (
        "gender",
        (
            "A spokesperson for the club said the money would be found, adding that she had seen the accounts.",
            "A spokesperson for the club said the money would be found, adding that he had seen the accounts.",
        ),
    ),
    (
        "gender",
        ("A spokesman said the money would be found.", "A spokeswoman said the money would be found."),
    ),
    (
        "gender",
        (
            "Speaking for the club, a spokesman said the money would be found.",
            "The money would be found, a spokeswoman said on Tuesday.",
            "A spokesman told reporters the money would be found.",
        ),
    ),
    (
        "gender",
        (
            "The club's spokesperson, who asked that her name not be used, said the money would be found.",
            "The club's spokesperson, who did not give his name, said the money would be found.",
        ),
    ),
    # a duration
    (
        "duration",
        (
            "Coach Milo Vance signed a three-year contract with the club in January.",
            "Coach Milo Vance signed a two-year deal with the club in January.",
        ),
    ),
    (
        "duration",
        (
            "Mayor Ida Krell served eight years in office before the scheme began.",
            "Mayor Ida Krell spent a decade in office before the scheme began.",
        ),
    ),
    (
        "duration",
        (
            "Protesters occupied the site for 36 hours before police moved in.",
            "Protesters occupied the site for two days before police moved in.",
        ),
    ),
    (
        "duration",
        (
            "The stadium has stood empty for five years.",
            "The stadium has stood empty for half a decade.",
            "The stadium has stood empty for seven years.",
        ),
    ),
    (
        "duration",
        (
            "Work on the stadium was halted for six weeks after the collapse.",
            "Work on the stadium was halted for a month after the collapse.",
        ),
    ),
    (
        "duration",
        (
            "The club agreed a 25-year lease on the ground in March.",
            "The club agreed a 20-year lease on the ground in March.",
        ),
    ),
    (
        "duration",
        (
            "Builder Rees Ward was banned from the site for three months.",
            "Builder Rees Ward was banned from the site for six months.",
        ),
    ),
    (
        "duration",
        (
            "The talks lasted four hours on Monday night.",
            "The talks lasted nearly seven hours on Monday night.",
        ),
    ),
    (
        "duration",
        (
            "The board meeting went on for four hours on Monday.",
            "After a seven-hour meeting, the board backed the plan.",
        ),
    ),
]

# (family, outlets' sentences): no conflict of the family may be reported.
TRAPS: list[tuple[str, tuple[str, ...]]] = [
    (
        "role",
        (
            "The club named Milo Vance as coach in May. Vance led training on Tuesday.",
            "Coach Milo Vance led training on Tuesday, watched by assistant coach Tam Ruiz.",
        ),
    ),
    (
        "gender",
        (
            "The club's spokesperson, who thanked the mayor for his help, said the money would be found.",
            "The club's spokesperson, who did not give her name, said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "Perry Lomax, the club's vice-chairman, said the money would be found.",
            "Club vice chairman Perry Lomax said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "The president, Ida Krell, called for an inquiry.",
            "Ida Krell, the club's president, called for an inquiry.",
        ),
    ),
    (
        "role",
        (
            "The former president, Ida Krell, called for an inquiry.",
            "Ida Krell, who was the club's president until 2020, called for an inquiry.",
        ),
    ),
    (
        "role",
        (
            "Club chairman Perry Lomax said the money would be found.",
            "Club treasurer Ada Wren said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "Coach Milo Vance led training, watched by assistant coach Tam Ruiz.",
            "Assistant coach Tam Ruiz led training, watched by coach Milo Vance.",
        ),
    ),
    (
        "role",
        (
            "Perry Lomax, the club's chairman, said the money would be found.",
            "Perry Lomax, the club's chairman and owner, said the money would be found.",
        ),
    ),
    (
        "role",
        (
            "Perry Lomax, the club's chairman, said the money would be found.",
            "Perry Lomax, who chairs the club, said the money would be found.",
        ),
    ),
    (
        "gender",
        (
            "A spokesman for the club said the money would be found.",
            "A spokeswoman for the council said the plans were under review.",
        ),
    ),
    (
        "gender",
        (
            "Club spokesman Robin Hale said the money would be found.",
            "Council spokeswoman Ann Pryce said the plans were under review.",
        ),
    ),
    (
        "gender",
        (
            "A spokesman for the club said the money would be found.",
            "A spokesman for the club said the money would be found, and a council spokeswoman declined to comment.",
        ),
    ),
    (
        "gender",
        (
            "A spokesman said the money would be found.",
            "A council spokeswoman said the plans were under review.",
        ),
    ),
    (
        "gender",
        (
            "A spokesman said the money would be found, and a spokeswoman said fans would be told.",
            "A spokeswoman said the money would be found.",
        ),
    ),
    (
        "duration",
        (
            "Coach Milo Vance signed a three-year contract with the club in January.",
            "Striker Ben Soto signed a two-year contract with the club in January.",
        ),
    ),
    (
        "duration",
        (
            "The club agreed a 25-year lease on the ground and a two-year deal with its kit maker.",
            "The club agreed a 25-year lease on the ground in March.",
        ),
    ),
    (
        "duration",
        (
            "Protesters occupied the site for 36 hours before police moved in.",
            "Protesters, some of whom had camped nearby for two weeks, were removed by police.",
        ),
    ),
    (
        "duration",
        (
            "The stadium has stood empty for five years.",
            "The stadium has stood empty for five years, and the old ground for a decade.",
        ),
    ),
]


def tally() -> dict[str, tuple[int, int]]:
    """Per family: stories whose conflict is found / all, and traps kept clean / all."""
    out: dict[str, list[int]] = {}
    for fam, sents in CONFLICTS:
        got = out.setdefault(fam, [0, 0, 0, 0])
        got[0] += fam in families(brief(*sents))
        got[1] += 1
    for fam, sents in TRAPS:
        got = out.setdefault(fam, [0, 0, 0, 0])
        got[2] += fam not in families(brief(*sents))
        got[3] += 1
    return {f: tuple(v) for f, v in out.items()}  # type: ignore[misc]


if __name__ == "__main__":
    import sys

    if "-v" in sys.argv:
        for fam, sents in CONFLICTS + TRAPS:
            b = brief(*sents)
            print(fam, families(b), [(k.kind, k.topic) for k in b.conflicts], sents[0][:60])
    for fam, (found, n, clean, traps) in tally().items():
        print(f"{fam}: conflicts {found}/{n}, traps clean {clean}/{traps}")
