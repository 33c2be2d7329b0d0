"""Dated events in order: dates mentioned inside articles (a 2006 event recalled in 2017) and stories' own dates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.briefing.working_set import Corpus, sentences_of
from storyline.model import Analysis, Article, Citation, Claim, Story
from storyline.settings import BriefSettings


def sentence_dates(c: Corpus, analyses: Mapping[str, Analysis]) -> list[list[str]]:
    """ISO dates analysis found inside each sentence (its dated mentions; none when it found none)."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for a in c.articles:
        an = analyses.get(a.id)
        spans[a.id] = [(d.start, d.end, d.date) for d in an.dates] if an else []
    return [
        [iso for s0, e0, iso in spans[s.article_id] if s.start <= s0 and e0 <= s.end] for s in c.sentences
    ]


def timeline(
    c: Corpus,
    analyses: Mapping[str, Analysis],
    stories: Sequence[Story],
    articles: Mapping[str, Article],
    settings: BriefSettings,
) -> tuple[Claim, ...]:
    """One entry per (date, event); copies of one sentence across outlets share an entry and its citations."""
    dates = sentence_dates(c, analyses)
    entries: dict[tuple[str, int], list[int]] = {}  # (date, unit) -> sentence indexes
    for i, ds in enumerate(dates):
        if not c.prose[i]:
            continue
        for iso in dict.fromkeys(ds):
            entries.setdefault((iso, c.unit_of[i]), []).append(i)
    sims = c.words @ c.words.T if c.sentences else None
    merged: list[tuple[str, list[int]]] = []
    for (iso, _u), members in sorted(entries.items()):
        for date, group in merged:  # same date, similar wording: one event told by two outlets
            if date == iso and sims is not None and sims[group[0], members[0]] >= settings.timeline_same_sim:
                group.extend(members)
                break
        else:
            merged.append((iso, list(members)))
    claims = [
        Claim(c.sentences[g[0]].text, tuple(dict.fromkeys(c.cite(m) for m in g)), date=iso)
        for iso, g in merged
    ]
    if len(stories) > 1:
        claims.extend(_story_entries(stories, articles, analyses))
    claims.sort(key=lambda cl: (cl.date or "", -len(cl.citations)))
    if len(claims) > settings.timeline_max:  # keep the best-supported entries, still in date order
        keep = sorted(claims, key=lambda cl: -len(cl.citations))[: settings.timeline_max]
        claims = [cl for cl in claims if cl in keep]
    return tuple(claims)


def _story_entries(
    stories: Sequence[Story], articles: Mapping[str, Article], analyses: Mapping[str, Analysis]
) -> list[Claim]:
    """Each story on its own date, cited by the lead sentence of its earliest article."""
    out = []
    for st in stories:
        arts = [articles[a] for a in st.article_ids if a in articles]
        if not arts:
            continue
        first = min(arts, key=lambda a: (a.published is None, a.published or 0))
        when = st.first_seen or first.published
        sents = sentences_of(first, analyses.get(first.id))
        if when is None or not sents:
            continue
        lead = next((s for s in sents if len(s.text.split()) >= 6), sents[0])
        inferred = all(a.published_inferred for a in arts if a.published is not None)
        out.append(
            Claim(
                lead.text,
                (Citation(first.id, lead.start, lead.end),),
                date=when.date().isoformat(),
                date_inferred=inferred,
            )
        )
    return out
