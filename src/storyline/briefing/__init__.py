"""The brief stage: a story's or storyline's articles become a cited briefing (summary, timeline, compare,
who did what). It reads only what analysis stored (sentences, mentions, quotes, events, dated mentions);
where analysis found nothing, the briefing carries a note saying so instead of guessing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from storyline.briefing.act_places import act_place_conflicts
from storyline.briefing.attributes import person_attributes
from storyline.briefing.circumstances import circumstances
from storyline.briefing.claims import compare_claims
from storyline.briefing.compare import unique_facts, whats_new
from storyline.briefing.conflicts import quote_conflicts, with_support
from storyline.briefing.events import briefing_events
from storyline.briefing.fire_causes import fire_causes
from storyline.briefing.harmed import harm_disputes
from storyline.briefing.key_facts import RoleView, is_key
from storyline.briefing.kill_manners import kill_manners
from storyline.briefing.negation import negation_verdicts
from storyline.briefing.opposed_acts import opposed_acts
from storyline.briefing.people_across import story_people
from storyline.briefing.places import bearing_conflicts, home_town_conflicts, setting_conflicts
from storyline.briefing.quotes import gather_quotes
from storyline.briefing.scorelines import scorelines
from storyline.briefing.spelling import spellings
from storyline.briefing.summary import summarize
from storyline.briefing.timeline import timeline
from storyline.briefing.working_set import Corpus, build_corpus
from storyline.model import (
    Analysis,
    Article,
    Briefing,
    BriefingNote,
    Citation,
    Claim,
    Conflict,
    Entity,
    Quote,
    Story,
    Storyline,
)
from storyline.settings import BriefSettings

__all__ = ["build_briefing", "build_corpus"]


def _stories_of(subject: Story | Storyline, stories: Sequence[Story]) -> list[Story]:
    if isinstance(subject, Story):
        return [subject]
    by_id = {s.id: s for s in stories}
    return [by_id[sid] for sid in subject.story_ids if sid in by_id]


def _entities_in(
    c: Corpus, analyses: Mapping[str, Analysis], entities: Sequence[Entity]
) -> tuple[Entity, ...]:
    """Entities the subject's articles mention, most mentioned first."""
    counts: dict[str, int] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        for m in an.mentions if an else ():
            if m.entity_id:
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    chosen = [e for e in entities if e.id in counts]
    return tuple(sorted(chosen, key=lambda e: (-counts[e.id], e.name)))


def build_briefing(
    subject: Story | Storyline,
    stories: Sequence[Story],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    entities: Sequence[Entity],
    canonical: Mapping[str, str],
    settings: BriefSettings = BriefSettings(),  # noqa: B008 - frozen dataclass, safe as a default
) -> Briefing:
    """Cited summary, timeline, agreements, unique facts, conflicts, quotes, entities, events (and what's new for a
    storyline since its previous story). canonical maps a duplicate article id to its canonical copy."""
    parts = _stories_of(subject, stories)
    story_of: dict[str, str] = {}
    for st in parts:
        for aid in st.article_ids:
            story_of.setdefault(aid, st.id)
    arts = [articles[aid] for aid in story_of if aid in articles]
    c = build_corpus(arts, articles, analyses, canonical, settings)
    # a name one outlet shows to be a person is one in every article: before any reader of people or entities
    analyses, entities = story_people(c.articles, analyses, entities)
    quotes = gather_quotes(c.articles, analyses, canonical)

    def story(aid: str) -> str:
        return story_of.get(aid, "")

    compared = compare_claims(c, analyses, story, settings)
    spelt, names, background_names = spellings(c, analyses, settings)
    differ, people = person_attributes(
        c, analyses, [*names, *(cl for k in spelt for cl in k.claims)], settings
    )
    denials_agreed, denials_disputed = negation_verdicts(c, analyses, settings)
    view = RoleView(c, analyses)
    key_role = {id(cl): cl.kind != "role" or is_key(view.features(cl)) for cl in people}
    roles = [cl for cl in people if key_role[id(cl)]]
    conflicts = with_support(
        c,
        analyses,
        [
            *compared.conflicts,
            *quote_conflicts(c, quotes, analyses, entities, story, settings),
            *spelt,
            *differ,
            *bearing_conflicts(c, analyses),
            *home_town_conflicts(c, analyses),
            *setting_conflicts(c, analyses),
            *act_place_conflicts(c, analyses),
            *opposed_acts(c, analyses),
            *fire_causes(c, analyses),
            *kill_manners(c, analyses),
            *denials_disputed,
            *harm_disputes(c, analyses, settings),
        ],
    )
    new = ()
    if isinstance(subject, Storyline) and len(parts) >= 2:
        latest, previous = parts[-1], parts[-2]
        pick = lambda st: [articles[a] for a in st.article_ids if a in articles]  # noqa: E731
        new = whats_new(
            build_corpus(pick(latest), articles, analyses, canonical, settings),
            build_corpus(pick(previous), articles, analyses, canonical, settings),
            settings,
        )
    b = Briefing(
        subject_id=subject.id,
        kind="story" if isinstance(subject, Story) else "storyline",
        title=subject.title,
        story_ids=tuple(st.id for st in parts),
        summary=summarize(c, settings),
        timeline=timeline(c, analyses, parts, articles, settings),
        agreements=_outside(
            conflicts,
            (
                *compared.agreements,
                *names,
                *roles,
                *denials_agreed,
                *scorelines(c, analyses),
                *circumstances(c),
            ),
        ),
        unique=unique_facts(c, analyses, entities, compared.unique, settings),
        conflicts=tuple(conflicts),
        quotes=tuple(quotes),
        entities=_entities_in(c, analyses, entities),
        whats_new=new,
        events=briefing_events(c, analyses, articles, canonical, settings),
        background=_outside(
            conflicts,
            (*compared.background, *(cl for cl in people if not key_role[id(cl)]), *background_names),
        ),
    )
    return replace(b, notes=_notes(c, b, quotes))


# Agreement kinds whose values can be one side of a conflict of another kind: a name is a place's.
_HELD_ALSO = {"spelling": ("place",)}
# Characters between a sum and its bracketed conversion ("£24m (€28m)"): a sum told right beside a disputed sum is
# that sum in another currency, one side of its conflict (eval/claims.py --kinds14 r06: one false agreement gone).
_CONVERSION_GAP = 2


def _outside(conflicts: Sequence[Conflict], agreements: Sequence[Claim]) -> tuple[Claim, ...]:
    """The agreements that share no value with a conflict or update of their kind: outlets that agree on a value
    other outlets contradict are one side of that conflict (PROTOCOL.md: a slot with compatible and incompatible
    values takes the verdict of its worst pair). A place's name spelled alike is held against place conflicts
    too: two outlets' "in Drenn" beside a third's "in Velby" is a conflict of the fire's town, no agreement
    (eval/claims.py --kinds10); a sum beside a disputed one as its conversion is held too."""
    held: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for k in conflicts:
        for cl in k.claims:
            for v in cl.values:
                held.setdefault((k.kind, v.article_id), []).append((v.start, v.end))

    def shared(kind: str, v: Citation) -> bool:
        kinds = (kind, "update", *_HELD_ALSO.get(kind, ()))
        spans = [span for k in kinds for span in held.get((k, v.article_id), ())]
        beside = kind == "money"
        return any(
            s < v.end and v.start < e or beside and _CONVERSION_GAP >= min(abs(s - v.end), abs(v.start - e))
            for s, e in spans
        )

    return tuple(a for a in agreements if not any(shared(a.kind, v) for v in a.values))


def _notes(c: Corpus, b: Briefing, quotes: Sequence[Quote]) -> tuple[BriefingNote, ...]:
    """Say what analysis did not provide: articles not analysed yet, and each section it found nothing for."""
    total = len(c.articles)
    out = []
    if c.unanalysed:
        out.append(
            BriefingNote(
                "articles",
                f"{len(c.unanalysed)} of {total} articles not analysed yet; run `storyline build`",
                tuple(c.unanalysed),
            )
        )
    if c.no_sentences:
        out.append(
            BriefingNote(
                "articles",
                f"analysis found no sentences in {len(c.no_sentences)} of {total} articles",
                tuple(c.no_sentences),
            )
        )

    def empty(what: str) -> str:
        if total and len(c.unanalysed) == total:
            return f"no {what}: no article is analysed yet; run `storyline build`"
        pending = f" ({len(c.unanalysed)} of {total} articles not analysed yet)" if c.unanalysed else ""
        return f"no {what} found by analysis{pending}"

    if not b.summary:
        out.append(
            BriefingNote(
                "summary", empty("sentences") if not c.sentences else "no reported sentence to summarise"
            )
        )
    if not b.timeline:
        out.append(BriefingNote("timeline", empty("dated events")))
    if not quotes:
        out.append(BriefingNote("quotes", empty("quotes")))
    if not b.entities:
        out.append(BriefingNote("entities", empty("named entities")))
    if not b.events:
        out.append(BriefingNote("events", empty("events")))
    return tuple(out)
